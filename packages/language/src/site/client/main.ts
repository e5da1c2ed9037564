/**
 * The site's script: everything the pages read without it, it makes easier to reach.
 * Zoom and pan of the picture, the side panel, index filters, search, the PNG download,
 * and page switching inside the single file. Each part looks for its own elements and
 * does nothing on a page without them.
 */
import { setUpFilters } from './filters.js';
import { setUpPanel } from './panel.js';
import { setUpPng } from './png.js';
import { setUpSearch } from './search.js';
import { setUpSingleFile } from './single-file.js';
import { setUpZoom } from '../../browser/zoom-pan.js';

function start(): void {
    document.documentElement.classList.add('cjm-scripted');
    setUpSingleFile(document);
    for (const viewport of document.querySelectorAll<HTMLElement>('[data-cjm-viewport]')) {
        setUpZoom(viewport, { fit: 'width', keys: viewport });
        setUpPanel(viewport);
    }
    setUpFilters(document);
    setUpSearch(document);
    setUpPng(document);
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
} else {
    start();
}
