import { GrammarUtils, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CjmAstType } from '../generated/ast.js';
import { report } from './report.js';

/** Attributes that language.md allows at most once; the grammar accepts repeats so that this check can name them. */
const ONCE = {
    Journey: ['product', 'state', 'owner', 'reviewed', 'objective', 'problem', 'target'],
    Stage: ['owner'],
    Touchpoint: ['emotion', 'description', 'owner'],
    Metric: ['baseline', 'target', 'actual', 'source', 'measured', 'direction']
} as const;

const KIND: Record<keyof typeof ONCE, string> = { Journey: 'journey', Stage: 'stage', Touchpoint: 'touchpoint', Metric: 'metric' };

function checkAttributesOnce(node: AstNode & { $type: keyof typeof ONCE }, accept: ValidationAcceptor): void {
    for (const keyword of ONCE[node.$type]) {
        for (const repeat of GrammarUtils.findNodesForKeyword(node.$cstNode, keyword).slice(1)) {
            report(accept, 'syntax', `'${keyword}' may appear only once in a ${KIND[node.$type]}.`, { node, range: repeat.range });
        }
    }
}

export const syntaxChecks: ValidationChecks<CjmAstType> = {
    Journey: checkAttributesOnce,
    Stage: checkAttributesOnce,
    Touchpoint: checkAttributesOnce,
    Metric: checkAttributesOnce
};
