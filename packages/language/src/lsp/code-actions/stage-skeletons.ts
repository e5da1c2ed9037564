import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isStage, type Journey } from '../../generated/ast.js';
import { localFix, nodeAtDiagnostic, type FixContext } from './quick-fix.js';
import { insertBeforeClose, levelOf } from './text-edits.js';

/**
 * stage-needs-metric: an empty metric as the stage's last member, a place to write what
 * the team measures. No baseline or target: only the team knows them, so the rule keeps
 * reporting until a target is written.
 */
export function addMetric(context: FixContext): CodeAction[] {
    const stage = nodeAtDiagnostic(context, isStage);
    if (!stage) {
        return [];
    }
    const name = freeName(`${stage.name}Metric`, stage.$container);
    const edit = insertBeforeClose(context.document, stage, [`metric ${name} {`, '}'], levelOf(stage) + 1);
    return edit ? [localFix(context, `Add metric '${name}' to stage '${stage.name}'`, [edit], true)] : [];
}

/**
 * stage-needs-research: an empty research question as the stage's last member. Never an
 * answer: a fix cannot know what the research found, so the stage stays flagged until a
 * person writes one.
 */
export function addResearch(context: FixContext): CodeAction[] {
    const stage = nodeAtDiagnostic(context, isStage);
    const edit = stage && insertBeforeClose(context.document, stage, ['question ""'], levelOf(stage) + 1);
    return stage && edit ? [localFix(context, `Add a research question to stage '${stage.name}'`, [edit], true)] : [];
}

/** `base`, or `base2`, `base3`... : the first that names nothing in the journey. */
function freeName(base: string, journey: Journey): string {
    const taken = new Set(AstUtils.streamAllContents(journey).map(node => (node as { name?: unknown }).name).filter(name => typeof name === 'string'));
    let name = base;
    for (let n = 2; taken.has(name); n++) {
        name = `${base}${n}`;
    }
    return name;
}
