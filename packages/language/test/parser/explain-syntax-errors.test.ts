/**
 * What the syntax explainer says about members in the wrong place, and the promise that
 * it never blames a missing brace when every brace is there. Word-for-word messages
 * through the CLI are in packages/cli/test/commands/lint-messages.test.ts.
 */
import * as fs from 'node:fs';
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../src/index.js';
import { MESSAGES } from '../../src/locale/messages.js';
import { explainSyntaxErrors } from '../../src/parser/explain-syntax-errors.js';
import { CLEAN_JOURNEY, EXAMPLES, edit, filesUnder } from '../fixtures.js';

const { Cjm } = createCjmServices(EmptyFileSystem);

function messagesOf(text: string): string[] {
    return explainSyntaxErrors(Cjm.parser.LangiumParser.parse(text), text, Cjm.parser, MESSAGES.en.syntax).map(problem => problem.message);
}

const IN_STAGE = '    metric Visits';
const IN_JOURNEY = '  reviewed 2026-10-01\n';
const AT_TOP = 'channel Web "Website" online\n';

/** Each kind of member, written where it does not belong; the block keeps its braces. */
const MISPLACED: Array<[string, string, string, string]> = [
    // [what, where it is put, the text, what the message begins with]
    ['touchpoint', IN_JOURNEY, '  touchpoint Ad "Search ad" via Web\n', 'A `touchpoint` belongs inside a `stage NAME { }`'],
    ['barrier', IN_JOURNEY, '  barrier Slow "Slow page" severity high\n', 'A `barrier` belongs inside a `stage NAME { }`'],
    ['opportunity', AT_TOP, 'opportunity Faster "Faster page"\n', 'An `opportunity` belongs inside a `stage NAME { }`'],
    ['metric', IN_JOURNEY, '  metric Signups { target 10 }\n', 'A `metric` belongs inside a `stage NAME { }`'],
    ['question', AT_TOP, 'question "Why?"\n', 'A `question` belongs inside a `stage NAME { }`'],
    ['answer', IN_STAGE, 'answer "Peers" source interview\n', 'An `answer` belongs inside a `question "…" { }`'],
    ['answer', IN_JOURNEY, '  answer "Peers"\n', 'An `answer` belongs inside a `question "…" { }`'],
    ['stage', AT_TOP, 'stage Trial { }\n', 'A `stage` belongs inside a `journey NAME { }`'],
    ['stage', IN_STAGE, 'stage Trial { }\n', 'A `stage` belongs inside a `journey NAME { }`'],
    ['journey', IN_JOURNEY, '  journey Renewal { }\n', 'A `journey` belongs at the top of a file'],
    ['persona', IN_STAGE, 'persona Buyer "Buyer"\n', 'A `persona` belongs at the top of a file or inside a `journey NAME { }`'],
    ['channel', IN_STAGE, 'channel Phone "Phone" offline\n', 'A `channel` belongs at the top of a file or inside a `journey NAME { }`'],
    ['emotion', IN_STAGE, 'emotion 1\n', 'An `emotion` belongs inside a `touchpoint NAME { }`'],
    ['action', IN_STAGE, 'action "Clicks"\n', 'An `action` belongs inside a `touchpoint NAME { }`'],
    ['thought', IN_JOURNEY, '  thought "Hm"\n', 'A `thought` belongs inside a `touchpoint NAME { }`'],
    ['description', IN_STAGE, 'description "Our site"\n', 'A `description` belongs inside a `channel NAME { }`, inside a `touchpoint NAME { }` or inside an `opportunity NAME { }`'],
    ['baseline', IN_STAGE, 'baseline 10\n', 'A `baseline` belongs inside a `metric NAME { }`'],
    ['measured', IN_JOURNEY, '  measured 2026-09-30\n', 'A `measured` belongs inside a `metric NAME { }`'],
    ['direction', IN_STAGE, 'direction up\n', 'A `direction` belongs inside a `metric NAME { }`'],
    ['mitigation', IN_STAGE, 'mitigation "Faster servers"\n', 'A `mitigation` belongs inside a `barrier NAME { }`'],
    ['goal', IN_JOURNEY, '  goal "Grow"\n', 'A `goal` belongs inside a `persona NAME { }`'],
    ['objective', IN_STAGE, 'objective "Grow"\n', 'An `objective` belongs inside a `journey NAME { }`'],
    ['state', IN_STAGE, 'state current\n', 'A `state` belongs inside a `journey NAME { }`'],
    ['via', '{ emotion 1 }', '{ emotion 1 via Web }', '`via` belongs in a `touchpoint` line, before its `{`, not between the braces of `touchpoint Landing`'],
    ['resolves', IN_STAGE, 'resolves Slow\n', '`resolves` belongs in an `opportunity` line, before its `{`, not directly in `stage Awareness`'],
    ['sample', IN_STAGE, 'sample 12\n', '`sample` belongs in an `answer` line, not directly in `stage Awareness`: answer "…" source SOURCE date DATE sample N.']
];

