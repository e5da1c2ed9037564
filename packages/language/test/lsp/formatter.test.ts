import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CstUtils, EmptyFileSystem, isLeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices, formatText } from '../../src/index.js';
import { EXAMPLES, journeyModels } from '../fixtures.js';
import { mapArbitrary } from '../generated-map/map-arbitrary.js';
import { printMap } from '../generated-map/print-map.js';

const { Cjm } = createCjmServices(EmptyFileSystem);

/** The formatted text; fails when the text does not parse. */
async function fmt(text: string): Promise<string> {
    const result = await formatText(Cjm, text);
    if ('errors' in result) {
        throw new Error(`syntax errors: ${JSON.stringify(result.errors)}\n${text}`);
    }
    return result.text;
}

/** Source lines joined with LF, so that expected layouts read as they print. */
function lines(...text: string[]): string {
    return `${text.join('\n')}\n`;
}

describe('the canonical layout', () => {
    it('indents two spaces per block, puts each declaration on its own line and braces where they belong', async () => {
        const messy = 'journey J "j"{product "p"\nstage S {owner "o" touchpoint T "t" via C , D for A{emotion  -1\naction "x"\n-> T}}}\n';
        expect(await fmt(messy)).toBe(lines(
            'journey J "j" {',
            '  product "p"',
            '',
            '  stage S {',
            '    owner "o"',
            '    touchpoint T "t" via C, D for A {',
            '      emotion -1',
            '      action "x"',
            '      -> T',
            '    }',
            '  }',
            '}'
        ));
    });

    it('lays out a persona\'s role and the entries for some personas like any attribute', async () => {
        const messy = 'persona A {role   buyer}\njourney J { stage S { touchpoint T for A,B {\nemotion 1   for A ,B\naction "x"    for A\n thought "y" for B } } }\n';
        expect(await fmt(messy)).toBe(lines(
            'persona A { role buyer }',
            '',
            'journey J {',
            '  stage S {',
            '    touchpoint T for A, B {',
            '      emotion 1 for A, B',
            '      action "x" for A',
            '      thought "y" for B',
            '    }',
            '  }',
            '}'
        ));
    });

    it('keeps a block written on one line on one line, and attributes sharing a line together', async () => {
        const messy = lines(
            'journey J {',
            'stage S {',
            '  touchpoint T {emotion 0}   touchpoint U {   }',
            '  metric M {',
            '  baseline 12 %   target 20%',
            '  actual 15%',
            '  }',
            '  question "q?" { answer "a"   source survey  date 2026-01-01 }',
            '}}'
        );
        expect(await fmt(messy)).toBe(lines(
            'journey J {',
            '  stage S {',
            '    touchpoint T { emotion 0 }',
            '    touchpoint U {}',
            '    metric M {',
            '      baseline 12% target 20%',
            '      actual 15%',
            '    }',
            '    question "q?" {',
            '      answer "a" source survey date 2026-01-01',
            '    }',
            '  }',
            '}'
        ));
    });

    it('keeps at most one blank line, none after { or before }, and requires one before a stage and around top-level blocks', async () => {
        const messy = lines(
            '',
            '',
            'channel A online',
            '',
            '',
            '',
            'channel B offline',
            'persona P {',
            '',
            '  goal "g"',
            '',
            '',
            '  need "n"',
            '',
            '}',
            'journey J {',
            '  stage S1 {',
            '  }',
            '  stage S2 {',
            '  }',
            '}',
            '',
            ''
        );
        expect(await fmt(messy)).toBe(lines(
            'channel A online',
            '',
            'channel B offline',
            '',
            'persona P {',
            '  goal "g"',
            '',
            '  need "n"',
            '}',
            '',
            'journey J {',
            '  stage S1 {',
            '  }',
            '',
            '  stage S2 {',
            '  }',
            '}'
        ));
    });

    it('keeps every comment: at line ends, between tokens, on their own lines, before }', async () => {
        const messy = lines(
            '   // lead   ',
            'persona   A /* name */ "a"{goal "g"   // trailing',
            '      // before close',
            '}',
            'journey J {',
            '  target A , /* two */ A',
            '  stage S { touchpoint T',
            '  // own line in a header',
            '  "title" }',
            '    /* tail */ }',
            '// eof'
        );
        expect(await fmt(messy)).toBe(lines(
            '// lead',
            'persona A /* name */ "a" {',
            '  goal "g" // trailing',
            '  // before close',
            '}',
            '',
            'journey J {',
            '  target A, /* two */ A',
            '',
            '  stage S {',
            '    touchpoint T // own line in a header',
            '      "title"',
            '  }',
            '  /* tail */',
            '}',
            '// eof'
        ));
    });

    it('handles Cyrillic identifiers and texts like any other', async () => {
        const messy = 'journey Путь   "Путь клиента"{ stage Этап{touchpoint Шаг "Оформление «заявки»" {  emotion 1 }}}';
        expect(await fmt(messy)).toBe(lines(
            'journey Путь "Путь клиента" {',
            '  stage Этап {',
            '    touchpoint Шаг "Оформление «заявки»" { emotion 1 }',
            '  }',
            '}'
        ));
    });

    it('keeps a comment byte for byte, a trailing no-break space or line separator included; only trailing spaces and tabs go', async () => {
        const text = 'journey J "t" {\n  // price\u00a0\n  // next\u2028\n  // spaces   \t\n}\n';
        expect(await fmt(text)).toBe('journey J "t" {\n  // price\u00a0\n  // next\u2028\n  // spaces\n}\n');
    });

    it('leaves a text without declarations as it is', async () => {
        expect(await fmt('')).toBe('');
        expect(await fmt('// only a comment\n')).toBe('// only a comment\n');
    });
});

