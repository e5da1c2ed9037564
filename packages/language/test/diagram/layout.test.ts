import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../src/diagram/layout.js';
import type { DiagramLayout, Point, Rect, TextBlock } from '../../src/diagram/diagram-layout.js';
import { measureText } from '../../src/diagram/text.js';
import type { JourneyModel } from '../../src/index.js';
import { crosses as crossesWithin, inside as insideWithin, onBorder as onBorderWithin, overlap as overlapWithin } from './rects.js';
import { EXAMPLES, filesUnder, generatedJourney, journeyModel, journeyModels, journeyOf, stage, stageLayouts } from '../fixtures.js';

const EPS = 1e-6;

const inside = (inner: Rect, outer: Rect): boolean => insideWithin(inner, outer, EPS);
const overlap = (a: Rect, b: Rect): boolean => overlapWithin(a, b, EPS);
const onBorder = (p: Point, r: Rect): boolean => onBorderWithin(p, r, EPS);
const crosses = (a: Point, b: Point, r: Rect): boolean => crossesWithin(a, b, r, EPS);

function fits(text: TextBlock, box: Rect, padding: number): void {
    for (const line of text.lines) {
        expect(measureText(line, text.fontSize, text.weight), line).toBeLessThanOrEqual(box.width - 2 * padding + EPS);
    }
}

/** Every segment is horizontal or vertical and passes through no box. */
function checkRoute(layout: DiagramLayout, points: readonly Point[], label: string): void {
    for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1], points[i]];
        expect(Math.abs(a.x - b.x) < EPS || Math.abs(a.y - b.y) < EPS, `${label} segment ${i}`).toBe(true);
        const hit = [...layout.touchpoints, ...layout.barriers, ...layout.opportunities].find(box => crosses(a, b, box));
        expect(hit?.name, `${label} segment ${i} crosses a box`).toBeUndefined();
    }
}

