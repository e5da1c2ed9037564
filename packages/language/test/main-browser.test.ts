/**
 * The language server of github.dev and vscode.dev: the browser bundle in a worker's
 * globals (no Node: worker-server.ts), fed the files of examples/workspace under a
 * virtual folder as the extension feeds them, spoken to over LSP.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeLensRequest, CompletionRequest, DocumentFormattingRequest, HoverRequest, RenameRequest } from 'vscode-languageserver-protocol/node.js';
import { DiagramRequest, WorkspaceFilesChangedNotification, type WorkspaceFilesOptions } from '../src/protocol.js';
import { EXAMPLES } from './fixtures.js';
import { LspSession } from './lsp/lsp-client.js';
import { startWorkerServer } from './lsp/worker-server.js';

const FOLDER = 'vscode-vfs://github/pulsefit/journeys';
const WORKSPACE = path.join(EXAMPLES, 'workspace');
const uri = (name: string): string => `${FOLDER}/${name}`;
const text = (name: string): string => fs.readFileSync(path.join(WORKSPACE, name), 'utf8');
const codes = (diagnostics: readonly { code?: unknown }[]): string[] => diagnostics.map(d => String(d.code)).sort();

describe('the language server in a browser\'s worker', () => {
    let session: LspSession;

    beforeAll(async () => {
        const options: WorkspaceFilesOptions = {
            workspaceFiles: { folders: [FOLDER], files: fs.readdirSync(WORKSPACE).map(name => ({ uri: uri(name), text: text(name) })) }
        };
        session = await LspSession.connect(startWorkerServer(), FOLDER, options);
    });

    afterAll(async () => {
        await session?.stop();
    });

    it('loads no Node built-in and checks every fed map with the fed config: clean, as cjm lint finds them', async () => {
        for (const name of ['onboarding.cjm', 'renewal.cjm', 'shared.cjm']) {
            expect(await session.diagnostics(uri(name))).toEqual([]);
        }
        expect(session.stderr).toBe('');
    });

    it('reports a problem of an edit with its rule id, resolving names across the fed files', async () => {
        const onboarding = text('onboarding.cjm');
        await session.open(uri('onboarding.cjm'), onboarding);
        await session.change(uri('onboarding.cjm'), onboarding.replace('via FrontDesk for Beginner', 'via FrontDeskk for Beginner'));
        expect(codes(await session.diagnostics(uri('onboarding.cjm'), d => d.length > 0))).toEqual(['unresolved-reference']);
        await session.change(uri('onboarding.cjm'), onboarding);
        expect(await session.diagnostics(uri('onboarding.cjm'), d => d.length === 0)).toEqual([]);
    });

    it('applies a changed cjm.config.json to every map, and a config put back', async () => {
        const config = text('cjm.config.json');
        const stricter = config.replace('"After"]', '"After", "Advocacy"]');
        await session.connection.sendNotification(WorkspaceFilesChangedNotification, { changes: [{ uri: uri('cjm.config.json'), text: stricter }] });
        expect(codes(await session.diagnostics(uri('renewal.cjm'), d => d.length > 0))).toContain('required-stage');
        await session.connection.sendNotification(WorkspaceFilesChangedNotification, { changes: [{ uri: uri('cjm.config.json'), text: config }] });
        expect(await session.diagnostics(uri('renewal.cjm'), d => d.length === 0)).toEqual([]);
    });

    it('takes a map deleted and created again: its names leave the workspace and come back', async () => {
        await session.connection.sendNotification(WorkspaceFilesChangedNotification, { changes: [{ uri: uri('shared.cjm') }] });
        expect(codes(await session.diagnostics(uri('renewal.cjm'), d => d.length > 0))).toContain('unresolved-reference');
        await session.connection.sendNotification(WorkspaceFilesChangedNotification, { changes: [{ uri: uri('shared.cjm'), text: text('shared.cjm') }] });
        expect(await session.diagnostics(uri('renewal.cjm'), d => d.length === 0)).toEqual([]);
    });

    it('draws the journey with ELK in the worker, and still answers afterwards (ELK leaves the worker\'s messages alone)', async () => {
        const diagram = await session.connection.sendRequest(DiagramRequest, { uri: uri('onboarding.cjm') });
        expect(diagram.kind).toBe('diagram');
        expect(diagram.kind === 'diagram' && diagram.svg).toMatch(/^<svg[^>]*viewBox/);
        const line = text('onboarding.cjm').split('\n').findIndex(l => l.includes('via FrontDesk'));
        const character = text('onboarding.cjm').split('\n')[line].indexOf('FrontDesk');
        const completion = await session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('onboarding.cjm') }, position: { line, character } });
        const items = Array.isArray(completion) ? completion : completion?.items ?? [];
        expect(items.map(item => item.label)).toContain('FrontDesk');
    });

    it('answers hover, rename across the fed files, formatting and the coverage code lens, as the Node server does', async () => {
        const onboarding = text('onboarding.cjm').split('\n');
        const line = onboarding.findIndex(l => l.includes('via FrontDesk'));
        const position = { line, character: onboarding[line].indexOf('FrontDesk') + 2 };
        const textDocument = { uri: uri('onboarding.cjm') };
        const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument, position });
        expect(JSON.stringify(hover?.contents)).toContain('Club front desk');
        const rename = await session.connection.sendRequest(RenameRequest.type, { textDocument, position, newName: 'Reception' });
        expect(Object.keys(rename?.changes ?? {}).sort()).toEqual([uri('onboarding.cjm'), uri('renewal.cjm'), uri('shared.cjm')]);
        const edits = await session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } });
        expect(edits).toEqual([]);
        const lenses = await session.connection.sendRequest(CodeLensRequest.type, { textDocument });
        expect(lenses?.map(lens => lens.command?.title)).toContain('3 touchpoints · 1 metric · 1/1 question answered · 1 barrier');
    });
});
