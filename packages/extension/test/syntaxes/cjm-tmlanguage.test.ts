import { AstUtils, GrammarAST } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IGrammar } from 'vscode-textmate';
import { CjmGrammar } from '../../../language/src/generated/grammar.js';
import {
    ATTRIBUTE_KEYWORDS, DECLARATION_KEYWORDS, EVIDENCE_KEYWORDS, KEYWORD_SCOPES, VALUE_KEYWORDS
} from './scopes.js';
import { loadCjmGrammar, scopesOf, tokenize } from './tokenize.js';

/**
 * syntaxes/cjm.tmLanguage.json, the TextMate grammar VS Code colours .cjm files with before
 * (and besides) the server's semantic tokens. Each case shows a snippet and the innermost
 * scope of each of its tokens, the one a theme colours by.
 */
let cjm: IGrammar;
beforeAll(async () => {
    cjm = await loadCjmGrammar();
});

const highlight = (snippet: string): string[] => scopesOf(tokenize(cjm, snippet));

/** The innermost scope of the one token whose text is `word` in the snippet. */
function scopeOf(snippet: string, word: string): string {
    const matches = highlight(snippet).filter(line => line.startsWith(`${word} => `));
    expect(matches, `one token '${word}' in ${snippet}`).toHaveLength(1);
    return matches[0].slice(word.length + 4);
}

describe('keywords', () => {
    const WORDS = [...DECLARATION_KEYWORDS, ...ATTRIBUTE_KEYWORDS, ...VALUE_KEYWORDS, ...EVIDENCE_KEYWORDS];

    it('are exactly the keywords of the Langium grammar', () => {
        const langium = AstUtils.streamAllContents(CjmGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value);
        expect(new Set(langium)).toEqual(new Set(KEYWORD_SCOPES.keys()));
    });

    it('declarations are storage types, attributes other keywords, values language constants', () => {
        expect(highlight(DECLARATION_KEYWORDS.join(' '))).toEqual(DECLARATION_KEYWORDS.map(word => `${word} => storage.type.cjm`));
        expect(highlight(ATTRIBUTE_KEYWORDS.join(' '))).toEqual(ATTRIBUTE_KEYWORDS.map(word => `${word} => keyword.other.cjm`));
        expect(highlight(VALUE_KEYWORDS.join(' '))).toEqual(VALUE_KEYWORDS.map(word => `${word} => constant.language.cjm`));
        expect(highlight(EVIDENCE_KEYWORDS.join(' '))).toEqual(EVIDENCE_KEYWORDS.map(word => `${word} => constant.language.evidence.cjm`));
    });

    it('stay keywords where a name is expected, as the lexer reserves them everywhere', () => {
        const last = (snippet: string): string | undefined => highlight(snippet).at(-1);
        for (const word of WORDS) {
            const keyword = `${word} => ${KEYWORD_SCOPES.get(word)}`;
            expect(last(`touchpoint ${word}`)).toBe(keyword);
            expect(last(`touchpoint T via Web, ${word}`)).toBe(keyword);
            expect(last(`journey J {\n  target Founder\n  ${word}`)).toBe(keyword);
        }
    });

    it('are reserved only in lower case and only as whole words', () => {
        expect(highlight('stage Stage { }')).toEqual([
            'stage => storage.type.cjm',
            'Stage => entity.name.type.cjm',
            '{ => punctuation.section.block.begin.cjm',
            '} => punctuation.section.block.end.cjm'
        ]);
        expect(scopeOf('target targetUser', 'targetUser')).toBe('entity.name.type.cjm');
        expect(scopeOf('Journey', 'Journey')).toBe('source.cjm');
        // A letter, mark, digit or '_' on either side makes one identifier, in any script.
        for (const word of ['stage_2', '_stage', 'stageё', 'ёstage', 'stage1', 'JOURNEY']) {
            expect(highlight(word), word).toEqual([`${word} => source.cjm`]);
        }
    });
});

