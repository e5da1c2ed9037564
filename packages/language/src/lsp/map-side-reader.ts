import { EmptyFileSystem, type URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createCjmServices } from '../cjm-module.js';
import type { CjmFile } from '../generated/ast.js';
import { buildMapModel } from '../model/build-map-model.js';
import type { MapModel } from '../model/map-model.js';
import { readable } from '../parser/syntax-problems.js';
import { withoutBom } from '../workspace/bom.js';

/** One side of a diff as a model, or its syntax errors when it does not parse. */
export type MapSide = { parses: true; model: MapModel } | { parses: false; errors: Diagnostic[] };

/**
 * Reads one version of a map on its own, as `cjm diff` reads each side: in a workspace of
 * its own, apart from the server's, so that the two versions of one file never meet and
 * references to other files stay names. One headless set of services serves every read
 * (a fresh set would build its parser again), one read at a time.
 */
export class MapSideReader {
    private services: ReturnType<typeof createCjmServices> | undefined;
    private queue: Promise<unknown> = Promise.resolve();

    read(text: string, uri: URI): Promise<MapSide> {
        const result = this.queue.then(() => this.readAlone(text, uri));
        this.queue = result.catch(() => undefined);
        return result;
    }

    private async readAlone(text: string, uri: URI): Promise<MapSide> {
        this.services ??= createCjmServices(EmptyFileSystem);
        const { shared, Cjm } = this.services;
        const document = shared.workspace.LangiumDocumentFactory.fromString<CjmFile>(withoutBom(text), uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await shared.workspace.DocumentBuilder.build([document], { validation: false });
            if (!readable(document)) {
                // The validator words and places syntax errors as `cjm lint` shows them.
                const diagnostics = await Cjm.validation.DocumentValidator.validateDocument(document);
                return { parses: false, errors: diagnostics.filter(diagnostic => diagnostic.code === 'syntax') };
            }
            return { parses: true, model: buildMapModel(document.parseResult.value, journey => Cjm.model.JourneyModels.get(journey)) };
        } finally {
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
}
