import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocuments, ConfigError, createCjmServices, RULES, type BuiltDocument, type ConfigProvider } from '@cjm/language';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CliError } from '../command.js';
import type { Source } from '../workspace/read-sources.js';
import { describeFsError } from '../workspace/fs-errors.js';
import type { LintDiagnostic, LintResult, LintSeverity } from './lint-result.js';

// The command module loads this file on demand: it is the only one that pulls in Langium.
export { RULES };
export { resolveToday } from './today.js';

export interface LintSettings {
    /** `--config FILE`, absolute; otherwise each file's nearest cjm.config.json. */
    configFile?: string;
    today: string;
    cwd: string;
}

/**
 * Lints the sources as one workspace. Every config file that applies is loaded first, so
 * a broken one stops the run (CliError naming the file and the key) before any linting.
 */
export async function lintSources(sources: readonly Source[], settings: LintSettings): Promise<LintResult[]> {
    const services = createCjmServices(NodeFileSystem);
    const configs = services.Cjm.config.ConfigProvider;
    if (settings.configFile !== undefined && !existsSync(settings.configFile)) {
        throw new CliError(`--config: no such file: ${path.relative(settings.cwd, settings.configFile) || settings.configFile}`);
    }
    configs.useConfigFile(settings.configFile);
    configs.setToday(settings.today);
    for (const source of sources) {
        loadConfig(configs, URI.file(source.path), settings.cwd);
    }
    const built = await buildDocuments(services, sources);
    return built.map(({ diagnostics }, index) => ({
        file: sources[index].file,
        diagnostics: diagnostics.map(toLintDiagnostic).sort(byPosition)
    }));
}

type Diagnostic = BuiltDocument['diagnostics'][number];

function loadConfig(configs: ConfigProvider, uri: URI, cwd: string): void {
    try {
        configs.configFor(uri);
    } catch (error) {
        const shown = (name: string) => path.relative(cwd, name) || name;
        if (error instanceof ConfigError) {
            // The message starts with the absolute file name; show it relative like every path.
            const message = error.message.startsWith(error.file) ? shown(error.file) + error.message.slice(error.file.length) : error.message;
            throw new CliError(message, { cause: error });
        }
        const name = configs.configFileFor(uri);
        throw new CliError(`cannot read config file ${name ? shown(name) : ''}: ${describeFsError(error)}`, { cause: error });
    }
}

const SEVERITIES: Record<number, LintSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function toLintDiagnostic({ code, severity, message, range }: Diagnostic): LintDiagnostic {
    return {
        rule: String(code ?? 'unknown'),
        severity: SEVERITIES[severity ?? 1],
        message,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1
    };
}

function byPosition(a: LintDiagnostic, b: LintDiagnostic): number {
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
