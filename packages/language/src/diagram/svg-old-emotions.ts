/**
 * The old map's emotion curves in a drawn change: faint and dashed beside the new ones,
 * at the new picture's x positions (the points of the new curves), so a reviewer sees
 * how the feeling moved. A touchpoint the old map had no emotion for has no old point.
 */
import type { EmotionLaneLayout, Point } from './diagram-layout.js';
import type { DiagramChanges } from './change-marks.js';
import { el, num, polylineData } from './svg-markup.js';

export function oldEmotionCurves(lane: EmotionLaneLayout | undefined, changes: DiagramChanges | undefined, colour: string): string {
    if (lane === undefined || changes === undefined || changes.oldEmotions.length === 0) {
        return '';
    }
    const old = new Map(changes.oldEmotions.map(item => [key(item.touchpoint, item.persona), item.emotion]));
    const y = (emotion: number) => lane.zeroY - emotion * lane.unit;
    const curves = lane.curves.map(curve => {
        const at = (point: Point): Point | undefined => {
            const found = curve.points.find(item => item.x === point.x && item.y === point.y);
            const emotion = found === undefined ? undefined : old.get(key(found.touchpoint, curve.persona));
            return emotion === undefined ? undefined : { x: point.x, y: y(emotion) };
        };
        const lines = curve.lines.map(([from, to]) => [at(from), at(to)]).filter((line): line is [Point, Point] => line[0] !== undefined && line[1] !== undefined);
        const points = curve.points.flatMap(point => {
            const emotion = old.get(key(point.touchpoint, curve.persona));
            return emotion === undefined ? [] : [el('circle', { cx: point.x, cy: y(emotion), r: 3, fill: 'none', stroke: colour, 'stroke-width': 1.25 })];
        });
        const path = lines.length === 0 ? '' : el('path', { d: lines.map(line => polylineData(line)).join(' '), fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
        return el('g', { class: 'cjm-old-emotion-curve', 'data-cjm-persona': curve.persona, opacity: num(0.7) }, path + points.join(''));
    });
    return el('g', { class: 'cjm-old-emotions' }, curves.join(''));
}

function key(touchpoint: string, persona: string | undefined): string {
    return `${touchpoint}\n${persona ?? ''}`;
}
