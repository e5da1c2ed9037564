/**
 * Channels: per journey, a channel × stage matrix (online and offline channels alike),
 * each cell the touchpoints that channel carries in that stage, so a reader sees which
 * channels carry which part of the experience.
 */
import { list, table, text } from './html.js';
import { label, type Page, type SiteContext } from './site-context.js';
import { PAGES, journeyPath, linkFrom } from './site-paths.js';

export function channelsPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.channels, site.options);
    const words = site.words;
    const sections = site.journeys.map(({ model }) => {
        const rows = model.channels.map(channel => [
            `${text(label(channel))} <small class="cjm-muted">(${text(words.channelKind(channel.kind))})</small>`,
            ...model.stages.map(stage => list(stage.touchpoints.filter(touchpoint => touchpoint.channels.includes(channel.name)).map(touchpoint => text(label(touchpoint)))))
        ]);
        return `<section><h2><a href="${text(link(journeyPath(model.name)))}">${text(label(model))}</a></h2>
<div class="cjm-scroll">${table(`${words.channels} \u00d7 ${words.stages}`, [words.channel, ...model.stages.map(label)], rows)}</div></section>`;
    });
    return { path: PAGES.channels, title: words.pages.channels, body: `<h1>${text(words.pages.channels)}</h1>\n${sections.join('\n')}` };
}
