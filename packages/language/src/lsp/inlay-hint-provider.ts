import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import type { CancellationToken, InlayHint, InlayHintParams, Position, Range } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { mermaidScore } from '../export/mermaid.js';
import { isEmotion, isJourney, isMetric, isStage, type Emotion, type Metric } from '../generated/ast.js';
import type { MetricModel, MetricValue } from '../model/journey-model.js';
import type { JourneyModels } from '../model/journey-models.js';
import { LANGUAGE_REFERENCE } from './hover/keyword-help.js';

/**
 * After a metric's actual (or its target while there is no actual), how far it has come
 * from the baseline to the target; beside an emotion, the score Mermaid draws for it.
 */
export class CjmInlayHintProvider extends AbstractInlayHintProvider {
    private readonly models: JourneyModels;

    constructor(services: CjmServices) {
        super();
        this.models = services.model.JourneyModels;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken?: CancellationToken): Promise<InlayHint[] | undefined> {
        // Langium visits the nodes that overlap the range; a hint must also lie inside it.
        const hints = await super.getInlayHints(document, params, cancelToken);
        return hints?.filter(hint => within(hint.position, params.range));
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        if (isMetric(node)) {
            this.metricHint(node, accept);
        } else if (isEmotion(node)) {
            emotionHint(node, accept);
        }
    }

    private metricHint(metric: Metric, accept: InlayHintAcceptor): void {
        const model = this.metricModel(metric);
        const value = (metric.actual ?? metric.target)?.$cstNode;
        const label = model && progress(model);
        if (value && label) {
            accept({ position: value.range.end, label, paddingLeft: true, tooltip: describe(model) });
        }
    }

    private metricModel(metric: Metric): MetricModel | undefined {
        const stage = metric.$container;
        const journey = AstUtils.getContainerOfType(stage, isJourney);
        if (!journey || !isStage(stage)) {
            return undefined;
        }
        return this.models.get(journey).stages[journey.stages.indexOf(stage)]?.metrics[stage.metrics.indexOf(metric)];
    }
}

/**
 * `62% of the way` from baseline to target, `✓ target met`, or `no actual yet`. Nothing
 * without a target or with units that disagree: their own diagnostics say what is wrong.
 */
export function progress(metric: MetricModel): string | undefined {
    const { baseline, target, actual } = metric;
    if (!target || !metric.unitsAgree) {
        return undefined;
    }
    if (!actual) {
        return 'no actual yet';
    }
    if (metric.met) {
        return '✓ target met';
    }
    if (!baseline || baseline.value === target.value) {
        return 'target not met';
    }
    const share = (actual.value - baseline.value) / (target.value - baseline.value);
    if (share < 0) {
        return 'behind the baseline';
    }
    // A share of 1 or more that is not met: a declared direction against baseline and target.
    return share < 1 ? `${Math.floor(share * 100)}% of the way` : 'target not met';
}

function describe(metric: MetricModel): string {
    const parts = [['baseline', metric.baseline], ['target', metric.target], ['actual', metric.actual]] as const;
    const values = parts.filter(([, value]) => value !== undefined).map(([name, value]) => `${name} ${show(value!)}`);
    return `${values.join(', ')}; direction ${metric.direction}`;
}

function show(value: MetricValue): string {
    return value.unit === undefined ? String(value.value) : value.unit === '%' ? `${value.value}%` : `${value.value} ${value.unit}`;
}

/**
 * `score 4/5` after each emotion: Mermaid's 1..5 is emotion + 3. An emotion without `for`
 * beside per-persona ones also names the personas it stands for (`score 3/5 · Employee`).
 * An emotion outside -2..+2 gets no hint (emotion-range reports it).
 */
function emotionHint(node: Emotion, accept: InlayHintAcceptor): void {
    const emotion = node.value;
    const value = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'value');
    if (!value || !Number.isInteger(emotion) || emotion < -2 || emotion > 2) {
        return;
    }
    const touchpoint = node.$container;
    const own = new Set(touchpoint.emotions.flatMap(item => item.personas).map(ref => ref.$refText));
    const rest = node.personas.length === 0 && own.size > 0 ? touchpoint.personas.map(ref => ref.$refText).filter(persona => !own.has(persona)) : [];
    accept({
        position: value.range.end, label: `score ${mermaidScore(emotion)}/5${rest.length > 0 ? ` \u00b7 ${rest.join(', ')}` : ''}`, paddingLeft: true,
        tooltip: { kind: 'markdown', value: scoreTooltip(emotion) }
    });
}

/** Why `score 3/5` stands beside `emotion 0`: the cjm scale against Mermaid's. */
export function scoreTooltip(emotion: number): string {
    const score = mermaidScore(emotion);
    return `Emotion ${emotion > 0 ? '+' : ''}${emotion} on cjm's scale (-2 very negative to +2 very positive) is score **${score}** on Mermaid's journey scale `
        + `(1 very negative to 5 very positive): the Mermaid export writes emotion + 3. [The emotion scale](${LANGUAGE_REFERENCE}#the-emotion-scale)`;
}

function within(position: Position, range: Range): boolean {
    const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}
