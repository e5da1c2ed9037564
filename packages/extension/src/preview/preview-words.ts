import type { PreviewWords } from './messages.js';

const EN: PreviewWords = {
    lang: 'en',
    pageTitle: 'CJM Preview',
    toolbar: 'Preview',
    journey: 'Journey',
    personaTitle: 'Whose view',
    persona: 'Persona',
    allPersonas: 'All personas',
    zoomOutTitle: 'Zoom out (-)',
    zoomOut: 'Zoom out',
    zoomInTitle: 'Zoom in (+)',
    zoomIn: 'Zoom in',
    fit: 'Fit',
    fitTitle: 'Fit the whole journey to the window (0)',
    lock: 'Lock',
    locked: 'Locked',
    lockTitle: 'The preview follows the active editor. Click to keep it on this file.',
    lockedTitle: 'The preview shows this file only. Click to follow the active editor again.',
    showSource: 'Show Source',
    showSourceTitle: 'Show the source of this preview in the editor',
    exportSvgTitle: 'Export the picture as SVG…',
    exportPngTitle: 'Export the picture as PNG…',
    noJourney: 'This file holds no journey.',
    addJourneyBefore: 'Add',
    addJourneyAfter: ' to see its map here.',
    syntaxError: 'Syntax error on line {line}: {message}'
};

const RU: PreviewWords = {
    lang: 'ru',
    pageTitle: 'Предварительный просмотр CJM',
    toolbar: 'Предварительный просмотр',
    journey: 'Путь',
    personaTitle: 'Чья точка зрения',
    persona: 'Персона',
    allPersonas: 'Все персоны',
    zoomOutTitle: 'Уменьшить (-)',
    zoomOut: 'Уменьшить',
    zoomInTitle: 'Увеличить (+)',
    zoomIn: 'Увеличить',
    fit: 'Вписать',
    fitTitle: 'Вписать весь путь в окно (0)',
    lock: 'Закрепить',
    locked: 'Закреплено',
    lockTitle: 'Просмотр следует за активным редактором. Щёлкните, чтобы закрепить его на этом файле.',
    lockedTitle: 'Просмотр показывает только этот файл. Щёлкните, чтобы снова следовать за активным редактором.',
    showSource: 'Показать источник',
    showSourceTitle: 'Показать источник этого просмотра в редакторе',
    exportSvgTitle: 'Экспорт рисунка в SVG…',
    exportPngTitle: 'Экспорт рисунка в PNG…',
    noJourney: 'В этом файле нет пути.',
    addJourneyBefore: 'Добавьте',
    addJourneyAfter: ', чтобы увидеть здесь его карту.',
    syntaxError: 'Синтаксическая ошибка, строка {line}: {message}'
};

/**
 * The preview's words for VS Code's display language (`vscode.env.language`, such as `ru` or
 * `en-us`): Russian for Russian, English for any other.
 */
export function previewWords(displayLanguage: string): PreviewWords {
    return displayLanguage.toLowerCase().split('-')[0] === 'ru' ? RU : EN;
}
