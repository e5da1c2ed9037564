// A minimal LSP client for the language-server benchmarks (lsp.mjs): starts the bundled
// server as its own process, speaks LSP over stdio and keeps count of the diagnostics it
// publishes, so a benchmark can wait for "the next diagnostics of this file" or "fresh
// diagnostics of every file". Plain JS; the protocol library is the one the language
// package depends on.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/** The protocol library, resolved from packages/language (where it is a dependency). */
export function loadProtocol(root) {
  return createRequire(path.join(root, 'packages/language/package.json'))('vscode-languageserver-protocol/node.js');
}

/** URIs as the server writes them (vscode-uri escapes more than Node does): compared decoded. */
const key = (uri) => decodeURIComponent(uri);
export const fileUri = (file) => pathToFileURL(file).toString();

export class LspSession {
  /**
   * Spawns `node SERVER --stdio` in `root` (also the workspace folder when given) and
   * initializes it. `startedAt` (performance.now() at spawn) and `initializeMs` are kept
   * for the start-up figures.
   */
  static async start({ rpc, server, root, env, timeoutMs = 60_000 }) {
    const startedAt = performance.now();
    const child = spawn(process.execPath, [server, '--stdio'], { cwd: root ?? process.cwd(), env: { ...process.env, ...env } });
    const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
    const session = new LspSession(rpc, child, connection, startedAt, timeoutMs);
    connection.onNotification(rpc.PublishDiagnosticsNotification.type, (p) => session.receive(p));
    connection.onRequest(rpc.RegistrationRequest.type, () => null);
    connection.onRequest('workspace/configuration', () => []);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onError(([error]) => session.errors.push(error.message));
    connection.listen();
    const folder = root ? fileUri(root) : null;
    await session.within(
      connection.sendRequest(rpc.InitializeRequest.type, {
        processId: process.pid,
        rootUri: folder,
        workspaceFolders: folder ? [{ uri: folder, name: path.basename(root) }] : null,
        capabilities: {
          workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true },
          textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } } },
        },
      }),
      'initialize',
    );
    session.initializeMs = performance.now() - startedAt;
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    return session;
  }

  constructor(rpc, child, connection, startedAt, timeoutMs) {
    Object.assign(this, { rpc, child, connection, startedAt, timeoutMs });
    this.pid = child.pid;
    this.errors = [];
    this.stderr = '';
    this.published = new Map(); // decoded URI -> { count, diagnostics }
    this.waiters = new Set();
    this.versions = new Map();
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stderr.on('data', (chunk) => {
      this.stderr += chunk.toString('utf8');
    });
  }

  receive(params) {
    const k = key(params.uri);
    const entry = this.published.get(k) ?? { count: 0 };
    entry.count++;
    entry.diagnostics = params.diagnostics;
    this.published.set(k, entry);
    for (const w of [...this.waiters]) if (w.done()) w.resolve(performance.now());
  }

  /** How often each URI has been published so far: the baseline for `published after`. */
  snapshot(uris) {
    return new Map(uris.map((u) => [key(u), this.published.get(key(u))?.count ?? 0]));
  }

  /** Resolves with performance.now() once every URI of `since` has been published again. */
  waitPublished(since, what) {
    const done = () => [...since].every(([k, n]) => (this.published.get(k)?.count ?? 0) > n);
    if (done()) return Promise.resolve(performance.now());
    let w;
    const p = new Promise((resolve) => {
      w = { done, resolve };
      this.waiters.add(w);
    });
    return this.within(p, what).finally(() => this.waiters.delete(w));
  }

  diagnosticsOf(uri) {
    return this.published.get(key(uri))?.diagnostics;
  }

  open(uri, text) {
    this.versions.set(uri, 1);
    return this.connection.sendNotification(this.rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'cjm', version: 1, text } });
  }

  /** One incremental change, as an editor sends while typing. */
  change(uri, range, text) {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    return this.connection.sendNotification(this.rpc.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
  }

  request(method, params) {
    return this.within(this.connection.sendRequest(method, params), method);
  }

  /** VmRSS and VmHWM of the server process, in bytes (Linux only; null elsewhere). */
  memory() {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = (name) => Number(new RegExp(`^${name}:\\s*(\\d+) kB`, 'm').exec(status)?.[1]) * 1024 || null;
      return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    } catch {
      return { rss: null, hwm: null };
    }
  }

  /**
   * CPU time the server process has used so far (user + system), in ms; null off Linux.
   * /proc counts in clock ticks of 10 ms (USER_HZ 100): use it over many runs.
   */
  cpuMs() {
    try {
      const fields = fs.readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return null;
    }
  }

  /** Rejects when `promise` takes longer than the session's time-out or the server exits. */
  within(promise, what) {
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${this.timeoutMs / 1000} s`)), this.timeoutMs);
    });
    const exit = this.exited.then(({ code, signal }) => {
      throw new Error(`${what}: the server exited (${signal ?? `code ${code}`})${this.stderr ? `: ${this.stderr.trim().split('\n').slice(-3).join(' / ')}` : ''}`);
    });
    return Promise.race([promise, limit, exit]).finally(() => clearTimeout(timer));
  }

  async stop() {
    try {
      await this.within(this.connection.sendRequest(this.rpc.ShutdownRequest.type), 'shutdown');
      await this.connection.sendNotification(this.rpc.ExitNotification.type);
    } catch {
      this.child.kill();
    }
    const timer = setTimeout(() => this.child.kill(), 5_000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}
