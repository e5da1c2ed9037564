/**
 * Code actions over a real stdio connection. Every action offered for every diagnostic of
 * a broken workspace is applied as the editor would (its WorkspaceEdit, across files),
 * the new text is sent with didChange, and then the diagnostic is gone (or, for a fix that
 * leaves a place to write evidence, stays until a person writes it), nothing new is
 * reported but the open question or target the new structure asks for, no answer, date
 * or number was invented, and the text is laid out as `cjm fmt` lays it out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeActionRequest, DocumentFormattingRequest, type CodeAction, type Diagnostic, type TextEdit
} from 'vscode-languageserver-protocol';
import { edit } from '../fixtures.js';
import { ExampleWorkspace } from './example-workspace.js';
import type { LspSession } from './lsp-client.js';
import { applyEdits, textIn } from './text-positions.js';

const SHARED = `persona Founder "Early-stage founder"
persona Intern
persona Marketer "Marketing lead"
channel Web "Website" online
channel Email "Email" online
`;

const JOURNEY = `// The onboarding of new founders.

journey Onboarding "SaaS onboarding" {
  objective "Raise trial-to-paid conversion"
  target Founder, Marketer
  reviewed 2026-10-01

  persona Guest "Walk-in guest"
  channel Telegram "Telegram chats" online

  stage Awareness "Awareness" {
    touchpoint Ad "Search ad" for Founder { emotion 4 }
    touchpoint Landing "Landing page" via Web, Email for Marketer {
      emotion -1
      -> Signup
    }
    question "Where do founders hear about us?"
    barrier Slow "Slow page" at Landing
  }

  stage Trial {
    touchpoint Signup "Sign-up form" via Emial for Founder, Ghost { emotion -2 }
    metric Activation "Activated in 24h" { baseline 18% target 35% actual 20% }
    question "What stops people?" {
      answer "Too many fields" source analytics date 2026-09-20
    }
  }
}
`;

/** A diagnostic as a test names it: its rule and the text it points at. */
function key(text: string, diagnostic: Diagnostic): string {
    return `${diagnostic.code}: ${textIn(text, diagnostic.range)}`;
}

function keys(text: string, diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(diagnostic => key(text, diagnostic)).sort();
}

/**
 * Fixes that add a place for the team to write what only it knows (a metric's target, a
 * research answer, a mitigation, the brief's texts): their rule keeps reporting until then.
 */
const LEAVES_RULE = /^Add (metric '|a research question|a mitigation|objective|problem)/;
/** What such new structure may be reported for: a question still to answer, a metric still without a target. */
const ASKED_FOR = /^(unanswered-question|metric-needs-target): /;

/** `after` holds nothing that `before` does not (as multisets) but what the structure asks for, and one `fixed` fewer unless the rule stays. */
function expectFixedAndNothingNew(before: string[], after: string[], fixed: string, staysReported: boolean): void {
    const remaining = [...before];
    if (staysReported) {
        expect(after, `${fixed} still reported`).toContain(fixed);
        after = after.filter(item => !ASKED_FOR.test(item));
        remaining.splice(remaining.indexOf(fixed), 1);
        after.splice(after.indexOf(fixed), 1);
        for (const item of after) {
            const index = remaining.indexOf(item);
            expect(index, `new diagnostic '${item}'`).toBeGreaterThanOrEqual(0);
            remaining.splice(index, 1);
        }
        return;
    }
    remaining.splice(remaining.indexOf(fixed), 1);
    for (const item of after) {
        const index = remaining.indexOf(item);
        expect(index, `new diagnostic '${item}'`).toBeGreaterThanOrEqual(0);
        remaining.splice(index, 1);
    }
    expect(after.filter(item => item === fixed).length).toBeLessThan(before.filter(item => item === fixed).length);
}

async function actionsFor(session: LspSession, uri: string, diagnostic: Diagnostic, only?: string[]): Promise<CodeAction[]> {
    const result = await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], ...(only ? { only } : {}) }
    });
    return (result ?? []) as CodeAction[];
}

async function formattingEdits(session: LspSession, uri: string): Promise<TextEdit[]> {
    return await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }) ?? [];
}

/**
 * A workspace of open files whose texts the test changes and restores, waiting each time
 * for the diagnostics of every file to follow.
 */
