/**
 * Two ELK engines as one, for both cores: StageLayouts sends the stages it misses as
 * children of one root that keeps them apart (`elk.algorithm: fixed`), and each stage's
 * layout depends on nothing outside it, so the children can be laid out half here and
 * half in another thread, and put back in their order. Below `least` stages one engine
 * does it all: a small journey would only pay for starting the other.
 */
import type { ElkEngine, ElkNode } from './elk-engine.js';

export function splitEngine(here: ElkEngine, there: () => ElkEngine, least: number): ElkEngine {
    let other: ElkEngine | undefined;
    return {
        async layout(root: ElkNode): Promise<ElkNode> {
            const children = root.children ?? [];
            if (children.length < least) {
                return here.layout(root);
            }
            other ??= there();
            const half = Math.ceil(children.length / 2);
            // The other thread's half is sent first, so that it works while this thread does.
            const away = other.layout({ ...root, children: children.slice(half) });
            const home = await here.layout({ ...root, children: children.slice(0, half) });
            return { ...home, children: [...(home.children ?? []), ...((await away).children ?? [])] };
        }
    };
}
