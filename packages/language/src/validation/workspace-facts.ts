import { AstUtils, DocumentState, WorkspaceCache, type AstNode, type LangiumSharedCoreServices } from 'langium';
import { isJourney, type Channel, type Persona } from '../generated/ast.js';

interface Facts {
    /** `type:name` of top-level declarations, with how many the workspace has. */
    names: Map<string, number>;
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

    constructor(shared: LangiumSharedCoreServices) {
        this.shared = shared;
        this.facts = new WorkspaceCache(shared, DocumentState.Linked);
    }

    topLevelCount(type: string, name: string): number {
        return this.get().names.get(`${type}:${name}`) ?? 0;
    }

    isReferenced(node: Persona | Channel): boolean {
        return this.get().referenced.has(node);
    }

    private get(): Facts {
        return this.facts.get('facts', () => this.gather());
    }

    private gather(): Facts {
        const names = new Map<string, number>();
        for (const description of this.shared.workspace.IndexManager.allElements()) {
            const key = `${description.type}:${description.name}`;
            names.set(key, (names.get(key) ?? 0) + 1);
        }
        const referenced = new Set<AstNode>();
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            for (const journey of document.parseResult.value.$type === 'CjmFile' ? AstUtils.streamContents(document.parseResult.value).filter(isJourney) : []) {
                const touchpoints = journey.stages.flatMap(stage => stage.touchpoints);
                for (const ref of [...journey.targets, ...touchpoints.flatMap(touchpoint => [...touchpoint.personas, ...touchpoint.channels])]) {
                    if (ref.ref) {
                        referenced.add(ref.ref);
                    }
                }
            }
        }
        return { names, referenced };
    }
}
