// Bundles the language server (src/main.ts) into one file, dist/server.mjs, with every
// dependency inside: `cjm lsp --stdio` and the VS Code extension both start this file.
// It reads the TypeScript sources directly, so it needs no `tsc` run first.
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
