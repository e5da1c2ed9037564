import { lstat, mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CliError, type CommandContext, type CommandDefinition, type ExitCode } from '../command.js';
import { schemaReference } from '../init/schema-reference.js';
import { describeWriteError } from '../output/write-output.js';
import { REQUIRED_STAGES, STARTER_MAP, starterFiles } from '../init/starter-files.js';
import { visibleText } from '@cjm/language/visible-text';
import { displayPath } from '../workspace/read-sources.js';

export type InitOptions = Record<string, never>;

export const definition: CommandDefinition = {
    name: 'init',
    summary: 'write a cjm.config.json and a starter map',
    description: 'Writes cjm.config.json and a starter map, journey.cjm, that lints clean, into DIR (created if missing). '
        + 'Beside existing maps the starter fits in: its journey takes a name no map declares, its personas and channels are its own, '
        + 'a config that already applies to DIR is kept (the starter has its requiredStages), and a new config requires '
        + 'stages only when the maps it applies to have them. Refuses to overwrite existing files.',
    arguments: [{ syntax: '[dir]', description: 'folder to write into (default: ".")' }],
    options: []
};

export async function run(operands: readonly string[], _options: InitOptions, context: CommandContext): Promise<ExitCode> {
    const [{ resolveToday }, { CONFIG_SCHEMA }, { freeName, passRequiredStages, readWorkspaceFit }] = await Promise.all([
        import('../lint/today.js'), import('@cjm/language'), import('../init/workspace-fit.js')
    ]);
    const dir = path.resolve(context.cwd, operands[0] ?? '.');
    const today = resolveToday(undefined, context.env);
    const fit = await readWorkspaceFit(dir, STARTER_MAP);
    // A config that applies to DIR is kept, and the starter has the stages it requires; a new
    // config requires the starter's stages only where the maps it would apply to have them.
    const kept = fit.configFile !== undefined;
    const required = kept ? fit.config.requiredStages : passRequiredStages(fit.governedStages, REQUIRED_STAGES) ? REQUIRED_STAGES : [];
    const starter = starterFiles({
        today,
        journey: freeName('FirstPurchase', fit.journeys),
        stages: required.length > 0 ? required : REQUIRED_STAGES,
        required: required.length > 0,
        maxAgeDays: fit.config.evidenceMaxAgeDays,
        config: kept ? undefined : { schema: schemaReference(dir, CONFIG_SCHEMA.$id), requiredStages: required }
    });
    const files = starter.map(file => ({ ...file, path: path.join(dir, file.name) }));

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
    const shown = (file: string) => visibleText(displayPath(file, context.cwd), { oneLine: true });
    for (const file of files) {
        context.stdout.write(`wrote ${shown(file.path)}\n`);
    }
    if (fit.configFile !== undefined) {
        context.stdout.write(`kept ${shown(fit.configFile)}, which applies to the new map\n`);
    }
    return 0;
}