/** Checks diagram.md's geometry contract on a layout of `model`. */
function checkGeometry(model: JourneyModel, layout: DiagramLayout): void {
    expect(layout.stages.map(stage => stage.name)).toEqual(model.stages.map(stage => stage.name));
    layout.stages.forEach((stage, i) => {
        if (i > 0) {
            expect(stage.x).toBeGreaterThanOrEqual(layout.stages[i - 1].x + layout.stages[i - 1].width);
        }
        fits(stage.title, stage, layout.padding);
        expect(inside(stage, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
    });
    const stageByName = new Map(layout.stages.map(stage => [stage.name, stage]));
    expect(layout.touchpoints.length).toBe(model.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0));
    expect(layout.barriers.length).toBe(model.stages.reduce((sum, stage) => sum + stage.barriers.length, 0));
    for (const box of [...layout.touchpoints, ...layout.barriers, ...layout.opportunities]) {
        expect(inside(box, stageByName.get(box.stage)!), `${box.name} inside ${box.stage}`).toBe(true);
        fits(box.title, box, layout.padding);
    }
    for (const barrier of layout.barriers) {
        fits(barrier.body, barrier, layout.padding);
    }
    for (const touchpoint of layout.touchpoints) {
        fits(touchpoint.channels, touchpoint, layout.padding);
        fits(touchpoint.personas, touchpoint, layout.padding);
    }
    const boxes = [...layout.touchpoints, ...layout.barriers, ...layout.opportunities].sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length && boxes[j].x < boxes[i].x + boxes[i].width; j++) {
            expect(overlap(boxes[i], boxes[j]), `${boxes[i].name} and ${boxes[j].name}`).toBe(false);
        }
    }
    const byName = new Map(layout.touchpoints.map(touchpoint => [touchpoint.name, touchpoint]));
    for (const flow of layout.flows) {
        const label = `${flow.from} -> ${flow.to}${flow.end ? ` (${flow.end})` : ''}`;
        const [first, last] = [flow.points[0], flow.points[flow.points.length - 1]];
        expect(flow.points.length, label).toBeGreaterThanOrEqual(2);
        expect(onBorder(first, flow.end === 'target' ? flow.label! : byName.get(flow.from)!), label).toBe(true);
        expect(onBorder(last, flow.end === 'source' ? flow.label! : byName.get(flow.to)!), label).toBe(true);
        if (flow.label !== undefined) {
            expect(inside(flow.label, stageByName.get(byName.get(flow.end === 'source' ? flow.from : flow.to)!.stage)!), label).toBe(true);
            fits(flow.label.text, flow.label, layout.padding);
        }
        checkRoute(layout, flow.points, label);
    }
    const barrierByName = new Map(layout.barriers.map(barrier => [barrier.name, barrier]));
    const opportunityByName = new Map(layout.opportunities.map(opportunity => [opportunity.name, opportunity]));
    for (const link of layout.links) {
        const label = `${link.opportunity} resolves ${link.barrier}`;
        expect(opportunityByName.get(link.opportunity)!.resolves, label).toContain(link.barrier);
        expect(onBorder(link.points[0], opportunityByName.get(link.opportunity)!), label).toBe(true);
        expect(onBorder(link.points[link.points.length - 1], barrierByName.get(link.barrier)!), label).toBe(true);
        checkRoute(layout, link.points, label);
    }
    for (const barrier of layout.barriers.filter(item => item.connector !== undefined)) {
        expect(onBorder(barrier.connector![0], byName.get(barrier.touchpoint!)!), barrier.name).toBe(true);
        expect(onBorder(barrier.connector![barrier.connector!.length - 1], barrier), barrier.name).toBe(true);
        checkRoute(layout, barrier.connector!, `${barrier.name} connector`);
    }
    const known = new Set(model.stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.name)));
    expect(layout.flows.filter(flow => flow.end !== 'target').length).toBe(model.flows.filter(flow => known.has(flow.from) && known.has(flow.to)).length);
    const felt = model.stages.some(stage => stage.touchpoints.some(touchpoint => touchpoint.emotion !== undefined));
    expect(layout.emotionLane !== undefined, 'an emotion lane exactly when a touchpoint has an emotion').toBe(felt);
    for (const point of layout.emotionLane?.curves.flatMap(curve => curve.points) ?? []) {
        // Each point sits under its touchpoint's box.
        const box = byName.get(point.touchpoint)!;
        expect(point.x, point.touchpoint).toBeGreaterThan(box.x);
        expect(point.x, point.touchpoint).toBeLessThan(box.x + box.width);
        expect(inside({ ...point, width: 0, height: 0 }, layout.emotionLane!)).toBe(true);
    }
    for (const lane of layout.lanes) {
        expect(lane.cells.map(cell => cell.stage), `${lane.kind} lane`).toEqual(layout.stages.map(stage => stage.name));
        lane.cells.forEach((cell, i) => {
            expect(cell.x, `${lane.kind} cell under ${cell.stage}`).toBe(layout.stages[i].x);
            expect(inside(cell, lane), `${lane.kind} cell ${cell.stage} inside its lane`).toBe(true);
            cell.entries.forEach(entry => fits({ lines: entry.parts.flatMap(part => part.lines), fontSize: lane.fontSize, weight: 'normal' }, cell, layout.padding));
        });
    }
    const drawn = [...layout.lanes, ...(layout.emotionLane ? [layout.emotionLane] : [])].sort((a, b) => a.y - b.y);
    const columnsBottom = Math.max(...layout.stages.map(stage => stage.y + stage.height), ...layout.flows.flatMap(flow => flow.points.map(point => point.y)));
    drawn.forEach((lane, i) => {
        expect(lane.y, 'lanes start under the stages and their routes').toBeGreaterThan(columnsBottom);
        expect(i === 0 || lane.y > drawn[i - 1].y + drawn[i - 1].height, 'lanes do not overlap').toBe(true);
        expect(inside(lane, { x: 0, y: 0, width: layout.width, height: layout.height })).toBe(true);
    });
    fits(layout.header.title, layout.header, layout.padding);
    fits(layout.header.brief, layout.header, layout.padding);
    checkTop(layout);
}

