/**
 * An edit inside one top-level element parses that element alone and splices it into the
 * old tree (reparse-element.ts): the result must be the tree a full parse of the new text
 * gives, leaf for leaf (offsets, ranges, comments) and node for node; and where splicing
 * would not be safe, nothing is spliced and the caller parses the whole text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CstUtils, EmptyFileSystem, isLeafCstNode, type AstNode, type ParseResult } from 'langium';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../src/cjm-module.js';
import { reparseElement } from '../../src/parser/reparse-element.js';
import { EXAMPLES, edit } from '../fixtures.js';

const WORKSPACE = path.join(EXAMPLES, 'workspace');
/** The example workspace as one file, with comments before, inside and after its declarations. */
const ONE_FILE = ['shared.cjm', 'onboarding.cjm', 'renewal.cjm'].map(name => fs.readFileSync(path.join(WORKSPACE, name), 'utf8')).join('\n') + '\n// the end\n';

const parser = createCjmServices(EmptyFileSystem).Cjm.parser.LangiumParser;
const parse = (text: string): ParseResult<AstNode> => parser.parse(text);
const spliced = (before: string, after: string): ParseResult<AstNode> | undefined => reparseElement(parse(before), before, after, (part, rule) => parser.parse(part, { rule }));

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

/** The parser's errors as the syntax-error explainer reads them: kind, message, token and rule stack. */
function errors(result: ParseResult<AstNode>): unknown[] {
    return result.parserErrors.map(({ name, message, token, context }) => ({
        name, message, ruleStack: context.ruleStack,
        token: { image: token.image, type: token.tokenType?.name, startOffset: token.startOffset, endOffset: token.endOffset, startLine: token.startLine, startColumn: token.startColumn, endLine: token.endLine, endColumn: token.endColumn }
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

/** A touchpoint typed up to `via ` on a new line below the first stage's header of MemberRenewal (as the editor sees it mid-typing). */
const TYPING = ONE_FILE.replace(/(journey MemberRenewal[^]*?\n\s+stage \S+ [^\n]*\{\n)/, '$1    touchpoint Typed "Typed" via \n');

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

    it('gives the tree and the syntax errors of a full parse while a touchpoint is typed up to `via `', () => {
        expect(parse(TYPING).parserErrors.length).toBeGreaterThan(0);
        expectSameAsFullParse(ONE_FILE, TYPING);
    });

    it('gives the tree of a full parse when the typed touchpoint is completed, and again when the typing is undone', () => {
        const completed = TYPING.replace('"Typed" via \n', '"Typed" via FrontDesk\n');
        expectSameAsFullParse(TYPING, completed);
        expectSameAsFullParse(TYPING, ONE_FILE);
    });

    it('gives the syntax errors of a full parse when a broken element breaks further', () => {
        expectSameAsFullParse(TYPING, TYPING.replace('"Typed" via \n', '"Typed" via for\n'));
        expectSameAsFullParse(ONE_FILE, edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 emotion\n' }));
        const unclosed = edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 {\n' });
        expectSameAsFullParse(ONE_FILE, unclosed);
        expectSameAsFullParse(unclosed, ONE_FILE);
    });

    it('splices nothing where it would not be safe', () => {
        const cases: Record<string, string> = {
            'the edit opens a string that the rest of the text closes': edit(ONE_FILE, { 'emotion -2\n': 'emotion -2 thought "\n' }),
            'the edit touches the element\'s first word': edit(ONE_FILE, { 'journey MemberRenewal': 'journal MemberRenewal' }),
            'the edit is between two elements': edit(ONE_FILE, { '\njourney MemberRenewal': '\n\njourney MemberRenewal' })
        };
        for (const [what, after] of Object.entries(cases)) {
            expect(spliced(ONE_FILE, after), what).toBeUndefined();
        }
        expect(spliced(TYPING, edit(TYPING, { 'goal "Build a routine of two workouts a week"': 'goal "Build a routine"' })), 'the old text has a syntax error in another element').toBeUndefined();
        expect(spliced(ONE_FILE, TYPING.replace('"Typed" via \n', '"Typed" via \n  }\n')), 'the element\'s new text ends before its last character').toBeUndefined();
    });
});
