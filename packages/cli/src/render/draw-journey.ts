import type { CjmConfig, JourneyModel, Locale, StageLayouts, ThemeName } from '@cjm/language';
import type { CommandContext } from '../command.js';
import type { RenderFormat } from './formats.js';
import type { GlyphOutlines } from './glyph-outlines.js';
import type { PngSize } from './png.js';
import { missingGlyphsWarning } from './missing-glyphs.js';

export interface DrawOptions {
    theme: ThemeName;
    locale?: Locale;
    /** ELK's stage layouts, kept by the caller: one per run, or one for a whole --watch so a redraw lays out only changed stages. */
    layouts: StageLayouts;
    /** --scale or --width, for a PNG. */
    png?: PngSize;
    /** The PNG's glyph outlines, kept by the caller like `layouts`, so that each font is read once a run. */
    glyphs?: GlyphOutlines;
}

/**
 * One journey's picture in `format`, from the renderer the editor preview uses; a warning
 * on stderr names the characters no shipped font draws, and says when a PNG is an overview
 * too large to read.
 */
export async function drawJourney(
    journey: JourneyModel, config: CjmConfig, today: string, format: RenderFormat, options: DrawOptions, context: CommandContext
): Promise<string | Uint8Array> {
    const { diagramOptions, renderJourneySvg, renderHtml } = await import('@cjm/language');
    const drawing = diagramOptions(journey, config, today, options.locale);
    const svg = await renderJourneySvg(journey, options.layouts, { theme: options.theme, ...drawing });
    const warning = missingGlyphsWarning(svg, format, drawing.locale);
    if (warning !== undefined) {
        context.stderr.write(warning);
    }
    if (format === 'svg') {
        return svg;
    }
    if (format === 'html') {
        return renderHtml(svg, { title: journey.title ?? journey.name, theme: options.theme, locale: drawing.locale });
    }
    const [{ svgToPng }, { overviewNotice }] = await Promise.all([import('./png.js'), import('./png-overview.js')]);
    const overview = overviewNotice(svg, options.png ?? {}, drawing.locale);
    if (overview !== undefined) {
        context.stderr.write(overview);
    }
    return svgToPng(svg, options.png, options.glyphs);
}
