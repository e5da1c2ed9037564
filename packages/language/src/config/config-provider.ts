import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { todayIso } from '../model/dates.js';
import { CONFIG_FILE_NAME, ConfigError, DEFAULT_CONFIG, type CjmConfig } from './config.js';
import { parseConfig } from './load-config.js';

/**
 * Finds the config of a document: the nearest cjm.config.json up from its folder, unless
 * a file is forced (the CLI's --config). Also holds "today" for stale-evidence.
 * Files are read through Langium's FileSystemProvider (the disk in Node, the files the
 * editor sent in a browser). Parsed files are cached until `reset()`; a broken file
 * throws ConfigError.
 */
export class ConfigProvider {
    private forcedFile: URI | undefined;
    /** Unset in the language server, which may run past midnight: then today is asked each time. */
    private today: string | undefined;
    private readonly byFile = new Map<string, CjmConfig>();
    private readonly fileByFolder = new Map<string, URI | undefined>();

    constructor(private readonly files: FileSystemProvider) {}

    useConfigFile(file: URI | undefined): void {
        this.forcedFile = file;
        this.reset();
    }

    setToday(date: string): void {
        this.today = date;
    }

    getToday(): string {
        // No `process` in a browser's worker.
        return this.today ?? (typeof process === 'undefined' ? undefined : process.env.CJM_TODAY) ?? todayIso();
    }

    reset(): void {
        this.byFile.clear();
        this.fileByFolder.clear();
    }

    /** The config file that applies to a document, if any: none for an untitled buffer. */
    configFileFor(uri: URI): URI | undefined {
        if (this.forcedFile) {
            return this.forcedFile;
        }
        return uri.scheme === 'untitled' ? undefined : this.nearestConfigFile(UriUtils.dirname(uri));
    }

    configFor(uri: URI): CjmConfig {
        const file = this.configFileFor(uri);
        if (!file) {
            return DEFAULT_CONFIG;
        }
        const key = file.toString();
        let config = this.byFile.get(key);
        if (!config) {
            config = parseConfig(this.files.readFileSync(file), configFileName(file));
            this.byFile.set(key, config);
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

    private nearestConfigFile(folder: URI): URI | undefined {
        const key = folder.toString();
        if (this.fileByFolder.has(key)) {
            return this.fileByFolder.get(key);
        }
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        const parent = UriUtils.dirname(folder);
        const found = this.files.existsSync(candidate) ? candidate : parent.path === folder.path ? undefined : this.nearestConfigFile(parent);
        this.fileByFolder.set(key, found);
        return found;
    }
}

/** How messages name a config file: its path on disk, else its URI. */
export function configFileName(file: URI): string {
    return file.scheme === 'file' ? file.fsPath : file.toString();
}
