/**
 * diagram.md's "Contract for tests", checked on the rendered SVG alone: every example
 * journey and generated journeys of 20, 200 and 500 touchpoints with Cyrillic names are
 * rendered, read back with svg-contract.ts and held to each clause. Each check lists the
 * elements that break it, so a failure names them.
 */
import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import type { JourneyModel } from '../../src/index.js';
import { CLEAN_JOURNEY, EXAMPLES, edit, filesUnder, generatedJourney, journeyModel, journeyModels, stageLayouts } from '../fixtures.js';
import { inside as insideWithin, onBorder as onBorderWithin, overlap as overlapWithin } from './rects.js';
import { lineLeft, lineText, lineWidth, readSvg, wellFormedProblems, type SvgBox, type SvgContractView, type SvgPoint, type SvgRect } from './svg-contract.js';

/** Coordinates are written with 2 decimals, so edges may disagree by rounding. */
const TOLERANCE = 0.01 + 1e-9;

const inside = (inner: SvgRect, outer: SvgRect): boolean => insideWithin(inner, outer, TOLERANCE);
const overlap = (a: SvgRect, b: SvgRect): boolean => overlapWithin(a, b, TOLERANCE);
const onBorder = (p: SvgPoint, r: SvgRect): boolean => onBorderWithin(p, r, TOLERANCE);

const show = (r: SvgRect | SvgPoint): string => JSON.stringify(r);

/** Model touchpoints drawn as flows' ends; flows to names that did not resolve are not drawn. */
function drawnFlows(model: JourneyModel): string[] {
    const known = new Set(model.stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.name)));
    return model.flows.filter(flow => known.has(flow.from) && known.has(flow.to)).map(flow => `${flow.from} -> ${flow.to}`);
}

/** Each model name drawn by exactly one group with a rect, and no group for anything else. */
function oneGroupEach(kind: string, names: readonly string[], groups: readonly SvgBox[]): string[] {
    const problems = names.flatMap(name => {
        const count = groups.filter(group => group.id === name).length;
        return count === 1 ? [] : [`${kind} ${name}: ${count} groups`];
    });
    const known = new Set(names);
    return [...problems,
        ...groups.filter(group => !known.has(group.id)).map(group => `${kind} group '${group.id}' is not in the model`),
        ...groups.filter(group => !group.rect).map(group => `${kind} ${group.id} has no <rect>`)];
}

function sortedNames(values: string[]): string[] {
    return [...values].sort();
}

interface Rendered {
    model: JourneyModel;
    svg: string;
    view: SvgContractView;
}

interface Case {
    name: string;
    model: () => Promise<JourneyModel>;
}

/** The generated journey with every name Cyrillic too (titles already mix both scripts). */
function cyrillicJourney(touchpoints: number): string {
    const names: Record<string, string> = { T: 'Точка', B: 'Барьер', O: 'Возможность', S: 'Этап', M: 'Метрика' };
    return generatedJourney(touchpoints).replace(/\b([TBOSM])(\d+)\b/g, (_, kind: string, n: string) => names[kind] + n);
}

