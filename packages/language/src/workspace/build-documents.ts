import { TextDocument, URI, type LangiumDocument } from 'langium';
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
    return built(services, sources, documents);
}

/**
 * Brings a workspace that buildDocuments built up to date with `sources` (all its texts
 * now), as the language server does after an edit: the maps whose text changed are parsed
 * again, those that are gone removed, and only they and the maps that refer to them are
 * linked and validated again. Unchanged maps keep their documents.
 */
export async function updateDocuments(services: ReturnType<typeof createCjmServices>, sources: readonly SourceText[], previous: ReadonlyMap<string, string>): Promise<BuiltDocument[]> {
    const { shared } = services;
    const texts = shared.workspace.TextDocuments!;
    const current = new Set(sources.map(source => source.path));
    const changed = sources.filter(source => previous.get(source.path) !== source.text);
    const gone = [...previous.keys()].filter(path => !current.has(path)).map(path => URI.file(path));
    for (const source of changed) {
        const uri = URI.file(source.path);
        // Langium reads a changed document's new text from here before it reads the disk.
        texts.set(TextDocument.create(uri.toString(), 'cjm', (texts.get(uri.toString())?.version ?? 0) + 1, withoutBom(source.text)));
    }
    gone.forEach(uri => texts.delete(uri.toString()));
    await shared.workspace.DocumentBuilder.update(changed.map(source => URI.file(source.path)), gone);
    const documents = shared.workspace.LangiumDocuments;
    return built(services, sources, sources.map(source => documents.getDocument(URI.file(source.path)) as LangiumDocument<CjmFile>));
}

function built(services: ReturnType<typeof createCjmServices>, sources: readonly SourceText[], documents: readonly LangiumDocument<CjmFile>[]): BuiltDocument[] {
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
