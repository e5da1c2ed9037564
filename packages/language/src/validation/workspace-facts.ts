import { DocumentState, WorkspaceCache, type AstNode, type LangiumSharedCoreServices, type Reference, type URI } from 'langium';
import { isCjmFile, isJourney, type Channel, type Journey, type Persona } from '../generated/ast.js';
import { refOf, sameTargets } from '../references/element-references.js';

/** What one journey uses: its persona and channel references, what each was linked to, and those targets once each. */
interface JourneyUses {
    references: readonly Reference[];
    targets: unknown[];
    used: AstNode[];
}

interface Facts {
    /** `type:name` of top-level declarations, with the documents that declare it (once per declaration). */
    names: Map<string, URI[]>;
    /** Personas and channels that some touchpoint or journey target refers to. */
    referenced: Set<AstNode>;
}

/**
 * Facts about the whole workspace that per-document checks need (duplicate-name,
 * unused-persona, unused-channel), gathered once per build so that the checks stay linear.
 */
export class WorkspaceFacts {
    private readonly facts: WorkspaceCache<'facts', Facts>;
    private readonly shared: LangiumSharedCoreServices;
    /**
     * What each journey uses, while its node lives: an edit spliced into one journey of a
     * big file keeps the others' nodes, so each rebuild only checks that their links still
     * point where they did, without walking their touchpoints or adding every target again.
     */
    private readonly usesOf = new WeakMap<Journey, JourneyUses>();

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        this.facts = new WorkspaceCache(shared, DocumentState.Linked);
    }

    topLevelCount(type: string, name: string): number {
        return this.topLevelDocuments(type, name).length;
    }

    /** The documents that declare a top-level name, once per declaration, in the index's order. */
    topLevelDocuments(type: string, name: string): readonly URI[] {
        return this.get().names.get(`${type}:${name}`) ?? [];
    }

    isReferenced(node: Persona | Channel): boolean {
        return this.get().referenced.has(node);
    }

    private get(): Facts {
        return this.facts.get('facts', () => this.gather());
    }

    private gather(): Facts {
        const names = new Map<string, URI[]>();
        for (const description of this.shared.workspace.IndexManager.allElements()) {
            const key = `${description.type}:${description.name}`;
            names.set(key, [...names.get(key) ?? [], description.documentUri]);
        }
        const referenced = new Set<AstNode>();
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            const root = document.parseResult.value;
            for (const journey of isCjmFile(root) ? root.elements.filter(isJourney) : []) {
                this.uses(journey).forEach(target => referenced.add(target));
            }
        }
        return { names, referenced };
    }

    /** The personas and channels a journey refers to (its targets, each touchpoint's personas and channels), once each. */
    private uses(journey: Journey): readonly AstNode[] {
        const kept = this.usesOf.get(journey);
        const references = kept?.references ?? referencesOf(journey);
        if (kept && sameTargets(kept.targets, references, refOf)) {
            return kept.used;
        }
        const targets = references.map(refOf);
        const used = [...new Set(targets.filter((target): target is AstNode => target !== undefined))];
        this.usesOf.set(journey, { references, targets, used });
        return used;
    }
}

function referencesOf(journey: Journey): Reference[] {
    const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
    return [...journey.targets, ...touchpoints.flatMap(touchpoint => [...touchpoint.personas, ...touchpoint.channels])];
}
