/** The Russian table: labelled fields, never a preposition before a map's name (no declension). */
import type { Messages } from './messages.js';
import { diagram } from './ru/diagram.js';
import { site } from './ru/site.js';

export const ru: Messages = { diagram, site };
