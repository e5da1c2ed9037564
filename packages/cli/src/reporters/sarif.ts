import { isRuleId, ruleHelpUrl } from '@cjm/language';
import type * as Sarif from 'sarif';
import type { LintSeverity } from '../lint/lint-result.js';
import type { Reporter } from './reporter.js';

const LEVELS: Record<LintSeverity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for code-scanning upload: one rule per rule id of the registry (with its
 * help and its page as helpUri), one result per diagnostic, locations relative to the current folder.
 */
export const sarif: Reporter = (results, { rules, tool }) => {
    const ruleIds = Object.keys(rules);
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: tool.name,
                    version: tool.version,
                    semanticVersion: tool.version,
                    informationUri: tool.informationUri,
                    rules: ruleIds.map((id): Sarif.ReportingDescriptor => ({
                        id,
                        shortDescription: { text: rules[id].summary },
                        fullDescription: { text: rules[id].help },
                        help: { text: rules[id].help },
                        ...(isRuleId(id) ? { helpUri: ruleHelpUrl(id) } : {}),
                        defaultConfiguration: { level: LEVELS[rules[id].severity] }
                    }))
                }
            },
            // LSP positions, and so ours, count UTF-16 code units.
            columnKind: 'utf16CodeUnits',
            results: results.flatMap(({ file, diagnostics }) => diagnostics.map((diagnostic): Sarif.Result => {
                const ruleIndex = ruleIds.indexOf(diagnostic.rule);
                return {
                    ruleId: diagnostic.rule,
                    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
                    level: LEVELS[diagnostic.severity],
                    message: { text: diagnostic.message },
                    locations: [{
                        physicalLocation: {
                            artifactLocation: { uri: fileUri(file) },
                            region: {
                                startLine: diagnostic.line,
                                startColumn: diagnostic.column,
                                endLine: diagnostic.endLine,
                                endColumn: diagnostic.endColumn
                            }
                        }
                    }]
                };
            }))
        }]
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function fileUri(file: string): string {
    return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