describe('declarations and references', () => {
    it('name a journey like a namespace, personas, channels and stages like types', () => {
        expect(scopeOf('journey Onboarding "SaaS onboarding" {', 'Onboarding')).toBe('entity.name.namespace.cjm');
        expect(scopeOf('persona Founder "Early-stage founder"', 'Founder')).toBe('entity.name.type.cjm');
        expect(scopeOf('channel Web "Website" online', 'Web')).toBe('entity.name.type.cjm');
        expect(scopeOf('stage Awareness {', 'Awareness')).toBe('entity.name.type.cjm');
    });

    it('name touchpoints like functions, barriers, opportunities and metrics like variables', () => {
        expect(scopeOf('touchpoint Ad "Search ad"', 'Ad')).toBe('entity.name.function.cjm');
        expect(scopeOf('barrier PricingUnclear "Pricing is unclear"', 'PricingUnclear')).toBe('entity.name.variable.cjm');
        expect(scopeOf('opportunity Calculator "Pricing calculator"', 'Calculator')).toBe('entity.name.variable.cjm');
        expect(scopeOf('metric CTR "Ad click-through rate" {', 'CTR')).toBe('entity.name.variable.cjm');
    });

    it('colour a reference like the declaration it names', () => {
        expect(highlight('touchpoint Landing via Web, Email for Founder, Marketer {')).toEqual([
            'touchpoint => storage.type.cjm',
            'Landing => entity.name.function.cjm',
            'via => keyword.other.cjm',
            'Web => entity.name.type.cjm',
            ', => punctuation.separator.comma.cjm',
            'Email => entity.name.type.cjm',
            'for => keyword.other.cjm',
            'Founder => entity.name.type.cjm',
            ', => punctuation.separator.comma.cjm',
            'Marketer => entity.name.type.cjm',
            '{ => punctuation.section.block.begin.cjm'
        ]);
        expect(scopeOf('target Founder, Marketer', 'Marketer')).toBe('entity.name.type.cjm');
        expect(scopeOf('barrier B at Landing severity high', 'Landing')).toBe('entity.name.function.cjm');
        expect(scopeOf('barrier B at Landing severity high', 'high')).toBe('constant.language.cjm');
        expect(scopeOf('opportunity O resolves PricingUnclear, Trust', 'Trust')).toBe('entity.name.variable.cjm');
    });

    it('a persona\'s role is a value; an emotion, action or thought may be for personas', () => {
        expect(scopeOf('persona HRManager { role buyer }', 'role')).toBe('keyword.other.cjm');
        expect(scopeOf('persona HRManager { role buyer }', 'buyer')).toBe('constant.language.cjm');
        expect(highlight('emotion -1 for Employee, Broker')).toEqual([
            'emotion => keyword.other.cjm',
            '-1 => constant.numeric.cjm',
            'for => keyword.other.cjm',
            'Employee => entity.name.type.cjm',
            ', => punctuation.separator.comma.cjm',
            'Broker => entity.name.type.cjm'
        ]);
        expect(scopeOf('thought "Where is my policy?" for Employee', 'Employee')).toBe('entity.name.type.cjm');
    });

    it('an arrow is an operator followed by touchpoints', () => {
        expect(highlight('-> Signup, FirstReport')).toEqual([
            '-> => keyword.operator.arrow.cjm',
            'Signup => entity.name.function.cjm',
            ', => punctuation.separator.comma.cjm',
            'FirstReport => entity.name.function.cjm'
        ]);
        expect(highlight('->Signup')).toEqual(['-> => keyword.operator.arrow.cjm', 'Signup => entity.name.function.cjm']);
    });

    it('a metric target is a value, a journey target a list of personas', () => {
        expect(highlight('target 3%')).toEqual(['target => keyword.other.cjm', '3 => constant.numeric.cjm', '% => keyword.other.unit.percent.cjm']);
        expect(scopeOf('target Founder', 'Founder')).toBe('entity.name.type.cjm');
    });

    it('Cyrillic names are one token each', () => {
        expect(highlight('touchpoint ПроверкаДокументов via Приложение for Первокурсник')).toEqual([
            'touchpoint => storage.type.cjm',
            'ПроверкаДокументов => entity.name.function.cjm',
            'via => keyword.other.cjm',
            'Приложение => entity.name.type.cjm',
            'for => keyword.other.cjm',
            'Первокурсник => entity.name.type.cjm'
        ]);
        expect(scopeOf('stage Осведомлённость "Первый контакт" {', 'Осведомлённость')).toBe('entity.name.type.cjm');
    });

    it('a name may follow on the next line or after a comment, and a list may go on after a comma', () => {
        expect(scopeOf('journey\n  Onboarding {', 'Onboarding')).toBe('entity.name.namespace.cjm');
        expect(scopeOf('stage /* first */ Awareness {', 'Awareness')).toBe('entity.name.type.cjm');
        expect(scopeOf('target Founder,\n       Marketer', 'Marketer')).toBe('entity.name.type.cjm');
        // Without a comma the list has ended: the next line is not a reference.
        expect(scopeOf('-> Signup\n}', '}')).toBe('punctuation.section.block.end.cjm');
        expect(scopeOf('for Founder\ntouchpoint Next', 'Next')).toBe('entity.name.function.cjm');
    });
});

describe('strings', () => {
    it('are one string from quote to quote, keywords and numbers inside included', () => {
        expect(highlight('"Raise conversion from 4% to 8% for stage 2"')).toEqual([
            '" => punctuation.definition.string.begin.cjm',
            'Raise conversion from 4% to 8% for stage 2 => string.quoted.double.cjm',
            '" => punctuation.definition.string.end.cjm'
        ]);
    });

    it('mark the escapes \\" \\\\ and \\n, and any other backslash as invalid', () => {
        expect(highlight(String.raw`quote "I said \"no\"\\\n\t"`)).toEqual([
            'quote => keyword.other.cjm',
            '" => punctuation.definition.string.begin.cjm',
            'I said => string.quoted.double.cjm',
            '\\" => constant.character.escape.cjm',
            'no => string.quoted.double.cjm',
            '\\" => constant.character.escape.cjm',
            '\\\\ => constant.character.escape.cjm',
            '\\n => constant.character.escape.cjm',
            '\\t => invalid.illegal.unknown-escape.cjm',
            '" => punctuation.definition.string.end.cjm'
        ]);
    });

    it('may span lines, as the language allows', () => {
        expect(scopeOf('description "first line\nstage two" emotion', 'stage two')).toBe('string.quoted.double.cjm');
        expect(scopeOf('description "first line\nstage two" emotion', 'emotion')).toBe('keyword.other.cjm');
    });
});

