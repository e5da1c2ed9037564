/**
 * The cjm language server in a browser's Web Worker (github.dev, vscode.dev): the services
 * of the Node server over the worker's messages. A worker reads no files: the extension
 * feeds it the workspace's maps and config files (fed-file-system.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser.js';
import { startCjmServer } from './lsp/start-server.js';
import { FedFileSystemProvider } from './workspace/fed-file-system.js';
import { loadElkInWorker } from './diagram/elk-worker.js';

const worker = globalThis as never;
startCjmServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), new FedFileSystemProvider(), loadElkInWorker);