/** The header's badge, facts and review date inside it; the two legends clear of each other, inside the picture, above the stages. */
function checkTop(layout: DiagramLayout): void {
    const { header } = layout;
    const { badge, facts, reviewed } = header;
    expect(inside(badge, header), 'state badge inside the header').toBe(true);
    expect(measureText(badge.text.lines[0], badge.text.fontSize, badge.text.weight), 'badge word').toBeLessThanOrEqual(badge.width);
    for (const line of facts.text.lines) {
        expect(facts.x + measureText(line, facts.text.fontSize), line).toBeLessThanOrEqual(header.x + header.width - layout.padding + EPS);
    }
    expect(reviewed === undefined || (reviewed.y > badge.y + badge.height && reviewed.y < header.briefY), 'review date under the badge, above the brief').toBe(true);
    expect(header.briefY <= header.y + header.height, 'brief inside the header').toBe(true);
    const legends: Rect[] = [layout.legend, layout.colourLegend].flatMap(box => box === undefined ? [] : [box]);
    const stagesTop = Math.min(...layout.stages.map(stage => stage.y));
    for (const box of legends) {
        expect(inside(box, { x: 0, y: 0, width: layout.width, height: layout.height }), 'legend inside the picture').toBe(true);
        expect(box.y + box.height, 'legend above the stages').toBeLessThan(stagesTop);
        expect(box.y, 'legend under the header').toBeGreaterThan(header.y + header.height);
    }
    expect(legends.length < 2 || !overlap(legends[0], legends[1]), 'the two legends clear of each other').toBe(true);
    for (const sample of layout.colourLegend?.samples ?? []) {
        expect(inside(sample.swatch, layout.colourLegend!), `${sample.kind} ${sample.value} swatch inside the colour legend`).toBe(true);
        const right = sample.label.x + measureText(sample.label.text.lines[0], sample.label.text.fontSize);
        expect(right, `${sample.kind} ${sample.value} label`).toBeLessThanOrEqual(layout.colourLegend!.x + layout.colourLegend!.width + EPS);
    }
}

async function exampleModels(): Promise<JourneyModel[]> {
    const files = Object.fromEntries(filesUnder(EXAMPLES, '.cjm').map(file => [file.slice(EXAMPLES.length + 1), fs.readFileSync(file, 'utf8')]));
    return Object.values(await journeyModels(files));
}

