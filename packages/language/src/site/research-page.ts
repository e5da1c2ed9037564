/** Research: every question of every journey, answered or open, with its answers, their sources and the evidence's age. */
import { list, text } from './html.js';
import { answersList } from './fragments.js';
import { label, type Page, type SiteContext } from './site-context.js';
import { PAGES, journeyPath, linkFrom } from './site-paths.js';

export function researchPage(site: SiteContext): Page {
    const link = linkFrom(PAGES.research, site.options);
    const words = site.words;
    const sections = site.journeys.filter(({ model }) => model.stages.some(stage => stage.questions.length > 0)).map(journey => {
        const stages = journey.model.stages.filter(stage => stage.questions.length > 0).map(stage => {
            const questions = stage.questions.map(question => {
                const state = question.answers.length > 0 ? `<span class="cjm-ok">\u2713 ${text(words.answered)}</span>` : `<span class="cjm-warning">? ${text(words.open)}</span>`;
                return `<p><strong>${text(question.text)}</strong> \u2014 ${state}</p>${answersList(question.answers, journey, site)}`;
            });
            return `<h3>${text(words.stage)}: ${text(label(stage))}</h3>${list(questions)}`;
        });
        return `<section><h2><a href="${text(link(journeyPath(journey.model.name)))}">${text(label(journey.model))}</a></h2>\n${stages.join('\n')}</section>`;
    });
    return { path: PAGES.research, title: words.pages.research, body: `<h1>${text(words.pages.research)}</h1>\n${sections.join('\n')}` };
}
