import type { CliWords } from '../cli-words.js';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

export const cli: CliWords = {
    problems: (errors, warnings, infos) =>
        `\u2716 ${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${plural(infos, 'info')}` : ''})`,
    tooManyWarnings: (warnings, maxWarnings) => `too many warnings: ${warnings} (--max-warnings ${maxWarnings})`
};
