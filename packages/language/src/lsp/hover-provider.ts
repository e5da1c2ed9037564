import { AstUtils, CstUtils, DocumentState, GrammarAST, type AstNode, type CstNode, type DocumentBuilder, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { CancellationToken, Hover, HoverParams, Position, Range } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import type { ConfigProvider } from '../config/config-provider.js';
import type { LocaleProvider } from '../locale/locale-provider.js';
import { isAnswer } from '../generated/ast.js';
import { describeAnswer } from './hover/describe-answer.js';
import { describeDeclaration, type HoverFacts } from './hover/describe-declaration.js';
import { evidenceAge } from './hover/evidence-age.js';
import { keywordHelp } from './hover/keyword-help.js';
import { ruleHelp } from './hover/rule-help.js';

/**
 * Hover in Markdown: on a name or a reference, what the declaration says (read from the
 * journey model: a metric's values and whether it is met, a touchpoint's stage, emotion
 * and channels); on a keyword, what it means and why a map needs it; on an answer, how
 * old its evidence is; on a cjm diagnostic, what its rule wants. All of them speak the
 * language of the document's diagnostics (locale/locale-provider.ts).
 */
export class CjmHoverProvider extends AstNodeHoverProvider {
    private readonly facts: HoverFacts;
    private readonly configs: ConfigProvider;
    private readonly documentBuilder: DocumentBuilder;
    private readonly locales: LocaleProvider;

    constructor(services: CjmServices) {
        super(services);
        this.configs = services.config.ConfigProvider;
        this.documentBuilder = services.shared.workspace.DocumentBuilder;
        this.locales = services.locale.LocaleProvider;
        this.facts = {
            journey: journey => services.model.JourneyModels.get(journey),
            age: (node, date, words) => evidenceAge(date, this.configs.getToday(), this.configs.configOrDefault(AstUtils.getDocument(node).uri).evidenceMaxAgeDays, words)
        };
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams, cancelToken?: CancellationToken): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return undefined;
        }
        const offset = document.textDocument.offsetAt(params.position);
        const sections = [
            this.declarationAt(document, root, offset) ?? this.keywordAt(document, root, offset) ?? this.answerAt(root, offset),
            ...await this.rulesAt(document, params.position, cancelToken)
        ].filter(section => section !== undefined);
        return sections.length > 0 ? { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') } } : undefined;
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        return describeDeclaration(node, this.facts, this.locales.messagesOf(AstUtils.getDocument(node)));
    }

    /** The declaration a name or reference at the offset stands for, in the words of the hovered document. */
    private declarationAt(document: LangiumDocument, root: CstNode, offset: number): string | undefined {
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf || leaf.end <= offset) {
            return undefined;
        }
        const [declaration] = this.references.findDeclarations(leaf);
        return declaration && describeDeclaration(declaration, this.facts, this.locales.messagesOf(document));
    }

    private keywordAt(document: LangiumDocument, root: CstNode, offset: number): string | undefined {
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        return leaf && offset < leaf.end && GrammarAST.isKeyword(leaf.grammarSource)
            ? keywordHelp(leaf.grammarSource, this.locales.messagesOf(document).hover)
            : undefined;
    }

    private answerAt(root: CstNode, offset: number): string | undefined {
        const answer = AstUtils.getContainerOfType(CstUtils.findLeafNodeAtOffset(root, offset)?.astNode, isAnswer);
        return answer && describeAnswer(answer, this.facts, this.locales.messagesOf(AstUtils.getDocument(answer)));
    }

    /** The rules of the cjm diagnostics at the position; validation is awaited, for they are its result. */
    private async rulesAt(document: LangiumDocument, position: Position, cancelToken?: CancellationToken): Promise<string[]> {
        await this.documentBuilder.waitUntil(DocumentState.Validated, document.uri, cancelToken);
        const words = this.locales.messagesOf(document).ruleHelp;
        const rules = (document.diagnostics ?? []).filter(diagnostic => contains(diagnostic.range, position)).map(diagnostic => ruleHelp(diagnostic, words));
        return [...new Set(rules.filter(rule => rule !== undefined))];
    }
}

function contains(range: Range, position: Position): boolean {
    const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}