class OpenFiles {
    readonly texts = new Map<string, string>();
    readonly original = new Map<string, string>();
    readonly diagnostics = new Map<string, string[]>();

    constructor(readonly workspace: ExampleWorkspace) {}

    get session(): LspSession {
        return this.workspace.session;
    }

    async open(file: string, text: string): Promise<string> {
        const uri = this.workspace.uri(file);
        this.texts.set(uri, text);
        this.original.set(uri, text);
        await this.session.open(uri, text);
        return uri;
    }

    /** Waits until every file's diagnostics are stable at their original keys, and records them. */
    async settle(): Promise<void> {
        for (const [uri, text] of this.original) {
            const published = await this.session.diagnostics(uri, list => list.length > 0);
            this.diagnostics.set(uri, keys(text, published));
        }
    }

    async restore(): Promise<void> {
        const changed = [...this.original].filter(([uri, text]) => this.texts.get(uri) !== text);
        // Waiting starts before the changes go out, so that no late answer to an earlier text counts.
        const settled = [...this.original].map(([uri, text]) => {
            const expected = JSON.stringify(this.diagnostics.get(uri));
            const fresh = changed.some(([changedUri]) => changedUri === uri);
            return this.session.diagnostics(uri, list => JSON.stringify(keys(text, list)) === expected, fresh);
        });
        for (const [uri, text] of changed) {
            this.texts.set(uri, text);
            await this.session.change(uri, text);
        }
        await Promise.all(settled);
    }

