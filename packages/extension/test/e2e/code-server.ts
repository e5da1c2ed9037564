/**
 * A real VS Code for the end-to-end test: code-server (installed into .code-server/ at the top
 * of the clone by scripts/install-code-server.mjs) run with Node 24, with the packaged .vsix installed.
 * Everything it writes (user data, extensions, XDG folders, temporary files) stays in one
 * temporary folder, removed by `stop`, which also ends the whole process group: extension
 * hosts and the language server outlive their parent otherwise.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { codeServerBin, extensionDir, install, isInstalled, node24Bin } from '../../scripts/install-code-server.mjs';

export { install as installCodeServer, isInstalled as codeServerInstalled };

/** Found through the installer, which bench/vscode.mjs imports in place (it bundles this file elsewhere). */
const EXTENSION = extensionDir;

/**
 * Packages the built extension (dist/, as `npm run build` leaves it) into `directory`/cjm.vsix
 * exactly as `npm run package` does, without touching the working tree's cjm.vsix.
 */
export function packageVsix(directory: string, from = EXTENSION): string {
    if (!existsSync(path.join(EXTENSION, 'dist/extension.cjs'))) {
        throw new Error('packages/extension/dist is not built: run `npm run build -w packages/extension` first.');
    }
    const vsce = path.join(path.dirname(createRequire(path.join(EXTENSION, 'package.json')).resolve('@vscode/vsce/package.json')), 'vsce');
    const vsix = path.join(directory, 'cjm.vsix');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: from, stdio: 'pipe' });
    return vsix;
}

/** What `vsce package` reads from the extension's folder (.vscodeignore picks the files of the .vsix among them). */
const PACKAGED = ['.vscodeignore', 'README.md', 'LICENSE', 'language-configuration.json', 'package.nls.json', 'package.nls.ru.json', 'l10n', 'dist', 'icons', 'media', 'syntaxes', 'schemas'];

/**
 * The .vsix as a browser runs it: the same files, with a copy of the manifest without
 * `main`. code-server runs an extension that has a Node entry in its Node extension
 * host; with only the `browser` entry it runs it in the web worker extension host inside
 * Chromium, as github.dev and vscode.dev do.
 */
export function packageBrowserOnlyVsix(directory: string): string {
    const staging = path.join(directory, 'browser-only');
    for (const name of PACKAGED) {
        cpSync(path.join(EXTENSION, name), path.join(staging, name), { recursive: true });
    }
    const { main: _node, ...manifest } = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(path.join(staging, 'package.json'), JSON.stringify(manifest, null, 2));
    return packageVsix(directory, staging);
}

export interface CodeServerOptions {
    /** The folder VS Code opens. */
    folder: string;
    vsix: string;
    /** User settings on top of the ones that clear the start-up clutter. */
    settings?: Record<string, unknown>;
    /** Extra environment for code-server and what it starts (extension host, language server). */
    env?: Record<string, string>;
}

/** Settings that keep dialogs, walkthroughs and side panels from covering the editor. */
const QUIET_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'git.enabled': false,
    // VS Code in the browser saves after a delay by default; the desktop default keeps edits unsaved.
    'files.autoSave': 'off'
};

const STARTUP_TIMEOUT_MS = 60_000;

export class CodeServer {
    private exited: Promise<void>;

    private constructor(
        readonly url: string,
        readonly home: string,
        private readonly child: ChildProcess,
        private readonly output: string[]
    ) {
        this.exited = new Promise(resolve => child.once('exit', () => resolve()));
    }

    static async start(options: CodeServerOptions): Promise<CodeServer> {
        const home = mkdtempSync(path.join(tmpdir(), 'cjm-e2e-'));
        const dirs = { data: path.join(home, 'user-data'), extensions: path.join(home, 'extensions'), tmp: path.join(home, 'tmp') };
        for (const dir of [...Object.values(dirs), path.join(dirs.data, 'User')]) {
            mkdirSync(dir, { recursive: true });
        }
        writeFileSync(path.join(dirs.data, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));
        const env: NodeJS.ProcessEnv = {
            ...process.env,
            ...options.env,
            PATH: `${path.dirname(node24Bin)}${path.delimiter}${process.env.PATH ?? ''}`,
            HOME: home,
            XDG_CONFIG_HOME: path.join(home, 'config'),
            XDG_DATA_HOME: path.join(home, 'data'),
            XDG_CACHE_HOME: path.join(home, 'cache'),
            TMPDIR: dirs.tmp
        };
        const common = ['--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions];
        const installed = spawnSync(node24Bin, [codeServerBin, ...common, '--install-extension', options.vsix], { env, encoding: 'utf8', timeout: 120_000 });
        if (installed.status !== 0 || !/successfully installed/i.test(installed.stdout)) {
            rmSync(home, { recursive: true, force: true });
            throw new Error(`code-server --install-extension failed (${installed.error?.message ?? `exit ${installed.status}`}):\n${installed.stdout}\n${installed.stderr}`);
        }
        const port = await freePort();
        const child = spawn(node24Bin, [
            codeServerBin, ...common,
            '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
            options.folder
        ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const output: string[] = [];
        const server = new CodeServer(`http://127.0.0.1:${port}/`, home, child, output);
        try {
            await new Promise<void>((resolve, reject) => {
                const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${STARTUP_TIMEOUT_MS / 1000} s`)), STARTUP_TIMEOUT_MS);
                const read = (chunk: Buffer): void => {
                    output.push(chunk.toString());
                    if (/HTTP server listening/.test(output.join(''))) {
                        clearTimeout(timer);
                        resolve();
                    }
                };
                child.stdout!.on('data', read);
                child.stderr!.on('data', read);
                child.once('exit', code => {
                    clearTimeout(timer);
                    reject(new Error(`code-server exited (${code}) before it listened`));
                });
            });
        } catch (error) {
            await server.stop();
            throw new Error(`${(error as Error).message}:\n${output.join('')}`);
        }
        return server;
    }

    /** What code-server has printed, for failure messages. */
    log(): string {
        return this.output.join('');
    }

    /** Ends the whole process group (politely, then for sure) and removes the temporary folder. */
    async stop(): Promise<void> {
        const group = this.child.pid;
        if (group !== undefined) {
            signalGroup(group, 'SIGTERM');
            const stopped = await Promise.race([this.exited.then(() => true), sleep(5_000).then(() => false)]);
            // The extension host and the language server may linger after code-server itself.
            await sleep(stopped ? 500 : 0);
            signalGroup(group, 'SIGKILL');
        }
        rmSync(this.home, { recursive: true, force: true, maxRetries: 3 });
    }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
    try {
        process.kill(-group, signal);
    } catch {
        // The group is gone already.
    }
}

function sleep(ms: number): Promise<void> {
    return new Promise(resolve => setTimeout(resolve, ms));
}

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const probe = createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const address = probe.address();
            probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}
