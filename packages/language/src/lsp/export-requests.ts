import { DocumentState, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { diagramOptions } from '../diagram/diagram-options.js';
import { exportMarkdown, type MarkdownOptions } from '../export/markdown.js';
import { exportMermaid } from '../export/mermaid.js';
import type { CjmFile } from '../generated/ast.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { ExportParams, ExportResult } from '../protocol.js';
import { readable } from '../parser/syntax-problems.js';
import { exportDiagnostics } from './export-diagnostics.js';
import { checkCancelled, documentName, journeysOf, requestDocument } from './request-document.js';

/** `cjm/exportMermaid`: what `cjm export --format mermaid` writes for the journey. */
export function exportMermaidRequest(services: CjmServices, params: ExportParams, token: CancellationToken): Promise<ExportResult> {
    return exportJourney(services, params, DocumentState.Linked, token, (journey, document) => exportMermaid(journey, reportOptions(services, journey, document).locale));
}

/** `cjm/exportMarkdown`: the report `cjm export --format markdown` writes, with the document's diagnostics. */
export function exportMarkdownRequest(services: CjmServices, params: ExportParams, token: CancellationToken): Promise<ExportResult> {
    return exportJourney(services, params, DocumentState.Validated, token, (journey, document) =>
        exportMarkdown(journey, exportDiagnostics(documentName(services.shared, document), document.diagnostics ?? []), reportOptions(services, journey, document)));
}

/** The language and stale evidence as `cjm export` has them: the document's config and lint's today. */
function reportOptions(services: CjmServices, journey: JourneyModel, document: LangiumDocument<CjmFile>): MarkdownOptions {
    const configs = services.config.ConfigProvider;
    return diagramOptions(journey, configs.configOrDefault(document.uri), configs.getToday());
}

/**
 * One journey of the document, exported, or why not in the words of `cjm export`: the
 * named journey (an id the document lacks is an error, not another journey), else the first.
 */
async function exportJourney(
    services: CjmServices, params: ExportParams, state: DocumentState, token: CancellationToken,
    write: (journey: JourneyModel, document: LangiumDocument<CjmFile>) => string
): Promise<ExportResult> {
    const document = await requestDocument(services.shared, params.uri, state, token);
    const name = documentName(services.shared, document);
    if (!readable(document)) {
        return { kind: 'error', message: `${name} has syntax errors; fix them to export it` };
    }
    const journeys = journeysOf(document);
    const journey = params.journey === undefined ? journeys.at(0) : journeys.find(candidate => candidate.name === params.journey);
    if (journey === undefined) {
        const ids = journeys.map(candidate => candidate.name).join(', ');
        return { kind: 'error', message: journeys.length === 0 ? `${name} declares no journey` : `${name} has no journey ${params.journey}; its journeys: ${ids}` };
    }
    checkCancelled(token);
    return { kind: 'text', text: write(services.model.JourneyModels.get(journey), document), journey: journey.name };
}
