import { marked, type Token, type Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMarkdown, type ExportDiagnostic } from '../../src/export/markdown.js';
import { exportMermaid } from '../../src/export/mermaid.js';
import type { JourneyModel } from '../../src/model/journey-model.js';
import { exampleJourneyModels, journeyModel } from '../fixtures.js';

/** The report as a Markdown renderer reads it: its block tokens, from marked's GFM lexer. */
function blocks(markdown: string): Token[] {
    return marked.lexer(markdown, { gfm: true });
}

/** The text a reader sees in inline tokens: escapes resolved, `<br>` as a line break. */
function plain(tokens: readonly Token[] | undefined): string {
    return (tokens ?? []).map(token => {
        if (token.type === 'html') {
            expect(token.raw, 'the only HTML in a report is <br>').toBe('<br>');
            return '\n';
        }
        return 'tokens' in token && token.tokens ? plain(token.tokens) : (token as Tokens.Text).text;
    }).join('');
}

/** Every table as rows of plain cell texts, the header row first. */
function tables(markdown: string): string[][][] {
    return blocks(markdown).filter((token): token is Tokens.Table => token.type === 'table')
        .map(table => [table.header, ...table.rows].map(row => row.map(cell => plain(cell.tokens))));
}

/** The table whose header row is `header`; exactly one. */
function tableWithHeader(markdown: string, header: readonly string[]): string[][] {
    const found = tables(markdown).filter(table => JSON.stringify(table[0]) === JSON.stringify(header));
    expect(found, `one table headed ${header.join(' | ')}`).toHaveLength(1);
    return found[0].slice(1);
}

function headings(markdown: string): string[] {
    return blocks(markdown).filter((token): token is Tokens.Heading => token.type === 'heading').map(heading => `${'#'.repeat(heading.depth)} ${plain(heading.tokens)}`);
}

/** Plain texts of every list item, nested items included, in order. */
function listItems(markdown: string): string[] {
    const items: string[] = [];
    const walk = (tokens: readonly Token[]) => {
        for (const token of tokens) {
            if (token.type === 'list') {
                for (const item of (token as Tokens.List).items) {
                    const [first, ...rest] = item.tokens;
                    items.push(plain(first.type === 'text' ? (first as Tokens.Text).tokens : [first]));
                    walk(rest);
                }
            }
        }
    };
    walk(blocks(markdown));
    return items;
}

const COVERAGE = ['Stage', 'Metrics', 'Answered questions', 'Barriers', 'Mitigated barriers'];
const DIAGNOSTICS = ['File', 'Line', 'Column', 'Severity', 'Rule', 'Message'];

/** A journey with every kind of element; titles carry Markdown syntax that must show as written. */
const MAP = `persona Founder "Founder | *CEO* _and_ \`owner\`"
channel Web "Web <site> & app" online
channel Shop "Shop" offline

journey Onboarding "# Onboarding | 2026" {
  product "cjm <pro>"
  state future
  owner "Team ~growth~"
  reviewed 2026-10-01
  objective "Raise conversion from 4% to 8% [fast](http://x)"
  problem "Teams\\ncannot see $value$"
  target Founder

  stage Awareness "Awareness *first*" {
    owner "Anna"
    touchpoint Landing "Landing | page" via Web, Shop for Founder { emotion 1 }
    touchpoint Ad via Web { emotion -2 }
    touchpoint Call "Call" via Shop
    barrier Slow "Slow _answers_" at Landing severity high { mitigation "Hire" "Automate *it*" }
    barrier Price severity low
    opportunity Callback "Callback" resolves Slow { description "Within 5 minutes" }
    metric Visits "Visits | daily" { baseline 100 target 200 actual 250 }
    metric Wait "Wait" { baseline 30 "sec" target 10 "sec" actual 20 "sec" }
    metric Share "Share" { target 20% }
    metric Rate "Rate" { actual 5% }
    question "Where do they hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12 sample 12
      answer "Search"
    }
    question "Why do they leave?"
  }
  stage Trial {
  }
}
`;

