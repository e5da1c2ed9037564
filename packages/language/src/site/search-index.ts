/**
 * The search index, written at build time and read by the pages' script: one entry per
 * journey, stage, touchpoint, barrier, opportunity, metric, question and persona, with
 * every text of it. The browser matches words in any script (Cyrillic, CJK) by plain
 * lower-cased substring search, so the index holds the texts as they are.
 */
import type { JourneyModel } from '../model/journey-model.js';
import { detailsId, type ElementKind } from './element-details.js';
import { label, type SiteContext } from './site-context.js';
import { journeyPath } from './site-paths.js';

/** [page path, fragment, kind, the label shown, the journey's title, the searchable text]. */
export type SearchEntry = readonly [string, string, string, string, string, string];

/** The entries of one journey: its own, its personas' and its elements'. */
export function journeyEntries(model: JourneyModel, site: SiteContext): SearchEntry[] {
    const words = site.words;
    const page = journeyPath(model.name);
    const journey = label(model);
    const entry = (kind: ElementKind | undefined, name: string, kindWord: string, shown: string, texts: ReadonlyArray<string | undefined>): SearchEntry =>
        [page, kind === undefined ? '' : detailsId(kind, name), kindWord, shown, journey, [shown, name, ...texts].filter(item => item !== undefined).join('\n')];
    return [
        entry(undefined, model.name, words.journey, journey, [model.product, model.objective, model.problem, model.owner]),
        ...model.personas.map(persona => entry('persona', persona.name, words.persona, label(persona), persona.attributes.map(item => item.value))),
        ...model.stages.flatMap(stage => [
            entry('stage', stage.name, words.stage, label(stage), [stage.owner]),
            ...stage.touchpoints.map(touchpoint => entry('touchpoint', touchpoint.name, words.touchpoint, label(touchpoint),
                [touchpoint.description, touchpoint.owner, ...touchpoint.actions, ...touchpoint.thoughts])),
            ...stage.barriers.map(barrier => entry('barrier', barrier.name, words.barrier, label(barrier), barrier.mitigations)),
            ...stage.opportunities.map(item => entry('opportunity', item.name, words.opportunity, label(item), [item.description])),
            ...stage.metrics.map(metric => entry('stage', stage.name, words.metric, label(metric), [metric.name, metric.source])),
            ...stage.questions.map(question => entry('stage', stage.name, words.question, question.text, question.answers.map(answer => answer.text)))
        ])
    ];
}

/** The index as JSON that is safe inside a `<script>` element and a script file (no `<`, no line separators). */
export function searchIndexJson(entries: readonly SearchEntry[]): string {
    return JSON.stringify(entries).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The index as a script file: a page opened from file:// may not fetch() a JSON file, but it may load a script. */
export function searchIndexScript(entries: readonly SearchEntry[]): string {
    return `window.cjmSearchIndex = ${searchIndexJson(entries)};\n`;
}
