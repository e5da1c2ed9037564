import type { CodeAction } from 'vscode-languageserver';
import { localFix, type FixContext } from './quick-fix.js';

/**
 * syntax: the texts the explainer found would mend the error (a name written `first-visit`
 * becomes `first_visit` or `FirstVisit`, `41,5` becomes `41.5`), each replacing the range
 * of the diagnostic. They come with the diagnostic, so the fix and the message agree.
 */
export function replaceSyntax(context: FixContext): CodeAction[] {
    const data: unknown = context.diagnostic.data;
    const replacements = typeof data === 'object' && data !== null && Array.isArray((data as { replacements?: unknown }).replacements)
        ? (data as { replacements: unknown[] }).replacements.filter((text): text is string => typeof text === 'string')
        : [];
    return replacements.map((text, index) => localFix(context, `Write '${text}'`, [{ range: context.diagnostic.range, newText: text }], index === 0));
}
