import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '@cjm/language';
import type { CommandContext, ExitCode } from '../command.js';

/** Saves often come as several events (write, rename, editor backup): one redraw for them all. */
const SETTLE_MS = 100;

/**
 * `--watch`: redraws after every change to a map or a config file in `folders` (those of
 * the workspace the pictures are drawn from; each watched on its own, not recursively, so
 * a repository's node_modules is never walked), one redraw at a time, until SIGINT or
 * SIGTERM; then exit 0. A redraw that fails says why and the watch goes on: the next save
 * may fix it.
 */
export function watchAndRedraw(folders: readonly string[], redraw: () => Promise<ExitCode>, context: CommandContext): Promise<ExitCode> {
    return new Promise(resolve => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        let running: Promise<void> = Promise.resolve();
        const changed = (name: string | null) => {
            const base = name === null ? '' : path.basename(name);
            if (base.endsWith('.cjm') || base === CONFIG_FILE_NAME) {
                clearTimeout(timer);
                timer = setTimeout(() => {
                    running = running.then(async () => {
                        const code = await redraw().catch((error: unknown) => {
                            context.stderr.write(`cjm: ${error instanceof Error ? error.message : String(error)}\n`);
                            return 2;
                        });
                        context.stderr.write(`cjm: ${code === 0 ? 'redrawn' : 'not all redrawn'} at ${new Date().toTimeString().slice(0, 8)}; watching for changes (Ctrl+C stops)\n`);
                    });
                }, SETTLE_MS);
            }
        };
        const watched = [...new Set(folders)];
        const watchers: FSWatcher[] = watched.map(folder => watch(folder, (_event, name) => changed(name)));
        const stop = () => {
            clearTimeout(timer);
            watchers.forEach(watcher => watcher.close());
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            void running.then(() => resolve(0));
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        context.stderr.write(`cjm: watching ${watched.length === 1 ? path.relative(context.cwd, watched[0]) || '.' : `${watched.length} folders`} for changes (Ctrl+C stops)\n`);
    });
}
