import { DefaultFuzzyMatcher } from 'langium/lsp';

/**
 * Langium's matcher folds case and sees camelCase only in ASCII, so `со` would not find
 * `Соцсети` and `пС` not `постСоцсети`; names in cjm may be in any script.
 */
export class CjmFuzzyMatcher extends DefaultFuzzyMatcher {
    protected override isWordTransition(previous: number, current: number): boolean {
        return super.isWordTransition(previous, current) || (isLower(previous) && isUpper(current));
    }

    protected override toUpperCharCode(charCode: number): number {
        // One UTF-16 unit in, one out: `ß` (upper `SS`) stays as it is.
        const upper = String.fromCharCode(charCode).toUpperCase();
        return upper.length === 1 ? upper.charCodeAt(0) : charCode;
    }
}

function isLower(charCode: number): boolean {
    return /\p{Ll}/u.test(String.fromCharCode(charCode));
}

function isUpper(charCode: number): boolean {
    return /\p{Lu}/u.test(String.fromCharCode(charCode));
}
