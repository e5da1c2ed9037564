/** touchpoint-needs-channel: `via X` goes after the name and title, before `for`. */
import { describe, expect, it } from 'vitest';
import { findingsOf, fixesFor } from './quick-fixes.js';

const JOURNEY = (touchpoint: string, channels = '') => `persona Founder
${channels}
journey Onboarding {
  target Founder
  channel Chat online

  stage Trial {
    ${touchpoint}
  }
}
`;

describe('touchpoint-needs-channel', () => {
    it('offers every channel in scope, local ones included, when the journey uses none', async () => {
        const text = JOURNEY('touchpoint Ad "Search ad" for Founder', 'channel Web online\nchannel Phone offline\n');
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'touchpoint-needs-channel');
        expect(fixes.titles.slice(0, 3)).toEqual(['Add \'via Chat\'', 'Add \'via Phone\'', 'Add \'via Web\'']);
        const fixed = fixes.apply('Add \'via Phone\'')['map.cjm'];
        expect(fixed).toContain('    touchpoint Ad "Search ad" via Phone for Founder\n');
        const left = (await findingsOf({ 'map.cjm': fixed }))['map.cjm'];
        expect(left.filter(item => item.startsWith('touchpoint-needs-channel') || item === 'unused-channel: Phone')).toEqual([]);
    });

    it('goes right after the name when there is no title', async () => {
        const text = JOURNEY('touchpoint Ad for Founder { emotion 1 }\n    touchpoint Call via Chat');
        const fixes = await fixesFor({ 'map.cjm': text }, 'map.cjm', 'touchpoint-needs-channel');
        expect(fixes.titles[0]).toBe('Add \'via Chat\'');
        expect(fixes.apply(fixes.titles[0])['map.cjm']).toContain('    touchpoint Ad via Chat for Founder { emotion 1 }\n');
    });
});
