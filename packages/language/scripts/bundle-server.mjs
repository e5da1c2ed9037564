// Bundles the language server, one file per host from the same sources:
// - dist/server.mjs (src/main.ts), with every dependency inside but elkjs (copied
//   beside it, see the end): `cjm lsp --stdio` and the VS Code extension in Node start it;
// - dist/server-browser.js (src/main-browser.ts), the Web Worker the extension starts in
//   github.dev and vscode.dev, ELK inside; no Node built-in may reach it (the build fails).
// It reads the TypeScript sources directly, so it needs no `tsc` run first.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

await build({
    entryPoints: { server: 'src/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'linked',
    // Bundled CommonJS dependencies (vscode-languageserver) call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cjmCreateRequire } from 'node:module'; const require = __cjmCreateRequire(import.meta.url);" },
    logLevel: 'warning'
});

await build({
    entryPoints: { 'server-browser': 'src/main-browser.ts' },
    outdir: 'dist',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // Minified: the worker starts on activation in the browser, where every byte is downloaded.
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning'
});

// elkjs stays a file of its own beside the bundle (as .cjs: this package is ESM), loaded on
// the first diagram (src/node/elk-node.ts): the editor extension ships this folder
// without node_modules. Its licence goes with it.
const require = createRequire(import.meta.url);
copyFileSync(require.resolve('elkjs/lib/elk.bundled.js'), 'dist/elk.bundled.cjs');
copyFileSync(require.resolve('elkjs/LICENSE.md'), 'dist/elk.bundled.cjs.LEGAL.txt');
