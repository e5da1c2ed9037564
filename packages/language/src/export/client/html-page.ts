/**
 * The script of the HTML page `cjm render --format html` writes (export/html.ts): zoom and
 * pan of its one picture, the whole of it fitted to the window, keys heard on the whole page.
 */
import { setUpZoom } from '../../browser/zoom-pan.js';

setUpZoom(document.getElementById('cjm-viewport')!, { fit: 'whole', keys: document });
