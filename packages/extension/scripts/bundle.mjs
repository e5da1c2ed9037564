// Builds everything the .vsix holds into place: the extension host code as one CommonJS
// file (dist/extension.cjs, `vscode` external), the language server bundle of
// packages/language (dist/server.mjs), the preview's webview code for the browser
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

const webview = path.join(root, 'src/webview/main.ts');
if (fs.existsSync(webview)) {
    await build({ ...common, entryPoints: { webview }, outdir: dist, format: 'iife', platform: 'browser', target: 'es2022', conditions: ['source'] });
}

const server = path.join(language, 'dist/server.mjs');
if (!fs.existsSync(server)) {
    throw new Error(`${path.relative(process.cwd(), server)} is missing: run \`npm run bundle-server -w packages/language\` first.`);
}
for (const suffix of ['', '.map', '.LEGAL.txt']) {
    copy(`${server}${suffix}`, path.join(dist, `server.mjs${suffix}`));
}
// The server loads ELK from beside itself (packages/language/src/diagram/elk-node.ts).
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
