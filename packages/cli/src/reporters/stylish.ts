import type { LintDiagnostic, LintSeverity } from '../lint/lint-result.js';
import { countDiagnostics } from '../lint/lint-result.js';
import { visibleText } from '@cjm/language/visible-text';
import type { Reporter } from './reporter.js';

/**
 * ESLint's stylish layout: each file with problems, its problems as aligned rows
 * `line:col  severity  message  rule-id`, then one summary line. Nothing at all when there
 * are no problems.
 */
export const stylish: Reporter = (results, { color, words }) => {
    const paint = color ? ansi : plain;
    const blocks = results.filter(result => result.diagnostics.length > 0).map(result =>
        `${paint('underline', visibleText(result.file, { oneLine: true }))}\n${rows(result.diagnostics, paint).join('\n')}\n`);
    if (blocks.length === 0) {
        return '';
    }
    const counts = countDiagnostics(results);
    return `${blocks.join('\n')}\n${paint(counts.errors > 0 ? 'red' : 'yellow', words.problems(counts.errors, counts.warnings, counts.infos), true)}\n`;
};

type Style = 'red' | 'yellow' | 'blue' | 'dim' | 'underline';
type Paint = (style: Style, text: string, bold?: boolean) => string;

const CODES: Record<Style, number> = { red: 31, yellow: 33, blue: 34, dim: 2, underline: 4 };
const SEVERITY_STYLE: Record<LintSeverity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

const plain: Paint = (_style, text) => text;
const ansi: Paint = (style, text, bold = false) => `\x1b[${bold ? '1;' : ''}${CODES[style]}m${text}\x1b[0m`;

function rows(diagnostics: readonly LintDiagnostic[], paint: Paint): string[] {
    const cells = diagnostics.map(diagnostic => [`${diagnostic.line}:${diagnostic.column}`, diagnostic.severity, visibleText(diagnostic.message, { oneLine: true }), diagnostic.rule]);
    // A loop, not Math.max(...): a file may have more rows than a call takes arguments.
    const widths = [0, 1, 2].map(column => cells.reduce((widest, row) => Math.max(widest, row[column].length), 0));
    return cells.map(([position, severity, message, rule]) => [
        '',
        paint('dim', position.padEnd(widths[0])),
        paint(SEVERITY_STYLE[severity as LintSeverity], severity.padEnd(widths[1])),
        message.padEnd(widths[2]),
        paint('dim', rule)
    ].join('  '));
}