/** The generated journey with what the customer does and thinks at every third touchpoint, for the lanes. */
function journeyWithLanes(touchpoints: number): string {
    return generatedJourney(touchpoints).replace(/(touchpoint T(\d+) [^{]*\{)/g, (whole, head: string, n: string) => Number(n) % 3 === 0
        ? `${head} action "Сравнивает тарифы и звонит в поддержку ${n}" thought "Why does this take so long? ${n}"` : whole);
}

/** The generated journey with CJK and emoji in every title: labels of several font runs. */
function cjkJourney(touchpoints: number): string {
    return generatedJourney(touchpoints).replace(/^(\s*(?:stage|touchpoint|barrier|opportunity|metric) \S+ ")/gm, '$1注文 한국어 🧾👨\u200d👩\u200d👧 ');
}

/**
 * One stage too large for ELK (placed in a column by plain code), with a loop back, a jump
 * ahead, a flow to and from the next stage, a barrier and a metric: 1,600 touchpoints.
 */
function oneLargeStage(): string {
    const touchpoints = Array.from({ length: 1600 }, (_, i) => {
        const arrows = i === 800 ? ' { -> T10, T801 }' : i === 900 ? ' { -> T1200 }' : i === 1599 ? ' { -> N0 }' : '';
        return `    touchpoint T${i} "Step ${i}"${arrows}\n`;
    }).join('');
    return `journey Long "One long stage" {
  stage Big "Big" {
${touchpoints}    barrier Slow "Slow" at T5 severity high
    metric Done "Steps done" { baseline 1 target 2 }
  }
  stage Next "Next" {
    touchpoint N0 "Next step" { -> T1500 }
  }
}
`;
}

async function onlyModel(text: string): Promise<JourneyModel> {
    const models = Object.values(await journeyModels(text));
    expect(models).toHaveLength(1);
    return models[0];
}

const exampleFiles = Object.fromEntries(filesUnder(EXAMPLES, '.cjm').map(file => [file.slice(EXAMPLES.length + 1), fs.readFileSync(file, 'utf8')]));
const exampleModels = Object.values(await journeyModels(exampleFiles));

const CASES: Case[] = [
    ...exampleModels.map(model => ({ name: `example ${model.name}`, model: async () => model })),
    ...[20, 200, 500].map(n => ({ name: `generated journey of ${n} touchpoints, Cyrillic names`, model: () => onlyModel(cyrillicJourney(n)) })),
    { name: 'generated journey of 200 touchpoints with actions and thoughts', model: () => onlyModel(journeyWithLanes(200)) },
    { name: 'generated journey of 20 touchpoints, CJK and emoji titles', model: () => onlyModel(cjkJourney(20)) },
    { name: 'one stage of 1,600 touchpoints, too many for ELK', model: () => onlyModel(oneLargeStage()) }
];

it('renders every example journey (more than one per file in examples/ is fine)', () => {
    expect(exampleModels.length).toBeGreaterThan(3);
});

for (const testCase of CASES) {
    describe(`the SVG of ${testCase.name}`, () => {
        // Rendered once, by the first test, which therefore carries the rendering time.
        let rendered: Promise<Rendered> | undefined;
        const render = (): Promise<Rendered> => rendered ??= (async () => {
            const model = await testCase.model();
            const svg = await renderJourneySvg(model, stageLayouts(), {});
            return { model, svg, view: readSvg(svg) };
        })();

        it('is well-formed XML with a viewBox', async () => {
            const { svg, view } = await render();
            expect(wellFormedProblems(svg)).toEqual([]);
            expect(view.viewBox, 'viewBox').toBeDefined();
            expect(view.viewBox!.width > 0 && view.viewBox!.height > 0, `viewBox ${show(view.viewBox!)}`).toBe(true);
        });

        it('has no script, event attribute, external reference, or transform on a contract group or its ancestors', async () => {
            expect((await render()).view.forbidden).toEqual([]);
        });

        it('draws one stage group per stage, left to right in declaration order, without overlap', async () => {
            const { model, view } = await render();
            expect(view.stages.map(stage => stage.id)).toEqual(model.stages.map(stage => stage.name));
            const problems = oneGroupEach('stage', model.stages.map(stage => stage.name), view.stages);
            view.stages.forEach((stage, i) => {
                const previous = view.stages[i - 1];
                if (previous?.rect && stage.rect && stage.rect.x <= previous.rect.x) {
                    problems.push(`stage ${stage.id} (x ${stage.rect.x}) is not right of stage ${previous.id} (x ${previous.rect.x})`);
                }
                for (const other of view.stages.slice(0, i)) {
                    if (stage.rect && other.rect && overlap(stage.rect, other.rect)) {
                        problems.push(`stage ${other.id} ${show(other.rect)} overlaps stage ${stage.id} ${show(stage.rect)}`);
                    }
                }
            });
            expect(problems).toEqual([]);
        });

        it('draws every touchpoint once, inside its stage', async () => {
            const { model, view } = await render();
            const touchpoints = model.stages.flatMap(stage => stage.touchpoints);
            const problems = oneGroupEach('touchpoint', touchpoints.map(touchpoint => touchpoint.name), view.touchpoints);
            const stageRects = new Map(view.stages.map(stage => [stage.id, stage.rect]));
            for (const touchpoint of touchpoints) {
                const group = view.touchpoints.find(candidate => candidate.id === touchpoint.name);
                const stageRect = stageRects.get(touchpoint.stage);
                if (group?.stageId !== undefined && group.stageId !== touchpoint.stage) {
                    problems.push(`touchpoint ${touchpoint.name} is nested in stage ${group.stageId}, not ${touchpoint.stage}`);
                }
                if (group?.rect && stageRect && !inside(group.rect, stageRect)) {
                    problems.push(`touchpoint ${touchpoint.name} ${show(group.rect)} is not inside stage ${touchpoint.stage} ${show(stageRect)}`);
                }
            }
            expect(problems).toEqual([]);
        });

        it('draws every barrier once, in its stage group when groups nest', async () => {
            const { model, view } = await render();
            const barriers = model.stages.flatMap(stage => stage.barriers);
            const problems = oneGroupEach('barrier', barriers.map(barrier => barrier.name), view.barriers);
            for (const barrier of barriers) {
                const group = view.barriers.find(candidate => candidate.id === barrier.name);
                if (group?.stageId !== undefined && group.stageId !== barrier.stage) {
                    problems.push(`barrier ${barrier.name} is nested in stage ${group.stageId}, not ${barrier.stage}`);
                }
            }
            expect(problems).toEqual([]);
        });

        it('keeps every touchpoint and barrier box clear of every other', async () => {
            const { view } = await render();
            const boxes = [...view.touchpoints, ...view.barriers].filter(box => box.rect).sort((a, b) => a.rect!.x - b.rect!.x);
            const problems: string[] = [];
            // Sorted by left edge, so only boxes starting before this one's right edge can meet it.
            boxes.forEach((box, i) => {
                for (let j = i + 1; j < boxes.length && boxes[j].rect!.x < box.rect!.x + box.rect!.width; j++) {
                    if (overlap(box.rect!, boxes[j].rect!)) {
                        problems.push(`${box.kind} ${box.id} ${show(box.rect!)} overlaps ${boxes[j].kind} ${boxes[j].id} ${show(boxes[j].rect!)}`);
                    }
                }
            });
            expect(problems).toEqual([]);
        });

        it('draws the lanes under the stages, clear of every box and of each other, a cell per stage under its column', async () => {
            const { model, view } = await render();
            // Every case has metrics and research, so a reader that finds no lane cannot pass.
            expect(view.lanes.length, 'lanes drawn').toBeGreaterThan(0);
            const problems: string[] = [];
            const columns = [...view.stages, ...view.touchpoints, ...view.barriers].filter(box => box.rect);
            const stageRects = new Map(view.stages.map(stage => [stage.id, stage.rect]));
            view.lanes.forEach((lane, i) => {
                if (!lane.rect) {
                    problems.push(`lane ${lane.id} has no <rect>`);
                    return;
                }
                problems.push(...columns.filter(box => overlap(box.rect!, lane.rect!)).map(box => `lane ${lane.id} ${show(lane.rect!)} overlaps ${box.kind} ${box.id} ${show(box.rect!)}`));
                problems.push(...view.lanes.slice(0, i).filter(other => other.rect && overlap(other.rect, lane.rect!)).map(other => `lane ${lane.id} overlaps lane ${other.id}`));
                const cells = view.cells.filter(cell => cell.laneId === lane.id);
                if (lane.id !== 'emotion' && cells.map(cell => cell.id).join() !== model.stages.map(stage => stage.name).join()) {
                    problems.push(`lane ${lane.id} has cells ${cells.map(cell => cell.id).join()}, not one per stage`);
                }
                // The lane's own texts (its title, the emotion scale) stand in the gutter before the first stage.
                const firstStage = Math.min(...view.stages.map(stage => stage.rect!.x));
                for (const line of view.texts.filter(text => text.owner?.kind === 'lane' && text.owner.id === lane.id)) {
                    if (lineLeft(line) + lineWidth(line) > firstStage + TOLERANCE) {
                        problems.push(`lane ${lane.id}: ${JSON.stringify(lineText(line))} reaches x ${(lineLeft(line) + lineWidth(line)).toFixed(2)}, past the first stage at ${firstStage}`);
                    }
                }
                for (const cell of cells) {
                    const column = stageRects.get(cell.id);
                    if (!cell.rect || !inside(cell.rect, lane.rect) || !column || Math.abs(cell.rect.x - column.x) > TOLERANCE || Math.abs(cell.rect.width - column.width) > TOLERANCE) {
                        problems.push(`cell ${lane.id}/${cell.id} ${JSON.stringify(cell.rect)} is not inside its lane under its stage ${JSON.stringify(column)}`);
                    }
                }
            });
            expect(problems).toEqual([]);
        });

        it('draws every flow as an orthogonal path from its source\'s border to its target\'s border, or as a connector pair', async () => {
            const { model, view } = await render();
            // A connector pair is one flow: its source half and its target half.
            const names = (end?: string): string[] => sortedNames(view.flows.filter(flow => flow.end === end).map(flow => `${flow.from} -> ${flow.to}`));
            expect(names('target')).toEqual(names('source'));
            expect(sortedNames([...names(), ...names('source')])).toEqual(sortedNames(drawnFlows(model)));
            const rects = new Map(view.touchpoints.map(touchpoint => [touchpoint.id, touchpoint.rect]));
            const problems: string[] = [];
            for (const flow of view.flows) {
                const name = `flow ${flow.from} -> ${flow.to}${flow.end ? ` (${flow.end} end)` : ''}`;
                const points = flow.points ?? [];
                if (flow.pathError || points.length < 2) {
                    problems.push(`${name}: ${flow.pathError ?? `${points.length} points`}`);
                    continue;
                }
                const [first, last] = [points[0], points[points.length - 1]];
                const [source, target] = [rects.get(flow.from), rects.get(flow.to)];
                if (flow.end !== 'target' && source && !onBorder(first, source)) {
                    problems.push(`${name} starts at ${show(first)}, not on ${flow.from}'s border ${show(source)}`);
                }
                if (flow.end !== 'source' && target && !onBorder(last, target)) {
                    problems.push(`${name} ends at ${show(last)}, not on ${flow.to}'s border ${show(target)}`);
                }
                // A connector's other end is its label, which names the touchpoint at the far end.
                if (flow.end !== undefined) {
                    const far = flow.end === 'source' ? last : first;
                    if (!flow.label || !onBorder(far, flow.label)) {
                        problems.push(`${name} does not reach its label ${flow.label ? show(flow.label) : '(none)'} at ${show(far)}`);
                    }
                }
                points.slice(1).forEach((b, i) => {
                    const a = points[i];
                    if (Math.abs(a.x - b.x) > TOLERANCE && Math.abs(a.y - b.y) > TOLERANCE) {
                        problems.push(`${name} segment ${i + 1} ${show(a)} to ${show(b)} is diagonal`);
                    }
                });
            }
            expect(problems).toEqual([]);
        });

        it('fits every connector label\'s text into its label box', async () => {
            const { view } = await render();
            const problems: string[] = [];
            for (const flow of view.flows.filter(item => item.end !== undefined)) {
                const owner = `${flow.from} -> ${flow.to} (${flow.end})`;
                const lines = view.texts.filter(line => line.owner?.kind === 'flow' && line.owner.id === owner);
                if (lines.length === 0 || !flow.label) {
                    problems.push(`connector ${owner} has no label text or box`);
                }
                for (const line of lines) {
                    const [left, width, box] = [lineLeft(line), lineWidth(line), flow.label!];
                    if (left < box.x - TOLERANCE || left + width > box.x + box.width + TOLERANCE || line.y < box.y || line.y > box.y + box.height) {
                        problems.push(`connector ${owner}: line ${JSON.stringify(lineText(line))} leaves its box ${show(box)}`);
                    }
                }
            }
            expect(problems).toEqual([]);
        });

        it('fits every text line of a stage, touchpoint, barrier, lane or lane cell into its box, measured in its font', async () => {
            const { view } = await render();
            const boxes = [...view.stages, ...view.touchpoints, ...view.barriers, ...view.lanes];
            const rects = new Map([...boxes, ...view.cells.map(cell => ({ ...cell, id: `${cell.laneId}/${cell.id}` }))].map(box => [`${box.kind} ${box.id}`, box.rect]));
            // Every box shows at least its title (a lane cell may be empty), so a reader that finds no text cannot pass.
            const problems = boxes.map(box => `${box.kind} ${box.id}`).filter(owner => !view.texts.some(line => line.owner && `${line.owner.kind} ${line.owner.id}` === owner))
                .map(owner => `${owner} has no text`);
            for (const line of view.texts.filter(text => text.owner && text.owner.kind !== 'flow')) {
                const owner = `${line.owner!.kind} ${line.owner!.id}`;
                const rect = rects.get(owner);
                const [left, width] = [lineLeft(line), lineWidth(line)];
                const what = `${owner}: line ${JSON.stringify(lineText(line))}`;
                if (!rect) {
                    continue;
                } else if (!Number.isFinite(width)) {
                    problems.push(`${what} has no px font-size`);
                } else if (left < rect.x - TOLERANCE || left + width > rect.x + rect.width + TOLERANCE) {
                    problems.push(`${what} spans x ${left.toFixed(2)}..${(left + width).toFixed(2)}, box ${rect.x}..${rect.x + rect.width}`);
                } else if (line.y < rect.y - TOLERANCE || line.y > rect.y + rect.height + TOLERANCE) {
                    problems.push(`${what} has its baseline at y ${line.y}, box ${rect.y}..${rect.y + rect.height}`);
                }
            }
            expect(problems).toEqual([]);
        });

        it('fits the whole picture into the viewBox', async () => {
            const { view } = await render();
            const box = view.viewBox!;
            expect(view.extents.filter(extent => !inside(extent.rect, box)).map(extent => `${extent.element} ${show(extent.rect)}`)).toEqual([]);
        });

        it('is byte-identical when rendered again, ELK included', async () => {
            const { model, svg } = await render();
            expect(await renderJourneySvg(model, stageLayouts(), {}) === svg).toBe(true);
        });
    });
}

describe('the SVG of a journey whose texts look like markup', () => {
    it('escapes them: well-formed, no script element, and the text reads back unchanged', async () => {
        const title = `<script>alert('x')</script> & ]]> "quoted"`;
        const model = await journeyModel(edit(CLEAN_JOURNEY, {
            '"Landing page"': JSON.stringify(title), '"SaaS onboarding"': '"Q&A <b>onboarding</b>"'
        }), 'Onboarding');
        const svg = await renderJourneySvg(model, stageLayouts(), {});
        expect(wellFormedProblems(svg)).toEqual([]);
        const view = readSvg(svg);
        expect(view.forbidden).toEqual([]);
        // Compared without white space: the title is wider than its box, so it wraps, inside words too.
        const landing = view.texts.filter(line => line.owner?.kind === 'touchpoint' && line.owner.id === 'Landing').map(lineText);
        expect(landing.join('').replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
    });
});

describe('the contract reader (svg-contract.ts)', () => {
    // Guards the checks above against passing vacuously: the reader must see what they test.
    it('reports scripts, event attributes, external references and transforms above contract groups', () => {
        const view = readSvg(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><style>@import url(http://x/a.css);</style>
<g transform="translate(1 0)"><g class="cjm-stage" data-cjm-id="S" onclick="x()"><rect x="0" y="0" width="50" height="50" fill="url(#grad)"/></g></g>
<script>alert(1)</script><image href="http://x/y.png"/></svg>`);
        expect(view.forbidden).toEqual([
            'external reference in <style>: "@import url(http://x/a.css);"',
            'event attribute onclick on <g class="cjm-stage" data-cjm-id="S">',
            'transform on <g>',
            '<script> element <script>',
            'reference href="http://x/y.png" on <image>'
        ]);
    });

    it('reads nested groups, positioned tspans with inherited fonts and anchors, and path vertices', () => {
        const view = readSvg(`<svg viewBox="0 0 100 50"><g class="cjm-stage" data-cjm-id="S"><rect x="0" y="0" width="50" height="50"/>
<g class="cjm-touchpoint" data-cjm-id="T"><rect x="5" y="5" width="20" height="10"/>
<text font-size="10" text-anchor="middle">
<tspan x="15" y="12" font-weight="bold">A &amp; B&#160;</tspan></text></g></g>
<g class="cjm-flow" data-cjm-from="T" data-cjm-to="T"><path d="M 5 5 V 0 h 20 L 25 5"/><path d="M 0 0 L 1 1"/></g></svg>`);
        expect(view.touchpoints).toEqual([{ kind: 'touchpoint', id: 'T', stageId: 'S', rect: { x: 5, y: 5, width: 20, height: 10 } }]);
        expect(view.texts).toEqual([{
            x: 15, y: 12, anchor: 'middle', owner: { kind: 'touchpoint', id: 'T' }, runs: [{ text: 'A & B\u00a0', fontSize: 10, weight: 'bold' }]
        }]);
        expect(view.flows).toEqual([{ from: 'T', to: 'T', points: [{ x: 5, y: 5 }, { x: 5, y: 0 }, { x: 25, y: 0 }, { x: 25, y: 5 }] }]);
    });

    it('finds what the XML validator lets through: a raw < in an attribute, a bare &, and ]]> in text', () => {
        expect(wellFormedProblems('<svg x="<"/>')).toEqual([expect.stringContaining("raw '<' in an attribute value")]);
        expect(wellFormedProblems('<svg>a &bogus; b</svg>')).toEqual([expect.stringContaining("'&' that starts no character reference")]);
        expect(wellFormedProblems('<svg>a ]]> b</svg>')).toEqual([expect.stringContaining("']]>' in text")]);
        expect(wellFormedProblems('<svg x="&lt;">a &amp; &#xe9; ]]&gt;<![CDATA[ & ]]><!-- & --></svg>')).toEqual([]);
    });
});
