/**
 * What the picture says, read back from the SVG of every example as a reader (or a screen
 * reader) meets it: the research answers themselves, the barriers' mitigations, the
 * metrics' sources, the header's facts, the legend of colours, and an accessible name for
 * the picture and each of its stages, touchpoints and barriers. A text cut with an
 * ellipsis in the picture is whole in its group's `<title>`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READABLE_ANSWERS } from '../../src/diagram/lanes/lane-entries.js';
import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import { THEMES } from '../../src/diagram/theme.js';
import { personaView, type JourneyModel, type Locale } from '../../src/index.js';
import { messagesFor } from '../../src/locale/messages.js';
import { TODAY, exampleJourneyModels, journeyModels, stageLayouts } from '../fixtures.js';
import { mapArbitrary } from '../generated-map/map-arbitrary.js';
import { printMap } from '../generated-map/print-map.js';
import { lineText, readSvg, type SvgContractView } from './svg-contract.js';

const examples = await exampleJourneyModels();
const layouts = stageLayouts();
const CLOCK = { evidence: { today: TODAY, maxAgeDays: 365 } };

interface Drawn {
    model: JourneyModel;
    svg: string;
    view: SvgContractView;
    /** Every drawn text line of the picture, white space removed (wrapping moves it). */
    drawn: string;
    locale: Locale;
}

async function drawn(model: JourneyModel): Promise<Drawn> {
    const svg = await renderJourneySvg(model, layouts, CLOCK);
    const view = readSvg(svg);
    return { model, svg, view, drawn: squashed(view.texts.map(lineText).join('')), locale: /xml:lang="(\w+)"/.exec(svg)![1] as Locale };
}

const rendered = await Promise.all(examples.map(drawn));

function squashed(text: string): string {
    return text.replace(/\s+/g, '');
}

/** The text with an ellipsis where the picture cut it: its drawn start, or its whole in a title. */
function shownOrTitled(text: string, drawn: string, titles: readonly string[]): boolean {
    const whole = squashed(text);
    return drawn.includes(whole) || titles.some(title => squashed(title).includes(whole)) && drawn.includes(whole.slice(0, 12));
}

/** Stages and groups whose research cell does not show the newest answers, "+N more" and the open questions. */
function answerProblems({ model, view, drawn, locale }: Drawn): string[] {
    const words = messagesFor(locale).diagram;
    const problems: string[] = [];
    for (const stage of model.stages) {
        const answers = view.answers.filter(answer => answer.cell === `research/${stage.name}`);
        const all = stage.questions.flatMap(question => question.answers);
        const newest = [...all].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, READABLE_ANSWERS);
        if (answers.length !== newest.length) {
            problems.push(`${stage.name}: ${answers.length} answers drawn, ${newest.length} expected`);
        }
        newest.forEach((answer, i) => {
            const group = answers[i];
            const text = squashed(group?.text ?? '');
            const facts = [answer.source && words.evidenceSource(answer.source), answer.date, answer.sample && words.sample(answer.sample)];
            if (!shownOrTitled(answer.text, text, group?.title === undefined ? [] : [group.title]) || facts.some(fact => fact && !text.includes(squashed(String(fact))))) {
                problems.push(`${stage.name}: answer ${i + 1} ${JSON.stringify(group)} is not ${JSON.stringify(answer)}`);
            }
        });
        if (all.length > READABLE_ANSWERS && !drawn.includes(squashed(words.more(all.length - READABLE_ANSWERS)))) {
            problems.push(`${stage.name}: no ${words.more(all.length - READABLE_ANSWERS)}`);
        }
        const open = stage.questions.filter(question => question.answers.length === 0).length;
        const marked = drawn.split(squashed(`${words.openQuestion}:`)).length - 1;
        if (open > 0 && marked < open) {
            problems.push(`${stage.name}: ${open} open questions, ${marked} marked open in the picture`);
        }
    }
    return problems;
}

/** Mitigations (or the mark of none) missing from the barriers' boxes and titles. */
function mitigationProblems({ model, view, drawn, locale }: Drawn): string[] {
    const titles = view.barriers.map(box => box.title ?? '');
    return model.stages.flatMap(stage => stage.barriers)
        .flatMap(barrier => barrier.mitigations.length === 0 ? [messagesFor(locale).diagram.noMitigation] : barrier.mitigations)
        .filter(text => !shownOrTitled(text, drawn, titles));
}

/** Metric sources and measuring dates, and the header's state, product, owner and review date, missing from the picture. */
function factProblems({ model, drawn, locale }: Drawn): string[] {
    const metrics = model.stages.flatMap(stage => stage.metrics).flatMap(metric => [metric.source, metric.measured]);
    return [...metrics, messagesFor(locale).diagram.state(model.state), model.product, model.owner, model.reviewed]
        .filter((text): text is string => text !== undefined).filter(text => !drawn.includes(squashed(text)));
}

/** Stages, touchpoints and barriers whose group has no `<title>` with its whole text. */
function titleProblems({ model, view }: Drawn): string[] {
    const titles = new Map([...view.stages, ...view.touchpoints, ...view.barriers].map(box => [`${box.kind} ${box.id}`, box.title ?? '']));
    return model.stages.flatMap(stage => [
        ...(titles.get(`stage ${stage.name}`) === (stage.title ?? stage.name) ? [] : [`stage ${stage.name}`]),
        ...stage.touchpoints.filter(item => !titles.get(`touchpoint ${item.name}`)?.startsWith(item.title ?? item.name)).map(item => `touchpoint ${item.name}`),
        ...stage.barriers.filter(item => !titles.get(`barrier ${item.name}`)?.startsWith(item.title ?? item.name)
            || item.mitigations.some(text => !titles.get(`barrier ${item.name}`)!.includes(text))).map(item => `barrier ${item.name}`)
    ]);
}

