import { lstat, mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';
import { schemaReference } from '../init/schema-reference.js';
import { describeWriteError } from '../output/write-output.js';
import { starterFiles } from '../init/starter-files.js';
import { visibleText } from '@cjm/language/visible-text';
import { displayPath } from '../workspace/read-sources.js';

export type InitOptions = Record<string, never>;

export const definition: CommandDefinition = {
    name: 'init',
    summary: 'write a cjm.config.json and a starter map',
    description: 'Writes cjm.config.json and a starter map, journey.cjm, that lints clean, into DIR (created if missing). '
        + 'Refuses to overwrite existing files.',
    arguments: [{ syntax: '[dir]', description: 'folder to write into (default: ".")' }],
    options: []
};

export async function run(operands: readonly string[], _options: InitOptions, context: CommandContext): Promise<ExitCode> {
    const [{ resolveToday }, { CONFIG_SCHEMA }] = await Promise.all([import('../lint/today.js'), import('@cjm/language')]);
    const dir = path.resolve(context.cwd, operands[0] ?? '.');
    const files = starterFiles(resolveToday(undefined, context.env), schemaReference(dir, CONFIG_SCHEMA.$id)).map(file => ({ ...file, path: path.join(dir, file.name) }));

    for (const file of files) {
        const found = await lstat(file.path).catch(() => undefined);
        if (found !== undefined) {
            const what = found.isSymbolicLink() ? ' (a symbolic link)' : found.isDirectory() ? ' (a folder)' : '';
            throw new CliError(`${displayPath(file.path, context.cwd)} already exists${what}; cjm init does not overwrite files`);
        }
    }
    try {
        await mkdir(dir, { recursive: true });
        for (const file of files) {
            // 'wx' fails rather than overwrite a file that appeared meanwhile.
            await writeFile(file.path, file.text, { flag: 'wx' });
        }
    } catch (error) {
        throw new CliError(`cannot write into ${displayPath(dir, context.cwd)}: ${await describeWriteError(error, dir, context.cwd)}`, { cause: error });
    }
    for (const file of files) {
        context.stdout.write(`wrote ${visibleText(displayPath(file.path, context.cwd), { oneLine: true })}\n`);
    }
    return 0;
}
