import type { BarrierModel, MetricModel, QuestionModel, StageCoverage } from './journey-model.js';

/** A stage's coverage, computed once for the checks, the code lens and the exports alike. */
export function stageCoverage(stage: {
    touchpoints: readonly unknown[];
    metrics: readonly MetricModel[];
    questions: readonly QuestionModel[];
    barriers: readonly BarrierModel[];
}): StageCoverage {
    return {
        touchpoints: stage.touchpoints.length,
        metrics: stage.metrics.length,
        metricsWithTarget: stage.metrics.filter(metric => metric.target !== undefined).length,
        questions: stage.questions.length,
        answeredQuestions: stage.questions.filter(question => question.answers.length > 0).length,
        barriers: stage.barriers.length,
        mitigatedBarriers: stage.barriers.filter(barrier => barrier.mitigated).length
    };
}
