import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/index.js';
import { daysBetween, todayIso } from '../../src/model/dates.js';

describe('calendar dates', () => {
    it('accept days that exist, including 29 February of leap years', () => {
        for (const date of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29']) {
            expect(isCalendarDate(date), date).toBe(true);
        }
    });

    it('reject days that do not exist and text that is not YYYY-MM-DD', () => {
        for (const date of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01']) {
            expect(isCalendarDate(date), date).toBe(false);
        }
    });

    it('count whole days between two dates, across leap days', () => {
        expect(daysBetween('2025-11-23', '2026-11-23')).toBe(365);
        expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
        expect(daysBetween('2026-11-23', '2026-11-22')).toBe(-1);
    });

    it('give today as YYYY-MM-DD in UTC', () => {
        expect(todayIso(new Date('2026-11-23T23:59:59Z'))).toBe('2026-11-23');
    });
});
