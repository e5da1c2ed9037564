import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../src/cjm-module.js';

const words = createCjmServices(EmptyFileSystem).Cjm.parser.GrammarWords;

describe('GrammarWords: what the grammar lets an author write, for syntax messages', () => {
    it('knows the keywords that start the members of each block', () => {
        expect(words.memberKeywords('CjmFile')).toEqual(['persona', 'channel', 'journey']);
        expect(words.memberKeywords('Stage')).toEqual(['owner', 'touchpoint', 'barrier', 'opportunity', 'metric', 'question']);
        expect(words.memberKeywords('Touchpoint')).toEqual(['via', 'for', 'emotion', 'description', 'owner', 'action', 'thought']);
        expect(words.memberKeywords('Persona')).toEqual(['segment', 'goal', 'need', 'motive', 'context', 'habit', 'quote', 'role']);
    });

    it('knows the words an enum-like attribute takes, per declaration', () => {
        expect(words.attributeValues('Answer', 'source')).toEqual(['interview', 'survey', 'analytics', 'support', 'sales', 'experiment', 'review', 'desk']);
        expect(words.attributeValues('Barrier', 'severity')).toEqual(['low', 'medium', 'high', 'critical']);
        expect(words.attributeValues('Metric', 'direction')).toEqual(['up', 'down']);
        // A metric's source is a string, not a word of a list.
        expect(words.attributeValues('Metric', 'source')).toEqual([]);
    });

    it('tells keywords from names', () => {
        expect(words.keywords.has('journey')).toBe(true);
        expect(words.keywords.has('Journey')).toBe(false);
    });
});
