import type { FmtWords } from '../fmt-words.js';

// Counts as labels ("файлов: 3"), so that no noun needs a plural form.
export const fmt: FmtWords = {
    allFormatted: count => `Уже отформатировано файлов: ${count}.`,
    wouldReformat: changed => `Файлов к переформатированию: ${changed}; чтобы переписать, запустите \`cjm fmt\`.`,
    rewrote: (changed, unchanged) => `Переписано файлов: ${changed}${unchanged === 0 ? '' : `; уже отформатировано: ${unchanged}`}.`
};
