import { AstUtils, DefaultLinker, UriUtils, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { parses } from '../parser/syntax-problems.js';
import { isJourney } from '../generated/ast.js';
import { nearestNames } from './nearest-names.js';

/** Kinds whose names are looked up in the journey first and then in the whole workspace. */
const SHARED_KINDS = new Set(['Persona', 'Channel']);

/**
 * Langium's linker, with a message that says what was looked for, where, and the nearest
 * name in scope: "no persona `Foundr` in journey Onboarding or the workspace; did you
 * mean `Founder`?". The quick fix offers the same names (nearestNames).
 */
export class CjmLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const written = refInfo.reference.$refText;
        const journey = AstUtils.getContainerOfType(refInfo.container, isJourney);
        const journeyName = journey ? `journey ${journey.name}` : 'this file';
        const where = SHARED_KINDS.has(type) ? `${journeyName} or the workspace` : journeyName;
        const names = this.scopeProvider.getScope(refInfo).getAllElements().map(description => description.name);
        const [nearest] = nearestNames(written, names);
        const suggestion = nearest === undefined ? '' : `; did you mean \`${nearest}\`?`;
        const broken = SHARED_KINDS.has(type) && nearest === undefined ? this.unparsedFileBesides(refInfo) : undefined;
        const hint = broken === undefined ? '' : `; ${broken} has syntax errors and may declare it`;
        return { ...error, message: `no ${type.toLowerCase()} \`${written}\` in ${where}${suggestion}${hint}` };
    }

    /** Another file of the workspace that does not parse, whose lost declarations the reference may be after. */
    private unparsedFileBesides(refInfo: ReferenceInfo): string | undefined {
        const own = AstUtils.getDocument(refInfo.container).uri;
        const broken = this.langiumDocuments().all.find(document => document.uri.toString() !== own.toString() && !parses(document));
        return broken && UriUtils.relative(UriUtils.dirname(own), broken.uri);
    }
}
