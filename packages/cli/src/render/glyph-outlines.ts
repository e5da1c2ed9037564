import { readFileSync } from 'node:fs';
import { FONT_FACES } from '@cjm/language';
// The default import: Node reads this package as CommonJS, whose named exports it cannot see.
import opentype from 'opentype.js';
import { fontPath } from './font-path.js';

/**
 * Glyph outlines from the font files the PNG is drawn with, each face parsed only when a
 * picture first uses it (the CJK and emoji fallbacks are large), each outline kept by face,
 * glyph and size. resvg reads its font files anew for every text it shapes, about 60 µs a
 * character; an outline drawn here is read once and placed any number of times.
 */
export class GlyphOutlines {
    private readonly fonts = new Map<number, opentype.Font>();
    private readonly outlines = new Map<string, string>();

    /** The index in FONT_FACES of the face named by an SVG `font-family` and weight; -1 for none. */
    faceOf(family: string, weight: 'normal' | 'bold'): number {
        const exact = FONT_FACES.findIndex(face => face.family === family && face.weight === weight);
        return exact >= 0 ? exact : FONT_FACES.findIndex(face => face.family === family);
    }

    /** The glyph that draws `ch` alone in the face, 0 (the empty box) where it has none. */
    glyphOf(face: number, ch: string): number {
        return this.font(face).charToGlyphIndex(ch);
    }

    /**
     * Path data of the glyph at `fontSize` px in relative commands only (`m`, `l`, `q`, `c`,
     * `z`), y down as in SVG: written after `M x y`, it draws the glyph with its origin there.
     */
    outline(face: number, glyph: number, fontSize: number): string {
        const key = `${face} ${glyph} ${fontSize}`;
        let data = this.outlines.get(key);
        if (data === undefined) {
            data = relativeData(this.font(face).glyphs.get(glyph).getPath(0, 0, fontSize).commands);
            this.outlines.set(key, data);
        }
        return data;
    }

    private font(face: number): opentype.Font {
        let font = this.fonts.get(face);
        if (font === undefined) {
            const bytes = readFileSync(fontPath(FONT_FACES[face].file));
            font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), { lowMemory: true });
            this.fonts.set(face, font);
        }
        return font;
    }
}

/** Hundredths of a pixel: coordinates are rounded to them, so relative steps add up exactly. */
const PRECISION = 100;

/**
 * Absolute outline commands as relative path data: each point is rounded first and each
 * step is the difference of rounded points, so the glyph closes where it started.
 */
function relativeData(commands: readonly opentype.PathCommand[]): string {
    let data = '';
    let [x, y] = [0, 0];
    let [startX, startY] = [0, 0];
    const step = (toX: number, toY: number): string => {
        const [rx, ry] = [Math.round(toX * PRECISION), Math.round(toY * PRECISION)];
        return `${(rx - x) / PRECISION} ${(ry - y) / PRECISION}`;
    };
    const moveTo = (toX: number, toY: number): void => {
        [x, y] = [Math.round(toX * PRECISION), Math.round(toY * PRECISION)];
    };
    for (const command of commands) {
        if (command.type === 'Z') {
            data += 'z';
            [x, y] = [startX, startY];
            continue;
        }
        const points = command.type === 'C' ? [[command.x1, command.y1], [command.x2, command.y2]]
            : command.type === 'Q' ? [[command.x1, command.y1]] : [];
        const controls = points.map(([px, py]) => `${step(px, py)} `).join('');
        data += `${command.type.toLowerCase()}${controls}${step(command.x, command.y)}`;
        moveTo(command.x, command.y);
        if (command.type === 'M') {
            [startX, startY] = [x, y];
        }
    }
    return data;
}
