import { AstUtils, type AstNode, type AstReflection } from 'langium';
import { AbstractSemanticTokenProvider, type LangiumServices, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';

/**
 * The token type of each kind of declaration, for its name where it is declared (with the
 * `declaration` modifier) and wherever it is used, so that a theme colours a persona, a
 * channel or a touchpoint alike in every place.
 */
const DECLARATIONS: Record<string, SemanticTokenTypes> = {
    Persona: SemanticTokenTypes.class,
    Channel: SemanticTokenTypes.interface,
    Journey: SemanticTokenTypes.namespace,
    Stage: SemanticTokenTypes.struct,
    Touchpoint: SemanticTokenTypes.function,
    Barrier: SemanticTokenTypes.variable,
    Opportunity: SemanticTokenTypes.variable,
    Metric: SemanticTokenTypes.property
};

/** Properties holding a number or a date, by node type. */
const NUMBERS: Record<string, string[]> = {
    Journey: ['reviewed'], Emotion: ['value'], Metric: ['measured'], MetricValue: ['value'], Answer: ['date', 'sample']
};

/** Properties holding one of a fixed set of values (evidence kinds, severities, ...), by node type. */
const ENUM_MEMBERS: Record<string, string[]> = {
    Journey: ['state'], Persona: ['role'], Channel: ['kind'], Barrier: ['severity'], Metric: ['direction'], Answer: ['source']
};

/**
 * Semantic highlighting of what a TextMate grammar cannot tell: which kind of declaration
 * a name is, where it is declared, and which words and numbers are values. Keywords,
 * strings and comments are left to the TextMate grammar.
 */
export class CjmSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly reflection: AstReflection;

    constructor(services: LangiumServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = DECLARATIONS[node.$type];
        if (declared) {
            acceptor({ node, property: 'name', type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const reference of AstUtils.streamReferences(node)) {
            const type = DECLARATIONS[this.reflection.getReferenceType(reference)];
            if (type) {
                acceptor({ node, property: reference.property, index: reference.index, type });
            }
        }
        for (const property of NUMBERS[node.$type] ?? []) {
            acceptor({ node, property: property, type: SemanticTokenTypes.number });
        }
        for (const property of ENUM_MEMBERS[node.$type] ?? []) {
            acceptor({ node, property: property, type: SemanticTokenTypes.enumMember });
        }
    }
}
