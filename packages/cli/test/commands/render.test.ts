import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HAS_TERMINAL, makeWorkspace, RESTAURANT, restaurantWorkspace, runCli, runCliInTerminal, twoJourneys } from '../run-cli.js';

/** The PNG scale the CLI renders at (render/png.ts). */
const PNG_SCALE = 2;

interface SvgRoot {
    viewBox: [number, number, number, number];
    width: number;
    height: number;
}

/** The root element's size, after checking that the text is well-formed XML with an <svg> root. */
function svgRoot(svg: string): SvgRoot {
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg as Record<string, string>;
    expect(root).toBeDefined();
    const viewBox = root.viewBox.trim().split(/[\s,]+/).map(Number) as SvgRoot['viewBox'];
    return { viewBox, width: Number(root.width ?? viewBox[2]), height: Number(root.height ?? viewBox[3]) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('cjm render: writes the picture', () => {
    it.concurrent('SVG on standard output without -o: well-formed, with a viewBox and the contract groups', async () => {
        const { code, stdout, stderr } = await runCli(['render', RESTAURANT]);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout.startsWith('<svg')).toBe(true);
        const { viewBox } = svgRoot(stdout);
        expect(viewBox[2]).toBeGreaterThan(0);
        expect(viewBox[3]).toBeGreaterThan(0);
        expect(stdout).toContain('class="cjm-stage"');
        expect(stdout).toContain('class="cjm-touchpoint"');
    });

    it.concurrent('--persona: the journey as one persona lives it, titled so; not with a folder', async () => {
        const health = path.resolve(path.dirname(RESTAURANT), 'corporate-health-insurance.cjm');
        const { code, stdout, stderr } = await runCli(['render', health, '--persona', 'HRManager']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        expect(stdout).toContain('View: HR manager');
        expect(stdout).toContain('data-cjm-id="Contract"');
        expect(stdout).not.toContain('data-cjm-id="Visit"');
        expect([...stdout.matchAll(/class="cjm-emotion" data-cjm-touchpoint="[^"]+" data-cjm-persona="([^"]+)"/g)].every(match => match[1] === 'HRManager')).toBe(true);
        const folder = await runCli(['render', path.dirname(RESTAURANT), '-o', makeWorkspace(), '--persona', 'HRManager']);
        expect(folder.code).toBe(2);
        expect(folder.stderr).toContain('--persona');
    });

    it.concurrent('the same picture every time', async () => {
        const [first, second] = await Promise.all([runCli(['render', RESTAURANT]), runCli(['render', RESTAURANT])]);
        expect(second.stdout).toBe(first.stdout);
    });

    it.concurrent.each([
        ['map.svg', 'svg'],
        ['map.png', 'png'],
        ['map.html', 'html'],
        ['map.HTM', 'html'],
        ['out/pictures/map.svg', 'svg']
    ])('-o %s writes %s, quietly (creating the folder)', async (out, format) => {
        const root = restaurantWorkspace();
        expect(await runCli(['render', 'visit.cjm', '-o', out], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(sniff(readFileSync(path.join(root, out)))).toBe(format);
    });

    it.concurrent.each([
        ['picture.out', 'png'],
        ['map.svg', 'html'],
        ['map.html', 'svg']
    ])('--format wins over the extension: -o %s --format %s', async (out, format) => {
        const root = restaurantWorkspace();
        expect(await runCli(['render', 'visit.cjm', '-o', out, '--format', format], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(sniff(readFileSync(path.join(root, out)))).toBe(format);
    });

    it.concurrent('HTML on standard output with --format html', async () => {
        const { code, stdout } = await runCli(['render', RESTAURANT, '--format', 'html']);
        expect(code).toBe(0);
        expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(stdout).toContain('<title>Olive &amp; Ember: a dinner visit</title>');
    });

    it.concurrent('PNG on standard output when it is not a terminal', async () => {
        const { code, stdout, stderr } = await runCli(['render', RESTAURANT, '--format', 'png']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        // Read as UTF-8 the signature's first byte is not a character; the rest is.
        expect(stdout.slice(1, 4)).toBe('PNG');
    });

    it.skipIf(!HAS_TERMINAL)('but not to a terminal (exit 2)', async () => {
        const { code, stdout } = await runCliInTerminal(['render', RESTAURANT, '--format', 'png']);
        expect(code).toBe(2);
        expect(stdout).toBe('cjm: a PNG is not for the terminal: write it with -o OUT.png, or redirect standard output\r\n');
    });

    it.concurrent('the PNG of a picture within the pixel budget is the SVG at twice its size, with the same aspect ratio', async () => {
        // A small journey: the restaurant's picture is past 16 million pixels at twice its size, so it gets fewer per unit.
        const root = makeWorkspace({ 'visit.cjm': twoJourneys() });
        await runCli(['render', 'visit.cjm', '--journey', 'Renewal', '-o', 'map.svg'], { cwd: root });
        await runCli(['render', 'visit.cjm', '--journey', 'Renewal', '-o', 'map.png'], { cwd: root });
        const svg = svgRoot(readFileSync(path.join(root, 'map.svg'), 'utf8'));
        const png = pngSize(readFileSync(path.join(root, 'map.png')));
        // resvg rounds a fractional size to whole pixels, up or down.
        expect(Math.abs(png.width - svg.width * PNG_SCALE)).toBeLessThan(1);
        expect(Math.abs(png.height - svg.height * PNG_SCALE)).toBeLessThan(1);
        expect(png.width / png.height).toBeCloseTo(svg.viewBox[2] / svg.viewBox[3], 2);
    });

    it.concurrent('--scale and --width ask for another PNG size, the aspect ratio kept', async () => {
        const root = restaurantWorkspace();
        await runCli(['render', 'visit.cjm', '-o', 'map.svg'], { cwd: root });
        const svg = svgRoot(readFileSync(path.join(root, 'map.svg'), 'utf8'));
        const runs = await Promise.all([['--scale', '0.5', '-o', 'half.png'], ['--width', '640', '-o', 'narrow.png']]
            .map(extra => runCli(['render', 'visit.cjm', ...extra], { cwd: root })));
        expect(runs.map(run => [run.code, run.stderr])).toEqual([[0, ''], [0, '']]);
        const half = pngSize(readFileSync(path.join(root, 'half.png')));
        expect(Math.abs(half.width - svg.width / 2)).toBeLessThan(1);
        const narrow = pngSize(readFileSync(path.join(root, 'narrow.png')));
        expect(narrow.width).toBe(640);
        expect(narrow.width / narrow.height).toBeCloseTo(svg.width / svg.height, 1);
    });

    it.concurrent('--scale and --width are for a PNG, one at a time, and positive (exit 2)', async () => {
        const runs = await Promise.all([
            ['--scale', '2'], ['--format', 'png', '--scale', '2', '--width', '800'], ['--format', 'png', '--scale', '0'], ['--format', 'png', '--width', 'wide']
        ].map(extra => runCli(['render', RESTAURANT, ...extra])));
        expect(runs.map(run => run.code)).toEqual([2, 2, 2, 2]);
        expect(runs[0].stderr).toBe('cjm: --scale and --width size a PNG; this picture is svg\n');
        expect(runs[1].stderr).toBe('cjm: --scale and --width both set the size of the PNG: give one of them\n');
        expect(runs[2].stderr).toContain('It must be a positive number.');
        expect(runs[3].stderr).toContain('It must be a positive number.');
    });

    it.concurrent('--theme dark draws another picture of the same size', async () => {
        const [light, dark] = await Promise.all([runCli(['render', RESTAURANT]), runCli(['render', RESTAURANT, '--theme', 'dark'])]);
        expect(dark.code).toBe(0);
        expect(dark.stdout).not.toBe(light.stdout);
        expect(svgRoot(dark.stdout)).toEqual(svgRoot(light.stdout));
    });

    it.concurrent('--journey picks one of several journeys', async () => {
        const root = makeWorkspace({ 'two.cjm': twoJourneys() });
        const { code, stdout } = await runCli(['render', 'two.cjm', '--journey', 'Renewal'], { cwd: root });
        expect(code).toBe(0);
        expect(stdout).toContain('data-cjm-id="Reminder"');
        expect(stdout).not.toContain('data-cjm-id="Landing"');
    });

    it.concurrent('a map with lint errors still renders, and stderr says how many and how to see them; only syntax stops it', async () => {
        const { code, stdout, stderr } = await runCli(['render', 'broken.cjm']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: 'cjm: broken.cjm has 6 lint errors; the picture was written anyway (see them with: cjm lint broken.cjm)\n' });
        svgRoot(stdout);
    });

    it.concurrent('other .cjm files of the folder are read, and their syntax errors do not matter', async () => {
        const root = makeWorkspace({ 'maps/journey.cjm': twoJourneys().replace(/^persona .*$/m, ''), 'maps/people.cjm': 'persona Founder "Early-stage founder"\n', 'maps/draft.cjm': 'journey {' });
        const { code, stdout, stderr } = await runCli(['render', 'maps/journey.cjm', '--journey', 'Onboarding'], { cwd: root });
        expect(code).toBe(0);
        // The map has lint errors (twoJourneys() leaves two): written anyway, and said so.
        expect(stderr).toMatch(/^cjm: \S+ has 2 lint errors; the picture was written anyway/);
        // The persona, declared in the other file, is named by its title there.
        expect(stdout).toContain('Persona: Early-stage founder');
    });
});

describe('cjm render of a map with duplicate names', () => {
    it.concurrent('draws both declarations, and says on stderr that the map has errors', async () => {
        const root = makeWorkspace({ 'dup.cjm': 'journey J "Checkout" {\n  stage Pay "Pay" {\n    touchpoint Card "Enters the card"\n    touchpoint Card "Enters it again"\n  }\n}\n' });
        const { code, stdout, stderr } = await runCli(['render', 'dup.cjm'], { cwd: root });
        expect(code).toBe(0);
        expect(stdout.match(/<g class="cjm-touchpoint" data-cjm-id="Card"/g)).toHaveLength(2);
        expect(stdout).toContain('Enters the card');
        expect(stdout).toContain('Enters it again');
        expect(stderr).toMatch(/^cjm: dup\.cjm has \d+ lint errors; the picture was written anyway \(see them with: cjm lint dup\.cjm\)\n$/);
        expect((await runCli(['lint', 'dup.cjm'], { cwd: root })).stdout).toContain('duplicate-name');
    });
});

describe('cjm render: what it cannot use exits 2', () => {
    it.concurrent('several journeys and no --journey: the message lists them', async () => {
        const root = makeWorkspace({ 'two.cjm': twoJourneys() });
        expect(await runCli(['render', 'two.cjm'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: two.cjm declares 2 journeys; choose one with --journey: Onboarding, Renewal\n'
        });
    });

    it.concurrent('an unknown --journey: the message lists the journeys', async () => {
        const root = makeWorkspace({ 'two.cjm': twoJourneys() });
        expect(await runCli(['render', 'two.cjm', '--journey', 'Churn'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: two.cjm has no journey Churn; its journeys: Onboarding, Renewal\n'
        });
    });

    it.concurrent('a file without journeys', async () => {
        const root = makeWorkspace({ 'people.cjm': 'persona Founder "Early-stage founder"\n' });
        expect(await runCli(['render', 'people.cjm'], { cwd: root })).toEqual({ code: 2, stdout: '', stderr: 'cjm: people.cjm declares no journey\n' });
    });

    it.concurrent('a missing file', async () => {
        expect(await runCli(['render', 'nowhere.cjm'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: no such file or folder: nowhere.cjm\n' });
    });

    it.concurrent('a folder without -o', async () => {
        expect(await runCli(['render', 'workspace'])).toEqual({
            code: 2, stdout: '', stderr: 'cjm: workspace is a folder: name an output folder with -o OUTDIR (each journey is drawn to OUTDIR/JOURNEY-ID.svg)\n'
        });
    });

    it.concurrent('a folder with --journey', async () => {
        expect(await runCli(['render', 'workspace', '-o', 'out', '--journey', 'Onboarding'])).toEqual({
            code: 2, stdout: '', stderr: 'cjm: --journey picks one journey of a file; a folder draws all of them\n'
        });
    });

    it.concurrent('--watch without -o', async () => {
        expect(await runCli(['render', 'clean.cjm', '--watch'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: --watch draws again on every save: name the output with -o OUT\n' });
    });

    it.concurrent('no file at all', async () => {
        expect(await runCli(['render'])).toEqual({ code: 2, stdout: '', stderr: 'cjm: missing required argument \'path\'\n' });
    });

    it.concurrent('a file with syntax errors: they are listed as lint lists them, and nothing is written', async () => {
        const root = makeWorkspace({ 'bad.cjm': 'journey Broken "Broken" {\n  stage S "S" {\n    touchpoint\n  }\n}\n' });
        const { code, stdout, stderr } = await runCli(['render', 'bad.cjm', '-o', 'bad.svg'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^bad\.cjm\n {2}\d+:\d+ {2}error {2}.+ {2}syntax\n/);
        expect(stderr).toMatch(/\n\u2716 \d+ problems? \(\d+ errors?, 0 warnings\)\ncjm: bad\.cjm has syntax errors; fix them to render it\n$/);
        expect(() => readFileSync(path.join(root, 'bad.svg'))).toThrow();
    });

    it.concurrent('an output name whose extension names no format, without --format', async () => {
        const root = restaurantWorkspace();
        expect(await runCli(['render', 'visit.cjm', '-o', 'map.jpg'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: cannot tell the format from the name map.jpg: use .svg, .png, .html or .htm, or --format svg|png|html\n'
        });
    });

    it.concurrent('an unknown format or theme', async () => {
        const format = await runCli(['render', RESTAURANT, '--format', 'pdf']);
        expect(format).toEqual({ code: 2, stdout: '', stderr: 'cjm: option \'--format <format>\' argument \'pdf\' is invalid. Allowed choices are svg, png, html.\n' });
        const theme = await runCli(['render', RESTAURANT, '--theme', 'sepia']);
        expect(theme).toEqual({ code: 2, stdout: '', stderr: 'cjm: option \'--theme <theme>\' argument \'sepia\' is invalid. Allowed choices are light, dark.\n' });
    });

    it.concurrent('an output that cannot be written', async () => {
        const root = makeWorkspace({ 'visit.cjm': readFileSync(RESTAURANT, 'utf8'), 'taken/': '' });
        expect(await runCli(['render', 'visit.cjm', '-o', 'taken'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: cannot tell the format from the name taken: use .svg, .png, .html or .htm, or --format svg|png|html\n'
        });
        expect(await runCli(['render', 'visit.cjm', '-o', 'taken', '--format', 'svg'], { cwd: root })).toEqual({
            code: 2,
            stdout: '',
            stderr: 'cjm: cannot write taken: it is a folder\n'
        });
    });
});

/** Which of the three formats these bytes are. */
function sniff(bytes: Buffer): string {
    if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
        return 'png';
    }
    const text = bytes.toString('utf8');
    if (text.startsWith('<!DOCTYPE html>')) {
        return 'html';
    }
    return text.startsWith('<svg') && XMLValidator.validate(text) === true ? 'svg' : 'unknown';
}
