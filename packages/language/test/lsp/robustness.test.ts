/**
 * The server keeps answering whatever the editor sends it: half-typed and malformed
 * text, files deleted under it, a burst of edits, a huge file. Its stdout carries
 * protocol messages only (the client would fail to read anything else).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest, HoverRequest, RenameRequest } from 'vscode-languageserver-protocol';
import { CLEAN_JOURNEY, edit, tempTree } from '../fixtures.js';
import { LspSession, uriOf } from './lsp-client.js';

let session: LspSession | undefined;
afterEach(async () => {
    await session?.stop();
    session = undefined;
});

async function start(files: Record<string, string> = {}): Promise<{ server: LspSession; root: string }> {
    const root = tempTree(files);
    session = await LspSession.start({ root });
    return { server: session, root };
}

/** Asks something of every document: the server answers, so it is alive. */
async function answers(server: LspSession, uri: string): Promise<boolean> {
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    return Array.isArray(symbols);
}

const MALFORMED = [
    '',
    'journey',
    'journey J {',
    'journey J { stage S { touchpoint T via for -> -> } }',
    '}}}} {{{{ "unterminated',
    'persona P "x" { goal }\n\u0000\u0007\uFFFF',
    'journey J { stage S { metric M { baseline 1e999999 target 99999999999999999999999999999999999999999999999% } } }',
    '/* never closed',
    'journey Ж { stage С { touchpoint Т { emotion --2 } } } trailing garbage ###',
    CLEAN_JOURNEY.slice(0, CLEAN_JOURNEY.length / 2)
];

describe('the server stays up', () => {
    it('after malformed text: syntax errors come back and it keeps answering', async () => {
        const { server, root } = await start();
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN_JOURNEY);
        await server.diagnostics(uri, list => list.length === 0);
        for (const text of MALFORMED) {
            await server.change(uri, text);
            await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
            expect(await answers(server, uri)).toBe(true);
        }
        await server.change(uri, CLEAN_JOURNEY);
        expect(await server.diagnostics(uri, list => list.length === 0, true)).toEqual([]);
        expect(server.errors).toEqual([]);
    });

    it('reports every malformed text as syntax errors, never a crash', async () => {
        const { server, root } = await start();
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, MALFORMED[3]);
        const codes = (await server.diagnostics(uri, list => list.length > 0)).map(diagnostic => diagnostic.code);
        expect(codes).toContain('syntax');
        expect(codes).not.toContain('internal-error');
    });

    it('after a deleted file that is still open in the editor', async () => {
        const { server, root } = await start({ 'shared.cjm': 'persona Founder\nchannel Web online\n', 'map.cjm': CLEAN_JOURNEY.replace(/persona Founder.*\nchannel Web.*\n/, '') });
        const map = uriOf(path.join(root, 'map.cjm'));
        const shared = path.join(root, 'shared.cjm');
        await server.open(uriOf(shared), fs.readFileSync(shared, 'utf8'));
        fs.rmSync(shared);
        await server.filesChanged([{ file: shared, type: 'deleted' }]);
        await server.close(uriOf(shared));
        const codes = (await server.diagnostics(map, list => list.length > 0, true)).map(diagnostic => diagnostic.code);
        expect(codes).toContain('unresolved-reference');
        expect(await answers(server, map)).toBe(true);
    });

    it('a rename in a file deleted under the editor answers in plain words, not with the raw ENOENT', async () => {
        const { server, root } = await start({ 'shared.cjm': 'persona Founder\nchannel Web online\n', 'other.cjm': 'persona Owner\n' });
        const shared = path.join(root, 'shared.cjm');
        await server.open(uriOf(shared), fs.readFileSync(shared, 'utf8'));
        fs.rmSync(shared);
        await server.filesChanged([{ file: shared, type: 'deleted' }]);
        await server.close(uriOf(shared));
        const answer = server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(shared) }, position: { line: 0, character: 9 }, newName: 'Owner' });
        await expect(answer).rejects.toThrow('shared.cjm is not open and no longer on disk: it was deleted or moved.');
        expect(await answers(server, uriOf(path.join(root, 'other.cjm')))).toBe(true);
    });

    it('after 1,000 rapid edits: the last text wins', async () => {
        const { server, root } = await start();
        const uri = uriOf(path.join(root, 'map.cjm'));
        await server.open(uri, CLEAN_JOURNEY);
        for (let i = 0; i < 1_000; i++) {
            // Every edit but the last breaks the emotion range: only the last one is clean.
            await server.change(uri, edit(CLEAN_JOURNEY, { 'emotion 1': i === 999 ? 'emotion 2' : `emotion ${10 + i}` }));
        }
        expect(await server.diagnostics(uri, list => list.length === 0, true, 30_000)).toEqual([]);
        expect(await answers(server, uri)).toBe(true);
        expect(server.errors).toEqual([]);
    }, 60_000);

    it('after a 5 MB file', async () => {
        const { server, root } = await start({ 'small.cjm': 'persona Lonely "Nobody uses me"\n' });
        const big = uriOf(path.join(root, 'big.cjm'));
        const text = hugeJourney(5 * 1024 * 1024);
        expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
        await server.open(big, text);
        // Parsing and checking 5 MB (40,000 long lines) takes the server about 10 s here.
        const diagnostics = await server.diagnostics(big, () => true, false, 80_000);
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 1).map(d => d.message)).toEqual([]);
        expect(await answers(server, uriOf(path.join(root, 'small.cjm')))).toBe(true);
    }, 90_000);

    it('exits cleanly when asked to', async () => {
        const { server } = await start();
        session = undefined;
        expect(await server.stop()).toBe(0);
    });
});

/** One journey of about `size` characters that lints without errors. */
function hugeJourney(size: number): string {
    const stages: string[] = [];
    for (let i = 0, length = 0; size > length + 200; i++) {
        const touchpoints = Array.from({ length: 20 }, (_, j) => `    touchpoint T${i}_${j} "Step ${j} of stage ${i}, with a longer title" via Web for Founder { emotion ${(j % 5) - 2} action "Does thing ${j}" thought "Thinks about ${j}" }`);
        stages.push(`  stage S${i} "Stage ${i}" {
${touchpoints.join('\n')}
    metric M${i} { baseline 1 target 2 }
    question "Why ${i}?" { answer "Because" source interview date 2026-09-12 }
  }
`);
        length += stages[i].length;
    }
    return `persona Founder "Founder"\nchannel Web "Website" online\njourney Huge { objective "o" problem "p" target Founder\n${stages.join('')}}\n`;
}
