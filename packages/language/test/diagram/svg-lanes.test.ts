/**
 * The lanes under the stages, read back from the SVG as a reader sees them: what the
 * customer does and thinks, how they feel, the metrics and the research of each stage,
 * under the stage's column; lanes with nothing in them left out.
 */
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../src/diagram/layout.js';
import { renderJourneySvg, type DiagramOptions } from '../../src/diagram/render-journey.js';
import type { JourneyModel } from '../../src/index.js';
import { lineHeight } from '../../src/diagram/text.js';
import { CLEAN_JOURNEY, TODAY, edit, journeyModel, journeyOf, stage, stageLayouts } from '../fixtures.js';
import { lineText, readSvg, type SvgContractView } from './svg-contract.js';

const CLOCK: DiagramOptions = { evidence: { today: TODAY, maxAgeDays: 365 } };
const layouts = stageLayouts();

/** Three stages: actions and thoughts in the first, metrics met and not met in the second, old evidence in the third. */
const MAP = journeyOf(
    stage('Discover', `    touchpoint Ad "Sees an ad" via Web for Founder {
      emotion 1
      action "Clicks the ad"
      thought "Is this for me?"
    }
    touchpoint Site "Reads the site" { action "Reads pricing" emotion 0 }`)
    + stage('Buy', `    touchpoint Pay "Pays" via Web { emotion -1 }
    metric Conversion "Conversion" { baseline 4% target 8% actual 9% source "Web analytics" measured 2025-06-01 }
    metric Cycle "Sales cycle" { baseline 30 "days" target 20 "days" actual 25 "days" direction down }
    question "Is our data old?" { answer "From last year's survey" source survey date 2025-01-10 }`)
    + `  stage Keep {
    touchpoint Renew "Renews"
    metric KeepMetric { target 1 }
    question "Why stay?" { answer "Habit" source interview date 2024-05-01 }
    question "Why leave?"
  }
`);

/**
 * What a lane says under each stage: its cells' text by stage, entries joined by " | ".
 * Lines of one entry follow each other a line apart; the next entry starts further down.
 */
function laneCells(view: SvgContractView, lane: string): Record<string, string> {
    const cells = view.cells.filter(cell => cell.laneId === lane).map(cell => cell.id);
    return Object.fromEntries(cells.map(stageName => {
        const lines = view.texts.filter(line => line.owner?.kind === 'cell' && line.owner.id === `${lane}/${stageName}`);
        return [stageName, lines.map((line, i) => (i === 0 ? '' : line.y - lines[i - 1].y > lineHeight(11) + 0.5 ? ' | ' : ' ') + lineText(line)).join('')];
    }));
}

function laneTitles(view: SvgContractView): string[] {
    return view.lanes.map(lane => view.texts.filter(line => line.owner?.kind === 'lane' && line.owner.id === lane.id).map(lineText)[0]);
}

async function rendered(text: string, options: DiagramOptions = CLOCK): Promise<{ model: JourneyModel; view: SvgContractView }> {
    const model = await journeyModel(text, 'Onboarding');
    return { model, view: readSvg(await renderJourneySvg(model, layouts, options)) };
}

