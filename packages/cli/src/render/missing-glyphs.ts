import { codePointsWithoutGlyph, messagesFor, type Locale } from '@cjm/language';
import type { RenderFormat } from './formats.js';

/**
 * The text a picture shows: the SVG's character data, where tabs and line ends are drawn as
 * spaces. Markup characters in it are written as entity references, which are plain ASCII,
 * so they need no decoding to be checked.
 */
function shownText(svg: string): string {
    return svg.replace(/<[^>]*>|[\t\n\r]/g, ' ');
}

/** `U+1F9FF (🧿)`, or only `U+D800` for a character that prints as nothing sensible. */
function describe(codePoint: number): string {
    const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const ch = String.fromCodePoint(codePoint);
    return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch) ? `${name} (${ch})` : name;
}

/**
 * The warning, in the picture's language, for the characters of the picture that none of the
 * fonts cjm draws and measures with has, naming each once; undefined when every character has a font.
 */
export function missingGlyphsWarning(svg: string, format: RenderFormat, locale: Locale): string | undefined {
    const missing = codePointsWithoutGlyph(shownText(svg));
    return missing.length === 0 ? undefined : `cjm: ${messagesFor(locale).cli.missingGlyphs(missing.map(describe), format === 'png')}\n`;
}
