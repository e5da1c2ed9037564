import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['packages/*/test/**/*.test.ts'],
        // CLI tests spawn the bundled binary; give slow CI machines room without hiding hangs.
        testTimeout: 30_000
    }
});
