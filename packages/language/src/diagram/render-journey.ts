/**
 * Journey model -> SVG text: layout, then drawing. The one entry point the CLI and the
 * editor preview call, so both draw the same picture.
 */
import type { JourneyModel } from '../model/journey-model.js';
import { layoutJourney, type LayoutOptions } from './layout.js';
import { renderSvg, type SvgOptions } from './svg.js';

export type DiagramOptions = SvgOptions & LayoutOptions;

export function renderJourneySvg(model: JourneyModel, options: DiagramOptions = {}): string {
    return renderSvg(layoutJourney(model, options), options);
}