    /**
     * Applies an action's edit to the open files and checks that `fixed` (a key of `uri`) is
     * gone, that no file has a diagnostic it did not have, and that `cjm fmt` would change
     * nothing in an edited file.
     */
    async applyAndCheck(action: CodeAction, uri: string, fixed: string): Promise<void> {
        const changes = Object.entries(action.edit?.changes ?? {});
        expect(changes.length, action.title).toBeGreaterThan(0);
        const edited = new Map(changes.map(([target, edits]) => {
            expect(this.texts.has(target), `${action.title} edits an unknown file ${target}`).toBe(true);
            return [target, applyEdits(this.texts.get(target)!, edits)];
        }));
        edited.forEach((text, target) => this.texts.set(target, text));
        const text = this.texts.get(uri)!;
        const before = this.diagnostics.get(uri)!;
        const count = (list: string[]): number => list.filter(item => item === fixed).length;
        const stays = LEAVES_RULE.test(action.title);
        // A fix that leaves its rule reporting may change no diagnostic: the next publication is the answer.
        const fixedNow = this.session.diagnostics(uri, list => stays || count(keys(text, list)) < count(before), true);
        const republished = new Map([...edited.keys()].filter(target => target !== uri).map(target => [target, this.session.diagnostics(target, () => true, true)]));
        for (const [target, newText] of edited) {
            await this.session.change(target, newText);
        }
        expectFixedAndNothingNew(before, keys(text, await fixedNow), fixed, LEAVES_RULE.test(action.title));
        const inserted = changes.flatMap(([, edits]) => edits.map(item => item.newText)).join('\n');
        expect(inserted, `${action.title} invents no answer or date`).not.toMatch(/\banswer\b|\d{4}-\d{2}-\d{2}/);
        if (!fixed.startsWith('emotion-range')) {
            expect(inserted, `${action.title} invents no number`).not.toMatch(/(^|[\s{])[-+]?\d/);
        }
        for (const [other, otherText] of this.texts) {
            if (other !== uri) {
                const published = await (republished.get(other) ?? this.session.diagnostics(other));
                expect(keys(otherText, published).every(item => this.diagnostics.get(other)!.includes(item)), `${action.title}: ${other}`).toBe(true);
            }
        }
        for (const target of edited.keys()) {
            expect(await formattingEdits(this.session, target), `${action.title}: laid out as cjm fmt`).toEqual([]);
        }
    }
}

describe('code actions over stdio', () => {
    let workspace: ExampleWorkspace;
    let files: OpenFiles;
    let journey: string;
    let shared: string;

    beforeAll(async () => {
        workspace = await ExampleWorkspace.start([], { 'shared.cjm': SHARED, 'journey.cjm': JOURNEY });
        files = new OpenFiles(workspace);
        shared = await files.open('shared.cjm', SHARED);
        journey = await files.open('journey.cjm', JOURNEY);
        await files.settle();
    });
    afterAll(async () => {
        await workspace.stop();
    });

    async function titlesFor(uri: string, rule: string, text: string): Promise<string[]> {
        const diagnostic = (await workspace.session.diagnostics(uri)).find(item => key(files.original.get(uri)!, item) === `${rule}: ${text}`)!;
        expect(diagnostic, `${rule}: ${text}`).toBeDefined();
        return (await actionsFor(workspace.session, uri, diagnostic)).map(action => action.title);
    }

    it('the fixture is laid out as cjm fmt and has the diagnostics the fixes are for', async () => {
        expect(await formattingEdits(workspace.session, journey)).toEqual([]);
        expect(await formattingEdits(workspace.session, shared)).toEqual([]);
        expect(files.diagnostics.get(journey)).toEqual([
            'barrier-needs-mitigation: Slow',
            'emotion-range: 4',
            'journey-needs-problem: Onboarding',
            'stage-needs-metric: Awareness',
            'stage-needs-research: Awareness',
            'touchpoint-needs-channel: Ad',
            'unanswered-question: "Where do founders hear about us?"',
            'unresolved-reference: Emial',
            'unresolved-reference: Ghost',
            'unused-channel: Telegram',
            'unused-persona: Guest'
        ]);
        expect(files.diagnostics.get(shared)).toEqual(['unused-persona: Intern']);
    });

    it('offer a fix and the two suppressions for each rule, chosen by the diagnostic code', async () => {
        expect(await titlesFor(journey, 'stage-needs-metric', 'Awareness')).toEqual([
            'Add metric \'AwarenessMetric\' to stage \'Awareness\'',
            'Suppress stage-needs-metric on this line',
            'Suppress stage-needs-metric in this file'
        ]);
        expect(await titlesFor(journey, 'stage-needs-research', 'Awareness')).toEqual([
            'Add a research question to stage \'Awareness\'',
            'Suppress stage-needs-research on this line',
            'Suppress stage-needs-research in this file'
        ]);
        expect((await titlesFor(journey, 'barrier-needs-mitigation', 'Slow'))[0]).toBe('Add a mitigation to barrier \'Slow\'');
        expect((await titlesFor(journey, 'emotion-range', '4'))[0]).toBe('Change to +2, the nearest emotion on the scale');
        expect((await titlesFor(journey, 'journey-needs-problem', 'Onboarding'))[0]).toBe('Add problem to journey \'Onboarding\'');
        expect((await titlesFor(journey, 'touchpoint-needs-channel', 'Ad')).slice(0, 2)).toEqual(['Add \'via Web\'', 'Add \'via Email\'']);
        expect((await titlesFor(journey, 'unresolved-reference', 'Emial')).slice(0, 2)).toEqual(['Change to \'Email\'', 'Declare channel \'Emial\' in this file']);
        expect((await titlesFor(journey, 'unresolved-reference', 'Ghost')).slice(0, 2)).toEqual(['Change to \'Guest\'', 'Declare persona \'Ghost\' in this file']);
        expect((await titlesFor(journey, 'unused-persona', 'Guest'))[0]).toBe('Remove unused persona \'Guest\'');
        expect((await titlesFor(journey, 'unused-channel', 'Telegram'))[0]).toBe('Remove unused channel \'Telegram\'');
        expect((await titlesFor(shared, 'unused-persona', 'Intern'))[0]).toBe('Remove unused persona \'Intern\'');
    });

    it('each fix is a quick fix of its diagnostic', async () => {
        const diagnostic = (await workspace.session.diagnostics(journey)).find(item => item.code === 'stage-needs-metric')!;
        for (const action of await actionsFor(workspace.session, journey, diagnostic)) {
            expect(action).toMatchObject({ kind: 'quickfix', diagnostics: [diagnostic] });
        }
    });

    it('every action of every diagnostic removes it and reports nothing new, in fmt layout', async () => {
        let applied = 0;
        for (const uri of [journey, shared]) {
            for (const diagnostic of await workspace.session.diagnostics(uri)) {
                const fixed = key(files.original.get(uri)!, diagnostic);
                const actions = await actionsFor(workspace.session, uri, diagnostic);
                expect(actions.length, fixed).toBeGreaterThanOrEqual(2);
                for (const action of actions) {
                    await files.applyAndCheck(action, uri, fixed);
                    await files.restore();
                    applied++;
                }
            }
        }
        expect(applied).toBeGreaterThan(25);
    });

    it('insert structure inside the right stage, indented two spaces a level, with no value, answer or date', async () => {
        const diagnostics = await workspace.session.diagnostics(journey);
        const metric = (await actionsFor(workspace.session, journey, diagnostics.find(item => item.code === 'stage-needs-metric')!))[0];
        expect(applyEdits(JOURNEY, metric.edit!.changes![journey])).toBe(edit(JOURNEY, {
            '    barrier Slow "Slow page" at Landing\n': '    barrier Slow "Slow page" at Landing\n    metric AwarenessMetric {\n    }\n'
        }));
        const [research] = await actionsFor(workspace.session, journey, diagnostics.find(item => item.code === 'stage-needs-research')!);
        expect(applyEdits(JOURNEY, research.edit!.changes![journey])).toBe(edit(JOURNEY, {
            '    barrier Slow "Slow page" at Landing\n': '    barrier Slow "Slow page" at Landing\n    question ""\n'
        }));
    });

    it('answer before the editor has diagnostics (Ctrl+. as a file opens): the fixes of the server\'s own at the range', async () => {
        const diagnostic = (await workspace.session.diagnostics(journey)).find(item => item.code === 'emotion-range')!;
        const result = await workspace.session.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: journey }, range: { start: diagnostic.range.start, end: diagnostic.range.start }, context: { diagnostics: [] }
        }) as CodeAction[];
        expect(result.map(action => action.title)).toEqual([
            'Change to +2, the nearest emotion on the scale',
            'Suppress emotion-range on this line',
            'Suppress emotion-range in this file'
        ]);
        expect(result[0].diagnostics).toMatchObject([{ code: 'emotion-range', range: diagnostic.range }]);
    });

    it('declare a missing persona in the file that needs it, not in the file of the shared ones', async () => {
        const diagnostic = (await workspace.session.diagnostics(journey)).find(item => key(JOURNEY, item) === 'unresolved-reference: Ghost')!;
        const declare = (await actionsFor(workspace.session, journey, diagnostic)).find(action => action.title.startsWith('Declare'))!;
        expect(Object.keys(declare.edit!.changes!)).toEqual([journey]);
        expect(applyEdits(JOURNEY, declare.edit!.changes![journey])).toBe(edit(JOURNEY, { '// The onboarding of new founders.\n\n': '// The onboarding of new founders.\n\npersona Ghost\n\n' }));
    });

    it('remove an unused declaration with its whole line', async () => {
        const diagnostic = (await workspace.session.diagnostics(journey)).find(item => item.code === 'unused-persona')!;
        const [remove] = await actionsFor(workspace.session, journey, diagnostic);
        expect(applyEdits(JOURNEY, remove.edit!.changes![journey])).toBe(edit(JOURNEY, { '  persona Guest "Walk-in guest"\n': '' }));
    });

    it('suppress above the line with its indentation, or at the top of the file', async () => {
        const diagnostic = (await workspace.session.diagnostics(journey)).find(item => item.code === 'touchpoint-needs-channel')!;
        const actions = await actionsFor(workspace.session, journey, diagnostic);
        const line = actions.find(action => action.title === 'Suppress touchpoint-needs-channel on this line')!;
        const file = actions.find(action => action.title === 'Suppress touchpoint-needs-channel in this file')!;
        expect(applyEdits(JOURNEY, line.edit!.changes![journey])).toBe(edit(JOURNEY, {
            '    touchpoint Ad ': '    // cjm-disable-next-line touchpoint-needs-channel\n    touchpoint Ad '
        }));
        expect(applyEdits(JOURNEY, file.edit!.changes![journey])).toBe(`// cjm-disable touchpoint-needs-channel\n${JOURNEY}`);
    });

    it('return nothing when the client asks only for other kinds of action', async () => {
        const [diagnostic] = await workspace.session.diagnostics(journey);
        expect(await actionsFor(workspace.session, journey, diagnostic, ['source.organizeImports'])).toEqual([]);
        expect((await actionsFor(workspace.session, journey, diagnostic, ['quickfix'])).length).toBeGreaterThan(0);
    });
});
