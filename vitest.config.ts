import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's own order, with the end-to-end files (`*.e2e.test.ts`) last: they need the
 * code-server install that the global setup starts, which has then had the whole run to finish.
 * One file at a time (vitest's default on two cores): most files drive child processes (the
 * CLI, the server, Chromium) that keep the second core busy; two at once took as long in all
 * and brought every file nearer its timeouts. Vitest projects with `groupOrder` were tried for
 * the order: with one worker each, the end-to-end group ran first and waited for the install.
 * The files share one module graph (`isolate: false`): re-importing Langium, ELK and the rest for
 * each of some 200 files cost two and a half minutes of a CI run. Nothing of cjm keeps global
 * state, and a test that changes the process's environment or timers puts them back.
 */
class EndToEndLast extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
        const sorted = await super.sort(files);
        const endToEnd = (file: TestSpecification): boolean => file.moduleId.endsWith('.e2e.test.ts');
        return [...sorted.filter(file => !endToEnd(file)), ...sorted.filter(endToEnd)];
    }
}

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        // CLI tests spawn the bundled binary; give slow CI machines room without hiding hangs.
        testTimeout: 30_000,
        isolate: false,
        globalSetup: ['packages/extension/test/e2e/install-in-background.ts'],
        sequence: { sequencer: EndToEndLast }
    }
});
