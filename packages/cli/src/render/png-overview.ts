import { messagesFor, SMALL_SIZE, type Locale } from '@cjm/language';
import { READABLE_TEXT_PX, svgPngScale, type PngSize } from './png.js';

/**
 * The notice, in the picture's language, that a journey too large for a readable PNG was
 * drawn as an overview at the default size: how small its text came out, and how to get
 * more. Undefined when the text is readable, or when the user chose the size.
 */
export function overviewNotice(svg: string, asked: PngSize, locale: Locale): string | undefined {
    if (asked.scale !== undefined || asked.width !== undefined) {
        return undefined;
    }
    const textPx = svgPngScale(svg) * SMALL_SIZE;
    return textPx >= READABLE_TEXT_PX ? undefined : `cjm: ${messagesFor(locale).cli.pngOverview(Math.round(textPx * 10) / 10)}\n`;
}