describe('numbers and dates', () => {
    it('numbers carry their sign, a fraction and a percent sign', () => {
        expect(highlight('emotion -2')).toEqual(['emotion => keyword.other.cjm', '-2 => constant.numeric.cjm']);
        expect(highlight('emotion +2')).toEqual(['emotion => keyword.other.cjm', '+2 => constant.numeric.cjm']);
        expect(highlight('baseline 1.2%')).toEqual([
            'baseline => keyword.other.cjm',
            '1.2 => constant.numeric.cjm',
            '% => keyword.other.unit.percent.cjm'
        ]);
        // The percent sign is a number's unit inside the number's scope.
        const percent = tokenize(cjm, 'baseline 1.2%').find(token => token.text === '%');
        expect(percent?.scopes).toEqual(['source.cjm', 'constant.numeric.cjm', 'keyword.other.unit.percent.cjm']);
        expect(highlight('target 30 "sec"')[1]).toBe('30 => constant.numeric.cjm');
    });

    it('a date is one token, never three numbers', () => {
        expect(highlight('answer "x" source survey date 2026-08-01 sample 214')).toEqual([
            'answer => storage.type.cjm',
            '" => punctuation.definition.string.begin.cjm',
            'x => string.quoted.double.cjm',
            '" => punctuation.definition.string.end.cjm',
            'source => keyword.other.cjm',
            'survey => constant.language.evidence.cjm',
            'date => keyword.other.cjm',
            '2026-08-01 => constant.numeric.date.cjm',
            'sample => keyword.other.cjm',
            '214 => constant.numeric.cjm'
        ]);
        // Not a calendar date, but still lexed as a date (validation reports invalid-date).
        expect(highlight('reviewed 2026-02-30')[1]).toBe('2026-02-30 => constant.numeric.date.cjm');
    });

    it('digits inside a name are part of the name', () => {
        expect(highlight('step_2 x2026')).toEqual(['step_2 => source.cjm', 'x2026 => source.cjm']);
    });
});

describe('comments', () => {
    it('line comments run to the end of the line, keywords inside included', () => {
        expect(highlight('emotion 1 // stage -> for 2026-01-01\nstage')).toEqual([
            'emotion => keyword.other.cjm',
            '1 => constant.numeric.cjm',
            '// => punctuation.definition.comment.cjm',
            'stage -> for 2026-01-01 => comment.line.double-slash.cjm',
            'stage => storage.type.cjm'
        ]);
    });

    it('block comments may span lines', () => {
        expect(highlight('/* stage\n  "x" */ stage')).toEqual([
            '/* => punctuation.definition.comment.cjm',
            'stage => comment.block.cjm',
            '"x" => comment.block.cjm',
            '*/ => punctuation.definition.comment.cjm',
            'stage => storage.type.cjm'
        ]);
    });

    it('an unterminated block comment runs to the end of the file, so the mistake shows', () => {
        expect(highlight('stage A {\n/* forgot to close\n  touchpoint T\n}')).toEqual([
            'stage => storage.type.cjm',
            'A => entity.name.type.cjm',
            '{ => punctuation.section.block.begin.cjm',
            '/* => punctuation.definition.comment.cjm',
            'forgot to close => comment.block.cjm',
            'touchpoint T => comment.block.cjm',
            '} => comment.block.cjm'
        ]);
    });

    it('a suppression comment shows its directive and the rules it names', () => {
        expect(highlight('// cjm-disable-next-line emotion-range, stale-evidence')).toEqual([
            '// => punctuation.definition.comment.cjm',
            'cjm-disable-next-line => keyword.other.directive.cjm',
            'emotion-range => variable.other.constant.rule.cjm',
            ', => punctuation.separator.comma.cjm',
            'stale-evidence => variable.other.constant.rule.cjm'
        ]);
        expect(highlight('//cjm-disable unused-channel')).toEqual([
            '// => punctuation.definition.comment.cjm',
            'cjm-disable => keyword.other.directive.cjm',
            'unused-channel => variable.other.constant.rule.cjm'
        ]);
        for (const token of tokenize(cjm, '// cjm-disable unused-channel')) {
            expect(token.scopes).toContain('comment.line.double-slash.cjm');
        }
    });

    it('only where validation reads a suppression: right after // and spaces', () => {
        for (const comment of ['// see cjm-disable below', '/// cjm-disable x', '// cjm-disabled x', '/* cjm-disable x */']) {
            expect(highlight(comment).join('\n'), comment).not.toContain('directive');
        }
    });
});
