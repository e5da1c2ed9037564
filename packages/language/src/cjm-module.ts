import {
    inject, type DeepPartial, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ConfigProvider } from './config/config-provider.js';
import type { ElkEngine } from './diagram/elk-engine.js';
import { StageLayouts } from './diagram/stage-layouts.js';
import { CjmGeneratedModule, CjmGeneratedSharedModule } from './generated/module.js';
import { CjmCompletionProvider } from './lsp/completion-provider.js';
import { CjmCodeActionProvider } from './lsp/code-action-provider.js';
import { CjmCodeLensProvider } from './lsp/code-lens-provider.js';
import { ConfigDiagnostics } from './lsp/config-diagnostics.js';
import { CustomRequests } from './lsp/custom-requests.js';
import { CjmDocumentUpdateHandler } from './lsp/document-update-handler.js';
import { CjmDocumentSymbolProvider } from './lsp/document-symbol-provider.js';
import { CjmFoldingRangeProvider } from './lsp/folding-range-provider.js';
import { CjmFormatter } from './lsp/formatter.js';
import { CjmFuzzyMatcher } from './lsp/fuzzy-matcher.js';
import { CjmHoverProvider } from './lsp/hover-provider.js';
import { CjmInlayHintProvider } from './lsp/inlay-hint-provider.js';
import { CjmNodeKindProvider } from './lsp/node-kind-provider.js';
import { CjmRenameProvider } from './lsp/rename-provider.js';
import { CjmSemanticTokenProvider } from './lsp/semantic-token-provider.js';
import { WorkspaceRevalidation } from './lsp/workspace-revalidation.js';
import { CjmWorkspaceSymbolProvider } from './lsp/workspace-symbol-provider.js';
import { LocaleProvider } from './locale/locale-provider.js';
import { JourneyModels } from './model/journey-models.js';
import { GrammarWords } from './parser/grammar-words.js';
import { CjmParserErrorMessageProvider, createResilientParser } from './parser/resilient-parser.js';
import { CjmTokenBuilder } from './parser/token-builder.js';
import { CjmLinker } from './references/linker.js';
import { CjmScopeComputation } from './references/scope-computation.js';
import { ElementReferences } from './references/element-references.js';
import { CjmReferenceDescriptionProvider } from './references/reference-description-provider.js';
import { CjmScopeProvider } from './references/scope-provider.js';
import { CjmDocumentValidator } from './validation/document-validator.js';
import { CjmValidationRegistry } from './validation/validation-registry.js';
import { CjmReferences } from './references/references.js';
import { registerValidationChecks } from './validation/index.js';
import { WorkspaceFacts } from './validation/workspace-facts.js';
import { ElementDiagnostics } from './validation/element-diagnostics.js';
import { CjmLangiumDocuments } from './workspace/langium-documents.js';
import { CjmDocumentBuilder } from './workspace/document-builder.js';
import { CjmDocumentFactory } from './workspace/document-factory.js';
import { CjmWorkspaceManager } from './workspace/workspace-manager.js';

/** The services cjm adds to Langium's. */
export interface CjmAddedServices {
    config: {
        ConfigProvider: ConfigProvider;
    };
    locale: {
        /** The language of a document's messages: validation, hover and the CLI read it. */
        LocaleProvider: LocaleProvider;
    };
    lsp: {
        ConfigDiagnostics: ConfigDiagnostics;
        CustomRequests: CustomRequests;
        WorkspaceRevalidation: WorkspaceRevalidation;
    };
    model: {
        JourneyModels: JourneyModels;
    };
    parser: {
        GrammarWords: GrammarWords;
    };
    references: {
        /** The references inside each top-level element, kept while the element's node is. */
        ElementReferences: ElementReferences;
    };
    diagram: {
        /** The stage layouts of earlier redraws; ELK loads on the first diagram. */
        StageLayouts: StageLayouts;
    };
    validation: {
        WorkspaceFacts: WorkspaceFacts;
        /** Each journey's check results, so that an edit re-checks only what it changed. */
        ElementDiagnostics: ElementDiagnostics;
    };
}

export type CjmServices = LangiumServices & CjmAddedServices;

