/**
 * The server re-checks only the journeys an edit touched (element-diagnostics.ts): over a
 * real stdio connection, after each edit of one big file, its diagnostics are the same as
 * a full build's (`cjm lint` of the same text, in a process of its own), whether the edit
 * changes one journey, moves every journey down, or changes a persona the journeys refer to.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { edit, EXAMPLES, tempTree, WORKSPACE_AS_ONE_FILE } from '../fixtures.js';
import { asLint, byPosition, lintJson, type LintDiagnostic } from '../lsp/lint-json.js';
import { LspSession, uriOf } from '../lsp/lsp-client.js';

const WORKSPACE = path.join(EXAMPLES, 'workspace');
const CONFIG = fs.readFileSync(path.join(WORKSPACE, 'cjm.config.json'), 'utf8');
/** The example workspace as one file: the shared personas and channels, then both journeys. */
const ONE_FILE = WORKSPACE_AS_ONE_FILE;

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

/** What `cjm lint` says of `text` as the only map of a folder with the workspace's config. */
function fullBuild(text: string): LintDiagnostic[] {
    const root = tempTree({ 'cjm.config.json': CONFIG, 'map.cjm': text });
    const found = lintJson(root).get(path.join(root, 'map.cjm')) ?? [];
    return found.map(({ rule, message, severity, line, column, endLine, endColumn }) => ({ rule, message, severity, line, column, endLine, endColumn })).sort(byPosition);
}

describe('diagnostics of one big file after edits', () => {
    it('equal a full build after editing one journey, moving all of them, changing a shared persona, a duplicate name and undoing', async () => {
        const root = tempTree({ 'cjm.config.json': CONFIG, 'map.cjm': ONE_FILE });
        session = await LspSession.start({ root });
        const uri = uriOf(path.join(root, 'map.cjm'));
        await session.open(uri, ONE_FILE);
        const published = async (fresh: boolean): Promise<LintDiagnostic[]> => (await session!.diagnostics(uri, () => true, fresh)).map(asLint).sort(byPosition);
        expect(await published(false)).toEqual(fullBuild(ONE_FILE));

        const steps: Array<[string, string, (rules: string[]) => void]> = [
            ['an emotion out of range in the renewal journey', edit(ONE_FILE, { 'emotion 1\n      action "Shares the yearly visit count"': 'emotion 7\n      action "Shares the yearly visit count"' }),
                rules => expect(rules).toContain('emotion-range')],
            ['two lines above everything: every journey moves down', '// moved\n// down\n' + edit(ONE_FILE, { 'emotion 1\n      action "Shares the yearly visit count"': 'emotion 7\n      action "Shares the yearly visit count"' }),
                rules => expect(rules).toContain('emotion-range')],
            ['the persona Beginner renamed where it is declared', edit(ONE_FILE, { 'persona Beginner "Fitness beginner"': 'persona Novice "Fitness beginner"' }),
                rules => expect(rules.filter(rule => rule === 'unresolved-reference').length).toBeGreaterThan(4)],
            ['the renewal journey given the onboarding journey\'s name', edit(ONE_FILE, { 'journey MemberRenewal': 'journey MemberOnboarding' }),
                rules => expect(rules.filter(rule => rule === 'duplicate-name').length).toBe(2)],
            ['every edit undone', ONE_FILE, rules => expect(rules).toEqual([])]
        ];
        for (const [step, text, expectRules] of steps) {
            await session.change(uri, text);
            const now = await published(true);
            expect(now, step).toEqual(fullBuild(text));
            expectRules(now.map(diagnostic => diagnostic.rule));
        }
        expect(session.errors).toEqual([]);
    });
});
