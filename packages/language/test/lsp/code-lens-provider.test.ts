/**
 * Code lenses over a real stdio connection: "Preview" over each journey (the extension's
 * command, with the document and the journey), and each stage's coverage from the model.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeLensRequest, type CodeLens } from 'vscode-languageserver-protocol';
import { COMMANDS } from '../../src/protocol.js';
import { ExampleWorkspace } from './example-workspace.js';
import { textIn } from './text-positions.js';

const PARTLY_COVERED = `persona Founder
channel Web online

journey Trial {
  stage Signup {
    touchpoint Form via Web for Founder { emotion -1 }
    metric Started { baseline 10 target 20 }
    metric Abandoned { actual 3 }
    question "Why do they stop?" {
      answer "Too many fields" source analytics date 2026-09-20
    }
    question "Would a call help?"
    question "Which fields?"
    barrier LongForm at Form
    barrier NoPhone at Form { mitigation "Ask for the phone later" }
  }

  stage Empty {
    question "Anything?"
  }
}
`;

describe('code lenses over stdio', () => {
    let workspace: ExampleWorkspace;

    beforeAll(async () => {
        workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card'], { 'trial.cjm': PARTLY_COVERED });
    });
    afterAll(async () => {
        await workspace.stop();
    });

    async function lenses(file: string, text = workspace.text(file)): Promise<Array<{ at: string; title: string; command: string; arguments?: unknown[] }>> {
        const uri = workspace.uri(file);
        const result = await workspace.session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as CodeLens[];
        return result.map(lens => ({ at: textIn(text, lens.range), title: lens.command!.title, command: lens.command!.command, ...(lens.command!.arguments ? { arguments: lens.command!.arguments } : {}) }));
    }

    it('show Preview over a journey and each stage\'s coverage over the stage', async () => {
        const uri = workspace.uri('workspace/onboarding.cjm');
        expect(await lenses('workspace/onboarding.cjm')).toEqual([
            { at: 'MemberOnboarding', title: 'Preview', command: COMMANDS.openPreview, arguments: [uri, 'MemberOnboarding'] },
            { at: 'Before', title: '2 touchpoints · 1 metric · 1/1 question answered · 1 barrier', command: '' },
            { at: 'Join', title: '2 touchpoints · 1 metric · 1/1 question answered · 1 barrier', command: '' },
            { at: 'During', title: '3 touchpoints · 1 metric · 1/1 question answered · 1 barrier', command: '' },
            { at: 'After', title: '2 touchpoints · 1 metric · 1/1 question answered · 1 barrier', command: '' }
        ]);
    });

    it('say what is missing: metrics without a target, open questions, unmitigated barriers', async () => {
        expect((await lenses('trial.cjm')).slice(1)).toEqual([
            { at: 'Signup', title: '1 touchpoint · 2 metrics (1 with target) · 1/3 questions answered · 2 barriers (1 unmitigated)', command: '' },
            { at: 'Empty', title: '0 touchpoints · 0 metrics · 0/1 question answered · 0 barriers', command: '' }
        ]);
    });

    it('follow unsaved text', async () => {
        const uri = workspace.uri('trial.cjm');
        const text = PARTLY_COVERED.replace('    question "Anything?"\n', '    touchpoint Call via Web for Founder\n    metric Calls { target 5 }\n');
        await workspace.session.open(uri, text);
        expect((await lenses('trial.cjm', text)).at(-1)).toEqual({ at: 'Empty', title: '1 touchpoint · 1 metric · 0 questions · 0 barriers', command: '' });
        await workspace.session.close(uri);
    });

    it('name Cyrillic journeys and stages as they are written', async () => {
        const uri = workspace.uri('russian-bank-card/karta.cjm');
        const found = await lenses('russian-bank-card/karta.cjm');
        expect(found[0]).toEqual({ at: 'СтуденческаяКарта', title: 'Preview', command: COMMANDS.openPreview, arguments: [uri, 'СтуденческаяКарта'] });
        expect(found[1]).toMatchObject({ at: 'Осведомлённость', title: '2 touchpoints · 1 metric · 1/1 question answered · 1 barrier' });
    });

    it('are none for a file of shared personas and channels', async () => {
        expect(await lenses('workspace/shared.cjm')).toEqual([]);
    });
});
