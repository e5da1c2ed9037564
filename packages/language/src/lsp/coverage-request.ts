import { DocumentState } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import type { StageModel } from '../model/journey-model.js';
import type { CoverageParams, CoverageResult, StageCoverageEntry } from '../protocol.js';
import { parses } from '../parser/syntax-problems.js';
import { coverageTitle } from './code-lens-provider.js';
import { checkCancelled, journeyEntry, journeysOf, requestDocument } from './request-document.js';

/** `cjm/coverage`: each journey of the editor's text with its stages' coverage, read from the journey model. */
export async function coverageRequest(services: CjmServices, params: CoverageParams, token: CancellationToken): Promise<CoverageResult> {
    const document = await requestDocument(services.shared, params.uri, DocumentState.Linked, token);
    if (!parses(document)) {
        return { kind: 'syntax-error' };
    }
    checkCancelled(token);
    const journeys = journeysOf(document).flatMap(journey => {
        const range = journey.$cstNode?.range;
        const stages = services.model.JourneyModels.get(journey).stages.map(stageEntry);
        return range ? [{ ...journeyEntry(journey), range, stages }] : [];
    });
    return { kind: 'coverage', journeys };
}

function stageEntry(stage: StageModel): StageCoverageEntry {
    const { coverage } = stage;
    return {
        id: stage.name,
        ...(stage.title === undefined ? {} : { title: stage.title }),
        coverage,
        summary: coverageTitle(coverage),
        // What coverageChecks asks of a stage for stage-needs-metric and stage-needs-research.
        covered: coverage.metricsWithTarget > 0 && coverage.answeredQuestions > 0
    };
}
