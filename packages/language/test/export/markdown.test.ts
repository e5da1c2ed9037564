/**
 * The Markdown report, read back as a wiki reader gets it (marked's GFM lexer): everything
 * the map holds, in order, in the map's language, and the map's own text shown as written
 * whatever Markdown it contains.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMarkdown, type ExportDiagnostic } from '../../src/export/markdown.js';
import { exportMermaid } from '../../src/export/mermaid.js';
import type { JourneyModel, TouchpointModel } from '../../src/model/journey-model.js';
import { journeyModel, TODAY } from '../fixtures.js';
import { codeBlocks, headings, listItems, paragraphs, rowsUnder, tables, tableWithHeader } from './markdown-reader.js';

const CLOCK = { today: TODAY, maxAgeDays: 365 };
const ENGLISH = { locale: 'en', evidence: CLOCK } as const;
const TOUCHPOINTS = ['Touchpoint', 'Channels', 'Personas', 'Emotion', 'Then'];
const METRICS = ['Metric', 'Baseline', 'Target', 'Actual', 'Status', 'Source', 'Measured'];
const COVERAGE = ['Stage', 'Metrics', 'Answered questions', 'Barriers', 'Mitigated barriers'];
const DIAGNOSTICS = ['File', 'Line', 'Column', 'Severity', 'Rule', 'Message'];

/** A journey with every kind of element; titles carry Markdown syntax that must show as written. */
const MAP = `persona Founder "Founder | *CEO* _and_ \`owner\`" {
  role buyer
  quote "I ship <b>fast</b>"
  goal "Launch | grow"
  habit "Reads ## news"
  goal "1. Hire"
}
channel Web "Web <site> & app" online { description "- the main site" }
channel Shop "Shop" offline

journey Onboarding "# Onboarding | 2026" {
  product "cjm <pro>"
  state future
  owner "Team ~growth~"
  reviewed 2025-10-01
  objective "Raise conversion from 4% to 8% [fast](http://x)"
  problem "Teams\\ncannot see $value$"
  target Founder

  stage Awareness "Awareness *first*" {
    owner "Anna"
    touchpoint Landing "Landing | page" via Web, Shop for Founder {
      emotion 1
      description "<script>alert(1)</script>"
      owner "Web team"
      action "Clicks \`Start\`"
      thought "Is it free?"
      -> Ad, Call
    }
    touchpoint Ad via Web { emotion -2 }
    touchpoint Call "Call" via Shop { -> Landing }
    barrier Slow "Slow _answers_" at Landing severity high { mitigation "Hire" mitigation "Automate *it*" }
    barrier Price severity low
    opportunity Callback "Callback" resolves Slow { description "Within 5 minutes" }
    metric Visits "Visits | daily" { baseline 100 target 200 actual 250 source "Web analytics" measured 2026-10-01 }
    metric Wait "Wait" { baseline 30 "sec" target 10 "sec" actual 20 "sec" measured 2025-01-10 }
    metric Share "Share" { target 20% }
    metric Rate "Rate" { actual 5% }
    question "Where do they hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12 sample 12
      answer "Search" source desk date 2024-01-01
      answer "+ word of mouth"
    }
    question "Why do they leave?"
  }
  stage Trial {
    touchpoint Signup via Web
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
        report = exportMarkdown(model, diagnostics, ENGLISH);
    });

    it('has the title, the brief, the personas, the channels, the picture, a section per stage, the coverage and the diagnostics, in order', () => {
        expect(headings(report)).toEqual([
            '# # Onboarding | 2026', '## Brief', '## Personas', '### Founder | *CEO* _and_ `owner`', '## Channels', '## Journey at a glance',
            '## Stage: Awareness *first*', '### Touchpoints', '### Touchpoints in detail', '### Barriers', '### Opportunities', '### Metrics', '### Research questions',
            '## Stage: Trial', '### Touchpoints', '## Coverage', '## Diagnostics'
        ]);
    });

    it('holds the brief, each text as written, an old review marked stale', () => {
        expect(listItems(report).slice(0, 8)).toEqual([
            'Journey ID: Onboarding', 'Product: cjm <pro>', 'State: future',
            'Objective: Raise conversion from 4% to 8% [fast](http://x)', 'Problem: Teams\ncannot see $value$',
            'Target personas: Founder | *CEO* _and_ `owner` (buyer)', 'Owner: Team ~growth~', 'Reviewed: 2025-10-01 (stale)'
        ]);
    });

    it('gives each persona its role and attributes, goals together, quotes in quotation marks', () => {
        expect(listItems(report).slice(8, 13)).toEqual([
            'Role: buyer', 'Goal: Launch | grow', 'Goal: 1. Hire', 'Habit: Reads ## news', 'Quote: \u201cI ship <b>fast</b>\u201d'
        ]);
    });

    it('lists the channels, online or offline, with their descriptions', () => {
        expect(tableWithHeader(report, ['Channel', 'Kind', 'Description'])).toEqual([
            ['Web <site> & app', 'online', '- the main site'],
            ['Shop', 'offline', '']
        ]);
    });

    it('holds one mermaid code block equal to exportMermaid', () => {
        expect(codeBlocks(report).map(block => [block.lang, `${block.text}\n`])).toEqual([['mermaid', exportMermaid(model)]]);
    });

    it('lists the touchpoints with channels, personas, emotion and where the flow goes', () => {
        expect(rowsUnder(report, TOUCHPOINTS)).toEqual([
            ['Landing | page', 'Web <site> & app, Shop', 'Founder | *CEO* _and_ `owner`', '+1', 'Ad (branch); Call (branch)'],
            ['Ad', 'Web <site> & app', '', '-2', 'Call'],
            ['Call', 'Shop', '', '', 'Landing | page (loop back)'],
            ['Signup', 'Web <site> & app', '', '', 'end of the journey']
        ]);
    });

    it('tells each touchpoint\'s description, owner, actions and thoughts, then barriers, opportunities and questions', () => {
        expect(listItems(report).slice(13)).toEqual([
            'Landing | page', 'Description: <script>alert(1)</script>', 'Owner: Web team', 'Does: Clicks `Start`', 'Thinks: \u201cIs it free?\u201d',
            'Slow _answers_', 'Severity: high', 'Touchpoint: Landing | page', 'Mitigation: Hire', 'Mitigation: Automate *it*', 'Resolved by: Callback',
            'Price', 'Severity: low', 'Not mitigated yet',
            'Callback', 'Resolves: Slow _answers_', 'Description: Within 5 minutes',
            'Where do they hear about us?',
            'Peers in chats\nSource: interview \u00b7 Date: 2026-09-12 \u00b7 Sample: 12',
            'Search\nSource: desk research \u00b7 Date: 2024-01-01 (stale)',
            '+ word of mouth',
            'Why do they leave?', 'Not answered yet'
        ]);
    });

    it('lists metrics with baseline, target in its direction, actual, whether met, source and measured date', () => {
        expect(tableWithHeader(report, METRICS)).toEqual([
            ['Visits | daily', '100', '\u2265 200', '250', 'met', 'Web analytics', '2026-10-01'],
            ['Wait', '30 sec', '\u2264 10 sec', '20 sec', 'not met', '', '2025-01-10 (stale)'],
            ['Share', '', '\u2265 20%', '', 'no actual yet', '', ''],
            ['Rate', '', '', '5%', 'no target', '', '']
        ]);
    });

    it('says the stage owner under its heading', () => {
        expect(paragraphs(report)).toContain('Owner: Anna');
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
        const clean = exportMarkdown(model, [], ENGLISH);
        expect(tables(clean).some(table => JSON.stringify(table[0]) === JSON.stringify(DIAGNOSTICS))).toBe(false);
        expect(clean.trimEnd().endsWith('## Diagnostics\n\nNo problems found.')).toBe(true);
    });

    it('marks nothing stale without a clock', () => {
        expect(exportMarkdown(model, [], { locale: 'en' })).not.toMatch(/stale/);
    });

    it('keeps a backtick fence in a title from closing the Mermaid block', async () => {
        const fenced = await journeyModel('journey J "```" {\n  stage S "````" {\n    touchpoint T "```mermaid"\n  }\n}\n', 'J');
        expect(codeBlocks(exportMarkdown(fenced, [], ENGLISH)).map(block => `${block.text}\n`)).toEqual([exportMermaid(fenced)]);
    });

    it('is written in Russian with --locale ru: labelled fields, no preposition before a map\'s name', () => {
        const russian = exportMarkdown(model, diagnostics, { locale: 'ru', evidence: CLOCK });
        expect(headings(russian).filter(heading => heading.startsWith('## '))).toEqual([
            '## Сводка', '## Персоны', '## Каналы', '## Путь на одной схеме', '## Этап: Awareness *first*', '## Этап: Trial', '## Покрытие', '## Замечания проверки'
        ]);
        expect(listItems(russian)).toContain('Дата пересмотра: 2025-10-01 (устарело)');
        expect(listItems(russian)).toContain('Точка контакта: Landing | page');
        expect(rowsUnder(russian, ['Точка контакта', 'Каналы', 'Персоны', 'Эмоция', 'Далее'])[2]).toEqual(['Call', 'Shop', '', '', 'Landing | page (возврат)']);
        expect(tableWithHeader(russian, ['Этап', 'Метрики', 'Вопросы с ответом', 'Барьеры', 'Барьеры с мерами'])[0]).toEqual(['Awareness *first*', '4', '1 из 2', '2', '1 из 2']);
        expect(tableWithHeader(russian, ['Файл', 'Строка', 'Столбец', 'Важность', 'Правило', 'Сообщение']).map(row => row[3])).toEqual(['предупреждение', 'ошибка']);
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
`, 'Insurance'), [], ENGLISH);
        expect(tableWithHeader(text, TOUCHPOINTS)).toEqual([
            ['Onboarding webinar', 'Website', 'HR manager, Employee', 'HR manager: +1; Employee: -1', 'end of the journey']
        ]);
        expect(text).toContain('- **Onboarding webinar**\n  - **Does:** Joins the call (HR manager, Employee)\n  - **Thinks:** \u201cWhere is my policy number?\u201d (Employee)');
        expect(text).toContain('- **Target personas:** HR manager (buyer), Employee (user)');
    });

    it('shows arbitrary Unicode text as written, in headings, tables, list items and bold (property)', () => {
        // Markdown's and HTML's syntax mixed into arbitrary code points, so that they meet often.
        const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('|', '`', '*', '_', '# ', '- ', '1. ', '> ', '<b>', '&amp;', '\\', '\n', ' ', '[a](b)', '~~', '$')), { maxLength: 6 })
            .map(parts => parts.join(''));
        fc.assert(fc.property(text, text, text, text, (stage, touchpoint, action, goal) => {
            const shown = exportMarkdown(modelOf(stage, touchpoint, action, goal), [], ENGLISH);
            // A title that shows as nothing (a control character alone) leaves the label alone: compared without the space after it.
            expect(headings(shown)).toContain(`## Stage: ${seen(titled(stage, 'S'))}`.trimEnd());
            expect(rowsUnder(shown, TOUCHPOINTS).map(row => row[0])).toEqual([seen(titled(touchpoint, 'T'))]);
            expect(listItems(shown).map(item => item.trimEnd())).toEqual(expect.arrayContaining([`Goal: ${seen(goal)}`.trimEnd(), `Does: ${seen(action)}`.trimEnd(), seen(action).trimEnd()]));
        }), { numRuns: 300 });
    });
});

