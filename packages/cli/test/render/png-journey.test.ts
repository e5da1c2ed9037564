import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { measureText } from '@cjm/language';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePng, type Pixels } from '../png-pixels.js';
import { fixture, makeWorkspace, runCli } from '../run-cli.js';

// Journeys drawn by the built CLI, their text as glyph outlines: one titled in Chinese,
// Japanese, Korean and emoji (fallback faces read from the font files), and the Russian
// example (DejaVu Sans from the build-time table). Every label of a touchpoint or barrier
// box is drawn (no empty boxes) and stays inside the box the layout measured for it.

/** The PNG scale the CLI renders a small journey at (render/png.ts). */
const SCALE = 2;
/** The Russian example. */
const KARTA = path.resolve(import.meta.dirname, '../../../../examples/russian-bank-card/karta.cjm');
/** DejaVu Sans's ascender and descender per em: the line box the layout gives each line. */
const [ASCENT, DESCENT] = [1901 / 2048, 483 / 2048];
/** Anti-aliasing spills ink about a pixel past a glyph's outline. */
const TOLERANCE = 1;
/** Pixels of a box's border stroke and its anti-aliasing, left out of its inside. */
const BORDER = 4;
/** DejaVu Sans as the built CLI ships it. */
const DEJAVU = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(file => path.resolve(import.meta.dirname, '../../dist/fonts', file));

interface Run {
    text: string;
    x: number;
    baseline: number;
    fontSize: number;
    weight: 'normal' | 'bold';
    /** The fallback face the run is set in, if not DejaVu Sans. */
    family?: string;
}

interface Box {
    id: string;
    rect: { x: number; y: number; width: number; height: number; rx: number };
    fill: string;
    runs: Run[];
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const PARSER = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, htmlEntities: true });

function children(node: XmlNode): XmlNode[] {
    const name = Object.keys(node).find(key => key !== ':@')!;
    return node[name] as XmlNode[];
}

const nameOf = (node: XmlNode): string => Object.keys(node).find(key => key !== ':@')!;

/** The touchpoint and barrier groups of the SVG, with their rect and their text runs. */
function boxes(svg: string): Box[] {
    const found: Box[] = [];
    const visit = (node: XmlNode): void => {
        const attributes = node[':@'] ?? {};
        if (nameOf(node) === 'g' && /^cjm-(touchpoint|barrier)$/.test(attributes.class ?? '')) {
            const rectNode = children(node).find(child => nameOf(child) === 'rect')!;
            const rect = rectNode[':@']!;
            const runs = children(node).filter(child => nameOf(child) === 'text').flatMap(text => children(text)
                .filter(span => nameOf(span) === 'tspan')
                .map(span => {
                    const own = span[':@']!;
                    return {
                        text: children(span).map(part => String(part['#text'] ?? '')).join(''),
                        x: Number(own.x),
                        baseline: Number(own.y),
                        fontSize: Number(text[':@']!['font-size']),
                        weight: (own['font-weight'] ?? text[':@']!['font-weight'] ?? 'normal') as Run['weight'],
                        ...(own['font-family'] === undefined ? {} : { family: own['font-family'] })
                    };
                }));
            found.push({
                id: attributes['data-cjm-id'],
                rect: { x: Number(rect.x), y: Number(rect.y), width: Number(rect.width), height: Number(rect.height), rx: Number(rect.rx ?? 0) },
                fill: rect.fill,
                runs
            });
        }
        for (const child of children(node) ?? []) {
            if (typeof child === 'object' && nameOf(child) !== '#text') {
                visit(child);
            }
        }
    };
    for (const node of PARSER.parse(svg) as XmlNode[]) {
        visit(node);
    }
    return found;
}

/** The run's measured box in PNG pixels: its advance by its line box. */
function measuredBox(run: Run, scale = SCALE): { left: number; right: number; top: number; bottom: number } {
    return {
        left: run.x * scale,
        right: (run.x + measureText(run.text, run.fontSize, run.weight)) * scale,
        top: (run.baseline - ASCENT * run.fontSize) * scale,
        bottom: (run.baseline + DESCENT * run.fontSize) * scale
    };
}

