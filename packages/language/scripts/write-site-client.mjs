// Bundles the site's own script (src/site/client/, which runs in the reader's browser) into
// src/site/client-script.generated.ts as one string, so that the pure site generator can
// write it into assets/site.js or inline it in the single file. Minified: every page loads it.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const result = await build({
    entryPoints: ['src/site/client/main.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning'
});
const script = result.outputFiles[0].text;
writeFileSync('src/site/client-script.generated.ts',
    `// Written by scripts/write-site-client.mjs from src/site/client/; never edited by hand.\nexport const CLIENT_SCRIPT = ${JSON.stringify(script)};\n`);
