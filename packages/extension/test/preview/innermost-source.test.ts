import type { ElementSource } from '@cjm/language/protocol';
import { describe, expect, it } from 'vitest';
import { innermostSource } from '../../src/preview/innermost-source.js';

// The declarations of a stage holding a touchpoint with a barrier, then a second stage:
//  0 stage Discover {
//  1     touchpoint MapSearch {
//  2         barrier NoPhotos { }
//  3     }
//  4 }
//  5 stage Book { }
function source(kind: ElementSource['kind'], id: string, start: [number, number], end: [number, number]): ElementSource {
    const range = { start: { line: start[0], character: start[1] }, end: { line: end[0], character: end[1] } };
    return { kind, id, range, selection: range };
}

const SOURCES = [
    source('stage', 'Discover', [0, 0], [4, 1]),
    source('touchpoint', 'MapSearch', [1, 4], [3, 5]),
    source('barrier', 'NoPhotos', [2, 8], [2, 28]),
    source('stage', 'Book', [5, 0], [5, 15])
];

describe('innermostSource', () => {
    it('finds the innermost declaration that holds the cursor', () => {
        expect(innermostSource(SOURCES, { line: 2, character: 12 })?.id).toBe('NoPhotos');
        expect(innermostSource(SOURCES, { line: 3, character: 0 })?.id).toBe('MapSearch');
        expect(innermostSource(SOURCES, { line: 4, character: 0 })?.id).toBe('Discover');
    });

    it('counts both ends of a declaration as inside it', () => {
        expect(innermostSource(SOURCES, { line: 1, character: 4 })?.id).toBe('MapSearch');
        expect(innermostSource(SOURCES, { line: 3, character: 5 })?.id).toBe('MapSearch');
        expect(innermostSource(SOURCES, { line: 3, character: 6 })?.id).toBe('Discover');
    });

    it('finds nothing outside every declaration', () => {
        expect(innermostSource(SOURCES, { line: 5, character: 16 })).toBeUndefined();
        expect(innermostSource([], { line: 0, character: 0 })).toBeUndefined();
    });

    it('tells a stage and a touchpoint of the same name apart by their ranges', () => {
        const twins = [source('stage', 'Pay', [0, 0], [2, 1]), source('touchpoint', 'Pay', [1, 4], [1, 20])];
        expect(innermostSource(twins, { line: 1, character: 10 })?.kind).toBe('touchpoint');
        expect(innermostSource(twins, { line: 2, character: 0 })?.kind).toBe('stage');
    });
});
