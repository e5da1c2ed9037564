/** The Russian table: labelled fields, never a preposition before a map's name (no declension). */
import type { Messages } from './messages.js';
import { cli } from './ru/cli.js';
import { config } from './ru/config.js';
import { diagram } from './ru/diagram.js';
import { diff } from './ru/diff.js';
import { facts } from './ru/facts.js';
import { fmt } from './ru/fmt.js';
import { hover } from './ru/hover.js';
import { report } from './ru/report.js';
import { ruleHelp } from './ru/rule-help.js';
import { rules } from './ru/rules.js';
import { site } from './ru/site.js';
import { syntax } from './ru/syntax.js';

export const ru: Messages = { cli, config, diagram, diff, facts, fmt, hover, report, ruleHelp, rules, site, syntax };
