/**
 * The edit distance of two names (insertions, deletions and substitutions of one code
 * point each), for "Change to" fixes. Code points, not UTF-16 units, so that a letter
 * outside the BMP counts once.
 */
export function levenshtein(a: string, b: string): number {
    const left = [...a];
    const right = [...b];
    let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
    for (let i = 1; i <= left.length; i++) {
        const current = [i];
        for (let j = 1; j <= right.length; j++) {
            const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[right.length];
}
