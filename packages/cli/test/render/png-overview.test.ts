import { describe, expect, it } from 'vitest';
import { overviewNotice } from '../../src/render/png-overview.js';

/** The root element the renderer writes, which is all the notice reads of a picture. */
const picture = (width: number, height: number): string => `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"></svg>`;

describe('the notice that a PNG is an overview', () => {
    // A journey of some 2,000 touchpoints: too wide for readable text within the largest PNG.
    const thousands = picture(133_440, 2_341);

    it('says how small the text came out and how to get more, in the picture\'s language', () => {
        expect(overviewNotice(thousands, {}, 'en')).toBe('cjm: the journey is too large for a readable PNG, so this one is an overview (touchpoint text 2.5 px high); --scale or --width draws it larger, up to 60 megapixels, and the SVG or HTML page holds every word at any zoom\n');
        expect(overviewNotice(thousands, {}, 'ru')).toBe('cjm: путь слишком велик для читаемого PNG, поэтому этот PNG — обзор (высота текста касаний: 2,5 пикс.); крупнее — с --scale или --width, до 60 мегапикселей, а SVG или HTML-страница показывает каждое слово при любом масштабе\n');
    });

    it('is quiet where the text is readable (200 touchpoints) and where the user chose the size', () => {
        expect(overviewNotice(picture(12_428, 2_256), {}, 'en')).toBeUndefined();
        expect(overviewNotice(thousands, { scale: 0.44 }, 'en')).toBeUndefined();
        expect(overviewNotice(thousands, { width: 20_000 }, 'en')).toBeUndefined();
    });
});
