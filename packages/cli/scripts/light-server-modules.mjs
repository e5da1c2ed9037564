// An esbuild plugin for the CLI's bundle: `vscode-languageserver` and
// `vscode-languageserver-protocol` as modules that load only what the CLI touches of them.
// Langium's core and the language's providers import them, so every cjm process evaluated
// both, re-exporting some 700 names through four levels of getters (half of the time spent
// evaluating the bundle), though a command only reads a few constants. Here each name is
// taken from the lightest module that defines that very value (vscode-languageserver-types,
// vscode-jsonrpc's common files), checked by identity while bundling; any other name loads
// the real module on first use (the server's own names, which no command reaches).
import { createRequire } from 'node:module';
import * as path from 'node:path';

const require = createRequire(import.meta.url);

/** The real modules, and where their light names come from, in the order tried. */
const PACKAGES = ['vscode-languageserver', 'vscode-languageserver-protocol'];
const LIGHT = [
    'vscode-languageserver-types',
    'vscode-jsonrpc/lib/common/cancellation.js',
    'vscode-jsonrpc/lib/common/events.js',
    'vscode-jsonrpc/lib/common/disposable.js',
    'vscode-jsonrpc/lib/common/messages.js',
    // Langium's semantic token builder extends this class when loaded; it needs the protocol only when called.
    'vscode-languageserver/lib/common/semanticTokens.js'
];
/** What the real modules do when loaded, besides exporting: install jsonrpc's Node runtime. */
const RUNTIME = 'vscode-jsonrpc/lib/node/ril.js';

/** CommonJS source of the light module standing for `name`: a getter per exported name. */
function lightSource(name) {
    const real = require.resolve(name);
    const full = require(real);
    const light = LIGHT.map(specifier => require(specifier));
    const getters = Object.keys(full).filter(key => key !== '__esModule').map(key => {
        const from = light.findIndex(module => Object.hasOwn(module, key) && module[key] === full[key]);
        const value = from >= 0 ? `light[${from}].${key}` : `real().${key}`;
        return `Object.defineProperty(exports, ${JSON.stringify(key)}, { enumerable: true, get: () => ${value} });`;
    });
    return [
        'Object.defineProperty(exports, "__esModule", { value: true });',
        `require(${JSON.stringify(require.resolve(RUNTIME))}).default.install();`,
        `const light = [${LIGHT.map(specifier => `require(${JSON.stringify(require.resolve(specifier))})`).join(', ')}];`,
        'let loaded;',
        `const real = () => (loaded ??= require(${JSON.stringify(real)}));`,
        ...getters
    ].join('\n');
}

export const lightServerModules = {
    name: 'light-server-modules',
    setup(build) {
        const filter = new RegExp(`^(${PACKAGES.join('|')})$`);
        // Imported through one ES module each, so that esbuild copies the names into a namespace
        // once rather than once per importing module.
        build.onResolve({ filter }, ({ path: name }) => ({ path: name, namespace: 'light-namespace' }));
        build.onLoad({ filter: /.*/, namespace: 'light-namespace' }, ({ path: name }) => ({
            contents: `export * from ${JSON.stringify(`light:${name}`)};`, loader: 'js', resolveDir: path.dirname(require.resolve(name))
        }));
        build.onResolve({ filter: /^light:/ }, ({ path: light }) => ({ path: light.slice('light:'.length), namespace: 'light-module' }));
        build.onLoad({ filter: /.*/, namespace: 'light-module' }, ({ path: name }) => ({
            contents: lightSource(name), loader: 'js', resolveDir: path.dirname(require.resolve(name))
        }));
    }
};
