/**
 * `cjm lsp --stdio` in a second, real LSP client: Neovim's built-in one (Debian 12 ships
 * 0.7.2). lsp-neovim.lua opens two maps, waits for diagnostics, asks for completion, formats
 * and saves, then shuts the server down; this file checks what it saw.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, RESTAURANT, runCli, TODAY } from '../run-cli.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BIN = path.resolve(HERE, '../../bin/cjm.js');
const SCRIPT = path.join(HERE, 'lsp-neovim.lua');
const PURCHASE = path.resolve(HERE, '../../../../examples/b2b-saas-purchase.cjm');
/** Neovim gets this long for the whole script; each wait inside it is bounded too. */
const NVIM_TIMEOUT = 60_000;

const HAS_NVIM = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
// .ci/run sets CJM_REQUIRE_NEOVIM (and CI services set CI), so CI cannot pass without Neovim.
const REQUIRED = process.env.CI === 'true' || process.env.CJM_REQUIRE_NEOVIM !== undefined;
const SKIP = !HAS_NVIM && !REQUIRED;
if (SKIP) {
    console.warn('cjm lsp in Neovim: skipped, no nvim on PATH (apt-get install neovim; CJM_REQUIRE_NEOVIM=1 makes this a failure)');
}

interface NeovimFindings {
    diagnostics: Array<{ code: string; line: number; message: string }>;
    completion: string[];
    formatted_buffer?: string;
    exit?: { code: number; signal: number };
    error?: string;
}

describe.skipIf(SKIP)('cjm lsp --stdio in Neovim', () => {
    let root: string;
    let findings: NeovimFindings;
    let messy: string;
    let expectedFormat: string;

    beforeAll(async () => {
        expect(HAS_NVIM, 'nvim is required here (CI or CJM_REQUIRE_NEOVIM) but is not on PATH').toBe(true);
        // A clean map with its layout undone: no indentation, extra blanks after `via`.
        messy = readFileSync(PURCHASE, 'utf8').replace(/^ +/gm, '').replace(/ via /g, ' via   ');
        root = makeWorkspace({
            // One lint problem: a channel no touchpoint uses.
            'visit.cjm': readFileSync(RESTAURANT, 'utf8').replace(/^ {2}channel StampCard .*\n/m, line => `${line}  channel Fax "Fax machine" offline\n`),
            'purchase.cjm': messy
        });
        const formatted = await runCli(['fmt', '--stdout', 'purchase.cjm'], { cwd: root });
        expect(formatted.code).toBe(0);
        expectedFormat = formatted.stdout;
        findings = await runNeovim(root);
    }, NVIM_TIMEOUT + 10_000);

    it('runs the whole script without an error', () => {
        expect(findings.error).toBeUndefined();
    });

    it('shows the lint problem as a diagnostic with its rule id', () => {
        expect(findings.diagnostics.map(diagnostic => diagnostic.code)).toEqual(['unused-channel']);
        expect(findings.diagnostics[0]!.line).toBe(readFileSync(path.join(root, 'visit.cjm'), 'utf8').split('\n').findIndex(line => line.includes('channel Fax')));
    });

    it('offers the channels of the map after `via `', () => {
        expect(findings.completion).toEqual(expect.arrayContaining(['MapsListing', 'BookingApp', 'Fax']));
    });

    it('formats the buffer as cjm fmt does, and saves it', () => {
        expect(expectedFormat).not.toBe(messy);
        expect(findings.formatted_buffer).toBe(expectedFormat);
        expect(readFileSync(path.join(root, 'purchase.cjm'), 'utf8')).toBe(expectedFormat);
    });

    it('ends the server cleanly: exit code 0 after shutdown and exit', () => {
        expect(findings.exit).toEqual({ code: 0, signal: 0 });
    });
});

/** Runs the script in a headless Neovim whose home, config, data and temp folders lie in `root`. */
async function runNeovim(root: string): Promise<NeovimFindings> {
    const home = path.join(root, 'home');
    const dirs = { HOME: home, XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', XDG_STATE_HOME: 'state', XDG_RUNTIME_DIR: 'run', TMPDIR: 'tmp' };
    const env: Record<string, string> = { ...process.env as Record<string, string>, CJM_TODAY: TODAY };
    for (const [name, dir] of Object.entries(dirs)) {
        env[name] = path.resolve(home, dir);
        mkdirSync(env[name], { recursive: true });
    }
    const resultFile = path.join(root, 'neovim-findings.json');
    Object.assign(env, {
        CJM_NODE: process.execPath, CJM_BIN: BIN, CJM_ROOT: root, CJM_RESULT: resultFile,
        CJM_LINT_FILE: path.join(root, 'visit.cjm'), CJM_FORMAT_FILE: path.join(root, 'purchase.cjm')
    });
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
        const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT.replace(/[ \\]/g, '\\$&')}`], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        // A hung Neovim must not hang the test run: kill it (and so its server) in time.
        const timer = setTimeout(() => child.kill('SIGKILL'), NVIM_TIMEOUT);
        child.on('error', reject);
        child.on('close', exitCode => {
            clearTimeout(timer);
            resolve({ code: exitCode, output });
        });
    });
    let text: string;
    try {
        text = readFileSync(resultFile, 'utf8');
    } catch {
        throw new Error(`Neovim wrote no findings (exit code ${code}):\n${output}`);
    }
    return JSON.parse(text) as NeovimFindings;
}
