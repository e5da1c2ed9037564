import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { textLines, type TextStyle } from '../../src/diagram/svg-markup.js';
import { measureText } from '../../src/diagram/text.js';

const STYLE: TextStyle = { fontSize: 13, weight: 'bold', fill: '#000' };

interface Span {
    x: number;
    family?: string;
    anchor?: string;
    text: string;
}

/** The `<tspan>`s of a `<text>` with their x, font family, anchor and text. */
function spans(svg: string): Span[] {
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: name => name === 'tspan', trimValues: false, htmlEntities: true })
        .parse(svg) as { text: { tspan: Record<string, string>[] } };
    return parsed.text.tspan.map(span => ({
        x: Number(span.x),
        text: String(span['#text']),
        ...(span['font-family'] === undefined ? {} : { family: span['font-family'] }),
        ...(span['text-anchor'] === undefined ? {} : { anchor: span['text-anchor'] })
    }));
}

describe('textLines', () => {
    it('writes a line its own font draws whole as one tspan', () => {
        expect(spans(textLines(['Оплата картой'], 10, 0, STYLE))).toEqual([{ x: 10, text: 'Оплата картой' }]);
    });

    it('sets each font run in its face, placed end to end at the measured widths', () => {
        const runs = spans(textLines(['Pay 注文 🧾'], 10, 0, STYLE));
        expect(runs.map(run => [run.text, run.family])).toEqual([
            ['Pay ', undefined], ['注文', "'Noto Sans SC', sans-serif"], [' ', undefined], ['🧾', "'Noto Emoji', sans-serif"]
        ]);
        let x = 10;
        for (const run of runs) {
            expect(run.x).toBeCloseTo(x, 2);
            x += measureText(run.text, STYLE.fontSize, STYLE.weight);
        }
    });

    it('ends a right-aligned line of several runs at its x, each run set from its start', () => {
        const runs = spans(textLines(['≈ 注文'], 100, 0, STYLE, 'end'));
        expect(runs.every(run => run.anchor === 'start')).toBe(true);
        const last = runs[runs.length - 1];
        expect(last.x + measureText(last.text, STYLE.fontSize, STYLE.weight)).toBeCloseTo(100, 2);
    });
});
