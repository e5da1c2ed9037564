/**
 * One difference between two versions of a map, in the JSON shape of cli.md
 * (`cjm diff --format json`). A rename is `changed` with field `name` (from the old name
 * to the new one) at the element's new path; a question's text change is field `text`.
 */
export type ChangeKind = 'added' | 'removed' | 'changed';

export type ElementKind = 'journey' | 'stage' | 'touchpoint' | 'barrier' | 'opportunity' | 'metric' | 'question' | 'persona' | 'channel';

export interface MapChange {
    change: ChangeKind;
    element: ElementKind;
    /** Name path: `Onboarding.Awareness.Ad`, `Onboarding.Trial`, `Founder`; a question by its text. */
    path: string;
    /** The attribute that changed (`emotion`, `target`, `severity`, `via`, `flow`, `name`, ...). */
    field?: string;
    /** Whose emotion changed, for field `emotion` on a touchpoint whose emotions name personas. */
    persona?: string;
    /** The old value; absent when the attribute was absent. */
    from?: unknown;
    /** The new value; absent when the attribute is now absent. */
    to?: unknown;
}
