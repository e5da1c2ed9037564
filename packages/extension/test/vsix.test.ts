/**
 * The packaged extension as a user installs it: `vsce package` of the built dist/ (what
 * `npm run package` writes), then what the .vsix holds: only the files the installed
 * extension reads, nothing that needs node_modules or a native module, and a language
 * server that starts from the unpacked files and answers over stdio.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoverageRequest, DiagramRequest } from '../../language/src/protocol.js';
import { EXAMPLES } from '../../language/test/fixtures.js';
import { copyTree, LspSession, uriOf } from '../../language/test/lsp/lsp-client.js';
import { isBuiltin, loadedModules } from './bundle-modules.js';
import { readVsix } from './vsix-archive.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPOSITORY = path.resolve(ROOT, '../..');

/** What the .vsix may hold: vsce's two files, the manifest, README, LICENSE, and the folders the extension reads. */
const ALLOWED = [
    /^\[Content_Types\]\.xml$/,
    /^extension\.vsixmanifest$/,
    /^extension\/(package\.json|package\.nls(\.ru)?\.json|l10n\/bundle\.l10n\.ru\.json|readme\.md|LICENSE\.txt|language-configuration\.json)$/,
    // elk.bundled.cjs: ELK, which the server loads from beside itself (the .vsix has no node_modules).
    /^extension\/dist\/(extension\.cjs|browser-extension\.js|server\.mjs|server-browser\.js|elk\.bundled\.cjs|webview\.js|icon\.png|[\w-]+\.css|[\w.-]+\.LEGAL\.txt)$/,
    /^extension\/(icons|media|syntaxes|schemas)\/[\w.-]+$/
];

let work: string;
let files: Map<string, Buffer>;
let unpacked: string;

beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist/extension.cjs'))) {
        throw new Error('packages/extension/dist is not built: run `npm run build -w packages/extension` first.');
    }
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-vsix-')));
    const vsce = path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
    const vsix = path.join(work, 'cjm.vsix');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
    files = readVsix(vsix);
    unpacked = path.join(work, 'unpacked');
    for (const [name, data] of files) {
        fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
        fs.writeFileSync(path.join(unpacked, name), data);
    }
}, 180_000);

afterAll(() => {
    fs.rmSync(work, { recursive: true, force: true });
});

function text(name: string): string {
    const data = files.get(`extension/${name}`);
    if (!data) {
        throw new Error(`extension/${name} is not in the .vsix`);
    }
    return data.toString('utf8');
}

describe('the .vsix', () => {
    it('holds only the files the installed extension reads', () => {
        const names = [...files.keys()];
        expect(names.filter(name => !ALLOWED.some(pattern => pattern.test(name)))).toEqual([]);
        expect(names.filter(name => /node_modules|\.map$|\.node$|\.ts$/.test(name))).toEqual([]);
    });

    it('holds every file its manifest names, and the grammar and schema of the repository', () => {
        const manifest = JSON.parse(text('package.json'));
        const { languages, grammars, jsonValidation } = manifest.contributes;
        const named: string[] = [
            manifest.main, manifest.browser, manifest.icon,
            ...languages.flatMap((language: { configuration: string; icon: { light: string; dark: string } }) => [language.configuration, language.icon.light, language.icon.dark]),
            ...grammars.map((grammar: { path: string }) => grammar.path),
            ...jsonValidation.map((validation: { url: string }) => validation.url)
        ];
        expect(named.map(name => path.posix.normalize(name)).filter(name => !files.has(`extension/${name}`))).toEqual([]);
        // VS Code reads the Russian titles and messages from beside the manifest (its `l10n` folder).
        expect(['package.nls.json', 'package.nls.ru.json', `${path.posix.normalize(manifest.l10n)}/bundle.l10n.ru.json`].filter(name => !files.has(`extension/${name}`))).toEqual([]);
        expect(text('syntaxes/cjm.tmLanguage.json')).toBe(fs.readFileSync(path.join(REPOSITORY, 'syntaxes/cjm.tmLanguage.json'), 'utf8'));
        expect(text('schemas/cjm.config.schema.json')).toBe(fs.readFileSync(path.join(REPOSITORY, 'packages/language/cjm.config.schema.json'), 'utf8'));
        expect(files.get('extension/dist/icon.png')!.subarray(1, 4).toString('latin1')).toBe('PNG');
    });

    it('has bundles that load nothing but vscode and Node, with neither Langium in the client nor Mermaid anywhere', () => {
        const client = text('dist/extension.cjs');
        expect(loadedModules(client).filter(name => name !== 'vscode' && !isBuiltin(name))).toEqual([]);
        expect(client).not.toMatch(/langium/i);
        const server = text('dist/server.mjs');
        expect(loadedModules(server).filter(name => !isBuiltin(name))).toEqual([]);
        for (const bundle of ['dist/extension.cjs', 'dist/server.mjs', ...(files.has('extension/dist/webview.js') ? ['dist/webview.js'] : [])]) {
            expect(text(bundle), bundle).not.toMatch(/mermaid(?:-js|\.esm|API|\.initialize)/);
        }
    });
});

describe('the language server of the unpacked .vsix', () => {
    let session: LspSession | undefined;
    afterAll(async () => {
        await session?.stop();
    });

    it('starts over stdio and answers: diagnostics with rule ids, the diagram, the coverage', async () => {
        const root = copyTree(path.join(EXAMPLES, 'workspace'), path.join(work, 'workspace'));
        session = await LspSession.start({ root, command: [process.execPath, path.join(unpacked, 'extension/dist/server.mjs'), '--stdio'] });
        const broken = 'untitled:Untitled-1';
        await session.open(broken, 'journey J {\n  stage S {\n    touchpoint T via Nowhere\n  }\n}\n');
        const diagnostics = await session.diagnostics(broken, found => found.length > 0);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('unresolved-reference');

        const onboarding = uriOf(path.join(root, 'onboarding.cjm'));
        await session.open(onboarding, fs.readFileSync(path.join(root, 'onboarding.cjm'), 'utf8'));
        const diagram = await session.connection.sendRequest(DiagramRequest, { uri: onboarding });
        expect(diagram).toMatchObject({ kind: 'diagram', journey: 'MemberOnboarding' });
        expect(diagram.kind === 'diagram' && diagram.svg).toMatch(/^<svg[^>]*>[^]*class="cjm-stage" data-cjm-id="Before"/);
        expect(await session.connection.sendRequest(CoverageRequest, { uri: onboarding })).toMatchObject({ kind: 'coverage', journeys: [{ id: 'MemberOnboarding' }] });
        expect(session.errors).toEqual([]);
        expect(await session.stop()).toBe(0);
        session = undefined;
    });
});
