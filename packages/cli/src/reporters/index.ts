import { github } from './github.js';
import { json } from './json.js';
import type { Reporter } from './reporter.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { Reporter, ReportContext } from './reporter.js';

/** Every `--format` of `cjm lint`; the first is the default. */
export const REPORTERS = { stylish, json, sarif, github } as const satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof REPORTERS;

export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];
