/**
 * An edit inside one top-level element parses that element alone and splices it into the
 * old tree (reparse-element.ts): the result must be the tree a full parse of the new text
 * gives, leaf for leaf (offsets, ranges, comments) and node for node; and where splicing
 * would not be safe, nothing is spliced and the caller parses the whole text.
 */
import { CstUtils, EmptyFileSystem, isLeafCstNode, type AstNode, type ParseResult } from 'langium';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../src/cjm-module.js';
import { reparseElement } from '../../src/parser/reparse-element.js';
import { edit, WORKSPACE_AS_ONE_FILE } from '../fixtures.js';

/** The example workspace as one file, with comments before, inside and after its declarations. */
const ONE_FILE = WORKSPACE_AS_ONE_FILE + '\n// the end\n';

const parser = createCjmServices(EmptyFileSystem).Cjm.parser.LangiumParser;
const parse = (text: string): ParseResult<AstNode> => parser.parse(text);
const spliced = (before: string, after: string): ParseResult<AstNode> | undefined => reparseElement(parse(before), before, after, part => parser.parse(part));

/** Every leaf of the CST as the editor features read it. */
function leaves(result: ParseResult<AstNode>): unknown[] {
    return [...CstUtils.streamCst(result.value.$cstNode!)].filter(isLeafCstNode)
        .map(leaf => ({ offset: leaf.offset, length: leaf.length, range: leaf.range, hidden: leaf.hidden, type: leaf.tokenType.name, text: leaf.text, astType: leaf.astNode.$type }));
}

/** The AST as plain data: types, values and reference texts, in order; each node's container and CST checked on the way. */
function tree(node: AstNode): unknown {
    expect(node.$cstNode?.astNode).toBe(node);
    const entries = Object.entries(node).filter(([key]) => !key.startsWith('$') || key === '$type').map(([key, value]) => {
        const item = (child: unknown): unknown => {
            if (child && typeof child === 'object' && '$type' in child) {
                expect((child as AstNode).$container).toBe(node);
                return tree(child as AstNode);
            }
            return child && typeof child === 'object' && '$refText' in child ? { ref: (child as { $refText: string }).$refText } : child;
        };
        return [key, Array.isArray(value) ? value.map(item) : item(value)];
    });
    return { ...Object.fromEntries(entries), range: node.$cstNode?.range, text: node.$cstNode?.text };
}

/** A parser error as the explainer reads it: its message, where its token is, and the rules the parser was in. */
function errors(result: ParseResult<AstNode>): unknown[] {
    return result.parserErrors.map(({ name, message, token, context }) => ({
        name, message, ruleStack: context.ruleStack,
        token: { image: token.image, startOffset: token.startOffset, endOffset: token.endOffset, startLine: token.startLine, startColumn: token.startColumn, endLine: token.endLine, endColumn: token.endColumn }
    }));
}

function expectSameAsFullParse(before: string, after: string): void {
    const result = spliced(before, after);
    expect(result, 'spliced').toBeDefined();
    const full = parse(after);
    expect(leaves(result!)).toEqual(leaves(full));
    expect(tree(result!.value)).toEqual(tree(full.value));
    expect(errors(result!)).toEqual(errors(full));
}

