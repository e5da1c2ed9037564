import type { CjmConfig, Locale, MapModel, ReviewedChange, ThemeName } from '@cjm/language';

export interface ChangeFileOptions {
    format: string;
    theme: ThemeName;
    locale: Locale;
    journey?: string;
    today: string;
    config: CjmConfig;
    labels: { old: string; new: string };
}

/** `cjm diff --format svg|html`: the marked picture, or the page with the three pictures and the list; undefined without the journey. */
export async function drawChangeFile(old: MapModel, added: MapModel, changes: readonly ReviewedChange[], options: ChangeFileOptions): Promise<string | undefined> {
    const { drawChange, renderChangeHtml, StageLayouts, loadElk } = await import('@cjm/language');
    const pictures = await drawChange(old, added, changes, new StageLayouts(loadElk), {
        theme: options.theme,
        locale: options.locale,
        evidence: { today: options.today, maxAgeDays: options.config.evidenceMaxAgeDays },
        ...(options.journey === undefined ? {} : { journey: options.journey })
    });
    if (pictures === undefined) {
        return undefined;
    }
    return options.format === 'svg' ? pictures.marked : renderChangeHtml(pictures, changes, { theme: options.theme, locale: options.locale, ...options.labels });
}
