import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { todayIso } from '../model/dates.js';
import { CONFIG_FILE_NAME, ConfigError, DEFAULT_CONFIG, type CjmConfig } from './config.js';
import { parseConfig } from './load-config.js';

/**
 * Finds the config of a document: the nearest cjm.config.json up from its folder, unless
 * a file is forced (the CLI's --config). Also holds "today" for stale-evidence.
 * Parsed files are cached until `reset()`; a broken file throws ConfigError.
 */
export class ConfigProvider {
    private forcedFile: string | undefined;
    /** Unset in the language server, which may run past midnight: then today is asked each time. */
    private today: string | undefined;
    private readonly byFile = new Map<string, CjmConfig>();
    private readonly fileByFolder = new Map<string, string | undefined>();

    useConfigFile(file: string | undefined): void {
        this.forcedFile = file && path.resolve(file);
        this.reset();
    }

    setToday(date: string): void {
        this.today = date;
    }

    getToday(): string {
        return this.today ?? process.env.CJM_TODAY ?? todayIso();
    }

    reset(): void {
        this.byFile.clear();
        this.fileByFolder.clear();
    }

    /** The config file that applies to a document, if any. */
    configFileFor(uri: URI): string | undefined {
        if (this.forcedFile) {
            return this.forcedFile;
        }
        return uri.scheme === 'file' ? this.nearestConfigFile(path.dirname(uri.fsPath)) : undefined;
    }

    configFor(uri: URI): CjmConfig {
        const file = this.configFileFor(uri);
        if (!file) {
            return DEFAULT_CONFIG;
        }
        let config = this.byFile.get(file);
        if (!config) {
            config = parseConfig(fs.readFileSync(file, 'utf8'), file);
            this.byFile.set(file, config);
        }
        return config;
    }

    /** The config, or the defaults where the config file is broken (the CLI reports that before it validates). */
    configOrDefault(uri: URI): CjmConfig {
        try {
            return this.configFor(uri);
        } catch (error) {
            if (error instanceof ConfigError) {
                return DEFAULT_CONFIG;
            }
            throw error;
        }
    }

    private nearestConfigFile(folder: string): string | undefined {
        if (this.fileByFolder.has(folder)) {
            return this.fileByFolder.get(folder);
        }
        const candidate = path.join(folder, CONFIG_FILE_NAME);
        const parent = path.dirname(folder);
        const found = fs.existsSync(candidate) ? candidate : parent === folder ? undefined : this.nearestConfigFile(parent);
        this.fileByFolder.set(folder, found);
        return found;
    }
}