describe('layoutJourney', () => {
    it('lays out every example journey within the geometry contract, deterministically', async () => {
        const models = await exampleModels();
        expect(models.length).toBeGreaterThan(3);
        for (const model of models) {
            const layout = await layoutJourney(model, stageLayouts());
            checkGeometry(model, layout);
            expect(await layoutJourney(model, stageLayouts())).toEqual(layout);
            expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
        }
    });

    it('lays out a generated journey of 200 touchpoints with Cyrillic titles, loops and cross-stage arrows', async () => {
        const model = Object.values(await journeyModels(generatedJourney(200)))[0];
        expect(model.flows.some(flow => flow.from === flow.to)).toBe(true);
        const stageOf = new Map(model.stages.flatMap(stage => stage.touchpoints.map(touchpoint => [touchpoint.name, stage.name])));
        expect(model.flows.some(flow => flow.kind === 'arrow' && stageOf.get(flow.from) !== stageOf.get(flow.to))).toBe(true);
        expect(model.stages.some(stage => stage.barriers.length > 0 && stage.opportunities.length > 0)).toBe(true);
        const successors = model.flows.filter(flow => flow.from === 'T11').map(flow => flow.to);
        expect(successors, 'a branching stage').toEqual(['T12', 'T13']);
        const layout = await layoutJourney(model, stageLayouts());
        expect(layout.links.length).toBeGreaterThan(10);
        const box = (name: string) => layout.touchpoints.find(touchpoint => touchpoint.name === name)!;
        expect(box('T1').x, 'a chain in one column').toBe(box('T2').x);
        checkGeometry(model, layout);
        expect(layout.touchpoints.some(touchpoint => /[а-я]/.test(touchpoint.title.lines.join(' ')))).toBe(true);
        expect(await layoutJourney(model, stageLayouts())).toEqual(layout);
    });

    it('lays out an empty stage, an unattached barrier, and a touchpoint named like its stage', async () => {
        const model = await journeyModel(journeyOf(
            stage('Empty', '') +
            stage('Pay', `    touchpoint Pay "Pays" via Web for Founder { emotion -1 -> Pay, Done }
    touchpoint Done "Done" { emotion 2 }
    barrier Fees "Hidden fees" severity high
    opportunity ShowFees "Show fees up front" resolves Fees`)), 'Onboarding');
        const layout = await layoutJourney(model, stageLayouts());
        checkGeometry(model, layout);
        expect(layout.barriers.map(barrier => [barrier.name, barrier.touchpoint])).toEqual([['Fees', undefined]]);
        expect(layout.emotionLane!.curves.flatMap(curve => curve.points).map(point => point.touchpoint)).toEqual(['Pay', 'Done']);
    });
});

/** Three stages: a branch and a loop inside Browse, a flow to the next stage, one that skips a stage, one that goes back. */
const FLOWING = journeyOf(
    stage('Browse', `    touchpoint Ad "Sees an ad" { -> Site, Store }
    touchpoint Site "Visits the site" { -> Pick }
    touchpoint Store "Visits a store" { -> Pick }
    touchpoint Pick "Picks a plan" { -> Ad, Pay, Help }`) +
    stage('Pay', `    touchpoint Pay "Pays" { -> Done }`) +
    stage('Keep', `    touchpoint Help "Asks for help" { -> Ad }
    touchpoint Done "Done"`));

