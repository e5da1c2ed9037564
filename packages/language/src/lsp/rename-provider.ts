import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes, ResponseError, type CancellationToken, type Position, type Range, type RenameParams, type TextDocumentPositionParams,
    type WorkspaceEdit
} from 'vscode-languageserver';
import { isStage } from '../generated/ast.js';
import type { CjmServices } from '../cjm-module.js';
import { renameConflict, type Declaration } from './rename-conflicts.js';

/**
 * Renames a persona, channel, journey, stage, touchpoint, barrier, opportunity or metric
 * where it is declared and wherever it is used, in every file of the workspace. A rename
 * that would not parse or would change what a name means is refused with a ResponseError
 * that says why, rather than producing a map that lints differently.
 */
export class CjmRenameProvider extends DefaultRenameProvider {
    private readonly services: CjmServices;
    /** The grammar's ID terminal, whole-string. */
    private readonly identifier: RegExp;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: CjmServices) {
        super(services);
        this.services = services;
        const id = services.Grammar.rules.find(rule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID') as GrammarAST.TerminalRule;
        const regex = GrammarUtils.terminalRegex(id);
        this.identifier = new RegExp(`^(?:${regex.source})$`, regex.flags);
        this.keywords = new Set(AstUtils.streamAst(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range {
        return this.renamed(document, params.position).range;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const { declaration } = this.renamed(document, params.position);
        const problem = this.nameProblem(params.newName) ?? renameConflict(declaration, params.newName, this.services);
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem);
        }
        return super.rename(document, params, cancelToken);
    }

    /** The declaration named or referred to at the position, and the name's range there. */
    private renamed(document: LangiumDocument, position: Position): { declaration: Declaration; range: Range } {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        const [declaration] = (leaf ? this.references.findDeclarations(leaf) : []) as Declaration[];
        if (!leaf || !declaration) {
            const unresolved = leaf && AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isCrossReference);
            throw new ResponseError(ErrorCodes.InvalidRequest, unresolved
                ? `'${leaf.text}' refers to nothing that is declared, so there is nothing to rename.`
                : 'Only names can be renamed: of a persona, channel, journey, stage, touchpoint, barrier, opportunity or metric, where it is declared or used.');
        }
        const config = isStage(declaration) ? this.services.config.ConfigProvider.configOrDefault(AstUtils.getDocument(declaration).uri) : undefined;
        if (config?.requiredStages.includes(declaration.name)) {
            throw new ResponseError(ErrorCodes.InvalidRequest,
                `Stage '${declaration.name}' is one of the requiredStages of cjm.config.json; renaming it would break required-stage. Change the config first.`);
        }
        return { declaration, range: leaf.range };
    }

    private nameProblem(name: string): string | undefined {
        if (!this.identifier.test(name)) {
            return `'${name}' is not a name: a name starts with a letter or '_', followed by letters, digits or '_'.`;
        }
        return this.keywords.has(name) ? `'${name}' is a keyword of the language and cannot be a name.` : undefined;
    }
}
