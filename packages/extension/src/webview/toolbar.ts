import type { JourneyEntry, PersonaEntry } from '@cjm/language/protocol';
import type { PreviewWords } from '../preview/messages.js';

export interface ToolbarActions {
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    toggleLock(): void;
    selectJourney(journey: string): void;
    exportPicture(format: 'svg' | 'png'): void;
    showSource(): void;
    /** `undefined`: the whole journey. */
    selectPersona(persona: string | undefined): void;
}

/** The persona picker's value for the whole journey (persona ids are never empty). */
const WHOLE = '';

/** The preview's toolbar: journey and persona pickers, zoom buttons and level, lock toggle, Show Source and the exports. */
export class Toolbar {
    private readonly picker: HTMLSelectElement;
    private readonly personaPicker: HTMLSelectElement;
    private readonly level: HTMLElement;
    private readonly lock: HTMLButtonElement;

    constructor(root: Document, actions: ToolbarActions, private readonly words: PreviewWords) {
        this.picker = root.getElementById('cjm-journey') as HTMLSelectElement;
        this.personaPicker = root.getElementById('cjm-persona') as HTMLSelectElement;
        this.level = root.getElementById('cjm-zoom-level')!;
        this.lock = root.getElementById('cjm-lock') as HTMLButtonElement;
        root.getElementById('cjm-zoom-in')!.addEventListener('click', () => actions.zoomIn());
        root.getElementById('cjm-zoom-out')!.addEventListener('click', () => actions.zoomOut());
        root.getElementById('cjm-zoom-fit')!.addEventListener('click', () => actions.fit());
        this.lock.addEventListener('click', () => actions.toggleLock());
        root.getElementById('cjm-source')!.addEventListener('click', () => actions.showSource());
        root.getElementById('cjm-export-svg')!.addEventListener('click', () => actions.exportPicture('svg'));
        root.getElementById('cjm-export-png')!.addEventListener('click', () => actions.exportPicture('png'));
        this.picker.addEventListener('change', () => actions.selectJourney(this.picker.value));
        this.personaPicker.addEventListener('change', () => actions.selectPersona(this.personaPicker.value === WHOLE ? undefined : this.personaPicker.value));
    }

    /** The picker lists the journeys when there are several, with the one drawn selected. */
    showJourneys(journeys: readonly JourneyEntry[], current: string): void {
        this.picker.hidden = journeys.length < 2;
        const options = journeys.map(journey => {
            const option = document.createElement('option');
            option.value = journey.id;
            option.textContent = journey.title ?? journey.id;
            return option;
        });
        this.picker.replaceChildren(...options);
        this.picker.value = current;
    }

    hideJourneys(): void {
        this.picker.hidden = true;
        this.personaPicker.hidden = true;
    }

    /** The persona picker: the whole journey, or one persona's view (with its role); shown when the journey has several personas. */
    showPersonas(personas: readonly PersonaEntry[], current: string | undefined): void {
        this.personaPicker.hidden = personas.length < 2;
        const option = (value: string, text: string): HTMLOptionElement => {
            const item = document.createElement('option');
            item.value = value;
            item.textContent = text;
            return item;
        };
        this.personaPicker.replaceChildren(option(WHOLE, this.words.allPersonas),
            ...personas.map(persona => option(persona.id, `${persona.title ?? persona.id}${persona.role === undefined ? '' : ` (${persona.role})`}`)));
        this.personaPicker.value = current ?? WHOLE;
    }

    showLock(locked: boolean): void {
        this.lock.setAttribute('aria-pressed', String(locked));
        this.lock.textContent = locked ? this.words.locked : this.words.lock;
        this.lock.title = locked ? this.words.lockedTitle : this.words.lockTitle;
    }

    showZoom(scale: number): void {
        this.level.textContent = `${Math.round(scale * 100)}%`;
    }
}
