import type { RuleId } from '../validation/rules.js';

/**
 * What each rule is about and what to do, as hover shows it on a problem. The English
 * table reads the rule registry (validation/rules.ts), whose texts SARIF and the docs
 * also give, so that there is one English list.
 */
export type RuleHelpWords = Readonly<Record<RuleId, { readonly summary: string; readonly help: string }>>;
