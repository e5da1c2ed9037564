import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../src/index.js';
import { CLEAN_JOURNEY, lint } from '../fixtures.js';

describe('the token vocabulary', () => {
    it('is built once and shared by every set of services, so making services again keeps nothing new in memory', () => {
        const first = createCjmServices(EmptyFileSystem).Cjm.parser.Lexer.definition;
        const second = createCjmServices(EmptyFileSystem).Cjm.parser.Lexer.definition;
        expect(Object.keys(first).length).toBeGreaterThan(50);
        expect(second).toEqual(first);
        for (const name of Object.keys(first)) {
            expect(second[name]).toBe(first[name]);
        }
    });

    it('still lexes a map cleanly with services made after the first', async () => {
        createCjmServices(EmptyFileSystem);
        expect(await lint(CLEAN_JOURNEY)).toEqual([]);
    });
});
