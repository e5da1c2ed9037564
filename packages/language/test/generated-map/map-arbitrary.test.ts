import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lint, rules } from '../fixtures.js';
import { journeysOf, touchpointsOf } from './gen-map.js';
import { mapArbitrary } from './map-arbitrary.js';
import { printMap } from './print-map.js';
import { reorder } from './reorder-map.js';

// Generated maps must be valid input for every property test built on them: they parse,
// and every name resolves and is unique.
const BROKEN = ['syntax', 'unresolved-reference', 'duplicate-name', 'invalid-date', 'emotion-range'];

async function brokenRules(text: string): Promise<string[]> {
    return rules(await lint(text)).filter(rule => BROKEN.includes(rule));
}

describe('map arbitrary', () => {
    test('printed maps parse and resolve, in both layouts and reordered', async () => {
        await fc.assert(fc.asyncProperty(mapArbitrary(), fc.integer(), async (map, seed) => {
            expect(await brokenRules(printMap(map))).toEqual([]);
            expect(await brokenRules(printMap(map, { layout: 'compact' }))).toEqual([]);
            expect(await brokenRules(printMap(reorder(map, seed)))).toEqual([]);
        }), { numRuns: 60 });
    });

    test('reorder keeps the order of journeys\' touchpoints', () => {
        fc.assert(fc.property(mapArbitrary(), fc.integer(), (map, seed) => {
            const names = (m: typeof map) => journeysOf(m).map(j => [j.name, touchpointsOf(j).map(t => t.name)] as const)
                .sort(([a], [b]) => a.localeCompare(b));
            expect(names(reorder(map, seed))).toEqual(names(map));
        }));
    });

    test('generated maps hold Cyrillic and Latin names, comments and escapes', () => {
        const texts = fc.sample(mapArbitrary(), { numRuns: 30, seed: 1 }).map(map => printMap(map)).join('\n');
        for (const wanted of ['Путь1', 'Journey0', 'Шаг1', '//', '/*', '\\"', '\\\\', '->', 'resolves', 'answer']) {
            expect(texts).toContain(wanted);
        }
    });
});
