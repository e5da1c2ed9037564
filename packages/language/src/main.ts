/**
 * The cjm language server. One bundle of this file is what `cjm lsp --stdio` runs and what
 * the VS Code extension starts over IPC; the transport comes from the command line
 * (`--stdio`, `--node-ipc`, `--socket=PORT`). Over stdio, vscode-languageserver sends
 * `console` output to the client's log, so nothing but protocol messages reaches stdout.
 */
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createCjmServices } from './cjm-module.js';
import { BomFreeFileSystemProvider } from './workspace/file-system.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Cjm } = createCjmServices({ connection, fileSystemProvider: () => new BomFreeFileSystemProvider() });
Cjm.lsp.WorkspaceRevalidation.listen();
Cjm.lsp.CustomRequests.register(connection);
startLanguageServer(shared);
