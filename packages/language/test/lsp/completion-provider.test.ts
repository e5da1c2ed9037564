/**
 * Completion over a real stdio connection, as an editor asks for it: the keywords that fit
 * where the cursor stands, the names in scope there (from every file of the workspace)
 * with their titles, the values a property takes, and skeletons of the main declarations.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CompletionItemKind, CompletionRequest, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-protocol';
import { TODAY, tempTree } from '../fixtures.js';
import { LspSession, uriOf } from './lsp-client.js';
import { withCursor } from './text-cursor.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

interface Workspace {
    /** The other files, on disk only; shared.cjm by default. */
    files?: Record<string, string>;
    /** The name of the file with the cursor; journey.cjm by default. */
    name?: string;
    /** The name of the workspace folder the editor opened. */
    folder?: string;
}

/** Completion at the `|` of a file, on disk and open in the editor, in a workspace of other files. */
async function complete(marked: string, { files = { 'shared.cjm': SHARED }, name = 'journey.cjm', folder = 'workspace' }: Workspace = {}): Promise<CompletionItem[]> {
    const { text, position } = withCursor(marked);
    const root = path.join(tempTree({}), folder);
    for (const [file, content] of Object.entries({ ...files, [name]: text })) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), content);
    }
    session = await LspSession.start({ root });
    const uri = uriOf(path.join(root, name));
    await session.open(uri, text);
    const result = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    expect(session.errors).toEqual([]);
    return Array.isArray(result) ? result : result?.items ?? [];
}

function labels(items: readonly CompletionItem[], kind?: CompletionItemKind): string[] {
    return items.filter(item => kind === undefined || item.kind === kind).map(item => item.label);
}

function details(items: readonly CompletionItem[]): Record<string, string | undefined> {
    return Object.fromEntries(items.map(item => [item.label, item.detail]));
}

const SHARED = `persona Founder "Early-stage founder" {
  goal "Launch the MVP without hiring an analyst"
}
persona Marketer "Marketing lead"
channel Web "Website" online
channel Email "Email" online
`;

/** The journey of journey.cjm, with `member` (holding the cursor) at the end of stage Awareness. */
function journey(member: string): string {
    return `journey Onboarding "SaaS onboarding" {
  channel Telegram "Telegram chats" online
  stage Awareness {
    touchpoint Ad "Search ad" via Web for Founder
    touchpoint Landing "Landing page" via Web
    barrier PricingUnclear "Pricing is unclear" at Landing
${member}
  }
  stage Trial {
    touchpoint Signup "Sign-up form" via Web { emotion -2 }
  }
}

journey Other {
  stage Elsewhere {
    touchpoint Stranger via Web
  }
}
`;
}

describe('references in scope', () => {
    it('after `via`: the channels of the workspace and of the journey, titled', async () => {
        const items = await complete(journey('    touchpoint Calc via |'));
        expect(labels(items).sort()).toEqual(['Email', 'Telegram', 'Web']);
        expect(details(items)).toEqual({ Web: 'Website', Email: 'Email', Telegram: 'Telegram chats' });
    });

    it('after `via W`, a half-typed name: the channels that match it', async () => {
        const items = await complete(journey('    touchpoint Calc via W|'));
        expect(labels(items)).toEqual(['Web']);
        expect(items[0].textEdit).toMatchObject({ newText: 'Web', range: { start: { line: 6, character: 24 }, end: { line: 6, character: 25 } } });
    });

    it('after `for`: the personas, a journey\'s own persona shadowing the shared one of the same name', async () => {
        const shadowing = journey('    touchpoint Calc via Web for |').replace('  channel Telegram', '  persona Founder "Founder on a local plan"\n  channel Telegram');
        const items = await complete(shadowing);
        expect(labels(items).sort()).toEqual(['Founder', 'Marketer']);
        expect(details(items)).toEqual({ Founder: 'Founder on a local plan', Marketer: 'Marketing lead' });
    });

    it('after `emotion 1 for `: the touchpoint\'s own personas, titled', async () => {
        const items = await complete(journey('    touchpoint Calc via Web for Founder, Marketer {\n      emotion 1 for |\n    }'));
        expect(labels(items).sort()).toEqual(['Founder', 'Marketer']);
        expect(details(items)).toEqual({ Founder: 'Early-stage founder', Marketer: 'Marketing lead' });
        const one = await complete(journey('    touchpoint Calc via Web for Marketer {\n      thought "Another tool?" for |\n    }'));
        expect(labels(one)).toEqual(['Marketer']);
    });

    it('after `->`: every touchpoint of the journey, in other stages too, and none of another journey', async () => {
        const items = await complete(journey('    touchpoint Calc {\n      -> |\n    }'));
        expect(labels(items).sort()).toEqual(['Ad', 'Calc', 'Landing', 'Signup']);
        expect(details(items)).toMatchObject({ Ad: 'Search ad', Signup: 'Sign-up form' });
    });

    it('after ` at ` in a barrier: the touchpoints', async () => {
        const items = await complete(journey('    barrier SlowPage "Slow page" at |'));
        expect(labels(items).sort()).toEqual(['Ad', 'Landing', 'Signup']);
    });

    it('after `resolves`: the barriers', async () => {
        const items = await complete(journey('    opportunity Calculator resolves |'));
        expect(labels(items)).toEqual(['PricingUnclear']);
        expect(details(items)).toEqual({ PricingUnclear: 'Pricing is unclear' });
    });
});

