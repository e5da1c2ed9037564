// @vitest-environment happy-dom
// Mermaid needs a DOM even to parse (notes/environment.md).
import fc from 'fast-check';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMermaid } from '../../src/export/mermaid.js';
import type { JourneyModel, PersonaModel, StageModel, TouchpointModel } from '../../src/model/journey-model.js';
import { personaView } from '../../src/model/persona-view.js';
import { exampleJourneyModels, generatedJourney, journeyModel } from '../fixtures.js';

/** What Mermaid's journey parser read: the title, sections and tasks. */
interface ParsedJourney {
    title: string;
    sections: string[];
    tasks: { section: string; task: string; score: number; people: string[] }[];
}

interface JourneyDb {
    getDiagramTitle(): string;
    getSections(): string[];
    getTasks(): ParsedJourney['tasks'];
}

/**
 * Parses with Mermaid's own parser, after checking that mermaid.parse (which also
 * preprocesses: comments, directives, front matter) accepts the text as a journey.
 */
async function parseMermaid(text: string): Promise<ParsedJourney> {
    expect(await mermaid.parse(text)).toMatchObject({ diagramType: 'journey' });
    const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as JourneyDb;
    return {
        title: db.getDiagramTitle(),
        sections: db.getSections(),
        tasks: db.getTasks().map(({ section, task, score, people }) => ({ section, task, score, people }))
    };
}

/**
 * What a reader sees for a title: characters that are syntax to Mermaid are drawn as
 * look-alikes (Mermaid's own `#58;` entities are drawn undecoded by its journey renderer).
 */
const LOOK_ALIKES: Record<string, string> = { ':': '∶', '#': '＃', ';': '；', '%': '％', '<': '‹', '>': '›', 'ﬂ': 'fl', '¶': '⁋' };

function seen(text: string): string {
    return text.replace(/[:#;%<>ﬂ¶]/g, char => LOOK_ALIKES[char]!);
}

/** A title as the export promises to show it: one line, trimmed, else the name, with look-alikes. */
function shown(title: string | undefined, name: string): string {
    const text = (title ?? '').replace(/\p{Cc}/gu, ' ').trim();
    return seen(text === '' ? name : text);
}

/** A task name starting with a statement keyword gets an invisible word joiner in front. */
function shownTask(title: string | undefined, name: string): string {
    const text = shown(title, name);
    return /^(?:journey|title|section|acctitle|accdescr)/i.test(text) ? `\u2060${text}` : text;
}

/**
 * What Mermaid must read for a model: one section per stage, one task per touchpoint, or
 * one per persona (`Title · Persona`) where the touchpoint's personas feel differently.
 */
function expected(model: JourneyModel): ParsedJourney {
    const personas = new Map(model.personas.map(persona => [persona.name, shown(persona.title, persona.name)]));
    const person = (name: string): string => (personas.get(name) ?? name).replaceAll(',', '‚');
    const score = (emotion: number | undefined): number => emotion === undefined ? 3 : Math.min(5, Math.max(1, Math.round(emotion + 3)));
    return {
        title: shown(model.title, model.name),
        sections: model.stages.map(stage => shown(stage.title, stage.name)),
        tasks: model.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => {
            const section = shown(stage.title, stage.name);
            const felt = touchpoint.personas.map(persona => touchpoint.emotions.find(item => item.persona === persona)?.emotion);
            const extra = touchpoint.emotions.filter(item => item.persona !== undefined && !touchpoint.personas.includes(item.persona));
            if (new Set(felt).size <= 1 && extra.length === 0) {
                return [{ section, task: shownTask(touchpoint.title, touchpoint.name), score: score(touchpoint.emotion), people: touchpoint.personas.map(person) }];
            }
            return [...touchpoint.personas, ...extra.map(item => item.persona!)].map(persona => ({
                section, task: `${shownTask(touchpoint.title, touchpoint.name)} · ${person(persona)}`,
                score: score(touchpoint.emotions.find(item => item.persona === persona)?.emotion), people: [person(persona)]
            }));
        }))
    };
}

/** A .cjm string literal holding `text` exactly. */
function cjmString(text: string): string {
    return `"${text.replace(/[\\"]/g, char => `\\${char}`)}"`;
}

const HOSTILE = [
    'Pay: now; or #later',
    'Score: 5: Founder',
    '"Quoted" and \'single\'',
    'Line one\nline two\ttabbed',
    '100% sure %% not a comment',
    '%%{init: {"theme": "dark"}}%%',
    '# a comment?',
    'Оплата картой в отделении 💳',
    '  padded  ',
    '',
    '   ',
    'Title page',
    'section two',
    'Journey planning',
    'accTitle: hidden',
    'accDescr { hidden }',
    '<b class="x">bold</b> & more',
    'An entity #58; stays literal',
    'Mermaid markers ﬂ°°58¶ß',
    'style a fill:#faa;',
    'a, b, c',
    '---',
    '}'
];

