import type { OutputFormats } from '../output/format.js';

export const RENDER_FORMATS = ['svg', 'png', 'html'] as const;

export type RenderFormat = typeof RENDER_FORMATS[number];

/** `--format`, else OUT's extension, else SVG (cli.md). */
export const RENDER_OUTPUTS: OutputFormats<RenderFormat> = {
    names: RENDER_FORMATS,
    byExtension: { '.svg': 'svg', '.png': 'png', '.html': 'html', '.htm': 'html' },
    fallback: 'svg'
};
