import type { AstNode } from 'langium';
import { formatValue } from '../../diff/format-value.js';
import { isBarrier, isMetric, isOpportunity, isTouchpoint, type Barrier, type Metric, type Opportunity, type Touchpoint } from '../../generated/ast.js';
import type { Messages } from '../../locale/messages.js';
import type { BarrierModel, JourneyModel, MetricModel, OpportunityModel, TouchpointModel } from '../../model/journey-model.js';
import type { HoverFacts } from './describe-declaration.js';
import { attributedFact, emotionFact } from './describe-emotions.js';
import { facts, heading, md, named, paragraphs } from './markdown.js';

type StageMember = Touchpoint | Barrier | Opportunity | Metric;

export function isStageMember(node: AstNode): node is StageMember {
    return isTouchpoint(node) || isBarrier(node) || isOpportunity(node) || isMetric(node);
}

/** A touchpoint, barrier, opportunity or metric, read from its journey's model. */
export function describeStageMember(node: StageMember, hoverFacts: HoverFacts, words: Messages): string {
    const stageNode = node.$container;
    const journey = hoverFacts.journey(stageNode.$container);
    const stage = journey.stages[stageNode.$container.stages.indexOf(stageNode)];
    const where = words.facts.inStage(named(stage.name, stage.title), journey.name);
    if (isTouchpoint(node)) {
        return touchpoint(stage.touchpoints[stageNode.touchpoints.indexOf(node)], journey, where, words);
    }
    if (isBarrier(node)) {
        return barrier(stage.barriers[stageNode.barriers.indexOf(node)], journey, where, words);
    }
    if (isOpportunity(node)) {
        return opportunity(stage.opportunities[stageNode.opportunities.indexOf(node)], journey, where, words);
    }
    const model = stage.metrics[stageNode.metrics.indexOf(node)];
    return metric(model, where, model.measured && hoverFacts.age(node, model.measured, words.facts.age), words);
}

function touchpoint(model: TouchpointModel, journey: JourneyModel, where: string, words: Messages): string {
    const { facts: labels, report } = words;
    const channels = new Map(journey.channels.map(channel => [channel.name, channel]));
    const via = model.channels.map(name => {
        const channel = channels.get(name);
        return `${named(name, channel?.title)}${channel?.kind ? `, ${report.channelKind[channel.kind]}` : ''}`;
    });
    const next = journey.flows.filter(flow => flow.from === model.name).map(flow => touchpointName(journey, flow.to));
    return paragraphs(heading(labels.kinds.touchpoint, model.name, model.title), where, facts([
        [report.touchpoints.emotion, emotionFact(model, journey, words)],
        [labels.via(via.length), via.join('; ')],
        [labels.for(model.personas.length), model.personas.map(name => named(name, journey.personas.find(persona => persona.name === name)?.title)).join(', ')],
        [labels.next, next.length > 0 ? next.join(', ') : labels.end],
        [report.lived.owner, model.owner && md(model.owner)],
        [report.lived.description, model.description && md(model.description)],
        [report.lived.does, attributedFact(model.personaActions, model, journey)],
        [report.lived.thinks, attributedFact(model.personaThoughts, model, journey)]
    ]), model.reachable ? undefined : labels.unreachable);
}

function barrier(model: BarrierModel, journey: JourneyModel, where: string, words: Messages): string {
    const { facts: labels, report } = words;
    const mitigations = model.mitigations.map(mitigation => `- ${md(mitigation)}`).join('\n');
    return paragraphs(heading(labels.kinds.barrier, model.name, model.title), where, facts([
        [report.barrier.severity, `**${report.severity[model.severity]}**`],
        [labels.at, model.touchpoint && touchpointName(journey, model.touchpoint)],
        [report.barrier.resolvedBy, model.resolvedBy.map(name => named(name, opportunityTitle(journey, name))).join(', ')]
    ]), mitigations ? `**${labels.mitigations}**\n${mitigations}` : undefined, model.mitigated ? undefined : labels.notMitigated);
}

function opportunity(model: OpportunityModel, journey: JourneyModel, where: string, words: Messages): string {
    const barriers = new Map(journey.stages.flatMap(stage => stage.barriers).map(barrier => [barrier.name, barrier]));
    return paragraphs(heading(words.facts.kinds.opportunity, model.name, model.title), where, facts([
        [words.diagram.resolves, model.resolves.map(name => {
            const resolved = barriers.get(name);
            return `${named(name, resolved?.title)}${resolved ? `, ${words.facts.resolvedSeverity(words.diagram.severityName(resolved.severity))}` : ''}`;
        }).join('; ')],
        [words.report.opportunity.description, model.description && md(model.description)]
    ]));
}

function metric(model: MetricModel, where: string, measuredAge: string | undefined, words: Messages): string {
    const { diagram, facts: labels } = words;
    const values = (['baseline', 'target', 'actual'] as const)
        .filter(key => model[key] !== undefined)
        .map(key => `${labels.values[key]} **${md(formatValue(model[key]))}**`);
    return paragraphs(heading(labels.kinds.metric, model.name, model.title), where,
        values.length > 0 ? values.join(' → ') : labels.noValues,
        `${labels.direction(model.direction)} · ${status(model, words)}`,
        model.unitsAgree ? undefined : labels.unitsDiffer,
        facts([
            [diagram.source, model.source && md(model.source)],
            [diagram.measured, model.measured && `${model.measured}, ${measuredAge ?? labels.notCalendarDate}`]
        ]));
}

function status(model: MetricModel, words: Messages): string {
    if (model.met !== undefined) {
        return `**${model.met ? words.diagram.met : words.diagram.notMet}**`;
    }
    return model.target === undefined ? words.facts.noTarget : words.report.metricStatus.noActual;
}

function touchpointName(journey: JourneyModel, name: string): string {
    const target = journey.stages.flatMap(stage => stage.touchpoints).find(candidate => candidate.name === name);
    return named(name, target?.title);
}

function opportunityTitle(journey: JourneyModel, name: string): string | undefined {
    return journey.stages.flatMap(stage => stage.opportunities).find(candidate => candidate.name === name)?.title;
}
