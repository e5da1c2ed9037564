import { AstUtils, DefaultLinker, UriUtils, type AstNode, type AstNodeDescription, type LangiumDocument, type LinkingError, type NameProvider, type ReferenceInfo } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { parses } from '../parser/syntax-problems.js';
import { isCjmFile, isJourney } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import type { DeclarationKind } from '../locale/rule-words.js';
import type { Locale } from '../locale/locale.js';
import type { LocaleProvider } from '../locale/locale-provider.js';
import type { CjmDocumentFactory } from '../workspace/document-factory.js';
import type { ElementReferences } from './element-references.js';
import { isLinked, keepsLinks, unlinked } from './kept-links.js';
import { nearestNames } from './nearest-names.js';
import { walkByElement } from './walk-by-element.js';

/** Kinds whose names are looked up in the journey first and then in the whole workspace. */
const SHARED_KINDS = new Set(['Persona', 'Channel']);

/** A document whose links are kept through its reset, until its next link decides: its tree and language then. */
interface Held {
    document: LangiumDocument;
    root: AstNode;
    locale: Locale;
}

/**
 * Langium's linker, with a message that says what was looked for, where, and the nearest
 * name in scope: "No persona `Foundr` in journey `Onboarding` or the workspace: perhaps
 * `Founder`.", in the map's language. The quick fix offers the same names (nearestNames).
 *
 * An edit spliced into one top-level element (workspace/document-factory.ts) links only
 * that element, where the other elements' links stay true (kept-links.ts): the document
 * builder holds the document's links through its reset (workspace/document-builder.ts),
 * and linking either keeps them or unlinks the whole document as Langium does.
 */
export class CjmLinker extends DefaultLinker {
    private readonly locales: LocaleProvider;
    private readonly references: ElementReferences;
    private readonly names: NameProvider;
    private readonly factory: CjmDocumentFactory;
    private held: Held | undefined;

    constructor(services: CjmServices) {
        super(services);
        this.locales = services.locale.LocaleProvider;
        this.references = services.references.ElementReferences;
        this.names = services.references.NameProvider;
        this.factory = services.shared.workspace.LangiumDocumentFactory as CjmDocumentFactory;
    }

    /**
     * Keeps the links of `document` (of none: undefined) through its next reset; the next
     * link of it decides whether they stay. A hold that no link took (its build was
     * cancelled) ends here, with the whole document unlinked as Langium would have.
     */
    holdLinks(document: LangiumDocument | undefined): void {
        if (this.held) {
            super.unlink(this.held.document);
        }
        const locale = document && this.localeOf(document);
        this.held = document && locale && { document, root: document.parseResult.value, locale };
    }

    /** The document's language; none when choosing it fails (the validator reports that failure), so that no links are kept. */
    private localeOf(document: LangiumDocument): Locale | undefined {
        try {
            return this.locales.localeOf(document);
        } catch {
            return undefined;
        }
    }

    override unlink(document: LangiumDocument): void {
        if (this.held?.document !== document) {
            super.unlink(document);
        }
    }

    /** Langium's linking, one top-level element at a time (walk-by-element.ts, element-references.ts); after a splice, of the new element only where that is safe. */
    override async link(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const held = this.held?.document === document ? this.held : undefined;
        const splice = this.factory.takeSplice(document.uri);
        if (held) {
            this.held = undefined;
            const root = document.parseResult.value;
            if (splice?.from === held.root && this.localeOf(document) === held.locale && keepsLinks(root, splice, this.references, this.names)) {
                this.references.of(splice.replaced).forEach(info => unlinked(info.reference));
                this.linkOnly(document, splice.element);
                return;
            }
            super.unlink(document);
        }
        await walkByElement(document.parseResult.value, cancelToken, element => {
            this.references.of(element).forEach(info => this.doLink(info, document));
        });
    }

    /** Links the references of `element` and lists every reference of the document in the order of the text, as a full link does. */
    private linkOnly(document: LangiumDocument, element: AstNode): void {
        const root = document.parseResult.value;
        const linked: LangiumDocument['references'] = [];
        document.references = linked;
        for (const each of isCjmFile(root) ? root.elements : []) {
            for (const info of this.references.of(each)) {
                if (each === element && !isLinked(info.reference)) {
                    this.doLink(info, document);
                } else {
                    linked.push(info.reference);
                }
            }
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo) as DeclarationKind;
        const journey = AstUtils.getContainerOfType(refInfo.container, isJourney);
        const names = this.scopeProvider.getScope(refInfo).getAllElements().map(description => description.name);
        const [nearest] = nearestNames(refInfo.reference.$refText, names);
        const shared = SHARED_KINDS.has(type);
        const broken = shared && nearest === undefined ? this.unparsedFileBesides(refInfo) : undefined;
        const say = this.locales.messagesAt(refInfo.container).rules['unresolved-reference'];
        return { ...error, message: say.notFound(type, refInfo.reference.$refText, journey?.name, shared, nearest, broken) };
    }

    /** Another file of the workspace that does not parse, whose lost declarations the reference may be after. */
    private unparsedFileBesides(refInfo: ReferenceInfo): string | undefined {
        const own = AstUtils.getDocument(refInfo.container).uri;
        const broken = this.langiumDocuments().all.find(document => document.uri.toString() !== own.toString() && !parses(document));
        return broken && UriUtils.relative(UriUtils.dirname(own), broken.uri);
    }
}
