import { describe, expect, test } from 'vitest';
import { DIFF_REPORTERS, reviewMaps } from '../../src/index.js';
import { edit, mapModel } from '../fixtures.js';
import { CRAFTED } from './crafted-map.js';

/** The reviewer's text of one crafted edit of CRAFTED, line by line without the summary. */
async function reviewed(replacements: Record<string, string>, locale: 'en' | 'ru' = 'en'): Promise<string[]> {
    const changes = reviewMaps(await mapModel(CRAFTED), await mapModel(edit(CRAFTED, replacements)));
    return DIFF_REPORTERS.text(changes, { locale }).split('\n\n')[0].split('\n');
}

describe('reviewMaps: the diff a CX reviewer reads', () => {
    test('one persona\'s emotion: the persona by its title', async () => {
        expect(await reviewed({ 'emotion 1 for Employee': 'emotion -2 for Employee' })).toEqual([
            '~ touchpoint «Books a call» in «Choose a plan»: emotion of «Employee»: +1 → -2'
        ]);
    });

    test('a rename without a title change: one change of the id', async () => {
        expect(await reviewed({ 'touchpoint PhoneBooking': 'touchpoint CallBooking' })).toEqual([
            '~ touchpoint «Books a call» in «Choose a plan»: id: PhoneBooking → CallBooking'
        ]);
    });

    test('a rename with a title change, same place, channels and flows: one changed touchpoint', async () => {
        expect(await reviewed({ 'touchpoint PhoneBooking "Books a call"': 'touchpoint CallBack "Asks for a call back"' })).toEqual([
            '~ touchpoint «Asks for a call back» in «Choose a plan»: id: PhoneBooking → CallBack',
            '~ touchpoint «Asks for a call back» in «Choose a plan»: title: «Books a call» → «Asks for a call back»'
        ]);
    });

    test('a new id, title and channel is another touchpoint: removed and added, with its content', async () => {
        expect(await reviewed({ 'touchpoint PhoneBooking "Books a call" via Phone': 'touchpoint Chat "Chats with an agent" via Web' })).toEqual([
            '+ touchpoint «Chats with an agent» in «Choose a plan»: added (channel: «Website»; personas: «HR manager», «Employee»; '
            + 'emotion of «HR manager»: -1; emotion of «Employee»: +1)',
            '- touchpoint «Books a call» in «Choose a plan»: removed'
        ]);
    });

    test('a moved touchpoint: its stage, and the flows around it', async () => {
        const moved = edit(CRAFTED, { '    touchpoint Brochure "Reads the brochure" via Web for Employee { emotion 0 }\n': '' });
        const changes = reviewMaps(await mapModel(CRAFTED), await mapModel(edit(moved, {
            '    touchpoint Survey': '    touchpoint Brochure "Reads the brochure" via Web for Employee { emotion 0 }\n    touchpoint Survey'
        })));
        // In the order of the stages.
        expect(DIFF_REPORTERS.text(changes).split('\n\n')[0].split('\n')).toEqual([
            '~ touchpoint «Signs the contract» in «Sign»: flow now goes to «Reads the brochure» (was «Answers a survey»)',
            '~ touchpoint «Reads the brochure» in «Follow-up»: stage: «Choose a plan» → «Follow-up»',
            '~ touchpoint «Reads the brochure» in «Follow-up»: flow now goes to «Answers a survey» (was «Signs the contract»)'
        ]);
    });

    test('an added barrier with its severity and mitigation', async () => {
        expect(await reviewed({
            '    touchpoint Brochure': '    barrier Hold "Waits on hold" at PhoneBooking severity high { mitigation "Call back within an hour" }\n    touchpoint Brochure'
        })).toEqual([
            '+ barrier «Waits on hold» in «Choose a plan»: added (at: «Books a call»; severity: high; mitigation: "Call back within an hour")'
        ]);
    });

    test('a removed stage, and its touchpoint', async () => {
        expect(await reviewed({ '  stage FollowUp "Follow-up" {\n    touchpoint Survey "Answers a survey" via Web for Employee { emotion 0 }\n  }\n': '' })).toEqual([
            '- stage «Follow-up»: removed',
            '- touchpoint «Answers a survey» in «Follow-up»: removed'
        ]);
    });

    test('a retargeted flow: where it now goes, by titles', async () => {
        expect(await reviewed({ '-> Sign\n': '-> Brochure\n' })).toEqual([
            '~ touchpoint «Books a call» in «Choose a plan»: flow now goes to «Reads the brochure» (was «Signs the contract»)'
        ]);
    });

    test('in Russian when asked: labelled fields', async () => {
        expect(await reviewed({ 'emotion 1 for Employee': 'emotion -2 for Employee' }, 'ru')).toEqual([
            '~ точка контакта «Books a call» (этап: «Choose a plan»): эмоция, персона: «Employee»: +1 → -2'
        ]);
    });
});