function hex(colour: string): [number, number, number] {
    return [1, 3, 5].map(i => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

/** Whether the pixel differs visibly from the box's fill (text is dark on a light fill). */
function inkAt(png: Pixels, x: number, y: number, fill: [number, number, number]): boolean {
    const at = (y * png.width + x) * 4;
    return Math.abs(png.rgba[at] - fill[0]) + Math.abs(png.rgba[at + 1] - fill[1]) + Math.abs(png.rgba[at + 2] - fill[2]) > 60;
}

/** Up to ten pixels of ink inside the box but outside the measured boxes of its labels. */
function straysOutsideLabels(box: Box, png: Pixels, scale = SCALE): string[] {
    const fill = hex(box.fill);
    const measured = box.runs.map(run => measuredBox(run, scale));
    // The box's inside within its border, from where its text starts (left of it is
    // the emotion stripe), less the rounded corners.
    const left = Math.ceil(Math.min(...box.runs.map(run => run.x)) * scale);
    const right = Math.floor((box.rect.x + box.rect.width) * scale) - BORDER;
    const [top, bottom] = [Math.ceil(box.rect.y * scale) + BORDER, Math.floor((box.rect.y + box.rect.height) * scale) - BORDER];
    const corner = box.rect.rx * scale + BORDER;
    const inCorner = (x: number, y: number): boolean => x > right - corner && (y < top + corner || y > bottom - corner);
    const strays: string[] = [];
    for (let y = top; y <= bottom && strays.length < 10; y++) {
        for (let x = left; x <= right; x++) {
            const inside = inCorner(x, y) || measured.some(m => x >= m.left - TOLERANCE && x < m.right + TOLERANCE && y >= m.top - TOLERANCE && y < m.bottom + TOLERANCE);
            if (!inside && inkAt(png, x, y, fill)) {
                strays.push(`(${x}, ${y})`);
            }
        }
    }
    return strays.slice(0, 10);
}

/** How many pixels of ink the run's measured box holds. */
function inkIn(run: Run, png: Pixels, fill: [number, number, number], scale = SCALE): number {
    const m = measuredBox(run, scale);
    let drawn = 0;
    for (let y = Math.floor(m.top); y < Math.ceil(m.bottom); y++) {
        for (let x = Math.floor(m.left); x < Math.ceil(m.right); x++) {
            drawn += inkAt(png, x, y, fill) ? 1 : 0;
        }
    }
    return drawn;
}

describe('cjm render: a CJK and emoji journey as PNG', () => {
    let svg: string;
    let png: Pixels;

    beforeAll(async () => {
        const root = makeWorkspace({ 'order.cjm': fixture('scripts.cjm') });
        const [asSvg, asPng] = await Promise.all([
            runCli(['render', 'order.cjm'], { cwd: root }),
            runCli(['render', 'order.cjm', '-o', 'order.png'], { cwd: root })
        ]);
        expect(asSvg.code).toBe(0);
        // Every character has a font, so there is nothing to warn about.
        expect(asPng).toEqual({ code: 0, stdout: '', stderr: '' });
        svg = asSvg.stdout;
        png = decodePng(readFileSync(path.join(root, 'order.png')));
    });

    it('sets the CJK and emoji in the fallback fonts', () => {
        const families = new Set(boxes(svg).flatMap(box => box.runs.map(run => run.family)));
        expect(families).toEqual(new Set([undefined, "'Noto Sans SC', sans-serif", "'Noto Sans KR', sans-serif", "'Noto Emoji', sans-serif"]));
    });

    it('draws no ink in a box outside the measured boxes of its labels', () => {
        const found = boxes(svg);
        expect(found.map(box => box.id)).toEqual(['Menu', 'Pick', 'Checkout', 'SlowPay']);
        for (const box of found) {
            expect(straysOutsideLabels(box, png), `ink outside the labels of ${box.id}`).toEqual([]);
        }
    });

    it('draws each run in a fallback font as glyphs, not as the empty boxes of a font without them', () => {
        const found = boxes(svg);
        const runs = found.flatMap(box => box.runs.filter(run => run.family !== undefined).map(run => ({ run, fill: hex(box.fill) })));
        // The same runs set in DejaVu Sans alone, which has none of these characters.
        const tofu = new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="${png.width / SCALE}" height="${png.height / SCALE}">${runs.map(({ run }) =>
            `<text x="${run.x}" y="${run.baseline}" font-size="${run.fontSize}" font-weight="${run.weight}" xml:space="preserve">${run.text}</text>`).join('')}</svg>`, {
            font: { fontFiles: DEJAVU, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
            fitTo: { mode: 'zoom', value: SCALE }
        }).render();
        expect([tofu.width, tofu.height]).toEqual([png.width, png.height]);
        // Each read of `pixels` copies the whole image: read it once.
        const tofuAlpha = tofu.pixels;
        for (const { run, fill } of runs) {
            const m = measuredBox(run);
            let [drawn, differing] = [0, 0];
            for (let y = Math.floor(m.top); y < Math.ceil(m.bottom); y++) {
                for (let x = Math.floor(m.left); x < Math.ceil(m.right); x++) {
                    const ink = inkAt(png, x, y, fill);
                    drawn += ink ? 1 : 0;
                    differing += ink !== tofuAlpha[(y * tofu.width + x) * 4 + 3] > 96 ? 1 : 0;
                }
            }
            expect(drawn, `ink of ${run.text}`).toBeGreaterThan(0);
            expect(differing / drawn, `${run.text} drawn like empty boxes`).toBeGreaterThan(0.5);
        }
    });
});

describe('cjm render: the Russian example as PNG', () => {
    let svg: string;
    let png: Pixels;
    let scale: number;

    beforeAll(async () => {
        const root = makeWorkspace();
        const [asSvg, first, second] = await Promise.all([
            runCli(['render', KARTA]),
            runCli(['render', KARTA, '-o', path.join(root, 'first.png')]),
            runCli(['render', KARTA, '-o', path.join(root, 'second.png')])
        ]);
        expect(asSvg.code).toBe(0);
        expect([first, second]).toEqual([{ code: 0, stdout: '', stderr: '' }, { code: 0, stdout: '', stderr: '' }]);
        const bytes = readFileSync(path.join(root, 'first.png'));
        // Same input, same bytes.
        expect(bytes.equals(readFileSync(path.join(root, 'second.png')))).toBe(true);
        svg = asSvg.stdout;
        png = decodePng(bytes);
        scale = png.width / Number(/ width="([\d.]+)"/.exec(svg)![1]);
        // Three whole CLI runs: as long as a test may take.
    }, 30_000);

    it('draws every Cyrillic label of a box, and no ink in the box outside its labels', () => {
        const found = boxes(svg);
        const runs = found.flatMap(box => box.runs.map(run => ({ run, box })));
        expect(runs.filter(({ run }) => /[а-яё]/i.test(run.text)).length).toBeGreaterThan(20);
        expect(runs.every(({ run }) => run.family === undefined)).toBe(true);
        for (const { run, box } of runs) {
            expect(inkIn(run, png, hex(box.fill), scale), `ink of ${run.text}`).toBeGreaterThan(run.text.trim().length);
        }
        for (const box of found) {
            expect(straysOutsideLabels(box, png, scale), `ink outside the labels of ${box.id}`).toEqual([]);
        }
    });
});
