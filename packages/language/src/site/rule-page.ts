/** A lint rule's page, the target of a finding's link: what the rule checks and how to fix what it finds. */
import { RULES, type RuleInfo } from '../validation/rules.js';
import { fields, text } from './html.js';
import type { Page, SiteContext } from './site-context.js';
import { rulePath } from './site-paths.js';

export function rulePages(site: SiteContext): Page[] {
    return Object.entries(RULES as Readonly<Record<string, RuleInfo>>).map(([id, rule]) => ({
        path: rulePath(id),
        title: id,
        body: `<h1>${text(site.words.rule)}: ${text(id)}</h1>
<p>${text(rule.summary)}</p>
${fields([[site.words.defaultSeverity, text(site.words.severity(rule.severity))]])}
<h2>${text(site.words.ruleHelp)}</h2>
<p>${text(rule.help)}</p>`
    }));
}
