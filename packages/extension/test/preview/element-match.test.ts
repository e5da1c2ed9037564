import type { ElementSource } from '@cjm/language/protocol';
import { describe, expect, it } from 'vitest';
import { elementOf, sameElement } from '../../src/preview/element-match.js';

const AT = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
const source = (kind: ElementSource['kind'], id: string, stage?: string): ElementSource =>
    ({ kind, id, ...(stage === undefined ? {} : { stage }), range: AT, selection: AT });

describe('which declaration a clicked or highlighted element is', () => {
    it('tells a stage from a touchpoint of the same name by the kind', () => {
        expect(sameElement(elementOf(source('stage', 'Book')), { kind: 'touchpoint', id: 'Book' })).toBe(false);
        expect(sameElement(elementOf(source('stage', 'Book')), { kind: 'stage', id: 'Book' })).toBe(true);
    });

    it('tells two stages\' metrics of one name, or questions of one text, apart by the stage', () => {
        expect(sameElement(elementOf(source('metric', 'Share', 'Book')), { kind: 'metric', id: 'Share', stage: 'Pay' })).toBe(false);
        expect(sameElement(elementOf(source('question', 'Why?', 'Pay')), { kind: 'question', id: 'Why?', stage: 'Pay' })).toBe(true);
    });

    it('counts no element as one: nothing highlighted stays nothing', () => {
        expect(sameElement(null, null)).toBe(true);
        expect(sameElement(null, { kind: 'stage', id: 'Book' })).toBe(false);
    });
});
