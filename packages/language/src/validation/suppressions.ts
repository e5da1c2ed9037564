import { CstUtils, isLeafCstNode, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { RuleWords } from '../locale/rule-words.js';
import { isRuleId, type RuleId } from './rules.js';

interface Suppression {
    scope: 'file' | 'next-line';
    rules: string[];
    /** The comment's own range, where unused-suppression points. */
    range: Diagnostic['range'];
}

const SUPPRESSION = /^\/\/\s*cjm-disable(-next-line)?\b(.*)$/;

/** The suppression comments of a document, and the line of its first token that is not a comment. */
export function findSuppressions(root: AstNode): { suppressions: Suppression[]; firstCodeLine: number } {
    const suppressions: Suppression[] = [];
    let firstCodeLine = Number.POSITIVE_INFINITY;
    if (!root.$cstNode) {
        return { suppressions, firstCodeLine };
    }
    for (const node of CstUtils.streamCst(root.$cstNode)) {
        if (!isLeafCstNode(node)) {
            continue;
        }
        if (!node.hidden) {
            firstCodeLine = Math.min(firstCodeLine, node.range.start.line);
            continue;
        }
        const match = SUPPRESSION.exec(node.text);
        if (match) {
            suppressions.push({
                scope: match[1] ? 'next-line' : 'file',
                rules: match[2].split(',').map(rule => rule.trim()).filter(rule => rule.length > 0),
                range: node.range
            });
        }
    }
    return { suppressions, firstCodeLine };
}

/**
 * Drops the diagnostics that a suppression silences and reports each suppression (or each
 * rule in it) that silences nothing, that names an unknown rule, or a file-wide one that is
 * not at the top of the file. `checked` tells the rules whose checks ran: a suppression of
 * a rule that was not checked (a document that does not parse skips most checks) silences
 * nothing now, but may well be needed once the text parses again.
 */
export function applySuppressions(diagnostics: Diagnostic[], root: AstNode, say: RuleWords['unused-suppression'], checked: (rule: RuleId) => boolean = () => true): Diagnostic[] {
    // Every suppression says `cjm-disable`: a map without the words is not walked node by node.
    if (root.$cstNode?.root.fullText.includes('cjm-disable') !== true) {
        return diagnostics;
    }
    const { suppressions, firstCodeLine } = findSuppressions(root);
    if (suppressions.length === 0) {
        return diagnostics;
    }
    const used = new Set<string>();
    const silences = (suppression: Suppression, rule: string, diagnostic: Diagnostic): boolean =>
        diagnostic.code === rule && (suppression.scope === 'file'
            ? suppression.range.start.line < firstCodeLine
            : diagnostic.range.start.line === suppression.range.end.line + 1);
    const kept = diagnostics.filter(diagnostic => {
        let silenced = false;
        suppressions.forEach((suppression, index) => suppression.rules.forEach(rule => {
            if (silences(suppression, rule, diagnostic)) {
                used.add(`${index}:${rule}`);
                silenced = true;
            }
        }));
        return !silenced;
    });
    const unused: Diagnostic[] = [];
    suppressions.forEach((suppression, index) => {
        if (suppression.rules.length === 0) {
            unused.push(unusedSuppression(suppression, say.noRule()));
        }
        for (const rule of suppression.rules) {
            if (!isRuleId(rule)) {
                unused.push(unusedSuppression(suppression, say.unknownRule(rule)));
            } else if (suppression.scope === 'file' && suppression.range.start.line > firstCodeLine) {
                unused.push(unusedSuppression(suppression, say.notAtTop(rule)));
            } else if (!used.has(`${index}:${rule}`) && checked(rule)) {
                unused.push(unusedSuppression(suppression, say.unused(rule)));
            }
        }
    });
    return [...kept, ...unused];
}

function unusedSuppression(suppression: Suppression, message: string): Diagnostic {
    const rule: RuleId = 'unused-suppression';
    return { range: suppression.range, message, code: rule, severity: 2, source: 'cjm', data: { code: rule } };
}
