import { GrammarUtils, interruptAndCheck, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isCjmFile, isJourney } from '../generated/ast.js';
import { journeyMembers } from '../validation/references.js';

/**
 * Workspace symbols: the top-level personas, channels and journeys of the index
 * (Langium's), and the members of every journey, which are not in the index because they
 * are named only within their journey. A member's container is its journey.
 */
export class CjmWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult.value;
            for (const journey of isCjmFile(root) ? root.elements.filter(isJourney) : []) {
                for (const member of journeyMembers(journey)) {
                    const name = member.$cstNode && GrammarUtils.findNodeForProperty(member.$cstNode, 'name');
                    if (name && this.fuzzyMatcher.match(query, member.name)) {
                        const location = { uri: document.uri.toString(), range: name.range };
                        symbols.push({ name: member.name, kind: this.nodeKindProvider.getSymbolKind(member), containerName: journey.name, location });
                    }
                }
            }
        }
        return symbols;
    }
}
