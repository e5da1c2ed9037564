import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locale/en.js';
import { ru } from '../../../src/locale/ru.js';
import { evidenceAge } from '../../../src/lsp/hover/evidence-age.js';

describe('evidenceAge', () => {
    it('counts days, and months from a month on', () => {
        expect(evidenceAge('2026-11-22', '2026-11-23', 365, en.facts.age)).toBe('1 day old on 2026-11-23: fresh, within evidenceMaxAgeDays (365).');
        expect(evidenceAge('2026-10-23', '2026-11-23', 365, en.facts.age)).toBe('31 days old (about 1 month) on 2026-11-23: fresh, within evidenceMaxAgeDays (365).');
    });

    it('is stale only past the limit, as stale-evidence is', () => {
        expect(evidenceAge('2025-11-23', '2026-11-23', 365, en.facts.age)).toContain(': fresh,');
        expect(evidenceAge('2025-11-22', '2026-11-23', 365, en.facts.age)).toBe('366 days old (about 12 months) on 2026-11-23: **stale**, older than evidenceMaxAgeDays (365).');
    });

    it('tells a date after today, and says nothing of a date that does not exist', () => {
        expect(evidenceAge('2026-12-01', '2026-11-23', 365, en.facts.age)).toBe('8 days after today (2026-11-23).');
        expect(evidenceAge('2026-02-30', '2026-11-23', 365, en.facts.age)).toBeUndefined();
    });

    it('speaks Russian with counts as labels, so that no number needs a declined word', () => {
        expect(evidenceAge('2025-11-22', '2026-11-23', 365, ru.facts.age)).toBe('возраст на 2026-11-23, дней: 366 (месяцев: около 12): данные **устарели**, старше evidenceMaxAgeDays (365).');
        expect(evidenceAge('2026-12-01', '2026-11-23', 365, ru.facts.age)).toBe('позже сегодняшнего дня (2026-11-23), дней: 8.');
    });
});
