import {
    inject, type DeepPartial, type Module
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { ConfigProvider } from './config/config-provider.js';
import { CjmGeneratedModule, CjmGeneratedSharedModule } from './generated/module.js';
import { CjmFormatter } from './lsp/formatter.js';
import { JourneyModels } from './model/journey-models.js';
import { CjmParserErrorMessageProvider, createResilientParser } from './parser/resilient-parser.js';
import { CjmTokenBuilder } from './parser/token-builder.js';
import { CjmLinker } from './references/linker.js';
import { CjmScopeComputation } from './references/scope-computation.js';
import { CjmScopeProvider } from './references/scope-provider.js';
import { CjmDocumentValidator } from './validation/document-validator.js';
import { registerValidationChecks } from './validation/index.js';
import { WorkspaceFacts } from './validation/workspace-facts.js';

/** The services cjm adds to Langium's. */
export interface CjmAddedServices {
    config: {
        ConfigProvider: ConfigProvider;
    };
    model: {
        JourneyModels: JourneyModels;
    };
    validation: {
        WorkspaceFacts: WorkspaceFacts;
    };
}

export type CjmServices = LangiumServices & CjmAddedServices;

export const CjmModule: Module<CjmServices, PartialLangiumServices & DeepPartial<CjmAddedServices>> = {
    lsp: {
        Formatter: () => new CjmFormatter()
    },
    parser: {
        TokenBuilder: () => new CjmTokenBuilder(),
        LangiumParser: services => createResilientParser(services),
        ParserErrorMessageProvider: () => new CjmParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new CjmScopeComputation(services),
        ScopeProvider: services => new CjmScopeProvider(services),
        Linker: services => new CjmLinker(services)
    },
    validation: {
        DocumentValidator: services => new CjmDocumentValidator(services),
        WorkspaceFacts: services => new WorkspaceFacts(services.shared)
    },
    config: {
        ConfigProvider: () => new ConfigProvider()
    },
    model: {
        JourneyModels: services => new JourneyModels(services.shared)
    }
};

/**
 * Creates the shared and the cjm services. Works headless (the CLI and tests pass
 * `EmptyFileSystem` or `NodeFileSystem` and no connection) as well as in the server.
 */
export function createCjmServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Cjm: CjmServices } {
    const shared = inject(createDefaultSharedModule(context), CjmGeneratedSharedModule);
    const Cjm = inject(createDefaultModule({ shared }), CjmGeneratedModule, CjmModule);
    shared.ServiceRegistry.register(Cjm);
    registerValidationChecks(Cjm);
    return { shared, Cjm };
}
