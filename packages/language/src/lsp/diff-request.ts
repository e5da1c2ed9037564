import { DocumentState } from 'langium';
import { ErrorCodes, ResponseError, type CancellationToken, type Diagnostic } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { reviewMaps } from '../diff/review-changes.js';
import { reviewLocale } from '../diff/review-locale.js';
import { drawChange } from '../diff/draw-change.js';
import { DIFF_REPORTERS, type DiffFormat } from '../diff/reporters.js';
import type { DiffWithTextParams, DiffWithTextResult } from '../protocol.js';
import type { MapSideReader } from './map-side-reader.js';
import { checkCancelled, documentName, requestDocument } from './request-document.js';

/**
 * `cjm/diffWithText`: `cjm diff` between a given old text and the document's current
 * text. Both sides are read alike, each on its own (MapSideReader), at the document's URI.
 */
export async function diffWithTextRequest(services: CjmServices, sides: MapSideReader, params: DiffWithTextParams, token: CancellationToken): Promise<DiffWithTextResult> {
    if (!Object.hasOwn(DIFF_REPORTERS, params.format) && params.format !== 'svg') {
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown diff format '${params.format}'; formats: ${[...Object.keys(DIFF_REPORTERS), 'svg'].join(', ')}`);
    }
    const document = await requestDocument(services.shared, params.uri, DocumentState.Parsed, token);
    const names = params.labels ?? { old: 'the old text', new: documentName(services.shared, document) };
    const before = await sides.read(params.oldText, document.uri);
    const after = await sides.read(document.textDocument.getText(), document.uri);
    checkCancelled(token);
    if (!before.parses || !after.parses) {
        const broken = [before.parses ? '' : syntaxReport(names.old, before.errors), after.parses ? '' : syntaxReport(names.new, after.errors)];
        return { kind: 'error', message: `${broken.filter(report => report !== '').join('\n')}\nFix them to compare.` };
    }
    const changes = reviewMaps(before.model, after.model);
    // The language and stale evidence as `cjm diff` has them: the document's config and lint's today.
    const configs = services.config.ConfigProvider;
    const config = configs.configOrDefault(document.uri);
    const locale = reviewLocale(after.model, undefined, config.locale);
    if (params.format === 'svg') {
        const pictures = await drawChange(before.model, after.model, changes, services.diagram.StageLayouts, {
            theme: params.theme ?? 'light', locale, evidence: { today: configs.getToday(), maxAgeDays: config.evidenceMaxAgeDays }
        });
        return { kind: 'diff', text: pictures?.marked ?? '', changes: changes.length };
    }
    return { kind: 'diff', text: DIFF_REPORTERS[params.format as DiffFormat](changes, { ...params.labels, locale }), changes: changes.length };
}

/** `NAME has syntax errors:` and one `line L, column C: message` line per error. */
function syntaxReport(name: string, errors: readonly Diagnostic[]): string {
    const lines = errors.map(({ range: { start }, message }) => `  line ${start.line + 1}, column ${start.character + 1}: ${message}`);
    return [`${name} has syntax errors:`, ...lines].join('\n');
}
