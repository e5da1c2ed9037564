import type { JourneyEntry } from '@cjm/language/protocol';

export interface ToolbarActions {
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    toggleLock(): void;
    selectJourney(journey: string): void;
    exportPicture(format: 'svg' | 'png'): void;
    showSource(): void;
}

/** The preview's toolbar: journey picker, zoom buttons and level, lock toggle, Show Source and the exports. */
export class Toolbar {
    private readonly picker: HTMLSelectElement;
    private readonly level: HTMLElement;
    private readonly lock: HTMLButtonElement;

    constructor(root: Document, actions: ToolbarActions) {
        this.picker = root.getElementById('cjm-journey') as HTMLSelectElement;
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
    }

    showLock(locked: boolean): void {
        this.lock.setAttribute('aria-pressed', String(locked));
        this.lock.textContent = locked ? 'Locked' : 'Lock';
        this.lock.title = locked
            ? 'The preview shows this file only. Click to follow the active editor again.'
            : 'The preview follows the active editor. Click to keep it on this file.';
    }

    showZoom(scale: number): void {
        this.level.textContent = `${Math.round(scale * 100)}%`;
    }
}
