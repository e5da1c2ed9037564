import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocuments, createCjmServices } from '@cjm/language';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { EmptyFileSystem, URI } from 'langium';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { runCjm } from '../src/run-cjm.js';
import { TODAY } from './run-cli.js';

// Every command on mutated examples, in process, with a fixed seed: whatever the text,
// cjm answers with exit code 0, 1 or 2, never a stack trace; its SVG is XML, its JSON
// parses and meets its schema, its human-readable output carries no control character
// from the map, and fmt changes no model. Every diagnostic, in lint's JSON and SARIF and
// as the editor gets it, has a message free of control characters and a range inside the
// text as the LSP counts lines; fmt refuses exactly the maps lint finds a syntax error in.
// And no output name, however spelt, makes render or export write over the map.

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLES = ['restaurant-visit.cjm', 'b2b-saas-purchase.cjm', 'russian-bank-card/karta.cjm', 'grocery-delivery/current.cjm']
    .map(name => readFileSync(path.resolve(HERE, '../../../examples', name), 'utf8'));
const validateExport = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(path.resolve(HERE, '../cjm.export.schema.json'), 'utf8')) as object);

/** A raw control character other than tab and newline, or a bidi override. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
/** The same, or any line break: a diagnostic message is one line. */
const RAW_CONTROL_OR_BREAK = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** Pieces a mutation inserts: the language's own tokens, hostile bytes, huge numbers, other scripts. */
const PIECES = ['{', '}', '"', '->', '%', '//', '/*', ' via ', ' for ', 'touchpoint X "x"', 'stage Y {', 'emotion 7', 'emotion -2', `target ${'9'.repeat(400)}`,
    '12345678901234567', '2026-02-30', '\x1b]0;PWNED\x07', '\x1b[2J', '\u202e', '\r\n', '\u2028', '\u00a0', 'Ж', '支付', '🙂', 'journey', 'barrier B at X severity high', '\\'];
const character = fc.oneof(fc.constantFrom(...'{}"\\-> %:,.0123456789azЯ\n\t'), fc.integer({ min: 0, max: 0x9f }).map(code => String.fromCharCode(code)));

type Mutation = { at: number; cut: number; insert: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
    // Where, as a share of the text's length, so that every mutation applies to any text.
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    cut: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })),
    insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: character, maxLength: 12 }), fc.constant(''))
});

function mutate(text: string, mutations: readonly Mutation[]): string {
    return mutations.reduce((result, { at, cut, insert }) => {
        const offset = Math.floor(at * result.length);
        return result.slice(0, offset) + insert + result.slice(offset + cut);
    }, text);
}

interface Run { code: number; stdout: string; stderr: string }

