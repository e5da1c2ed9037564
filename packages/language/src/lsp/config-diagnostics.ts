import type { FileSystemProvider, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Diagnostic, type Position } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { ConfigError } from '../config/config.js';
import { describeConfigError } from '../config/describe-config-error.js';
import type { Locale } from '../locale/locale.js';
import { configFileName } from '../config/config-provider.js';
import { parseConfig } from '../config/load-config.js';
import { positionAt } from '../utils/text-position.js';
import { visibleText } from '../utils/visible-text.js';
import { withoutBom } from '../workspace/bom.js';

/**
 * Problems of the cjm.config.json files that apply to the workspace's maps, published on
 * the config files themselves: a broken config is shown where it must be fixed, and the
 * maps it governs are checked with the defaults meanwhile (as `cjm lint` would refuse to run).
 */
export class ConfigDiagnostics {
    private readonly services: CjmServices;
    private readonly shared: LangiumSharedServices;
    /** Config files that currently show problems, so that a fixed or deleted one is cleared. */
    private readonly withProblems = new Set<string>();
    /** Config files already checked since they last changed: builds on every keystroke need not read them again. */
    private readonly checked = new Set<string>();

    constructor(services: CjmServices) {
        this.services = services;
        this.shared = services.shared;
    }

    /** Publishes the problems of config files that are new to the workspace, or of all after a config changed. */
    publish(configChanged = false): void {
        if (configChanged) {
            this.checked.clear();
        }
        const connection = this.shared.lsp.Connection;
        if (!connection) {
            return;
        }
        const configs = this.services.config.ConfigProvider;
        const files = new Map<string, URI>();
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            const file = configs.configFileFor(document.uri);
            if (file) {
                files.set(file.toString(), file);
            }
        }
        const stale = [...files.keys()].filter(file => !this.checked.has(file));
        const gone = [...this.withProblems].filter(file => !files.has(file));
        for (const key of [...stale, ...gone]) {
            this.checked.add(key);
            const file = files.get(key);
            const diagnostics = file ? configProblems(this.shared.workspace.FileSystemProvider, file, this.services.locale.LocaleProvider.editorLocale() ?? 'en') : [];
            if (diagnostics.length > 0) {
                this.withProblems.add(key);
            } else {
                this.withProblems.delete(key);
            }
            void connection.sendDiagnostics({ uri: key, diagnostics });
        }
    }
}

/** The problems of one config file, worded in its own `locale`, else in `fallback`. */
function configProblems(files: FileSystemProvider, uri: URI, fallback: Locale): Diagnostic[] {
    const file = configFileName(uri);
    let text: string;
    try {
        text = withoutBom(files.readFileSync(uri));
    } catch {
        return [];
    }
    try {
        parseConfig(text, file);
        return [];
    } catch (error) {
        if (!(error instanceof ConfigError)) {
            throw error;
        }
        const start = problemPosition(text, error);
        // The diagnostic sits on the file itself: its name would only repeat it.
        const message = describeConfigError(error, fallback, undefined);
        return [{
            range: { start, end: { line: start.line, character: start.character + (error.key ? lastSegment(error.key).length + 2 : 1) } },
            severity: DiagnosticSeverity.Error,
            source: 'cjm',
            code: 'config',
            message: visibleText(message, { oneLine: true })
        }];
    }
}

/** The key named by the error, or the place JSON.parse names, else the file's start. */
function problemPosition(text: string, error: ConfigError): Position {
    if (error.key) {
        const offset = text.indexOf(JSON.stringify(lastSegment(error.key)));
        return positionAt(text, Math.max(offset, 0));
    }
    const at = error.problem.id === 'notJson' ? /position (\d+)/.exec(error.problem.detail) : null;
    return positionAt(text, at ? Number(at[1]) : 0);
}

function lastSegment(key: string): string {
    return key.slice(key.lastIndexOf('.') + 1);
}
