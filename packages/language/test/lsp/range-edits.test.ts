/**
 * How the layout's edits are cut to a requested range (range-edits.ts), on whitespace
 * edits written out by hand: one gap between two tokens `x` and `y`.
 */
import { describe, expect, it } from 'vitest';
import { editsInRange } from '../../src/lsp/range-edits.js';

/** Applies the edits of the gap between `x` and `y` in `text`, formatted as `newText`, cut to [first, last). */
function cut(text: string, newText: string, first: number, last: number): string {
    const edit = { offset: text.indexOf('x') + 1, end: text.indexOf('y'), newText };
    return editsInRange(text, [edit], first, last).reduceRight((result, { offset, end, newText: inserted }) => result.slice(0, offset) + inserted + result.slice(end), text);
}

describe('edits cut to a range', () => {
    it('keep an edit inside the range whole', () => {
        expect(cut('x   y', ' ', 0, 5)).toBe('x y');
    });

    it('leave an edit outside the range, or around the whole range, alone', () => {
        expect(cut('x   y z', ' ', 6, 7)).toBe('x   y z');
        expect(cut('x     y', ' ', 2, 4)).toBe('x     y');
    });

    it('indent the first line of a range that starts a line, and keep the line ends before it', () => {
        const text = 'x\n\n\n\n y';
        expect(cut(text, '\n\n    ', text.indexOf(' y'), text.length)).toBe('x\n\n\n\n    y');
        const unindented = 'x\n\ny';
        expect(cut(unindented, '\n\n  ', unindented.indexOf('y'), unindented.length)).toBe('x\n\n  y');
    });

    it('trim the last line of a range that ends at a line start, keep its line ends and not indent the next line', () => {
        const text = 'x   \ny';
        expect(cut(text, '\n    ', 0, text.indexOf('y'))).toBe('x\ny');
    });

    it('drop blank lines at the end of the range down to what the layout allows', () => {
        const text = 'x\n\n\n\n  y';
        expect(cut(text, '\n\n  ', 0, text.indexOf('  y'))).toBe('x\n\n  y');
    });

    it('cut CRLF line ends whole, never between CR and LF', () => {
        const text = 'x  \r\n\r\n y';
        expect(cut(text, '\r\n\r\n  ', text.indexOf(' y'), text.length)).toBe('x  \r\n\r\n  y');
        expect(cut(text, '\r\n\r\n  ', 0, text.indexOf('\n'))).toBe(text);
    });
});