describe('half-typed names', () => {
    it.each([
        ['for Ma', '    touchpoint Calc via Web for Ma|', ['Marketer']],
        ['-> Si', '    touchpoint Calc {\n      -> Si|\n    }', ['Signup']],
        ['at La', '    barrier SlowPage at La|', ['Landing']],
        ['resolves Pri', '    opportunity Calculator resolves Pri|', ['PricingUnclear']],
        ['source int', '    question "Why?" {\n      answer "Because" source int|\n    }', ['interview']]
    ])('after `%s`: what matches', async (_, member, expected) => {
        expect(labels(await complete(journey(member)))).toEqual(expected);
    });
});

describe('keywords and values', () => {
    it('on a new line inside a stage: the stage members, with skeletons, and nothing that cannot stand there', async () => {
        const items = await complete(journey('    |'));
        expect(labels(items, CompletionItemKind.Keyword)).toEqual(expect.arrayContaining(['touchpoint', 'barrier', 'opportunity', 'metric', 'question', 'owner']));
        expect(labels(items, CompletionItemKind.Snippet).sort()).toEqual(['metric', 'question', 'touchpoint']);
        expect(labels(items)).not.toContain('journey');
        expect(labels(items)).not.toContain('stage');
        expect(labels(items)).not.toContain('answer');
        expect(labels(items).every(label => /^[a-z]+$/.test(label))).toBe(true);
    });

    it('after `source` in an answer: the evidence kinds', async () => {
        const items = await complete(journey('    question "Why?" {\n      answer "Because" source |\n    }'));
        expect(labels(items)).toEqual(['interview', 'survey', 'analytics', 'support', 'sales', 'experiment', 'review', 'desk']);
        expect(items[0]).toMatchObject({ kind: CompletionItemKind.EnumMember, detail: 'answer source' });
    });

    it.each([
        ['severity', journey('    barrier Slow at Ad severity |'), ['low', 'medium', 'high', 'critical']],
        ['state', 'journey J {\n  state |\n}', ['current', 'future', 'research']],
        ['direction', journey('    metric M {\n      direction |\n    }'), ['up', 'down']],
        ['a channel\'s title', 'channel Sms "SMS" |', ['online', 'offline']]
    ])('after %s: the values it takes', async (_, marked, values) => {
        expect(labels(await complete(marked), CompletionItemKind.EnumMember)).toEqual(values);
    });

    it('where a date goes: today (CJM_TODAY)', async () => {
        const items = await complete('journey J {\n  reviewed |\n}');
        expect(items).toEqual([expect.objectContaining({ label: TODAY, detail: 'today' })]);
    });

    it('nothing inside a comment', async () => {
        expect(await complete(journey('    // touchpoint via |'))).toEqual([]);
    });
});

describe('skeletons', () => {
    it('insert a stage member as a snippet', async () => {
        const touchpoint = (await complete(journey('    t|'))).find(item => item.kind === CompletionItemKind.Snippet);
        expect(touchpoint).toMatchObject({ label: 'touchpoint', insertTextFormat: InsertTextFormat.Snippet });
        expect(touchpoint?.textEdit?.newText).toBe('touchpoint ${1:Name} "${2:Title}" via ${3:Channel} for ${4:Persona} {\n  emotion ${5:0}$0\n}');
    });

    it.each([
        ['the top level', `${SHARED}\n|`, ['journey']],
        ['a journey', 'journey J {\n  |\n}', ['stage']],
        ['a touchpoint', journey('    touchpoint Calc {\n      |\n    }'), []]
    ])('offer in %s only what may stand there', async (_, marked, snippets) => {
        expect(labels(await complete(marked), CompletionItemKind.Snippet)).toEqual(snippets);
    });

    it('date a new answer today, and offer the evidence kinds to choose from', async () => {
        const items = await complete(journey('    question "Why?" {\n      |\n    }'));
        const answer = items.find(item => item.kind === CompletionItemKind.Snippet);
        expect(answer?.label).toBe('answer');
        expect(answer?.textEdit?.newText).toBe(`answer "\${1:What research found}" source \${2|interview,survey,analytics,support,sales,experiment,review,desk|} date \${3:${TODAY}}`);
        expect(labels(items, CompletionItemKind.Snippet)).toEqual(['answer']);
    });
});

describe('names in any script', () => {
    const SHARED_RU = 'persona Студент "Студент вуза"\nchannel Соцсети "Соцсети и студенческие чаты" online\nchannel Сайт "Сайт банка" online\n';
    const JOURNEY_RU = (member: string) => `journey СтуденческаяКарта {\n  stage Осведомлённость {\n${member}\n  }\n}\n`;

    it('in a Cyrillic-named workspace folder and file, offer the Cyrillic names of the other file', async () => {
        const items = await complete(JOURNEY_RU('    touchpoint Пост via |'), { files: { 'общее.cjm': SHARED_RU }, name: 'карты/путь.cjm', folder: 'Карты клиентов' });
        expect(details(items)).toEqual({ Соцсети: 'Соцсети и студенческие чаты', Сайт: 'Сайт банка' });
    });

    it.each([
        ['Соц', 'via Соц|', ['Соцсети']],
        ['сту', 'via Сайт for сту|', ['Студент']],
        ['Соц inside a name', 'via Сайт for Студент {\n      -> Соц|\n    }\n    touchpoint постСоцсети', ['постСоцсети']]
    ])('match a half-typed Cyrillic name whatever its case: %s', async (_, tail, expected) => {
        expect(labels(await complete(JOURNEY_RU(`    touchpoint Пост ${tail}`), { files: { 'общее.cjm': SHARED_RU } }))).toEqual(expected);
    });
});
