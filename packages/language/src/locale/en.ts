/** The English table: each section lives in en/, named for the part of cjm that speaks it. */
import { cli } from './en/cli.js';
import { config } from './en/config.js';
import { diagram } from './en/diagram.js';
import { diff } from './en/diff.js';
import { facts } from './en/facts.js';
import { fmt } from './en/fmt.js';
import { hover } from './en/hover.js';
import { report } from './en/report.js';
import { ruleHelp } from './en/rule-help.js';
import { rules } from './en/rules.js';
import { site } from './en/site.js';
import { syntax } from './en/syntax.js';
import type { Messages } from './messages.js';

export const en: Messages = { cli, config, diagram, diff, facts, fmt, hover, report, ruleHelp, rules, site, syntax };
