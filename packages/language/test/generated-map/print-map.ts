/** The .cjm text of a generated map, in an indented or a compact layout. */
import {
    BRIEF_KEYS, METRIC_KEYS, TOUCHPOINT_KEYS, type BriefKey, type Commented, type GenAnswer, type GenChannel, type GenJourney, type GenMap, type GenMetric, type GenMetricValue, type GenPersona, type GenStage, type GenTouchpoint, type MetricKey, type TouchpointKey
} from './gen-map.js';

export interface PrintOptions {
    /** `indented` (default): one member per line; `compact`: as few lines as comments allow. */
    layout?: 'indented' | 'compact';
}

interface Line {
    depth: number;
    text: string;
}

/** The .cjm text of a generated map. */
export function printMap(map: GenMap, options: PrintOptions = {}): string {
    const lines = map.declarations.flatMap(declaration => {
        switch (declaration.kind) {
            case 'persona': return personaLines(declaration, 0);
            case 'channel': return channelLines(declaration, 0);
            case 'journey': return journeyLines(declaration);
        }
    });
    if (options.layout === 'compact') {
        // A line comment ends at the line end; everything else may share a line.
        return lines.map(line => line.text + (line.text.startsWith('//') ? '\n' : ' ')).join('').trimEnd() + '\n';
    }
    return lines.map(line => '  '.repeat(line.depth) + line.text).join('\n') + '\n';
}

/** A string literal: the escapes of language.md. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}

function header(...parts: (string | false | undefined)[]): string {
    return parts.filter(part => part).join(' ');
}

function commentLines(member: Commented, depth: number): Line[] {
    if (!member.comment) {
        return [];
    }
    const { style, text } = member.comment;
    return [{ depth, text: style === 'line' ? `// ${text}` : `/* ${text} */` }];
}

/** A declaration with an optional `{ body }`; `always` prints the braces even when empty. */
function block(member: Commented, depth: number, head: string, body: string[], always = false): Line[] {
    const lines = commentLines(member, depth);
    if (body.length === 0) {
        return [...lines, { depth, text: always ? `${head} {}` : head }];
    }
    return [...lines, { depth, text: `${head} {` }, ...body.map(text => ({ depth: depth + 1, text })), { depth, text: '}' }];
}

function title(value: string | undefined): string | undefined {
    return value === undefined ? undefined : quote(value);
}

function personaLines(persona: GenPersona, depth: number): Line[] {
    return block(persona, depth, header('persona', persona.name, title(persona.title)),
        persona.attributes.map(({ kind, value }) => `${kind} ${quote(value)}`));
}

function channelLines(channel: GenChannel, depth: number): Line[] {
    return block(channel, depth, header('channel', channel.name, title(channel.title), channel.channelKind),
        channel.description === undefined ? [] : [`description ${quote(channel.description)}`]);
}

function journeyLines(journey: GenJourney): Line[] {
    const { brief } = journey;
    const briefItems: Record<BriefKey, string[]> = {
        product: optional('product', brief.product, quote),
        state: optional('state', brief.state, String),
        owner: optional('owner', brief.owner, quote),
        reviewed: optional('reviewed', brief.reviewed, String),
        objective: optional('objective', brief.objective, quote),
        problem: optional('problem', brief.problem, quote),
        targets: brief.targets.length > 0 ? [`target ${brief.targets.join(', ')}`] : []
    };
    const head = [...commentLines(journey, 0), { depth: 0, text: `${header('journey', journey.name, title(journey.title))} {` }];
    const briefLines = (brief.order ?? BRIEF_KEYS).flatMap(key => briefItems[key]).map(text => ({ depth: 1, text }));
    const members = journey.members.flatMap(member => {
        switch (member.kind) {
            case 'persona': return personaLines(member, 1);
            case 'channel': return channelLines(member, 1);
            case 'stage': return stageLines(member);
        }
    });
    return [...head, ...briefLines, ...members, { depth: 0, text: '}' }];
}

function stageLines(stage: GenStage): Line[] {
    const head = [...commentLines(stage, 1), { depth: 1, text: `${header('stage', stage.name, title(stage.title))} {` }];
    const owner = optional('owner', stage.owner, quote).map(text => ({ depth: 2, text }));
    const members = stage.members.flatMap(member => {
        switch (member.kind) {
            case 'touchpoint': return touchpointLines(member);
            case 'barrier': return block(member, 2, header('barrier', member.name, title(member.title), member.at && `at ${member.at}`, member.severity && `severity ${member.severity}`),
                member.mitigations.map(text => `mitigation ${quote(text)}`));
            case 'opportunity': return block(member, 2, header('opportunity', member.name, title(member.title), member.resolves.length > 0 && `resolves ${member.resolves.join(', ')}`),
                optional('description', member.description, quote));
            case 'metric': return metricLines(member);
            case 'question': return block(member, 2, header('question', quote(member.text)), member.answers.map(answerText));
        }
    });
    return [...head, ...owner, ...members, { depth: 1, text: '}' }];
}

function touchpointLines(touchpoint: GenTouchpoint): Line[] {
    const items: Record<TouchpointKey, string[]> = {
        emotion: optional('emotion', touchpoint.emotion, String),
        description: optional('description', touchpoint.description, quote),
        owner: optional('owner', touchpoint.owner, quote),
        actions: touchpoint.actions.map(text => `action ${quote(text)}`),
        thoughts: touchpoint.thoughts.map(text => `thought ${quote(text)}`),
        arrows: touchpoint.arrows.length > 0 ? [`-> ${touchpoint.arrows.join(', ')}`] : []
    };
    const head = header('touchpoint', touchpoint.name, title(touchpoint.title),
        touchpoint.channels.length > 0 && `via ${touchpoint.channels.join(', ')}`,
        touchpoint.personas.length > 0 && `for ${touchpoint.personas.join(', ')}`);
    return block(touchpoint, 2, head, (touchpoint.order ?? TOUCHPOINT_KEYS).flatMap(key => items[key]));
}

function metricLines(metric: GenMetric): Line[] {
    const items: Record<MetricKey, string[]> = {
        baseline: optional('baseline', metric.baseline, metricValue),
        target: optional('target', metric.target, metricValue),
        actual: optional('actual', metric.actual, metricValue),
        source: optional('source', metric.source, quote),
        measured: optional('measured', metric.measured, String),
        direction: optional('direction', metric.direction, String)
    };
    return block(metric, 2, header('metric', metric.name, title(metric.title)), (metric.order ?? METRIC_KEYS).flatMap(key => items[key]), true);
}

function metricValue({ value, unit }: GenMetricValue): string {
    return unit === undefined ? String(value) : unit === '%' ? `${value}%` : `${value} ${quote(unit)}`;
}

function answerText(answer: GenAnswer): string {
    return header('answer', quote(answer.text), answer.source && `source ${answer.source}`, answer.date && `date ${answer.date}`,
        answer.sample !== undefined && `sample ${answer.sample}`);
}

function optional<T>(keyword: string, value: T | undefined, print: (value: T) => string): string[] {
    return value === undefined ? [] : [`${keyword} ${print(value)}`];
}