describe('exportMermaid', () => {
    let examples: JourneyModel[] = [];

    beforeAll(async () => {
        examples = await exampleJourneyModels();
        expect(examples.length).toBeGreaterThan(4);
    });

    it('writes a journey diagram: title, a section per stage, a task per touchpoint with score and personas', async () => {
        const model = await journeyModel(`persona Founder "Early-stage founder"
persona Buyer
channel Web "Website" online
journey Onboarding "SaaS onboarding" {
  stage Awareness "Awareness" {
    touchpoint Landing "Landing page" via Web for Founder, Buyer { emotion 1 }
    touchpoint Ad via Web
  }
  stage Trial {
    touchpoint Signup "Sign up" via Web for Founder { emotion -2 }
  }
}
`, 'Onboarding');
        expect(exportMermaid(model)).toBe(`journey
    title SaaS onboarding
    section Awareness
        Landing page: 4: Early-stage founder, Buyer
        Ad: 3
    section Trial
        Sign up: 1: Early-stage founder
`);
    });

    it('parses with Mermaid for every example journey, each stage, touchpoint, score and persona as in the model', async () => {
        for (const model of examples) {
            const parsed = await parseMermaid(exportMermaid(model));
            expect(parsed, model.name).toEqual(expected(model));
        }
    });

    it('parses a generated journey of 120 touchpoints with Cyrillic titles', async () => {
        const model = await journeyModel(generatedJourney(120), 'Generated');
        expect(await parseMermaid(exportMermaid(model))).toEqual(expected(model));
    });

    it.each(HOSTILE)('keeps the meaning of the hostile title %j in every place a title goes', async hostile => {
        const title = cjmString(hostile);
        const model = await journeyModel(`persona Founder ${title}
persona Buyer "Buyer: head, of; #ops"
journey Hostile ${title} {
  stage Awareness ${title} {
    touchpoint Landing ${title} for Founder, Buyer { emotion 2 }
    touchpoint Second "Plain" for Founder
  }
}
`, 'Hostile');
        const parsed = await parseMermaid(exportMermaid(model));
        expect(parsed).toEqual(expected(model));
        expect(parsed.tasks.map(task => task.score)).toEqual([5, 3]);
        expect(parsed.tasks[0].people).toEqual([shown(hostile, 'Founder').replaceAll(',', '‚'), 'Buyer∶ head‚ of； ＃ops']);
    });

    it('shows an emotion out of range or between integers as the nearest face, 1 to 5', async () => {
        const model = await journeyModel(`journey Faces {
  stage S {
    touchpoint A { emotion 7 }
    touchpoint B { emotion -9 }
    touchpoint C { emotion 0.6 }
    touchpoint D
  }
}
`, 'Faces');
        expect((await parseMermaid(exportMermaid(model))).tasks.map(task => task.score)).toEqual([5, 1, 4, 3]);
    });

    it('parses and keeps every title for arbitrary Unicode titles (property)', async () => {
        // Hostile pieces mixed into arbitrary code points, so that the special characters meet often.
        const text = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(':', ';', ',', '#', '%%', '#58;', '\n', ' ', 'title ', 'section ', 'ﬂ°°', '¶ß', '<a b="c">')), { maxLength: 6 })
            .map(parts => parts.join(''));
        await fc.assert(fc.asyncProperty(text, text, text, text, async (journey, stage, touchpoint, persona) => {
            const model = modelOf(journey, stage, touchpoint, persona);
            expect(await parseMermaid(exportMermaid(model))).toEqual(expected(model));
        }), { numRuns: 300 });
    });
});

/** A one-stage, one-touchpoint model with the given titles, built directly: the export reads only the model. */
function modelOf(journey: string, stage: string, touchpoint: string, persona: string): JourneyModel {
    const personaModel: PersonaModel = { name: 'P', title: persona, scope: 'journey', attributes: [] };
    const touchpointModel: TouchpointModel = {
        name: 'T', title: touchpoint, stage: 'S', channels: [], personas: ['P'], emotion: -1, emotions: [{ persona: 'P', emotion: -1 }],
        actions: [], thoughts: [], personaActions: [], personaThoughts: [], arrows: [], reachable: true
    };
    const stageModel: StageModel = {
        name: 'S', title: stage, touchpoints: [touchpointModel], barriers: [], opportunities: [], metrics: [], questions: [],
        coverage: { touchpoints: 1, metrics: 0, metricsWithTarget: 0, questions: 0, answeredQuestions: 0, barriers: 0, mitigatedBarriers: 0 }
    };
    return { name: 'J', title: journey, state: 'current', targets: [], personas: [personaModel], channels: [], stages: [stageModel], flows: [] };
}

describe('exportMermaid with several personas', () => {
    beforeAll(() => {
        mermaid.initialize({ startOnLoad: false });
    });

    it('writes one task per persona where a touchpoint\'s personas feel differently, and Mermaid parses it', async () => {
        const model = await journeyModel(`channel Web "Website" online
journey Insurance "Health plan" {
  persona HRManager "HR manager" { role buyer }
  persona Employee "Employee" { role user }
  stage Rollout "Rollout" {
    touchpoint Webinar "Onboarding webinar" via Web for HRManager, Employee {
      emotion 1 for HRManager
      emotion -1 for Employee
    }
    touchpoint Letter "Welcome letter" via Web for HRManager, Employee { emotion 0 }
  }
}
`, 'Insurance');
        const parsed = await parseMermaid(exportMermaid(model));
        expect(parsed.tasks).toEqual([
            { section: 'Rollout', task: 'Onboarding webinar · HR manager', score: 4, people: ['HR manager'] },
            { section: 'Rollout', task: 'Onboarding webinar · Employee', score: 2, people: ['Employee'] },
            { section: 'Rollout', task: 'Welcome letter', score: 3, people: ['HR manager', 'Employee'] }
        ]);
    });

    it('titles one persona\'s view with whose it is, in the map\'s language', async () => {
        const model = await journeyModel(`journey Plan "Полис" {
  persona Employee "Сотрудник"
  stage Start "Начало" {
    touchpoint Card "Карта полиса" for Employee { emotion 1 }
  }
}
`, 'Plan');
        const view = personaView(model, 'Employee');
        expect(exportMermaid(model, 'ru')).toContain('    title Полис\n');
        expect((await parseMermaid(exportMermaid(view, 'ru'))).title).toBe('Полис · Точка зрения∶ Сотрудник');
        expect((await parseMermaid(exportMermaid(view, 'en'))).title).toBe('Полис · View∶ Сотрудник');
    });
});