/** A title as shown: trimmed, else the name. */
function titled(title: string, name: string): string {
    return title.trim() === '' ? name : title.trim();
}

/** What a reader sees of a text: line breaks kept inside it, other control characters as spaces, no space or break at either end. */
function seen(text: string): string {
    return text.split(/\r\n?|\n/).map(line => line.replace(/\p{Cc}/gu, ' ')).join('\n').trim();
}

/** A one-stage, one-touchpoint model with the given texts, built directly: the export reads only the model. */
function modelOf(stage: string, touchpoint: string, action: string, goal: string): JourneyModel {
    const tp: TouchpointModel = {
        name: 'T', title: touchpoint, stage: 'S', channels: [], personas: ['P'], emotions: [], actions: [action], thoughts: [],
        personaActions: [{ text: action, personas: ['P'] }], personaThoughts: [], arrows: [], reachable: true
    };
    const coverage = { touchpoints: 1, metrics: 0, metricsWithTarget: 0, questions: 0, answeredQuestions: 0, barriers: 0, mitigatedBarriers: 0 };
    return {
        name: 'J', state: 'current', targets: [], channels: [], flows: [],
        personas: [{ name: 'P', scope: 'journey', attributes: [{ kind: 'goal', value: goal }] }],
        // The action's text is also asked as a question, which the report shows in bold.
        stages: [{ name: 'S', title: stage, touchpoints: [tp], barriers: [], opportunities: [], metrics: [], questions: [{ text: action, stage: 'S', answers: [] }], coverage }]
    };
}
