/**
 * The file name an export suggests: the document's name with the picture's extension, and
 * the journey's name when the document holds several (so exports of each do not collide).
 */
export function exportFileName(documentName: string, journey: string, journeyCount: number, extension: 'svg' | 'png'): string {
    const stem = documentName.replace(/\.cjm$/i, '') || 'journey';
    return journeyCount > 1 ? `${stem}-${journey}.${extension}` : `${stem}.${extension}`;
}
