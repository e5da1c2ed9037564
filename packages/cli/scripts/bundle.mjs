// Bundles the CLI into dist/ so that it starts fast and its npm tarball runs on its own.
// Commands are loaded on demand (code splitting), so `cjm --version` never loads Langium.
// `cjm lsp` runs the language package's server bundle, copied into dist/ beside cjm.js.
// The fonts the PNG is drawn with are copied into dist/fonts/ with their licences, one weight
// each, rather than installed with their packages (which hold every weight: over 100 MB).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { build } from 'esbuild';
import { FONT_FACES } from '../../language/out/diagram/font-metrics.generated.js';
import { lightServerModules } from './light-server-modules.mjs';

const CHUNK_NAMES = 'chunks/[name]-[hash]';
const SERVER = '../language/dist/server.mjs';
const FONTS = 'fonts';

/**
 * tinyglobby's fdir, from its CommonJS build: its ES build loads picomatch (for a glob API that
 * tinyglobby never calls) through a require of its own, which esbuild cannot bundle, so every
 * run that listed files loaded picomatch again from disk wherever one was installed (some 30 ms
 * of every lint here). The CommonJS build's require is bundled: picomatch is tinyglobby's copy.
 */
const fdirAsCommonJs = {
    name: 'fdir-as-commonjs',
    setup(build) {
        build.onResolve({ filter: /^fdir$/ }, () => ({ path: createRequire(import.meta.url).resolve('fdir') }));
    }
};

/**
 * node:child_process for commander, loaded on first use: commander requires it when loaded,
 * for executable subcommands, which cjm has none of, and loading it (with net, dgram and
 * the streams) cost every run some 5-10 ms. Commands that run git load it themselves.
 */
const lazyChildProcess = {
    name: 'lazy-child-process',
    setup(build) {
        build.onResolve({ filter: /^node:child_process$/ }, ({ importer }) => (
            importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
        build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
            contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
            loader: 'js'
        }));
    }
};

// Chunk names carry content hashes: start from an empty dist/ so no stale chunk is packed.
rmSync('dist', { recursive: true, force: true });
await build({
    // The worker threads that lay out half of a large journey's stages (render/elk-thread-engine.ts)
    // and that draw the site's pictures (render/draw-threads.ts).
    entryPoints: { cjm: 'src/main.ts', 'elk-thread': 'src/render/elk-thread.ts', 'draw-thread': 'src/render/draw-thread.ts' },
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // No source maps: they were half of the tarball (about 6 MB), and a stack trace (--debug)
    // names the bundled function, which is enough to report a bug.
    sourcemap: false,
    // Without whitespace and comments: a quarter less to read and compile at every start (2.0 MB
    // to 1.5 MB), and all ASCII, which Node decodes faster (comments held the only other
    // characters). Names stay, so a stack trace still names the function.
    minifyWhitespace: true,
    legalComments: 'linked',
    chunkNames: CHUNK_NAMES,
    // commands/lsp.ts ends up in a chunk and imports the server by this relative URL.
    // render/png.ts finds the fonts by this relative URL, render/elk-thread-engine.ts and draw-threads.ts their workers' scripts.
    // main.ts answers --version with CJM_VERSION, importing nothing.
    define: {
        CJM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
        CJM_SERVER_FROM_CHUNK: JSON.stringify(path.posix.relative(path.posix.dirname(CHUNK_NAMES), 'server.mjs')),
        CJM_FONTS_FROM_CHUNK: JSON.stringify(`${path.posix.relative(path.posix.dirname(CHUNK_NAMES), FONTS)}/`),
        CJM_ELK_THREAD_FROM_CHUNK: JSON.stringify(path.posix.relative(path.posix.dirname(CHUNK_NAMES), 'elk-thread.js')),
        CJM_DRAW_THREAD_FROM_CHUNK: JSON.stringify(path.posix.relative(path.posix.dirname(CHUNK_NAMES), 'draw-thread.js'))
    },
    // Native code with a prebuilt binary per platform: installed as a dependency, loaded for PNG only.
    external: ['@resvg/resvg-js'],
    plugins: [fdirAsCommonJs, lightServerModules, lazyChildProcess],
    // Bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __cjmCreateRequire } from 'node:module'; const require = __cjmCreateRequire(import.meta.url);" },
    logLevel: 'warning'
});
// The server without the line naming its source map, which the CLI does not ship.
writeFileSync('dist/server.mjs', readFileSync(SERVER, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
copyFileSync(`${SERVER}.LEGAL.txt`, 'dist/server.mjs.LEGAL.txt');
// The font files as the language package names them (FONT_FILES), each with its licence beside it.
const fromLanguage = createRequire(path.resolve('../language/package.json'));
mkdirSync(`dist/${FONTS}`);
for (const face of FONT_FACES) {
    const name = path.posix.basename(face.file);
    copyFileSync(fromLanguage.resolve(face.file), `dist/${FONTS}/${name}`);
    copyFileSync(fromLanguage.resolve(face.licence), `dist/${FONTS}/${name.replace(/\.[^.]+$/, '')}.LICENSE.txt`);
}
copyFileSync('../language/cjm.config.schema.json', 'cjm.config.schema.json');
copyFileSync('../language/cjm.export.schema.json', 'cjm.export.schema.json');
// npm packs a package's LICENSE wherever "files" says; the repository keeps one, at its root.
copyFileSync('../../LICENSE', 'LICENSE');
