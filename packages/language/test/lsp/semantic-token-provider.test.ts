/**
 * Semantic tokens over a real stdio connection, decoded from LSP's relative encoding with
 * the legend the server announced: names by the kind of what they declare or refer to,
 * with `declaration` where they are declared; numbers and dates; value keywords.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SemanticTokensRangeRequest, SemanticTokensRequest, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { ExampleWorkspace } from './example-workspace.js';
import { cursorAt, offsetAt } from './text-positions.js';

let workspace: ExampleWorkspace;
let legend: SemanticTokensLegend;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start(['workspace', 'russian-bank-card', 'russian-health-insurance']);
    legend = workspace.session.initializeResult.capabilities.semanticTokensProvider!.legend;
});
afterAll(async () => {
    await workspace.stop();
});

interface Token {
    line: number;
    text: string;
    type: string;
    modifiers: string[];
}

/** Tokens from the encoded data: each five numbers, line and start relative to the token before. */
function decode(text: string, tokens: SemanticTokens): Token[] {
    const decoded: Token[] = [];
    let line = 0;
    let character = 0;
    for (let k = 0; k < tokens.data.length; k += 5) {
        const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(k, k + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaStart : deltaStart;
        const start = offsetAt(text, { line, character });
        decoded.push({
            line, text: text.slice(start, start + length), type: legend.tokenTypes[type],
            modifiers: legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0)
        });
    }
    return decoded;
}

async function tokens(file: string): Promise<Token[]> {
    const result = await workspace.session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: workspace.uri(file) } });
    return decode(workspace.text(file), result!);
}

/** The tokens of the line where `marked` is (its `|` is ignored), as `text:type[.modifier]`. */
function onLine(all: readonly Token[], file: string, marked: string): string[] {
    const { line } = cursorAt(workspace.text(file), marked.includes('|') ? marked : `|${marked}`);
    return all.filter(token => token.line === line).map(token => [`${token.text}:${token.type}`, ...token.modifiers].join('.'));
}

describe('semantic tokens', () => {
    it('mark declared names by kind, with the declaration modifier', async () => {
        const shared = await tokens('workspace/shared.cjm');
        expect(onLine(shared, 'workspace/shared.cjm', 'persona Beginner')).toEqual(['Beginner:class.declaration']);
        expect(onLine(shared, 'workspace/shared.cjm', 'channel FrontDesk')).toEqual(['FrontDesk:interface.declaration', 'offline:enumMember']);
        const file = 'workspace/onboarding.cjm';
        const onboarding = await tokens(file);
        expect(onLine(onboarding, file, 'journey MemberOnboarding')).toEqual(['MemberOnboarding:namespace.declaration']);
        expect(onLine(onboarding, file, 'stage During')).toEqual(['During:struct.declaration']);
        expect(onLine(onboarding, file, 'metric VisitsPerWeek')).toEqual(['VisitsPerWeek:property.declaration']);
    });

    it('mark a persona\'s role as a value, and each persona\'s emotion: its number and the persona after `for`', async () => {
        const file = 'russian-health-insurance/dms.cjm';
        const dms = await tokens(file);
        expect(onLine(dms, file, '    role buyer')).toEqual(['buyer:enumMember']);
        expect(onLine(dms, file, 'emotion 1 for HRМенеджер')).toEqual(['1:number', 'HRМенеджер:class']);
        expect(onLine(dms, file, 'thought "Где мой номер полиса?" for Сотрудник')).toEqual(['Сотрудник:class']);
    });

    it('mark references by the kind of what they refer to, in other files too', async () => {
        const file = 'workspace/onboarding.cjm';
        const onboarding = await tokens(file);
        expect(onLine(onboarding, file, 'touchpoint OnlineSignup')).toEqual([
            'OnlineSignup:function.declaration', 'Website:interface', 'MemberApp:interface', 'Beginner:class', 'Returner:class', 'CorporateEmployee:class'
        ]);
        expect(onLine(onboarding, file, 'target Beginner')).toEqual(['Beginner:class', 'Returner:class', 'CorporateEmployee:class']);
        expect(onLine(onboarding, file, '-> FirstWorkout, ProgressCheck')).toEqual(['FirstWorkout:function', 'ProgressCheck:function']);
        expect(onLine(onboarding, file, 'barrier FeelingWatched')).toEqual(['FeelingWatched:variable.declaration', 'FirstWorkout:function', 'high:enumMember']);
        expect(onLine(onboarding, file, 'opportunity BeginnerHours')).toEqual(['BeginnerHours:variable.declaration', 'FeelingWatched:variable']);
    });

    it('mark emotions, metric values, dates and sample sizes as numbers, and evidence kinds, severities and states as enum members', async () => {
        const file = 'workspace/onboarding.cjm';
        const onboarding = await tokens(file);
        expect(onLine(onboarding, file, 'reviewed 2026-10-05')).toEqual(['2026-10-05:number']);
        expect(onLine(onboarding, file, 'state current')).toEqual(['current:enumMember']);
        expect(onLine(onboarding, file, 'emotion -1')).toEqual(['-1:number']);
        expect(onLine(onboarding, file, 'baseline 1.3 target 2 actual 1.6')).toEqual(['1.3:number', '2:number', '1.6:number']);
        expect(onLine(onboarding, file, 'measured 2026-09-30')).toEqual(['2026-09-30:number']);
        expect(onLine(onboarding, file, 'source experiment date 2026-09-29 sample 860')).toEqual(['experiment:enumMember', '2026-09-29:number', '860:number']);
        expect(onLine(onboarding, file, 'barrier BenefitsCode')).toEqual(['BenefitsCode:variable.declaration', 'OnlineSignup:function', 'critical:enumMember']);
    });

    it('leave keywords, strings and comments to the TextMate grammar', async () => {
        const file = 'workspace/onboarding.cjm';
        const onboarding = await tokens(file);
        expect(onLine(onboarding, file, '// Local to this journey')).toEqual([]);
        expect(onLine(onboarding, file, 'thought "Is off-peak')).toEqual([]);
        expect(onboarding.every(token => /^[\p{L}_][\p{L}\p{M}\p{Nd}_]*$|^[+-]?[0-9][0-9.-]*$/u.test(token.text))).toBe(true);
    });

    it('count Cyrillic names in UTF-16 units, as editors do', async () => {
        const file = 'russian-bank-card/karta.cjm';
        const karta = await tokens(file);
        expect(onLine(karta, file, 'touchpoint ПостВСоцсетях')).toEqual(['ПостВСоцсетях:function.declaration', 'Соцсети:interface', 'Студент:class']);
        expect(onLine(karta, file, 'stage Осведомлённость')).toEqual(['Осведомлённость:struct.declaration']);
    });

    it('answer a range request with the tokens of the range only', async () => {
        const file = 'workspace/renewal.cjm';
        const text = workspace.text(file);
        const start = cursorAt(text, '|    touchpoint RenewalNotice');
        const end = cursorAt(text, '|    touchpoint DeskConversation');
        const result = await workspace.session.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: workspace.uri(file) }, range: { start, end } });
        expect(decode(text, result!).map(token => `${token.text}:${token.type}`)).toEqual([
            'RenewalNotice:function', 'ClubEmail:interface', 'Returner:class', 'Beginner:class', 'PausedMember:class', '-2:number'
        ]);
    });
});
