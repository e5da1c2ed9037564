/**
 * The SVG handed to resvg for a PNG, its text drawn as glyph outlines: every `<text>` that
 * needs no shaping becomes one `<path>` of its glyphs' outlines, each placed at the advance
 * the layout measured (measureText), so a line ends where the layout put it. (`<use>`s of
 * glyphs defined once make an SVG six times smaller, but resvg resolves each one: at 2,000
 * touchpoints its parse and drawing took 10 s against 3 s.) Text
 * that needs shaping (marks, joiners, right-to-left and Indic scripts, emoji sequences) or
 * a character no face has stays `<text>`, for resvg to shape or draw as an empty box.
 * The input is the renderer's own markup (svg-markup.ts textLines): `<text>` holding only
 * absolutely placed `<tspan>`s, attributes in double quotes, no nested markup.
 */
import { FONT_FAMILY, measureText } from '@cjm/language';
import type { GlyphOutlines } from './glyph-outlines.js';

const TEXT = /<text ([^>]*)>((?:<tspan [^>]*>[^<]*<\/tspan>)*)<\/text>/g;
const TSPAN = /<tspan ([^>]*)>([^<]*)<\/tspan>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const CHARACTERS: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': '\'' };

/**
 * Characters drawn right as one glyph each, from left to right: the scripts of cjm's fonts
 * that shape nothing (Latin, Greek, Cyrillic, Han, kana, Hangul syllables, symbols), without
 * marks, invisible format characters, conjoining jamo, variation selectors, skin tones and
 * flag letters, which combine with their neighbours.
 */
const PLAIN = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]*$/u;
const COMBINING = /[\p{M}\p{Cf}\p{Default_Ignorable_Code_Point}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}]/u;

type Weight = 'normal' | 'bold';

interface Span {
    readonly x: number;
    readonly y: number;
    readonly text: string;
    readonly face: number;
    readonly anchor: string | undefined;
}

function attributes(source: string): Record<string, string> {
    return Object.fromEntries([...source.matchAll(ATTRIBUTE)].map(([, name, value]) => [name, value.replace(ENTITY, (_, e: string) => CHARACTERS[e])]));
}

/** The first family an SVG `font-family` names, quotes removed. */
function firstFamily(value: string | undefined): string {
    return value === undefined ? FONT_FAMILY : value.split(',')[0].trim().replace(/^'(.*)'$/, '$1');
}

function weightOf(value: string | undefined, inherited: Weight): Weight {
    return value === undefined ? inherited : value === 'bold' ? 'bold' : 'normal';
}

/** The placed glyphs of one `<text>`, or undefined when resvg must shape it. */
function textGlyphs(head: Record<string, string>, body: string, glyphs: GlyphOutlines): string | undefined {
    const fontSize = Number(head['font-size']);
    const weight = weightOf(head['font-weight'], 'normal');
    const spans: Span[] = [];
    for (const [, source, content] of body.matchAll(TSPAN)) {
        const own = attributes(source);
        const text = content.replace(ENTITY, (_, e: string) => CHARACTERS[e]);
        const face = glyphs.faceOf(firstFamily(own['font-family']), weightOf(own['font-weight'], weight));
        if (face < 0 || !PLAIN.test(text) || COMBINING.test(text)) {
            return undefined;
        }
        spans.push({ x: Number(own.x), y: Number(own.y), text, face, anchor: own['text-anchor'] ?? head['text-anchor'] });
    }
    let data = '';
    for (const span of spans) {
        let pen = span.anchor === 'end' ? span.x - measureText(span.text, fontSize, weight) : span.x;
        for (const ch of span.text) {
            const outline = glyphs.outline(span.face, ch, fontSize);
            if (outline === undefined) {
                return undefined;
            }
            if (outline !== '') {
                data += `M${round(pen)} ${round(span.y)}${outline}`;
            }
            pen += measureText(ch, fontSize, weight);
        }
    }
    return data === '' ? '' : `<path fill="${head.fill ?? '#000'}" d="${data}"/>`;
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}

/** `svg` with its plain text as glyph outlines (see above); the same SVG gives the same result. */
export function textAsGlyphs(svg: string, glyphs: GlyphOutlines): string {
    return svg.replace(TEXT, (whole, head: string, content: string) => textGlyphs(attributes(head), content, glyphs) ?? whole);
}
