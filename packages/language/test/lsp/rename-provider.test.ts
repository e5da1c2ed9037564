/**
 * Rename over a real stdio connection: a name is renamed where it is declared and wherever
 * it is used, in every file of the workspace, and the workspace lints as before. Renames
 * that would not parse or would change what a name refers to are refused with a message.
 */
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrepareRenameRequest, RenameRequest, ResponseError, type Range, type WorkspaceEdit } from 'vscode-languageserver-protocol';
import { lintPaths, rules, tempTree } from '../fixtures.js';
import { ExampleWorkspace } from './example-workspace.js';
import { applyEdits, cursorAt, textIn } from './text-positions.js';

const SHARED = 'workspace/shared.cjm';
const ONBOARDING = 'workspace/onboarding.cjm';
const RENEWAL = 'workspace/renewal.cjm';
const KARTA = 'russian-bank-card/karta.cjm';
const FILES = [SHARED, ONBOARDING, RENEWAL, KARTA];

let workspace: ExampleWorkspace;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card']);
});
afterAll(async () => {
    await workspace.stop();
});

async function prepareRename(file: string, marked: string, occurrence = 0): Promise<string | null> {
    const range = await workspace.session.connection.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri: workspace.uri(file) }, position: cursorAt(workspace.text(file), marked, occurrence)
    }) as Range | null;
    return range && textIn(workspace.text(file), range);
}

async function rename(file: string, marked: string, newName: string): Promise<WorkspaceEdit | null> {
    return workspace.session.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: workspace.uri(file) }, position: cursorAt(workspace.text(file), marked), newName
    });
}

