import { AstUtils, GrammarAST } from 'langium';

/** A place a keyword may stand: the head of a declaration of `rule`, or the body of its block. */
export interface KeywordPlace {
    rule: string;
    part: 'head' | 'body';
}

/**
 * What the grammar says a map author may write at a place, read from the grammar itself
 * so that syntax messages never drift from it: the keywords that start the members of a
 * block (`stage` holds owner, touchpoint, barrier, ...), the words an enum-like
 * attribute takes (`source` takes interview, survey, ...), where each keyword belongs
 * (`answer` inside a question) and a declaration's head in order (`answer "…" source
 * SOURCE date DATE sample N`).
 */
export class GrammarWords {
    private readonly rules = new Map<string, GrammarAST.ParserRule>();
    private readonly places = new Map<string, KeywordPlace[]>();
    /** Every alphabetic keyword of the language. */
    readonly keywords: ReadonlySet<string>;

    constructor(grammar: GrammarAST.Grammar) {
        for (const rule of grammar.rules) {
            if (GrammarAST.isParserRule(rule)) {
                this.rules.set(rule.name, rule);
            }
        }
        this.keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(isWord));
        for (const rule of this.rules.values()) {
            for (const [word, part] of wordsByPart(rule)) {
                this.addPlace(word, { rule: rule.name, part });
            }
        }
    }

    private addPlace(word: string, place: KeywordPlace): void {
        const places = this.places.get(word) ?? [];
        if (!places.some(known => known.rule === place.rule && known.part === place.part)) {
            this.places.set(word, [...places, place]);
        }
    }

    /** Whether `name` is a rule of the grammar (a declaration kind such as `Stage`). */
    hasRule(name: string): boolean {
        return this.rules.has(name);
    }

    /**
     * The keywords that may start something inside a `rule` (`Touchpoint`: via, for,
     * emotion, description, ...): its own keywords other than the one that opens it and
     * the values of its attributes, and the first keywords of the rules it holds.
     */
    memberKeywords(ruleName: string): string[] {
        const rule = this.rules.get(ruleName);
        if (!rule) {
            return [];
        }
        const opening = firstKeywords(rule.definition);
        const words = new Set<string>();
        for (const element of AstUtils.streamAllContents(rule.definition)) {
            if (GrammarAST.isKeyword(element) && isWord(element.value) && !opening.includes(element.value) && !AstUtils.getContainerOfType(element, GrammarAST.isAssignment)) {
                words.add(element.value);
            }
            if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref) && element.rule.ref !== rule) {
                firstKeywords(element.rule.ref.definition).forEach(word => words.add(word));
            }
        }
        return [...words];
    }

    /**
     * Where the keyword `word` may stand: in the head of a declaration (`via` after
     * `touchpoint NAME`), or in the body of a block (`answer` inside a question, `stage`
     * inside a journey, `persona` in a file: the entry rule).
     */
    placesOf(word: string): KeywordPlace[] {
        return this.places.get(word) ?? [];
    }

    /** The clauses of a declaration's head in the order the grammar takes them (`Touchpoint`: via, for). */
    headKeywords(ruleName: string): string[] {
        const rule = this.rules.get(ruleName);
        return rule ? split(rule).head.flatMap(clauseKeyword) : [];
    }

    /** A declaration as an author writes it in full: `answer "…" source SOURCE date DATE sample N`. */
    template(ruleName: string): string {
        const rule = this.rules.get(ruleName);
        if (!rule) {
            return ruleName.toLowerCase();
        }
        const { opening, head, body } = split(rule);
        return [...opening.map(placeholder), ...head.flatMap(clause => [clauseKeyword(clause), placeholder(clause.elements[1])]), ...(body.length > 0 ? ['{ … }'] : [])].join(' ');
    }

    /** Whether a declaration of `rule` has a `{ }` block. */
    hasBlock(ruleName: string): boolean {
        const rule = this.rules.get(ruleName);
        return rule !== undefined && split(rule).body.length > 0;
    }

    /** How a block is named where a message says what belongs inside it: `question "…"`, `journey NAME`. */
    heading(ruleName: string): string {
        const rule = this.rules.get(ruleName);
        return rule ? split(rule).opening.filter(element => element.cardinality === undefined).map(placeholder).join(' ') : ruleName.toLowerCase();
    }

    /** The words the attribute `keyword` of `rule` takes (`Answer`, `source`: interview, survey, ...), or none. */
    attributeValues(ruleName: string, keyword: string): string[] {
        const rule = this.rules.get(ruleName);
        for (const element of rule ? AstUtils.streamAllContents(rule.definition) : []) {
            const group: unknown = element.$container;
            if (GrammarAST.isKeyword(element) && element.value === keyword && GrammarAST.isGroup(group)) {
                const next = group.elements[group.elements.indexOf(element) + 1];
                if (GrammarAST.isAssignment(next)) {
                    return keywordsOf(next.terminal);
                }
            }
        }
        return [];
    }
}

