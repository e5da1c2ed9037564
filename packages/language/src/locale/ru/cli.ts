import type { CliWords, SyntaxStop, WrittenOutput } from '../cli-words.js';

const WRITTEN: Readonly<Record<WrittenOutput, string>> = { picture: 'картинка всё равно записана', pictures: 'картинки всё равно записаны', export: 'экспорт всё равно записан' };

const STOPPED: Readonly<Record<SyntaxStop['kind'], (one: boolean, stop: SyntaxStop) => string>> = {
    untouched: one => one ? 'файл не изменён' : 'файлы не изменены',
    fix: (_one, stop) => `исправьте их и запустите cjm ${stop.kind === 'fix' ? stop.command : ''} снова`,
    'not-drawn': () => 'пути этого файла не нарисованы',
    compare: () => 'исправьте их, чтобы сравнить'
};

/** Counts as labelled fields (`ошибок: 1`), so that no noun needs its plural form. */
export const cli: CliWords = {
    problems: (errors, warnings, infos) =>
        `\u2716 Проблем: ${errors + warnings + infos} (ошибок: ${errors}, предупреждений: ${warnings}${infos > 0 ? `, сведений: ${infos}` : ''})`,
    tooManyWarnings: (warnings, maxWarnings) => `слишком много предупреждений: ${warnings} (--max-warnings ${maxWarnings})`,
    writtenDespiteErrors: (file, errors, written, lintCommand) => `${file}: ошибок lint: ${errors}; ${WRITTEN[written]} (посмотреть: ${lintCommand})`,
    syntaxStop: (files, count, numbers, stop) =>
        `${files.length === count ? files.join(', ') : `файлов: ${count}`}: ${numbers ? 'синтаксические ошибки или ошибки в числах' : 'синтаксические ошибки'}; ${STOPPED[stop.kind](count === 1, stop)}`,
    missingGlyphs: (characters, png) =>
        `в шрифтах cjm нет символов: ${characters.join(', ')}; ${png ? 'в PNG на их месте пустые прямоугольники' : 'их ширина угадана, и подпись может не поместиться в рамку'}`,
    pngOverview: textPx =>
        `путь слишком велик для читаемого PNG, поэтому этот PNG — обзор (высота текста касаний: ${String(textPx).replace('.', ',')} пикс.); крупнее — с --scale или --width, до 60 мегапикселей, а SVG или HTML-страница показывает каждое слово при любом масштабе`
};
