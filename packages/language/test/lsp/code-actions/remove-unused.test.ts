/** unused-persona and unused-channel: the declaration's lines go, and no blank line is left doubled. */
import { describe, expect, it } from 'vitest';
import { findingsOf, fixesFor, formatted } from './quick-fixes.js';

const JOURNEY = `journey Onboarding {
  persona Guest "Walk-in guest" // rarely seen

  stage Trial {
    touchpoint Signup via Web for Founder
  }
}
`;

async function removed(files: Record<string, string>, file: string, rule: string): Promise<Record<string, string>> {
    const fixes = await fixesFor(files, file, rule);
    expect(fixes.titles[0]).toMatch(/^Remove unused (persona|channel) '/);
    return fixes.apply(fixes.titles[0]);
}

describe('unused-persona and unused-channel', () => {
    it('remove a declaration between blank lines with one of them', async () => {
        const shared = 'persona Founder {\n  goal "Launch"\n}\n\npersona Intern {\n  goal "Learn"\n}\n\nchannel Web online\n';
        const fixed = await removed({ 'shared.cjm': shared, 'map.cjm': JOURNEY }, 'shared.cjm', 'unused-persona');
        expect(fixed['shared.cjm']).toBe('persona Founder {\n  goal "Launch"\n}\n\nchannel Web online\n');
        expect(await formatted(fixed['shared.cjm'])).toBe(fixed['shared.cjm']);
    });

    it('remove the last declaration with the blank line before it', async () => {
        const shared = 'persona Founder {\n  goal "Launch"\n}\n\nchannel Web online\n\nchannel Fax offline\n';
        const fixed = await removed({ 'shared.cjm': shared, 'map.cjm': JOURNEY }, 'shared.cjm', 'unused-channel');
        expect(fixed['shared.cjm']).toBe('persona Founder {\n  goal "Launch"\n}\n\nchannel Web online\n');
    });

    it('remove a journey-local one right after the brace with its comment and the blank line below', async () => {
        const files = { 'shared.cjm': 'persona Founder\nchannel Web online\n', 'map.cjm': JOURNEY };
        const fixed = await removed(files, 'map.cjm', 'unused-persona');
        expect(fixed['map.cjm']).toBe('journey Onboarding {\n  stage Trial {\n    touchpoint Signup via Web for Founder\n  }\n}\n');
        expect((await findingsOf(fixed))['map.cjm'].filter(item => item.startsWith('unused'))).toEqual([]);
        expect(await formatted(fixed['map.cjm'])).toBe(fixed['map.cjm']);
    });

    it('remove only the declaration from a line it shares', async () => {
        const files = { 'shared.cjm': 'persona Founder channel Fax channel Web\n', 'map.cjm': JOURNEY.replace('  persona Guest "Walk-in guest" // rarely seen\n\n', '') };
        const fixed = await removed(files, 'shared.cjm', 'unused-channel');
        expect(fixed['shared.cjm']).toBe('persona Founder channel Web\n');
        const last = await removed({ ...files, 'shared.cjm': 'persona Founder channel Web channel Fax\n' }, 'shared.cjm', 'unused-channel');
        expect(last['shared.cjm']).toBe('persona Founder channel Web\n');
    });
});
