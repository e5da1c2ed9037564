/**
 * The legend of colours, beside the legend of flow styles: what the emotion colours mean
 * (the -2..+2 scale of the touchpoints' stripes and the curve's points) and the severity
 * colours of the barriers the picture draws, each a row of swatches after its caption,
 * in the picture's language (locale/).
 */
import type { BarrierSeverity } from '../model/journey-model.js';
import type { ColourLegendLayout, ColourSample, PlacedText } from './diagram-layout.js';
import { PADDING, SMALL_SIZE, block, widest } from './layout-boxes.js';
import { lineHeight } from './text.js';
import type { DiagramWords } from '../locale/diagram-words.js';

export const SEVERITY_ORDER: readonly BarrierSeverity[] = ['low', 'medium', 'high', 'critical'];
const SWATCH = 12;
const SWATCH_GAP = 5;
const ITEM_GAP = 16;
const CAPTION_GAP = 12;

interface Row {
    caption: string;
    samples: { kind: ColourSample['kind']; value: ColourSample['value']; text: string }[];
}

/** What is coloured in the picture: `emotions` when any touchpoint has one, the severities of its barriers. */
export function colourLegendLayout(
    emotions: boolean, severities: readonly BarrierSeverity[], words: DiagramWords, x: number, y: number, maxWidth: number
): ColourLegendLayout | undefined {
    const rows: Row[] = [
        ...(emotions ? [{
            caption: words.colours.emotion,
            samples: [-2, -1, 0, 1, 2].map(emotion => ({ kind: 'emotion' as const, value: emotion, text: `${signed(emotion)} ${words.colours.levels[emotion + 2]}` }))
        }] : []),
        ...(severities.length > 0 ? [{
            caption: words.colours.severity,
            samples: SEVERITY_ORDER.filter(severity => severities.includes(severity)).map(severity => ({ kind: 'severity' as const, value: severity, text: words.severityName(severity) }))
        }] : [])
    ];
    if (rows.length === 0) {
        return undefined;
    }
    const line = lineHeight(SMALL_SIZE);
    const captions = rows.map(row => block(row.caption, Infinity, SMALL_SIZE, 'bold'));
    const start = x + PADDING + widest(captions) + CAPTION_GAP;
    const placedCaptions: PlacedText[] = [];
    const samples: ColourSample[] = [];
    let top = y + PADDING;
    let right = start;
    rows.forEach((row, i) => {
        placedCaptions.push({ x: x + PADDING, y: top, text: captions[i] });
        let left = start;
        for (const sample of row.samples) {
            const label = block(sample.text, Infinity, SMALL_SIZE);
            const width = SWATCH + SWATCH_GAP + widest([label]);
            if (left > start && left + width > x + maxWidth - PADDING) {
                left = start;
                top += line;
            }
            samples.push({
                kind: sample.kind, value: sample.value, swatch: { x: left, y: top + (line - SWATCH) / 2, width: SWATCH, height: SWATCH },
                label: { x: left + SWATCH + SWATCH_GAP, y: top, text: label }
            });
            right = Math.max(right, left + width);
            left += width + ITEM_GAP;
        }
        top += line;
    });
    return { x, y, width: Math.ceil(right - x + PADDING), height: top + PADDING - y, captions: placedCaptions, samples };
}

/** An emotion as the lane's scale writes it: `+2`, `0`, `\u22121` (a true minus sign). */
function signed(emotion: number): string {
    return emotion > 0 ? `+${emotion}` : emotion < 0 ? `\u2212${-emotion}` : '0';
}