/** The shared services cjm replaces: which files the server reads and watches. */
export const CjmSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        // One language: its services are the registry's only entry.
        DocumentUpdateHandler: shared => new CjmDocumentUpdateHandler(shared, () => shared.ServiceRegistry.all[0] as CjmServices),
        FuzzyMatcher: () => new CjmFuzzyMatcher(),
        NodeKindProvider: () => new CjmNodeKindProvider(),
        WorkspaceSymbolProvider: shared => new CjmWorkspaceSymbolProvider(shared)
    },
    workspace: {
        WorkspaceManager: shared => new CjmWorkspaceManager(shared),
        LangiumDocumentFactory: shared => new CjmDocumentFactory(shared),
        DocumentBuilder: shared => new CjmDocumentBuilder(shared),
        LangiumDocuments: shared => new CjmLangiumDocuments(shared)
    }
};

/** What the host gives the services: Langium's file system and connection, and how to load ELK (none in headless tools that draw nothing). */
export interface CjmContext extends DefaultSharedModuleContext {
    loadElk?: () => ElkEngine;
}

export const cjmModule = (context: CjmContext): Module<CjmServices, PartialLangiumServices & DeepPartial<CjmAddedServices>> => ({
    lsp: {
        Formatter: () => new CjmFormatter(),
        RenameProvider: services => new CjmRenameProvider(services),
        DocumentSymbolProvider: services => new CjmDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new CjmFoldingRangeProvider(services),
        SemanticTokenProvider: services => new CjmSemanticTokenProvider(services),
        CompletionProvider: services => new CjmCompletionProvider(services),
        HoverProvider: services => new CjmHoverProvider(services),
        CodeActionProvider: services => new CjmCodeActionProvider(services),
        CodeLensProvider: services => new CjmCodeLensProvider(services),
        InlayHintProvider: services => new CjmInlayHintProvider(services),
        ConfigDiagnostics: services => new ConfigDiagnostics(services),
        CustomRequests: services => new CustomRequests(services),
        WorkspaceRevalidation: services => new WorkspaceRevalidation(services)
    },
    parser: {
        TokenBuilder: () => new CjmTokenBuilder(),
        LangiumParser: services => createResilientParser(services),
        ParserErrorMessageProvider: () => new CjmParserErrorMessageProvider(),
        GrammarWords: services => new GrammarWords(services.Grammar)
    },
    references: {
        ScopeComputation: services => new CjmScopeComputation(services),
        ScopeProvider: services => new CjmScopeProvider(services),
        Linker: services => new CjmLinker(services),
        References: services => new CjmReferences(services),
        ElementReferences: () => new ElementReferences()
    },
    workspace: {
        ReferenceDescriptionProvider: services => new CjmReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new CjmDocumentValidator(services),
        ValidationRegistry: services => new CjmValidationRegistry(services),
        WorkspaceFacts: services => new WorkspaceFacts(services.shared),
        ElementDiagnostics: services => new ElementDiagnostics(services.shared)
    },
    config: {
        ConfigProvider: services => new ConfigProvider(services.shared.workspace.FileSystemProvider)
    },
    locale: {
        LocaleProvider: services => new LocaleProvider(services.config.ConfigProvider)
    },
    model: {
        JourneyModels: services => new JourneyModels(services.shared)
    },
    diagram: {
        StageLayouts: () => new StageLayouts(context.loadElk ?? noElk)
    }
});

function noElk(): ElkEngine {
    throw new Error('These cjm services were made without an ELK engine: pass loadElk to createCjmServices.');
}

/**
 * Creates the shared and the cjm services. Works headless (the CLI and tests pass
 * `EmptyFileSystem` or `NodeFileSystem` and no connection) as well as in the server.
 */
export function createCjmServices(context: CjmContext): { shared: LangiumSharedServices; Cjm: CjmServices } {
    const shared = inject(createDefaultSharedModule(context), CjmGeneratedSharedModule, CjmSharedModule);
    // Edits run the whole check set, not only Langium's "fast" ones: the editor agrees with CI.
    shared.workspace.DocumentBuilder.updateBuildOptions = { validation: true };
    const Cjm = inject(createDefaultModule({ shared }), CjmGeneratedModule, cjmModule(context));
    shared.ServiceRegistry.register(Cjm);
    registerValidationChecks(Cjm);
    return { shared, Cjm };
}
