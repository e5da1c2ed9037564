/**
 * Colours of the journey diagram, one theme per editor appearance. Every text colour
 * meets WCAG AA (4.5:1) on the fill it is drawn on, and emotion marks and flow strokes
 * 3:1 on theirs (test/diagram/theme.test.ts checks both). Emotions use a red-to-blue
 * diverging scale (ColorBrewer RdBu, safe for red-green colour blindness) with a grey
 * middle: the sign reads by hue, the strength by lightness.
 */
import type { BarrierSeverity } from '../model/journey-model.js';
import type { FlowRole } from './diagram-layout.js';

export type ThemeName = 'light' | 'dark';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark'];

/** A box: its fill, its border and the text drawn on it. */
export interface BoxColours {
    fill: string;
    border: string;
    text: string;
}

export interface Theme {
    background: string;
    header: { title: string; text: string };
    /** The journey's state badge in the header. */
    badge: BoxColours;
    /** Stage columns; `text` is the stage title. */
    stage: BoxColours;
    /** `secondary` is the channel and persona lines. */
    touchpoint: BoxColours & { secondary: string };
    /** Emotion marks for -2, -1, 0, +1, +2. */
    emotion: readonly [string, string, string, string, string];
    barrier: Readonly<Record<BarrierSeverity, BoxColours>>;
    opportunity: BoxColours;
    /** Flow strokes by role (FlowRole in diagram-layout.ts). */
    flow: Readonly<Record<FlowRole, string>>;
    /** A connector's label box (its border takes the flow's colour). */
    connector: { fill: string; text: string };
    /** Opportunity-to-barrier links. */
    link: string;
    /** The legends' boxes: never the background's colour, which only the background wears (themeColours). */
    legend: BoxColours;
    emotionLane: { fill: string; border: string; grid: string; zero: string; curve: string; text: string };
    /** One colour per persona curve when the emotion lane has several, in curve order (repeating past the last). */
    persona: readonly string[];
    /**
     * Text lanes: the lane's band and title (the emotion lane's title too), its cells, and
     * entries by tone (plain, metric met / not met, stale evidence).
     */
    lane: { fill: string; border: string; title: string; cell: string; cellBorder: string; text: string; met: string; notMet: string; stale: string };
}

const LIGHT: Theme = {
    background: '#ffffff',
    header: { title: '#1f2328', text: '#57606a' },
    badge: { fill: '#f6f8fa', border: '#1b7c83', text: '#1f2328' },
    stage: { fill: '#f6f8fa', border: '#d0d7de', text: '#1f2328' },
    touchpoint: { fill: '#ffffff', border: '#818b98', text: '#1f2328', secondary: '#57606a' },
    emotion: ['#b2182b', '#d6604d', '#878787', '#4393c3', '#2166ac'],
    barrier: {
        low: { fill: '#fff8c5', border: '#bf8700', text: '#1f2328' },
        medium: { fill: '#ffecd1', border: '#d97706', text: '#1f2328' },
        high: { fill: '#ffe2db', border: '#d4380d', text: '#1f2328' },
        critical: { fill: '#ffd7d9', border: '#a40e26', text: '#1f2328' }
    },
    opportunity: { fill: '#dafbe1', border: '#1a7f37', text: '#1f2328' },
    flow: { next: '#818b98', branch: '#24292f', loop: '#8250df', stage: '#1b7c83' },
    connector: { fill: '#ffffff', text: '#1f2328' },
    link: '#1a7f37',
    legend: { fill: '#ffffff', border: '#d0d7de', text: '#57606a' },
    emotionLane: { fill: '#f6f8fa', border: '#d0d7de', grid: '#e1e6eb', zero: '#8c959f', curve: '#57606a', text: '#57606a' },
    persona: ['#0969da', '#bc4c00', '#1a7f37', '#8250df', '#9a6700'],
    lane: {
        fill: '#f6f8fa', border: '#d0d7de', title: '#1f2328', cell: '#ffffff', cellBorder: '#d0d7de',
        text: '#1f2328', met: '#1a7f37', notMet: '#cf222e', stale: '#9a6700'
    }
};

