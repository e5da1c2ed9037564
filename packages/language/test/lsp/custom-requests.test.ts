/**
 * The custom requests of protocol.ts over a real stdio connection: the preview's picture
 * of the text the editor has (saved or not, untitled too), the exports and the semantic
 * diff, each the same as the `cjm` command that makes it from a file.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CancellationTokenSource, LSPErrorCodes } from 'vscode-languageserver-protocol';
import {
    DiagramRequest, DiffWithTextRequest, ExportMarkdownRequest, ExportMermaidRequest, type DiagramResult, type ElementKind
} from '../../src/protocol.js';
import { CLEAN_JOURNEY, EXAMPLES, TODAY, edit, stage, tempTree } from '../fixtures.js';
import { copyTree, LspSession, uriOf } from './lsp-client.js';
import { textIn } from './text-positions.js';

const CLI = path.resolve(EXAMPLES, '../packages/cli/bin/cjm.js');

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

async function start(root: string): Promise<LspSession> {
    session = await LspSession.start({ root });
    return session;
}

/** What `cjm ARGS` writes to standard output, run in `cwd` on the tests' "today". */
function cjm(cwd: string, ...args: string[]): string {
    try {
        return execFileSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CJM_TODAY: TODAY } });
    } catch (error) {
        // `cjm diff` exits 1 when the maps differ; its report is still the output.
        return (error as { stdout: string }).stdout;
    }
}

/** A copy of an example folder the test may change, with the server started on it. */
async function example(folder: string): Promise<{ root: string; server: LspSession }> {
    const root = copyTree(path.join(EXAMPLES, folder), tempTree({}));
    return { root, server: await start(root) };
}

function diagramOf(result: DiagramResult): Extract<DiagramResult, { kind: 'diagram' }> {
    if (result.kind !== 'diagram') {
        throw new Error(`expected a diagram, got ${JSON.stringify(result)}`);
    }
    return result;
}

/** Every element the SVG draws with an id: its kind (from its class) and id. */
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };

/** The clickable groups of a picture; a metric or question with the stage of the lane cell it is drawn in. */
function drawnElements(svg: string): Array<{ kind: ElementKind; id: string; stage?: string }> {
    let cell: string | undefined;
    return [...svg.matchAll(/class="cjm-(lane-cell|stage|touchpoint|barrier|opportunity|metric|question|emotion)" data-cjm-(?:id|touchpoint|stage)="([^"]*)"/g)]
        .flatMap(([, kind, escaped]) => {
            const id = escaped.replace(/&(amp|quot|lt|gt|#39);/g, entity => ENTITIES[entity]);
            if (kind === 'lane-cell') {
                cell = id;
                return [];
            }
            const inStage = kind === 'metric' || kind === 'question' ? { stage: cell } : {};
            return [{ kind: (kind === 'emotion' ? 'touchpoint' : kind) as ElementKind, id, ...inStage }];
        });
}

const TWO_JOURNEYS = `${CLEAN_JOURNEY}
journey Renewal "Renewal" {
${stage('Notice', '    touchpoint Reminder "Reminder email" via Web for Founder { emotion 0 }')}
}
`;

describe('cjm/diagram', () => {
    it('draws a file on disk byte for byte as cjm render does, in both themes', async () => {
        const { root, server } = await example('grocery-delivery');
        const file = path.join(root, 'current.cjm');
        await server.open(uriOf(file), fs.readFileSync(file, 'utf8'));
        const light = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri: uriOf(file) }));
        const dark = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri: uriOf(file), theme: 'dark' }));
        expect(light.svg).toBe(cjm(root, 'render', 'current.cjm'));
        expect(dark.svg).toBe(cjm(root, 'render', 'current.cjm', '--theme', 'dark'));
        expect(light.svg).not.toBe(dark.svg);
    });

    it('speaks the map\'s language, or the config\'s, and marks stale evidence, as cjm render does', async () => {
        const { root, server } = await example('russian-bank-card');
        const file = path.join(root, 'karta.cjm');
        // The first stage's evidence is old, so that its research is stale on the tests' today.
        fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8'), { 'date 2026-04-14': 'date 2024-04-14', 'date 2026-09-25 sample 640': 'date 2024-09-25 sample 640' }));
        await server.open(uriOf(file), fs.readFileSync(file, 'utf8'));
        const russian = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri: uriOf(file) })).svg;
        expect(russian).toContain('xml:lang="ru"');
        expect(russian).toContain('\u00b7 2024-09-25 (устарело)');
        expect(russian).toBe(cjm(root, 'render', 'karta.cjm'));

        await server.stop();
        fs.writeFileSync(path.join(root, 'cjm.config.json'), '{ "locale": "en" }');
        const english = await start(root);
        await english.open(uriOf(file), fs.readFileSync(file, 'utf8'));
        const svg = diagramOf(await english.connection.sendRequest(DiagramRequest, { uri: uriOf(file) })).svg;
        expect(svg).toContain('\u00b7 2024-09-25 (stale)');
        expect(svg).toBe(cjm(root, 'render', 'karta.cjm'));
    });

    it('draws the unsaved text: a touchpoint added in the editor is in the picture at once', async () => {
        const { root, server } = await example('.');
        const file = path.join(root, 'restaurant-visit.cjm');
        const uri = uriOf(file);
        const text = fs.readFileSync(file, 'utf8');
        await server.open(uri, text);
        expect(diagramOf(await server.connection.sendRequest(DiagramRequest, { uri })).svg).not.toContain('data-cjm-id="NEW"');
        await server.change(uri, edit(text, { '  stage Discover "Discover" {\n': '  stage Discover "Discover" {\n    touchpoint NEW "Added, not saved" via Phone\n' }));
        // No wait for diagnostics: the request itself waits for the new text's build.
        const { svg, sources } = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri }));
        expect(svg).toContain('<g class="cjm-touchpoint" data-cjm-id="NEW"');
        expect(sources.find(source => source.id === 'NEW')?.kind).toBe('touchpoint');
        expect(fs.readFileSync(file, 'utf8')).toBe(text);
    });

    it('does not draw text that does not parse: its syntax errors come back, placed as in the editor', async () => {
        const { root, server } = await example('.');
        const uri = uriOf(path.join(root, 'restaurant-visit.cjm'));
        const broken = edit(fs.readFileSync(path.join(root, 'restaurant-visit.cjm'), 'utf8'), { '    touchpoint MapSearch': '    touchpoint 42 MapSearch' });
        await server.open(uri, broken);
        const result = await server.connection.sendRequest(DiagramRequest, { uri });
        expect(result.kind).toBe('syntax-error');
        const published = (await server.diagnostics(uri)).filter(diagnostic => diagnostic.code === 'syntax');
        expect(result.kind === 'syntax-error' && result.errors).toEqual(published.map(({ message, range }) => ({ message, range })));
        expect(published.length).toBeGreaterThan(0);
        expect(textIn(broken, published[0].range)).toBe('42');
        expect(result.journeys).toEqual([{ id: 'RestaurantVisit', title: 'Olive & Ember: a dinner visit' }]);
    });

    it('lists the journeys of a file with several, draws the first by default and the one asked for', async () => {
        const root = tempTree({ 'map.cjm': TWO_JOURNEYS });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, TWO_JOURNEYS);
        const first = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri }));
        expect(first.journeys).toEqual([{ id: 'Onboarding', title: 'SaaS onboarding' }, { id: 'Renewal', title: 'Renewal' }]);
        expect(first.journey).toBe('Onboarding');
        const second = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri, journey: 'Renewal' }));
        expect(second.journey).toBe('Renewal');
        expect(second.svg).toContain('data-cjm-id="Reminder"');
        expect(second.svg).not.toContain('data-cjm-id="Landing"');
        expect(second.svg).toBe(cjm(root, 'render', 'map.cjm', '--journey', 'Renewal'));
        // A journey renamed away in the text falls back to the first rather than failing the preview.
        expect(diagramOf(await server.connection.sendRequest(DiagramRequest, { uri, journey: 'Gone' })).journey).toBe('Onboarding');
    });

    it('draws one persona\'s view when asked, the same picture as `cjm render --persona`, and lists the personas', async () => {
        const root = copyTree(EXAMPLES, tempTree({}));
        const server = await start(root);
        const file = path.join(root, 'corporate-health-insurance.cjm');
        const uri = uriOf(file);
        await server.open(uri, fs.readFileSync(file, 'utf8'));
        const whole = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri }));
        expect(whole.persona).toBeUndefined();
        expect(whole.personas).toEqual([
            { id: 'HRManager', title: 'HR manager', role: 'buyer' }, { id: 'Employee', title: 'Employee', role: 'user' },
            { id: 'Broker', title: 'Insurance broker', role: 'influencer' }
        ]);
        const employee = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri, persona: 'Employee' }));
        expect(employee.persona).toBe('Employee');
        expect(employee.svg).toContain('data-cjm-id="Visit"');
        expect(employee.svg).not.toContain('data-cjm-id="Contract"');
        expect(employee.svg).not.toContain('data-cjm-persona="HRManager"');
        expect(employee.svg).toBe(cjm(root, 'render', 'corporate-health-insurance.cjm', '--persona', 'Employee'));
        // A persona renamed away in the text draws the whole journey rather than failing the preview.
        expect(diagramOf(await server.connection.sendRequest(DiagramRequest, { uri, persona: 'Gone' })).svg).toBe(whole.svg);
    });

    it('gives every drawn element its declaration and its name, Cyrillic names included', async () => {
        const { root, server } = await example('russian-bank-card');
        const text = fs.readFileSync(path.join(root, 'karta.cjm'), 'utf8');
        const uri = uriOf(path.join(root, 'karta.cjm'));
        await server.open(uri, text);
        const { svg, sources } = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri }));
        const drawn = drawnElements(svg);
        expect(drawn.map(element => element.id)).toContain('Осведомлённость');
        expect(new Set(drawn.map(element => element.kind))).toEqual(new Set(['stage', 'touchpoint', 'barrier', 'opportunity', 'metric', 'question']));
        for (const element of drawn) {
            const source = sources.find(candidate => candidate.kind === element.kind && candidate.id === element.id && candidate.stage === element.stage);
            expect(source, `${element.kind} ${element.id}`).toBeDefined();
            // A question is named by its text, selected as the string it is written as.
            const written = element.kind === 'question' ? `"${element.id}"` : element.id;
            expect(textIn(text, source!.selection)).toBe(written);
            const declared = textIn(text, source!.range);
            const head = `${element.kind} ${written}`;
            expect(declared.startsWith(head), declared).toBe(true);
            expect(declared.slice(head.length), 'the whole name').not.toMatch(/^[\p{L}\p{M}\p{Nd}_]/u);
        }
        // Each source is drawn: the list holds nothing the picture lacks.
        const key = (element: { kind: string; id: string; stage?: string }) => `${element.kind} ${element.id} ${element.stage ?? ''}`;
        expect(new Set(sources.map(key))).toEqual(new Set(drawn.map(key)));
    });

    it('draws an untitled buffer, and answers no-journey for a file of shared personas and channels', async () => {
        const { root, server } = await example('workspace');
        const untitled = 'untitled:Untitled-1';
        await server.open(untitled, CLEAN_JOURNEY);
        const drawn = diagramOf(await server.connection.sendRequest(DiagramRequest, { uri: untitled }));
        expect(drawn.svg).toContain('data-cjm-id="Landing"');
        expect(await server.connection.sendRequest(ExportMermaidRequest, { uri: untitled })).toMatchObject({ kind: 'text', journey: 'Onboarding' });
        const shared = uriOf(path.join(root, 'shared.cjm'));
        await server.open(shared, fs.readFileSync(path.join(root, 'shared.cjm'), 'utf8'));
        expect(await server.connection.sendRequest(DiagramRequest, { uri: shared })).toEqual({ kind: 'no-journey', journeys: [] });
    });

    it('gives up a request the client cancels while the new text is built', async () => {
        const { root, server } = await example('.');
        const uri = uriOf(path.join(root, 'restaurant-visit.cjm'));
        const text = fs.readFileSync(path.join(root, 'restaurant-visit.cjm'), 'utf8');
        await server.open(uri, text);
        await server.change(uri, `${text}\n`);
        const cancel = new CancellationTokenSource();
        const request = server.connection.sendRequest(DiagramRequest, { uri }, cancel.token);
        cancel.cancel();
        await expect(request).rejects.toMatchObject({ code: LSPErrorCodes.RequestCancelled });
        // The server goes on answering.
        expect((await server.connection.sendRequest(DiagramRequest, { uri })).kind).toBe('diagram');
    });

    it('answers the same text with the same bytes', async () => {
        const { root, server } = await example('grocery-delivery');
        const uri = uriOf(path.join(root, 'future.cjm'));
        await server.open(uri, fs.readFileSync(path.join(root, 'future.cjm'), 'utf8'));
        const [a, b] = await Promise.all([1, 2].map(() => server.connection.sendRequest(DiagramRequest, { uri })));
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    });
});

