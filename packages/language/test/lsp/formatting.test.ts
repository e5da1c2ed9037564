/**
 * Formatting over a real stdio connection: the edits of `textDocument/formatting`,
 * applied to the editor's text, give exactly what `cjm fmt` writes (or `--stdout` prints) for
 * the same file, byte for byte, with LF or CRLF line ends; `textDocument/rangeFormatting` changes
 * only the range.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentFormattingRequest, DocumentRangeFormattingRequest, type Range, type TextEdit } from 'vscode-languageserver-protocol';
import { EXAMPLES, filesUnder } from '../fixtures.js';
import { ExampleWorkspace } from './example-workspace.js';
import { applyEdits, cursorAt } from './text-positions.js';

const CLI = path.resolve(EXAMPLES, '../packages/cli/bin/cjm.js');
const OPTIONS = { tabSize: 4, insertSpaces: false };

let workspace: ExampleWorkspace;
let scratch: string;
beforeAll(async () => {
    workspace = await ExampleWorkspace.start([]);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-fmt-'));
});
afterAll(async () => {
    await workspace.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
});

/** What `cjm fmt --stdout` prints for a file holding `bytes`. */
function cjmFmt(bytes: string): string {
    const file = path.join(scratch, 'map.cjm');
    fs.writeFileSync(file, bytes);
    return execFileSync(process.execPath, [CLI, 'fmt', '--stdout', file], { encoding: 'utf8' });
}

/** What `cjm fmt` writes over each of these files (by name), in one run over their folder, as a user formats a repository. */
function cjmFmtFolder(files: ReadonlyMap<string, string>): Map<string, string> {
    const folder = fs.mkdtempSync(path.join(scratch, 'folder-'));
    for (const [name, bytes] of files) fs.writeFileSync(path.join(folder, name), bytes);
    execFileSync(process.execPath, [CLI, 'fmt', folder], { encoding: 'utf8' });
    return new Map([...files.keys()].map(name => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

let opened = 0;

/** Opens `text` as an unsaved document and returns its URI once the server has built it (its diagnostics are out). */
async function open(text: string): Promise<string> {
    const uri = workspace.uri(`open-${opened++}.cjm`);
    await workspace.session.open(uri, text);
    await workspace.session.diagnostics(uri);
    return uri;
}

async function formatting(text: string): Promise<string> {
    const uri = await open(text);
    const edits: TextEdit[] = await workspace.session.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: OPTIONS }) ?? [];
    await workspace.session.close(uri);
    return applyEdits(text, edits);
}

async function rangeFormatting(text: string, range: Range): Promise<string> {
    const uri = await open(text);
    const edits: TextEdit[] = await workspace.session.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range, options: OPTIONS }) ?? [];
    await workspace.session.close(uri);
    return applyEdits(text, edits);
}

