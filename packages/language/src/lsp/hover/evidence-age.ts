import type { FactWords } from '../../locale/fact-words.js';
import { daysBetween, isCalendarDate } from '../../model/dates.js';
import { isStale } from '../../model/evidence.js';

/** How old evidence dated `date` is on `today`, and whether it is past `maxAgeDays` (stale-evidence). */
export function evidenceAge(date: string, today: string, maxAgeDays: number, words: FactWords['age']): string | undefined {
    if (!isCalendarDate(date) || !isCalendarDate(today)) {
        return undefined;
    }
    const days = daysBetween(date, today);
    if (days < 0) {
        return words.after(-days, today);
    }
    const age = words.old(days, Math.floor(days / 30.4375), today);
    return `${age}: ${isStale(date, today, maxAgeDays) ? words.stale(maxAgeDays) : words.fresh(maxAgeDays)}`;
}
