/**
 * Where each page and file of the site lives, and how one page links to another: by a
 * relative URL (the folder works from file://, from any sub-path and after a move), under
 * `--base` when a host needs it, or as a fragment inside the single file.
 */
import type { SiteOptions } from './site-input.js';

export const PAGES = {
    index: 'index.html',
    personas: 'personas.html',
    channels: 'channels.html',
    barriers: 'barriers.html',
    metrics: 'metrics.html',
    research: 'research.html'
} as const;

export type PageKind = keyof typeof PAGES;

export const ASSETS = { style: 'assets/site.css', script: 'assets/site.js', searchIndex: 'assets/search-index.js' } as const;

/** Identifiers hold no `.`, so `JOURNEY.persona.PERSONA` never meets another journey's page. */
export function journeyPath(journey: string, persona?: string): string {
    return persona === undefined ? `journeys/${journey}.html` : `journeys/${journey}.persona.${persona}.html`;
}

export type DownloadFormat = 'svg' | 'mmd' | 'md' | 'json';

export function downloadPath(journey: string, format: DownloadFormat): string {
    return `downloads/${journey}.${format}`;
}

export function rulePath(rule: string): string {
    return `rules/${rule}.html`;
}

/** Turns a site path into the URL written on the page at `from`. */
export type Link = (to: string, fragment?: string) => string;

export function linkFrom(from: string, options: Pick<SiteOptions, 'base' | 'singleFile'>): Link {
    if (options.singleFile) {
        // Every page is a section of the one file, named by its path.
        return to => `#${encodePath(to)}`;
    }
    const prefix = options.base ?? '../'.repeat(from.split('/').length - 1);
    return (to, fragment) => `${prefix}${encodePath(to)}${fragment === undefined ? '' : `#${encodeURIComponent(fragment)}`}`;
}

function encodePath(path: string): string {
    return path.split('/').map(encodeURIComponent).join('/');
}
