/**
 * The cjm language server in Node. One bundle of this file is what `cjm lsp --stdio` runs
 * and what the VS Code extension starts over IPC; the transport comes from the command line
 * (`--stdio`, `--node-ipc`, `--socket=PORT`). Over stdio, vscode-languageserver sends
 * `console` output to the client's log, so nothing but protocol messages reaches stdout.
 * Maps are read from disk, but for folders of a virtual workspace, which the client feeds.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startCjmServer } from './lsp/start-server.js';
import { FedFileSystemProvider } from './workspace/fed-file-system.js';
import { BomFreeFileSystemProvider } from './node/bom-free-file-system.js';
import { loadElk } from './node/elk-node.js';

startCjmServer(createConnection(ProposedFeatures.all), new FedFileSystemProvider(new BomFreeFileSystemProvider()), loadElk);
