/**
 * A changed document is parsed again only in the element the change lies inside, also
 * while that element has syntax errors (document-factory.ts, parser/reparse-element.ts).
 * Over a real stdio connection, typing a touchpoint up to `via `, completing it and undoing
 * it, changing an emotion and renaming a stage in one big file (edits whose element alone is
 * linked again: references/kept-links.ts), and taking a shared channel out of use journey by
 * journey, leaves the server saying what a fresh server says of the same text: diagnostics,
 * completion items, go-to-definition, references and rename edits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES, tempTree, WORKSPACE_AS_ONE_FILE } from '../fixtures.js';
import { LspSession, uriOf } from '../lsp/lsp-client.js';
import { cursorAt } from '../lsp/text-positions.js';

const WORKSPACE = path.join(EXAMPLES, 'workspace');
const CONFIG = fs.readFileSync(path.join(WORKSPACE, 'cjm.config.json'), 'utf8');
/** The example workspace as one file: the shared personas and channels, then both journeys. */
const ONE_FILE = WORKSPACE_AS_ONE_FILE;
/** Where the touchpoint is typed: below the header of the renewal journey's first stage. */
const STAGE_HEADER = '  stage Before "Before the renewal notice" {\n';
const typed = (touchpoint: string): string => ONE_FILE.replace(STAGE_HEADER, `${STAGE_HEADER}    ${touchpoint}\n`);

const sessions: LspSession[] = [];
afterEach(async () => {
    await Promise.all(sessions.splice(0).map(session => session.stop()));
});

async function started(root: string, uri: string, text: string): Promise<LspSession> {
    const session = await LspSession.start({ root });
    sessions.push(session);
    await session.open(uri, text);
    return session;
}

/** A renamed stage of the renewal journey (the config requires `Before`). */
const STAGE_RENAMED = ONE_FILE.replace('stage Before "Before the renewal notice"', 'stage Ahead "Before the renewal notice"');
/** The shared channel `Trainer` no longer used by the onboarding journey (two touchpoints), then by the renewal journey either (one). */
const RENEWAL_START = ONE_FILE.indexOf('journey ', ONE_FILE.indexOf('journey ') + 1);
const TRAINER_LEFT_ONBOARDING = ONE_FILE.slice(0, RENEWAL_START).replaceAll('via Trainer', 'via MemberApp') + ONE_FILE.slice(RENEWAL_START);
const TRAINER_UNUSED = ONE_FILE.replaceAll('via Trainer', 'via MemberApp');

/** What a user sees of `text` in the server: its diagnostics, completion after `via `, where `FrontDesk` leads, and the edits of renaming it and a touchpoint. */
async function seen(session: LspSession, uri: string, text: string, fresh: boolean): Promise<unknown> {
    const diagnostics = await session.diagnostics(uri, () => true, fresh);
    const textDocument = { uri };
    const via = text.indexOf('"Typed" via ') >= 0 ? cursorAt(text, '"Typed" via |') : cursorAt(text, '"Before the renewal notice" {|');
    const completion = await session.connection.sendRequest('textDocument/completion', { textDocument, position: via }) as { items: Array<{ label: string }> } | Array<{ label: string }> | null;
    const items = (Array.isArray(completion) ? completion : completion?.items ?? []).map(item => item.label).sort();
    const channel = cursorAt(text, 'via Front|Desk');
    const definition = await session.connection.sendRequest('textDocument/definition', { textDocument, position: channel });
    const references = await session.connection.sendRequest('textDocument/references', { textDocument, position: channel, context: { includeDeclaration: true } });
    const renamed = await session.connection.sendRequest('textDocument/rename', { textDocument, position: channel, newName: 'Desk' });
    const touchpoint = await session.connection.sendRequest('textDocument/rename', { textDocument, position: cursorAt(text, 'at Pause|Ends'), newName: 'PauseOver' });
    return { diagnostics, items, definition, references, renamed, touchpoint };
}

/**
 * Opens ONE_FILE, then changes it to each step's text in turn; after each, the server says
 * what a fresh server says of that text, and `also` checks more of what it said.
 */
async function expectEachStepAsFresh(steps: Array<[string, string]>, also: (text: string, now: Seen) => void): Promise<void> {
    const root = tempTree({ 'cjm.config.json': CONFIG, 'map.cjm': ONE_FILE });
    const uri = uriOf(path.join(root, 'map.cjm'));
    const session = await started(root, uri, ONE_FILE);
    await session.diagnostics(uri);
    for (const [step, text] of steps) {
        await session.change(uri, text);
        const now = await seen(session, uri, text, true) as Seen;
        expect([now.renamed, now.touchpoint], `${step}: rename edits`).not.toContain(null);
        const fresh = await started(root, uri, text);
        expect(now, step).toEqual(await seen(fresh, uri, text, false));
        also(text, now);
        await fresh.stop();
        sessions.splice(sessions.indexOf(fresh), 1);
    }
    expect(session.errors).toEqual([]);
}

interface Seen {
    diagnostics: Array<{ code: string; message: string }>;
    items: string[];
    renamed: unknown;
    touchpoint: unknown;
}

describe('typing in one big file', () => {
    it('leaves the server saying what a fresh server says, while a touchpoint is typed up to `via `, completed and undone, an emotion changed, a stage renamed and undone', async () => {
        const viaTyped = typed('touchpoint Typed "Typed" via ');
        await expectEachStepAsFresh([
            ['typed up to `via `', viaTyped],
            ['the channel typed', typed('touchpoint Typed "Typed" via FrontDesk')],
            ['the channel deleted again', viaTyped],
            ['undone', ONE_FILE],
            ['an emotion changed', ONE_FILE.replace('emotion -1\n', 'emotion -2\n')],
            ['a stage renamed', STAGE_RENAMED],
            ['the stage renamed again', STAGE_RENAMED.replace('stage Ahead', 'stage Aheadd')],
            ['undone again', ONE_FILE]
        ], (text, { diagnostics, items }) => {
            if (text === viaTyped) {
                expect(diagnostics.length, 'a syntax error while typing').toBeGreaterThan(0);
                expect(items, 'the channels offered after `via `').toContain('FrontDesk');
            }
        });
    });

    it('reports a shared channel unused once the last journey that used it stops, edit by edit, and used again when one does', async () => {
        await expectEachStepAsFresh([
            ['a shared channel left by one journey', TRAINER_LEFT_ONBOARDING],
            ['the shared channel left by the other journey too', TRAINER_UNUSED],
            ['the shared channel used again by that journey', TRAINER_LEFT_ONBOARDING],
            ['undone', ONE_FILE]
        ], (text, { diagnostics }) => {
            const unused = diagnostics.filter(diagnostic => diagnostic.code === 'unused-channel').map(diagnostic => diagnostic.message).join(' ');
            expect(unused.includes('Trainer'), `\`Trainer\` unused: ${text === TRAINER_UNUSED}`).toBe(text === TRAINER_UNUSED);
        });
    });
});
