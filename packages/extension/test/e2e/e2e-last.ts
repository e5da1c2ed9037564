/**
 * Runs the end-to-end files (`*.e2e.test.ts`) after every other test file, keeping Vitest's
 * own order otherwise: they need the code-server install that the global setup started,
 * which has then had the whole run to finish.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class EndToEndLast extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
        const sorted = await super.sort(files);
        const endToEnd = (file: TestSpecification): boolean => file.moduleId.endsWith('.e2e.test.ts');
        return [...sorted.filter(file => !endToEnd(file)), ...sorted.filter(endToEnd)];
    }
}
