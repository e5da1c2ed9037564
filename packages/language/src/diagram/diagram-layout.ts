/**
 * The laid-out journey diagram: plain, JSON-safe geometry in absolute px coordinates
 * (origin top left, y down). The SVG writer draws only from this; every text is already
 * wrapped into lines that fit their box (box width minus twice `padding`).
 */
import type { BarrierSeverity } from '../model/journey-model.js';
import type { Locale } from './words.js';

export interface Point {
    x: number;
    y: number;
}

export interface Rect {
    x: number;
    y: number;
    width: number;
    height: number;
}

/** Wrapped text of one box, with the font it was measured in. */
export interface TextBlock {
    lines: string[];
    fontSize: number;
    weight: 'normal' | 'bold';
}

export interface HeaderLayout extends Rect {
    /** The journey's title as written, unwrapped (the picture's accessible name). */
    label: string;
    title: TextBlock;
    /** Objective, problem and targets, each wrapped. */
    brief: TextBlock;
}

export interface StageLayout extends Rect {
    name: string;
    title: TextBlock;
}

export interface TouchpointLayout extends Rect {
    name: string;
    stage: string;
    title: TextBlock;
    /** Channel names (`via …`), wrapped; empty without channels. */
    channels: TextBlock;
    /** Persona names (`for …`), wrapped; empty without personas. */
    personas: TextBlock;
    emotion?: number;
}

export interface BarrierLayout extends Rect {
    name: string;
    stage: string;
    /** The touchpoint it is attached to (drawn just below it); absent when unattached. */
    touchpoint?: string;
    severity: BarrierSeverity;
    title: TextBlock;
    /** Short line from its touchpoint's border to the barrier's border; absent when unattached. */
    connector?: Point[];
}

export interface OpportunityLayout extends Rect {
    name: string;
    stage: string;
    /** Barrier names it resolves (drawn as links where `links` has a route, named in the box always). */
    resolves: string[];
    title: TextBlock;
}

/** An opportunity's link to a barrier it resolves: orthogonal, border to border. */
export interface ResolveLinkLayout {
    opportunity: string;
    barrier: string;
    points: Point[];
}

/** How a flow reads: on to the next step, one arm of a branch, back to an earlier step, to another stage. */
export type FlowRole = 'next' | 'branch' | 'loop' | 'stage';

/** A connector's label box: where the flow goes (at its source) or comes from (at its target). */
export interface ConnectorLabel extends Rect {
    text: TextBlock;
}

export interface FlowLayout {
    from: string;
    to: string;
    kind: 'next' | 'arrow';
    role: FlowRole;
    /**
     * Orthogonal polyline from the source's border to the target's border; for one end of a
     * connector pair, from the source's border to its label, or from its label to the target's border.
     */
    points: Point[];
    /** Set on the two halves of a connector pair (a flow that skips stages or goes back). */
    end?: 'source' | 'target';
    label?: ConnectorLabel;
}

/** The flow styles the picture uses, each with a sample line and its name, after the legend's title. */
export interface LegendLayout extends Rect {
    /** Drawn at the top left, inside the padding. */
    title: TextBlock;
    items: { role: FlowRole; label: TextBlock; sample: Point[]; textX: number; textY: number }[];
}

/** A point of the emotion curve; points spread across their stage's width in journey order. */
export interface EmotionPoint extends Point {
    touchpoint: string;
    emotion: number;
}

export interface EmotionLaneLayout extends Rect {
    /** The lane's title, drawn at its top left in the gutter left of the first stage. */
    title: TextBlock;
    /** Runs of consecutive touchpoints (journey order) with an emotion; a gap splits them. */
    segments: EmotionPoint[][];
    /** y of emotion 0 (the -2..+2 scale spans the lane's inner height). */
    zeroY: number;
    /** x where the -2 / 0 / +2 labels end, left of the first stage; the grid starts right of it. */
    scaleRight: number;
}

/** The lanes under the stages, top to bottom in this order; `emotion` is the emotion curve. */
export type LaneKind = 'action' | 'thought' | 'emotion' | 'metric' | 'research';

/** How a lane entry is coloured: plain, a metric met or not met, stale evidence. */
export type LaneTone = 'text' | 'met' | 'notMet' | 'stale';

export interface LaneEntry {
    /** Wrapped to the cell's width minus twice `padding`. */
    lines: string[];
    tone: LaneTone;
}

/** A lane's cell under one stage, as wide as the stage's column. */
export interface LaneCellLayout extends Rect {
    stage: string;
    entries: LaneEntry[];
}

/** A lane of text: what the customer does and thinks, metrics, research. */
export interface LaneLayout extends Rect {
    kind: Exclude<LaneKind, 'emotion'>;
    /** Drawn at the lane's top left, in the gutter left of the first stage. */
    title: TextBlock;
    /** Font of the entries (normal weight). */
    fontSize: number;
    /** One per stage, in stage order. */
    cells: LaneCellLayout[];
}

export interface DiagramLayout {
    width: number;
    height: number;
    /** Inner margin of every text box; text lines fit `width - 2 * padding`. */
    padding: number;
    header: HeaderLayout;
    stages: StageLayout[];
    touchpoints: TouchpointLayout[];
    barriers: BarrierLayout[];
    opportunities: OpportunityLayout[];
    flows: FlowLayout[];
    /** Absent when the journey has no flows. */
    legend?: LegendLayout;
    links: ResolveLinkLayout[];
    /** The language of the picture's own words. */
    locale: Locale;
    /** Text lanes with something in at least one stage, top to bottom. */
    lanes: LaneLayout[];
    /** Absent when no touchpoint has an emotion; drawn between the thought and metric lanes. */
    emotionLane?: EmotionLaneLayout;
}
