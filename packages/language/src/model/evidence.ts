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

/** future-date's fact: `date` lies after `today` (both calendar dates), so it cannot be evidence yet. */
export function isFuture(date: string, today: string): boolean {
    return isCalendarDate(date) && isCalendarDate(today) && daysBetween(date, today) < 0;
}

/** "Today" and the age limit that staleness is measured with. */
export interface EvidenceClock {
    today: string;
    maxAgeDays: number;
}
