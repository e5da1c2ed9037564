/**
 * The journey as a Markdown report for the repository (cli.md): the brief, the Mermaid
 * picture (GitHub draws it), per stage its touchpoints, barriers, opportunities, metrics
 * and questions, then the coverage table and the diagnostics. Pure: the caller lints.
 */
import type { AnswerModel, BarrierModel, JourneyModel, MetricModel, MetricValue, QuestionModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import { feelsAlike } from '../model/feels-alike.js';
import type { AttributedText } from '../model/journey-model.js';
import { exportMermaid } from './mermaid.js';

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

export function exportMarkdown(model: JourneyModel, diagnostics: readonly ExportDiagnostic[]): string {
    const labels = labelsOf(model);
    const blocks = [
        `# ${md(label(model))}`,
        brief(model, labels),
        `## Journey\n\n${fenced('mermaid', exportMermaid(model))}`,
        ...model.stages.map(stage => stageSection(stage, labels)),
        `## Coverage\n\n${coverage(model.stages)}`,
        `## Diagnostics\n\n${diagnostics.length === 0 ? 'No problems found.' : diagnosticTable(diagnostics)}`
    ];
    return `${blocks.join('\n\n')}\n`;
}

/** The title shown for anything named: its title, trimmed, else its name. */
function label({ name, title }: { name: string; title?: string }): string {
    const trimmed = title?.trim() ?? '';
    return trimmed === '' ? name : trimmed;
}

/** Bold text; `** x**` would not be bold, and `****` would show. */
function strong(text: string): string {
    const trimmed = text.trim();
    return trimmed === '' ? '' : `**${md(trimmed)}**`;
}

/** Titles by name, one map per kind: a persona and a channel may share a name. */
interface Labels {
    persona: ReadonlyMap<string, string>;
    channel: ReadonlyMap<string, string>;
    touchpoint: ReadonlyMap<string, string>;
    barrier: ReadonlyMap<string, string>;
    opportunity: ReadonlyMap<string, string>;
}

function labelsOf(model: JourneyModel): Labels {
    const byName = (elements: readonly { name: string; title?: string }[]) => new Map(elements.map(element => [element.name, label(element)]));
    return {
        persona: byName(model.personas),
        channel: byName(model.channels),
        touchpoint: byName(model.stages.flatMap(stage => stage.touchpoints)),
        barrier: byName(model.stages.flatMap(stage => stage.barriers)),
        opportunity: byName(model.stages.flatMap(stage => stage.opportunities))
    };
}

/** Referenced names as their titles, escaped and joined; a name that did not resolve stays as written. */
function titles(names: readonly string[], byName: ReadonlyMap<string, string>): string {
    return names.map(name => md(byName.get(name) ?? name)).join(', ');
}

function brief(model: JourneyModel, labels: Labels): string {
    const fields: [string, string | undefined][] = [
        ['Journey', md(model.name)],
        ['State', model.state],
        ['Product', model.product === undefined ? undefined : md(model.product)],
        ['Objective', model.objective === undefined ? undefined : md(model.objective)],
        ['Problem', model.problem === undefined ? undefined : md(model.problem)],
        ['Targets', model.targets.length === 0 ? undefined : model.targets.map(name => withRole(name, model, labels)).join(', ')],
        ['View', model.persona === undefined ? undefined : titles([model.persona], labels.persona)],
        ['Owner', model.owner === undefined ? undefined : md(model.owner)],
        ['Reviewed', model.reviewed]
    ];
    const items = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `- **${name}:** ${value}`);
    return `## Brief\n\n${items.join('\n')}`;
}

/** A persona's title with its role, `HR manager (buyer)`, so that a reader sees who buys and who uses. */
function withRole(name: string, model: JourneyModel, labels: Labels): string {
    const role = model.personas.find(persona => persona.name === name)?.role;
    return `${titles([name], labels.persona)}${role === undefined ? '' : ` (${role})`}`;
}

function stageSection(stage: StageModel, labels: Labels): string {
    const parts = [`## Stage: ${md(label(stage))}`];
    if (stage.owner !== undefined) {
        parts.push(`Owner: ${md(stage.owner)}`);
    }
    if (stage.touchpoints.length > 0) {
        parts.push(`### Touchpoints\n\n${touchpointTable(stage.touchpoints, labels)}`);
        const lived = stage.touchpoints.flatMap(touchpoint => livedItems(touchpoint, labels));
        if (lived.length > 0) {
            parts.push(`### What customers do and think\n\n${lived.join('\n')}`);
        }
    }
    if (stage.barriers.length > 0) {
        parts.push(`### Barriers\n\n${stage.barriers.map(barrier => barrierItem(barrier, labels)).join('\n')}`);
    }
    if (stage.opportunities.length > 0) {
        const items = stage.opportunities.map(opportunity => `- ${strong(label(opportunity))}`
            + (opportunity.resolves.length > 0 ? `, resolves ${titles(opportunity.resolves, labels.barrier)}` : '')
            + (opportunity.description === undefined ? '' : `: ${md(opportunity.description)}`));
        parts.push(`### Opportunities\n\n${items.join('\n')}`);
    }
    if (stage.metrics.length > 0) {
        parts.push(`### Metrics\n\n${metricTable(stage.metrics)}`);
    }
    if (stage.questions.length > 0) {
        parts.push(`### Questions\n\n${stage.questions.map(questionItem).join('\n')}`);
    }
    return parts.join('\n\n');
}

