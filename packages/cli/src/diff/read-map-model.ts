import { buildMapModel, readable, type CjmConfig, type MapModel } from '@cjm/language';
import { URI } from 'langium';
import type { LintResult } from '../lint/lint-result.js';
import { toLintResult } from '../lint/linter.js';
import { buildWorkspace } from '../workspace/build-workspace.js';
import type { Source } from '../workspace/read-sources.js';

/**
 * Text a diff cannot compare: a syntax error (what stops every command), or a number the
 * model leaves out, which would make two different numbers compare equal.
 */
const UNREADABLE = new Set(['syntax', 'invalid-number']);

/** One side of a diff as a model, or its errors when it cannot be compared (see UNREADABLE). */
export type MapModelRead =
    | { readonly parses: true; readonly model: MapModel; readonly config: CjmConfig }
    | { readonly parses: false; readonly errors: LintResult };

/**
 * Builds one side on its own (each side is one version of the same file, so the two
 * never share a workspace). References to other files stay names, which is all the diff
 * compares.
 */
export async function readMapModel(source: Source, today: string, cwd: string): Promise<MapModelRead> {
    const { services, documents: [map] } = await buildWorkspace([source], { today, cwd });
    const unreadable = map.diagnostics.filter(diagnostic => UNREADABLE.has(String(diagnostic.code)));
    if (!readable(map.document) || unreadable.length > 0) {
        return { parses: false, errors: toLintResult(source.file, unreadable, map.locale) };
    }
    const config = services.config.ConfigProvider.configFor(URI.file(source.path));
    return { parses: true, config, model: buildMapModel(map.document.parseResult.value, journey => services.model.JourneyModels.get(journey)) };
}
