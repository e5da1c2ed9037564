/**
 * Vitest's global setup for CI (CJM_REQUIRE_VSCODE): starts the code-server install (about
 * 3 minutes, mostly npm and a native build) at the start of the run, on the core that the
 * single test worker leaves idle, instead of inside the first end-to-end test. The
 * installer's lock makes that test wait for this install rather than start a second one.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isInstalled } from '../../scripts/install-code-server.mjs';

const INSTALLER = fileURLToPath(new URL('../../scripts/install-code-server.mjs', import.meta.url));

export default function startInstall(): () => void {
    if (process.env.CJM_REQUIRE_VSCODE === undefined || isInstalled()) {
        return () => undefined;
    }
    const install = spawn(process.execPath, [INSTALLER], { stdio: ['ignore', 'ignore', 'inherit'] });
    // A run that never reached the end-to-end tests (a filter, a failure) leaves nothing behind.
    return () => {
        if (install.exitCode === null) {
            install.kill();
        }
    };
}
