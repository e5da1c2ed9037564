import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_IDS, ruleHelpUrl } from '@cjm/language';
import { describe, expect, it } from 'vitest';
import { codeBlocks, docFiles, DOCS, expectedRules } from './doc-blocks.js';

/** Rules that no map should trigger: their pages explain instead of showing one. */
const NO_TRIGGERING_MAP = new Set(['internal-error']);

const pages = docFiles().filter(file => file.startsWith('rules/') && file !== 'rules/README.md');
const page = (id: string): string => readFileSync(path.join(DOCS, 'rules', `${id}.md`), 'utf8');

// The site https://cjm.dev publishes docs/: the rule's help URL, which SARIF gives as
// helpUri and the language server as codeDescription, is the page docs/rules/ID.md.
describe('docs/rules/ and the rule registry', () => {
    it('has a page for every rule, at the path of its help URL', () => {
        for (const id of RULE_IDS) {
            expect(ruleHelpUrl(id)).toBe(`https://cjm.dev/rules/${id}`);
            expect(existsSync(path.join(DOCS, 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
        }
    });

    it('has no page for a rule the registry does not know', () => {
        expect(pages.map(file => file.slice('rules/'.length, -'.md'.length)).filter(id => !Object.hasOwn(RULES, id))).toEqual([]);
    });

    it.each(RULE_IDS)('%s: the page is titled with the rule id, gives its default severity, and shows a map that triggers it', id => {
        const text = page(id);
        expect(text.split('\n')[0]).toBe(`# ${id}`);
        expect(text).toContain(`Default severity: **${RULES[id].severity}**`);
        const triggering = codeBlocks(`rules/${id}.md`).filter(block => block.language === 'cjm' && expectedRules(block).includes(id));
        expect(triggering.length > 0, 'a ```cjm triggers=... block').toBe(!NO_TRIGGERING_MAP.has(id));
    });

    it('indexes every rule in docs/rules/README.md with its severity and summary, in the order of the registry', () => {
        const rows = readFileSync(path.join(DOCS, 'rules', 'README.md'), 'utf8').split('\n')
            .map(line => /^\| \[`([a-z-]+)`\]\(([a-z-]+)\.md\) \| (\w+) \| (.*) \|$/.exec(line))
            .filter(match => match !== null);
        expect(rows.map(([, id, file, severity, summary]) => ({ id, file, severity, summary })))
            .toEqual(RULE_IDS.map(id => ({ id, file: id, severity: RULES[id].severity, summary: RULES[id].summary })));
    });
});
