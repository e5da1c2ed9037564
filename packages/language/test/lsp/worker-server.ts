/**
 * The browser's server bundle (dist/server-browser.js) run as a Web Worker runs it: in a
 * V8 context of its own whose globals are a worker's (postMessage and onmessage, timers,
 * TextEncoder, URL) and nothing of Node: no require, no process, no Buffer, no module. A
 * Node built-in the bundle reached would throw at once, and its messages are plain
 * objects, cloned across as postMessage clones them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vm from 'node:vm';
import { AbstractMessageReader, AbstractMessageWriter, Disposable, type DataCallback, type Message } from 'vscode-languageserver-protocol/node.js';
import type { ServerHandle } from './lsp-client.js';

export const BROWSER_SERVER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/server-browser.js');

/** What a dedicated worker's global scope offers that the bundle may use. */
const WORKER_GLOBALS = ['console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'TextEncoder', 'TextDecoder', 'URL', 'performance'] as const;

export function startWorkerServer(): ServerHandle {
    let toClient: DataCallback | undefined;
    const scope: Record<string, unknown> = Object.fromEntries(WORKER_GLOBALS.map(name => [name, globalThis[name]]));
    const errors: string[] = [];
    scope.postMessage = (data: unknown) => toClient?.(structuredClone(data) as Message);
    scope.addEventListener = () => undefined;
    scope.onmessage = null;
    const context = vm.createContext(scope);
    vm.runInContext('self = globalThis', context);
    vm.runInContext(fs.readFileSync(BROWSER_SERVER, 'utf8'), context, { filename: BROWSER_SERVER });
    // Objects of the worker's own realm, as a real worker receives them.
    const workerJson = vm.runInContext('JSON', context) as typeof JSON;
    let exit: (code: number | null) => void = () => undefined;

    class WorkerReader extends AbstractMessageReader {
        listen(callback: DataCallback): Disposable {
            toClient = callback;
            return Disposable.create(() => (toClient = undefined));
        }
    }
    class WorkerWriter extends AbstractMessageWriter {
        async write(message: Message): Promise<void> {
            try {
                (scope.onmessage as (event: { data: unknown }) => void)({ data: workerJson.parse(JSON.stringify(message)) });
            } catch (error) {
                errors.push(String(error));
            }
            if ((message as { method?: string }).method === 'exit') {
                exit(0);
            }
        }

        end(): void {}
    }
    return {
        reader: new WorkerReader(),
        writer: new WorkerWriter(),
        output: () => errors.join('\n'),
        exited: new Promise(resolve => (exit = resolve)),
        kill: () => exit(null)
    };
}
