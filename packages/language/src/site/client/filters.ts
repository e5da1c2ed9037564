/** The index's filters and sorting: hides the journey cards that do not match, orders the rest. */
const STATUS_ORDER: Record<string, string> = { errors: '0', warnings: '1', clean: '2' };

export function setUpFilters(root: Document): void {
    const form = root.querySelector<HTMLFormElement>('[data-cjm-filters]');
    const list = root.querySelector<HTMLElement>('[data-cjm-cards]');
    if (form === null || list === null) {
        return;
    }
    form.hidden = false;
    const apply = () => {
        const cards = [...list.querySelectorAll<HTMLElement>(':scope > li')];
        for (const card of cards) {
            card.hidden = [...form.querySelectorAll<HTMLSelectElement>('[data-cjm-filter]')].some(select => {
                const wanted = select.value;
                const have = card.dataset[select.dataset.cjmFilter ?? ''] ?? '';
                return wanted !== '' && (select.dataset.cjmFilter === 'personas' ? !have.split(' ').includes(wanted) : have !== wanted);
            });
        }
        const by = form.querySelector<HTMLSelectElement>('[data-cjm-sort]')?.value ?? 'title';
        const key = (card: HTMLElement) => `${by === 'status' ? STATUS_ORDER[card.dataset.status ?? ''] : card.dataset[by] ?? ''}\u0000${card.dataset.title ?? ''}`;
        cards.sort((a, b) => key(a).localeCompare(key(b), document.documentElement.lang)).forEach(card => list.append(card));
    };
    form.addEventListener('change', apply);
    form.addEventListener('submit', event => event.preventDefault());
}
