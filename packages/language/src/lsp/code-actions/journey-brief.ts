import { GrammarAST, isCompositeCstNode, type CstNode } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { isJourney, type Journey } from '../../generated/ast.js';
import { namesInScope } from './names-in-scope.js';
import { localFix, nodeAtDiagnostic, type FixContext } from './quick-fix.js';
import { indent, insertAt, levelOf, lineEnd, lineText } from './text-edits.js';

/** The journey's attributes in the order language.md writes them: a new one goes after those before it. */
const ORDER = ['product', 'state', 'owner', 'reviewed', 'objective', 'problem', 'target'];

/**
 * journey-needs-objective and journey-needs-problem: an empty attribute, the place to
 * write it. Only the team knows its objective and its customers' problem, so the rule
 * keeps reporting while the text is empty.
 */
export function addBriefText(keyword: 'objective' | 'problem') {
    return (context: FixContext): CodeAction[] => {
        const journey = nodeAtDiagnostic(context, isJourney);
        const edit = journey && insertAttribute(context, journey, `${keyword} ""`);
        return journey && edit ? [localFix(context, `Add ${keyword} to journey '${journey.name}'`, [edit], true)] : [];
    };
}

/** journey-needs-target: `target P`, one action for each persona in scope. */
export function addTarget(context: FixContext): CodeAction[] {
    const journey = nodeAtDiagnostic(context, isJourney);
    if (!journey) {
        return [];
    }
    const personas = namesInScope(context.services, journey, 'targets');
    return personas.flatMap(name => {
        const edit = insertAttribute(context, journey, `target ${name}`);
        return edit ? [localFix(context, `Add 'target ${name}'`, [edit], personas.length === 1)] : [];
    });
}

/**
 * A line of its own after the last attribute that comes before it in ORDER, else first in
 * the journey's block, with the blank line `cjm fmt` keeps between the brief and a
 * declaration written on several lines. Nothing for a journey written on one line.
 */
function insertAttribute(context: FixContext, journey: Journey, attribute: string): TextEdit | undefined {
    const children = isCompositeCstNode(journey.$cstNode) ? journey.$cstNode.content : [];
    const keyword = attribute.split(' ')[0];
    const before = new Set(ORDER.slice(0, ORDER.indexOf(keyword)));
    const previous = children.filter(child => isKeyword(child, value => before.has(value))).at(-1)
        ?? children.find(child => isKeyword(child, value => value === '{'));
    if (!previous) {
        return undefined;
    }
    const line = previous.range.start.line;
    const rest = lineText(context.document, line).slice(previous.range.end.character);
    const next = children.find(child => child.offset >= previous.end);
    if (isKeyword(previous, value => value === '{') && next && next.range.start.line === line) {
        return undefined;
    }
    const eol = lineEnd(context.document);
    const offset = context.document.textDocument.offsetAt({ line, character: previous.range.end.character + rest.length });
    const blank = isKeyword(previous, value => value === '{') && next !== undefined && !isKeyword(next, value => ORDER.includes(value)) && next.range.start.line !== next.range.end.line;
    return insertAt(context.document, offset, `${eol}${indent(levelOf(journey) + 1)}${attribute}${blank ? eol : ''}`);
}

function isKeyword(node: CstNode, test: (value: string) => boolean): boolean {
    return GrammarAST.isKeyword(node.grammarSource) && test(node.grammarSource.value);
}
