import type { Journey, Stage } from '../generated/ast.js';
import type { JourneyModel, StageModel } from '../model/journey-model.js';

/** Pairs each stage of a journey with its model (the model keeps declaration order). */
export function stagesWithModels(journey: Journey, model: JourneyModel): Array<[Stage, StageModel]> {
    return journey.stages.map((stage, index) => [stage, model.stages[index]]);
}
