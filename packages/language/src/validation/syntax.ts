import { GrammarAST, isCompositeCstNode, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import type { CjmAstType } from '../generated/ast.js';
import { report } from './report.js';

/** Attributes that language.md allows at most once; the grammar accepts repeats so that this check can name them. */
const ONCE = {
    Journey: ['product', 'state', 'owner', 'reviewed', 'objective', 'problem', 'target'],
    Stage: ['owner'],
    Persona: ['role'],
    Touchpoint: ['description', 'owner'],
    Metric: ['baseline', 'target', 'actual', 'source', 'measured', 'direction']
} as const;

const KIND: Record<keyof typeof ONCE, string> = { Persona: 'persona', Journey: 'journey', Stage: 'stage', Touchpoint: 'touchpoint', Metric: 'metric' };

/** The keywords of a rule are direct children of its CST node, so one pass over them finds every repeat. */
function checkAttributesOnce(node: AstNode & { $type: keyof typeof ONCE }, accept: ValidationAcceptor): void {
    const once: readonly string[] = ONCE[node.$type];
    const seen = new Set<string>();
    for (const child of isCompositeCstNode(node.$cstNode) ? node.$cstNode.content : []) {
        const keyword = GrammarAST.isKeyword(child.grammarSource) ? child.grammarSource.value : undefined;
        if (keyword === undefined || !once.includes(keyword)) {
            continue;
        }
        if (seen.has(keyword)) {
            report(accept, 'syntax', `\`${keyword}\` may appear only once in a ${KIND[node.$type]}`, { node, range: child.range });
        }
        seen.add(keyword);
    }
}

export const syntaxChecks: ValidationChecks<CjmAstType> = {
    Persona: checkAttributesOnce,
    Journey: checkAttributesOnce,
    Stage: checkAttributesOnce,
    Touchpoint: checkAttributesOnce,
    Metric: checkAttributesOnce
};