describe.each(rendered.map(item => [item.model.name, item] as const))('the picture of %s', (_, item) => {
    const { model, view } = item;

    it('names itself by the journey\'s title and describes itself by the brief (role="img", <title>, <desc>)', () => {
        expect(view.title).toBe(model.title ?? model.name);
        if (model.objective !== undefined) {
            expect(view.desc).toContain(model.objective);
        }
    });

    it('gives each stage, touchpoint and barrier group a <title> with its whole text', () => {
        expect(titleProblems(item)).toEqual([]);
    });

    it('shows the newest answers of each stage\'s research (text, source, date, sample), then how many more, and the open questions', () => {
        expect(answerProblems(item)).toEqual([]);
    });

    it('writes each barrier\'s mitigations in its box, or marks it as having none', () => {
        expect(mitigationProblems(item)).toEqual([]);
    });

    it('gives each metric\'s source and measuring date, and heads the picture with the journey\'s state, product, owner and review date', () => {
        expect(factProblems(item)).toEqual([]);
    });
});

describe('the picture of a generated map', () => {
    it('says all of the above for every journey, whatever the map holds (fast-check)', async () => {
        await fc.assert(fc.asyncProperty(mapArbitrary({ maxJourneys: 1, comments: false }), async map => {
            for (const model of Object.values(await journeyModels(printMap(map)))) {
                const item = await drawn(model);
                expect([...titleProblems(item), ...answerProblems(item), ...mitigationProblems(item), ...factProblems(item)]).toEqual([]);
            }
        }), { numRuns: 15 });
    });
});

describe('the legend of colours', () => {
    it('explains every emotion colour and the colour of each severity the picture draws, swatch by swatch', () => {
        for (const { model, svg, locale } of rendered) {
            const words = messagesFor(locale).diagram;
            const samples = [...svg.matchAll(/<g class="cjm-colour-sample" data-cjm-kind="(\w+)" data-cjm-value="([^"]+)"><rect [^>]*fill="([^"]+)"[^>]*\/><text[^>]*>(.*?)<\/text>/g)]
                .map(([, kind, value, fill, text]) => ({ kind, value, fill, text: text.replace(/<[^>]+>/g, '') }));
            const severities = [...new Set(model.stages.flatMap(stage => stage.barriers.map(barrier => barrier.severity)))];
            expect(samples.filter(sample => sample.kind === 'emotion').map(sample => [sample.fill, sample.text]), model.name)
                .toEqual(THEMES.light.emotion.map((colour, i) => [colour, `${['\u22122', '\u22121', '0', '+1', '+2'][i]} ${words.colours.levels[i]}`]));
            expect(samples.filter(sample => sample.kind === 'severity').map(sample => [sample.value, sample.fill, sample.text]).sort(), model.name)
                .toEqual(severities.map(severity => [severity, THEMES.light.barrier[severity].fill, words.severityName(severity)]).sort());
        }
    });
});

describe('a Russian map\'s picture', () => {
    it('names channels and personas in labelled fields, never after a preposition that would decline them', () => {
        for (const { model, view } of rendered.filter(item => item.locale === 'ru')) {
            const lines = view.texts.filter(line => line.owner?.kind === 'touchpoint').map(lineText);
            expect(lines.some(line => /^Каналы?: /.test(line)), model.name).toBe(true);
            expect(lines.some(line => /^Персоны?: /.test(line)), model.name).toBe(true);
            expect(lines.filter(line => /^(через|для) /.test(line)), model.name).toEqual([]);
        }
    });
});

describe('a stage without touchpoints', () => {
    /** The stage's drawn text, its wrapped lines joined. */
    const stageText = (found: Drawn, stage: string): string =>
        found.view.texts.filter(line => line.owner?.kind === 'stage' && line.owner.id === stage).map(lineText).join(' ');

    it('says in one persona\'s view that the persona has none there, in the map\'s language', async () => {
        const english = examples.find(model => model.name === 'CorporateHealth')!;
        const hr = await drawn(personaView(english, 'HRManager'));
        expect(stageText(hr, 'FirstVisit')).toBe('First visit to the clinic No touchpoints of this persona in this stage');
        const russian = examples.find(model => model.name === 'ДМССотрудников')!;
        const hrRu = await drawn(personaView(russian, 'HRМенеджер'));
        const firstVisit = russian.stages.find(stage => stage.title === 'Первый визит в клинику')!.name;
        expect(stageText(hrRu, firstVisit)).toBe('Первый визит в клинику У этой персоны на этом этапе касаний нет');
    });

    it('says in the whole map that it has none yet; a stage with touchpoints says nothing of the kind', async () => {
        const { Draft: model } = await journeyModels(`persona P "P"
channel Web "Web" online
journey Draft {
  stage Later "Later"
  stage Now "Now" { touchpoint Visit "Visit" via Web for P }
}
`);
        const picture = await drawn(model);
        expect(stageText(picture, 'Later')).toBe('Later No touchpoints yet');
        expect(stageText(picture, 'Now')).toBe('Now');
    });
});
