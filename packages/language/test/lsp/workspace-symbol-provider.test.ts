/**
 * Workspace symbols over a real stdio connection: a query finds top-level personas,
 * channels and journeys and the members of every journey, in every file, Cyrillic
 * names included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SymbolKind, WorkspaceSymbolRequest, type SymbolInformation, type WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { ExampleWorkspace } from './example-workspace.js';
import { textIn } from './text-positions.js';

let workspace: ExampleWorkspace;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card']);
});
afterAll(async () => {
    await workspace.stop();
});

async function symbols(query: string): Promise<Array<SymbolInformation | WorkspaceSymbol>> {
    return await workspace.session.connection.sendRequest(WorkspaceSymbolRequest.type, { query }) ?? [];
}

/** `name (container) file` of each symbol, checking that its range covers its name. */
function found(list: ReadonlyArray<SymbolInformation | WorkspaceSymbol>): string[] {
    return list.map(symbol => {
        const file = workspace.file(symbol.location.uri);
        expect('range' in symbol.location && textIn(workspace.text(file), symbol.location.range)).toBe(symbol.name);
        return `${symbol.name} (${symbol.containerName ?? ''}) ${file}`;
    }).sort();
}

describe('workspace symbols', () => {
    it('find top-level declarations and the members of journeys in every file', async () => {
        expect(found(await symbols('Member'))).toEqual([
            'MemberApp () workspace/shared.cjm',
            'MemberOnboarding () workspace/onboarding.cjm',
            'MemberRenewal () workspace/renewal.cjm',
            'PausedMember (MemberRenewal) workspace/renewal.cjm'
        ]);
        expect(found(await symbols('Renew'))).toEqual([
            'MemberRenewal () workspace/renewal.cjm',
            'RenewalNotice (MemberRenewal) workspace/renewal.cjm',
            'RenewalRate (MemberRenewal) workspace/renewal.cjm',
            'Renewed (MemberRenewal) workspace/renewal.cjm'
        ]);
    });

    it('find stages, barriers, opportunities, metrics and journey-local personas, with their kinds', async () => {
        const kinds = (list: ReadonlyArray<SymbolInformation | WorkspaceSymbol>) => Object.fromEntries(list.map(symbol => [symbol.name, symbol.kind]));
        expect(kinds(await symbols('Before'))).toEqual({ Before: SymbolKind.Module });
        expect(found(await symbols('Before'))).toEqual(['Before (MemberOnboarding) workspace/onboarding.cjm', 'Before (MemberRenewal) workspace/renewal.cjm']);
        expect(kinds(await symbols('PriceShock'))).toEqual({ PriceShock: SymbolKind.Struct });
        expect(kinds(await symbols('LoyaltyRate'))).toEqual({ LoyaltyRate: SymbolKind.Key });
        expect(kinds(await symbols('EarlyChurn'))).toEqual({ EarlyChurn: SymbolKind.Number });
        expect(kinds(await symbols('PausedMember'))).toEqual({ PausedMember: SymbolKind.Class });
        expect(kinds(await symbols('FirstWorkout'))).toEqual({ FirstWorkout: SymbolKind.Event });
    });

    it('find Cyrillic names by a fuzzy, case-insensitive query, at the start of a name or of a word in it', async () => {
        expect(found(await symbols('соцсет'))).toEqual(['Соцсети (СтуденческаяКарта) russian-bank-card/karta.cjm']);
        expect(found(await symbols('студкарт'))).toEqual(['СтуденческаяКарта () russian-bank-card/karta.cjm']);
        expect(found(await symbols('ПостВ'))).toEqual(['ПостВСоцсетях (СтуденческаяКарта) russian-bank-card/karta.cjm']);
    });

    it('list everything for an empty query: a journey, its 2 own personas and channels, 4 stages, 9 touchpoints, 4 barriers, 1 opportunity, 4 metrics', async () => {
        const all = found(await symbols(''));
        expect(all).toContain('ClubEmail () workspace/shared.cjm');
        expect(all).toContain('Осведомлённость (СтуденческаяКарта) russian-bank-card/karta.cjm');
        expect(all.filter(symbol => symbol.endsWith('onboarding.cjm'))).toHaveLength(1 + 2 + 4 + 9 + 4 + 1 + 4);
    });
});