describe('exportMarkdown', () => {
    let model: JourneyModel;
    let report: string;
    const diagnostics: ExportDiagnostic[] = [
        { file: 'maps/a|b.cjm', line: 3, column: 7, severity: 'warning', rule: 'stale-evidence', message: 'Reviewed *long* ago | check' },
        { file: 'maps/a|b.cjm', line: 10, column: 1, severity: 'error', rule: 'unresolved-reference', message: 'No persona `X`' }
    ];

    beforeAll(async () => {
        model = await journeyModel(MAP, 'Onboarding');
        report = exportMarkdown(model, diagnostics);
    });

    it('has the title, the brief, the Mermaid block, a section per stage, the coverage and the diagnostics, in order', () => {
        expect(headings(report)).toEqual([
            '# # Onboarding | 2026', '## Brief', '## Journey',
            '## Stage: Awareness *first*', '### Touchpoints', '### Barriers', '### Opportunities', '### Metrics', '### Questions',
            '## Stage: Trial', '## Coverage', '## Diagnostics'
        ]);
    });

    it('holds the brief, each text as written', () => {
        expect(listItems(report).slice(0, 8)).toEqual([
            'Journey: Onboarding', 'State: future', 'Product: cjm <pro>',
            'Objective: Raise conversion from 4% to 8% [fast](http://x)', 'Problem: Teams\ncannot see $value$',
            'Targets: Founder | *CEO* _and_ `owner`', 'Owner: Team ~growth~', 'Reviewed: 2026-10-01'
        ]);
    });

    it('holds one mermaid code block equal to exportMermaid', () => {
        const code = blocks(report).filter((token): token is Tokens.Code => token.type === 'code');
        expect(code.map(block => block.lang)).toEqual(['mermaid']);
        expect(`${code[0].text}\n`).toBe(exportMermaid(model));
    });

    it('lists the touchpoints with channels, personas and emotion', () => {
        expect(tableWithHeader(report, ['Touchpoint', 'Channels', 'Personas', 'Emotion'])).toEqual([
            ['Landing | page', 'Web <site> & app, Shop', 'Founder | *CEO* _and_ `owner`', '+1'],
            ['Ad', 'Web <site> & app', '', '-2'],
            ['Call', 'Shop', '', '']
        ]);
    });

    it('lists barriers with severity, touchpoint, mitigations and resolving opportunities, then opportunities and questions', () => {
        expect(listItems(report).slice(8)).toEqual([
            'Slow _answers_ (high) at Landing | page, mitigated', 'Mitigation: Hire', 'Mitigation: Automate *it*', 'Resolved by: Callback',
            'Price (low), not mitigated',
            'Callback, resolves Slow _answers_: Within 5 minutes',
            'Where do they hear about us?', 'Peers in chats (interview, 2026-09-12, sample 12)', 'Search',
            'Why do they leave?', 'Not answered yet'
        ]);
    });

    it('lists metrics with baseline, target, actual and whether the target is met', () => {
        expect(tableWithHeader(report, ['Metric', 'Baseline', 'Target', 'Actual', 'Status'])).toEqual([
            ['Visits | daily', '100', '200', '250', 'met'],
            ['Wait', '30 sec', '10 sec', '20 sec', 'not met'],
            ['Share', '', '20%', '', 'no actual'],
            ['Rate', '', '', '5%', 'no target']
        ]);
    });

    it('has the coverage table, read from the model\'s coverage', () => {
        expect(tableWithHeader(report, COVERAGE)).toEqual(model.stages.map(stage => [
            stage.title ?? stage.name, String(stage.coverage.metrics), `${stage.coverage.answeredQuestions} of ${stage.coverage.questions}`,
            String(stage.coverage.barriers), `${stage.coverage.mitigatedBarriers} of ${stage.coverage.barriers}`
        ]));
        expect(tableWithHeader(report, COVERAGE)[0]).toEqual(['Awareness *first*', '4', '1 of 2', '2', '1 of 2']);
    });

    it('has the diagnostics table, or says there are none', () => {
        expect(tableWithHeader(report, DIAGNOSTICS)).toEqual([
            ['maps/a|b.cjm', '3', '7', 'warning', 'stale-evidence', 'Reviewed *long* ago | check'],
            ['maps/a|b.cjm', '10', '1', 'error', 'unresolved-reference', 'No persona `X`']
        ]);
        const clean = exportMarkdown(model, []);
        expect(tables(clean).some(table => JSON.stringify(table[0]) === JSON.stringify(DIAGNOSTICS))).toBe(false);
        expect(clean.trimEnd().endsWith('## Diagnostics\n\nNo problems found.')).toBe(true);
    });

    it('keeps a backtick fence in a title from closing the Mermaid block', async () => {
        const fenced = await journeyModel('journey J "```" {\n  stage S "````" {\n    touchpoint T "```mermaid"\n  }\n}\n', 'J');
        const code = blocks(exportMarkdown(fenced, [])).filter((token): token is Tokens.Code => token.type === 'code');
        expect(code).toHaveLength(1);
        expect(`${code[0].text}\n`).toBe(exportMermaid(fenced));
    });

    describe('on the examples', () => {
        let examples: JourneyModel[] = [];

        beforeAll(async () => {
            examples = await exampleJourneyModels();
            expect(examples.length).toBeGreaterThan(4);
        });

        it('each report has its Mermaid block, a section and a coverage row per stage, and no problems', () => {
            for (const example of examples) {
                const text = exportMarkdown(example, []);
                const code = blocks(text).filter((token): token is Tokens.Code => token.type === 'code');
                expect(code.map(block => `${block.text}\n`), example.name).toEqual([exportMermaid(example)]);
                expect(tableWithHeader(text, COVERAGE).map(row => row[0]), example.name).toEqual(example.stages.map(stage => stage.title ?? stage.name));
                expect(headings(text).filter(heading => heading.startsWith('## Stage: ')), example.name).toHaveLength(example.stages.length);
                expect(text.trimEnd().endsWith('No problems found.'), example.name).toBe(true);
            }
        });
    });

    it('gives each persona\'s emotion where they differ, and whose actions and thoughts they are', async () => {
        const text = exportMarkdown(await journeyModel(`channel Web "Website" online
journey Insurance "Health plan" {
  target HRManager, Employee
  persona HRManager "HR manager" { role buyer }
  persona Employee "Employee" { role user }
  stage Rollout "Rollout" {
    touchpoint Webinar "Onboarding webinar" via Web for HRManager, Employee {
      emotion 1 for HRManager
      emotion -1 for Employee
      thought "Where is my policy number?" for Employee
      action "Joins the call"
    }
  }
}
`, 'Insurance'), []);
        expect(tableWithHeader(text, ['Touchpoint', 'Channels', 'Personas', 'Emotion'])).toEqual([
            ['Onboarding webinar', 'Website', 'HR manager, Employee', 'HR manager: +1; Employee: -1']
        ]);
        expect(text).toContain('- **Onboarding webinar**\n  - Does: Joins the call (HR manager, Employee)\n  - Thinks: \u201cWhere is my policy number?\u201d (Employee)');
        expect(text).toContain('- **Targets:** HR manager (buyer), Employee (user)');
    });
});
