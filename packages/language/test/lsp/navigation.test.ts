/**
 * Go to definition, find references and document highlight over a real stdio connection,
 * on the example workspace, whose journeys use personas and channels declared in
 * shared.cjm, and on the Cyrillic bank-card map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DefinitionRequest, DocumentHighlightRequest, ReferencesRequest, type Location, type LocationLink } from 'vscode-languageserver-protocol';
import { ExampleWorkspace } from './example-workspace.js';
import { cursorAt, textIn } from './text-positions.js';

const SHARED = 'workspace/shared.cjm';
const ONBOARDING = 'workspace/onboarding.cjm';
const RENEWAL = 'workspace/renewal.cjm';
const KARTA = 'russian-bank-card/karta.cjm';

let workspace: ExampleWorkspace;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card']);
});
afterAll(async () => {
    await workspace.stop();
});

/** Where the definition of the name at the cursor is: `file: name`, with the text its name range covers. */
async function definition(file: string, marked: string, occurrence = 0): Promise<string[]> {
    const result = await workspace.session.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: workspace.uri(file) }, position: cursorAt(workspace.text(file), marked, occurrence)
    });
    const links = (result === null ? [] : Array.isArray(result) ? result : [result]) as Array<Location | LocationLink>;
    return links.map(link => 'targetUri' in link
        ? `${workspace.file(link.targetUri)}: ${textIn(workspace.text(workspace.file(link.targetUri)), link.targetSelectionRange)}`
        : `${workspace.file(link.uri)}: ${textIn(workspace.text(workspace.file(link.uri)), link.range)}`);
}

/** The references of the name at the cursor, as `file:line: text`. */
async function references(file: string, marked: string, includeDeclaration: boolean): Promise<string[]> {
    const result = await workspace.session.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: workspace.uri(file) }, position: cursorAt(workspace.text(file), marked), context: { includeDeclaration }
    });
    return (result ?? []).map(located);
}

function located(location: Location): string {
    const file = workspace.file(location.uri);
    return `${file}:${location.range.start.line}: ${textIn(workspace.text(file), location.range)}`;
}

/** Every line of the files where `name` is written outside strings and comments, as `file:line: name`. */
function uses(name: string, files: readonly string[]): string[] {
    return files.flatMap(file => workspace.text(file).split('\n').flatMap((line, index) =>
        new RegExp(`\\b${name}\\b`).test(line.replace(/"(\\.|[^"\\])*"/g, '""').replace(/\/\/.*/, '')) ? [`${file}:${index}: ${name}`] : []));
}

describe('go to definition', () => {
    it('leads from a persona used in onboarding.cjm to its name in shared.cjm', async () => {
        expect(await definition(ONBOARDING, 'for Begi|nner')).toEqual([`${SHARED}: Beginner`]);
        expect(await definition(RENEWAL, 'via Club|Email')).toEqual([`${SHARED}: ClubEmail`]);
    });

    it('leads to a journey-local persona, and to the touchpoints and barriers of the journey', async () => {
        expect(await definition(ONBOARDING, 'target Beginner, Returner, Corp|orateEmployee')).toEqual([`${ONBOARDING}: CorporateEmployee`]);
        expect(await definition(ONBOARDING, '-> First|Workout')).toEqual([`${ONBOARDING}: FirstWorkout`]);
        expect(await definition(ONBOARDING, 'resolves Feeling|Watched')).toEqual([`${ONBOARDING}: FeelingWatched`]);
    });

    it('works with Cyrillic names, also with the cursor at either end of the name', async () => {
        expect(await definition(KARTA, 'via Соц|сети')).toEqual([`${KARTA}: Соцсети`]);
        expect(await definition(KARTA, 'at |ПостВСоцсетях')).toEqual([`${KARTA}: ПостВСоцсетях`]);
        expect(await definition(KARTA, 'at ПостВСоцсетях| ')).toEqual([`${KARTA}: ПостВСоцсетях`]);
        expect(await definition(KARTA, '-> Заявка, ДоставкаКурье|ром')).toEqual([`${KARTA}: ДоставкаКурьером`]);
    });

    it('finds nothing on a keyword or in a string', async () => {
        expect(await definition(ONBOARDING, 'tou|chpoint PricePage')).toEqual([]);
        expect(await definition(ONBOARDING, '"Compares pl|ans')).toEqual([]);
    });
});

describe('find references', () => {
    const files = [SHARED, ONBOARDING, RENEWAL];

    it('of a channel lists every use in every file, and its declaration when asked', async () => {
        const all = uses('MemberApp', files);
        expect(all.filter(use => use.startsWith(ONBOARDING)).length).toBeGreaterThan(1);
        expect(all.filter(use => use.startsWith(RENEWAL)).length).toBeGreaterThan(1);
        expect((await references(SHARED, 'channel Member|App', true)).sort()).toEqual(all.sort());
        expect((await references(SHARED, 'channel Member|App', false)).sort()).toEqual(all.filter(use => !use.startsWith(SHARED)).sort());
    });

    it('are the same asked from a use in another file', async () => {
        expect((await references(RENEWAL, 'for Return|er', true)).sort()).toEqual(uses('Returner', files).sort());
    });

    it('of a Cyrillic touchpoint list its declaration, the barrier at it and the arrows to it', async () => {
        const found = await references(KARTA, 'touchpoint ПостВ|Соцсетях', true);
        expect(found.map(location => location.replace(/:\d+:/, ':'))).toEqual([`${KARTA}: ПостВСоцсетях`, `${KARTA}: ПостВСоцсетях`]);
    });
});

describe('document highlight', () => {
    it('marks every use of a name in the one file, wherever the cursor is', async () => {
        const text = workspace.text(ONBOARDING);
        const highlights = await workspace.session.connection.sendRequest(DocumentHighlightRequest.type, {
            textDocument: { uri: workspace.uri(ONBOARDING) }, position: cursorAt(text, 'via Website, Member|App')
        });
        const expected = uses('MemberApp', [ONBOARDING]).length;
        expect(highlights?.map(highlight => textIn(text, highlight.range))).toEqual(Array(expected).fill('MemberApp'));
    });

    it('marks a touchpoint\'s declaration and its uses in the journey', async () => {
        const text = workspace.text(ONBOARDING);
        const highlights = await workspace.session.connection.sendRequest(DocumentHighlightRequest.type, {
            textDocument: { uri: workspace.uri(ONBOARDING) }, position: cursorAt(text, 'touchpoint First|Workout')
        });
        expect(highlights?.map(highlight => `${highlight.range.start.line}: ${textIn(text, highlight.range)}`).sort())
            .toEqual(uses('FirstWorkout', [ONBOARDING]).map(use => use.slice(ONBOARDING.length + 1)).sort());
    });
});
