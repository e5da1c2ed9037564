/** The English table: each section lives in en/, named for the part of cjm that speaks it. */
import { diagram } from './en/diagram.js';
import { diff } from './en/diff.js';
import type { Messages } from './messages.js';

export const en: Messages = { diagram, diff };
