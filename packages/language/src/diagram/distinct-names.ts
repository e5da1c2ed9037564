/**
 * A map with `duplicate-name` errors still draws every declaration. The layout keys boxes
 * by name, so two touchpoints `T` would collapse into one box, and the implicit flow from
 * the first to the second would become a self-loop. Before drawing, the second and later
 * declarations of a name (per kind) get a marked name of their own and the flow is built
 * again over them; references keep pointing at the first declaration, as the linker
 * resolves them. The marks are removed from the SVG, so every box shows the name written.
 */
import { buildFlowGraph } from '../model/flow.js';
import type { JourneyModel, StageModel } from '../model/journey-model.js';

const MARK_START = '\uE000';
const MARK_END = '\uE001';
const MARKS = /\uE000\d+\uE001/g;

export function distinctNames(model: JourneyModel): JourneyModel {
    const stageName = renamer();
    const touchpointName = renamer();
    const barrierName = renamer();
    const opportunityName = renamer();
    const stages = model.stages.map((stage): StageModel => {
        const name = stageName(stage.name);
        return {
            ...stage,
            name,
            touchpoints: stage.touchpoints.map(touchpoint => ({ ...touchpoint, name: touchpointName(touchpoint.name), stage: name })),
            barriers: stage.barriers.map(barrier => ({ ...barrier, name: barrierName(barrier.name), stage: name })),
            opportunities: stage.opportunities.map(opportunity => ({ ...opportunity, name: opportunityName(opportunity.name), stage: name })),
            metrics: stage.metrics.map(metric => ({ ...metric, stage: name })),
            questions: stage.questions.map(question => ({ ...question, stage: name }))
        };
    });
    if (![stageName, touchpointName, barrierName, opportunityName].some(renamed => renamed.any())) {
        return model;
    }
    const flows = buildFlowGraph(stages.flatMap(stage => stage.touchpoints)).edges;
    return { ...model, stages, flows };
}

/** The picture with the marks of distinctNames removed: every id and label as written. */
export function withoutNameMarks(svg: string): string {
    return svg.includes(MARK_START) ? svg.replace(MARKS, '') : svg;
}

type Renamer = ((name: string) => string) & { any(): boolean };

function renamer(): Renamer {
    const seen = new Map<string, number>();
    let renamed = false;
    const rename = (name: string): string => {
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        if (count === 1) {
            return name;
        }
        renamed = true;
        return `${name}${MARK_START}${count}${MARK_END}`;
    };
    return Object.assign(rename, { any: () => renamed });
}