const BOM = '\uFEFF';
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** An example made messy: indentation gone, blank lines doubled, extra spaces around tokens. */
function messy(text: string): string {
    return text.split('\n').map(line => line.trim().replace(/ /g, '  ').replace(/\{$/, '\n{')).join('\n\n');
}

const EXAMPLE_FILES = filesUnder(EXAMPLES, '.cjm');

/** Each example as it is (byte order mark kept) and made messy, each with LF and with CRLF line ends: the texts both sides format. */
const VARIANTS = EXAMPLE_FILES.flatMap((file, index) => {
    const bytes = fs.readFileSync(file, 'utf8');
    const untidy = messy(bytes.replace(/^\uFEFF/, ''));
    return [
        { name: `${index}-lf.cjm`, file, bytes, messy: false },
        { name: `${index}-crlf.cjm`, file, bytes: crlf(bytes), messy: false },
        { name: `${index}-messy-lf.cjm`, file, bytes: untidy, messy: true },
        { name: `${index}-messy-crlf.cjm`, file, bytes: crlf(untidy), messy: true }
    ];
});

describe('document formatting', () => {
    // One `cjm fmt` over a folder of every variant: a process per variant cost half a minute.
    let formattedByCli: Map<string, string>;
    beforeAll(() => {
        formattedByCli = cjmFmtFolder(new Map(VARIANTS.map(variant => [variant.name, variant.bytes])));
    });

    it.each(VARIANTS.map(variant => [`${variant.messy ? 'a messy ' : ''}${path.relative(EXAMPLES, variant.file)} (${variant.name.endsWith('crlf.cjm') ? 'CRLF' : 'LF'})`, variant]))('equals cjm fmt on %s', async (_, variant) => {
        // The editor holds the text without its byte order mark; cjm fmt keeps the mark.
        const text = variant.bytes.replace(/^\uFEFF/, '');
        expect(await formatting(text)).toBe(formattedByCli.get(variant.name)!.replace(/^\uFEFF/, ''));
    });
});

describe('document formatting of unusual texts', () => {
    it('equals cjm fmt --stdout on CRLF text with LF line ends left in a string and a block comment', async () => {
        const text = 'persona  P "a\nb" /* c\nd */\r\nchannel C online   {description "x"}\r\n';
        const formatted = await formatting(text);
        expect(formatted).toBe(cjmFmt(text));
        expect(formatted.match(/(?<!\r)\n/g)).toBeNull();
    });

    it('equals cjm fmt --stdout on a text of comments only, with mixed line ends', async () => {
        const text = '// one\r\n// two\n/* three\n */\r\n';
        expect(await formatting(text)).toBe(cjmFmt(text));
    });

    it('keeps a byte order mark that the editor left in the text, as cjm fmt does', async () => {
        const text = `${BOM}persona   P\r\nchannel C   online\r\n`;
        expect(await formatting(text)).toBe(cjmFmt(text));
        expect(cjmFmt(text)).toBe(`${BOM}persona P\r\nchannel C online\r\n`);
    });

    it('ignores the editor\'s tab size and tabs: the layout is the project\'s', async () => {
        expect(await formatting('journey J {\nstage S {\n}\n}\n')).toBe('journey J {\n  stage S {\n  }\n}\n');
    });

    it('sends no edits for a text with syntax errors, which cjm fmt leaves untouched', async () => {
        const text = 'journey J {\n  stage S {\n    touchpoint   T ??? \n  }\n}\n';
        expect(await formatting(text)).toBe(text);
        expect(await rangeFormatting(text, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } })).toBe(text);
    });
});

describe('range formatting', () => {
    const block = [
        'journey J {',
        '  stage S {',
        'touchpoint   A  "a"   via  Web {',
        '  emotion   1',
        '      action "x"   }   ',
        '    touchpoint B',
        '  }',
        '}',
        ''
    ];

    it.each([['LF', '\n'], ['CRLF', '\r\n']])('formats whole selected lines (%s) as cjm fmt does and leaves the lines around them', async (_, eol) => {
        const text = block.join(eol);
        const range = { start: cursorAt(text, '|touchpoint   A'), end: cursorAt(text, '|    touchpoint B') };
        expect(await rangeFormatting(text, range)).toBe(cjmFmt(text));
        expect(cjmFmt(text)).toBe(['journey J {', '  stage S {', '    touchpoint A "a" via Web {', '      emotion 1', '      action "x"', '    }', '    touchpoint B', '  }', '}', ''].join(eol));
    });

    it('changes only the range, whatever the layout of the rest', async () => {
        const text = 'journey J {\nstage S {\n  touchpoint   A  "a" {\n  emotion   1 }\ntouchpoint B   "b"   \n}}\n';
        const range = { start: cursorAt(text, '|touchpoint B'), end: cursorAt(text, '|}}') };
        expect(await rangeFormatting(text, range)).toBe('journey J {\nstage S {\n  touchpoint   A  "a" {\n  emotion   1 }\n    touchpoint B "b"\n}}\n');
    });

    it('within a line, formats between the range\'s ends only', async () => {
        const text = 'channel   C   "c"   online\n';
        const range = { start: cursorAt(text, 'C|   "c"'), end: cursorAt(text, '|online') };
        expect(await rangeFormatting(text, range)).toBe('channel   C "c" online\n');
    });

    it('over the whole text equals document formatting', async () => {
        for (const file of EXAMPLE_FILES) {
            const text = crlf(messy(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
            const lines = text.split('\r\n');
            const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
            expect(await rangeFormatting(text, whole), path.relative(EXAMPLES, file)).toBe(await formatting(text));
        }
    });
});
