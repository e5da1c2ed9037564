import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { isJourney } from '../generated/ast.js';

/** Where each kind of name is looked up, for the message of an unresolved reference. */
const VISIBILITY: Record<string, string> = {
    Persona: 'in the journey or the workspace',
    Channel: 'in the journey or the workspace',
    Touchpoint: 'in journey',
    Barrier: 'in journey'
};

/** Langium's linker, with messages that say what was looked for and where. */
export class CjmLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const journey = AstUtils.getContainerOfType(refInfo.container, isJourney);
        const where = VISIBILITY[type] === 'in journey' ? `in journey '${journey?.name ?? ''}'` : VISIBILITY[type] ?? 'in scope';
        return { ...error, message: `No ${type.toLowerCase()} named '${refInfo.reference.$refText}' is declared ${where}.` };
    }
}
