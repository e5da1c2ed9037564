// Bundles the CLI into dist/ so that it starts fast and its npm tarball runs on its own.
// Commands are loaded on demand (code splitting), so `cjm --version` never loads Langium.
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: start from an empty dist/ so no stale chunk is packed.
rmSync('dist', { recursive: true, force: true });
await build({
    entryPoints: { cjm: 'src/main.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    legalComments: 'linked',
    chunkNames: 'chunks/[name]-[hash]',
    // Native code with a prebuilt binary per platform: installed as a dependency, loaded for PNG only.
    external: ['@resvg/resvg-js'],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cjmCreateRequire } from 'node:module'; const require = __cjmCreateRequire(import.meta.url);" },
    logLevel: 'warning'
});
copyFileSync('../language/cjm.config.schema.json', 'cjm.config.schema.json');
copyFileSync('../language/cjm.export.schema.json', 'cjm.export.schema.json');
