import { renderJourneySvg, type DiagramOptions } from '../diagram/render-journey.js';
import type { StageLayouts } from '../diagram/stage-layouts.js';
import type { Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { MapModel } from '../model/map-model.js';
import { changePicture } from './change-picture.js';
import type { ReviewedChange } from './review-changes.js';

/** The three pictures of a change: the old journey, the new one, and the new one with the change marked. */
export interface ChangePictures {
    title: string;
    old?: string;
    new: string;
    marked: string;
}

export type ChangeDrawingOptions = Omit<DiagramOptions, 'changes' | 'locale'> & {
    locale: Locale;
    /** The journey to draw; by default the new map's first. */
    journey?: string;
};

/**
 * Draws one journey's change (diagram.md, "A change, drawn") with the one renderer of
 * every picture. The old side is the journey of the same name, else the old map's only
 * journey (a renamed one). Undefined when the new map has no such journey.
 */
export async function drawChange(
    old: MapModel, added: MapModel, changes: readonly ReviewedChange[], layouts: StageLayouts, options: ChangeDrawingOptions
): Promise<ChangePictures | undefined> {
    const after = options.journey === undefined ? added.journeys[0] : added.journeys.find(journey => journey.name === options.journey);
    if (after === undefined) {
        return undefined;
    }
    const before: JourneyModel | undefined = old.journeys.find(journey => journey.name === after.name)
        ?? (old.journeys.length === 1 && added.journeys.length === 1 ? old.journeys[0] : undefined);
    const { journey: _journey, ...drawing } = options;
    const picture = changePicture(before, after, changes, messagesFor(options.locale).diff);
    return {
        title: after.title ?? after.name,
        ...(before === undefined ? {} : { old: await renderJourneySvg(before, layouts, drawing) }),
        new: await renderJourneySvg(after, layouts, drawing),
        marked: await renderJourneySvg(picture.journey, layouts, { ...drawing, changes: picture.changes })
    };
}
