import { CstUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { groupBy } from '../../utils/group-by.js';
import { isRuleId } from '../../validation/rules.js';
import { findSuppressions } from '../../validation/suppressions.js';
import { quickFix } from './quick-fix.js';
import { insertAt, lineEnd, lineText } from './text-edits.js';

/**
 * Rules a suppression comment must not be offered for: `syntax` (a map that does not parse
 * skips every other check, so silencing it would show a broken map as clean),
 * `internal-error` (a failure of cjm itself) and `unused-suppression` (reported after the
 * suppressions apply, so no comment can silence it).
 */
const NOT_SUPPRESSIBLE = new Set<string>(['syntax', 'internal-error', 'unused-suppression']);

/**
 * "Suppress RULE on this line" and "Suppress RULE in this file" for each diagnostic,
 * once per rule and line (and once per rule for the file). An existing suppression comment
 * in the right place gets the rule added rather than a second comment.
 */
export function suppressionActions(document: LangiumDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const suppressible = diagnostics.filter(({ code }) => typeof code === 'string' && isRuleId(code) && !NOT_SUPPRESSIBLE.has(code));
    const byLine = [...groupBy(suppressible, ({ code, range }) => `${code}:${range.start.line}`).values()];
    const byRule = [...groupBy(suppressible, ({ code }) => String(code)).values()];
    const uri = document.uri.toString();
    const actions: CodeAction[] = [];
    for (const group of byLine) {
        const rule = String(group[0].code);
        const edit = suppressOnLine(document, rule, group[0].range.start.line);
        if (edit) {
            actions.push(quickFix(`Suppress ${rule} on this line`, group, { [uri]: [edit] }));
        }
    }
    for (const group of byRule) {
        const rule = String(group[0].code);
        const edit = suppressInFile(document, rule);
        if (edit) {
            actions.push(quickFix(`Suppress ${rule} in this file`, group, { [uri]: [edit] }));
        }
    }
    return actions;
}

/** `// cjm-disable-next-line RULE` above the line, indented like it, or RULE added to the one there. */
function suppressOnLine(document: LangiumDocument, rule: string, line: number): TextEdit | undefined {
    const root = document.parseResult.value;
    const existing = findSuppressions(root).suppressions.find(({ scope, range }) => scope === 'next-line' && range.end.line === line - 1);
    if (existing) {
        return existing.rules.includes(rule) ? undefined : addRule(document, existing.range, existing.rules.length > 0, rule);
    }
    const lineStart = document.textDocument.offsetAt({ line, character: 0 });
    const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, lineStart);
    if (leaf && leaf.offset < lineStart) {
        // The line begins inside a string or comment that spans lines: a comment cannot go there.
        return undefined;
    }
    const indentation = /^\s*/.exec(lineText(document, line))![0];
    return insertAt(document, lineStart, `${indentation}// cjm-disable-next-line ${rule}${lineEnd(document)}`);
}

/** RULE added to the `// cjm-disable` comment at the top of the file, or such a comment on the first line. */
function suppressInFile(document: LangiumDocument, rule: string): TextEdit | undefined {
    const { suppressions, firstCodeLine } = findSuppressions(document.parseResult.value);
    const existing = suppressions.find(({ scope, range }) => scope === 'file' && range.start.line < firstCodeLine);
    if (existing) {
        return existing.rules.includes(rule) ? undefined : addRule(document, existing.range, existing.rules.length > 0, rule);
    }
    return insertAt(document, 0, `// cjm-disable ${rule}${lineEnd(document)}`);
}

/** `, RULE` (or ` RULE` for a comment that names none yet) after the comment's last rule. */
function addRule(document: LangiumDocument, comment: Diagnostic['range'], hasRules: boolean, rule: string): TextEdit {
    const text = document.textDocument.getText(comment).trimEnd();
    const offset = document.textDocument.offsetAt(comment.start) + text.length;
    return insertAt(document, offset, `${hasRules ? ',' : ''} ${rule}`);
}
