import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, rules } from '../fixtures.js';

function withEmotion(emotion: string): string {
    return edit(CLEAN_JOURNEY, { 'emotion 1': `emotion ${emotion}` });
}

describe('emotion-range: an emotion that is not an integer in -2..+2', () => {
    it('reports 3, at the value', async () => {
        const text = withEmotion('3');
        expect(findings(text, await lint(text), 'emotion-range')).toEqual(['3']);
    });

    it('reports -3', async () => {
        const text = withEmotion('-3');
        expect(findings(text, await lint(text), 'emotion-range')).toEqual(['-3']);
    });

    it('reports 1.5, which is in range but not an integer', async () => {
        const text = withEmotion('1.5');
        expect(findings(text, await lint(text), 'emotion-range')).toEqual(['1.5']);
    });

    it('accepts every integer from -2 to +2, with or without a sign', async () => {
        for (const emotion of ['-2', '-1', '0', '1', '+2', '2']) {
            expect(rules(await lint(withEmotion(emotion)))).toEqual([]);
        }
    });

    it('is quiet for a touchpoint without emotion', async () => {
        expect(rules(await lint(edit(CLEAN_JOURNEY, { ' { emotion 1 }': '' })))).toEqual([]);
    });
});

describe('touchpoint-needs-channel: a touchpoint without `via`', () => {
    it('reports the touchpoint, at its name', async () => {
        const text = edit(CLEAN_JOURNEY, { ' via Web for Founder': ' for Founder' });
        const diagnostics = await lint(text);
        expect(findings(text, diagnostics, 'touchpoint-needs-channel')).toEqual(['Landing']);
        // The channel Web is now unused as well.
        expect(rules(diagnostics)).toEqual(['unused-channel', 'touchpoint-needs-channel']);
    });

    it('is quiet for a touchpoint with a channel', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('touchpoint-needs-channel');
    });
});
