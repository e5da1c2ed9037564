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
    it('on a new line inside a stage: the stage members, skeletons where they have one, and nothing that cannot stand there', async () => {
        const items = await complete(journey('    |'));
        expect(labels(items, CompletionItemKind.Snippet).sort()).toEqual(['barrier', 'metric', 'opportunity', 'question', 'touchpoint']);
        // `severity` may still continue the barrier on the line above.
        expect(labels(items, CompletionItemKind.Keyword)).toEqual(['severity', 'owner']);
        expect(labels(items)).not.toContain('journey');
        expect(labels(items)).not.toContain('stage');
        expect(labels(items)).not.toContain('answer');
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

    it('no second offer of an attribute a journey, stage, touchpoint or metric has once already', async () => {
        const brief = labels(await complete('journey J {\n  objective "Grow"\n  problem "Slow"\n  target Founder\n  |\n}'));
        expect(brief).not.toEqual(expect.arrayContaining(['objective']));
        expect(brief.filter(label => ['objective', 'problem', 'target'].includes(label))).toEqual([]);
        expect(brief).toEqual(expect.arrayContaining(['product', 'state', 'owner', 'reviewed', 'stage']));
        expect(labels(await complete('journey J {\n  |\n}'))).toEqual(expect.arrayContaining(['objective', 'problem', 'target']));
        expect(labels(await complete(journey('    metric M {\n      target 3\n      |\n    }')))).toEqual(['baseline', 'actual', 'source', 'measured', 'direction']);
        expect(labels(await complete(journey('    touchpoint Calc {\n      description "Shows prices"\n      |\n    }')))).not.toContain('description');
    });

    it('each keyword once: a skeleton replaces the bare keyword, never beside it', async () => {
        for (const marked of [`${SHARED}\n|`, 'journey J {\n  |\n}', journey('    |'), journey('    touchpoint Calc {\n      |\n    }')]) {
            const all = labels(await complete(marked));
            expect(all, marked).toEqual([...new Set(all)]);
        }
    });
});

describe('skeletons', () => {
    it('are preselected snippets whose references are a choice of the names in scope', async () => {
        const touchpoint = (await complete(journey('    t|'))).find(item => item.label === 'touchpoint');
        expect(touchpoint).toMatchObject({ kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, preselect: true });
        expect(touchpoint?.textEdit?.newText).toBe('touchpoint ${1:Name} "${2:Title}" via ${3|Telegram,Web,Email|} for ${4|Founder,Marketer|} {\n  emotion ${5|0,1,2,-1,-2|}$0\n}');
    });

    it.each([
        ['the top level', `${SHARED}\n|`, ['channel', 'journey', 'persona']],
        ['a journey', 'journey J {\n  |\n}', ['channel', 'persona', 'stage']],
        ['a stage', journey('    |'), ['barrier', 'metric', 'opportunity', 'question', 'touchpoint']],
        ['a touchpoint', journey('    touchpoint Calc {\n      |\n    }'), ['->']],
        ['a question', journey('    question "Why?" {\n      |\n    }'), ['answer']],
        ['after `via `', journey('    touchpoint Calc via |'), []],
        ['after `for `', journey('    touchpoint Calc via Web for |'), []]
    ])('offer in %s only what may stand there', async (_, marked, snippets) => {
        expect(labels(await complete(marked), CompletionItemKind.Snippet).sort()).toEqual(snippets);
    });

    it('the journey skeleton targets a persona of the workspace and leaves the brief for the writer', async () => {
        const item = (await complete(`${SHARED}\n|`)).find(candidate => candidate.label === 'journey');
        expect(item?.textEdit?.newText).toBe([
            'journey ${1:Name} "${2:Title}" {', '  objective "$3"', '  problem "$4"', '  target ${5|Founder,Marketer|}', '',
            '  stage ${6:Name} "${7:Title}" {', '    $0', '  }', '}'
        ].join('\n'));
    });

    it('name nothing that is not declared: with no channel or persona in scope the touchpoint has no `via` or `for`', async () => {
        const item = (await complete('journey J {\n  stage S {\n    |\n  }\n}', { files: {} })).find(candidate => candidate.label === 'touchpoint');
        expect(item?.textEdit?.newText).toBe('touchpoint ${1:Name} "${2:Title}" {\n  emotion ${5|0,1,2,-1,-2|}$0\n}');
    });

    it('`->` in a touchpoint offers the touchpoints of the journey, and a barrier\'s `at` and an opportunity\'s `resolves` theirs', async () => {
        const items = await complete(journey('    touchpoint Calc {\n      |\n    }'));
        expect(items.find(item => item.label === '->')?.textEdit?.newText).toBe('-> ${1|Ad,Landing,Calc,Signup|}$0');
        const stage = await complete(journey('    |'));
        expect(stage.find(item => item.label === 'barrier')?.textEdit?.newText).toContain(' at ${3|Ad,Landing,Signup|} severity ${4|medium,low,high,critical|} {');
        expect(stage.find(item => item.label === 'opportunity')?.textEdit?.newText).toBe('opportunity ${1:Name} "${2:Title}" resolves ${3|PricingUnclear|}$0');
    });

    it('write no evidence: an answer\'s text and date and a metric\'s values are empty tab stops, the source a choice', async () => {
        const answer = (await complete(journey('    question "Why?" {\n      |\n    }'))).find(item => item.label === 'answer');
        expect(answer?.textEdit?.newText).toBe('answer "$1" source ${2|interview,survey,analytics,support,sales,experiment,review,desk|} date $3$0');
        const metric = (await complete(journey('    |'))).find(item => item.label === 'metric');
        expect(metric?.textEdit?.newText).toBe('metric ${1:Name} "${2:Title}" {\n  baseline $3\n  target $4$0\n}');
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
