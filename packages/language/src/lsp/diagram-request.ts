import { DocumentState } from 'langium';
import { ErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';
import { diagramOptions } from '../diagram/diagram-options.js';
import { renderJourneySvg } from '../diagram/render-journey.js';
import { THEME_NAMES } from '../diagram/theme.js';
import { personaView } from '../model/persona-view.js';
import type { DiagramParams, DiagramResult } from '../protocol.js';
import { readable } from '../parser/syntax-problems.js';
import { elementSources } from './element-sources.js';
import { checkCancelled, journeyEntry, journeysOf, requestDocument } from './request-document.js';

/**
 * `cjm/diagram`: the picture `cjm render` draws, for the text the editor has, in the
 * language the config or the map chooses, as a whole or as one persona lives it. A text that does not parse is not drawn: its
 * syntax errors come back instead, once validated.
 */
export async function diagramRequest(services: CjmServices, params: DiagramParams, token: CancellationToken): Promise<DiagramResult> {
    const theme = params.theme ?? 'light';
    if (!THEME_NAMES.includes(theme)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `unknown theme '${String(theme)}'; themes: ${THEME_NAMES.join(', ')}`);
    }
    let document = await requestDocument(services.shared, params.uri, DocumentState.Linked, token);
    if (!readable(document)) {
        // Syntax errors are diagnostics only after validation; an edit meanwhile may fix them.
        document = await requestDocument(services.shared, params.uri, DocumentState.Validated, token);
    }
    const journeys = journeysOf(document);
    const entries = journeys.map(journeyEntry);
    if (!readable(document)) {
        const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'syntax').map(({ message, range }) => ({ message, range }));
        return { kind: 'syntax-error', errors, journeys: entries };
    }
    const journey = journeys.find(candidate => candidate.name === params.journey) ?? journeys.at(0);
    if (journey === undefined) {
        return { kind: 'no-journey', journeys: entries };
    }
    checkCancelled(token);
    const whole = services.model.JourneyModels.get(journey);
    const persona = whole.personas.find(candidate => candidate.name === params.persona)?.name;
    const model = persona === undefined ? whole : personaView(whole, persona);
    const personas = whole.personas.map(({ name, title, role }) => ({ id: name, ...(title === undefined ? {} : { title }), ...(role === undefined ? {} : { role }) }));
    // The language and stale evidence as `cjm render` has them: the document's config and lint's today.
    const configs = services.config.ConfigProvider;
    const options = diagramOptions(model, configs.configOrDefault(document.uri), configs.getToday());
    const svg = await renderJourneySvg(model, services.diagram.StageLayouts, { theme, ...options });
    return { kind: 'diagram', svg, journey: journey.name, journeys: entries, ...(persona === undefined ? {} : { persona }), personas, sources: elementSources(journey) };
}