describe('a member in the wrong block: where it belongs, never a brace that is not missing', () => {
    it.each(MISPLACED)('%s, misplaced', (_what, where, written, begins) => {
        const text = where === IN_STAGE ? edit(CLEAN_JOURNEY, { [IN_STAGE]: `    ${written}${IN_STAGE}` })
            : where === IN_JOURNEY ? edit(CLEAN_JOURNEY, { [IN_JOURNEY]: `${IN_JOURNEY}${written}` })
                : where === AT_TOP ? edit(CLEAN_JOURNEY, { [AT_TOP]: `${AT_TOP}${written}` })
                    : edit(CLEAN_JOURNEY, { [where]: written });
        const messages = messagesOf(text);
        expect(messages).toHaveLength(1);
        expect(messages[0].startsWith(begins), messages[0]).toBe(true);
    });

    it('takes a misspelt clause after a name for a keyword, not for a second word of the name', () => {
        expect(messagesOf(edit(CLEAN_JOURNEY, { 'Landing "Landing page" via Web': 'Landing vai Web' }))).toEqual(['Unknown keyword `vai`: perhaps `via`.']);
    });

    it('still says a block is not closed when its `}` is missing', () => {
        expect(messagesOf(edit(CLEAN_JOURNEY, { '{ emotion 1 }': '{ emotion 1' }))).toEqual(['`touchpoint Landing` opened at 11:5 is not closed before `metric`.']);
    });
});

/** The maps of the examples and the clean journey, as realistic text to break. */
const MAPS = [CLEAN_JOURNEY, ...filesUnder(EXAMPLES, '.cjm').map(file => fs.readFileSync(file, 'utf8'))];
const KEYWORDS = [...Cjm.parser.GrammarWords.keywords];

/** `{` minus `}` among the tokens of a text: 0 when every brace is there (strings and comments hold none). */
function braceBalance(text: string): number {
    return Cjm.parser.Lexer.tokenize(text).tokens.reduce((sum, token) => sum + (token.image === '{' ? 1 : token.image === '}' ? -1 : 0), 0);
}

/** A mistake that keeps every brace: a line moved, two words swapped, a word dropped, or a keyword put in. */
const mistake = fc.record({
    map: fc.integer({ min: 0, max: MAPS.length - 1 }),
    kind: fc.constantFrom('move', 'swap', 'drop', 'insert'),
    at: fc.nat(),
    to: fc.nat(),
    keyword: fc.constantFrom(...KEYWORDS)
});

function applyMistake({ map, kind, at, to, keyword }: { map: number; kind: string; at: number; to: number; keyword: string }): string {
    const lines = MAPS[map].split('\n');
    const line = at % lines.length;
    if (kind === 'move') {
        const [moved] = lines.splice(line, 1);
        lines.splice(to % (lines.length + 1), 0, moved);
        return lines.join('\n');
    }
    if (kind === 'insert') {
        lines.splice(line, 0, `${keyword} ${['"x"', '1', 'Name', '2026-01-01', ''][to % 5]}`);
        return lines.join('\n');
    }
    // Words without braces or quotes, so that strings and blocks stay whole.
    const words = lines[line].split(' ');
    const plain = words.flatMap((word, k) => /^[^{}"]+$/.test(word) ? [k] : []);
    if (plain.length < 2) {
        return MAPS[map];
    }
    const first = plain[to % plain.length];
    if (kind === 'drop') {
        words.splice(first, 1);
    } else {
        const second = plain[(to + 1) % plain.length];
        [words[first], words[second]] = [words[second], words[first]];
    }
    lines[line] = words.join(' ');
    return lines.join('\n');
}

describe('no message blames a missing brace when the braces balance', () => {
    it('holds for mistakes made in realistic maps', () => {
        expect(MAPS.length).toBeGreaterThan(5);
        fc.assert(fc.property(mistake, written => {
            const text = applyMistake(written);
            fc.pre(braceBalance(text) === 0);
            for (const message of messagesOf(text)) {
                expect(message, text).not.toMatch(/is not closed/);
            }
        }), { numRuns: 400, seed: 20 });
    });

    it('has mistakes to judge: most of them do not parse', () => {
        const samples = fc.sample(mistake, { numRuns: 100, seed: 20 }).map(applyMistake);
        expect(samples.filter(text => messagesOf(text).length > 0).length).toBeGreaterThan(30);
    });
});

