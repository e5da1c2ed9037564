import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { legendWord } from '../../src/diagram/flow-legend.js';
import { ROLE_ORDER } from '../../src/diagram/flow-kinds.js';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { THEMES, THEME_NAMES } from '../../src/diagram/theme.js';
import type { Locale } from '../../src/locale/locale.js';
import { messagesFor } from '../../src/locale/messages.js';
import type { JourneyModel } from '../../src/index.js';
import { EXAMPLES, filesUnder, generatedJourney, journeyModel, journeyModels, stageLayouts } from '../fixtures.js';

const layouts = stageLayouts();

interface Element {
    name: string;
    attributes: Record<string, string>;
    children: (Element | string)[];
}

const PARSER = new XMLParser({
    preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false,
    trimValues: false, htmlEntities: true,
    processEntities: { enabled: true, maxTotalExpansions: Infinity, maxExpandedLength: Infinity, maxEntityCount: Infinity }
});

function toElements(nodes: unknown[]): (Element | string)[] {
    return nodes.map(node => {
        const record = node as Record<string, unknown>;
        const name = Object.keys(record).find(key => key !== ':@')!;
        if (name === '#text') {
            return String(record[name]);
        }
        return { name, attributes: (record[':@'] ?? {}) as Record<string, string>, children: toElements(record[name] as unknown[]) };
    });
}

/** The root `<svg>` element of a well-formed SVG. */
function parse(svg: string): Element {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = toElements(PARSER.parse(svg) as unknown[]).filter((node): node is Element => typeof node !== 'string');
    expect(root.map(element => element.name)).toEqual(['svg']);
    return root[0];
}

function descendants(element: Element): Element[] {
    return element.children.flatMap(child => typeof child === 'string' ? [] : [child, ...descendants(child)]);
}

function textContent(element: Element): string {
    return element.children.map(child => typeof child === 'string' ? child : textContent(child)).join('');
}

/** Text of a group without the whitespace that wrapping removes or puts at line breaks. */
function squashed(text: string): string {
    return text.replace(/\s+/g, '');
}

function groups(root: Element, kind: string): Element[] {
    return descendants(root).filter(element => element.name === 'g' && element.attributes.class === `cjm-${kind}`);
}

function firstChild(group: Element, name: string): Element | undefined {
    return group.children.find((child): child is Element => typeof child !== 'string' && child.name === name);
}

const NUMBER = '-?\\d+(?:\\.\\d{1,2})?';
const POLYLINE = new RegExp(`^M ${NUMBER} ${NUMBER}(?: L ${NUMBER} ${NUMBER})+$`);

/** Checks the contract groups of diagram.md against the model, and their shapes' syntax. */
function checkGroups(root: Element, model: JourneyModel): void {
    const ids = (kind: string): string[] => groups(root, kind).map(group => group.attributes['data-cjm-id']).sort();
    const stages = model.stages;
    expect(ids('stage')).toEqual(stages.map(stage => stage.name).sort());
    expect(ids('touchpoint')).toEqual(stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.name)).sort());
    expect(ids('barrier')).toEqual(stages.flatMap(stage => stage.barriers.map(barrier => barrier.name)).sort());
    expect(ids('opportunity')).toEqual(stages.flatMap(stage => stage.opportunities.map(opportunity => opportunity.name)).sort());
    // A connector pair is one flow drawn as two groups, one at each end.
    const flows = (end?: string): string[] => groups(root, 'flow').filter(group => group.attributes['data-cjm-end'] === end)
        .map(group => `${group.attributes['data-cjm-from']} -> ${group.attributes['data-cjm-to']}`).sort();
    expect(flows('target')).toEqual(flows('source'));
    expect([...flows(), ...flows('source')].sort()).toEqual(model.flows.map(flow => `${flow.from} -> ${flow.to}`).sort());
    for (const kind of ['stage', 'touchpoint', 'barrier', 'opportunity']) {
        for (const group of groups(root, kind)) {
            const rect = firstChild(group, 'rect')!;
            for (const key of ['x', 'y', 'width', 'height']) {
                expect(rect.attributes[key], `${kind} ${group.attributes['data-cjm-id']} ${key}`).toMatch(new RegExp(`^${NUMBER}$`));
            }
        }
    }
    for (const group of [...groups(root, 'flow'), ...groups(root, 'link')]) {
        expect(firstChild(group, 'path')!.attributes.d).toMatch(POLYLINE);
    }
}

