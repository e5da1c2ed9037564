/**
 * Journey model -> SVG text: layout, then drawing. The one entry point the CLI and the
 * editor preview call, so both draw the same picture. `layouts` holds the ELK engine and
 * the stage layouts of earlier calls (stage-layouts.ts). Declarations that share a name
 * (a duplicate-name error) are each drawn (distinct-names.ts).
 */
import type { JourneyModel } from '../model/journey-model.js';
import { distinctNames, withoutNameMarks } from './distinct-names.js';
import { layoutJourney, type LayoutOptions } from './layout.js';
import type { StageLayouts } from './stage-layouts.js';
import { renderSvg, type SvgOptions } from './svg.js';

export type DiagramOptions = SvgOptions & LayoutOptions;

export async function renderJourneySvg(model: JourneyModel, layouts: StageLayouts, options: DiagramOptions = {}): Promise<string> {
    return withoutNameMarks(renderSvg(await layoutJourney(distinctNames(model), layouts, options), options));
}
