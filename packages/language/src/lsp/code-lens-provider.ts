import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Range } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { isCjmFile, isJourney, type Journey } from '../generated/ast.js';
import type { StageCoverage } from '../model/journey-model.js';
import type { JourneyModels } from '../model/journey-models.js';
import { COMMANDS } from '../protocol.js';
import { stagesWithModels } from '../validation/journey-parts.js';

/**
 * The command of a lens that only informs. LSP requires a command with a title on a
 * resolved lens; VS Code draws one whose command id is empty as plain text that cannot
 * be clicked, which is what the coverage is. (Neovim shows the title too; running it
 * there reports an unknown command, the same as for any lens without an action.)
 */
const NO_COMMAND = '';

/** A "Preview" lens over each journey, and over each stage its coverage, read from the journey model. */
export class CjmCodeLensProvider implements CodeLensProvider {
    private readonly models: JourneyModels;

    constructor(services: CjmServices) {
        this.models = services.model.JourneyModels;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        const journeys = isCjmFile(root) ? root.elements.filter(isJourney) : [];
        return journeys.flatMap(journey => this.journeyLenses(document, journey));
    }

    private journeyLenses(document: LangiumDocument, journey: Journey): CodeLens[] {
        const lenses: CodeLens[] = [];
        const range = nameRange(journey);
        if (range) {
            lenses.push({ range, command: { title: 'Preview', command: COMMANDS.openPreview, arguments: [document.uri.toString(), journey.name] } });
        }
        for (const [stage, model] of stagesWithModels(journey, this.models.get(journey))) {
            const stageRange = nameRange(stage);
            if (stageRange) {
                lenses.push({ range: stageRange, command: { title: coverageTitle(model.coverage), command: NO_COMMAND } });
            }
        }
        return lenses;
    }
}

/** `3 touchpoints · 2 metrics · 3/4 questions answered · 1 barrier`, with what is missing: `2 metrics (1 with target)`, `2 barriers (1 unmitigated)`. */
export function coverageTitle(coverage: StageCoverage): string {
    const questions = coverage.questions === 0
        ? '0 questions'
        : `${coverage.answeredQuestions}/${coverage.questions} ${coverage.questions === 1 ? 'question' : 'questions'} answered`;
    const metrics = count(coverage.metrics, 'metric') + (coverage.metricsWithTarget < coverage.metrics ? ` (${coverage.metricsWithTarget} with target)` : '');
    const unmitigated = coverage.barriers - coverage.mitigatedBarriers;
    const barriers = count(coverage.barriers, 'barrier') + (unmitigated > 0 ? ` (${unmitigated} unmitigated)` : '');
    return [count(coverage.touchpoints, 'touchpoint'), metrics, questions, barriers].join(' · ');
}

function count(n: number, noun: string): string {
    return `${n} ${n === 1 ? noun : `${noun}s`}`;
}

function nameRange(node: Journey | Journey['stages'][number]): Range | undefined {
    return node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
}
