/**
 * What `cjm site` builds from: the workspace's journeys as models, each with the map it
 * comes from and that map's lint findings, and the maps that do not parse. The CLI reads
 * and lints; everything under site/ is pure.
 */
import type { CjmConfig } from '../config/config.js';
import type { DiagramOptions } from '../diagram/render-journey.js';
import type { JourneyOutput } from './journey-output.js';
import type { Locale } from '../locale/locale.js';
import type { JourneyModel } from '../model/journey-model.js';
import type { PlainDiagnostic } from '../validation/plain-diagnostics.js';

export type SiteTheme = 'light' | 'dark' | 'auto';

export interface SiteJourney {
    model: JourneyModel;
    /** The map's path as the reader should see it (relative to the workspace). */
    file: string;
    /** The lint findings of the journey's map, as `cjm lint` reports them. */
    diagnostics: readonly PlainDiagnostic[];
    /** The config that applies to the map: its locale and the age limit of evidence. */
    config: CjmConfig;
}

export interface UnparsedMap {
    file: string;
    diagnostics: readonly PlainDiagnostic[];
}

export interface SiteInput {
    journeys: readonly SiteJourney[];
    unparsed: readonly UnparsedMap[];
}

export interface SiteOptions {
    theme: SiteTheme;
    /** `--locale`: the site's words and every picture's; absent: the config's, else the maps' own. */
    locale?: Locale;
    /** "Today" for stale evidence (lint's). */
    today: string;
    /** `--base`: an absolute base URL path for every link (ends with `/`); absent: relative links. */
    base?: string;
    /** `--single-file`: one index.html with every page inside. */
    singleFile: boolean;
    /**
     * Draws a view's picture with the renderer `cjm render` uses (renderJourneySvg): the
     * caller chooses where (the CLI in worker threads) and keeps the stage layouts, so that
     * a rebuild lays out only what changed.
     */
    draw: (model: JourneyModel, options: DiagramOptions) => Promise<string>;
    /**
     * What each journey gave the site before (journey-output.ts), kept by the caller across
     * the rebuilds of `--watch`, so that a save draws and writes out only the journey it
     * changed. A build leaves in it only this site's journeys, so it never outgrows one site.
     */
    journeys?: Map<string, JourneyOutput>;
}

/** The site as files: path (with `/`) to content. */
export type SiteFiles = Record<string, string>;
