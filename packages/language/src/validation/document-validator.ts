import {
    DefaultDocumentValidator, diagnosticData, DocumentValidator, interruptAndCheck, isOperationCancelled, type AstNode, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions
} from 'langium';
import { CancellationToken, DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { CjmConfig } from '../config/config.js';
import type { ConfigProvider } from '../config/config-provider.js';
import type { CjmServices } from '../cjm-module.js';
import type { SyntaxServices } from '../parser/explain-syntax-errors.js';
import { parses, syntaxProblems } from '../parser/syntax-problems.js';
import type { RepeatedKeyword } from '../parser/repeated-attributes.js';
import type { LocaleProvider } from '../locale/locale-provider.js';
import { internalErrorDiagnostic, internalErrorWords } from './internal-error.js';
import { FIXED_RULES, isRuleId, ruleHelpUrl, type RuleId, type SeveritySetting } from './rules.js';
import { applySuppressions } from './suppressions.js';
import { visibleText } from '../utils/visible-text.js';
import { isCjmFile, isJourney, type CjmFile, type Journey } from '../generated/ast.js';
import type { ElementDiagnostics } from './element-diagnostics.js';
import { journeyContexts, type JourneyTargets } from './journey-context.js';
import { linkedNode, type ElementReferences } from '../references/element-references.js';
import type { WorkspaceFacts } from './workspace-facts.js';

const BUILT_IN_RULES: Record<string, RuleId> = {
    [DocumentValidator.LexingError]: 'syntax',
    [DocumentValidator.ParsingError]: 'syntax',
    [DocumentValidator.LinkingError]: 'unresolved-reference'
};

/** The rules a document that does not parse is still checked for. */
const PARSE_RULES = new Set<RuleId>(Object.values(BUILT_IN_RULES));

const LSP_SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

/**
 * Langium's validator, plus what makes cjm's diagnostics a contract: every diagnostic
 * carries its rule id as `code`, severities follow the config, suppression comments apply.
 * A document that does not parse gets only its syntax and reference errors, as the
 * checks would report noise about a half-read map. It cannot fail open: an error inside
 * any step is an `internal-error` diagnostic, never a shorter or empty list; and no step
 * spreads the diagnostics into a call, whose argument count is bounded by the stack.
 */
export class CjmDocumentValidator extends DefaultDocumentValidator {
    private readonly configs: ConfigProvider;
    private readonly syntax: SyntaxServices;
    private readonly locales: LocaleProvider;
    private readonly facts: WorkspaceFacts;
    private readonly elements: ElementDiagnostics;
    /** The repeated attributes of each top-level element, while its node lives (parser/repeated-attributes.ts). */
    private readonly repeats = new WeakMap<AstNode, readonly RepeatedKeyword[]>();
    /** What each journey's references resolve to, while its node lives (journey-context.ts). */
    private readonly journeyTargets = new WeakMap<AstNode, JourneyTargets>();
    private readonly references: ElementReferences;

    constructor(services: CjmServices) {
        super(services);
        this.configs = services.config.ConfigProvider;
        this.syntax = services.parser;
        this.locales = services.locale.LocaleProvider;
        this.facts = services.validation.WorkspaceFacts;
        this.elements = services.validation.ElementDiagnostics;
        this.references = services.references.ElementReferences;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        try {
            const diagnostics = (await this.collect(document, options, cancelToken)).map(withRuleCode);
            const config = this.configs.configOrDefault(document.uri);
            const fixed = diagnostics.filter(diagnostic => FIXED_RULES.has(diagnostic.code as RuleId));
            const configurable = diagnostics.filter(diagnostic => !FIXED_RULES.has(diagnostic.code as RuleId))
                .map(diagnostic => applySeverity(diagnostic, config)).filter(isDefined);
            const parsed = parses(document);
            const unechoed = parsed ? configurable : withoutEchoesOfSyntaxErrors(configurable, document.parseResult);
            const kept = applySuppressions(unechoed, document.parseResult.value, this.locales.messagesOf(document).rules['unused-suppression'], rule => parsed || PARSE_RULES.has(rule))
                .map(diagnostic => applySeverity(diagnostic, config))
                .filter(isDefined);
            return fixed.length === 0 ? kept : kept.concat(fixed);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            return [withRuleCode(internalErrorDiagnostic(error, internalErrorWords(() => this.locales.messagesOf(document))))];
        }
    }

    /** Langium's steps, in its order, with the failure of a step left to the caller. */
    private async collect(document: LangiumDocument, options: ValidationOptions, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            // Lexer errors are explained with the parser's (processParsingErrors).
            this.processSyntaxErrors(document, diagnostics);
            this.processLinkingErrors(document, diagnostics, options);
        }
        for (const diagnostic of await this.validateAst(document.parseResult.value, options, cancelToken)) {
            diagnostics.push(diagnostic);
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /** Langium's processParsingErrors, with each error explained in the document's language. */
    private processSyntaxErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const say = this.locales.messagesOf(document).syntax;
        for (const { message, range, replacements } of syntaxProblems(document.parseResult, document.textDocument.getText(), this.syntax, say, this.repeats)) {
            // The texts that would mend the range travel with the diagnostic, for the quick fix (code-actions/syntax-replacements.ts).
            const data = { ...diagnosticData(DocumentValidator.ParsingError), ...(replacements ? { replacements } : {}) };
            diagnostics.push({ severity: DiagnosticSeverity.Error, range, message, data, source: this.getSource() });
        }
    }

    /** Langium's, over the references that are not linked to a node: reading each one's `error` costs a slow call (element-references.ts, refOf). */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const unlinked = document.references.filter(reference => linkedNode(reference) === undefined);
        super.processLinkingErrors(Object.create(document, { references: { value: unlinked } }) as LangiumDocument, diagnostics, options);
    }

    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const document = rootNode.$document!;
        if (!parses(document)) {
            return [];
        }
        const contexts = isCjmFile(rootNode) ? journeyContexts(rootNode, this.facts, this.references, this.journeyTargets) : undefined;
        return contexts === undefined ? super.validateAst(rootNode, options, cancelToken) : this.validateByElement(document, rootNode as CjmFile, contexts, options, cancelToken);
    }

    /**
     * Langium's validateAst in its order (the root, then each top-level element's subtree),
     * with each journey's results taken from the last validation when its text and context
     * are the same (element-diagnostics.ts).
     */
    private async validateByElement(document: LangiumDocument, root: CjmFile, contexts: Map<Journey, string>, options: ValidationOptions, cancelToken: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        const acceptor = (into: Diagnostic[]): ValidationAcceptor => (severity, message, info) => into.push(this.toDiagnostic(severity, message, info));
        await this.validateAstBefore(root, options, acceptor(diagnostics), cancelToken);
        for (const check of this.validationRegistry.getChecks(root.$type, options.categories)) {
            await check(root, acceptor(diagnostics), cancelToken);
        }
        const round = this.elements.begin(document.uri, this.settingOf(document, options));
        for (const element of root.elements) {
            const context = isJourney(element) ? contexts.get(element) : undefined;
            const cst = element.$cstNode;
            const key = context !== undefined && cst !== undefined ? { text: cst.text, context, start: cst.range.start } : undefined;
            const known = key && round.take(key.text, key.context, key.start);
            const own = known ?? [];
            if (known === undefined) {
                await this.validateAstNodes(element, options, acceptor(own), cancelToken);
                if (key) {
                    round.put(key.text, key.context, key.start, own);
                }
            }
            own.forEach(diagnostic => diagnostics.push(diagnostic));
        }
        round.end();
        await this.validateAstAfter(root, options, acceptor(diagnostics), cancelToken);
        return diagnostics;
    }

    /** What every check of a document reads besides its nodes: its language, its config, today, the categories. */
    private settingOf(document: LangiumDocument, options: ValidationOptions): string {
        return JSON.stringify([this.locales.localeOf(document), this.configs.configOrDefault(document.uri), this.configs.getToday(), options.categories ?? null]);
    }
}

