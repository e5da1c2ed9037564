import { chooseLocale, type Locale } from '../locale/locale.js';
import type { MapModel } from '../model/map-model.js';

/** The reviewer's language: `--locale`, else the config's, else the new map's (its first journey's), else English. */
export function reviewLocale(map: MapModel, forced?: Locale, configured?: Locale): Locale {
    const journey = map.journeys[0];
    return journey === undefined ? forced ?? configured ?? 'en' : chooseLocale(journey, forced, configured);
}
