/**
 * The old map's emotion curves in a drawn change: faint and dashed beside the new ones,
 * at the new picture's x positions (the points of the new curves), so a reviewer sees
 * how the feeling moved. Only where it moved: an old point equal to the new one, and a
 * line between two such, would hide under the new curve. A touchpoint the old map had no
 * emotion for has no old point.
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
        const oldOf = (point: Point) => {
            const found = curve.points.find(item => item.x === point.x && item.y === point.y);
            return found === undefined ? undefined : { point: found, emotion: old.get(key(found.touchpoint, curve.persona)) };
        };
        const moved = (point: Point) => {
            const found = oldOf(point);
            return found !== undefined && found.emotion !== undefined && found.emotion !== found.point.emotion;
        };
        const lines = curve.lines.filter(line => line.some(moved)).flatMap(([from, to]): [Point, Point][] => {
            const [a, b] = [oldOf(from)?.emotion, oldOf(to)?.emotion];
            return a === undefined || b === undefined ? [] : [[{ x: from.x, y: y(a) }, { x: to.x, y: y(b) }]];
        });
        const points = curve.points.filter(moved).map(point =>
            el('circle', { cx: point.x, cy: y(oldOf(point)!.emotion!), r: 3, fill: 'none', stroke: colour, 'stroke-width': 1.25 }));
        const path = lines.length === 0 ? '' : el('path', { d: lines.map(line => polylineData(line)).join(' '), fill: 'none', stroke: colour, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
        return path === '' && points.length === 0 ? '' : el('g', { class: 'cjm-old-emotion-curve', 'data-cjm-persona': curve.persona, opacity: num(0.7) }, path + points.join(''));
    }).filter(curve => curve !== '');
    return curves.length === 0 ? '' : el('g', { class: 'cjm-old-emotions' }, curves.join(''));
}

function key(touchpoint: string, persona: string | undefined): string {
    return `${touchpoint}\n${persona ?? ''}`;
}
