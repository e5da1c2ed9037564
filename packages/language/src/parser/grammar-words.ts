import { AstUtils, GrammarAST } from 'langium';

/**
 * What the grammar says a map author may write at a place, read from the grammar itself
 * so that syntax messages never drift from it: the keywords that start the members of a
 * block (`stage` holds owner, touchpoint, barrier, ...) and the words an enum-like
 * attribute takes (`source` takes interview, survey, ...).
 */
export class GrammarWords {
    private readonly rules = new Map<string, GrammarAST.ParserRule>();
    /** Every alphabetic keyword of the language. */
    readonly keywords: ReadonlySet<string>;

    constructor(grammar: GrammarAST.Grammar) {
        for (const rule of grammar.rules) {
            if (GrammarAST.isParserRule(rule)) {
                this.rules.set(rule.name, rule);
            }
        }
        this.keywords = new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(isWord));
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
