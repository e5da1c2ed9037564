import { defineConfig } from 'vitest/config';

const END_TO_END = 'packages/*/test/**/*.e2e.test.ts';

/**
 * Two groups, run one after the other, one file at a time: most test files drive child
 * processes (the CLI, the server, Chromium) that keep the second core busy; two files at
 * once on two cores took as long in all (1,046 s against 981 s) and made every file slower,
 * nearer its timeouts. The end-to-end files run last: each drives a whole code-server, and
 * they need the install that the global setup starts, which has then had the rest of the
 * run to finish.
 */
export default defineConfig({
    test: {
        // CLI tests spawn the bundled binary; give slow CI machines room without hiding hangs.
        testTimeout: 30_000,
        globalSetup: ['packages/extension/test/e2e/install-in-background.ts'],
        projects: [
            {
                extends: true,
                test: {
                    name: 'cjm',
                    include: ['packages/*/test/**/*.test.ts'],
                    exclude: [END_TO_END],
                    maxWorkers: 1,
                    sequence: { groupOrder: 0 }
                }
            },
            {
                extends: true,
                test: {
                    name: 'end-to-end',
                    include: [END_TO_END],
                    maxWorkers: 1,
                    sequence: { groupOrder: 1 }
                }
            }
        ]
    }
});
