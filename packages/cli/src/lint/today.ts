import { isCalendarDate } from '@cjm/language';
import { CliError } from '../command.js';

/** "Today" for stale-evidence and future-date: `--today`, else CJM_TODAY, else the real date (UTC). */
export function resolveToday(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
    if (flag !== undefined) {
        return checked(flag, '--today');
    }
    const fromEnv = env.CJM_TODAY;
    if (fromEnv !== undefined && fromEnv !== '') {
        return checked(fromEnv, 'CJM_TODAY');
    }
    return now.toISOString().slice(0, 10);
}

function checked(date: string, source: string): string {
    if (!isCalendarDate(date)) {
        throw new CliError(`${source}: "${date}" is not a calendar date in the form YYYY-MM-DD`);
    }
    return date;
}
