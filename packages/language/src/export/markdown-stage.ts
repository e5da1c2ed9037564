/**
 * One stage of the Markdown report: its touchpoints (a table, then what happens at each),
 * barriers, opportunities, metrics and research questions, in the reader's language.
 */
import { legendWord } from '../diagram/flow-legend.js';
import { feelsAlike } from '../model/feels-alike.js';
import type {
    AnswerModel, AttributedText, BarrierModel, FlowEdge, MetricModel, MetricValue, OpportunityModel, QuestionModel, StageModel, TouchpointModel
} from '../model/journey-model.js';
import { dated, titles, type ReportContext } from './report-context.js';
import { field, label, list, md, strong, table } from './markdown-text.js';

export function stageSection(stage: StageModel, flows: readonly FlowEdge[], context: ReportContext): string {
    const { headings } = context.words;
    const parts = [`## ${headings.stage}: ${md(label(stage))}`];
    if (stage.owner !== undefined) {
        parts.push(field(context.words.lived.owner, md(stage.owner)));
    }
    if (stage.touchpoints.length > 0) {
        parts.push(`### ${headings.touchpoints}\n\n${touchpointTable(stage.touchpoints, flows, context)}`);
        const details = stage.touchpoints.flatMap(touchpoint => touchpointDetails(touchpoint, context));
        if (details.length > 0) {
            parts.push(`### ${headings.lived}\n\n${list(details)}`);
        }
    }
    const sections: [string, string | undefined][] = [
        [headings.barriers, stage.barriers.length === 0 ? undefined : list(stage.barriers.map(barrier => barrierItem(barrier, context)))],
        [headings.opportunities, stage.opportunities.length === 0 ? undefined : list(stage.opportunities.map(item => opportunityItem(item, context)))],
        [headings.metrics, stage.metrics.length === 0 ? undefined : metricTable(stage.metrics, context)],
        [headings.questions, stage.questions.length === 0 ? undefined : list(stage.questions.map(question => questionItem(question, context)))]
    ];
    for (const [heading, body] of sections) {
        if (body !== undefined) {
            parts.push(`### ${heading}\n\n${body}`);
        }
    }
    return parts.join('\n\n');
}

function touchpointTable(touchpoints: readonly TouchpointModel[], flows: readonly FlowEdge[], context: ReportContext): string {
    const { words, titles: names } = context;
    return table(
        [words.touchpoints.touchpoint, words.touchpoints.channels, words.touchpoints.personas, words.touchpoints.emotion, words.touchpoints.then],
        touchpoints.map(touchpoint => [
            md(label(touchpoint)),
            titles(touchpoint.channels, names.channel),
            titles(touchpoint.personas, names.persona),
            emotionCell(touchpoint, context),
            onward(flows.filter(flow => flow.from === touchpoint.name), context)
        ])
    );
}

/** The touchpoint's emotion, or each persona's when they feel differently (`HR manager: +1; Employee: -1`). */
function emotionCell(touchpoint: TouchpointModel, context: ReportContext): string {
    if (feelsAlike(touchpoint)) {
        return signed(touchpoint.emotion);
    }
    return touchpoint.emotions
        .map(item => item.persona === undefined ? signed(item.emotion) : `${titles([item.persona], context.titles.persona)}: ${signed(item.emotion)}`)
        .join('; ');
}

function signed(emotion: number | undefined): string {
    return emotion === undefined ? '' : emotion > 0 ? `+${emotion}` : String(emotion);
}

/**
 * Where the flow goes from a touchpoint, by the model's flow roles: the next touchpoint,
 * the arms of a branch, a loop back, a touchpoint of another stage (`Stage · Touchpoint`).
 */
function onward(flows: readonly FlowEdge[], context: ReportContext): string {
    if (flows.length === 0) {
        return md(context.words.end);
    }
    const { touchpoint, stageOf } = context.titles;
    return flows.map(flow => {
        const role = context.roleOf(flow);
        const target = titles([flow.to], touchpoint);
        const there = role === 'stage' || (role === 'loop' && stageOf.get(flow.to) !== stageOf.get(flow.from))
            ? `${md(stageOf.get(flow.to)!)} \u00b7 ${target}` : target;
        return role === 'branch' || role === 'loop' ? `${there} (${md(legendWord(role, context.picture.legend))})` : there;
    }).join('; ');
}

