/**
 * The side panel: clicking an element of the picture, or pressing Enter or Space on it,
 * shows everything the map says about it (its article from the page's details; a metric's
 * or question's is its stage's, opened at it). The
 * elements become keyboard controls here: reachable with Tab, named by the text they show.
 */
const KINDS = ['stage', 'touchpoint', 'barrier', 'opportunity', 'persona'] as const;
/** Drawn in a stage's lane cell and told in the stage's article, which opens at them. */
const PARTS = ['metric', 'question'] as const;
const ELEMENTS = [...[...KINDS, ...PARTS].map(kind => `g.cjm-${kind}[data-cjm-id]`), 'g.cjm-emotion[data-cjm-touchpoint]'].join(', ');

interface ElementRef {
    kind: string;
    id: string;
    /** A metric or question of the stage: its heading in the stage's article (`data-cjm-metric="NAME"`). */
    part?: string;
}

function refOf(element: Element): ElementRef | undefined {
    if (element.classList.contains('cjm-emotion')) {
        const id = element.getAttribute('data-cjm-touchpoint');
        return id === null ? undefined : { kind: 'touchpoint', id };
    }
    const part = PARTS.find(candidate => element.classList.contains(`cjm-${candidate}`));
    if (part !== undefined) {
        const stage = element.closest('[data-cjm-stage]')?.getAttribute('data-cjm-stage');
        const id = element.getAttribute('data-cjm-id');
        return stage === undefined || stage === null || id === null ? undefined : { kind: 'stage', id: stage, part: `[data-cjm-${part}="${CSS.escape(id)}"]` };
    }
    const kind = KINDS.find(candidate => element.classList.contains(`cjm-${candidate}`));
    const id = element.getAttribute('data-cjm-id');
    return kind === undefined || id === null ? undefined : { kind, id };
}

export function setUpPanel(viewport: HTMLElement): void {
    const page: ParentNode = viewport.closest('.cjm-page') ?? viewport.ownerDocument;
    const panel = viewport.parentElement?.querySelector<HTMLElement>('.cjm-panel');
    const content = panel?.querySelector<HTMLElement>('[data-cjm-panel-content]');
    if (panel === undefined || panel === null || content === undefined || content === null) {
        return;
    }
    const articleOf = (ref: ElementRef) => page.querySelector<HTMLElement>(`.cjm-details article[data-cjm-kind="${ref.kind}"][data-cjm-id="${CSS.escape(ref.id)}"]`);
    for (const svg of viewport.querySelectorAll('svg')) {
        // With script the picture's elements are controls, so the picture is a group of them.
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-label', svg.querySelector(':scope > title')?.textContent ?? '');
        for (const element of svg.querySelectorAll(ELEMENTS)) {
            const ref = refOf(element);
            const article = ref === undefined ? null : articleOf(ref);
            if (article !== null) {
                // Named by what it shows (and its <title>): a label other than its visible text would confuse
                // voice control. A point on an emotion curve shows no text: its article names it.
                element.setAttribute('tabindex', '0');
                element.setAttribute('role', 'button');
                if ((element.textContent ?? '').trim() === '') {
                    element.setAttribute('aria-label', article.getAttribute('aria-label') ?? ref!.id);
                }
            }
        }
    }
    let selected: Element | undefined;
    const open = (element: Element) => {
        const ref = refOf(element);
        const article = ref === undefined ? null : articleOf(ref);
        if (article === null) {
            return;
        }
        selected?.classList.remove('cjm-selected');
        selected = element;
        element.classList.add('cjm-selected');
        content.replaceChildren(...[...article.children].map(child => child.cloneNode(true)));
        panel.hidden = false;
        const part = ref!.part === undefined ? null : content.querySelector(ref!.part);
        part?.classList.add('cjm-selected-part');
        part?.scrollIntoView({ block: 'start' });
    };
    viewport.addEventListener('click', event => {
        const element = event.target instanceof Element ? event.target.closest(ELEMENTS) : null;
        if (element !== null) {
            open(element);
        }
    });
    viewport.addEventListener('keydown', event => {
        const element = event.target instanceof Element ? event.target.closest(ELEMENTS) : null;
        if (element !== null && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            open(element);
            panel.focus();
        }
    });
    panel.querySelector('[data-cjm-close]')?.addEventListener('click', () => {
        panel.hidden = true;
        selected?.classList.remove('cjm-selected');
        if (selected instanceof SVGElement || selected instanceof HTMLElement) {
            selected.focus();
        }
    });
    // A search result names an element by the fragment: open its panel on arrival.
    const target = decodeURIComponent(location.hash.slice(1));
    const wanted = target === '' ? null : page.querySelector(`.cjm-details article[id="${CSS.escape(target)}"]`);
    if (wanted !== null) {
        const ref = { kind: wanted.getAttribute('data-cjm-kind') ?? '', id: wanted.getAttribute('data-cjm-id') ?? '' };
        const element = viewport.querySelector(`svg g.cjm-${ref.kind}[data-cjm-id="${CSS.escape(ref.id)}"]`);
        if (element !== null) {
            open(element);
        }
    }
}
