/** The smallest size, in screen pixels, at which the preview opens touchpoint text. */
export const READABLE_TEXT_PX = 9;

/**
 * The scale (screen pixels per diagram unit) at which the smallest touchpoint text of the
 * picture is READABLE_TEXT_PX tall; 0 when the picture has no touchpoint text.
 */
export function readableScale(svg: SVGSVGElement): number {
    let smallest = Infinity;
    for (const text of svg.querySelectorAll('g.cjm-touchpoint text')) {
        const size = Number(text.getAttribute('font-size'));
        if (size > 0 && size < smallest) {
            smallest = size;
        }
    }
    return Number.isFinite(smallest) ? READABLE_TEXT_PX / smallest : 0;
}
