// Bundles the scripts that run in the reader's browser into modules holding each as one
// string, so that the pure generators can write them into their pages: the site's script
// (src/site/client/, into assets/site.js or the single file) and the HTML page's (src/export/client/,
// inline under its CSP hash). Both share src/browser/ (zoom and pan). Minified: every page loads them.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const SCRIPTS = [
    { entry: 'src/site/client/main.ts', out: 'src/site/client-script.generated.ts', name: 'CLIENT_SCRIPT' },
    { entry: 'src/export/client/html-page.ts', out: 'src/export/html-script.generated.ts', name: 'HTML_PAGE_SCRIPT' }
];

for (const { entry, out, name } of SCRIPTS) {
    const result = await build({
        entryPoints: [entry],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        legalComments: 'none',
        logLevel: 'warning'
    });
    writeFileSync(out, `// Written by scripts/write-browser-scripts.mjs from ${entry}; never edited by hand.\nexport const ${name} = ${JSON.stringify(result.outputFiles[0].text)};\n`);
}
