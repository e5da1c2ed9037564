import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { isCjmFile } from '../generated/ast.js';
import type { Range } from 'vscode-languageserver';

/** Attributes that language.md allows at most once; the grammar accepts repeats so that this check can name them. */
export const ATTRIBUTES_ONCE = {
    Journey: ['product', 'state', 'owner', 'reviewed', 'objective', 'problem', 'target'],
    Stage: ['owner'],
    Persona: ['role'],
    Touchpoint: ['description', 'owner'],
    Metric: ['baseline', 'target', 'actual', 'source', 'measured', 'direction']
} as const;

/** The node types that can contain a node of ATTRIBUTES_ONCE. */
const HOLDERS = new Set(['CjmFile', 'Journey', 'Stage']);

const KIND: Record<keyof typeof ATTRIBUTES_ONCE, string> = { Journey: 'journey', Stage: 'stage', Persona: 'persona', Touchpoint: 'touchpoint', Metric: 'metric' };

/** An attribute written again: its keyword, the keyword of the declaration it is in, and the repeat's range. */
export interface RepeatedAttribute {
    keyword: string;
    kind: string;
    range: Range;
}

/** A repeat as found: its keyword's CST leaf, whose range stays right when a re-parse elsewhere moves it (reparse-element.ts). */
export interface RepeatedKeyword {
    keyword: string;
    kind: string;
    leaf: CstNode;
}

/**
 * Every attribute written again where the language allows it once, at the repeat: a syntax
 * error as much as a misspelt keyword (lint reports it as `syntax`, and it stops every
 * command that would otherwise pick one of the two values silently). `known` keeps the
 * repeats of each top-level element of a map: an element a re-parse left as it was is
 * not walked again.
 */
export function repeatedAttributes(root: AstNode, known?: WeakMap<AstNode, readonly RepeatedKeyword[]>): RepeatedAttribute[] {
    const found = isCjmFile(root) && known !== undefined ? root.elements.flatMap(element => {
        let repeats = known.get(element);
        if (repeats === undefined) {
            repeats = repeatsIn(element);
            known.set(element, repeats);
        }
        return repeats;
    }) : repeatsIn(root);
    return found.map(({ keyword, kind, leaf }) => ({ keyword, kind, range: leaf.range }));
}

function repeatsIn(root: AstNode): RepeatedKeyword[] {
    const problems: RepeatedKeyword[] = [];
    const nodes = AstUtils.streamAst(root).iterator();
    for (let next = nodes.next(); !next.done; next = nodes.next()) {
        const node = next.value;
        if (Object.hasOwn(ATTRIBUTES_ONCE, node.$type)) {
            collectRepeats(node as AstNode & { $type: keyof typeof ATTRIBUTES_ONCE }, problems);
        }
        // Only these hold declarations (the grammar): the emotions, values and answers below the rest are most of a big map.
        if (!HOLDERS.has(node.$type)) {
            nodes.prune();
        }
    }
    return problems;
}

/** The keywords of a rule are direct children of its CST node, so one pass over them finds every repeat. */
function collectRepeats(node: AstNode & { $type: keyof typeof ATTRIBUTES_ONCE }, problems: RepeatedKeyword[]): void {
    const once: readonly string[] = ATTRIBUTES_ONCE[node.$type];
    const seen = new Set<string>();
    for (const child of isCompositeCstNode(node.$cstNode) ? node.$cstNode.content : []) {
        const keyword = GrammarAST.isKeyword(child.grammarSource) ? child.grammarSource.value : undefined;
        if (keyword === undefined || !once.includes(keyword)) {
            continue;
        }
        if (seen.has(keyword)) {
            problems.push({ keyword, kind: KIND[node.$type], leaf: child });
        }
        seen.add(keyword);
    }
}
