/**
 * Diagnostics over a real stdio connection: what the editor shows is what `cjm lint`
 * says, on every change of unsaved text, across files and config changes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY as CLEAN, EXAMPLES, edit, tempTree } from '../fixtures.js';
import { asLint, byPosition, lintJson } from './lint-json.js';
import { copyTree, LspSession, uriOf } from './lsp-client.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

async function start(root: string): Promise<LspSession> {
    session = await LspSession.start({ root });
    return session;
}

const BROKEN = {
    'cjm.config.json': JSON.stringify({ requiredStages: ['Awareness', 'Trial'], rules: { 'journey-needs-problem': 'error' } }),
    'shared.cjm': '\uFEFFpersona Founder "Founder"\npersona Unused\nchannel Web "Website" online\n',
    'typo.cjm': 'persona Guest {\n  goal "Eat well"\n  gaol "Sleep well"\n}\n',
    'journey.cjm': `journey Onboarding {
  objective "Grow"
  target Founder, Ghost
  stage Trial {
    touchpoint Signup via Web, Phone for Founder { emotion 5 -> Nowhere }
    metric M { baseline 1 }
    question "Why?"
  }
}
`
};

describe('diagnostics over stdio', () => {
    it('equal cjm lint --format json for every file of a workspace: codes, messages, ranges and severities', async () => {
        const root = tempTree(BROKEN);
        const lint = lintJson(root);
        const server = await start(root);
        for (const [file, expected] of lint) {
            const published = await server.diagnostics(uriOf(file));
            expect(published.map(asLint).sort(byPosition), path.basename(file)).toEqual(expected.map(({ rule, message, severity, line, column, endLine, endColumn }) => ({ rule, message, severity, line, column, endLine, endColumn })));
        }
        expect([...lint.values()].flat().length).toBeGreaterThan(8);
        expect(lint.get(path.join(root, 'typo.cjm'))?.map(({ message }) => message)).toEqual(['Unknown keyword `gaol`: perhaps `goal`.']);
        expect(server.errors).toEqual([]);
    });

    it('teach the mistakes a new writer makes, word for word as cjm lint says them', async () => {
        const mistakes: Record<string, [Record<string, string>, string]> = {
            'order.cjm': [{ 'source interview date 2026-09-12': 'date 2026-09-12 source interview' }, '`source` comes before `date`: answer "…" source SOURCE date DATE sample N.'],
            'for-via.cjm': [{ 'via Web for Founder': 'for Founder via Web' }, '`via` comes before `for`: touchpoint NAME "…" via CHANNEL for PERSONA { … }.'],
            'placement.cjm': [{ '    metric Visits': '    answer "Peers" source interview\n    metric Visits' }, 'An `answer` belongs inside a `question "…" { }`, not directly in `stage Awareness`.'],
            'comma.cjm': [{ 'actual 150': 'actual 41,5' }, 'Write a decimal point, not a comma: `41.5`.'],
            'name.cjm': [{ 'stage Awareness': 'stage first-visit' }, 'A name holds only letters, digits and `_`, and starts with a letter or `_`: write `first_visit` or `FirstVisit`.'],
            'future.cjm': [{ 'date 2026-09-12': 'date 2027-10-30' }, 'Answer dated 2027-10-30 is 341 days after today (2026-11-23): evidence cannot come from the future.']
        };
        // The only file that parses declares its own names, so that the others' are no duplicates of them.
        const own = (text: string): string => text.replace(/Founder/g, 'Buyer').replace(/\bWeb\b/g, 'Site').replace('Onboarding', 'Renewal');
        const root = tempTree(Object.fromEntries(Object.entries(mistakes).map(([file, [edits]]) => [file, file === 'future.cjm' ? own(edit(CLEAN, edits)) : edit(CLEAN, edits)])));
        const lint = lintJson(root);
        const server = await start(root);
        for (const [file, [, message]] of Object.entries(mistakes)) {
            const published = (await server.diagnostics(uriOf(path.join(root, file)))).map(asLint);
            expect(published.map(diagnostic => diagnostic.message), file).toEqual([message]);
            expect(published, file).toEqual(lint.get(path.join(root, file))?.map(({ rule, message, severity, line, column, endLine, endColumn }) => ({ rule, message, severity, line, column, endLine, endColumn })));
        }
    });

    it('are clean on the example workspace, as cjm lint is', async () => {
        const root = copyTree(path.join(EXAMPLES, 'workspace'), path.join(tempTree({}), 'workspace'));
        const server = await start(root);
        for (const name of ['shared.cjm', 'onboarding.cjm', 'renewal.cjm']) {
            expect(await server.diagnostics(uriOf(path.join(root, name)))).toEqual([]);
        }
    });

    it('carry the rule id as code, a link to the rule, and cjm as source', async () => {
        const root = tempTree(BROKEN);
        const server = await start(root);
        const diagnostics = await server.diagnostics(uriOf(path.join(root, 'journey.cjm')));
        const emotion = diagnostics.find(diagnostic => diagnostic.code === 'emotion-range');
        expect(emotion).toMatchObject({ source: 'cjm', codeDescription: { href: 'https://cjm.dev/rules/emotion-range' } });
    });

    it('follow unsaved text: an error appears on a change and is gone when it is fixed', async () => {
        const root = tempTree({ 'map.cjm': '' });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN);
        expect(await server.diagnostics(uri, list => list.length === 0)).toEqual([]);
        await server.change(uri, edit(CLEAN, { 'emotion 1': 'emotion 7' }));
        const broken = await server.diagnostics(uri, list => list.length > 0, true);
        expect(broken.map(diagnostic => diagnostic.code)).toEqual(['emotion-range']);
        await server.change(uri, CLEAN);
        expect(await server.diagnostics(uri, list => list.length === 0, true)).toEqual([]);
    });

    it('run the whole check set on edits, not only the fast checks (stage-needs-research, unreachable-touchpoint)', async () => {
        const root = tempTree({ 'map.cjm': '' });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN);
        await server.diagnostics(uri, list => list.length === 0);
        await server.change(uri, edit(CLEAN, { 'answer "Peers in chats" source interview date 2026-09-12': '' }));
        const codes = (await server.diagnostics(uri, list => list.length > 0, true)).map(diagnostic => diagnostic.code);
        expect(codes).toEqual(expect.arrayContaining(['stage-needs-research', 'unanswered-question']));
    });

    it('check untitled buffers too', async () => {
        const server = await start(tempTree({}));
        const uri = 'untitled:Untitled-1';
        await server.open(uri, edit(CLEAN, { 'via Web ': '' }));
        const codes = (await server.diagnostics(uri, list => list.length > 0)).map(diagnostic => diagnostic.code);
        expect(codes.sort()).toEqual(['touchpoint-needs-channel', 'unused-channel']);
    });

    it('of a closed untitled buffer are cleared, and its names leave the workspace', async () => {
        const root = tempTree({ 'map.cjm': CLEAN });
        const server = await start(root);
        const map = uriOf(path.join(root, 'map.cjm'));
        await server.diagnostics(map, list => list.length === 0);
        const untitled = 'untitled:Untitled-2';
        await server.open(untitled, 'persona Founder "Again"\n');
        await server.diagnostics(map, list => list.some(diagnostic => diagnostic.code === 'duplicate-name'), true);
        await server.close(untitled);
        expect(await server.diagnostics(untitled, list => list.length === 0, true)).toEqual([]);
        expect(await server.diagnostics(map, list => list.length === 0, true)).toEqual([]);
    });

    it('of a file closed without saving are those of its saved text', async () => {
        const root = tempTree({ 'map.cjm': CLEAN });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN);
        await server.change(uri, edit(CLEAN, { 'emotion 1': 'emotion 9' }));
        await server.diagnostics(uri, list => list.length > 0, true);
        await server.close(uri);
        expect(await server.diagnostics(uri, list => list.length === 0, true)).toEqual([]);
    });

    it('of a file outside the opened folder resolve against that file\'s own workspace, as cjm lint does', async () => {
        const server = await start(tempTree({}));
        const elsewhere = tempTree({ 'shared.cjm': 'persona Founder "Founder"\nchannel Web "Website" online\n', 'map.cjm': '' });
        const uri = uriOf(path.join(elsewhere, 'map.cjm'));
        const text = edit(CLEAN, { 'persona Founder "Early-stage founder"\nchannel Web "Website" online\n': '' });
        await server.open(uri, text);
        expect(await server.diagnostics(uri, list => list.length === 0)).toEqual([]);
        await server.change(uri, edit(text, { 'for Founder': 'for Foundr' }));
        const [typo] = await server.diagnostics(uri, list => list.some(diagnostic => diagnostic.code === 'unresolved-reference'), true);
        expect(typo.message).toBe('No persona `Foundr` in journey `Onboarding` or the workspace: perhaps `Founder`.');
    });

    it('count columns after a byte order mark, as the editor does', async () => {
        const root = tempTree({ 'map.cjm': '\uFEFFpersona Lonely "Nobody uses me"\n' });
        const server = await start(root);
        const [diagnostic] = await server.diagnostics(uriOf(path.join(root, 'map.cjm')), list => list.length > 0);
        expect(diagnostic).toMatchObject({ code: 'unused-persona', range: { start: { line: 0, character: 8 }, end: { line: 0, character: 14 } } });
    });
});

describe('diagnostics across files', () => {
    const SHARED = 'persona Founder "Founder"\nchannel Web "Website" online\n';
    const USES = (persona: string) => `journey J {
  objective "o" problem "p" target ${persona}
  stage S {
    touchpoint T via Web for ${persona}
    metric M { target 1 }
    question "q" { answer "a" source interview date 2026-09-12 }
  }
}
`;

    it('an edit in one file updates the diagnostics of another (unused-persona, unresolved-reference)', async () => {
        const root = tempTree({ 'shared.cjm': SHARED, 'journey.cjm': USES('Founder') });
        const server = await start(root);
        const shared = uriOf(path.join(root, 'shared.cjm'));
        const journey = uriOf(path.join(root, 'journey.cjm'));
        expect(await server.diagnostics(shared)).toEqual([]);
        await server.open(journey, USES('Founder'));
        await server.change(journey, USES('Stranger'));
        const unused = await server.diagnostics(shared, list => list.some(diagnostic => diagnostic.code === 'unused-persona'), true);
        expect(unused.map(diagnostic => diagnostic.code)).toEqual(['unused-persona']);
        await server.change(journey, USES('Founder'));
        expect(await server.diagnostics(shared, list => list.length === 0, true)).toEqual([]);
    });

    it('a duplicate declared in another file is reported in both, and cleared in both', async () => {
        const root = tempTree({ 'shared.cjm': SHARED, 'journey.cjm': USES('Founder') });
        const server = await start(root);
        const shared = uriOf(path.join(root, 'shared.cjm'));
        const journey = uriOf(path.join(root, 'journey.cjm'));
        await server.open(journey, USES('Founder'));
        await server.diagnostics(journey, list => list.length === 0);
        await server.change(journey, 'channel Web "Web again" online\n' + USES('Founder'));
        const inShared = await server.diagnostics(shared, list => list.some(diagnostic => diagnostic.code === 'duplicate-name'), true);
        expect(inShared.map(diagnostic => diagnostic.code)).toContain('duplicate-name');
        await server.change(journey, USES('Founder'));
        expect(await server.diagnostics(shared, list => list.length === 0, true)).toEqual([]);
    });

    it('a map alone in its workspace, edited, then joined by another: its edits still update the other (duplicate-name)', async () => {
        const root = tempTree({ 'map.cjm': SHARED + USES('Founder') });
        const server = await start(root);
        const map = uriOf(path.join(root, 'map.cjm'));
        await server.open(map, SHARED + USES('Founder'));
        await server.change(map, SHARED + USES('Founder') + '// edited alone\n');
        expect(await server.diagnostics(map, () => true, true)).toEqual([]);
        const other = path.join(root, 'other.cjm');
        fs.writeFileSync(other, 'persona Founder "Founder again"\n');
        await server.filesChanged([{ file: other, type: 'created' }]);
        const duplicate = await server.diagnostics(uriOf(other), list => list.some(diagnostic => diagnostic.code === 'duplicate-name'));
        expect(duplicate.map(diagnostic => diagnostic.code)).toContain('duplicate-name');
        await server.change(map, 'channel Web "Website" online\n' + USES('Founder'));
        expect(await server.diagnostics(uriOf(other), list => list.length === 0, true)).toEqual([]);
    });

    it('a deleted file leaves no stale diagnostics, and files that used it learn it is gone', async () => {
        const root = tempTree({ 'shared.cjm': SHARED + 'persona Lonely\n', 'journey.cjm': USES('Founder') });
        const server = await start(root);
        const shared = uriOf(path.join(root, 'shared.cjm'));
        const journey = uriOf(path.join(root, 'journey.cjm'));
        expect((await server.diagnostics(shared)).map(diagnostic => diagnostic.code)).toEqual(['unused-persona']);
        fs.rmSync(path.join(root, 'shared.cjm'));
        await server.filesChanged([{ file: path.join(root, 'shared.cjm'), type: 'deleted' }]);
        expect(await server.diagnostics(shared, list => list.length === 0, true)).toEqual([]);
        const codes = (await server.diagnostics(journey, list => list.length > 0, true)).map(diagnostic => diagnostic.code);
        expect(codes).toContain('unresolved-reference');
    });
});

describe('the config file', () => {
    it('a change re-validates every map with the new rules', async () => {
        const root = tempTree({ 'map.cjm': edit(CLEAN, { 'via Web ': '', 'channel Web "Website" online\n': '' }) });
        const server = await start(root);
        const uri = uriOf(path.join(root, 'map.cjm'));
        expect((await server.diagnostics(uri)).map(diagnostic => [diagnostic.code, diagnostic.severity])).toEqual([['touchpoint-needs-channel', 2]]);
        const config = path.join(root, 'cjm.config.json');
        fs.writeFileSync(config, JSON.stringify({ rules: { 'touchpoint-needs-channel': 'error' } }));
        await server.filesChanged([{ file: config, type: 'created' }]);
        expect((await server.diagnostics(uri, list => list[0]?.severity === 1, true)).map(diagnostic => diagnostic.code)).toEqual(['touchpoint-needs-channel']);
        fs.writeFileSync(config, JSON.stringify({ rules: { 'touchpoint-needs-channel': 'off' } }));
        await server.filesChanged([{ file: config, type: 'changed' }]);
        expect(await server.diagnostics(uri, list => list.length === 0, true)).toEqual([]);
        fs.rmSync(config);
        await server.filesChanged([{ file: config, type: 'deleted' }]);
        expect((await server.diagnostics(uri, list => list.length === 1, true)).map(diagnostic => diagnostic.severity)).toEqual([2]);
    });

    it('a broken config is shown on the config file, at the bad key, and cleared when fixed', async () => {
        const root = tempTree({ 'map.cjm': CLEAN, 'cjm.config.json': '{\n  "rules": {\n    "no-such-rule": "error"\n  }\n}\n' });
        const server = await start(root);
        const config = path.join(root, 'cjm.config.json');
        const [problem] = await server.diagnostics(uriOf(config), list => list.length > 0);
        expect(problem).toMatchObject({ severity: 1, source: 'cjm', range: { start: { line: 2, character: 4 } } });
        expect(problem.message).toContain('rules.no-such-rule');
        fs.writeFileSync(config, '{}');
        await server.filesChanged([{ file: config, type: 'changed' }]);
        expect(await server.diagnostics(uriOf(config), list => list.length === 0, true)).toEqual([]);
    });

    it('only maps and config files are watched', async () => {
        const root = tempTree({ 'map.cjm': CLEAN });
        const server = await start(root);
        await server.diagnostics(uriOf(path.join(root, 'map.cjm')));
        const watchers = server.registrations.flatMap(registration => (registration.registerOptions as { watchers?: Array<{ globPattern: string }> }).watchers ?? []);
        expect(watchers.map(watcher => watcher.globPattern)).toEqual(['**/*.cjm', '**/cjm.config.json']);
    });
});
