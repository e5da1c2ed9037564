import type { FmtWords } from '../fmt-words.js';

const files = (count: number): string => `${count} ${count === 1 ? 'file' : 'files'}`;

export const fmt: FmtWords = {
    allFormatted: count => count === 1 ? '1 file is already formatted.' : `All ${files(count)} are already formatted.`,
    wouldReformat: changed => `${files(changed)} would be reformatted; run \`cjm fmt\` to rewrite ${changed === 1 ? 'it' : 'them'}.`,
    rewrote: (changed, unchanged) => `Rewrote ${files(changed)}${unchanged === 0 ? '' : `; ${files(unchanged)} already formatted`}.`
};
