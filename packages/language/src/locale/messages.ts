/**
 * Every word cjm writes for people, in one table per locale (en.ts, ru.ts), one section
 * per reader-facing part. The `Messages` type makes a word added in one language a type
 * error until every language has it; test/locale/messages.test.ts checks the same at run
 * time, key by key.
 */
import type { CliWords } from './cli-words.js';
import type { ConfigWords } from './config-words.js';
import type { DiagramWords } from './diagram-words.js';
import type { DiffWords } from './diff-words.js';
import { en } from './en.js';
import type { FactWords } from './fact-words.js';
import type { FmtWords } from './fmt-words.js';
import type { HoverWords } from './hover-words.js';
import type { RuleHelpWords } from './rule-help-words.js';
import type { Locale } from './locale.js';
import type { ReportWords } from './report-words.js';
import { ru } from './ru.js';
import type { RuleWords } from './rule-words.js';
import type { SyntaxWords } from './syntax-words.js';
import type { SiteWords } from './site-words.js';

export interface Messages {
    cli: CliWords;
    config: ConfigWords;
    diagram: DiagramWords;
    diff: DiffWords;
    facts: FactWords;
    fmt: FmtWords;
    hover: HoverWords;
    report: ReportWords;
    ruleHelp: RuleHelpWords;
    rules: RuleWords;
    site: SiteWords;
    syntax: SyntaxWords;
}

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, ru };

export function messagesFor(locale: Locale): Messages {
    return MESSAGES[locale];
}
