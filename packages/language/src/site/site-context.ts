/**
 * What every page of the site reads: the journeys, the site's words and locale, the
 * options, and the few facts several pages show alike (a declaration's label, evidence
 * ages, a journey's findings counted).
 */
import { isStale } from '../model/evidence.js';
import { daysBetween, isCalendarDate } from '../model/dates.js';
import type { Locale } from '../locale/locale.js';
import type { SiteWords } from '../locale/site-words.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { SiteJourney, SiteOptions, UnparsedMap } from './site-input.js';
import { text } from './html.js';

export interface SiteContext {
    readonly journeys: readonly SiteJourney[];
    readonly unparsed: readonly UnparsedMap[];
    readonly words: SiteWords;
    readonly locale: Locale;
    readonly options: SiteOptions;
}

/** One page: where it lives, its title, and its `<main>` content (HTML). */
export interface Page {
    readonly path: string;
    readonly title: string;
    readonly body: string;
    /** The page's own language where it differs from the site's (a journey page speaks its map's). */
    readonly locale?: Locale;
}

/** What a reader calls a declaration: its title, else its name. */
export function label(item: { name: string; title?: string }): string {
    return item.title ?? item.name;
}

/** Every date of evidence in a journey: answers' dates and metrics' measured dates. */
export function evidenceDates(model: JourneyModel): string[] {
    return model.stages.flatMap(stage => [
        ...stage.questions.flatMap(question => question.answers.flatMap(answer => answer.date === undefined ? [] : [answer.date])),
        ...stage.metrics.flatMap(metric => metric.measured === undefined ? [] : [metric.measured])
    ]).filter(isCalendarDate);
}

export function newestEvidence(model: JourneyModel): string | undefined {
    return evidenceDates(model).sort().at(-1);
}

/** A date as the page shows it, marked when it is older than the journey's config allows. */
export function dated(date: string | undefined, journey: SiteJourney, site: SiteContext): string | undefined {
    if (date === undefined) {
        return undefined;
    }
    return isStale(date, site.options.today, journey.config.evidenceMaxAgeDays)
        ? `${text(date)} <strong class="cjm-stale">(${text(site.words.stale)})</strong>`
        : text(date);
}

/** The age of evidence in days on the site's today; undefined for a date that is not a calendar date. */
export function ageInDays(date: string | undefined, today: string): number | undefined {
    return date !== undefined && isCalendarDate(date) && isCalendarDate(today) ? daysBetween(date, today) : undefined;
}

export function countFindings(journey: SiteJourney): { errors: number; warnings: number } {
    const count = (severity: string): number => journey.diagnostics.filter(diagnostic => diagnostic.severity === severity).length;
    return { errors: count('error'), warnings: count('warning') };
}

/** An emotion as a signed number: `+2`, `0`, `-1`. */
export function signed(emotion: number): string {
    return emotion > 0 ? `+${emotion}` : String(emotion);
}
