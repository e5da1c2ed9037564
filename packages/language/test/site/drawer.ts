import { renderJourneySvg } from '../../src/diagram/render-journey.js';
import type { SiteOptions } from '../../src/site/site-input.js';
import { stageLayouts } from '../fixtures.js';

/** Draws the site's pictures here, with the renderer `cjm render` uses, as the CLI's threads do. */
export function drawer(): SiteOptions['draw'] {
    const layouts = stageLayouts();
    return (model, options) => renderJourneySvg(model, layouts, options);
}