describe('cjm/exportMarkdown and cjm/exportMermaid', () => {
    it('equal cjm export, the report with the same diagnostics', async () => {
        // A stage without a metric or research: the report has findings to list.
        const text = `${CLEAN_JOURNEY.replace(/\n}\n$/, '')}\n  stage Trial {\n    touchpoint Signup via Web\n  }\n}\n`;
        const root = tempTree({ 'maps/onboarding.cjm': text });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'maps/onboarding.cjm'));
        await server.open(uri, text);
        const markdown = await server.connection.sendRequest(ExportMarkdownRequest, { uri });
        const mermaid = await server.connection.sendRequest(ExportMermaidRequest, { uri, journey: 'Onboarding' });
        expect(markdown).toEqual({ kind: 'text', journey: 'Onboarding', text: cjm(root, 'export', 'maps/onboarding.cjm', '--format', 'markdown') });
        expect(mermaid).toEqual({ kind: 'text', journey: 'Onboarding', text: cjm(root, 'export', 'maps/onboarding.cjm', '--format', 'mermaid') });
        expect(markdown.kind === 'text' && markdown.text).toContain('| maps/onboarding.cjm | 17 | 9 | error | stage-needs-metric |');
    });

    it('say why there is nothing to export', async () => {
        const root = tempTree({ 'map.cjm': TWO_JOURNEYS });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, TWO_JOURNEYS);
        expect(await server.connection.sendRequest(ExportMermaidRequest, { uri, journey: 'Gone' }))
            .toEqual({ kind: 'error', message: 'map.cjm has no journey Gone; its journeys: Onboarding, Renewal' });
        await server.change(uri, 'journey {\n}\njourney Draft "Draft" {');
        expect(await server.connection.sendRequest(ExportMarkdownRequest, { uri })).toEqual({ kind: 'error', message: 'map.cjm has syntax errors; fix them to export it' });
        // The preview's picker still lists the journeys whose names were read.
        expect(await server.connection.sendRequest(DiagramRequest, { uri })).toMatchObject({ kind: 'syntax-error', journeys: [{ id: 'Draft', title: 'Draft' }] });
    });
});

