import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError } from '../command.js';
import { describeWriteError } from '../output/write-output.js';
import { displayPath } from '../workspace/read-sources.js';

/** The file that marks a folder as a site cjm wrote, listing its files so that a rebuild removes those no longer built. */
export const SITE_MARKER = '.cjm-site';

/** Writes one site's files as they are made, then removes what the previous site had and this one has not. */
export interface SiteWriter {
    write(file: string, content: string): Promise<void>;
    /** `files`: every path of the new site, written now or by an earlier build of this process (a --watch rebuild skips unchanged journeys). */
    finish(files: readonly string[]): Promise<void>;
}

/**
 * Opens OUTDIR (created) for a site. A non-empty OUTDIR without the marker is someone else's
 * folder: refused before anything is written, never wiped. Over a previous site, the files
 * it had and the new one has not are removed on `finish`; nothing else in the folder is touched.
 */
export async function openSite(outDir: string, cwd: string): Promise<SiteWriter> {
    const previous = await previousSite(outDir, cwd);
    const folders = new Set<string>();
    const failed = async (error: unknown): Promise<never> => {
        throw new CliError(`cannot write the site to ${displayPath(outDir, cwd)}: ${await describeWriteError(error, outDir, cwd)}`, { cause: error });
    };
    const mark = (files: readonly string[]) => writeFile(path.join(outDir, SITE_MARKER), `${JSON.stringify({ generator: 'cjm site', files }, null, 1)}\n`);
    // Marked before the first file: a build that stops half-way leaves a folder the next build takes as its own.
    await mkdir(outDir, { recursive: true }).then(() => mark(previous)).catch(failed);
    return {
        async write(file, content) {
            const target = path.join(outDir, ...file.split('/'));
            try {
                if (!folders.has(path.dirname(target))) {
                    await mkdir(path.dirname(target), { recursive: true });
                    folders.add(path.dirname(target));
                }
                await writeFile(target, content);
            } catch (error) {
                await failed(error);
            }
        },
        async finish(files) {
            try {
                const kept = new Set(files);
                await Promise.all(previous.filter(file => !kept.has(file)).map(file => rm(path.join(outDir, ...file.split('/')), { force: true })));
                await mark(files);
            } catch (error) {
                await failed(error);
            }
        }
    };
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
