/** emotion-range: the nearest value on the -2..+2 scale replaces the one written. */
import { describe, expect, it } from 'vitest';
import { journeyOf } from '../../fixtures.js';
import { findingsOf, fixesFor } from './quick-fixes.js';

const stage = (emotion: string): string => journeyOf(`  stage Trial {
    touchpoint Visit via Web for Founder {
      emotion ${emotion}
    }
    metric Visits { target 1 }
    question "Why?" { answer "Because" source interview date 2026-09-12 }
  }
`);

describe('emotion-range', () => {
    it.each([
        ['5', 'Change to +2, the nearest emotion on the scale', '2'],
        ['-3', 'Change to -2, the nearest emotion on the scale', '-2'],
        ['1.4', 'Change to +1, the nearest emotion on the scale', '1'],
        ['-0.3', 'Change to 0, the nearest emotion on the scale', '0']
    ])('emotion %s becomes the nearest valid value', async (written, title, value) => {
        const fixes = await fixesFor({ 'map.cjm': stage(written) }, 'map.cjm', 'emotion-range');
        expect(fixes.titles[0]).toBe(title);
        const fixed = fixes.apply(title)['map.cjm'];
        expect(fixed).toBe(stage(value));
        expect(await findingsOf({ 'map.cjm': fixed })).toEqual({ 'map.cjm': [] });
    });
});
