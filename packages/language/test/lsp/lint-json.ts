/**
 * What `cjm lint --format json` says of a folder, and the server's diagnostics in the same
 * shape: the tests that hold the editor to the CLI compare the two.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EXAMPLES, TODAY } from '../fixtures.js';

const CLI = path.resolve(EXAMPLES, '../packages/cli/bin/cjm.js');

export interface LintDiagnostic {
    rule: string;
    message: string;
    severity: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

/** `cjm lint --format json` of a folder, by absolute file path. */
export function lintJson(root: string): Map<string, LintDiagnostic[]> {
    let output: string;
    try {
        output = execFileSync(process.execPath, [CLI, 'lint', '--format', 'json', '--today', TODAY, '.'], { cwd: root, encoding: 'utf8' });
    } catch (error) {
        output = (error as { stdout: string }).stdout;
    }
    const results = JSON.parse(output) as Array<{ file: string; diagnostics: never[] }>;
    return new Map(results.map(result => [path.resolve(root, result.file), result.diagnostics]));
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/** An LSP diagnostic as the CLI's JSON reporter writes it. */
export function asLint(diagnostic: Diagnostic): LintDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        rule: String(diagnostic.code),
        message: diagnostic.message,
        severity: SEVERITY[diagnostic.severity ?? 1],
        line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1
    };
}

export function byPosition(a: { line: number; column: number; rule: string }, b: { line: number; column: number; rule: string }): number {
    return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

