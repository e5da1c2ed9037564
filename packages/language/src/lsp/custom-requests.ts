import { isOperationCancelled } from 'langium';
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { CoverageRequest, DiagramRequest, DiffWithTextRequest, ExportMarkdownRequest, ExportMermaidRequest } from '../protocol.js';
import { coverageRequest } from './coverage-request.js';
import { diagramRequest } from './diagram-request.js';
import { diffWithTextRequest } from './diff-request.js';
import { exportMarkdownRequest, exportMermaidRequest } from './export-requests.js';
import { MapSideReader } from './map-side-reader.js';

/** Handlers of the custom requests of protocol.ts: the preview's picture, the exports, the diff and the coverage. */
export class CustomRequests {
    private readonly services: CjmServices;
    private readonly sides = new MapSideReader();

    constructor(services: CjmServices) {
        this.services = services;
    }

    register(connection: Connection): void {
        const services = this.services;
        connection.onRequest(DiagramRequest, (params, token) => answer(() => diagramRequest(services, params, token)));
        connection.onRequest(ExportMarkdownRequest, (params, token) => answer(() => exportMarkdownRequest(services, params, token)));
        connection.onRequest(ExportMermaidRequest, (params, token) => answer(() => exportMermaidRequest(services, params, token)));
        connection.onRequest(CoverageRequest, (params, token) => answer(() => coverageRequest(services, params, token)));
        connection.onRequest(DiffWithTextRequest, (params, token) => answer(() => diffWithTextRequest(services, this.sides, params, token)));
    }
}

/** The handler's result; a request the client cancelled ends as the protocol says, with RequestCancelled. */
async function answer<R>(handle: () => Promise<R>): Promise<R | ResponseError<void>> {
    try {
        return await handle();
    } catch (error) {
        if (isOperationCancelled(error)) {
            return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        }
        throw error;
    }
}
