import { DocumentState, WorkspaceCache, type AstNode, type LangiumSharedCoreServices, type Reference, type URI } from 'langium';
import { isCjmFile, isJourney, type Channel, type Journey, type Persona } from '../generated/ast.js';

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
     * The persona and channel references of each journey, while its node lives: an edit
     * spliced into one journey of a big file keeps the others' nodes, so each rebuild
     * reads their links without walking and copying their touchpoints again.
     */
    private readonly usesOf = new WeakMap<Journey, readonly Reference[]>();

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
                for (const ref of this.uses(journey)) {
                    if (ref.ref) {
                        referenced.add(ref.ref);
                    }
                }
            }
        }
        return { names, referenced };
    }

    /** A journey's targets, then each touchpoint's personas and channels. */
    private uses(journey: Journey): readonly Reference[] {
        let found = this.usesOf.get(journey);
        if (!found) {
            const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
            found = [...journey.targets, ...touchpoints.flatMap(touchpoint => [...touchpoint.personas, ...touchpoint.channels])];
            this.usesOf.set(journey, found);
        }
        return found;
    }
}
