import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { SiteFiles } from '@cjm/language';
import { CliError } from '../command.js';
import { describeWriteError } from '../output/write-output.js';
import { displayPath } from '../workspace/read-sources.js';

/** The file that marks a folder as a site cjm wrote, listing its files so that a rebuild removes those no longer built. */
export const SITE_MARKER = '.cjm-site';

/**
 * Writes the site into OUTDIR (created). A non-empty OUTDIR without the marker is someone
 * else's folder: refused, never wiped. Over a previous site, the files it had and this
 * one has not are removed; nothing else in the folder is touched. `written`, the site this
 * process wrote last (a rebuild of --watch), spares rewriting the files that did not change.
 */
export async function writeSite(outDir: string, files: SiteFiles, cwd: string, written?: SiteFiles): Promise<void> {
    const previous = await previousSite(outDir, cwd);
    const shown = displayPath(outDir, cwd);
    try {
        for (const [file, content] of Object.entries(files)) {
            if (written?.[file] === content) {
                continue;
            }
            const target = path.join(outDir, ...file.split('/'));
            await mkdir(path.dirname(target), { recursive: true });
            await writeFile(target, content);
        }
        const gone = previous.filter(file => !Object.hasOwn(files, file));
        await Promise.all(gone.map(file => rm(path.join(outDir, ...file.split('/')), { force: true })));
        await writeFile(path.join(outDir, SITE_MARKER), `${JSON.stringify({ generator: 'cjm site', files: Object.keys(files) }, null, 1)}\n`);
    } catch (error) {
        throw new CliError(`cannot write the site to ${shown}: ${await describeWriteError(error, outDir, cwd)}`, { cause: error });
    }
}

/** The files of the site already in OUTDIR; none for a missing or empty folder; refused for a folder that is not a site. */
async function previousSite(outDir: string, cwd: string): Promise<string[]> {
    const entries = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
            return [];
        }
        if (error.code === 'ENOTDIR') {
            throw new CliError(`${displayPath(outDir, cwd)} is a file, not a folder: name a folder for the site with -o`);
        }
        throw error;
    });
    if (entries.length === 0) {
        return [];
    }
    const marker = await readFile(path.join(outDir, SITE_MARKER), 'utf8').catch(() => undefined);
    if (marker === undefined) {
        throw new CliError(`refusing to write the site into ${displayPath(outDir, cwd)}: the folder is not empty and holds no site cjm wrote; name a new or empty folder with -o`);
    }
    try {
        const { files } = JSON.parse(marker) as { files?: unknown };
        return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string' && !file.split('/').includes('..')) : [];
    } catch {
        return [];
    }
}
