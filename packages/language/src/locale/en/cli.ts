import type { CliWords, SyntaxStop, WrittenOutput } from '../cli-words.js';

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

const WRITTEN: Readonly<Record<WrittenOutput, string>> = { picture: 'the picture', pictures: 'its pictures', export: 'the export' };

const STOPPED: Readonly<Record<SyntaxStop['kind'], (one: boolean, stop: SyntaxStop) => string>> = {
    untouched: one => ` and ${one ? 'was' : 'were'} left untouched`,
    fix: (_one, stop) => `; fix them to ${stop.kind === 'fix' ? stop.command : ''} it`,
    'not-drawn': () => '; its journeys are not drawn',
    compare: () => '; fix them to compare'
};

export const cli: CliWords = {
    problems: (errors, warnings, infos) =>
        `\u2716 ${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos > 0 ? `, ${plural(infos, 'info')}` : ''})`,
    tooManyWarnings: (warnings, maxWarnings) => `too many warnings: ${warnings} (--max-warnings ${maxWarnings})`,
    writtenDespiteErrors: (file, errors, written, lintCommand) =>
        `${file} has ${plural(errors, 'lint error')}; ${WRITTEN[written]} ${written === 'pictures' ? 'were' : 'was'} written anyway (see ${errors === 1 ? 'it' : 'them'} with: ${lintCommand})`,
    syntaxStop: (files, count, numbers, stop) => {
        const one = count === 1;
        const named = files.length === count ? files.join(' and ') : `${count} files`;
        return `${named} ${one ? 'has' : 'have'} ${numbers ? 'syntax or number errors' : 'syntax errors'}${STOPPED[stop.kind](one, stop)}`;
    },
    missingGlyphs: (characters, png) => {
        const one = characters.length === 1;
        const consequence = png ? `the PNG shows an empty box for ${one ? 'it' : 'each'}` : `${one ? 'its width is a guess' : 'their widths are guesses'}, so a label may not fit its box`;
        return `none of cjm's fonts has ${characters.join(', ')}: ${consequence}`;
    },
    pngOverview: textPx =>
        `the journey is too large for a readable PNG, so this one is an overview (touchpoint text ${textPx} px high); --scale or --width draws it larger, up to 60 megapixels, and the SVG or HTML page holds every word at any zoom`
};
