/**
 * Only src/node/ (the disk, ELK's loader) and the Node server's entry src/main.ts may reach
 * Node: its built-ins, and the Node entries of Langium and vscode-languageserver that load
 * them. Everything else also runs in a browser's Web Worker (src/main-browser.ts,
 * dist/server-browser.js), where a Node import would fail the extension in github.dev and
 * vscode.dev; it reads files through Langium's FileSystemProvider.
 */
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const NODE_ENTRY = path.join(SRC, 'main.ts');
const NODE_ONLY = new Set([...builtinModules, 'langium/node', 'vscode-languageserver/node', 'vscode-languageserver/node.js', 'vscode-languageserver-protocol/node', 'vscode-languageserver-protocol/node.js']);

/** Module specifiers of static imports, re-exports and dynamic imports. */
function specifiers(source: string): string[] {
    const found = [...source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)];
    return found.map(match => match[1] ?? match[2] ?? match[3]);
}

function isNodeOnly(specifier: string): boolean {
    return specifier.startsWith('node:') || NODE_ONLY.has(specifier);
}

function sources(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const file = path.join(folder, entry.name);
        return entry.isDirectory() ? sources(file) : entry.name.endsWith('.ts') ? [file] : [];
    });
}

describe('the Node seam of packages/language', () => {
    it('is src/node/ and the Node entry: no other source imports a Node built-in or a Node-only entry', () => {
        const outside = sources(SRC).filter(file => !file.startsWith(path.join(SRC, 'node') + path.sep) && file !== NODE_ENTRY);
        const offending = outside.flatMap(file => specifiers(fs.readFileSync(file, 'utf8')).filter(isNodeOnly).map(specifier => `${path.relative(SRC, file)}: ${specifier}`));
        expect(outside.length).toBeGreaterThan(100);
        expect(offending).toEqual([]);
    });

    it('is told apart: the check sees every form of import, and src/node/ does import Node', () => {
        expect(specifiers("import * as fs from 'node:fs';\nexport { x } from \"path\";\nconst m = await import('os');\nimport 'child_process';\nimport type { Y } from 'langium';"))
            .toEqual(['node:fs', 'path', 'os', 'child_process', 'langium']);
        expect(['fs', 'path', 'os', 'child_process', 'worker_threads', 'node:vm', 'langium/node'].every(isNodeOnly)).toBe(true);
        expect(sources(path.join(SRC, 'node')).some(file => specifiers(fs.readFileSync(file, 'utf8')).some(isNodeOnly))).toBe(true);
    });
});
