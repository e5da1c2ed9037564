/**
 * The outline over a real stdio connection: top-level personas and channels, and each
 * journey with its own personas and channels and its stages, each stage with its
 * touchpoints, barriers, opportunities and metrics; titles as details.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { ExampleWorkspace } from './example-workspace.js';
import { textIn } from './text-positions.js';

let workspace: ExampleWorkspace;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card']);
});
afterAll(async () => {
    await workspace.stop();
});

async function outline(file: string): Promise<DocumentSymbol[]> {
    return await workspace.session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: workspace.uri(file) } }) as DocumentSymbol[];
}

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));

/** The outline as indented lines: `kind name — detail`. */
function lines(symbols: readonly DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(symbol => [
        `${'  '.repeat(depth)}${KIND_NAMES.get(symbol.kind)} ${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...lines(symbol.children ?? [], depth + 1)
    ]);
}

describe('document symbols', () => {
    it('list the shared personas and channels of shared.cjm with their titles', async () => {
        expect(lines(await outline('workspace/shared.cjm'))).toEqual([
            'Class Beginner — Fitness beginner',
            'Class Returner — Returning athlete',
            'Interface MemberApp — PulseFit app',
            'Interface FrontDesk — Club front desk',
            'Interface Trainer — Personal trainer on the floor',
            'Interface ClubEmail — Email from the club'
        ]);
    });

    it('outline a journey: its own personas and channels, then stages with their touchpoints, barriers, opportunities and metrics', async () => {
        const [journey] = await outline('workspace/onboarding.cjm');
        expect(lines([journey]).slice(0, 10)).toEqual([
            'Namespace MemberOnboarding — PulseFit: new member onboarding',
            '  Class CorporateEmployee — Employee on a corporate plan',
            '  Interface Website — pulsefit.com',
            '  Module Before — Before joining',
            '    Event PricePage — Compares plans on the website',
            '    Event DayPass — Free day pass at the front desk',
            '    Struct HiddenJoiningFee — Joining fee shown only at checkout',
            '    Number PassToJoin — Day-pass visitors who join within 14 days',
            '  Module Join — Sign-up',
            '    Event OnlineSignup — Signs up online'
        ]);
        expect(lines([journey])).toContain('    Key BeginnerHours — Beginner hours with a trainer on the floor');
        expect(journey.children?.filter(child => child.kind === SymbolKind.Module).map(stage => stage.name)).toEqual(['Before', 'Join', 'During', 'After']);
    });

    it('give the whole declaration as range and its name as selection range, for Cyrillic names too', async () => {
        const text = workspace.text('russian-bank-card/karta.cjm');
        const [journey] = await outline('russian-bank-card/karta.cjm');
        expect(textIn(text, journey.selectionRange)).toBe('СтуденческаяКарта');
        expect(textIn(text, journey.range)).toMatch(/^journey СтуденческаяКарта "[^"]*" \{[\s\S]*\}$/);
        const stage = journey.children!.find(child => child.name === 'Осведомлённость')!;
        expect(stage).toMatchObject({ kind: SymbolKind.Module, detail: 'Осведомлённость' });
        const touchpoint = stage.children!.find(child => child.name === 'ПостВСоцсетях')!;
        expect(textIn(text, touchpoint.selectionRange)).toBe('ПостВСоцсетях');
        expect(textIn(text, touchpoint.range)).toMatch(/^touchpoint ПостВСоцсетях "Пост в студенческом чате"[\s\S]*\}$/);
    });
});