/** What a touchpoint's row cannot hold: its description, owner, and what its personas do and think. */
function touchpointDetails(touchpoint: TouchpointModel, context: ReportContext): { text: string; items: string[] }[] {
    const { lived } = context.words;
    // Whose an entry is, when the touchpoint has several personas: `(HR manager, Employee)`.
    const whose = (entry: AttributedText): string => touchpoint.personas.length > 1 && entry.personas.length > 0 ? ` (${titles(entry.personas, context.titles.persona)})` : '';
    const items = [
        ...(touchpoint.description === undefined ? [] : [field(lived.description, md(touchpoint.description))]),
        ...(touchpoint.owner === undefined ? [] : [field(lived.owner, md(touchpoint.owner))]),
        ...touchpoint.personaActions.map(entry => `${field(lived.does, md(entry.text))}${whose(entry)}`),
        ...touchpoint.personaThoughts.map(entry => `${field(lived.thinks, context.picture.quote(md(entry.text)))}${whose(entry)}`)
    ];
    return items.length === 0 ? [] : [{ text: strong(label(touchpoint)), items }];
}

function barrierItem(barrier: BarrierModel, context: ReportContext): { text: string; items: string[] } {
    const words = context.words.barrier;
    const items = [
        field(words.severity, md(context.words.severity[barrier.severity])),
        ...(barrier.touchpoint === undefined ? [] : [field(words.touchpoint, titles([barrier.touchpoint], context.titles.touchpoint))]),
        ...barrier.mitigations.map(mitigation => field(words.mitigation, md(mitigation))),
        ...(barrier.resolvedBy.length === 0 ? [] : [field(words.resolvedBy, titles(barrier.resolvedBy, context.titles.opportunity))]),
        ...(barrier.mitigated ? [] : [md(words.notMitigated)])
    ];
    return { text: strong(label(barrier)), items };
}

function opportunityItem(opportunity: OpportunityModel, context: ReportContext): { text: string; items: string[] } {
    const words = context.words.opportunity;
    const items = [
        ...(opportunity.resolves.length === 0 ? [] : [field(words.resolves, titles(opportunity.resolves, context.titles.barrier))]),
        ...(opportunity.description === undefined ? [] : [field(words.description, md(opportunity.description))])
    ];
    return { text: strong(label(opportunity)), items };
}

function metricTable(metrics: readonly MetricModel[], context: ReportContext): string {
    const words = context.words.metrics;
    return table([words.metric, words.baseline, words.target, words.actual, words.status, words.source, words.measured], metrics.map(metric => [
        md(label(metric)),
        value(metric.baseline),
        // The direction the target is reached in: at least it going up, at most going down.
        metric.target === undefined ? '' : `${metric.direction === 'up' ? '\u2265' : '\u2264'} ${value(metric.target)}`,
        value(metric.actual),
        md(status(metric, context)),
        metric.source === undefined ? '' : md(metric.source),
        metric.measured === undefined ? '' : dated(metric.measured, context)
    ]));
}

function value(metric: MetricValue | undefined): string {
    if (metric === undefined) {
        return '';
    }
    return metric.unit === undefined ? String(metric.value) : metric.unit === '%' ? `${metric.value}%` : `${metric.value} ${md(metric.unit)}`;
}

/** Met or not is the model's fact; without a target or an actual, which one is missing. */
function status(metric: MetricModel, context: ReportContext): string {
    const words = context.words.metricStatus;
    if (metric.met !== undefined) {
        return metric.met ? words.met : words.notMet;
    }
    return metric.actual === undefined ? words.noActual : words.noTarget;
}

function questionItem(question: QuestionModel, context: ReportContext): { text: string; items: string[] } {
    const answers = question.answers.length === 0 ? [md(context.words.answer.none)] : question.answers.map(answer => answerText(answer, context));
    return { text: strong(question.text), items: answers };
}

/** The answer, then its evidence on a line of its own: `Source: interview · Date: 2026-09-12 · Sample: 12`. */
function answerText(answer: AnswerModel, context: ReportContext): string {
    const words = context.words.answer;
    const evidence = [
        answer.source === undefined ? undefined : field(words.source, md(context.words.evidenceSource[answer.source])),
        answer.date === undefined ? undefined : field(words.date, dated(answer.date, context)),
        answer.sample === undefined ? undefined : field(words.sample, String(answer.sample))
    ].filter(part => part !== undefined);
    return evidence.length === 0 ? md(answer.text) : `${md(answer.text)}<br>${evidence.join(' \u00b7 ')}`;
}
