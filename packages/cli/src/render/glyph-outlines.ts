import { readFileSync } from 'node:fs';
import { FONT_FACES } from '@cjm/language';
// The default import: Node reads this package as CommonJS, whose named exports it cannot see.
import opentype from 'opentype.js';
import { fontPath } from './font-path.js';
import { GLYPH_TABLE, GLYPH_TABLE_RANGES, type GlyphTableFace } from './glyph-table.generated.js';

/** One face of the build-time table: its outlines by code point. */
interface TableFace {
    readonly unitsPerEm: number;
    readonly outlines: ReadonlyMap<number, string>;
}

/**
 * Glyph outlines of the faces the PNG is drawn with, each outline kept by face, character
 * and size. The characters of every picture (DejaVu Sans: Latin, Cyrillic, punctuation,
 * arrows) come from a table written at build time (glyph-table.generated.ts); other
 * characters and the fallback faces are read from the font files, each parsed only when a
 * picture first needs it (the CJK fallback is a 10 MB file). resvg reads its font files anew
 * for every text it shapes, about 60 µs a character; an outline here is read once and placed
 * any number of times.
 */
export class GlyphOutlines {
    private readonly fonts = new Map<number, opentype.Font>();
    private readonly tables = new Map<number, TableFace | undefined>();
    private readonly outlines = new Map<string, string | undefined>();

    /** `table`: the build-time outlines (none: every outline is read from the font files). */
    constructor(private readonly table: readonly GlyphTableFace[] = GLYPH_TABLE) {}

    /** The index in FONT_FACES of the face named by an SVG `font-family` and weight; -1 for none. */
    faceOf(family: string, weight: 'normal' | 'bold'): number {
        const exact = FONT_FACES.findIndex(face => face.family === family && face.weight === weight);
        return exact >= 0 ? exact : FONT_FACES.findIndex(face => face.family === family);
    }

    /**
     * Path data of the glyph that draws `ch` alone in the face at `fontSize` px, in relative
     * commands only (`m`, `l`, `q`, `c`, `z`), y down as in SVG: written after `M x y`, it
     * draws the glyph with its origin there. Undefined where the face has no glyph for `ch`.
     */
    outline(face: number, ch: string, fontSize: number): string | undefined {
        const key = `${face} ${ch} ${fontSize}`;
        if (!this.outlines.has(key)) {
            this.outlines.set(key, this.read(face, ch, fontSize));
        }
        return this.outlines.get(key);
    }

    private read(face: number, ch: string, fontSize: number): string | undefined {
        const codePoint = ch.codePointAt(0) ?? 0;
        const table = GLYPH_TABLE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last) ? this.tableFace(face) : undefined;
        if (table !== undefined) {
            const data = table.outlines.get(codePoint);
            return data === undefined ? undefined : relativeData(tableCommands(data, 1 / table.unitsPerEm * fontSize));
        }
        const font = this.font(face);
        const glyph = font.charToGlyphIndex(ch);
        return glyph === 0 ? undefined : relativeData(font.glyphs.get(glyph).getPath(0, 0, fontSize).commands);
    }

    private tableFace(face: number): TableFace | undefined {
        if (!this.tables.has(face)) {
            const written = this.table.find(table => table.file === FONT_FACES[face].file);
            this.tables.set(face, written && { unitsPerEm: written.unitsPerEm, outlines: new Map(written.outlines) });
        }
        return this.tables.get(face);
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

/**
 * The table's path data (moves, lines and quadratic curves, steps in half font units, see
 * write-glyph-table.mjs) as absolute commands at `scale`, computed as opentype.js's getPath
 * computes them, so that the two give the same numbers.
 */
function tableCommands(data: string, scale: number): opentype.PathCommand[] {
    const commands: opentype.PathCommand[] = [];
    let [x, y] = [0, 0];
    for (const [, type, numbers] of data.matchAll(/([MLQ])([^MLQ]*)/g)) {
        const points: [number, number][] = [];
        const steps = numbers.split(' ').map(Number);
        for (let i = 0; i < steps.length; i += 2) {
            [x, y] = [x + steps[i] / 2, y + steps[i + 1] / 2];
            points.push([x * scale, y * scale]);
        }
        commands.push(type === 'Q'
            ? { type: 'Q', x1: points[0][0], y1: points[0][1], x: points[1][0], y: points[1][1] }
            : { type: type as 'M' | 'L', x: points[0][0], y: points[0][1] });
    }
    return commands;
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
