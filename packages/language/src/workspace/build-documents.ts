import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { createCjmServices } from '../cjm-module.js';
import type { CjmFile } from '../generated/ast.js';
import type { Locale } from '../locale/locale.js';
import type { LocaleProvider } from '../locale/locale-provider.js';
import { withoutBom } from './bom.js';

export interface SourceText {
    /** Absolute file path. */
    path: string;
    text: string;
}

export interface BuiltDocument {
    path: string;
    document: LangiumDocument<CjmFile>;
    diagnostics: Diagnostic[];
    /** The language its diagnostics speak (locale/locale-provider.ts). */
    locale: Locale;
}

/**
 * Builds the given texts as one workspace (references resolve across them) and validates
 * them, as the language server does for an opened folder. The texts come from the caller,
 * so this does no IO.
 */
export async function buildDocuments(services: ReturnType<typeof createCjmServices>, sources: readonly SourceText[]): Promise<BuiltDocument[]> {
    const { shared } = services;
    const factory = shared.workspace.LangiumDocumentFactory;
    const documents = sources.map(source => {
        const document = factory.fromString<CjmFile>(withoutBom(source.text), URI.file(source.path));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const locales = services.Cjm.locale.LocaleProvider;
    return documents.map((document, index) => ({ path: sources[index].path, document, diagnostics: document.diagnostics ?? [], locale: localeOf(locales, document) }));
}

/** The language of a document's diagnostics; English when even choosing it fails, as its internal-error then says (validation/internal-error.ts). */
function localeOf(locales: LocaleProvider, document: LangiumDocument): Locale {
    try {
        return locales.localeOf(document);
    } catch {
        return 'en';
    }
}
