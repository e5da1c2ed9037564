import { ValidationRegistry, isOperationCancelled, type AstNode, type ValidationAcceptor } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { LocaleProvider } from '../locale/locale-provider.js';
import { internalErrorMessage, internalErrorWords } from './internal-error.js';

/**
 * Langium's registry reports a check that throws as a plain error and prints its stack on
 * the console; cjm reports it as `internal-error` at the node being checked, and prints
 * nothing (a language server's stdout is the protocol, a CI log is no place for stacks).
 */
export class CjmValidationRegistry extends ValidationRegistry {
    private readonly locales: () => LocaleProvider;

    constructor(services: CjmServices) {
        super(services);
        // Resolved when a check fails: the registry is made before the services it would otherwise pull in.
        this.locales = () => services.locale.LocaleProvider;
    }

    protected override async handleException(functionality: () => unknown, _messageContext: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            accept('error', internalErrorMessage(error, internalErrorWords(() => this.locales().messagesAt(node))), { node, code: 'internal-error' });
        }
    }
}