describe('re-parsing the one element an edit lies inside', () => {
    it('gives the tree of a full parse when a value changes length on one line', () => {
        expectSameAsFullParse(ONE_FILE, edit(ONE_FILE, { 'emotion -2\n      thought "12% more?': 'emotion 1\n      thought "12% more?' }));
    });

    it('gives the tree of a full parse when lines and a comment are added inside a journey, moving every later node', () => {
        expectSameAsFullParse(ONE_FILE, edit(ONE_FILE, { '    touchpoint DayPass': '    // a new touchpoint\n    touchpoint Trial "Trial" via FrontDesk for Beginner {\n      emotion 1\n    }\n    touchpoint DayPass' }));
    });

    it('gives the tree of a full parse when lines are removed from a persona', () => {
        const persona = ONE_FILE.slice(ONE_FILE.indexOf('persona Beginner'), ONE_FILE.indexOf('persona Returner'));
        const lines = persona.split('\n');
        expectSameAsFullParse(ONE_FILE, edit(ONE_FILE, { [persona]: [lines[0], ...lines.slice(3)].join('\n') }));
    });

    it('gives the tree of a full parse when the next element starts on the line the edited one ends', () => {
        const packed = 'persona A "A" { goal "x" } persona B "B"\n';
        expectSameAsFullParse(packed, packed.replace('goal "x"', 'goal "xyz"\n  quote "q"'));
    });

    it('gives the tree and the syntax errors of a full parse while a line is typed inside a journey, and when it is finished', () => {
        // Completion asks right after `via `: the text does not parse, yet only its journey is parsed again.
        const typing = edit(ONE_FILE, { '    touchpoint DayPass': '    touchpoint Trial "Trial" via \n    touchpoint DayPass' });
        expectSameAsFullParse(ONE_FILE, typing);
        expect(parse(typing).parserErrors.length).toBeGreaterThan(0);
        const more = edit(typing, { '"Trial" via \n': '"Trial" via F\n' });
        expectSameAsFullParse(typing, more);
        expectSameAsFullParse(more, edit(more, { '"Trial" via F\n': '"Trial" via FrontDesk for Beginner\n' }));
    });

    it('gives the errors of a full parse for a wrong value, a missing name and a stray brace inside a journey, and after they are mended', () => {
        for (const broken of [
            edit(ONE_FILE, { 'emotion -2\n': 'emotion high\n' }),
            edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 -> \n' }),
            edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 {\n' })
        ]) {
            expectSameAsFullParse(ONE_FILE, broken);
            expectSameAsFullParse(broken, ONE_FILE);
        }
    });

    it('splices nothing where it would not be safe', () => {
        const cases: Record<string, string> = {
            'a word the parser takes for the end of the element': edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 stage\n' }),
            'the edit opens a string that the rest of the text closes': edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 thought "\n' }),
            'the edit touches the element\'s first word': edit(ONE_FILE, { 'journey MemberRenewal': 'journal MemberRenewal' }),
            'the edit is between two elements': edit(ONE_FILE, { '\njourney MemberRenewal': '\n\njourney MemberRenewal' })
        };
        for (const [what, after] of Object.entries(cases)) {
            expect(spliced(ONE_FILE, after), what).toBeUndefined();
        }
        // The old text's error lies in another journey than the edit: the error's journey is not parsed again.
        const broken = edit(ONE_FILE, { 'emotion -2\n': 'emotion high\n' });
        expect(spliced(broken, edit(broken, { 'new member onboarding"': 'new member onboarding!"' })), 'the old text\'s error is elsewhere').toBeUndefined();
    });

    it('gives what a full parse gives whenever it splices, after any words typed into a line and typed on (property)', () => {
        const lineStarts = [...ONE_FILE.matchAll(/\n/g)].map(match => match.index + 1);
        const words = fc.constantFrom('via', 'for', 'stage', 'touchpoint', 'persona', 'journey', 'emotion', 'thought', '->', '{', '}', '"x"', '"', 'Name', '-2', '7', ',', '\n', ' ');
        const typed = fc.array(words, { minLength: 1, maxLength: 5 }).map(parts => parts.join(' '));
        fc.assert(fc.property(fc.constantFrom(...lineStarts), typed, typed, (at, first, second) => {
            const once = ONE_FILE.slice(0, at) + first + ONE_FILE.slice(at);
            const twice = once.slice(0, at + first.length) + second + once.slice(at + first.length);
            for (const [before, after] of [[ONE_FILE, once], [once, twice], [twice, ONE_FILE]]) {
                if (spliced(before, after) !== undefined) {
                    expectSameAsFullParse(before, after);
                }
            }
        }), { seed: 20261207, numRuns: 150 });
    });

    it('gives what a full parse gives whenever it splices, after clean edits anywhere: a comment, an empty line, an emotion changed (property)', () => {
        const lineStarts = [...ONE_FILE.matchAll(/\n/g)].map(match => match.index + 1);
        const emotions = [...ONE_FILE.matchAll(/emotion (-?\d)/g)].map(match => match.index + 'emotion '.length);
        const inserted = fc.tuple(fc.constantFrom(...lineStarts), fc.constantFrom('// a note\n', '\n', '  // indented note\n'))
            .map(([at, text]) => ONE_FILE.slice(0, at) + text + ONE_FILE.slice(at));
        const changed = fc.tuple(fc.constantFrom(...emotions), fc.constantFrom('-2', '-1', '0', '1', '2'))
            .map(([at, value]) => ONE_FILE.slice(0, at) + value + ONE_FILE.slice(at).replace(/^-?\d/, ''));
        fc.assert(fc.property(fc.oneof(inserted, changed), after => {
            expect(parse(after).parserErrors, 'the edit keeps the map clean').toEqual([]);
            for (const [before, next] of [[ONE_FILE, after], [after, ONE_FILE]]) {
                if (spliced(before, next) !== undefined) {
                    expectSameAsFullParse(before, next);
                }
            }
        }), { seed: 20261208, numRuns: 60 });
    });
});
