import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, findings, lint, lintFiles, rules } from '../fixtures.js';

const SHARED = `persona Founder "Early-stage founder"
persona Investor "Angel investor"
channel Web "Website" online
channel Radio "Radio ads" offline
`;
const MAP = edit(CLEAN_JOURNEY, { 'persona Founder "Early-stage founder"\nchannel Web "Website" online\n': '' });

describe('unused-persona: a persona no touchpoint or target refers to', () => {
    it('reports a top-level persona that no file refers to, at its name, in the file that declares it', async () => {
        const [shared, map] = await lintFiles({ 'shared.cjm': SHARED, 'map.cjm': MAP });
        expect(findings(SHARED, shared.diagnostics, 'unused-persona')).toEqual(['Investor']);
        expect(map.diagnostics).toEqual([]);
    });

    it('reports a journey-local persona that the journey does not use', async () => {
        const text = edit(CLEAN_JOURNEY, { '  reviewed 2026-10-01': '  reviewed 2026-10-01\n  persona Marketer "Marketing lead"' });
        expect(findings(text, await lint(text), 'unused-persona')).toEqual(['Marketer']);
    });

    it('counts a journey target as a use', async () => {
        const text = edit(CLEAN_JOURNEY, { 'for Founder': '' });
        const diagnostics = await lint(text);
        expect(rules(diagnostics)).not.toContain('unused-persona');
        expect(rules(diagnostics)).toEqual(['uncovered-persona']);
    });

    it('counts a touchpoint `for` in another file as a use', async () => {
        const shared = 'persona Founder "Early-stage founder"\n';
        const map = edit(MAP, { 'target Founder': 'target Local', 'for Founder': 'for Founder, Local', '  reviewed': '  persona Local\n  channel Web\n  reviewed' });
        const [sharedDocument, mapDocument] = await lintFiles({ 'shared.cjm': shared, 'map.cjm': map });
        expect(sharedDocument.diagnostics).toEqual([]);
        expect(mapDocument.diagnostics).toEqual([]);
    });
});

describe('unused-channel: a channel no touchpoint refers to', () => {
    it('reports a top-level channel that no file refers to, at its name', async () => {
        const [shared, map] = await lintFiles({ 'shared.cjm': SHARED, 'map.cjm': MAP });
        expect(findings(SHARED, shared.diagnostics, 'unused-channel')).toEqual(['Radio']);
        expect(map.diagnostics).toEqual([]);
    });

    it('reports a journey-local channel that the journey does not use', async () => {
        const text = edit(CLEAN_JOURNEY, { '  reviewed 2026-10-01': '  reviewed 2026-10-01\n  channel Telegram "Telegram chats" online' });
        expect(findings(text, await lint(text), 'unused-channel')).toEqual(['Telegram']);
    });

    it('is quiet when a touchpoint in another file refers to the channel', async () => {
        const [shared] = await lintFiles({ 'shared.cjm': 'channel Web "Website" online\npersona Founder\n', 'map.cjm': MAP });
        expect(shared.diagnostics).toEqual([]);
    });
});

describe('uncovered-persona: a target persona that no touchpoint of the journey is for', () => {
    it('reports the target, at the persona name in `target`', async () => {
        const text = edit(CLEAN_JOURNEY, { 'target Founder': 'target Founder, Marketer', '  reviewed': '  persona Marketer "Marketing lead"\n  reviewed' });
        expect(findings(text, await lint(text), 'uncovered-persona')).toEqual(['Marketer']);
    });

    it('does not count a touchpoint of another journey', async () => {
        const other = `journey Other {
  objective "o" problem "p" target Founder
  stage Only {
    touchpoint Elsewhere via Web for Founder
    metric M { target 1 }
    question "q" { answer "a" source survey date 2026-09-01 }
  }
}
`;
        const text = edit(CLEAN_JOURNEY, { 'for Founder': '' }) + other;
        expect(findings(text, await lint(text), 'uncovered-persona')).toEqual(['Founder']);
    });

    it('does not count a top-level persona of the same name when the journey has its own', async () => {
        // `target Founder` and `for Founder` both resolve to the journey's own Founder.
        const text = edit(CLEAN_JOURNEY, { '  reviewed': '  persona Founder "Local founder"\n  reviewed' });
        const diagnostics = await lint(text);
        expect(rules(diagnostics)).not.toContain('uncovered-persona');
        expect(rules(diagnostics)).toEqual(['unused-persona']);
    });

    it('is quiet when a touchpoint is for the target', async () => {
        expect(rules(await lint(CLEAN_JOURNEY))).not.toContain('uncovered-persona');
    });
});
