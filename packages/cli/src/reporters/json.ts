import type { Reporter } from './reporter.js';

/** cli.md's JSON: one entry per file read, also files without diagnostics. */
export const json: Reporter = results =>
    `${JSON.stringify(results.map(({ file, diagnostics }) => ({
        file,
        diagnostics: diagnostics.map(({ rule, severity, message, line, column, endLine, endColumn }) =>
            ({ rule, severity, message, line, column, endLine, endColumn }))
    })), null, 2)}\n`;
