import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { onTestFinished } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import {
    StageLayouts, ast, buildDocuments, buildMapModel, createCjmServices, loadElk, parseConfig, type ConfigProvider, type BuiltDocument, type CjmServices, type ElkEngine, type JourneyModel, type MapModel, type SourceText
} from '../src/index.js';

export const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** The example workspace (examples/workspace) as one file: the shared personas and channels, then both journeys. */
export const WORKSPACE_AS_ONE_FILE = ['shared.cjm', 'onboarding.cjm', 'renewal.cjm']
    .map(name => fs.readFileSync(path.join(EXAMPLES, 'workspace', name), 'utf8')).join('\n');

/** The "today" every test lints against, so stale-evidence stays reproducible. */
export const TODAY = '2026-11-23';

export interface LintOptions {
    /** cjm.config.json text applied to every file. */
    config?: string;
    today?: string;
}

/** A linted workspace: its documents, in the order given, and the services that built them. */
export interface LintedWorkspace {
    services: CjmServices;
    documents: BuiltDocument[];
}

/**
 * Lints texts as one workspace: `files` maps a file name to its text. Paths are under a
 * folder that does not exist, so no cjm.config.json is found unless `options.config` gives one.
 */
export async function lintWorkspace(files: Record<string, string>, options: LintOptions = {}): Promise<LintedWorkspace> {
    const sources = Object.entries(files).map(([name, text]) => ({ path: path.resolve('/workspace', name), text }));
    return buildWorkspace(sources, options);
}

/** Lints texts as one workspace and returns the built documents in the same order. */
export async function lintFiles(files: Record<string, string>, options: LintOptions = {}): Promise<BuiltDocument[]> {
    return (await lintWorkspace(files, options)).documents;
}

/** Lints one text and returns its built document (AST, parse result and diagnostics). */
export async function lintDocument(text: string, options: LintOptions = {}): Promise<BuiltDocument> {
    const [document] = await lintFiles({ 'map.cjm': text }, options);
    return document;
}

/** Lints one text and returns its diagnostics. */
export async function lint(text: string, options: LintOptions = {}): Promise<Diagnostic[]> {
    return (await lintDocument(text, options)).diagnostics;
}

/**
 * Lints real files as one workspace, as the CLI does: each file gets the nearest
 * cjm.config.json above it on disk.
 */
export async function lintPaths(paths: readonly string[], options: Pick<LintOptions, 'today'> = {}): Promise<BuiltDocument[]> {
    return (await buildWorkspace(paths.map(file => ({ path: file, text: fs.readFileSync(file, 'utf8') })), options)).documents;
}

/**
 * One set of services per test file: building the parser is the slow part of a fresh set
 * (about 40 ms), so each lint reuses it and only removes the documents of the one before,
 * as the language server does when files are deleted.
 */
let shared: ReturnType<typeof createCjmServices> | undefined;

async function buildWorkspace(sources: SourceText[], options: LintOptions): Promise<LintedWorkspace> {
    // The disk only for config files: the texts come from the caller.
    shared ??= createCjmServices(NodeFileSystem);
    const services = shared;
    const previous = services.shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
    await services.shared.workspace.DocumentBuilder.update([], previous);
    const configs = services.Cjm.config.ConfigProvider;
    configs.reset();
    configs.setToday(options.today ?? TODAY);
    if (options.config !== undefined) {
        const config = parseConfig(options.config, 'cjm.config.json');
        configs.configFor = () => config;
        configs.configOrDefault = () => config;
    } else {
        // Back to the prototype's methods: the nearest cjm.config.json on disk, if any.
        delete (configs as Partial<ConfigProvider>).configFor;
        delete (configs as Partial<ConfigProvider>).configOrDefault;
    }
    return { services: services.Cjm, documents: await buildDocuments(services, sources) };
}

/**
 * The journey models of a linted text (or workspace), by journey name, as every feature
 * reads them: from the JourneyModels service.
 */