describe('cjm/diffWithText', () => {
    it('compares the given old text with the unsaved text as cjm diff compares two files', async () => {
        const root = tempTree({ 'old.cjm': CLEAN_JOURNEY, 'map.cjm': CLEAN_JOURNEY });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN_JOURNEY);
        const unchanged = await server.connection.sendRequest(DiffWithTextRequest, { uri, oldText: CLEAN_JOURNEY, format: 'text' });
        expect(unchanged).toEqual({ kind: 'diff', text: '', changes: 0 });
        const added = edit(CLEAN_JOURNEY, { '{ emotion 1 }\n': '{ emotion 1 }\n    touchpoint Pricing "Pricing page" via Web\n' });
        await server.change(uri, added);
        fs.writeFileSync(path.join(root, 'new.cjm'), added);
        const text = await server.connection.sendRequest(DiffWithTextRequest, { uri, oldText: CLEAN_JOURNEY, format: 'text' });
        expect(text).toEqual({ kind: 'diff', text: cjm(root, 'diff', 'old.cjm', 'new.cjm'), changes: 1 });
        expect(text.kind === 'diff' && text.text).toContain('+ touchpoint «Pricing page» in «Awareness»: added');
        const labels = { old: 'old.cjm', new: 'new.cjm' };
        const markdown = await server.connection.sendRequest(DiffWithTextRequest, { uri, oldText: CLEAN_JOURNEY, format: 'markdown', labels });
        expect(markdown).toEqual({ kind: 'diff', text: cjm(root, 'diff', '--format', 'markdown', 'old.cjm', 'new.cjm'), changes: 1 });
        const json = await server.connection.sendRequest(DiffWithTextRequest, { uri, oldText: CLEAN_JOURNEY, format: 'json' });
        expect(json).toEqual({ kind: 'diff', text: cjm(root, 'diff', '--format', 'json', 'old.cjm', 'new.cjm'), changes: 1 });
        // The change drawn, as Compare with HEAD shows it beside the Markdown.
        const drawn = await server.connection.sendRequest(DiffWithTextRequest, { uri, oldText: CLEAN_JOURNEY, format: 'svg', theme: 'dark' });
        expect(drawn).toEqual({ kind: 'diff', text: cjm(root, 'diff', '--format', 'svg', '--theme', 'dark', 'old.cjm', 'new.cjm'), changes: 1 });
        expect(drawn.kind === 'diff' && drawn.text).toMatch(/<g data-cjm-change="added" class="cjm-touchpoint" data-cjm-id="Pricing"/);
    });

    it('names the side that does not parse, with its errors', async () => {
        const root = tempTree({ 'map.cjm': CLEAN_JOURNEY });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN_JOURNEY);
        const result = await server.connection.sendRequest(DiffWithTextRequest, { uri, oldText: 'journey {\n', format: 'text' });
        expect(result.kind).toBe('error');
        expect(result.kind === 'error' && result.message).toMatch(/^the old text has syntax errors:\n {2}line 1, column 9: .+\n(.+\n)*Fix them to compare\.$/);
    });
});
