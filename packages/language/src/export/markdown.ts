/**
 * The journey as a Markdown report for a wiki or a repository (cli.md), for readers who
 * never open the map: the brief, the personas, the channels, the Mermaid picture (GitHub
 * draws it), per stage what happens there, then the coverage table and the diagnostics,
 * all in the map's language. Pure: the caller lints and chooses the language.
 */
import type { Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import type { EvidenceClock } from '../model/evidence.js';
import type { ChannelModel, JourneyModel, PersonaAttributeKind, PersonaModel, StageModel } from '../model/journey-model.js';
import { stageSection } from './markdown-stage.js';
import { fenced, field, label, list, md, table } from './markdown-text.js';
import { exportMermaid } from './mermaid.js';
import { dated, reportContext, titles, type ReportContext } from './report-context.js';

/** A lint finding as the report shows it; the CLI maps its lint results to this. */
export interface ExportDiagnostic {
    file: string;
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
    severity: 'error' | 'warning' | 'info';
    rule: string;
    message: string;
}

export interface MarkdownOptions {
    /** The report's own words: chosen as the picture's are (locale/locale.ts). */
    locale: Locale;
    /** "Today" and the age limit of stale-evidence; without it no date is marked stale. */
    evidence?: EvidenceClock;
}

export function exportMarkdown(model: JourneyModel, diagnostics: readonly ExportDiagnostic[], options: MarkdownOptions): string {
    const messages = messagesFor(options.locale);
    const context = reportContext(model, messages.report, messages.diagram, options.evidence);
    const { headings } = context.words;
    const blocks = [
        `# ${md(label(model))}`,
        `## ${headings.brief}\n\n${brief(model, context)}`,
        ...(model.personas.length === 0 ? [] : [`## ${headings.personas}\n\n${model.personas.map(persona => personaSection(persona, context)).join('\n\n')}`]),
        ...(model.channels.length === 0 ? [] : [`## ${headings.channels}\n\n${channelTable(model.channels, context)}`]),
        `## ${headings.diagram}\n\n${fenced('mermaid', exportMermaid(model, options.locale))}`,
        ...model.stages.map(stage => stageSection(stage, model.flows, context)),
        `## ${headings.coverage}\n\n${coverage(model.stages, context)}`,
        `## ${headings.diagnostics}\n\n${diagnostics.length === 0 ? md(context.words.diagnostics.none) : diagnosticTable(diagnostics, context)}`
    ];
    return `${blocks.join('\n\n')}\n`;
}

/** The journey's brief as labelled fields, each only where the map gives it. */
function brief(model: JourneyModel, context: ReportContext): string {
    const words = context.words.brief;
    const fields: [string, string | undefined][] = [
        [words.journey, md(model.name)],
        [words.product, optional(model.product)],
        [words.state, md(context.words.state[model.state])],
        [words.objective, optional(model.objective)],
        [words.problem, optional(model.problem)],
        [words.targets, model.targets.length === 0 ? undefined : model.targets.map(name => withRole(name, model, context)).join(', ')],
        [words.view, model.persona === undefined ? undefined : titles([model.persona], context.titles.persona)],
        [words.owner, optional(model.owner)],
        [words.reviewed, model.reviewed === undefined ? undefined : dated(model.reviewed, context)]
    ];
    return list(fields.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([name, value]) => ({ text: field(name, value) })));
}

function optional(text: string | undefined): string | undefined {
    return text === undefined ? undefined : md(text);
}

/** A persona's title with its role, `HR manager (buyer)`, so that a reader sees who buys and who uses. */
function withRole(name: string, model: JourneyModel, context: ReportContext): string {
    const role = model.personas.find(persona => persona.name === name)?.role;
    return `${titles([name], context.titles.persona)}${role === undefined ? '' : ` (${md(context.picture.role(role))})`}`;
}

/** Who the persona is, then what it wants, then how it lives, then its own words. */
const ATTRIBUTE_ORDER: Readonly<Record<PersonaAttributeKind, number>> = { segment: 0, goal: 1, need: 2, motive: 3, context: 4, habit: 5, quote: 6 };

/** A persona's card: its role, then its attributes grouped by kind (goals together), each kind in the map's order. */
function personaSection(persona: PersonaModel, context: ReportContext): string {
    const { attribute } = context.words;
    const role = persona.role === undefined ? [] : [field(context.words.role, md(context.picture.role(persona.role)))];
    const attributes = [...persona.attributes].sort((a, b) => ATTRIBUTE_ORDER[a.kind] - ATTRIBUTE_ORDER[b.kind]).map(({ kind, value }) =>
        field(attribute[kind], kind === 'quote' ? context.picture.quote(md(value)) : md(value)));
    const items = [...role, ...attributes];
    return items.length === 0 ? `### ${md(label(persona))}` : `### ${md(label(persona))}\n\n${list(items.map(text => ({ text })))}`;
}

function channelTable(channels: readonly ChannelModel[], context: ReportContext): string {
    const words = context.words.channels;
    // A column no channel fills would only be noise.
    const described = channels.some(channel => channel.description !== undefined);
    return table([words.channel, words.kind, ...(described ? [words.description] : [])], channels.map(channel => [
        md(label(channel)),
        channel.kind === undefined ? '' : md(context.words.channelKind[channel.kind]),
        ...(described ? [channel.description === undefined ? '' : md(channel.description)] : [])
    ]));
}

/** Read from the model's coverage, which lint also reads: the report never recounts. */
function coverage(stages: readonly StageModel[], context: ReportContext): string {
    const { coverage: words, ofTotal } = context.words;
    return table([words.stage, words.metrics, words.answered, words.barriers, words.mitigated], stages.map(stage => [
        md(label(stage)),
        String(stage.coverage.metrics),
        md(ofTotal(stage.coverage.answeredQuestions, stage.coverage.questions)),
        String(stage.coverage.barriers),
        md(ofTotal(stage.coverage.mitigatedBarriers, stage.coverage.barriers))
    ]));
}

function diagnosticTable(diagnostics: readonly ExportDiagnostic[], context: ReportContext): string {
    const words = context.words.diagnostics;
    return table([words.file, words.line, words.column, words.severity, words.rule, words.message], diagnostics.map(diagnostic => [
        md(diagnostic.file), String(diagnostic.line), String(diagnostic.column), md(context.words.diagnosticSeverity[diagnostic.severity]),
        md(diagnostic.rule), md(diagnostic.message)
    ]));
}
