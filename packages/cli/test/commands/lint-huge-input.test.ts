import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';

// A linter CI trusts never passes a map it has not checked: however large the map, every
// finding is reported, or the run fails.

/** One stage of `count` bare touchpoints: every one a touchpoint-needs-channel warning. */
function bareStage(count: number): string {
    const touchpoints = Array.from({ length: count }, (_, i) => `    touchpoint T${i}\n`).join('');
    return `journey J "t" {\n  stage S {\n${touchpoints}  }\n}\n`;
}

describe('cjm lint of a huge map', () => {
    it('reports all 130,000 findings of one stage, and fails on its errors', { timeout: 240_000 }, async () => {
        const root = makeWorkspace({ 'huge.cjm': bareStage(130_000) });
        const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', 'huge.cjm'], { cwd: root });
        expect(stderr).toBe('');
        expect(code).toBe(1);
        const [file] = parseJson<Array<{ diagnostics: Array<{ rule: string }> }>>(stdout);
        expect(file.diagnostics.filter(diagnostic => diagnostic.rule === 'touchpoint-needs-channel')).toHaveLength(130_000);
        expect(file.diagnostics.map(diagnostic => diagnostic.rule)).toContain('stage-needs-metric');
    });
});
