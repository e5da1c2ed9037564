import { parseViewBox } from '@cjm/language/view-box';

const MAX_SIDE = 16_384;

/**
 * The SVG as a PNG, drawn by the browser the webview already is: an <img> of the SVG
 * through a blob URL, onto a canvas `scale` times its size. No native module, and the
 * picture looks as it does on screen. Answers the file's bytes in base64.
 */
export async function rasterize(svgMarkup: string, requestedScale: number): Promise<string> {
    const url = URL.createObjectURL(new Blob([svgMarkup], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const { width, height } = pictureSize(svgMarkup) ?? { width: image.naturalWidth, height: image.naturalHeight };
        // Browsers refuse canvases past about 16k pixels a side: a huge journey comes out smaller rather than not at all.
        const scale = Math.min(requestedScale, MAX_SIDE / Math.max(width, height, 1));
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(width * scale);
        canvas.height = Math.ceil(height * scale);
        const context = canvas.getContext('2d');
        if (context === null || canvas.width === 0 || canvas.height === 0) {
            throw new Error('the picture has no size or the canvas is unavailable');
        }
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        const dataUrl = canvas.toDataURL('image/png');
        return dataUrl.slice(dataUrl.indexOf(',') + 1);
    } finally {
        URL.revokeObjectURL(url);
    }
}

/** The picture's size in its own units, fractions kept (the image's natural size is rounded). */
function pictureSize(svgMarkup: string): { width: number; height: number } | undefined {
    const root = new DOMParser().parseFromString(svgMarkup, 'image/svg+xml').documentElement;
    return parseViewBox(root.getAttribute('viewBox'));
}
