import { AstUtils, DefaultLinker, UriUtils, type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { parses } from '../parser/syntax-problems.js';
import { isJourney } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import type { DeclarationKind } from '../locale/rule-words.js';
import type { LocaleProvider } from '../locale/locale-provider.js';
import type { ElementReferences } from './element-references.js';
import { nearestNames } from './nearest-names.js';
import { walkByElement } from './walk-by-element.js';

/** Kinds whose names are looked up in the journey first and then in the whole workspace. */
const SHARED_KINDS = new Set(['Persona', 'Channel']);

/**
 * Langium's linker, with a message that says what was looked for, where, and the nearest
 * name in scope: "No persona `Foundr` in journey `Onboarding` or the workspace: perhaps
 * `Founder`.", in the map's language. The quick fix offers the same names (nearestNames).
 */
export class CjmLinker extends DefaultLinker {
    private readonly locales: LocaleProvider;
    private readonly references: ElementReferences;

    constructor(services: CjmServices) {
        super(services);
        this.locales = services.locale.LocaleProvider;
        this.references = services.references.ElementReferences;
    }

    /** Langium's linking, one top-level element at a time (walk-by-element.ts, element-references.ts). */
    override async link(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await walkByElement(document.parseResult.value, cancelToken, element => {
            this.references.of(element).forEach(info => this.doLink(info, document));
        });
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
