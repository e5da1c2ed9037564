import type { Direction, MetricValue } from './journey-model.js';

/** The declared direction, else `up` when the target is above the baseline (or there is no baseline). */
export function resolveDirection(declared: Direction | undefined, baseline?: MetricValue, target?: MetricValue): Direction {
    if (declared) {
        return declared;
    }
    return baseline && target && target.value < baseline.value ? 'down' : 'up';
}

export function isMet(direction: Direction, target?: MetricValue, actual?: MetricValue): boolean | undefined {
    if (!target || !actual) {
        return undefined;
    }
    return direction === 'up' ? actual.value >= target.value : actual.value <= target.value;
}

export function unitsAgree(values: ReadonlyArray<MetricValue | undefined>): boolean {
    const units = new Set(values.filter(value => value !== undefined).map(value => value.unit ?? ''));
    return units.size <= 1;
}
