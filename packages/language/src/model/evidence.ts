import { daysBetween, isCalendarDate } from './dates.js';

/**
 * stale-evidence's fact, read by the rule, the hover and the diagram alike: evidence dated
 * `date` is stale on `today` when it is more than `maxAgeDays` old (config
 * `evidenceMaxAgeDays`). A date that is not a calendar date is never stale: another rule
 * reports it.
 */
export function isStale(date: string, today: string, maxAgeDays: number): boolean {
    return isCalendarDate(date) && isCalendarDate(today) && daysBetween(date, today) > maxAgeDays;
}

/** "Today" and the age limit that staleness is measured with. */
export interface EvidenceClock {
    today: string;
    maxAgeDays: number;
}
