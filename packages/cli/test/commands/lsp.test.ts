/**
 * `cjm lsp --stdio`: the built CLI runs the language server bundle it ships, and an
 * editor speaks LSP to it over standard input and output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LspSession, uriOf } from '../../../language/test/lsp/lsp-client.js';
import { makeWorkspace, RESTAURANT, runCli } from '../run-cli.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/cjm.js');

describe('cjm lsp', () => {
    it('--stdio serves diagnostics for an open map and exits 0 after shutdown and exit', async () => {
        const root = makeWorkspace();
        const file = path.join(root, 'visit.cjm');
        writeFileSync(file, withChannel(''));
        const session = await LspSession.start({ root, command: [process.execPath, BIN, 'lsp', '--stdio'] });
        try {
            expect(session.initializeResult.capabilities.documentFormattingProvider).toBeTruthy();

            // A clean example, then the same text with a channel no touchpoint uses.
            await session.open(uriOf(file), withChannel(''));
            expect(await session.diagnostics(uriOf(file))).toEqual([]);
            await session.change(uriOf(file), withChannel('  channel Fax "Fax machine" offline\n'));
            const diagnostics = await session.diagnostics(uriOf(file), found => found.length > 0, true);
            expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['unused-channel']);
        } finally {
            expect(await session.stop()).toBe(0);
        }
        expect(session.errors).toEqual([]);
    });

    it('without --stdio exits 2 with one line saying --stdio is required', async () => {
        const { code, stdout, stderr } = await runCli(['lsp']);
        expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
        expect(stderr).toMatch(/^cjm: lsp needs --stdio: [^\n]*\n$/);
    });
});

/** The restaurant example (clean) with `extra` declared after its last channel. */
function withChannel(extra: string): string {
    return readFileSync(RESTAURANT, 'utf8').replace(/^ {2}channel StampCard .*\n/m, line => line + extra);
}