export async function journeyModels(files: string | Record<string, string>, options: LintOptions = {}): Promise<Record<string, JourneyModel>> {
    const { services, documents } = await lintWorkspace(typeof files === 'string' ? { 'map.cjm': files } : files, options);
    const journeys = documents.flatMap(({ document }) => AstUtils.streamAllContents(document.parseResult.value).filter(ast.isJourney).toArray());
    return Object.fromEntries(journeys.map(journey => [journey.name, services.model.JourneyModels.get(journey)]));
}

/** The model of the one journey named `name` in a text. */
export async function journeyModel(text: string, name: string, options: LintOptions = {}): Promise<JourneyModel> {
    const model = (await journeyModels(text, options))[name];
    if (!model) {
        throw new Error(`No journey named '${name}' in the text.`);
    }
    return model;
}

/**
 * The map model of one text (`map.cjm` of `files`, or the text), as `cjm diff` reads
 * each side: its top-level personas and channels and its journeys' models.
 */
export async function mapModel(files: string | Record<string, string>, options: LintOptions = {}): Promise<MapModel> {
    const { services, documents: [document] } = await lintWorkspace(typeof files === 'string' ? { 'map.cjm': files } : files, options);
    return buildMapModel(document.document.parseResult.value, journey => services.model.JourneyModels.get(journey));
}

