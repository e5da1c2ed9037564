/**
 * Everything a journey map says about each element of its picture, as one `<article>`
 * per stage, touchpoint, barrier, opportunity and persona. They are in the page for
 * readers without script; the side panel shows the one of the element clicked or focused.
 */
import type { BarrierModel, JourneyModel, OpportunityModel, PersonaModel, StageModel, TouchpointModel } from '../model/journey-model.js';
import { messagesFor } from '../locale/messages.js';
import { attrs, fields, list, text } from './html.js';
import { answersList, metricFields, mitigation } from './fragments.js';
import { label, signed, type SiteContext } from './site-context.js';
import type { SiteJourney } from './site-input.js';

export type ElementKind = 'stage' | 'touchpoint' | 'barrier' | 'opportunity' | 'persona';

/** The id of an element's article: the picture's group names the same kind and id. */
export function detailsId(kind: ElementKind, name: string): string {
    return `cjm-${kind}-${name}`;
}

export function elementDetails(model: JourneyModel, journey: SiteJourney, site: SiteContext): string {
    const names = nameLookup(model);
    const articles = [
        ...model.personas.map(persona => personaArticle(persona, site)),
        ...model.stages.flatMap(stage => [
            stageArticle(stage, journey, site, names),
            ...stage.touchpoints.map(touchpoint => touchpointArticle(touchpoint, stage, site, names)),
            ...stage.barriers.map(barrier => barrierArticle(barrier, stage, site, names)),
            ...stage.opportunities.map(opportunity => opportunityArticle(opportunity, stage, site, names))
        ])
    ];
    return articles.join('\n');
}

/** A name as the reader knows it: the title of the persona, channel, touchpoint, barrier or opportunity it names. */
type Names = (name: string) => string;

function nameLookup(model: JourneyModel): Names {
    const titles = new Map<string, string>();
    const add = (item: { name: string; title?: string }) => titles.set(item.name, label(item));
    model.personas.forEach(add);
    model.channels.forEach(add);
    for (const stage of model.stages) {
        [...stage.touchpoints, ...stage.barriers, ...stage.opportunities].forEach(add);
    }
    return name => titles.get(name) ?? name;
}

function article(kind: ElementKind, name: string, title: string, site: SiteContext, content: string): string {
    const kindWord = site.words[kind];
    return `<article${attrs({ id: detailsId(kind, name), 'data-cjm-kind': kind, 'data-cjm-id': name, 'aria-label': `${kindWord}: ${title}` })}>
<h3><span class="cjm-kind">${text(kindWord)}:</span> ${text(title)}</h3>
${content}
</article>`;
}

function personaArticle(persona: PersonaModel, site: SiteContext): string {
    const words = site.words;
    return article('persona', persona.name, label(persona), site, fields([
        [words.role, persona.role === undefined ? undefined : text(messagesFor(site.locale).diagram.role(persona.role))],
        ...persona.attributes.map(({ kind, value }) => [words.attribute(kind), text(value)] as const)
    ]));
}

function stageArticle(stage: StageModel, journey: SiteJourney, site: SiteContext, names: Names): string {
    const words = site.words;
    // Each part is marked, so that a click on the metric or question in the picture opens the stage's article at it (client/panel.ts).
    const questions = stage.questions.map(question => `<h4${attrs({ 'data-cjm-question': question.text })}>${text(words.question)}: ${text(question.text)}</h4>${question.answers.length === 0
        ? `<p class="cjm-muted">${text(words.open)}</p>` : answersList(question.answers, journey, site)}`);
    const metrics = stage.metrics.map(metric => `<h4${attrs({ 'data-cjm-metric': metric.name })}>${text(words.metric)}: ${text(label(metric))}</h4>${metricFields(metric, journey, site)}`);
    return article('stage', stage.name, label(stage), site, [
        fields([
            [words.owner, stage.owner === undefined ? undefined : text(stage.owner)],
            [words.touchpoint, stage.touchpoints.map(touchpoint => text(label(touchpoint))).join(', ')],
            [words.barrier, stage.barriers.map(barrier => text(label(barrier))).join(', ')],
            [words.opportunity, stage.opportunities.map(item => text(names(item.name))).join(', ')]
        ]),
        ...metrics,
        ...questions
    ].join('\n'));
}

function touchpointArticle(touchpoint: TouchpointModel, stage: StageModel, site: SiteContext, names: Names): string {
    const words = site.words;
    const withPersonas = (entry: { text: string; personas: string[] }) =>
        `${text(entry.text)}${entry.personas.length === 0 ? '' : ` <small class="cjm-muted">(${text(words.persona)}: ${text(entry.personas.map(names).join(', '))})</small>`}`;
    const emotions = touchpoint.emotions.map(entry => `${entry.persona === undefined ? '' : `${text(names(entry.persona))}: `}${signed(entry.emotion)}`);
    const barriers = stage.barriers.filter(barrier => barrier.touchpoint === touchpoint.name);
    return article('touchpoint', touchpoint.name, label(touchpoint), site, [
        fields([
            [words.stage, text(label(stage))],
            [words.channels, text(touchpoint.channels.map(names).join(', '))],
            [words.personas, text(touchpoint.personas.map(names).join(', '))],
            [words.emotions, emotions.join('; ')],
            [words.description, touchpoint.description === undefined ? undefined : text(touchpoint.description)],
            [words.owner, touchpoint.owner === undefined ? undefined : text(touchpoint.owner)]
        ]),
        touchpoint.personaActions.length === 0 ? '' : `<h4>${text(words.actions)}</h4>${list(touchpoint.personaActions.map(withPersonas))}`,
        touchpoint.personaThoughts.length === 0 ? '' : `<h4>${text(words.thoughts)}</h4>${list(touchpoint.personaThoughts.map(withPersonas))}`,
        ...barriers.map(barrier => `<h4>${text(words.barrier)}: ${text(label(barrier))}</h4>${barrierFields(barrier, site, names)}`)
    ].join('\n'));
}

function barrierFields(barrier: BarrierModel, site: SiteContext, names: Names): string {
    const words = site.words;
    return fields([
        [words.severityLabel, text(words.barrierSeverity(barrier.severity))],
        [words.at, barrier.touchpoint === undefined ? undefined : text(names(barrier.touchpoint))],
        [words.mitigations, mitigation(barrier, site)],
        [words.resolvedBy, text(barrier.resolvedBy.map(names).join(', '))]
    ]);
}

function barrierArticle(barrier: BarrierModel, stage: StageModel, site: SiteContext, names: Names): string {
    return article('barrier', barrier.name, label(barrier), site, `${fields([[site.words.stage, text(label(stage))]])}${barrierFields(barrier, site, names)}`);
}

function opportunityArticle(opportunity: OpportunityModel, stage: StageModel, site: SiteContext, names: Names): string {
    const words = site.words;
    return article('opportunity', opportunity.name, label(opportunity), site, fields([
        [words.stage, text(label(stage))],
        [words.description, opportunity.description === undefined ? undefined : text(opportunity.description)],
        [words.resolves, text(opportunity.resolves.map(names).join(', '))]
    ]));
}
