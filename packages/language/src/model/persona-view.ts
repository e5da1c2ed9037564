import { stageCoverage } from './coverage.js';
import { joinFlows } from './flow.js';
import type { AttributedText, JourneyModel, StageModel, TouchpointModel } from './journey-model.js';

/**
 * The journey as one persona lives it (diagram.md, "One persona's view"): the
 * touchpoints that are `for` it or name no persona, with only its emotions, actions and
 * thoughts. A flow through touchpoints left out is joined (A -> B -> C, B not for the
 * persona, becomes A -> C); barriers at a touchpoint left out go with it. The result is a
 * journey model like any other, so every renderer and export draws it unchanged.
 */
export function personaView(model: JourneyModel, persona: string): JourneyModel {
    const lives = (touchpoint: TouchpointModel): boolean => touchpoint.personas.length === 0 || touchpoint.personas.includes(persona);
    const kept = new Set(model.stages.flatMap(stage => stage.touchpoints).filter(lives).map(touchpoint => touchpoint.name));
    const removed = new Set(model.stages.flatMap(stage => stage.barriers)
        .filter(barrier => barrier.touchpoint !== undefined && !kept.has(barrier.touchpoint)).map(barrier => barrier.name));
    const stages = model.stages.map((stage): StageModel => {
        const touchpoints = stage.touchpoints.filter(lives).map(touchpoint => ownView(touchpoint, persona));
        const barriers = stage.barriers.filter(barrier => !removed.has(barrier.name));
        // An opportunity goes with its barriers when every one it resolves is left out.
        const opportunities = stage.opportunities.filter(item => item.resolves.length === 0 || !item.resolves.every(name => removed.has(name)));
        return { ...stage, touchpoints, barriers, opportunities, coverage: stageCoverage({ touchpoints, metrics: stage.metrics, questions: stage.questions, barriers }) };
    });
    return { ...model, stages, flows: joinFlows(model.flows, kept), persona };
}

function ownView(touchpoint: TouchpointModel, persona: string): TouchpointModel {
    const emotions = touchpoint.emotions.filter(item => item.persona === undefined || item.persona === persona);
    const mine = (entries: readonly AttributedText[]): AttributedText[] => entries.filter(entry => entry.personas.length === 0 || entry.personas.includes(persona));
    const personaActions = mine(touchpoint.personaActions);
    const personaThoughts = mine(touchpoint.personaThoughts);
    const { emotion: _whole, ...rest } = touchpoint;
    return {
        ...rest,
        personas: touchpoint.personas.filter(name => name === persona),
        ...(emotions.length > 0 ? { emotion: emotions[0].emotion } : {}),
        emotions,
        actions: personaActions.map(entry => entry.text),
        thoughts: personaThoughts.map(entry => entry.text),
        personaActions,
        personaThoughts
    };
}