describe('formatText', () => {
    it('returns the syntax errors, and no text, for a map that does not parse', async () => {
        const result = await formatText(Cjm, 'persona A {\n  goal\n}\n');
        expect(result).not.toHaveProperty('text');
        expect('errors' in result && result.errors.map(error => error.range.start)).toEqual([{ line: 2, character: 0 }]);
    });

    it('keeps CRLF line ends and a byte order mark', async () => {
        const result = await fmt('\uFEFFpersona A {\r\n goal "g"\r\n}\r\n');
        expect(result).toBe('\uFEFFpersona A {\r\n  goal "g"\r\n}\r\n');
    });

    it('leaves every example as it is (they are in the canonical layout)', async () => {
        for (const file of examples(EXAMPLES)) {
            const text = fs.readFileSync(file, 'utf8');
            expect(await fmt(text), file).toBe(text);
        }
    });
});

describe('formatting generated maps (fast-check)', () => {
    // Printed in either layout, then with the whitespace between tokens shuffled.
    const messyMap = fc.tuple(mapArbitrary({ maxJourneys: 2, maxStages: 3, maxTouchpoints: 3 }), fc.constantFrom('indented', 'compact' as const), fc.infiniteStream(fc.nat()))
        .map(([map, layout, choices]) => mangle(printMap(map, { layout }), choices));

    it('is idempotent', async () => {
        await fc.assert(fc.asyncProperty(messyMap, async text => {
            const once = await fmt(text);
            expect(await fmt(once)).toBe(once);
        }), { numRuns: 100 });
    });

    it('keeps the journey models and the comments', async () => {
        await fc.assert(fc.asyncProperty(messyMap, async text => {
            const formatted = await fmt(text);
            expect(JSON.stringify(await journeyModels(formatted))).toBe(JSON.stringify(await journeyModels(text)));
            expect(comments(formatted)).toEqual(comments(text));
        }), { numRuns: 40 });
    });
});

/** The leaves of a text's syntax tree: tokens and comments. */
function leaves(text: string): Array<{ offset: number; end: number; text: string; hidden: boolean }> {
    const root = Cjm.parser.LangiumParser.parse(text).value.$cstNode!;
    return CstUtils.streamCst(root).filter(isLeafCstNode).toArray().sort((a, b) => a.offset - b.offset);
}

/** The comments of a text, sorted; `//` comments without trailing blanks (the formatter trims them). */
function comments(text: string): string[] {
    return leaves(text).filter(leaf => leaf.hidden).map(leaf => leaf.text.trimEnd()).sort();
}

const SPACES = [' ', '  ', '\t', '\n', '\n\n\n', ' \n    ', '\r\n'];

/** The same tokens and comments with other whitespace between them; a `//` comment still ends its line. */
function mangle(text: string, choices: fc.Stream<number>): string {
    let result = '';
    let offset = 0;
    let lineComment = false;
    for (const leaf of leaves(text)) {
        const space = text.slice(offset, leaf.offset);
        const options = lineComment ? SPACES.filter(option => option.includes('\n')) : space === '' ? ['', ...SPACES] : SPACES;
        result += options[choices.next().value % options.length] + leaf.text;
        offset = leaf.end;
        lineComment = leaf.text.startsWith('//');
    }
    return `${result}${lineComment ? '\n' : ''}`;
}

function examples(folder: string): string[] {
    return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.cjm')).map(file => path.join(folder, file)).sort();
}