describe('the lanes of the diagram', () => {
    it('are titled at the left, top to bottom: does, thinks, feels, metrics, research', async () => {
        const { view } = await rendered(MAP);
        expect(view.lanes.map(lane => lane.id)).toEqual(['action', 'thought', 'emotion', 'metric', 'research']);
        expect(laneTitles(view)).toEqual(['Does', 'Thinks', 'Feels', 'Metrics', 'Research']);
        const ys = view.lanes.map(lane => lane.rect!.y);
        expect([...ys].sort((a, b) => a - b)).toEqual(ys);
        const firstStage = Math.min(...view.stages.map(stage => stage.rect!.x));
        const titles = view.texts.filter(line => line.owner?.kind === 'lane' && /^[A-Z]/.test(lineText(line)));
        expect(titles.every(line => line.x < firstStage), 'titles in the gutter before the first stage').toBe(true);
    });

    it('show what the customer does and thinks, stage by stage, from its touchpoints in journey order', async () => {
        const { view } = await rendered(MAP);
        expect(laneCells(view, 'action')).toEqual({ Discover: '\u2022 Clicks the ad | \u2022 Reads pricing', Buy: '', Keep: '' });
        expect(laneCells(view, 'thought')).toEqual({ Discover: '\u201cIs this for me?\u201d', Buy: '', Keep: '' });
    });

    it('show each metric as baseline → target, the actual with its unit, whether it is met, then its source and measuring date', async () => {
        const { model, view } = await rendered(MAP);
        expect(laneCells(view, 'metric')).toEqual({
            Discover: 'DiscoverMetric: ? \u2192 1',
            Buy: 'Conversion: 4% \u2192 8%, actual 9% (met) Source: Web analytics \u00b7 Measured: 2025-06-01 (stale)'
                + ' | Sales cycle: 30 days \u2192 20 days, actual 25 days (not met) | BuyMetric: ? \u2192 1',
            Keep: 'KeepMetric: ? \u2192 1'
        });
        const buy = (await layoutJourney(model, layouts, CLOCK)).lanes.find(lane => lane.kind === 'metric')!.cells[1];
        expect(buy.entries.map(entry => entry.parts.map(part => part.tone)), 'coloured as met / not met, a stale date as stale').toEqual([['met', 'stale'], ['notMet'], ['text']]);
    });

    it('show research as the answers themselves, newest first, with source and date, then the open questions, marking stale evidence by stale-evidence\'s rule', async () => {
        const { model, view } = await rendered(MAP);
        expect(laneCells(view, 'research')).toEqual({
            Discover: '\u201cBecause\u201d Interview \u00b7 2026-09-12',
            Buy: '\u201cBecause\u201d Interview \u00b7 2026-09-12 | \u201cFrom last year\'s survey\u201d Survey \u00b7 2025-01-10 (stale)',
            Keep: '\u201cHabit\u201d Interview \u00b7 2024-05-01 (stale) | Open question: Why leave?'
        });
        const tones = (await layoutJourney(model, layouts, CLOCK)).lanes.find(lane => lane.kind === 'research')!.cells.map(cell => cell.entries.map(entry => entry.parts.map(part => part.tone)));
        expect(tones).toEqual([[['text', 'text']], [['text', 'text'], ['text', 'stale']], [['text', 'stale'], ['text']]]);
    });

    it('mark nothing stale on a later "today" within evidenceMaxAgeDays, or without a today', async () => {
        const { view } = await rendered(MAP, { evidence: { today: TODAY, maxAgeDays: 1000 } });
        expect(laneCells(view, 'research').Keep).toBe('\u201cHabit\u201d Interview \u00b7 2024-05-01 | Open question: Why leave?');
        expect(laneCells((await rendered(MAP, {})).view, 'metric').Buy).not.toContain('(stale)');
    });

    it('show as many answers as stay readable, newest first, then how many more there are, each answer its own group with the whole text in a title when cut', async () => {
        const many = Array.from({ length: 5 }, (_, i) => `answer "${i === 4 ? 'A long answer that goes on and on about what the customers told us in their interviews, far past what fits in three lines of a narrow research cell under the stage' : `Answer ${i}`}" source survey date 2026-0${i + 1}-01 sample ${10 * (i + 1)}`).join(' ');
        const text = journeyOf(`  stage Ask {
    touchpoint Call "Calls"
    question "What do they say?" { ${many} }
  }
`);
        const model = await journeyModel(text, 'Onboarding');
        const svg = await renderJourneySvg(model, layouts, CLOCK);
        const cell = laneCells(readSvg(svg), 'research').Ask;
        expect(cell.split(' | ').map(entry => entry.slice(0, 12))).toEqual(['\u201cA long answ', '\u201cAnswer 3\u201d S', '\u201cAnswer 2\u201d S', '+2 more']);
        expect(cell).toContain('Survey \u00b7 2026-05-01 \u00b7 n=50');
        expect(cell).toContain('\u2026');
        const answers = [...svg.matchAll(/<g class="cjm-answer">(<title>([^<]*)<\/title>)?/g)];
        expect(answers).toHaveLength(3);
        expect(answers[0][2]).toContain('far past what fits in three lines of a narrow research cell under the stage');
        expect(answers[1][1], 'an answer drawn whole needs no title').toBeUndefined();
    });

    it('leave out every lane with nothing in any stage, the emotion lane too', async () => {
        const { view } = await rendered(edit(CLEAN_JOURNEY, { ' { emotion 1 }': '' }));
        expect(view.lanes.map(lane => lane.id)).toEqual(['metric', 'research']);
        expect(view.texts.some(line => lineText(line) === 'Feels')).toBe(false);
        const layout = await layoutJourney(await journeyModel(edit(CLEAN_JOURNEY, { ' { emotion 1 }': '' }), 'Onboarding'), layouts);
        expect(layout.emotionLane).toBeUndefined();
    });

    it('keep the emotion curve in its lane, one point per touchpoint with an emotion', async () => {
        const svg = await renderJourneySvg(await journeyModel(MAP, 'Onboarding'), layouts, CLOCK);
        expect(svg).toMatch(/<g class="cjm-lane cjm-emotion-lane" data-cjm-lane="emotion">/);
        expect([...svg.matchAll(/class="cjm-emotion" data-cjm-touchpoint="([^"]+)"/g)].map(match => match[1])).toEqual(['Ad', 'Site', 'Pay']);
    });
});
