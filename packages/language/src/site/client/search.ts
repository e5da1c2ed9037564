/**
 * The search box of every page: the index (written at build time) loads on first use,
 * as a script file (a page from file:// may not fetch()) or from the single file; every
 * word of the query must occur in an entry's text, compared lower-cased, in any script.
 */
type Entry = readonly [string, string, string, string, string, string];

declare global {
    interface Window {
        cjmSearchIndex?: Entry[];
    }
}

const LIMIT = 50;

function loadIndex(root: HTMLElement): Promise<Entry[]> {
    const inline = document.getElementById('cjm-search-index');
    if (inline !== null) {
        return Promise.resolve(JSON.parse(inline.textContent ?? '[]') as Entry[]);
    }
    return new Promise(resolve => {
        if (window.cjmSearchIndex !== undefined) {
            resolve(window.cjmSearchIndex);
            return;
        }
        const script = document.createElement('script');
        script.src = root.dataset.cjmSearch ?? '';
        script.addEventListener('load', () => resolve(window.cjmSearchIndex ?? []));
        script.addEventListener('error', () => resolve([]));
        document.head.append(script);
    });
}

function fold(text: string): string {
    return text.normalize('NFKC').toLocaleLowerCase().replace(/ё/g, 'е');
}

export function setUpSearch(root: Document): void {
    const input = root.querySelector<HTMLInputElement>('#cjm-query');
    const results = root.querySelector<HTMLElement>('#cjm-results');
    const form = input?.form;
    if (input === null || results === null || form === null || form === undefined) {
        return;
    }
    const html = root.documentElement;
    const single = html.dataset.cjmSingle === 'true';
    let index: Promise<Entry[]> | undefined;
    let folded: string[] | undefined;
    const href = ([path, fragment]: Entry) => single ? `#${path}` : `${html.dataset.cjmRoot ?? ''}${path.split('/').map(encodeURIComponent).join('/')}${fragment === '' ? '' : `#${encodeURIComponent(fragment)}`}`;
    const show = async () => {
        index ??= loadIndex(html);
        const entries = await index;
        folded ??= entries.map(entry => fold(entry[5]));
        const words = fold(input.value).split(/\s+/).filter(word => word !== '');
        if (words.length === 0) {
            results.replaceChildren();
            return;
        }
        const found = entries.filter((_, i) => words.every(word => folded![i].includes(word))).slice(0, LIMIT);
        if (found.length === 0) {
            const none = document.createElement('p');
            none.textContent = input.dataset.cjmNone ?? '';
            results.replaceChildren(none);
            return;
        }
        const list = document.createElement('ul');
        for (const entry of found) {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.href = href(entry);
            link.textContent = entry[3];
            const where = document.createElement('small');
            where.textContent = `${entry[2]} \u00b7 ${entry[4]}`;
            item.append(link, where);
            list.append(item);
        }
        results.replaceChildren(list);
    };
    input.addEventListener('input', () => void show());
    input.addEventListener('focus', () => {
        index ??= loadIndex(html);
    });
    input.addEventListener('keydown', event => {
        if (event.key === 'Escape') {
            input.value = '';
            results.replaceChildren();
        }
    });
    form.addEventListener('submit', event => {
        event.preventDefault();
        results.querySelector('a')?.click();
    });
}
