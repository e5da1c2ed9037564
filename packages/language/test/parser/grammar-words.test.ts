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

    it('knows where each keyword belongs: in a declaration\'s head, or in a block', () => {
        expect(words.placesOf('answer')).toEqual([{ rule: 'Question', part: 'body' }]);
        expect(words.placesOf('stage')).toEqual([{ rule: 'Journey', part: 'body' }]);
        expect(words.placesOf('persona')).toEqual([{ rule: 'CjmFile', part: 'body' }, { rule: 'Journey', part: 'body' }]);
        expect(words.placesOf('via')).toEqual([{ rule: 'Touchpoint', part: 'head' }]);
        expect(words.placesOf('goal')).toEqual([{ rule: 'Persona', part: 'body' }]);
        expect(words.placesOf('source')).toEqual([{ rule: 'Metric', part: 'body' }, { rule: 'Answer', part: 'head' }]);
        // Values of an attribute are no places of their own.
        expect(words.placesOf('interview')).toEqual([]);
    });

    it('writes a declaration\'s head in the order the grammar takes its clauses', () => {
        expect(words.headKeywords('Answer')).toEqual(['source', 'date', 'sample']);
        expect(words.headKeywords('Touchpoint')).toEqual(['via', 'for']);
        expect(words.template('Answer')).toBe('answer "…" source SOURCE date DATE sample N');
        expect(words.template('Touchpoint')).toBe('touchpoint NAME "…" via CHANNEL for PERSONA { … }');
        expect(words.template('Barrier')).toBe('barrier NAME "…" at TOUCHPOINT severity SEVERITY { … }');
        expect(words.heading('Question')).toBe('question "…"');
        expect(words.heading('Journey')).toBe('journey NAME');
    });

    it('tells keywords from names', () => {
        expect(words.keywords.has('journey')).toBe(true);
        expect(words.keywords.has('Journey')).toBe(false);
    });
});
