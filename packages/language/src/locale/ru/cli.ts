import type { CliWords } from '../cli-words.js';

/** Counts as labelled fields (`ошибок: 1`), so that no noun needs its plural form. */
export const cli: CliWords = {
    problems: (errors, warnings, infos) =>
        `\u2716 Проблем: ${errors + warnings + infos} (ошибок: ${errors}, предупреждений: ${warnings}${infos > 0 ? `, сведений: ${infos}` : ''})`,
    tooManyWarnings: (warnings, maxWarnings) => `слишком много предупреждений: ${warnings} (--max-warnings ${maxWarnings})`
};
