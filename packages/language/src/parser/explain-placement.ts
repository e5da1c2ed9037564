import { GrammarAST, isCompositeCstNode, type AstNode } from 'langium';
import { declarationEndingAt, label } from './declarations-at.js';
import type { GrammarWords } from './grammar-words.js';
import type { SyntaxWords } from '../locale/syntax-words.js';

/**
 * Keywords the parser met where the enclosing block cannot hold them, explained by where
 * they belong. The parser itself blames the block ("`stage Trial` is not closed before
 * `answer`") because the block is the last thing it could still be in; these messages
 * name the real mistake: a clause out of order, or a member in the wrong block.
 */

/**
 * A head clause written after a later one of the declaration that ends just before it
 * (`answer "…" date D source S`), or written twice: the declaration ended at the clause
 * the grammar does not take there. `end` is where the token before `found` ends.
 */
export function explainOrder(found: string, end: number, region: AstNode, words: GrammarWords, say: SyntaxWords): string | undefined {
    const declaration = declarationEndingAt(region, end, node => words.headKeywords(node.$type).includes(found));
    if (!declaration) {
        return undefined;
    }
    const order = words.headKeywords(declaration.$type);
    const written = headClauses(declaration, order);
    const later = written.find(word => order.indexOf(word) > order.indexOf(found));
    const template = words.template(declaration.$type);
    if (later !== undefined) {
        return say.comesBefore(found, later, template);
    }
    return written.includes(found) ? say.headOnce(found, template) : undefined;
}

/**
 * A keyword in a block of kind `rule` (the file itself at the top) that belongs elsewhere:
 * an `answer` directly in a stage, a `stage` at the top of the file, `via` between a
 * touchpoint's braces. `open` is the declaration whose block the parser was in.
 */
export function explainPlacement(found: string, rule: string, open: AstNode | undefined, words: GrammarWords, say: SyntaxWords): string | undefined {
    const places = words.placesOf(found).filter(place => !(place.rule === rule && place.part === 'body'));
    if (places.length === 0 || places.length < words.placesOf(found).length) {
        // Unknown anywhere (a typo: other messages suggest the nearest word), or the block holds it after all.
        return undefined;
    }
    const described = places.map(place => place.part === 'head'
        ? say.parts.placeHead(place.rule.toLowerCase(), words.hasBlock(place.rule))
        : words.hasRule(place.rule) && words.hasBlock(place.rule) ? say.parts.placeInside(words.heading(place.rule)) : say.parts.placeTop());
    const here = open === undefined ? say.parts.hereTop()
        : places.some(place => place.part === 'head' && place.rule === open.$type) ? say.parts.hereBraces(label(open)) : say.parts.hereIn(label(open));
    const [only] = places;
    const template = places.length === 1 && only.part === 'head' ? words.template(only.rule) : undefined;
    return say.belongs(found, places.some(place => place.part === 'body'), described, here, template);
}

/** The head clauses a declaration was written with, in the order written: its keywords before any `{`. */
function headClauses(declaration: AstNode, order: readonly string[]): string[] {
    const clauses: string[] = [];
    for (const child of isCompositeCstNode(declaration.$cstNode) ? declaration.$cstNode.content : []) {
        const keyword = GrammarAST.isKeyword(child.grammarSource) ? child.grammarSource.value : undefined;
        if (keyword === '{') {
            break;
        }
        if (keyword !== undefined && order.includes(keyword)) {
            clauses.push(keyword);
        }
    }
    return clauses;
}