describe('layoutJourney: flows a reader can follow', () => {
    const flowing = async (): Promise<DiagramLayout> => layoutJourney(await journeyModel(FLOWING, 'Onboarding'), stageLayouts());
    const box = (layout: DiagramLayout, name: string): Rect => layout.touchpoints.find(touchpoint => touchpoint.name === name)!;
    const flow = (layout: DiagramLayout, from: string, to: string) => layout.flows.filter(item => item.from === from && item.to === to);

    it('puts the arms of a branch side by side, under their source and above where they meet', async () => {
        const layout = await flowing();
        const [ad, site, store, pick] = ['Ad', 'Site', 'Store', 'Pick'].map(name => box(layout, name));
        expect(site.y).toBe(store.y);
        expect(site.x + site.width, 'declaration order, left to right').toBeLessThanOrEqual(store.x);
        expect(site.y).toBeGreaterThan(ad.y + ad.height);
        expect(pick.y).toBeGreaterThan(site.y + site.height);
        expect(flow(layout, 'Ad', 'Site')[0].role).toBe('branch');
        expect(flow(layout, 'Site', 'Pick')[0].role).toBe('next');
    });

    it('draws a loop back inside a stage beside the boxes, upwards, as a loop', async () => {
        const layout = await flowing();
        const [loop] = flow(layout, 'Pick', 'Ad');
        expect(loop.role).toBe('loop');
        expect(loop.end).toBeUndefined();
        expect(loop.points[0].y, 'leaves Pick at its bottom').toBe(box(layout, 'Pick').y + box(layout, 'Pick').height);
        expect(loop.points[loop.points.length - 1].y, 'enters Ad at its top').toBe(box(layout, 'Ad').y);
        checkGeometry(await journeyModel(FLOWING, 'Onboarding'), layout);
    });

    it('routes a flow to the next stage through the gap between the two columns', async () => {
        const layout = await flowing();
        const [hop] = flow(layout, 'Pick', 'Pay');
        const [browse, pay] = layout.stages;
        expect(hop.role).toBe('stage');
        expect(hop.end).toBeUndefined();
        const outside = hop.points.filter(point => point.x > browse.x + browse.width && point.x < pay.x);
        expect(outside.length, 'a vertical in the gap').toBe(2);
        expect(Math.max(...hop.points.map(point => point.y)), 'nothing under the columns').toBeLessThanOrEqual(browse.y + browse.height);
    });

    it('draws flows that skip a stage or go back as connector pairs labelled with the other end\'s titles', async () => {
        const layout = await flowing();
        const skip = flow(layout, 'Pick', 'Help');
        expect(skip.map(item => [item.end, item.role, item.label!.text.lines.join(' ')])).toEqual([
            ['source', 'stage', '\u2192 Keep \u00b7 Asks for help'],
            ['target', 'stage', '\u2190 Browse \u00b7 Picks a plan']
        ]);
        // Drawn stage by stage: the target half, in Browse, comes first.
        const back = flow(layout, 'Help', 'Ad').reverse();
        expect(back.map(item => [item.end, item.role])).toEqual([['source', 'loop'], ['target', 'loop']]);
        const [browse, , keep] = layout.stages;
        expect(back[0].label!.x, 'the source half in the source\'s stage').toBeGreaterThan(keep.x);
        expect(back[1].label!.x + back[1].label!.width, 'the target half in the target\'s stage').toBeLessThan(browse.x + browse.width);
        for (const item of layout.flows) {
            expect(Math.max(...item.points.map(point => point.y)), `${item.from} -> ${item.to}: no wire under the picture`).toBeLessThanOrEqual(browse.y + browse.height);
        }
    });

    it('lists in the legend only the flow styles the picture uses', async () => {
        expect((await flowing()).legend!.items.map(item => [item.role, item.label.lines.join(' ')])).toEqual([
            ['next', 'next'], ['branch', 'branch'], ['loop', 'loop back'], ['stage', 'other stage']
        ]);
        const plain = await layoutJourney(await journeyModel(journeyOf(stage('Only', `    touchpoint A "A"
    touchpoint B "B"`)), 'Onboarding'), stageLayouts());
        expect(plain.legend!.items.map(item => item.role)).toEqual(['next']);
        expect(plain.stages[0].y, 'stages start under the legend').toBeGreaterThan(plain.legend!.y + plain.legend!.height);
        const still = await layoutJourney(await journeyModel(journeyOf(stage('Only', '    touchpoint A "A"')), 'Onboarding'), stageLayouts());
        expect(still.legend, 'no flows, no legend').toBeUndefined();
    });
});

describe('a branch into the next stage', () => {
    it('is drawn as one split: the arms share their trunk and part only to enter their targets', async () => {
        const model = await journeyModel(journeyOf(
            stage('Get', '    touchpoint Card "Gets the card" via Web for Founder { -> App, Call }') +
            stage('Book', `    touchpoint App "Books in the app" via Web for Founder { -> Visit }
    touchpoint Call "Calls" via Web for Founder
    touchpoint Visit "Visits" via Web for Founder`)), 'Onboarding');
        const layout = await layoutJourney(model, stageLayouts());
        checkGeometry(model, layout);
        const [toApp, toCall] = ['App', 'Call'].map(to => layout.flows.find(flow => flow.from === 'Card' && flow.to === to)!.points);
        // The same exit and the same vertical in the gap: one wire up to the split.
        const shared = toApp.findIndex((point, i) => point.x !== toCall[i]?.x || point.y !== toCall[i]?.y);
        expect(shared).toBeGreaterThanOrEqual(3);
        expect(toApp[shared - 1].x).toBe(toCall[shared - 1].x);
        expect(toApp.at(-1)).not.toEqual(toCall.at(-1));
    });
});

