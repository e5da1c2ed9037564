/** The PNG download: the picture on screen drawn onto a canvas at twice its size, in the browser. */
export function setUpPng(root: Document): void {
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-cjm-png]')) {
        button.hidden = false;
        button.addEventListener('click', () => {
            const scope = button.closest('.cjm-page') ?? root;
            const svg = [...scope.querySelectorAll<SVGSVGElement>('[data-cjm-viewport] svg')].find(candidate => candidate.getClientRects().length > 0);
            if (svg !== undefined) {
                void download(svg, button.dataset.cjmPng ?? 'journey.png');
            }
        });
    }
}

async function download(shown: SVGSVGElement, name: string): Promise<void> {
    const svg = shown.cloneNode(true) as SVGSVGElement;
    // The whole picture, not the zoomed part: its own size, from its width and height.
    const width = Number(svg.getAttribute('width'));
    const height = Number(svg.getAttribute('height'));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    URL.revokeObjectURL(url);
    const link = document.createElement('a');
    link.download = name;
    link.href = canvas.toDataURL('image/png');
    link.click();
}
