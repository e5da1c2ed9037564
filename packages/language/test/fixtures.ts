import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { buildDocuments, createCjmServices, parseConfig, type BuiltDocument } from '../src/index.js';

export const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** The "today" every test lints against, so stale-evidence stays reproducible. */
export const TODAY = '2026-11-23';

export interface LintOptions {
    /** cjm.config.json text applied to every file. */
    config?: string;
    today?: string;
}

/**
 * Lints texts as one workspace: `files` maps a file name to its text. Returns the built
 * documents in the same order.
 */
export async function lintFiles(files: Record<string, string>, options: LintOptions = {}): Promise<BuiltDocument[]> {
    const services = createCjmServices(EmptyFileSystem);
    const configs = services.Cjm.config.ConfigProvider;
    configs.setToday(options.today ?? TODAY);
    if (options.config !== undefined) {
        const config = parseConfig(options.config, 'cjm.config.json');
        configs.configFor = () => config;
        configs.configOrDefault = () => config;
    }
    return buildDocuments(services, Object.entries(files).map(([name, text]) => ({ path: path.resolve('/workspace', name), text })));
}

/** Lints one text and returns its diagnostics. */
export async function lint(text: string, options: LintOptions = {}): Promise<Diagnostic[]> {
    const [document] = await lintFiles({ 'map.cjm': text }, options);
    return document.diagnostics;
}

/** The rule ids of diagnostics, in order. */
export function rules(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(diagnostic => String(diagnostic.code));
}

/** Diagnostics of one rule, with the text each one points at. */
export function findings(text: string, diagnostics: readonly Diagnostic[], rule: string): string[] {
    const lines = text.split(/\r?\n/);
    return diagnostics.filter(diagnostic => diagnostic.code === rule).map(({ range: { start, end } }) =>
        start.line === end.line ? lines[start.line].slice(start.character, end.character) : `${lines[start.line].slice(start.character)}…`);
}

/**
 * A journey that lints clean; tests break one thing in it at a time. `{{...}}` marks let a
 * test replace a part.
 */
export const CLEAN_JOURNEY = `persona Founder "Early-stage founder"
channel Web "Website" online

journey Onboarding "SaaS onboarding" {
  objective "Raise trial-to-paid conversion from 4% to 8%"
  problem "Teams cannot see value before the trial ends"
  target Founder
  reviewed 2026-10-01

  stage Awareness "Awareness" {
    touchpoint Landing "Landing page" via Web for Founder { emotion 1 }
    metric Visits "Landing visits" { baseline 100 target 200 actual 150 measured 2026-09-30 }
    question "Where do founders hear about us?" {
      answer "Peers in chats" source interview date 2026-09-12
    }
  }
}
`;
