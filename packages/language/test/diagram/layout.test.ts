import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../src/diagram/layout.js';
import type { DiagramLayout, Point, Rect, TextBlock } from '../../src/diagram/diagram-layout.js';
import { measureText } from '../../src/diagram/text.js';
import type { JourneyModel } from '../../src/index.js';
import { crosses as crossesWithin, inside as insideWithin, onBorder as onBorderWithin, overlap as overlapWithin } from './rects.js';
import { EXAMPLES, filesUnder, generatedJourney, journeyModel, journeyModels, journeyOf, stage } from '../fixtures.js';

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
        const label = `${flow.from} -> ${flow.to}`;
        expect(flow.points.length, label).toBeGreaterThanOrEqual(2);
        expect(onBorder(flow.points[0], byName.get(flow.from)!), label).toBe(true);
        expect(onBorder(flow.points[flow.points.length - 1], byName.get(flow.to)!), label).toBe(true);
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
    expect(layout.flows.length).toBe(model.flows.filter(flow => known.has(flow.from) && known.has(flow.to)).length);
    const felt = model.stages.some(stage => stage.touchpoints.some(touchpoint => touchpoint.emotion !== undefined));
    expect(layout.emotionLane !== undefined, 'an emotion lane exactly when a touchpoint has an emotion').toBe(felt);
    const points = layout.emotionLane?.segments.flat() ?? [];
    points.forEach((point, i) => {
        const column = stageByName.get(byName.get(point.touchpoint)!.stage)!;
        expect(point.x, point.touchpoint).toBeGreaterThan(column.x);
        expect(point.x, point.touchpoint).toBeLessThan(column.x + column.width);
        expect(point.x, point.touchpoint).toBeGreaterThan(i === 0 ? 0 : points[i - 1].x);
        expect(inside({ ...point, width: 0, height: 0 }, layout.emotionLane!)).toBe(true);
    });
    for (const lane of layout.lanes) {
        expect(lane.cells.map(cell => cell.stage), `${lane.kind} lane`).toEqual(layout.stages.map(stage => stage.name));
        lane.cells.forEach((cell, i) => {
            expect(cell.x, `${lane.kind} cell under ${cell.stage}`).toBe(layout.stages[i].x);
            expect(inside(cell, lane), `${lane.kind} cell ${cell.stage} inside its lane`).toBe(true);
            cell.entries.forEach(entry => fits({ lines: entry.lines, fontSize: lane.fontSize, weight: 'normal' }, cell, layout.padding));
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
            const layout = layoutJourney(model);
            checkGeometry(model, layout);
            expect(layoutJourney(model)).toEqual(layout);
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
        expect(successors, 'a branching stage, laid out by ELK').toEqual(['T12', 'T13']);
        const layout = layoutJourney(model);
        expect(layout.links.length).toBeGreaterThan(10);
        const box = (name: string) => layout.touchpoints.find(touchpoint => touchpoint.name === name)!;
        expect(box('T1').x, 'a chain in one column').toBe(box('T2').x);
        checkGeometry(model, layout);
        expect(layout.touchpoints.some(touchpoint => /[а-я]/.test(touchpoint.title.lines.join(' ')))).toBe(true);
        expect(layoutJourney(model)).toEqual(layout);
    });

    it('lays out an empty stage, an unattached barrier, and a touchpoint named like its stage', async () => {
        const model = await journeyModel(journeyOf(
            stage('Empty', '') +
            stage('Pay', `    touchpoint Pay "Pays" via Web for Founder { emotion -1 -> Pay, Done }
    touchpoint Done "Done" { emotion 2 }
    barrier Fees "Hidden fees" severity high
    opportunity ShowFees "Show fees up front" resolves Fees`)), 'Onboarding');
        const layout = layoutJourney(model);
        checkGeometry(model, layout);
        expect(layout.barriers.map(barrier => [barrier.name, barrier.touchpoint])).toEqual([['Fees', undefined]]);
        expect(layout.emotionLane!.segments.flat().map(point => point.touchpoint)).toEqual(['Pay', 'Done']);
    });
});