/** Scripts, event attributes, references and transforms: none may appear anywhere. */
function forbidden(root: Element): string[] {
    return [root, ...descendants(root)].flatMap(element => [
        ...(['script', 'foreignObject', 'use', 'image', 'a', 'style'].includes(element.name) ? [`<${element.name}>`] : []),
        ...Object.entries(element.attributes)
            .filter(([key, value]) => /^on/i.test(key) || /href$/i.test(key) || key === 'transform' || key === 'style' || /url\(/i.test(value))
            .map(([key]) => `${element.name} ${key}`)
    ]);
}

describe('renderSvg on the examples', () => {
    let models: JourneyModel[] = [];

    beforeAll(async () => {
        const files = Object.fromEntries(filesUnder(EXAMPLES, '.cjm').map(file => [path.relative(EXAMPLES, file), fs.readFileSync(file, 'utf8')]));
        models = Object.values(await journeyModels(files));
        expect(models.length).toBeGreaterThan(4);
    });

    it('draws every stage, touchpoint, barrier, opportunity and flow as its contract group, in both themes', async () => {
        for (const model of models) {
            for (const theme of THEME_NAMES) {
                const root = parse(await renderJourneySvg(model, layouts, { theme }));
                checkGroups(root, model);
                expect(forbidden(root), model.name).toEqual([]);
            }
        }
    });

    it('has a viewBox and size, and names the journey in its title', async () => {
        const model = models.find(item => item.name === 'RestaurantVisit')!;
        const root = parse(await renderJourneySvg(model, layouts));
        expect(root.attributes.viewBox).toMatch(new RegExp(`^0 0 ${NUMBER} ${NUMBER}$`));
        expect(root.attributes.viewBox).toBe(`0 0 ${root.attributes.width} ${root.attributes.height}`);
        expect(root.attributes.role).toBe('img');
        expect(textContent(firstChild(root, 'title')!)).toBe('Olive & Ember: a dinner visit');
    });

    it('gives byte-identical output for the same model', async () => {
        for (const model of models) {
            expect(await renderJourneySvg(model, stageLayouts(), { theme: 'dark' })).toBe(await renderJourneySvg(model, stageLayouts(), { theme: 'dark' }));
        }
    });

    it('writes numbers compactly: at most two decimals, never -0', async () => {
        const svg = await renderJourneySvg(models[0], layouts);
        const numbers = [...svg.matchAll(/(?<=[" ])-?\d+\.\d+(?=[" ])/g)].map(match => match[0]);
        expect(numbers.length).toBeGreaterThan(0);
        expect(numbers.filter(text => !/^-?\d+\.\d?[1-9]$/.test(text))).toEqual([]);
        expect(svg).not.toMatch(/[" ]-0[" ]/);
    });

    it('renders the two themes differently, each on its own background', async () => {
        const model = models[0];
        const svgs = await Promise.all(THEME_NAMES.map(theme => renderJourneySvg(model, layouts, { theme })));
        expect(new Set(svgs).size).toBe(THEME_NAMES.length);
        THEME_NAMES.forEach((theme, i) => {
            const background = firstChild(parse(svgs[i]), 'rect')!;
            expect(background.attributes.fill).toBe(THEMES[theme].background);
        });
    });

    it('draws a legend naming the flow styles the picture uses, and no others', async () => {
        for (const model of models) {
            const root = parse(await renderJourneySvg(model, layouts));
            const used = new Set(groups(root, 'flow').map(group => group.attributes['data-cjm-role']));
            const legend = squashed(textContent(groups(root, 'legend')[0]));
            const words = messagesFor(root.attributes['xml:lang'] as Locale).diagram.legend;
            for (const role of ROLE_ORDER) {
                expect(legend.includes(squashed(legendWord(role, words))), `${model.name}: ${role}`).toBe(used.has(role));
            }
        }
    });

    it('colours each touchpoint\'s emotion mark and leaves touchpoints without emotion unmarked', async () => {
        const model = models.find(item => item.name === 'RestaurantVisit')!;
        const root = parse(await renderJourneySvg(model, layouts));
        const touchpoints = model.stages.flatMap(stage => stage.touchpoints);
        for (const group of groups(root, 'touchpoint')) {
            const touchpoint = touchpoints.find(item => item.name === group.attributes['data-cjm-id'])!;
            expect(group.attributes['data-cjm-emotion']).toBe(touchpoint.emotion === undefined ? undefined : String(touchpoint.emotion));
        }
        // One point per persona's emotion at a touchpoint (diagram.md's contract).
        const points = descendants(root).filter(element => element.attributes.class === 'cjm-emotion')
            .map(point => `${point.attributes['data-cjm-touchpoint']}/${point.attributes['data-cjm-persona'] ?? ''}`);
        expect(points.sort()).toEqual(touchpoints.flatMap(item => item.emotions.map(felt => `${item.name}/${felt.persona ?? ''}`)).sort());
    });
});

const HOSTILE = [
    '</svg><script>alert(1)</script>',
    'Quote " and apostrophe \' together',
    '&amp; and & and &lt; and &#39;',
    'javascript:alert(1) <img src=x onerror=alert(1)>',
    ']]> <![CDATA[ x ]]> <!-- c -->',
    'Клиент «ждёт» ответа',
    'Emoji 😀 and 👩‍💻 too'
];

/** A .cjm STRING for `text`: backslashes and quotes escaped, as the grammar's STRING reads them. */
function cjmString(text: string): string {
    return `"${text.replace(/[\\"]/g, ch => `\\${ch}`)}"`;
}

function hostileJourney(title: string, controls: string): string {
    return `persona Клиент ${cjmString(title)}
channel Сайт ${cjmString(title)} online

journey Hostile ${cjmString(`${title}${controls}`)} {
  objective ${cjmString(title)}
  stage Этап ${cjmString(title)} {
    touchpoint Шаг ${cjmString(`${title}${controls}`)} via Сайт for Клиент { emotion -2 }
    touchpoint Next ${cjmString(title)} { emotion 2 -> Шаг }
    barrier Барьер ${cjmString(title)} at Шаг severity critical
    opportunity Идея ${cjmString(title)} resolves Барьер
  }
}
`;
}

describe('renderSvg with hostile text', () => {
    for (const title of HOSTILE) {
        it(`draws ${JSON.stringify(title)} as text`, async () => {
            // Controls XML 1.0 forbids (and a lone surrogate, U+FFFE) are dropped; tab and DEL are allowed.
            const model = await journeyModel(hostileJourney(title, '\u0001\u0008\u000b\u001b\ud800\ufffe\u007f'), 'Hostile');
            const svg = await renderJourneySvg(model, layouts);
            const root = parse(svg);
            expect(forbidden(root)).toEqual([]);
            checkGroups(root, model);
            // The `<title>` is the journey's title as written, less what XML cannot hold.
            expect(textContent(firstChild(root, 'title')!)).toBe(`${title}\u007f`);
            for (const kind of ['stage', 'touchpoint', 'barrier', 'opportunity']) {
                for (const group of groups(root, kind)) {
                    expect(squashed(textContent(group)), `${kind} ${group.attributes['data-cjm-id']}`).toContain(squashed(title));
                }
            }
            expect(groups(root, 'stage')[0].attributes['data-cjm-id']).toBe('Этап');
            expect(groups(root, 'flow').map(group => group.attributes['data-cjm-to'])).toContain('Шаг');
        });
    }
});

describe('renderSvg on a large journey', () => {
    it('draws a large generated journey, Cyrillic and loops included, well-formed', async () => {
        const model = Object.values(await journeyModels(generatedJourney(60)))[0];
        const root = parse(await renderJourneySvg(model, layouts, { theme: 'dark' }));
        checkGroups(root, model);
    });
});
