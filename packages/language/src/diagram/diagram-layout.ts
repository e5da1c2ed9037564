/**
 * The laid-out journey diagram: plain, JSON-safe geometry in absolute px coordinates
 * (origin top left, y down). The SVG writer draws only from this; every text is already
 * wrapped into lines that fit their box (box width minus twice `padding`).
 */
import type { FlowRole } from '../model/flow-roles.js';
import type { BarrierSeverity, JourneyState } from '../model/journey-model.js';
import type { Locale } from '../locale/locale.js';

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

/** Text drawn from its top left corner. */
export interface PlacedText extends Point {
    text: TextBlock;
}

export interface HeaderLayout extends Rect {
    /** The journey's title as written, unwrapped (the picture's accessible name). */
    label: string;
    /** The state, product and owner, and the brief, unwrapped (the picture's accessible description). */
    description: string;
    /** The title (and whose view it is, in one persona's view), from the top left inside the padding. */
    title: TextBlock;
    /** The journey's state as a badge under the title. */
    badge: Rect & { text: TextBlock; state: JourneyState };
    /** Product and owner, right of the badge; empty without either. */
    facts: PlacedText;
    /** The date the journey was reviewed, under the badge, coloured as stale evidence when it is. */
    reviewed?: { text: TextBlock; stale: boolean; y: number };
    /** Objective, problem and targets, each wrapped, from `briefY` down. */
    brief: TextBlock;
    briefY: number;
}

/** A target persona's card under the header: title, role, goal, need and a quote, each shortened. */
export interface PersonaCardLayout extends Rect {
    name: string;
    /** Its title, role, goal, need and quote, whole (its group's `<title>`). */
    label: string;
    title: TextBlock;
    role: TextBlock;
    body: TextBlock;
}

export interface StageLayout extends Rect {
    name: string;
    title: TextBlock;
    /** Where the touchpoints would be, in a stage without them. */
    note?: PlacedText;
    /** The stage's title as written (its group's `<title>`). */
    label: string;
}

export interface TouchpointLayout extends Rect {
    name: string;
    stage: string;
    title: TextBlock;
    /** Channel names after their label (`Channel: …`), wrapped; empty without channels. */
    channels: TextBlock;
    /** Persona names after their label (`Personas: …`), wrapped; empty without personas. */
    personas: TextBlock;
    /** Everything the box says, whole (its group's `<title>`): the drawn text may be cut with an ellipsis. */
    label: string;
    /** The touchpoint's emotion when its personas feel alike (model/feels-alike.ts). */
    emotion?: number;
    /** Else each persona's emotion, in the touchpoint's persona order: the stripe is split among them. */
    emotions?: number[];
}

export interface BarrierLayout extends Rect {
    name: string;
    stage: string;
    /** The touchpoint it is attached to (drawn just below it); absent when unattached. */
    touchpoint?: string;
    severity: BarrierSeverity;
    /** Its title, bold; then its severity and mitigations (or the mark of none), each wrapped and maybe cut. */
    title: TextBlock;
    body: TextBlock;
    /** The same, whole (its group's `<title>`). */
    label: string;
    /** Short line from its touchpoint's border to the barrier's border; absent when unattached. */
    connector?: Point[];
}

export interface OpportunityLayout extends Rect {
    name: string;
    stage: string;
    /** Barrier names it resolves (drawn as links where `links` has a route, named in the box always). */
    resolves: string[];
    title: TextBlock;
    /** Its text whole, with its description (its group's `<title>`). */
    label: string;
}

/** An opportunity's link to a barrier it resolves: orthogonal, border to border. */
export interface ResolveLinkLayout {
    opportunity: string;
    barrier: string;
    points: Point[];
}

export type { FlowRole };

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

/** One sample of the colour legend: a swatch and what its colour means. */
export interface ColourSample {
    kind: 'emotion' | 'severity';
    /** The emotion (-2..+2) or the severity the swatch is coloured by. */
    value: number | BarrierSeverity;
    swatch: Rect;
    label: PlacedText;
}

