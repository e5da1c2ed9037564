/**
 * The stage layouts ELK made, kept between runs in the user's cache folder (as ESLint and
 * Prettier keep theirs), so that a re-run of `cjm render`, in CI or on a folder, lays out
 * only the stages that changed. One small file per stage, named by a hash of the exact
 * ELK input with the cjm and elkjs versions: a new version never reads an old layout.
 * Written under a unique name and renamed, so a run beside another never reads half a
 * file; the least recently used entries go once there are too many. A cache that cannot
 * be read or written is only a slower run: no error comes from here.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import envPaths from 'env-paths';
import elkPackage from 'elkjs/package.json' with { type: 'json' };
import type { ElkNode, LayoutStore } from '@cjm/language';
import { TOOL } from '../tool.js';

/**
 * Stage layouts of a site of a hundred large journeys with all their persona views (some
 * 20,000), or of many more single pictures: 1.5 KB each on average, some tens of MB in all.
 */
export const CACHE_ENTRIES = 30_000;
/** Pruned to this many, so that the next runs do not prune again at once. */
const PRUNED_TO = 24_000;
const ENTRY = /^[0-9a-f]{64}\.json$/;

/** The folder in the user's cache where cjm keeps its layouts (`$XDG_CACHE_HOME/cjm/layouts` on Linux). */
export function layoutCacheFolder(): string {
    return path.join(envPaths('cjm', { suffix: '' }).cache, 'layouts');
}

export class LayoutCache implements LayoutStore {
    private readonly salt = `cjm ${TOOL.version}\nelkjs ${elkPackage.version}\n`;
    /**
     * Entries in the folder as far as this run knows: counted once, then kept by adding what
     * it writes (an overwritten entry counts twice: only a prune that comes early), so that a
     * run that writes thousands of stages does not list the folder after each of them.
     */
    private entries: number | undefined;

    constructor(private readonly folder: string, private readonly capacity = CACHE_ENTRIES) {}

    async read(keys: readonly string[]): Promise<(ElkNode | undefined)[]> {
        const now = new Date();
        return Promise.all(keys.map(async key => {
            const file = this.file(key);
            try {
                const node = JSON.parse(await readFile(file, 'utf8')) as ElkNode;
                // The time of last use decides which entries go first.
                await utimes(file, now, now).catch(() => undefined);
                return node;
            } catch {
                return undefined;
            }
        }));
    }

    async write(entries: readonly (readonly [string, ElkNode])[]): Promise<void> {
        try {
            await mkdir(this.folder, { recursive: true });
            await Promise.all(entries.map(([key, node]) => this.writeEntry(this.file(key), JSON.stringify(node))));
            this.entries = (this.entries ?? (await this.names()).length) + entries.length;
            if (this.entries > this.capacity) {
                this.entries = await this.prune();
            }
        } catch {
            // Only the next run is slower.
        }
    }

    private file(key: string): string {
        return path.join(this.folder, `${createHash('sha256').update(this.salt).update(key).digest('hex')}.json`);
    }

    private async writeEntry(file: string, text: string): Promise<void> {
        const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            await writeFile(partial, text, { flag: 'wx' });
            await rename(partial, file);
        } catch {
            await unlink(partial).catch(() => undefined);
        }
    }

    private async names(): Promise<string[]> {
        return (await readdir(this.folder)).filter(name => ENTRY.test(name));
    }

    /** Past `capacity` entries, the least recently used go until PRUNED_TO (in proportion) are left; answers how many are left. */
    private async prune(): Promise<number> {
        const names = await this.names();
        if (names.length <= this.capacity) {
            return names.length;
        }
        const used = await Promise.all(names.map(async name => ({
            name, time: await stat(path.join(this.folder, name)).then(found => found.mtimeMs, () => 0)
        })));
        used.sort((a, b) => a.time - b.time || a.name.localeCompare(b.name));
        const keep = Math.floor(this.capacity * PRUNED_TO / CACHE_ENTRIES);
        await Promise.all(used.slice(0, used.length - keep).map(entry => unlink(path.join(this.folder, entry.name)).catch(() => undefined)));
        return keep;
    }
}
