import { daysBetween, isCalendarDate } from '../../model/dates.js';
import { isStale } from '../../model/evidence.js';

/** How old evidence dated `date` is on `today`, and whether it is past `maxAgeDays` (stale-evidence). */
export function evidenceAge(date: string, today: string, maxAgeDays: number): string | undefined {
    if (!isCalendarDate(date) || !isCalendarDate(today)) {
        return undefined;
    }
    const days = daysBetween(date, today);
    if (days < 0) {
        return `${-days} ${plural(-days, 'day')} after today (${today}).`;
    }
    const months = Math.floor(days / 30.4375);
    const age = `${days} ${plural(days, 'day')} old${months >= 1 ? ` (about ${months} ${plural(months, 'month')})` : ''} on ${today}`;
    return isStale(date, today, maxAgeDays)
        ? `${age}: **stale**, older than evidenceMaxAgeDays (${maxAgeDays}).`
        : `${age}: fresh, within evidenceMaxAgeDays (${maxAgeDays}).`;
}

function plural(count: number, word: string): string {
    return count === 1 ? word : `${word}s`;
}
