/**
 * Which language cjm speaks about a map: `--locale`, else the config's `locale`, else the
 * map's own: Russian when most of the journey's titles (the journey, its stages and
 * touchpoints, each by its title or else its name) are Cyrillic, else English.
 */
import type { JourneyModel } from '../model/journey-model.js';

export type Locale = 'en' | 'ru';

export const LOCALES: readonly Locale[] = ['en', 'ru'];

export function chooseLocale(model: JourneyModel, forced?: Locale, configured?: Locale): Locale {
    return forced ?? configured ?? mapLocale(model);
}

export function mapLocale(model: JourneyModel): Locale {
    return titlesLocale([model, ...model.stages, ...model.stages.flatMap(stage => stage.touchpoints)].map(item => item.title ?? item.name));
}

/** Russian when most of the titles are Cyrillic, else English. A name missing from text that does not parse counts as neither. */
export function titlesLocale(titles: ReadonlyArray<string | undefined>): Locale {
    return majorityLocale(cyrillicCount(titles), titles.length);
}

/** How many of the titles are Cyrillic. */
export function cyrillicCount(titles: ReadonlyArray<string | undefined>): number {
    return titles.filter(title => title !== undefined && isCyrillic(title)).length;
}

/** Russian when more than half of `total` titles are Cyrillic. */
export function majorityLocale(cyrillic: number, total: number): Locale {
    return cyrillic * 2 > total ? 'ru' : 'en';
}

/** More Cyrillic letters than Latin ones: "CRM в отделении" is Cyrillic, "Email" is not. */
function isCyrillic(text: string): boolean {
    const count = (pattern: RegExp): number => text.match(pattern)?.length ?? 0;
    return count(/\p{Script=Cyrillic}/gu) > count(/\p{Script=Latin}/gu);
}
