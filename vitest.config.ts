import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's own order, with the end-to-end files (`*.e2e.test.ts`) last: they need the
 * code-server install that the global setup starts, which has then had the whole run to finish.
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
        globalSetup: ['packages/extension/test/e2e/install-in-background.ts'],
        sequence: { sequencer: EndToEndLast }
    }
});
