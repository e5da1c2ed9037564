import type { LintSeverity } from '../lint/lint-result.js';
import { visibleText } from '@cjm/language/visible-text';
import type { Reporter } from './reporter.js';

const COMMANDS: Record<LintSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one line per diagnostic (line breaks encoded as the
 * runner decodes them, other control characters shown as escapes, never raw in the log):
 * `::error file=F,line=L,col=C,endLine=..,endColumn=..,title=RULE::message`.
 */
export const github: Reporter = results => results
    .flatMap(({ file, diagnostics }) => diagnostics.map(diagnostic => {
        const properties = [
            `file=${visibleText(escapeProperty(file))}`,
            `line=${diagnostic.line}`,
            `col=${diagnostic.column}`,
            `endLine=${diagnostic.endLine}`,
            `endColumn=${diagnostic.endColumn}`,
            `title=${escapeProperty(diagnostic.rule)}`
        ];
        return `::${COMMANDS[diagnostic.severity]} ${properties.join(',')}::${visibleText(escapeData(diagnostic.message))}\n`;
    }))
    .join('');

/** The escaping of the runner's own toolkit (`escapeData` in @actions/core). */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also escape the separators `:` and `,` (`escapeProperty` in @actions/core). */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