/** The rule ids of diagnostics, in order. */
export function rules(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

/**
 * Diagnostics of one rule, with the text each one points at. Positions count from after
 * a byte order mark, as editors show them.
 */
export function findings(text: string, diagnostics: readonly Diagnostic[], rule: string): string[] {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    return diagnostics.filter(diagnostic => diagnostic.code === rule).map(({ range: { start, end } }) =>
        start.line === end.line ? lines[start.line].slice(start.character, end.character) : `${lines[start.line].slice(start.character)}…`);
}

/**
 * Replaces parts of a text, `{ from: to }`. Each `from` must occur exactly once, so that a
 * test that means to break one thing never silently edits nothing, or two things.
 */
export function edit(text: string, replacements: Record<string, string>): string {
    return Object.entries(replacements).reduce((result, [from, to]) => {
        const count = result.split(from).length - 1;
        if (count !== 1) {
            throw new Error(`edit: '${from}' occurs ${count} times in the text, not once.`);
        }
        return result.replace(from, () => to);
    }, text);
}

/**
 * Writes files (relative path to text) under a fresh temporary folder, removed when the
 * test ends; returns the folder.
 */
export function tempTree(files: Record<string, string>): string {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-test-')));
    onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
    for (const [name, text] of Object.entries(files)) {
        const file = path.join(root, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
    }
    return root;
}

/** Every file under a folder whose name ends with `extension`, sorted. */
export function filesUnder(folder: string, extension: string): string[] {
    return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith(extension))
        .map(name => path.join(folder, name))
        .sort();
}

/**
 * A journey that lints clean; tests break one thing in it at a time with `edit`.
 */
export const CLEAN_JOURNEY = `persona Founder "Early-stage founder"
channel Web "Website" online

journey Onboarding "SaaS onboarding" {
  objective "Raise trial-to-paid conversion from 4% to 8%"
  problem "Teams cannot see value before the trial ends"
  target Founder
  reviewed 2026-10-01

  stage Awareness "Awareness" {
    touchpoint Landing "Landing page" via Web for Founder { emotion 1 }
    metric Visits "Landing visits" { baseline 100 target 200 actual 150 measured 2026-09-30 }
    question "Where do founders hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12
    }
  }
}
`;

/**
 * A stage that lints clean, for journeys that need more than one: `stage(name, body)`
 * wraps the touchpoints (or other members) in a stage with a metric and an answered question.
 */
export function stage(name: string, members: string): string {
    return `  stage ${name} {
${members}
    metric ${name}Metric { target 1 }
    question "Why?" { answer "Because" source interview date 2026-09-12 }
  }
`;
}

/** A clean journey around the given stages (use `stage`); Founder and Web are declared. */
export function journeyOf(stages: string): string {
    return `persona Founder "Early-stage founder"
channel Web "Website" online

journey Onboarding {
  objective "Raise trial-to-paid conversion"
  problem "Teams cannot see value before the trial ends"
  target Founder
${stages}}
`;
}

/**
 * A generated journey of `touchpoints` touchpoints in stages of `perStage`, with Latin and
 * Cyrillic titles, channels, personas, emotions with gaps, barriers, opportunities, metrics,
 * questions, and explicit arrows (forward, back, cross-stage and self-loops).
 */
export function generatedJourney(touchpoints: number, perStage = 10): string {
    const out = ['persona Founder "Early-stage founder"', 'persona Buyer "Покупатель из отдела закупок"',
        'channel Web "Website" online', 'channel Office "Офис продаж" offline', '', 'journey Generated "Сгенерированный путь: generated journey" {',
        '  objective "Проверить раскладку большой карты"', '  problem "Many boxes must not overlap"', '  target Founder, Buyer'];
    const stages = Math.ceil(touchpoints / perStage);
    let n = 0;
    for (let s = 0; s < stages; s++) {
        out.push(`  stage S${s} "${s % 2 === 0 ? 'Этап' : 'Stage'} ${s}: ${s % 3 === 0 ? 'выбор и оформление заявки' : 'use'}" {`);
        for (let t = 0; t < perStage && n < touchpoints; t++, n++) {
            const title = n % 3 === 0 ? `Клиент заполняет длинную анкету номер ${n} в отделении` : n % 3 === 1 ? `Step ${n}` : `Opens the pricing page and compares plans ${n}`;
            const emotion = n % 7 === 3 ? '' : ` emotion ${(n % 5) - 2}`;
            const arrows = n % 23 === 11 && n + 2 < touchpoints ? ` -> T${n + 1}, T${n + 2}` : n % 11 === 5 && n + 13 < touchpoints ? ` -> T${n + 13}, T${n + 1}` : n % 17 === 9 && n > 4 ? ` -> T${n - 4}` : n % 29 === 7 ? ` -> T${n}` : '';
            out.push(`    touchpoint T${n} "${title}" via ${n % 2 === 0 ? 'Web' : 'Web, Office'} for ${n % 4 === 0 ? 'Founder, Buyer' : 'Founder'} {${emotion}${arrows} }`);
            if (n % 6 === 2) {
                out.push(`    barrier B${n} "Долгое ожидание ответа оператора ${n}" at T${n} severity ${['low', 'medium', 'high', 'critical'][n % 4]}`);
                out.push(`    opportunity O${n} "Callback within five minutes ${n}" resolves B${n}`);
            }
        }
        out.push(`    metric M${s} "Conversion ${s}" { baseline 10% target 20% actual ${s % 2 === 0 ? 25 : 12}% }`);
        out.push(`    question "Почему клиенты уходят на этапе ${s}?" { answer "Long forms" source interview date 2026-09-12 }`);
        out.push('  }');
    }
    out.push('}', '');
    return out.join('\n');
}

/** The journey models of every example, read as one workspace as the CLI reads the folder. */
export async function exampleJourneyModels(): Promise<JourneyModel[]> {
    const files = Object.fromEntries(filesUnder(EXAMPLES, '.cjm').map(file => [path.relative(EXAMPLES, file), fs.readFileSync(file, 'utf8')]));
    return Object.values(await journeyModels(files));
}

let elk: ElkEngine | undefined;

/** Fresh stage layouts for the diagram: an empty cache, so a render through it lays out every stage (ELK is loaded once). */
export function stageLayouts(capacity?: number): StageLayouts {
    return new StageLayouts(() => elk ??= loadElk(), capacity);
}
