/**
 * unresolved-reference: "Change to" a name in scope within two edits, and a missing
 * persona or channel declared in the file that needs it.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, fixesFor, formatted } from './quick-fixes.js';

const JOURNEY = `journey Onboarding {
  stage Trial {
    touchpoint Landing via Web for Ghost { -> Singup }
    touchpoint Signup via Web for Ghost
    barrier Slow at Landin { mitigation "Faster" }
  }
}
`;

describe('unresolved-reference', () => {
    it('declares a persona in the current file when no file declares shared ones', async () => {
        const fixes = await fixesFor({ 'map.cjm': JOURNEY }, 'map.cjm', 'unresolved-reference', 'Ghost');
        expect(fixes.titles).toContain('Declare persona \'Ghost\' in this file');
        const fixed = fixes.apply('Declare persona \'Ghost\' in this file')['map.cjm'];
        expect(fixed.startsWith('persona Ghost\n\njourney Onboarding {\n')).toBe(true);
        expect((await findingsOf({ 'map.cjm': fixed }))['map.cjm']).not.toContain('unresolved-reference: Ghost');
        expect(await formatted(fixed)).toBe(fixed);
    });

    it('declares it in the file that needs it, even when another file holds the shared declarations', async () => {
        const files = {
            'map.cjm': 'persona Founder\n\n' + JOURNEY,
            'shared.cjm': 'persona Marketer {\n  goal "Launch"\n}\n\nchannel Email online\nchannel Phone offline\n'
        };
        const fixes = await fixesFor(files, 'map.cjm', 'unresolved-reference', 'Ghost');
        const fixed = fixes.apply('Declare persona \'Ghost\' in this file');
        expect(fixed['map.cjm']).toBe('persona Founder\npersona Ghost\n\n' + JOURNEY);
        expect(fixed['shared.cjm']).toBe(files['shared.cjm']);
        expect((await findingsOf(fixed))['map.cjm'].filter(item => item.startsWith('unresolved-reference'))).toEqual(['unresolved-reference: Web', 'unresolved-reference: Singup', 'unresolved-reference: Web', 'unresolved-reference: Landin']);
        expect(await formatted(fixed['map.cjm'])).toBe(fixed['map.cjm']);
    });

    it('declares a channel after the file\'s personas when it has no channel yet', async () => {
        const files = { 'map.cjm': 'persona Founder // the buyer\n\n' + JOURNEY.replace(/for Ghost/g, 'for Founder'), 'shared.cjm': 'channel Email online\n' };
        const fixes = await fixesFor(files, 'map.cjm', 'unresolved-reference', 'Web');
        expect(fixes.apply('Declare channel \'Web\' in this file')['map.cjm'].startsWith('persona Founder // the buyer\nchannel Web\n\njourney')).toBe(true);
    });

    it('changes a touchpoint or barrier name to the close ones in the journey', async () => {
        const files = { 'map.cjm': JOURNEY };
        const flow = await fixesFor(files, 'map.cjm', 'unresolved-reference', 'Singup');
        expect(flow.titles[0]).toBe('Change to \'Signup\'');
        expect(flow.titles.some(title => title.startsWith('Declare'))).toBe(false);
        expect(flow.apply('Change to \'Signup\'')['map.cjm']).toContain('{ -> Signup }');
        const barrier = await fixesFor(files, 'map.cjm', 'unresolved-reference', 'Landin');
        expect(barrier.titles[0]).toBe('Change to \'Landing\'');
    });
});
