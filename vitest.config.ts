import { defineConfig } from 'vitest/config';

const END_TO_END = 'packages/*/test/**/*.e2e.test.ts';

/**
 * Two groups, run one after the other. Most test files wait on child processes (the CLI, the
 * server, Chromium) as much as they compute, so two of them run at once. The end-to-end files
 * run last and alone: each drives a whole code-server, and they need the install that the global
 * setup starts, which has then had the rest of the run to finish.
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
                    maxWorkers: 2,
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
