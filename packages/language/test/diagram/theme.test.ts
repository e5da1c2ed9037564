import { describe, expect, it } from 'vitest';
import { THEMES, THEME_NAMES, emotionColour, themeColours, themeParts } from '../../src/diagram/theme.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map(c => c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
}

describe.each(THEME_NAMES)('the %s theme', name => {
    const theme = THEMES[name];

    it('gives every text at least 4.5:1 on the fill it is drawn on (WCAG AA)', () => {
        const pairs: [string, string, string][] = [
            ['header title', theme.header.title, theme.background],
            ['header text', theme.header.text, theme.background],
            ['legend text', theme.legend.text, theme.legend.fill],
            ['stage title', theme.stage.text, theme.stage.fill],
            ['touchpoint title', theme.touchpoint.text, theme.touchpoint.fill],
            ['touchpoint channels and personas', theme.touchpoint.secondary, theme.touchpoint.fill],
            ...Object.entries(theme.barrier).map(([severity, box]): [string, string, string] => [`${severity} barrier`, box.text, box.fill]),
            ['opportunity', theme.opportunity.text, theme.opportunity.fill],
            ['emotion scale', theme.emotionLane.text, theme.emotionLane.fill],
            ['lane title', theme.lane.title, theme.lane.fill],
            ['emotion lane title', theme.lane.title, theme.emotionLane.fill],
            ['lane entry', theme.lane.text, theme.lane.cell],
            ['metric met', theme.lane.met, theme.lane.cell],
            ['metric not met', theme.lane.notMet, theme.lane.cell],
            ['stale evidence', theme.lane.stale, theme.lane.cell],
            ['connector label', theme.connector.text, theme.connector.fill]
        ];
        expect(pairs.filter(([, text, fill]) => contrast(text, fill) < 4.5).map(([what]) => what)).toEqual([]);
    });

    it('gives emotion marks and flow strokes at least 3:1 on what they are drawn on', () => {
        const marks = [...theme.emotion, ...theme.persona].flatMap(colour => [contrast(colour, theme.touchpoint.fill), contrast(colour, theme.emotionLane.fill)]);
        const strokes = [...Object.values(theme.flow), theme.link].flatMap(colour => [contrast(colour, theme.stage.fill), contrast(colour, theme.background), contrast(colour, theme.legend.fill)]);
        expect(Math.min(...marks, ...strokes)).toBeGreaterThanOrEqual(3);
    });

    it('has five distinct emotion colours, four distinct flow colours, and draws branches stronger than plain next steps', () => {
        expect(new Set(theme.emotion).size).toBe(5);
        expect(new Set(theme.persona).size).toBe(5);
        expect(new Set(Object.values(theme.flow)).size).toBe(4);
        expect(contrast(theme.flow.branch, theme.stage.fill)).toBeGreaterThan(contrast(theme.flow.next, theme.stage.fill));
    });

    it('rounds and clamps emotions to the -2..+2 scale', () => {
        expect([-7, -2, -1.4, 0, 0.6, 2, 9].map(emotion => emotionColour(theme, emotion)))
            .toEqual([0, 0, 1, 2, 3, 4, 4].map(i => theme.emotion[i]));
    });
});

describe('recolouring a light picture dark (the site draws each picture once)', () => {
    it('gives every part of the light theme its dark colour, by its colour alone (the background by its class)', () => {
        const swaps = themeColours(THEMES.light, THEMES.dark);
        const target = themeParts(THEMES.dark);
        const wrong = [...themeParts(THEMES.light)]
            .filter(([part, colour]) => part !== 'background' && swaps.get(colour) !== target.get(part))
            .map(([part, colour]) => `${part}: ${colour} becomes ${swaps.get(colour)}, not ${target.get(part)}`);
        expect(wrong).toEqual([]);
    });
});
