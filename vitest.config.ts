import { defineConfig } from 'vitest/config';
import { EndToEndLast } from './packages/extension/test/e2e/e2e-last.js';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        // CLI tests spawn the bundled binary; give slow CI machines room without hiding hangs.
        testTimeout: 30_000,
        globalSetup: ['packages/extension/test/e2e/install-in-background.ts'],
        sequence: { sequencer: EndToEndLast }
    }
});
