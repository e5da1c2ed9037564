/**
 * The layout options a journey is drawn with where a config applies (`cjm render`, the
 * editor preview): the language by `--locale`, else the config's `locale`, else the map's
 * own; "today" and the age limit of stale-evidence, as lint has them.
 */
import type { CjmConfig } from '../config/config.js';
import type { JourneyModel } from '../model/journey-model.js';
import { chooseLocale } from '../locale/locale.js';
import type { LayoutOptions } from './layout.js';
import type { Locale } from '../locale/locale.js';

export function diagramOptions(model: JourneyModel, config: CjmConfig, today: string, forcedLocale?: Locale): Required<LayoutOptions> {
    return {
        locale: chooseLocale(model, forcedLocale, config.locale),
        evidence: { today, maxAgeDays: config.evidenceMaxAgeDays }
    };
}