/**
 * A text that does not parse loses declarations to its syntax errors, so references to
 * them would fail too: only unresolved references before the first syntax error are real,
 * and none when the parser gave up on the rest of the text.
 */
function withoutEchoesOfSyntaxErrors(diagnostics: Diagnostic[], parseResult: ParseResult): Diagnostic[] {
    const syntax = diagnostics.filter(diagnostic => diagnostic.code === 'syntax').map(diagnostic => diagnostic.range.start);
    const first = syntax.reduce((a, b) => (b.line < a.line || (b.line === a.line && b.character < a.character) ? b : a), syntax[0]);
    const gaveUp = parseResult.parserErrors.some(error => error.name === 'NotAllInputParsedException');
    return diagnostics.filter(diagnostic => {
        if (diagnostic.code !== 'unresolved-reference') {
            return true;
        }
        const { line, character } = diagnostic.range.start;
        return !gaveUp && first !== undefined && (line < first.line || (line === first.line && character < first.character));
    });
}

/**
 * The diagnostic as every reader gets it (JSON, SARIF, the editor): its rule id as `code`,
 * and a message whose quotes of the map can no longer drive a terminal (`\x1b` for ESC).
 */
function withRuleCode(diagnostic: Diagnostic): Diagnostic {
    const builtIn = typeof diagnostic.data?.code === 'string' ? BUILT_IN_RULES[diagnostic.data.code] : undefined;
    const rule = builtIn ?? diagnostic.code;
    const codeDescription = typeof rule === 'string' && isRuleId(rule) ? { href: ruleHelpUrl(rule) } : undefined;
    return { ...diagnostic, message: visibleText(diagnostic.message, { oneLine: true }), code: rule, codeDescription, source: 'cjm' };
}

function applySeverity(diagnostic: Diagnostic, config: CjmConfig): Diagnostic | undefined {
    const rule = String(diagnostic.code);
    const setting = isRuleId(rule) ? config.rules[rule] : undefined;
    if (setting === undefined) {
        return diagnostic;
    }
    return setting === 'off' ? undefined : { ...diagnostic, severity: LSP_SEVERITY[setting] };
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
