/**
 * A second memory for stage layouts, beyond one process (the CLI keeps one on disk): what
 * ELK answered for a stage, by the exact ELK input, so a re-run lays out only the stages
 * that changed. It keeps ELK's answer, not cjm's reading of it, so that what cjm makes of
 * a layout may change between builds without a stale picture; and only the parts that
 * reading uses, with the stage's own ids (prefix ''), so that an entry is small and fits
 * wherever the stage appears.
 */
import type { ElkExtendedEdge, ElkNode } from './elk-engine.js';

export interface LayoutStore {
    /** ELK's answer for each key (the stage's ELK input as JSON) where one is kept. */
    read(keys: readonly string[]): Promise<(ElkNode | undefined)[]>;
    /** Keeps these answers; a store that cannot keep them only makes the next run slower. */
    write(entries: readonly (readonly [string, ElkNode])[]): Promise<void>;
}

/** The parts of a laid-out stage that readStageGraph reads, with `prefix` taken off its ids. */
export function storedStage(node: ElkNode, prefix: string): ElkNode {
    const local = (id: string): string => id.slice(prefix.length);
    const edge = (item: ElkExtendedEdge): ElkExtendedEdge => ({
        id: local(item.id), sources: [], targets: [],
        sections: (item.sections ?? []).slice(0, 1).map(section => ({
            id: '', startPoint: point(section.startPoint), endPoint: point(section.endPoint), bendPoints: (section.bendPoints ?? []).map(point)
        }))
    });
    return {
        id: local(node.id), width: node.width ?? 0, height: node.height ?? 0,
        children: (node.children ?? []).map(child => ({ id: local(child.id), x: child.x ?? 0, y: child.y ?? 0 })),
        edges: (node.edges ?? []).map(edge)
    };
}

function point(p: { x: number; y: number }): { x: number; y: number } {
    return { x: p.x, y: p.y };
}
