/**
 * drawJourney with the StageLayouts its caller owns: `cjm render --watch` keeps one for the
 * whole watch, so a redraw after a save lays out with ELK only the stages that changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { StageLayouts, loadElk } from '@cjm/language';
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/command.js';
import { drawJourney } from '../../src/render/draw-journey.js';
import { readMap } from '../../src/workspace/read-map.js';
import { TODAY, restaurantWorkspace } from '../run-cli.js';

const QUIET: CommandContext = {
    cwd: '/', env: {}, stdout: { write: () => true, isTTY: false }, stderr: { write: () => true }, stdin: { read: async () => new Uint8Array() }
};

async function draw(root: string, layouts: StageLayouts): Promise<string> {
    const map = await readMap('visit.cjm', root, TODAY, 'render');
    if (!map.parses) {
        throw new Error('the example parses');
    }
    return String(await drawJourney(map.journeys[0], map.config, TODAY, 'svg', { theme: 'light', layouts }, QUIET));
}

describe('drawJourney with the caller\'s stage layouts', () => {
    it('lays out again only the stage a save changed (a longer title, a taller box), and draws what a fresh run draws', async () => {
        const root = restaurantWorkspace();
        const layouts = new StageLayouts(loadElk);
        await draw(root, layouts);
        const stages = layouts.misses;
        expect(stages, 'every stage laid out once').toBeGreaterThan(1);

        const file = path.join(root, 'visit.cjm');
        writeFileSync(file, readFileSync(file, 'utf8').replace('touchpoint Seated "Seated at the table"', 'touchpoint Seated "Seated at the table by the window, next to the open kitchen"'));
        const redrawn = await draw(root, layouts);
        expect(layouts.misses - stages, 'one stage laid out again').toBe(1);
        expect(layouts.hits, 'the others from the cache').toBe(stages - 1);
        expect(redrawn).toBe(await draw(root, new StageLayouts(loadElk)));
        expect(redrawn).toContain('kitchen');
    });
});