const DARK: Theme = {
    background: '#0d1117',
    header: { title: '#e6edf3', text: '#9da7b3' },
    badge: { fill: '#161b22', border: '#39c5cf', text: '#e6edf3' },
    stage: { fill: '#161b22', border: '#30363d', text: '#e6edf3' },
    touchpoint: { fill: '#1c2128', border: '#6e7681', text: '#e6edf3', secondary: '#9da7b3' },
    emotion: ['#e8544e', '#f4a582', '#8b949e', '#92c5de', '#4393c3'],
    barrier: {
        low: { fill: '#2e2a12', border: '#d4a72c', text: '#e6edf3' },
        medium: { fill: '#33240f', border: '#f0883e', text: '#e6edf3' },
        high: { fill: '#3a1d17', border: '#ff7b5c', text: '#e6edf3' },
        critical: { fill: '#42131a', border: '#ff5a6e', text: '#e6edf3' }
    },
    opportunity: { fill: '#12261e', border: '#3fb950', text: '#e6edf3' },
    flow: { next: '#6e7681', branch: '#c9d1d9', loop: '#bc8cff', stage: '#39c5cf' },
    connector: { fill: '#1c2128', text: '#e6edf3' },
    link: '#3fb950',
    legend: { fill: '#1c2128', border: '#30363d', text: '#9da7b3' },
    emotionLane: { fill: '#161b22', border: '#30363d', grid: '#21262d', zero: '#6e7681', curve: '#9da7b3', text: '#9da7b3' },
    // The light theme's purple and ochre are shared by a persona curve and a flow or a stale
    // entry; so are their dark counterparts, so that a light picture can be recoloured dark (themeColours).
    persona: ['#58a6ff', '#f0883e', '#3fb950', '#bc8cff', '#e3b341'],
    lane: {
        fill: '#161b22', border: '#30363d', title: '#e6edf3', cell: '#1c2128', cellBorder: '#30363d',
        text: '#e6edf3', met: '#3fb950', notMet: '#ff7b72', stale: '#e3b341'
    }
};

export const THEMES: Readonly<Record<ThemeName, Theme>> = { light: LIGHT, dark: DARK };

/**
 * Each colour of `from` with the colour of the same part in `to`: a picture drawn in `from`
 * reads as one drawn in `to` once every fill and stroke is swapped by this map (the site
 * draws each picture once and lets its stylesheet swap them for readers in dark mode). The
 * background is left out: it shares its light colour with the boxes, so it is swapped by its
 * class, `cjm-background`, and nothing else wears the background's colour. Where one colour of `from` stands for two of `to`, the first wins;
 * test/diagram/theme.test.ts keeps the themes free of such colours.
 */
export function themeColours(from: Theme, to: Theme): Map<string, string> {
    const swaps = new Map<string, string>();
    // Walked once: walked per part, it cost every process some 30 ms of samples at start (site-style.ts calls this when loaded).
    const toParts = themeParts(to);
    for (const [part, colour] of themeParts(from)) {
        if (part !== 'background' && !swaps.has(colour)) {
            swaps.set(colour, toParts.get(part)!);
        }
    }
    return swaps;
}

/** Every colour of a theme by its path ("touchpoint.fill", "emotion.0"). */
export function themeParts(theme: Theme): Map<string, string> {
    const parts = new Map<string, string>();
    const walk = (value: unknown, path: string): void => {
        if (typeof value === 'string') {
            parts.set(path, value);
        } else {
            Object.entries(value as object).forEach(([key, inner]) => walk(inner, path === '' ? key : `${path}.${key}`));
        }
    };
    walk(theme, '');
    return parts;
}

/** The mark colour of an emotion, rounded and clamped to the -2..+2 scale. */
export function emotionColour(theme: Theme, emotion: number): string {
    const step = Math.max(-2, Math.min(2, Math.round(emotion)));
    return theme.emotion[step + 2];
}

/** The colour of the persona curve at `index` (the palette repeats; the marker shapes tell repeats apart). */
export function personaColour(theme: Theme, index: number): string {
    return theme.persona[index % theme.persona.length];
}
