import { describe, expect, it } from 'vitest';
import { displayNames } from '../../../src/diagram/display-names.js';
import { laneEntries } from '../../../src/diagram/lanes/lane-entries.js';
import { messagesFor } from '../../../src/locale/messages.js';
import { CLEAN_JOURNEY, edit, exampleJourneyModels, journeyModel } from '../../fixtures.js';

describe('what the Does and Thinks lanes say', () => {
    it('mark each entry with its persona when the journey has several', async () => {
        const model = (await exampleJourneyModels()).find(item => item.name === 'CorporateHealth')!;
        const speech = { words: messagesFor('en').diagram, names: displayNames(model), personas: 3 };
        const rollout = model.stages.find(stage => stage.name === 'Rollout')!;
        expect(laneEntries('thought', rollout, speech).map(entry => entry.parts[0].text))
            .toEqual(['HR manager: \u201cFinally everyone is enrolled\u201d', 'Employee: \u201cWhere is my policy number?\u201d']);
        expect(laneEntries('action', rollout, speech).map(entry => entry.parts[0].text)[1]).toBe('\u2022 Employee: Joins from the phone between meetings');
    });

    it('say nothing of personas in a journey of one', async () => {
        const model = await journeyModel(edit(CLEAN_JOURNEY, { '{ emotion 1 }': '{ emotion 1 action "Reads the pricing" }' }), 'Onboarding');
        const speech = { words: messagesFor('en').diagram, names: displayNames(model), personas: 1 };
        expect(laneEntries('action', model.stages[0], speech).map(entry => entry.parts[0].text)).toEqual(['\u2022 Reads the pricing']);
    });
});
