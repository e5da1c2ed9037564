/**
 * Personas: each persona's card (role, goals, needs, quotes) and every journey and
 * touchpoint it appears in, with its emotion there. A workspace persona is one card
 * across journeys; a persona declared inside a journey is that journey's own.
 */
import { messagesFor } from '../locale/messages.js';
import type { JourneyModel, PersonaModel } from '../model/journey-model.js';
import { fields, list, tag, text } from './html.js';
import { label, signed, type Page, type SiteContext } from './site-context.js';
import { PAGES, journeyPath, linkFrom, type Link } from './site-paths.js';

interface PersonaEntry {
    key: string;
    persona: PersonaModel;
    journeys: JourneyModel[];
}

export function personasPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.personas, site.options);
    const entries = new Map<string, PersonaEntry>();
    for (const { model } of site.journeys) {
        for (const persona of model.personas) {
            const key = persona.scope === 'workspace' ? persona.name : `${model.name}.${persona.name}`;
            const entry = entries.get(key) ?? { key, persona, journeys: [] };
            entry.journeys.push(model);
            entries.set(key, entry);
        }
    }
    const cards = [...entries.values()].map(entry => personaCard(entry, site, link));
    return { path: PAGES.personas, title: site.words.pages.personas, body: `<h1>${text(site.words.pages.personas)}</h1>\n${tag('ul', { class: 'cjm-cards' }, cards.join('\n'))}` };
}

function personaCard({ key, persona, journeys }: PersonaEntry, site: SiteContext, link: Link): string {
    const words = site.words;
    const appearances = journeys.map(model => {
        const touchpoints = model.stages.flatMap(stage => stage.touchpoints).filter(touchpoint => touchpoint.personas.includes(persona.name));
        const items = touchpoints.map(touchpoint => {
            const emotion = touchpoint.emotions.find(entry => entry.persona === persona.name);
            return `${text(label(touchpoint))}${emotion === undefined ? '' : ` <small class="cjm-muted">(${text(words.emotion)}: ${signed(emotion.emotion)})</small>`}`;
        });
        return `<a href="${text(link(journeyPath(model.name, persona.name)))}">${text(label(model))}</a>${list(items)}`;
    });
    return tag('li', { class: 'cjm-card', id: `persona-${key}` }, `<h2>${text(label(persona))}</h2>
${fields([
        [words.role, persona.role === undefined ? undefined : text(messagesFor(site.locale).diagram.role(persona.role))],
        ...persona.attributes.map(({ kind, value }) => [words.attribute(kind), text(value)] as const)
    ])}
<h3>${text(words.journeys)}</h3>
${list(appearances)}`);
}
