/**
 * Channels: one channel × journey matrix across all journeys (online and offline channels
 * alike), each cell the stages where that channel carries touchpoints, then per journey a
 * channel × stage matrix with the touchpoints themselves, so a reader sees which channels
 * carry which part of the experience, in one journey and across them.
 */
import type { ChannelModel, JourneyModel } from '../model/journey-model.js';
import { list, text, wideTable } from './html.js';
import { label, type Page, type SiteContext } from './site-context.js';
import { PAGES, journeyPath, linkFrom } from './site-paths.js';

export function channelsPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.channels, site.options);
    const words = site.words;
    const models = site.journeys.map(journey => journey.model);
    const name = (channel: ChannelModel) => `${text(label(channel))} <small class="cjm-muted">(${text(words.channelKind(channel.kind))})</small>`;
    const across = allChannels(models).map(channel => [name(channel), ...models.map(model => list(model.stages
        .map(stage => [stage, stage.touchpoints.filter(touchpoint => touchpoint.channels.includes(channel.name)).length] as const)
        .filter(([, count]) => count > 0)
        .map(([stage, count]) => `${text(label(stage))} <small class="cjm-muted">(${count})</small>`)))]);
    const sections = models.map(model => {
        const rows = model.channels.map(channel => [
            name(channel),
            ...model.stages.map(stage => list(stage.touchpoints.filter(touchpoint => touchpoint.channels.includes(channel.name)).map(touchpoint => text(label(touchpoint)))))
        ]);
        return `<section><h3><a href="${text(link(journeyPath(model.name)))}">${text(label(model))}</a></h3>
${wideTable(`${words.channels} \u00d7 ${words.stages}`, [words.channel, ...model.stages.map(label)], rows)}</section>`;
    });
    const body = [
        `<h1>${text(words.pages.channels)}</h1>`,
        `<section aria-labelledby="cjm-across"><h2 id="cjm-across">${text(words.acrossJourneys)}</h2>`,
        `${wideTable(`${words.channels} \u00d7 ${words.journeys}`, [words.channel, ...models.map(label)], across)}</section>`,
        `<section aria-labelledby="cjm-each"><h2 id="cjm-each">${text(words.eachJourney)}</h2>`,
        ...sections,
        '</section>'
    ];
    return { path: PAGES.channels, title: words.pages.channels, body: body.join('\n') };
}

/** Every channel the journeys use, once (by name), in the order they first appear. */
function allChannels(models: readonly JourneyModel[]): ChannelModel[] {
    const seen = new Map<string, ChannelModel>();
    for (const channel of models.flatMap(model => model.channels)) {
        if (!seen.has(channel.name)) {
            seen.set(channel.name, channel);
        }
    }
    return [...seen.values()];
}
