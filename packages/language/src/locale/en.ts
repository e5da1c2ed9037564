/** The English table: each section lives in en/, named for the part of cjm that speaks it. */
import { diagram } from './en/diagram.js';
import type { Messages } from './messages.js';
import { site } from './en/site.js';

export const en: Messages = { diagram, site };
