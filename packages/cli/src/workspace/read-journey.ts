import type { CjmConfig, JourneyModel } from '@cjm/language';
import type { CommandContext } from '../command.js';
import type { LintResult } from '../lint/lint-result.js';
import { resolveToday } from '../lint/today.js';
import { pickJourney, pickPersona } from './pick-journey.js';
import { readMap } from './read-map.js';
import { reportSyntaxErrors } from './syntax-errors.js';

/**
 * The one journey `cjm render` or `cjm export` works on: FILE read as readMap does, then
 * the only journey or `--journey ID`, as `--persona ID` lives it when given. When FILE
 * does not parse, its syntax errors go to standard error and the result is undefined
 * (the command exits 2).
 */
export async function readJourney(
    given: string, journeyId: string | undefined, context: CommandContext, command: string, personaId?: string
): Promise<{ journey: JourneyModel; diagnostics: LintResult; config: CjmConfig; today: string } | undefined> {
    const map = await readMap(given, context.cwd, resolveToday(undefined, context.env), command);
    if (!map.parses) {
        context.stderr.write(reportSyntaxErrors([map.errors], { kind: 'fix', command }));
        return undefined;
    }
    const whole = pickJourney(map.journeys, journeyId, map.file);
    const journey = personaId === undefined ? whole : (await import('@cjm/language')).personaView(whole, pickPersona(whole, personaId, map.file));
    return { journey, diagnostics: map.diagnostics, config: map.config, today: map.today };
}
