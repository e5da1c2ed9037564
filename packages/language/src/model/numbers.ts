/**
 * The largest magnitude a written number may have. Past 2^53 (about 9e15) a double no
 * longer holds every integer, and 400 digits are Infinity: 1e15 keeps every value cjm
 * compares, draws and exports exactly as written.
 */
export const NUMBER_LIMIT = 1e15;

/** Whether a number from the text can be used as written (the `invalid-number` rule reports the others). */
export function isUsableNumber(value: number): boolean {
    return Number.isFinite(value) && Math.abs(value) <= NUMBER_LIMIT;
}

/** The number when it is usable; an unusable one is left out of every model, export and picture. */
export function usableNumber(value: number | undefined): number | undefined {
    return value !== undefined && isUsableNumber(value) ? value : undefined;
}
