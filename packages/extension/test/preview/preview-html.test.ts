import { describe, expect, it } from 'vitest';
import { previewHtml } from '../../src/preview/preview-html.js';
import { previewWords } from '../../src/preview/preview-words.js';

function page(displayLanguage: string): string {
    return previewHtml({
        cspSource: 'https://webview.test',
        nonce: 'nonce',
        scriptUri: 'https://webview.test/dist/webview.js',
        styleUri: 'https://webview.test/media/preview.css',
        state: { uri: 'file:///maps/restaurant-visit.cjm', locked: false },
        words: previewWords(displayLanguage)
    });
}

describe('the preview page speaks VS Code\'s display language', () => {
    it('shows the Russian toolbar and empty state to a Russian VS Code', () => {
        const html = page('ru');
        expect(html).toContain('<html lang="ru">');
        expect(html).toContain('title="Вписать весь путь в окно (0)">Вписать</button>');
        expect(html).toContain('title="Показать источник этого просмотра в редакторе">Показать источник</button>');
        expect(html).toContain('aria-label="Увеличить"');
        expect(html).toContain('<p>В этом файле нет пути.</p><p>Добавьте <code>journey Name { … }</code>, чтобы увидеть здесь его карту.</p>');
        expect(html).not.toMatch(/>(Fit|Show Source)</);
    });

    it('falls back to English for any other display language', () => {
        for (const language of ['en', 'en-us', 'de', 'zh-cn']) {
            const html = page(language);
            expect(html).toContain('<html lang="en">');
            expect(html).toContain('>Fit</button>');
            expect(html).toContain('>Show Source</button>');
            expect(html).toContain('<p>Add <code>journey Name { … }</code> to see its map here.</p>');
        }
    });
});