const folder = mkdtempSync(path.join(tmpdir(), 'cjm-hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function cjm(...argv: string[]): Promise<Run> {
    let stdout = '';
    let stderr = '';
    const code = await runCjm(argv, {
        cwd: folder,
        env: { CJM_TODAY: TODAY },
        stdout: { write: text => void (stdout += String(text)), isTTY: false },
        stderr: { write: text => void (stderr += String(text)) },
        stdin: { read: async () => new Uint8Array() }
    });
    return { code, stdout, stderr };
}

interface Place { line: number; column: number; endLine: number; endColumn: number }

/** Whether a 1-based place (end column exclusive) lies inside the text, lines ended by LF, CRLF or a lone CR as the LSP counts them. */
function inside(text: string, { line, column, endLine, endColumn }: Place): boolean {
    const lengths = text.split(/\r\n|\r|\n/).map(row => row.length);
    const fits = (row: number, col: number): boolean => row >= 1 && row <= lengths.length && col >= 1 && col <= lengths[row - 1] + 1;
    return fits(line, column) && fits(endLine, endColumn) && (line < endLine || (line === endLine && column <= endColumn));
}

// The editor's diagnostics come from the language services the server runs, built here in process.
const editor = createCjmServices(EmptyFileSystem);
let mutants = 0;

async function editorMessages(text: string): Promise<string[]> {
    const uri = URI.file(`/editor/mutant-${mutants++}.cjm`);
    const [built] = await buildDocuments(editor, [{ path: uri.fsPath, text }]);
    await editor.shared.workspace.DocumentBuilder.update([], [uri]);
    return built.diagnostics.map(diagnostic => diagnostic.message);
}

interface LintJson { diagnostics: (Place & { rule: string; message: string })[] }
interface Sarif { runs: { results: { message: { text: string } }[] }[] }

function expectOrderly(run: Run, what: string): void {
    expect([0, 1, 2], `${what}: exit code`).toContain(run.code);
    expect(run.stderr, `${what}: stderr`).not.toMatch(STACK_FRAME);
    expect(run.stderr, `${what}: stderr`).not.toMatch(RAW_CONTROL);
}

describe('every command on mutated examples', () => {
    it('answers in order, whatever the text', { timeout: 600_000 }, async () => {
        await fc.assert(fc.asyncProperty(fc.nat({ max: EXAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (example, mutations) => {
            writeFileSync(path.join(folder, 'map.cjm'), mutate(EXAMPLES[example], mutations));

            for (const format of ['stylish', 'github']) {
                const lint = await cjm('lint', '--format', format, 'map.cjm');
                expectOrderly(lint, `lint --format ${format}`);
                expect(lint.stdout, `lint --format ${format}`).not.toMatch(RAW_CONTROL);
            }
            const text = readFileSync(path.join(folder, 'map.cjm'), 'utf8');
            const json = await cjm('lint', '--format', 'json', 'map.cjm');
            expectOrderly(json, 'lint --format json');
            // Exit 2: not text at all (NUL bytes, not UTF-8), which every command refuses alike.
            const unreadable = json.code === 2;
            const diagnostics = unreadable ? [] : (JSON.parse(json.stdout) as LintJson[]).flatMap(result => result.diagnostics);
            for (const diagnostic of diagnostics) {
                expect(diagnostic.message, 'lint --format json: message').not.toMatch(RAW_CONTROL_OR_BREAK);
                expect(inside(text, diagnostic), `lint --format json: range of ${JSON.stringify(diagnostic)}`).toBe(true);
            }
            const sarif = await cjm('lint', '--format', 'sarif', 'map.cjm');
            for (const result of unreadable ? [] : (JSON.parse(sarif.stdout) as Sarif).runs.flatMap(run => run.results)) {
                expect(result.message.text, 'lint --format sarif: message').not.toMatch(RAW_CONTROL_OR_BREAK);
            }
            for (const message of unreadable ? [] : await editorMessages(text)) {
                expect(message, 'the editor\'s diagnostic message').not.toMatch(RAW_CONTROL_OR_BREAK);
            }
            const syntax = unreadable || diagnostics.some(diagnostic => diagnostic.rule === 'syntax');

            const render = await cjm('render', 'map.cjm');
            expectOrderly(render, 'render');
            if (render.code === 0) {
                expect(XMLValidator.validate(render.stdout), 'render: SVG is XML').toBe(true);
                expect(render.stdout).not.toMatch(/Infinity|NaN/);
            }

            const exported = await cjm('export', 'map.cjm', '--format', 'json');
            expectOrderly(exported, 'export --format json');
            if (exported.code === 0) {
                expect(validateExport(JSON.parse(exported.stdout)), JSON.stringify(validateExport.errors)).toBe(true);
            }
            expectOrderly(await cjm('export', 'map.cjm', '--format', 'markdown'), 'export --format markdown');

            const formatted = await cjm('fmt', '--stdout', 'map.cjm');
            expectOrderly(formatted, 'fmt --stdout');
            expect(formatted.code === 2, `fmt refuses exactly what lint calls syntax (lint found ${syntax ? 'a' : 'no'} syntax error)`).toBe(syntax);
            if (formatted.code === 0) {
                writeFileSync(path.join(folder, 'formatted.cjm'), formatted.stdout);
                const diff = await cjm('diff', 'map.cjm', 'formatted.cjm');
                // Equal models; or neither side comparable (a number cjm leaves out of the model).
                expect(diff.code === 0 || (diff.code === 2 && diff.stderr.includes('invalid-number')), `fmt changed the model: ${diff.stdout}${diff.stderr}`).toBe(true);
            }
        }), { seed: 20261202, numRuns: Number(process.env.CJM_FUZZ_RUNS ?? 300), endOnFailure: true });
    });

    it('never write over the map, whatever the output name', { timeout: 300_000 }, async () => {
        const map = path.join(folder, 'guarded.cjm');
        writeFileSync(map, EXAMPLES[0]);
        mkdirSync(path.join(folder, 'sub'), { recursive: true });
        symlinkSync('guarded.cjm', path.join(folder, 'link.svg'));
        symlinkSync('../guarded.cjm', path.join(folder, 'sub', 'up.json'));
        linkSync(map, path.join(folder, 'hard.md'));
        const spellings = ['guarded.cjm', './guarded.cjm', 'GUARDED.CJM', 'Guarded.Cjm', 'sub/../guarded.cjm', `${folder}/guarded.cjm`, 'link.svg', 'sub/up.json', 'hard.md', 'cjm.config.json', 'other.cjm'];
        const commands = [['render', '--format', 'svg'], ['render', '--format', 'png'], ['render', '--format', 'html'], ['export', '--format', 'json'], ['export', '--format', 'markdown'], ['export', '--format', 'mermaid'], ['render'], ['export']];
        await fc.assert(fc.asyncProperty(fc.constantFrom(...commands), fc.constantFrom(...spellings), async ([command, ...flags], out) => {
            const run = await cjm(command, 'guarded.cjm', ...flags, '-o', out);
            expect(run.code, `${command} ${flags.join(' ')} -o ${out}`).toBe(2);
            expect(run.stderr).toMatch(/^cjm: (refusing to write|cannot tell the format)/);
            expect(readFileSync(map, 'utf8')).toBe(EXAMPLES[0]);
        }), { seed: 20261207, numRuns: 60, endOnFailure: true });
    });
});
