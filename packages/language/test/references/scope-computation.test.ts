/**
 * The server keeps the local symbols of every journey an edit did not touch
 * (scope-computation.ts) and links and indexes references one journey at a time
 * (walk-by-element.ts): over a real stdio connection, after each edit of one big file,
 * go-to-definition, find-references and completion answer as a server that opened the
 * edited text fresh.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompletionRequest, DefinitionRequest, ReferencesRequest, type Position } from 'vscode-languageserver-protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { edit, EXAMPLES, tempTree, WORKSPACE_AS_ONE_FILE } from '../fixtures.js';
import { LspSession, uriOf } from '../lsp/lsp-client.js';
import { cursorAt } from '../lsp/text-positions.js';

const WORKSPACE = path.join(EXAMPLES, 'workspace');
const CONFIG = fs.readFileSync(path.join(WORKSPACE, 'cjm.config.json'), 'utf8');
/** The example workspace as one file: the shared personas and channels, then both journeys. */
const ONE_FILE = WORKSPACE_AS_ONE_FILE;
/** Where the answers are asked: journey-local and shared names, in both journeys. */
const SPOTS = ['via Web|site for Returner', 'via Trainer for Beg|inner', 'at First|Workout severity', 'touchpoint StreakBadge "Workout streak in the app" via Member|App', 'for Returner, Begin|ner {', 'at Pause|Ends severity'];

const sessions: LspSession[] = [];
afterEach(async () => {
    await Promise.all(sessions.splice(0).map(session => session.stop()));
});

async function opened(root: string, uri: string, text: string): Promise<LspSession> {
    const session = await LspSession.start({ root });
    sessions.push(session);
    await session.open(uri, text);
    await session.diagnostics(uri);
    return session;
}

/** What the server answers at each spot that occurs in `text`: definitions, references and completion labels. */
async function answers(session: LspSession, uri: string, text: string): Promise<unknown[]> {
    const found = SPOTS.filter(spot => text.includes(spot.replace('|', '')));
    return Promise.all(found.map(async spot => {
        const position: Position = cursorAt(text, spot);
        const textDocument = { uri };
        const [definition, references, completion] = await Promise.all([
            session.connection.sendRequest(DefinitionRequest.type, { textDocument, position }),
            session.connection.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
            session.connection.sendRequest(CompletionRequest.type, { textDocument, position })
        ]);
        const labels = (Array.isArray(completion) ? completion : completion?.items ?? []).map(item => item.label).sort();
        return { spot, definition, references, labels };
    }));
}

describe('navigation in one big file after edits', () => {
    it('answers as a fresh server after a journey edit, a renamed persona, a duplicate, a broken edit and its fix, and an undo', async () => {
        const root = tempTree({ 'cjm.config.json': CONFIG, 'map.cjm': ONE_FILE });
        const uri = uriOf(path.join(root, 'map.cjm'));
        const edited = await opened(root, uri, ONE_FILE);
        const moved = edit(ONE_FILE, { '    touchpoint DayPass': '    // two lines\n    // further down\n    touchpoint DayPass' });
        const steps: Array<[string, string]> = [
            ['two lines added inside the onboarding journey: what follows moves down', moved],
            ['the persona Beginner renamed where it is declared', edit(moved, { 'persona Beginner "Fitness beginner"': 'persona Novice "Fitness beginner"' })],
            ['the renewal journey given the onboarding journey\'s name', edit(moved, { 'journey MemberRenewal': 'journey MemberOnboarding' })],
            ['a touchpoint left half typed', edit(moved, { 'touchpoint DayPass "Free day pass at the front desk" via FrontDesk': 'touchpoint DayPass "Free day pass at the front desk" via' })],
            ['the half typed touchpoint finished', moved],
            ['every edit undone', ONE_FILE]
        ];
        for (const [step, text] of steps) {
            await edited.change(uri, text);
            await edited.diagnostics(uri, () => true, true);
            const fresh = await opened(root, uri, text);
            const expected = await answers(fresh, uri, text);
            expect(expected.length, step).toBeGreaterThan(0);
            expect(await answers(edited, uri, text), step).toEqual(expected);
            await fresh.stop();
            sessions.splice(sessions.indexOf(fresh), 1);
        }
        expect(edited.errors).toEqual([]);
    });
});
