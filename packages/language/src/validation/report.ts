import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { RULES, type RuleId } from './rules.js';

/** Reports a rule at its default severity with the rule id as the diagnostic code; the config may change the severity later. */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: RuleId, message: string, info: DiagnosticInfo<N>): void {
    accept(RULES[rule].severity, message, { ...info, code: rule });
}
