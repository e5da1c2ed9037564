import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import * as path from 'node:path';
import { CliError } from '../command.js';

const TYPES: Readonly<Record<string, string>> = {
    '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml', '.json': 'application/json; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.mmd': 'text/plain; charset=utf-8'
};

/** The live-reload script: served beside the site only, never written into it. */
const RELOAD_PATH = '/__cjm/reload.js';
const EVENTS_PATH = '/__cjm/events';
const RELOAD_SCRIPT = `new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener('message', () => location.reload());\n`;

export interface SiteServer {
    readonly url: string;
    /** Tells every open page to reload. */
    reload(): void;
    close(): Promise<void>;
}

/**
 * Serves OUTDIR on 127.0.0.1 only (no other address is ever bound), each HTML page with
 * a live-reload script added, which reloads the page when `reload()` is called.
 */
export function serveSite(outDir: string, port: number): Promise<SiteServer> {
    const clients = new Set<ServerResponse>();
    const server = createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        if (url.pathname === RELOAD_PATH) {
            response.writeHead(200, { 'content-type': TYPES['.js'] }).end(RELOAD_SCRIPT);
            return;
        }
        if (url.pathname === EVENTS_PATH) {
            response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
            response.write(': connected\n\n');
            clients.add(response);
            request.on('close', () => clients.delete(response));
            return;
        }
        void sendFile(outDir, decodeURIComponent(url.pathname), response);
    });
    return new Promise((resolve, reject) => {
        server.once('error', error => reject(new CliError(`cannot serve on 127.0.0.1:${port}: ${error.message}`, { cause: error })));
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            const bound = typeof address === 'object' && address !== null ? address.port : port;
            resolve({
                url: `http://127.0.0.1:${bound}/`,
                reload: () => clients.forEach(client => client.write('data: reload\n\n')),
                close: () => new Promise(done => {
                    clients.forEach(client => client.end());
                    server.close(() => done());
                })
            });
        });
    });
}

async function sendFile(outDir: string, pathname: string, response: ServerResponse): Promise<void> {
    const file = path.join(outDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const inside = path.relative(outDir, file);
    const found = inside.startsWith('..') || path.isAbsolute(inside) ? undefined : await stat(file).catch(() => undefined);
    if (found === undefined || !found.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    if (path.extname(file) === '.html') {
        const page = await readFile(file, 'utf8');
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(page.replace('</body>', `<script src="${RELOAD_PATH}"></script>\n</body>`));
        return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
}
