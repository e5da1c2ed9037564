import { AstUtils, GrammarAST } from 'langium';

/**
 * Where a keyword is a value of a property (`severity high`, `source interview`) rather
 * than one that starts a declaration or an attribute (`barrier`, `goal`), the property as
 * the user reads it, e.g. `barrier severity`; read from the grammar, so it never drifts.
 */
export function valueProperty(keyword: GrammarAST.Keyword): string | undefined {
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    const rule = assignment && AstUtils.getContainerOfType(assignment, GrammarAST.isParserRule);
    if (!assignment || !rule || startsRule(rule, assignment)) {
        return undefined;
    }
    return `${rule.name.toLowerCase()} ${assignment.feature}`;
}

/** The keywords a property of a rule may take, in grammar order: `Answer`, `source` gives the evidence kinds. */
export function valueKeywords(grammar: GrammarAST.Grammar, ruleName: string, feature: string): string[] {
    const rule = grammar.rules.find(candidate => GrammarAST.isParserRule(candidate) && candidate.name === ruleName);
    const assignment = rule && AstUtils.streamAllContents(rule).filter(GrammarAST.isAssignment).find(candidate => candidate.feature === feature);
    return assignment ? AstUtils.streamAllContents(assignment).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray() : [];
}

// `kind=('goal' | ...) value=STRING`: the assigned keyword starts the attribute.
function startsRule(rule: GrammarAST.ParserRule, assignment: GrammarAST.Assignment): boolean {
    const first = GrammarAST.isGroup(rule.definition) ? rule.definition.elements[0] : rule.definition;
    return first === assignment;
}
