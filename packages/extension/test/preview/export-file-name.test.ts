import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/preview/export-file-name.js';

describe('exportFileName', () => {
    it("is the document's name with the picture's extension", () => {
        expect(exportFileName('restaurant-visit.cjm', 'DinnerVisit', 1, 'svg')).toBe('restaurant-visit.svg');
        expect(exportFileName('Untitled-1', 'Visit', 1, 'png')).toBe('Untitled-1.png');
    });

    it("names the journey when the document holds several", () => {
        expect(exportFileName('card.cjm', 'Оформление', 2, 'png')).toBe('card-Оформление.png');
    });
});
