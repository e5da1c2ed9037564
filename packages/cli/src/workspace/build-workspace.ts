import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocuments, ConfigError, createCjmServices, describeConfigError, type BuiltDocument, type CjmServices, type ConfigProvider, type Locale } from '@cjm/language';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from '../command.js';
import { describeFsError } from './fs-errors.js';
import type { Source } from './read-sources.js';
import { checkWorkspaceSize } from './workspace-size.js';

export interface WorkspaceSettings {
    /** `--config FILE`, absolute; otherwise each file's nearest cjm.config.json. */
    configFile?: string;
    today: string;
    cwd: string;
    /** `--locale`: the language of every message; otherwise each map's own. */
    locale?: Locale;
    /**
     * The workspace will be brought up to date after saves (kept-workspaces.ts): checks that
     * span files (duplicate names, unused personas and channels) then follow each update, as
     * in the language server.
     */
    kept?: boolean;
}

export interface BuiltWorkspace {
    services: CjmServices;
    /** One per source, in the same order. */
    documents: BuiltDocument[];
}

/**
 * Builds and validates the sources as one workspace, as the editor does for an opened
 * folder. Every config file that applies is loaded first, so a broken one stops the run
 * (CliError naming the file and the key) before anything is built. Commands that read
 * Langium documents (lint, render) start here; it is the only module that pulls in Langium.
 */
export async function buildWorkspace(sources: readonly Source[], settings: WorkspaceSettings): Promise<BuiltWorkspace> {
    checkWorkspaceSize(sources);
    const services = createCjmServices(NodeFileSystem);
    const configs = services.Cjm.config.ConfigProvider;
    if (settings.configFile !== undefined && !existsSync(settings.configFile)) {
        throw new CliError(`--config: no such file: ${path.relative(settings.cwd, settings.configFile) || settings.configFile}`);
    }
    configs.useConfigFile(settings.configFile === undefined ? undefined : URI.file(settings.configFile));
    configs.setToday(settings.today);
    services.Cjm.locale.LocaleProvider.force(settings.locale);
    if (settings.kept === true) {
        services.Cjm.lsp.WorkspaceRevalidation.listen();
    }
    for (const source of sources) {
        loadConfig(configs, URI.file(source.path), settings);
    }
    return { services: services.Cjm, documents: await buildDocuments(services, sources) };
}

/** Loads the config of one file; a broken one is told in its own `locale`, else in `--locale`'s, else in English. */
function loadConfig(configs: ConfigProvider, uri: URI, { cwd, locale }: WorkspaceSettings): void {
    try {
        configs.configFor(uri);
    } catch (error) {
        const shown = (name: string) => path.relative(cwd, name) || name;
        if (error instanceof ConfigError) {
            throw new CliError(describeConfigError(error, locale, shown(error.file)), { cause: error });
        }
        const name = configs.configFileFor(uri);
        throw new CliError(`cannot read config file ${name ? shown(name.fsPath) : ''}: ${describeFsError(error)}`, { cause: error });
    }
}