/**
 * The keywords that may stand in a rule: the clauses of its head, and in its body its
 * attributes and the first keywords of the rules it holds (not the values of attributes).
 * The entry rule is all body: the declarations a file holds.
 */
function wordsByPart(rule: GrammarAST.ParserRule): Array<[string, KeywordPlace['part']]> {
    const { head, body } = rule.entry ? { head: [], body: [rule.definition] } : split(rule);
    const bodyWords = body.flatMap(element => [element, ...AstUtils.streamAllContents(element)]).flatMap(element => {
        if (GrammarAST.isRuleCall(element) && GrammarAST.isParserRule(element.rule.ref)) {
            return firstKeywords(element.rule.ref.definition);
        }
        return GrammarAST.isKeyword(element) && isWord(element.value) && !AstUtils.getContainerOfType(element, GrammarAST.isAssignment) ? [element.value] : [];
    });
    return [...head.flatMap(clauseKeyword).map(word => [word, 'head'] as [string, 'head']), ...bodyWords.map(word => [word, 'body'] as [string, 'body'])];
}

/**
 * A rule's parts: what opens it (`touchpoint`, its name and title), the clauses of its head
 * (groups that start with a keyword: `via ...`, `for ...`), and its body from `{` on.
 */
function split(rule: GrammarAST.ParserRule): { opening: GrammarAST.AbstractElement[]; head: GrammarAST.Group[]; body: GrammarAST.AbstractElement[] } {
    const elements = GrammarAST.isGroup(rule.definition) ? rule.definition.elements : [rule.definition];
    const bodyStart = elements.findIndex(opensBlock);
    const before = bodyStart < 0 ? elements : elements.slice(0, bodyStart);
    const isClause = (element: GrammarAST.AbstractElement): element is GrammarAST.Group => GrammarAST.isGroup(element) && clauseKeyword(element).length > 0;
    const firstClause = before.findIndex(isClause);
    return {
        opening: firstClause < 0 ? before : before.slice(0, firstClause),
        head: before.filter(isClause),
        body: bodyStart < 0 ? [] : elements.slice(bodyStart)
    };
}

/** Whether an element is the `{` of a block, or an optional block that starts with it. */
function opensBlock(element: GrammarAST.AbstractElement): boolean {
    const first = GrammarAST.isGroup(element) ? element.elements[0] : element;
    return first !== undefined && GrammarAST.isKeyword(first) && first.value === '{';
}

/** The keyword a head clause starts with (`via`), as a one-element list, or none. */
function clauseKeyword(group: GrammarAST.Group): string[] {
    const [first] = group.elements;
    return first !== undefined && GrammarAST.isKeyword(first) && isWord(first.value) ? [first.value] : [];
}

const TERMINAL_PLACEHOLDERS: Record<string, string> = { ID: 'NAME', STRING: '"…"', DATE: 'DATE', NUMBER: 'N' };

/** How a template shows a grammar element: a keyword as itself, a value by what it is (`NAME`, `"…"`, `CHANNEL`, `SOURCE`). */
function placeholder(element: GrammarAST.AbstractElement | undefined): string {
    if (element === undefined) {
        return '';
    }
    if (GrammarAST.isKeyword(element)) {
        return element.value;
    }
    if (GrammarAST.isAssignment(element)) {
        const terminal = element.terminal;
        if (GrammarAST.isCrossReference(terminal)) {
            return terminal.type.ref?.name.toUpperCase() ?? element.feature.toUpperCase();
        }
        if (GrammarAST.isRuleCall(terminal) && terminal.rule.ref !== undefined && terminal.rule.ref.name in TERMINAL_PLACEHOLDERS) {
            return TERMINAL_PLACEHOLDERS[terminal.rule.ref.name];
        }
        return element.feature.toUpperCase();
    }
    return '';
}

/** The keywords a grammar element can begin with, when it begins with keywords. */
function firstKeywords(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isGroup(element)) {
        return element.elements.length > 0 ? firstKeywords(element.elements[0]) : [];
    }
    if (GrammarAST.isAssignment(element)) {
        return firstKeywords(element.terminal);
    }
    return keywordsOf(element);
}

/** A keyword, or alternatives of keywords, as words. */
function keywordsOf(element: GrammarAST.AbstractElement): string[] {
    if (GrammarAST.isKeyword(element)) {
        return isWord(element.value) ? [element.value] : [];
    }
    if (GrammarAST.isAlternatives(element) && element.elements.every(GrammarAST.isKeyword)) {
        return element.elements.map(keyword => (keyword as GrammarAST.Keyword).value).filter(isWord);
    }
    return [];
}

function isWord(text: string): boolean {
    return /^[a-z]+$/.test(text);
}
