/**
 * The report of every example, read back by a Markdown parser: nothing the map holds is
 * lost on the way to the wiki, in the language the map is written in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../src/export/markdown.js';
import { exportMermaid } from '../../src/export/mermaid.js';
import { mapLocale } from '../../src/locale/locale.js';
import { messagesFor } from '../../src/locale/messages.js';
import type { JourneyModel } from '../../src/model/journey-model.js';
import { exampleJourneyModels } from '../fixtures.js';
import { codeBlocks, headings, listItems, rowsUnder } from './markdown-reader.js';

interface Example {
    model: JourneyModel;
    report: string;
    items: string[];
}

describe('the Markdown report of every example', () => {
    let examples: Example[] = [];

    beforeAll(async () => {
        examples = (await exampleJourneyModels()).map(model => {
            const report = exportMarkdown(model, [], { locale: mapLocale(model) });
            return { model, report, items: listItems(report) };
        });
        expect(examples.length).toBeGreaterThan(4);
        expect(examples.map(example => mapLocale(example.model))).toContain('ru');
    });

    /** The report's words for the example's language. */
    const wordsOf = (model: JourneyModel) => messagesFor(mapLocale(model));

    it('holds every persona attribute, each after its label', () => {
        for (const { model, items } of examples) {
            const { report: words, diagram } = wordsOf(model);
            for (const persona of model.personas) {
                for (const { kind, value } of persona.attributes) {
                    const shown = kind === 'quote' ? diagram.quote(value) : value;
                    expect(items, `${model.name}: ${persona.name} ${kind}`).toContain(`${words.attribute[kind]}: ${shown}`);
                }
            }
        }
    });

    it('lists every channel, online or offline', () => {
        for (const { model, report } of examples) {
            const words = wordsOf(model).report;
            const header = [words.channels.channel, words.channels.kind, ...(model.channels.some(channel => channel.description) ? [words.channels.description] : [])];
            expect(rowsUnder(report, header).map(row => row.slice(0, 2)), model.name).toEqual(model.channels.map(channel => [
                channel.title ?? channel.name, channel.kind === undefined ? '' : words.channelKind[channel.kind]
            ]));
        }
    });

    it('holds every action and thought, every mitigation, every answer and every metric source', () => {
        for (const { model, report, items } of examples) {
            const { report: words, diagram } = wordsOf(model);
            const startsOne = (prefix: string) => expect(items.some(item => item.startsWith(prefix)), `${model.name}: ${prefix}`).toBe(true);
            for (const stage of model.stages) {
                for (const touchpoint of stage.touchpoints) {
                    touchpoint.personaActions.forEach(entry => startsOne(`${words.lived.does}: ${entry.text}`));
                    touchpoint.personaThoughts.forEach(entry => startsOne(`${words.lived.thinks}: ${diagram.quote(entry.text)}`));
                }
                for (const barrier of stage.barriers) {
                    barrier.mitigations.forEach(mitigation => expect(items, model.name).toContain(`${words.barrier.mitigation}: ${mitigation}`));
                }
                stage.questions.flatMap(question => question.answers).forEach(answer => startsOne(answer.text));
            }
            const metrics = Object.values(words.metrics);
            const sources = rowsUnder(report, metrics).map(row => row[metrics.indexOf(words.metrics.source)]);
            expect(sources, model.name).toEqual(model.stages.flatMap(stage => stage.metrics).map(metric => metric.source ?? ''));
        }
    });

    it('is in the map\'s language, with its Mermaid block, a section and a coverage row per stage, and no problems', () => {
        for (const { model, report } of examples) {
            const words = wordsOf(model).report;
            expect(headings(report).slice(1, 2), model.name).toEqual([`## ${words.headings.brief}`]);
            expect(codeBlocks(report).map(block => `${block.text}\n`), model.name).toEqual([exportMermaid(model, mapLocale(model))]);
            expect(headings(report).filter(heading => heading.startsWith(`## ${words.headings.stage}: `)), model.name).toHaveLength(model.stages.length);
            expect(rowsUnder(report, Object.values(words.coverage)).map(row => row[0]), model.name).toEqual(model.stages.map(stage => stage.title ?? stage.name));
            expect(report.trimEnd().endsWith(words.diagnostics.none), model.name).toBe(true);
        }
    });
});
