/**
 * Folding over a real stdio connection: every block written on several lines folds
 * (journey, stage, touchpoint, persona, metric, question bodies) up to the line before
 * its `}`, and so do block comments and runs of `//` comment lines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FoldingRangeKind, FoldingRangeRequest, type FoldingRange } from 'vscode-languageserver-protocol';
import { ExampleWorkspace } from './example-workspace.js';

let workspace: ExampleWorkspace;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card']);
});
afterAll(async () => {
    await workspace.stop();
});

async function foldingRanges(uri: string): Promise<FoldingRange[]> {
    return await workspace.session.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }) ?? [];
}

/** Each range as `first line … last line` of the text, trimmed; comments marked. */
function folds(text: string, ranges: readonly FoldingRange[]): string[] {
    const lines = text.split(/\r?\n/);
    return ranges.map(range => `${range.kind === FoldingRangeKind.Comment ? 'comment: ' : ''}${lines[range.startLine].trim()} … ${lines[range.endLine].trim()}`);
}

describe('folding ranges', () => {
    it('fold the journey, each stage and each touchpoint, metric and question with a body on several lines', async () => {
        const text = workspace.text('workspace/onboarding.cjm');
        const found = folds(text, await foldingRanges(workspace.uri('workspace/onboarding.cjm')));
        expect(found).toEqual(expect.arrayContaining([
            'journey MemberOnboarding "PulseFit: new member onboarding" { … }',
            'stage Before "Before joining" { … }',
            'touchpoint PricePage "Compares plans on the website" via Website for Returner { … thought "Is off-peak cheaper enough to be worth it?"',
            'persona CorporateEmployee "Employee on a corporate plan" { … need "Activation without paying up front"',
            'metric PassToJoin "Day-pass visitors who join within 14 days" { … measured 2026-09-30',
            'question "Where do people abandon the sign-up form?" { … answer "Corporate members call the desk when the code fails (41 tickets in August)" source support date 2026-09-02'
        ]));
        // Every stage and every touchpoint whose body spans lines, nothing that fits on two lines.
        expect(found.filter(fold => fold.startsWith('stage '))).toHaveLength(4);
        expect(found.filter(fold => fold.startsWith('touchpoint '))).toHaveLength(9);
    });

    it('fold the header comment of a map, and block comments', async () => {
        const onboarding = workspace.text('workspace/onboarding.cjm');
        expect(folds(onboarding, await foldingRanges(workspace.uri('workspace/onboarding.cjm')))).toContain(
            'comment: // PulseFit: from first interest to a steady routine in the first month. … // Required stages (cjm.config.json): Before, During, After.');
        const uri = workspace.uri('notes.cjm');
        const text = [
            '/* A draft:',
            '   two journeys',
            '   to come */',
            'persona P // after code',
            '// one line alone',
            '',
            '// Кириллица',
            '// в двух строках',
            'channel C online',
            ''
        ].join('\n');
        await workspace.session.open(uri, text);
        expect(folds(text, await foldingRanges(uri))).toEqual([
            'comment: /* A draft: … two journeys',
            'comment: // Кириллица … // в двух строках'
        ]);
        await workspace.session.close(uri);
    });
});