function touchpointTable(touchpoints: readonly TouchpointModel[], labels: Labels): string {
    return table(['Touchpoint', 'Channels', 'Personas', 'Emotion'], touchpoints.map(touchpoint => [
        md(label(touchpoint)),
        titles(touchpoint.channels, labels.channel),
        titles(touchpoint.personas, labels.persona),
        emotionCell(touchpoint, labels)
    ]));
}

/** The touchpoint's emotion, or each persona's when they feel differently (`HR manager: +1; Employee: −1`). */
function emotionCell(touchpoint: TouchpointModel, labels: Labels): string {
    if (feelsAlike(touchpoint)) {
        return signed(touchpoint.emotion);
    }
    return touchpoint.emotions.map(item => item.persona === undefined ? signed(item.emotion) : `${titles([item.persona], labels.persona)}: ${signed(item.emotion)}`).join('; ');
}

function signed(emotion: number | undefined): string {
    return emotion === undefined ? '' : emotion > 0 ? `+${emotion}` : String(emotion);
}

/** A touchpoint's actions and thoughts, each with the personas it is for when the touchpoint has several. */
function livedItems(touchpoint: TouchpointModel, labels: Labels): string[] {
    const whose = (entry: AttributedText): string => touchpoint.personas.length > 1 && entry.personas.length > 0 ? ` (${titles(entry.personas, labels.persona)})` : '';
    const items = [
        ...touchpoint.personaActions.map(entry => `  - Does: ${md(entry.text)}${whose(entry)}`),
        ...touchpoint.personaThoughts.map(entry => `  - Thinks: \u201c${md(entry.text)}\u201d${whose(entry)}`)
    ];
    return items.length === 0 ? [] : [`- ${strong(label(touchpoint))}`, ...items];
}

function barrierItem(barrier: BarrierModel, labels: Labels): string {
    const at = barrier.touchpoint === undefined ? '' : ` at ${titles([barrier.touchpoint], labels.touchpoint)}`;
    const lines = [
        `- ${strong(label(barrier))} (${barrier.severity})${at}, ${barrier.mitigated ? 'mitigated' : 'not mitigated'}`,
        ...barrier.mitigations.map(mitigation => `  - Mitigation: ${md(mitigation)}`)
    ];
    if (barrier.resolvedBy.length > 0) {
        lines.push(`  - Resolved by: ${titles(barrier.resolvedBy, labels.opportunity)}`);
    }
    return lines.join('\n');
}

function metricTable(metrics: readonly MetricModel[]): string {
    return table(['Metric', 'Baseline', 'Target', 'Actual', 'Status'], metrics.map(metric => [
        md(label(metric)), value(metric.baseline), value(metric.target), value(metric.actual), status(metric)
    ]));
}

function value(metric: MetricValue | undefined): string {
    if (metric === undefined) {
        return '';
    }
    return metric.unit === undefined ? String(metric.value) : metric.unit === '%' ? `${metric.value}%` : `${metric.value} ${md(metric.unit)}`;
}

function status(metric: MetricModel): string {
    if (metric.met !== undefined) {
        return metric.met ? 'met' : 'not met';
    }
    return metric.actual === undefined ? 'no actual' : 'no target';
}

function questionItem(question: QuestionModel): string {
    const answers = question.answers.length === 0 ? ['  - Not answered yet'] : question.answers.map(answer => `  - ${answerText(answer)}`);
    return [`- ${strong(question.text)}`, ...answers].join('\n');
}

function answerText(answer: AnswerModel): string {
    const evidence = [answer.source, answer.date, answer.sample === undefined ? undefined : `sample ${answer.sample}`].filter(part => part !== undefined);
    return evidence.length === 0 ? md(answer.text) : `${md(answer.text)} (${evidence.join(', ')})`;
}

/** Read from the model's coverage, which lint also reads: the report never recounts. */
function coverage(stages: readonly StageModel[]): string {
    return table(['Stage', 'Metrics', 'Answered questions', 'Barriers', 'Mitigated barriers'], stages.map(stage => [
        md(label(stage)),
        String(stage.coverage.metrics),
        `${stage.coverage.answeredQuestions} of ${stage.coverage.questions}`,
        String(stage.coverage.barriers),
        `${stage.coverage.mitigatedBarriers} of ${stage.coverage.barriers}`
    ]));
}

function diagnosticTable(diagnostics: readonly ExportDiagnostic[]): string {
    return table(['File', 'Line', 'Column', 'Severity', 'Rule', 'Message'], diagnostics.map(diagnostic => [
        md(diagnostic.file), String(diagnostic.line), String(diagnostic.column), diagnostic.severity, md(diagnostic.rule), md(diagnostic.message)
    ]));
}

/** A GFM table; the cells are Markdown already (escaped by `md`). */
function table(header: readonly string[], rows: readonly string[][]): string {
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
function fenced(language: string, code: string): string {
    const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${code.endsWith('\n') ? code : `${code}\n`}${fence}`;
}

/**
 * Text from the map as inline Markdown, safe in a heading, a list item and a table cell:
 * punctuation that Markdown or GitHub reads as syntax (emphasis, code, links, HTML,
 * entities, headings, tables, strikethrough, math) is backslash-escaped; a line break
 * becomes `<br>`, which a table cell can hold; other control characters become spaces.
 */
function md(text: string): string {
    return text
        .replace(/[\\`*_[\]<>#|~&$]/g, char => `\\${char}`)
        .replace(/\r\n?|\n/g, '<br>')
        .replace(/\p{Cc}/gu, ' ');
}
