import type { AstNode } from 'langium';
import { formatValue } from '../../diff/format-value.js';
import { isBarrier, isMetric, isOpportunity, isTouchpoint, type Barrier, type Metric, type Opportunity, type Touchpoint } from '../../generated/ast.js';
import type { BarrierModel, JourneyModel, MetricModel, OpportunityModel, TouchpointModel } from '../../model/journey-model.js';
import type { HoverFacts } from './describe-declaration.js';
import { attributedFact, emotionFact } from './describe-emotions.js';
import { facts, heading, md, named, paragraphs } from './markdown.js';

type StageMember = Touchpoint | Barrier | Opportunity | Metric;

export function isStageMember(node: AstNode): node is StageMember {
    return isTouchpoint(node) || isBarrier(node) || isOpportunity(node) || isMetric(node);
}

/** A touchpoint, barrier, opportunity or metric, read from its journey's model. */
export function describeStageMember(node: StageMember, hoverFacts: HoverFacts): string {
    const stageNode = node.$container;
    const journey = hoverFacts.journey(stageNode.$container);
    const stage = journey.stages[stageNode.$container.stages.indexOf(stageNode)];
    const where = `In stage ${named(stage.name, stage.title)} of journey \`${journey.name}\`.`;
    if (isTouchpoint(node)) {
        return touchpoint(stage.touchpoints[stageNode.touchpoints.indexOf(node)], journey, where);
    }
    if (isBarrier(node)) {
        return barrier(stage.barriers[stageNode.barriers.indexOf(node)], journey, where);
    }
    if (isOpportunity(node)) {
        return opportunity(stage.opportunities[stageNode.opportunities.indexOf(node)], journey, where);
    }
    const model = stage.metrics[stageNode.metrics.indexOf(node)];
    return metric(model, where, model.measured && hoverFacts.age(node, model.measured));
}

function touchpoint(model: TouchpointModel, journey: JourneyModel, where: string): string {
    const channels = new Map(journey.channels.map(channel => [channel.name, channel]));
    const via = model.channels.map(name => {
        const channel = channels.get(name);
        return `${named(name, channel?.title)}${channel?.kind ? `, ${channel.kind}` : ''}`;
    });
    const next = journey.flows.filter(flow => flow.from === model.name).map(flow => touchpointName(journey, flow.to));
    return paragraphs(heading('touchpoint', model.name, model.title), where, facts([
        ['Emotion', emotionFact(model, journey)],
        ['Via', via.join('; ')],
        ['For', model.personas.map(name => named(name, journey.personas.find(persona => persona.name === name)?.title)).join(', ')],
        ['Next', next.length > 0 ? next.join(', ') : 'the journey ends here'],
        ['Owner', model.owner && md(model.owner)],
        ['Description', model.description && md(model.description)],
        ['Does', attributedFact(model.personaActions, model, journey)],
        ['Thinks', attributedFact(model.personaThoughts, model, journey)]
    ]), model.reachable ? undefined : '**Unreachable:** no flow leads here from the journey\'s first touchpoint.');
}

function barrier(model: BarrierModel, journey: JourneyModel, where: string): string {
    const mitigations = model.mitigations.map(mitigation => `- ${md(mitigation)}`).join('\n');
    return paragraphs(heading('barrier', model.name, model.title), where, facts([
        ['Severity', `**${model.severity}**`],
        ['At', model.touchpoint && touchpointName(journey, model.touchpoint)],
        ['Resolved by', model.resolvedBy.map(name => named(name, opportunityTitle(journey, name))).join(', ')]
    ]), mitigations ? `**Mitigations**\n${mitigations}` : undefined, model.mitigated ? undefined : '**Not mitigated:** no mitigation and no opportunity resolves it.');
}

function opportunity(model: OpportunityModel, journey: JourneyModel, where: string): string {
    const barriers = new Map(journey.stages.flatMap(stage => stage.barriers).map(barrier => [barrier.name, barrier]));
    return paragraphs(heading('opportunity', model.name, model.title), where, facts([
        ['Resolves', model.resolves.map(name => {
            const resolved = barriers.get(name);
            return `${named(name, resolved?.title)}${resolved ? `, severity ${resolved.severity}` : ''}`;
        }).join('; ')],
        ['Description', model.description && md(model.description)]
    ]));
}

function metric(model: MetricModel, where: string, measuredAge: string | undefined): string {
    const values = (['baseline', 'target', 'actual'] as const)
        .filter(key => model[key] !== undefined)
        .map(key => `${key} **${md(formatValue(model[key]))}**`);
    const better = model.direction === 'up' ? 'higher is better' : 'lower is better';
    return paragraphs(heading('metric', model.name, model.title), where,
        values.length > 0 ? values.join(' → ') : 'No values yet.',
        `Direction: ${model.direction} (${better}) · ${status(model)}`,
        model.unitsAgree ? undefined : '**Units differ** between baseline, target and actual.',
        facts([
            ['Source', model.source && md(model.source)],
            ['Measured', model.measured && `${model.measured}, ${measuredAge ?? 'not a calendar date'}`]
        ]));
}

function status(model: MetricModel): string {
    if (model.met !== undefined) {
        return model.met ? '**met**' : '**not met**';
    }
    return model.target === undefined ? 'no target yet' : 'no actual yet';
}

function touchpointName(journey: JourneyModel, name: string): string {
    const target = journey.stages.flatMap(stage => stage.touchpoints).find(candidate => candidate.name === name);
    return named(name, target?.title);
}

function opportunityTitle(journey: JourneyModel, name: string): string | undefined {
    return journey.stages.flatMap(stage => stage.opportunities).find(candidate => candidate.name === name)?.title;
}
