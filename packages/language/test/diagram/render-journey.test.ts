import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('renderJourneySvg in a browser bundle', () => {
    it('bundles layout, text measuring and SVG for the browser without Node built-ins, as the preview will', () => {
        const result = buildSync({
            entryPoints: [path.join(PACKAGE, 'src/diagram/render-journey.ts')],
            bundle: true,
            platform: 'browser',
            format: 'esm',
            write: false,
            logLevel: 'silent'
        });
        expect(result.errors).toEqual([]);
        const code = result.outputFiles[0]!.text;
        expect(code).toContain('DejaVu Sans');
        expect(code).toContain('cjm-touchpoint');
    });
});