/** The message of the error a request fails with. */
async function refusal(request: Promise<unknown>): Promise<string> {
    const error = await request.then(() => undefined, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(ResponseError);
    return (error as ResponseError<unknown>).message;
}

/** Every file of the workspace with the rename applied, and the files it touched. */
function applied(edit: WorkspaceEdit | null): { texts: Record<string, string>; touched: string[] } {
    const changes = edit?.changes ?? {};
    const texts = Object.fromEntries(FILES.map(file => [file, applyEdits(workspace.text(file), changes[workspace.uri(file)] ?? [])]));
    return { texts, touched: Object.keys(changes).map(uri => workspace.file(uri)).sort() };
}

/** The rule ids each file lints with, as `cjm lint` sees the workspace (its config files apply). */
async function lintResult(texts: Record<string, string>): Promise<Record<string, string[]>> {
    const root = tempTree({ ...texts, 'workspace/cjm.config.json': workspace.text('workspace/cjm.config.json') });
    const documents = await lintPaths(FILES.map(file => path.join(root, file)));
    return Object.fromEntries(FILES.map((file, index) => [file, rules(documents[index].diagnostics)]));
}

function original(): Record<string, string> {
    return Object.fromEntries(FILES.map(file => [file, workspace.text(file)]));
}

/** How often `name` is written as a whole word outside strings and comments. */
function count(text: string, name: string): number {
    return text.split('\n').reduce((sum, line) => sum + (line.replace(/"(\\.|[^"\\])*"/g, '""').replace(/\/\/.*/, '').match(new RegExp(`(?<![\\p{L}\\p{Nd}_])${name}(?![\\p{L}\\p{Nd}_])`, 'gu'))?.length ?? 0), 0);
}

describe('prepareRename', () => {
    it('gives the range of the name at a declaration and at a reference, in any file', async () => {
        expect(await prepareRename(SHARED, 'persona Begi|nner')).toBe('Beginner');
        expect(await prepareRename(ONBOARDING, 'for Begi|nner')).toBe('Beginner');
        expect(await prepareRename(ONBOARDING, '-> |FirstWorkout')).toBe('FirstWorkout');
        expect(await prepareRename(KARTA, 'via Соцсети|')).toBe('Соцсети');
        expect(await prepareRename(ONBOARDING, 'journey Member|Onboarding')).toBe('MemberOnboarding');
    });

    it('refuses a keyword, a string or a comment with a message', async () => {
        for (const marked of ['touch|point DayPass', '"Free day| pass', '// Local| to this journey']) {
            const message = await refusal(prepareRename(ONBOARDING, marked));
            expect(message).toMatch(/^Only names can be renamed/);
        }
    });

    it('refuses a stage that cjm.config.json requires, and takes one it does not', async () => {
        expect(await refusal(prepareRename(ONBOARDING, 'stage Bef|ore'))).toMatch(/Stage 'Before' is one of the requiredStages of cjm\.config\.json/);
        expect(await prepareRename(ONBOARDING, 'stage Jo|in')).toBe('Join');
    });
});

describe('rename', () => {
    it('renames a shared persona in every file from a use in one of them, and the workspace lints as before', async () => {
        const before = await lintResult(original());
        const { texts, touched } = applied(await rename(ONBOARDING, 'for Begi|nner', 'Novice'));
        expect(touched).toEqual([SHARED, ONBOARDING, RENEWAL].sort());
        for (const file of [SHARED, ONBOARDING, RENEWAL]) {
            expect(count(texts[file], 'Beginner'), file).toBe(0);
            expect(count(texts[file], 'Novice'), file).toBe(count(workspace.text(file), 'Beginner'));
        }
        expect(Object.values(before).flat()).toEqual([]);
        expect(await lintResult(texts)).toEqual(before);
    });

    it('renames a channel, a touchpoint with its arrows and barriers, and a stage', async () => {
        const before = await lintResult(original());
        for (const [file, marked, newName] of [
            [SHARED, 'channel Member|App', 'PulseApp'], [ONBOARDING, 'touchpoint First|Workout', 'SoloWorkout'], [ONBOARDING, 'stage Jo|in', 'SignUp'],
            [RENEWAL, 'channel Sm|s', 'TextMessage'], [ONBOARDING, 'touchpoint Price|Page', 'UsageSummary']
        ]) {
            const { texts } = applied(await rename(file, marked, newName));
            expect(await lintResult(texts), `${marked} -> ${newName}`).toEqual(before);
        }
    });

    it('takes Cyrillic names, also with combining marks, and renames Cyrillic names', async () => {
        const before = await lintResult(original());
        for (const [marked, newName] of [['channel Соц|сети', 'Мессенджеры'], ['touchpoint ПостВ|Соцсетях', 'ПостВЧате'], ['persona Студ|ент', 'Учащийся'], ['barrier Недов|ериеКРекламе', 'Йогурт\u0306']]) {
            const edit = await rename(KARTA, marked, newName);
            const { texts, touched } = applied(edit);
            expect(touched).toEqual([KARTA]);
            expect(count(texts[KARTA], newName), newName).toBe(count(workspace.text(KARTA), marked.replace('|', '').split(' ')[1]));
            expect(await lintResult(texts), `${marked} -> ${newName}`).toEqual(before);
        }
    });

    it('refuses a new name that is not an identifier, or is a keyword', async () => {
        for (const newName of ['2fast', 'two words', 'with-dash', '', '"Quoted"', 'Café!']) {
            expect(await refusal(rename(SHARED, 'persona Begi|nner', newName)), newName).toMatch(/is not a name: a name starts with a letter or '_'/);
        }
        for (const newName of ['persona', 'source', 'online', 'critical']) {
            expect(await refusal(rename(SHARED, 'persona Begi|nner', newName)), newName).toBe(`'${newName}' is a keyword of the language and cannot be a name.`);
        }
    });

    it('refuses a name that another declaration of the kind has in the same scope', async () => {
        expect(await refusal(rename(ONBOARDING, 'for Begi|nner', 'Returner'))).toBe("A top-level persona named 'Returner' already exists in shared.cjm.");
        expect(await refusal(rename(ONBOARDING, 'touchpoint Price|Page', 'DayPass'))).toBe("Journey 'MemberOnboarding' already has a touchpoint named 'DayPass'.");
        expect(await refusal(rename(ONBOARDING, 'metric Pass|ToJoin', 'EarlyChurn'))).toBe("Journey 'MemberOnboarding' already has a metric named 'EarlyChurn'.");
        expect(await refusal(rename(ONBOARDING, 'stage Jo|in', 'During'))).toBe("Journey 'MemberOnboarding' already has a stage named 'During'.");
    });

    it('takes a name that another kind, or another journey, has', async () => {
        const before = await lintResult(original());
        for (const [marked, newName] of [['touchpoint Price|Page', 'HiddenJoiningFee'], ['persona Corporate|Employee', 'PausedMember'], ['channel Web|site', 'Beginner']]) {
            const { texts } = applied(await rename(ONBOARDING, marked, newName));
            expect(await lintResult(texts), `${marked} -> ${newName}`).toEqual(before);
        }
    });

    it('refuses a name under which a journey-local persona or channel would hide a top-level one', async () => {
        expect(await refusal(rename(ONBOARDING, 'persona Corporate|Employee', 'Beginner')))
            .toBe("Journey 'MemberOnboarding' uses a persona named 'Beginner'; its own persona of that name would take that place.");
        expect(await refusal(rename(SHARED, 'persona Retur|ner', 'CorporateEmployee')))
            .toBe("Journey 'MemberOnboarding' uses persona 'Returner' and declares its own persona 'CorporateEmployee', which would take its place there.");
        expect(await refusal(rename(SHARED, 'channel Club|Email', 'Sms')))
            .toBe("Journey 'MemberRenewal' uses channel 'ClubEmail' and declares its own channel 'Sms', which would take its place there.");
    });

    it('refuses a required stage and a reference that resolves to nothing', async () => {
        expect(await refusal(rename(RENEWAL, 'stage Aft|er', 'Later'))).toMatch(/^Stage 'After' is one of the requiredStages/);
        const uri = workspace.uri('workspace/draft.cjm');
        const draft = 'journey Draft {\n  stage S { touchpoint T for Ghost }\n}\n';
        await workspace.session.open(uri, draft);
        const message = await refusal(workspace.session.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri }, position: cursorAt(draft, 'for Gh|ost'), newName: 'Spirit'
        }));
        expect(message).toBe("'Ghost' refers to nothing that is declared, so there is nothing to rename.");
        await workspace.session.close(uri);
    });
});
