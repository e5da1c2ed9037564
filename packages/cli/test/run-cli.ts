/**
 * The one helper module of the CLI tests: runs the built `cjm` binary as a user would and
 * makes throw-away folders of maps. Tests never import the CLI's sources.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(HERE, '../bin/cjm.js');

/** The folder of the small test maps. */
export const FIXTURES = path.join(HERE, 'fixtures');

/** The "today" every test lints against, so stale-evidence stays reproducible. */
export const TODAY = '2026-11-23';

export interface CliRun {
    code: number | null;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    /** Working folder (default: the fixtures folder). */
    cwd?: string;
    /** Added to the environment; `undefined` removes a variable. XDG_CACHE_HOME is a folder of the test file's own unless given. */
    env?: Record<string, string | undefined>;
    /** Written to standard input, which is then closed (without it, closed at once). */
    input?: string;
    /** A file (such as /dev/full) that standard output is written to instead of a pipe; `stdout` is then empty. */
    stdoutFile?: string;
    /** The same for standard error. */
    stderrFile?: string;
}

/**
 * Runs `node bin/cjm.js ARGS` with CJM_TODAY=2026-11-23 and NO_COLOR unset (unless `env`
 * says otherwise). Standard output is a pipe, so never a terminal.
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
    return run(process.execPath, [BIN, ...args], options);
}

/** Whether util-linux `script` is there to give the CLI a terminal. */
export const HAS_TERMINAL = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Runs the CLI with a pseudo-terminal as standard output (through util-linux `script`);
 * stdout and stderr both arrive in `stdout`, with CRLF line ends.
 */
export function runCliInTerminal(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
    const command = [process.execPath, BIN, ...args].map(word => `'${word.replace(/'/g, "'\\''")}'`).join(' ');
    return run('script', ['--quiet', '--return', '--command', command, '/dev/null'], options);
}

function run(executable: string, args: readonly string[], options: RunOptions): Promise<CliRun> {
    const env: Record<string, string | undefined> = {
        ...process.env, CJM_TODAY: TODAY, NO_COLOR: undefined, FORCE_COLOR: undefined, XDG_CACHE_HOME: cacheHome(), ...options.env
    };
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined) {
            delete env[name];
        }
    }
    const files = [options.stdoutFile, options.stderrFile].map(file => (file === undefined ? 'pipe' : openSync(file, 'w')));
    return new Promise<CliRun>((resolve, reject) => {
        const child = spawn(executable, args, { cwd: options.cwd ?? FIXTURES, env, stdio: ['pipe', files[0], files[1]] });
        child.stdin?.end(options.input);
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
        child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    }).finally(() => files.forEach(file => typeof file === 'number' && closeSync(file)));
}

const workspaces: string[] = [];

/**
 * The cache folder of this test file's runs (render keeps stage layouts in the user's
 * cache), so that tests never write under the home folder; removed with the workspaces.
 */
let cache: string | undefined;
function cacheHome(): string {
    cache ??= makeWorkspace();
    return cache;
}

// Each test file gets its own copy of this module: remove its folders when it is done.
afterAll(() => {
    for (const root of workspaces) {
        rmSync(root, { recursive: true, force: true });
    }
});

/**
 * Makes a fresh temporary folder holding `files` (relative name to text or bytes; a name
 * ending in `/` makes an empty folder) and returns its path.
 */
export function makeWorkspace(files: Record<string, string | Uint8Array> = {}): string {
    const root = mkdtempSync(path.join(tmpdir(), 'cjm-cli-test-'));
    workspaces.push(root);
    for (const [name, content] of Object.entries(files)) {
        const target = path.join(root, name);
        if (name.endsWith('/')) {
            mkdirSync(target, { recursive: true });
        } else {
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, content);
        }
    }
    return root;
}

/** The restaurant example, a map with one journey that lints clean. */
export const RESTAURANT = path.resolve(HERE, '../../../examples/restaurant-visit.cjm');

/** A folder holding a copy of the restaurant example, to write outputs next to it. */
export function restaurantWorkspace(): string {
    const root = makeWorkspace();
    copyFileSync(RESTAURANT, path.join(root, 'visit.cjm'));
    return root;
}

/** The clean fixture map with a second journey: commands that draw one journey must be told which. */
export function twoJourneys(): string {
    return `${fixture('clean.cjm')}
journey Renewal "Renewal" {
  stage Notice "Notice" {
    touchpoint Reminder "Reminder email" via Web for Founder
  }
}
`;
}

/**
 * A folder holding only a copy of the fixture map `name`. The fixtures declare the same
 * personas, channels and journeys, so side by side they would be one workspace with
 * duplicate names; each is linted on its own, under its own name.
 */
export function fixtureWorkspace(name: string): string {
    return makeWorkspace({ [name]: fixture(name) });
}

/** The text of a fixture map, to copy into a workspace. */
export function fixture(name: string): string {
    return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Parses JSON output, failing with the output in the message when it is not JSON. */
export function parseJson<T = unknown>(text: string): T {
    try {
        return JSON.parse(text) as T;
    } catch {
        throw new Error(`not JSON:\n${text}`);
    }
}
