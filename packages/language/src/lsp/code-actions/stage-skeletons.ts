import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import { isStage, type Journey, type Question, type Stage } from '../../generated/ast.js';
import { stagesWithModels } from '../../validation/journey-parts.js';
import { localFix, nodeAtDiagnostic, type FixContext } from './quick-fix.js';
import { indent, insertAt, insertBeforeClose, levelOf, lineEnd } from './text-edits.js';

/** stage-needs-metric: a metric with a baseline and a target, as the stage's last member. */
export function addMetric(context: FixContext): CodeAction[] {
    const stage = nodeAtDiagnostic(context, isStage);
    if (!stage) {
        return [];
    }
    const name = freeName(`${stage.name}Metric`, stage.$container);
    const edit = insertBeforeClose(context.document, stage, [`metric ${name} "${stage.name} success" { baseline 0 target 1 }`], levelOf(stage) + 1);
    return edit ? [localFix(context, `Add metric '${name}' with a target to stage '${stage.name}'`, [edit], true)] : [];
}

/**
 * stage-needs-research: a question with an answer from an interview dated today, and an
 * answer for each open question the stage already asks.
 */
export function addResearch(context: FixContext): CodeAction[] {
    const stage = nodeAtDiagnostic(context, isStage);
    if (!stage) {
        return [];
    }
    const answer = `answer "What the interviews found" source interview date ${context.services.config.ConfigProvider.getToday()}`;
    const actions: CodeAction[] = [];
    const question = insertBeforeClose(context.document, stage, [`question "What do customers need in ${stage.name}?" {`, `  ${answer}`, '}'], levelOf(stage) + 1);
    if (question) {
        actions.push(localFix(context, `Add an answered research question to stage '${stage.name}'`, [question], true));
    }
    for (const open of openQuestions(context, stage)) {
        const edit = hasBlock(open)
            ? insertBeforeClose(context.document, open, [answer], levelOf(open) + 1)
            : addBlock(context, open, answer);
        if (edit) {
            actions.push(localFix(context, `Answer the question "${shorten(open.text)}"`, [edit]));
        }
    }
    return actions;
}

/** The stage's questions that its model counts as unanswered. */
function openQuestions(context: FixContext, stage: Stage): Question[] {
    const model = context.services.model.JourneyModels.get(stage.$container);
    const stageModel = stagesWithModels(stage.$container, model).find(([node]) => node === stage)?.[1];
    return stage.questions.filter((_, index) => stageModel?.questions[index]?.answers.length === 0);
}

function hasBlock(question: Question): boolean {
    return question.$cstNode !== undefined && GrammarUtils.findNodeForKeyword(question.$cstNode, '{') !== undefined;
}

/** `question "..."` becomes `question "..." {`, the member, `}`. */
function addBlock(context: FixContext, question: Question, member: string) {
    const eol = lineEnd(context.document);
    const level = levelOf(question);
    return insertAt(context.document, question.$cstNode!.end, ` {${eol}${indent(level + 1)}${member}${eol}${indent(level)}}`);
}

function shorten(text: string): string {
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
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
