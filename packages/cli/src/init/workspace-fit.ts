import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { ast, ConfigError, ConfigProvider, createCjmServices, DEFAULT_CONFIG, parseConfig, workspaceFiles, workspaceOf, type CjmConfig } from '@cjm/language';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from '../command.js';
import { describeFsError } from '../workspace/fs-errors.js';

// The command module loads this file on demand: it pulls in Langium.

/** What `cjm init` must respect in the workspace it writes into. */
export interface WorkspaceFit {
    /** The config that already applies to the folder (at or above it), if any: init then writes none. */
    configFile?: string;
    config: CjmConfig;
    /** Top-level journey names the workspace's maps declare. */
    journeys: ReadonlySet<string>;
    /** The stage names of each journey that a config written into the folder would apply to. */
    governedStages: ReadonlyArray<readonly string[]>;
}

/**
 * Reads the maps around `dir` (the workspace a map written there belongs to, and the maps
 * below `dir`) and the config that applies there. Maps with syntax errors count with what
 * of them parses.
 */
export async function readWorkspaceFit(dir: string, starterFile: string): Promise<WorkspaceFit> {
    const starter = path.join(dir, starterFile);
    const configFile = new ConfigProvider(NodeFileSystem.fileSystemProvider()).configFileFor(URI.file(starter))?.fsPath;
    const config = configFile === undefined ? DEFAULT_CONFIG : await readConfig(configFile, dir);
    const below = workspaceFiles({ root: dir, recursive: true });
    const files = [...new Set([...workspaceFiles(workspaceOf(starter)), ...below])];
    const { Cjm } = createCjmServices(EmptyFileSystem);
    const journeys = new Set<string>();
    const governedStages: string[][] = [];
    for (const file of files) {
        const root = Cjm.parser.LangiumParser.parse<ast.CjmFile>(await readFile(file, 'utf8')).value;
        for (const journey of root.elements.filter(ast.isJourney)) {
            journeys.add(journey.name);
            if (below.includes(file)) {
                governedStages.push(journey.stages.map(stage => stage.name));
            }
        }
    }
    return { configFile, config, journeys, governedStages };
}

async function readConfig(file: string, dir: string): Promise<CjmConfig> {
    try {
        return parseConfig(await readFile(file, 'utf8'), file);
    } catch (error) {
        const shown = path.relative(dir, file) || file;
        throw new CliError(error instanceof ConfigError ? `cannot fit the starter to ${shown}: ${error.message}` : `cannot read ${shown}: ${describeFsError(error)}`, { cause: error });
    }
}

/** Whether every journey has the `required` stages, in their order (required-stage and stage-order stay quiet). */
export function passRequiredStages(journeys: ReadonlyArray<readonly string[]>, required: readonly string[]): boolean {
    return journeys.every(stages => {
        const positions = required.map(name => stages.indexOf(name));
        return positions.every((position, k) => position >= 0 && (k === 0 || position > positions[k - 1]));
    });
}

/** `name`, or `name2`, `name3`, ...: the first that no journey of the workspace has. */
export function freeName(name: string, taken: ReadonlySet<string>): string {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) {
        candidate = `${name}${n}`;
    }
    return candidate;
}