/** The legend of colours beside the flow legend: the emotion scale and the barriers' severities, each a row after its caption. */
export interface ColourLegendLayout extends Rect {
    captions: PlacedText[];
    samples: ColourSample[];
}

/** A point of an emotion curve, under its touchpoint's box (its x within the box). */
export interface EmotionPoint extends Point {
    touchpoint: string;
    emotion: number;
}

/** The marks that tell persona curves apart besides their colour. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangleDown';

/** One persona's emotion curve. */
export interface EmotionCurve {
    /** Absent for the emotions of touchpoints that name no persona (the journey's customer). */
    persona?: string;
    /** Its colour in the theme's persona palette and its marker shape; absent when it is the only curve (points take the emotion's colour). */
    style?: { colour: number; shape: MarkerShape };
    points: EmotionPoint[];
    /** One line per flow between two of its points: a branch splits the curve, a loop back draws none. */
    lines: [Point, Point][];
}

/** A curve's entry in the lane's key: its marker, the persona's title and role. */
export interface EmotionKey {
    persona?: string;
    style: { colour: number; shape: MarkerShape };
    marker: Point;
    label: TextBlock;
    textX: number;
    textY: number;
}

export interface EmotionLaneLayout extends Rect {
    /** The lane's title, drawn at its top left in the gutter left of the first stage. */
    title: TextBlock;
    /** One curve per persona with emotions, in the journey's persona order. */
    curves: EmotionCurve[];
    /** Which curve is whose, above the curves; empty with one curve. */
    keys: EmotionKey[];
    /** y of emotion 0; `unit` px per step of the -2..+2 scale. */
    zeroY: number;
    unit: number;
    /** x where the -2 / 0 / +2 labels end, left of the first stage; the grid starts right of it. */
    scaleRight: number;
}

/** The lanes under the stages, top to bottom in this order; `emotion` is the emotion curve. */
export type LaneKind = 'action' | 'thought' | 'emotion' | 'metric' | 'research';

/** How a lane entry is coloured: plain, a metric met or not met, stale evidence. */
export type LaneTone = 'text' | 'met' | 'notMet' | 'stale';

/** A run of lines in one tone, wrapped to the cell's width minus twice `padding`. */
export interface LanePart {
    lines: string[];
    tone: LaneTone;
}

/** A metric by its name; a question (an open one, or the question an answer answers) by its text, as the diff names it. */
export interface EntryOf {
    kind: 'metric' | 'question';
    name: string;
}

/** One thing a cell says: an action, a thought, a metric, a research answer, an open question. */
export interface LaneEntry {
    /** Its lines, top to bottom, without a gap between the parts. */
    parts: LanePart[];
    /** A research answer is drawn as its own group (diagram.md's contract). */
    answer?: boolean;
    /** The metric or question it tells, so that its group can be found and a change marked on it. */
    of?: EntryOf;
    /** Its text whole, where the drawn text was cut with an ellipsis (the entry's `<title>`). */
    label?: string;
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
    /** Cards of the target personas, in rows under the header. */
    personas: PersonaCardLayout[];
    stages: StageLayout[];
    touchpoints: TouchpointLayout[];
    barriers: BarrierLayout[];
    opportunities: OpportunityLayout[];
    flows: FlowLayout[];
    /** Absent when the journey has no flows. */
    legend?: LegendLayout;
    /** Absent when nothing is coloured by emotion or severity. */
    colourLegend?: ColourLegendLayout;
    links: ResolveLinkLayout[];
    /** The language of the picture's own words. */
    locale: Locale;
    /** Text lanes with something in at least one stage, top to bottom. */
    lanes: LaneLayout[];
    /** Absent when no touchpoint has an emotion; drawn between the thought and metric lanes. */
    emotionLane?: EmotionLaneLayout;
}
