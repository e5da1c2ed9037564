// Builds everything the .vsix holds into place: the extension host code as one CommonJS
// file per host (dist/extension.cjs for Node, dist/browser-extension.js for github.dev and
// vscode.dev; `vscode` external), the language server bundles of packages/language
// (dist/server.mjs, and dist/server-browser.js for the browser's worker), the preview's webview code for the browser
// (dist/webview.js) once src/webview/main.ts exists, the icon as PNG (the marketplace
// takes no SVG), and copies of the TextMate grammar and the cjm.config.json schema.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const language = path.resolve(root, '../language');
const dist = path.join(root, 'dist');
// Minified: the host loads the client on activation; the maps stay beside it in dist/ (not in the .vsix).
const common = { bundle: true, minify: true, sourcemap: 'linked', legalComments: 'linked', logLevel: 'warning', absWorkingDir: root };

fs.rmSync(dist, { recursive: true, force: true });

await build({
    ...common,
    entryPoints: { extension: 'src/extension.ts' },
    outdir: dist,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    platform: 'node',
    target: 'node18',
    external: ['vscode'],
    // `@cjm/language/protocol` from its TypeScript source: no tsc run needed first, and no Langium.
    conditions: ['source']
});

// The browser host's entry: no Node built-in may reach it (esbuild fails on one for the browser platform).
await build({
    ...common,
    entryPoints: { 'browser-extension': 'src/browser/extension.ts' },
    outdir: dist,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    conditions: ['source']
});

const webview = path.join(root, 'src/webview/main.ts');
if (fs.existsSync(webview)) {
    await build({ ...common, entryPoints: { webview }, outdir: dist, format: 'iife', platform: 'browser', target: 'es2022', conditions: ['source'] });
}

for (const name of ['server.mjs', 'server-browser.js']) {
    const server = path.join(language, 'dist', name);
    if (!fs.existsSync(server)) {
        throw new Error(`${path.relative(process.cwd(), server)} is missing: run \`npm run bundle-server -w packages/language\` first.`);
    }
    for (const suffix of ['', '.map', '.LEGAL.txt']) {
        copy(`${server}${suffix}`, path.join(dist, `${name}${suffix}`));
    }
}
// The server loads ELK from beside itself (packages/language/src/node/elk-node.ts).
for (const file of ['elk.bundled.cjs', 'elk.bundled.cjs.LEGAL.txt']) {
    copy(path.join(language, 'dist', file), path.join(dist, file));
}

const icon = new Resvg(fs.readFileSync(path.join(root, 'icons/cjm.svg'), 'utf8'), { fitTo: { mode: 'width', value: 256 } });
fs.writeFileSync(path.join(dist, 'icon.png'), icon.render().asPng());

copy(path.resolve(root, '../../syntaxes/cjm.tmLanguage.json'), path.join(root, 'syntaxes/cjm.tmLanguage.json'));
copy(path.join(language, 'cjm.config.schema.json'), path.join(root, 'schemas/cjm.config.schema.json'));

function copy(from, to) {
    if (!fs.existsSync(from) && from.endsWith('.LEGAL.txt')) {
        return;
    }
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
}
