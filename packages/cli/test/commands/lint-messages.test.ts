/**
 * What `cjm lint` says about a broken map: one line per problem in a map author's words,
 * at the place, never the parser's token names, and only the first error of a broken
 * region (what the parser reports after it is mostly its echo).
 */
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, parseJson, runCli } from '../run-cli.js';

const CLEAN = fixture('clean.cjm');

interface Diagnostic { rule: string; message: string; line: number; column: number }

/** Every diagnostic `cjm lint --format json` gives for the files, as `FILE LINE:COL RULE MESSAGE`. */
async function lintOf(files: Record<string, string>, lint: readonly string[] = Object.keys(files)): Promise<string[]> {
    const root = makeWorkspace(files);
    const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', ...lint], { cwd: root });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    return parseJson<Array<{ file: string; diagnostics: Diagnostic[] }>>(stdout)
        .flatMap(({ file, diagnostics }) => diagnostics.map(({ line, column, rule, message }) => `${file} ${line}:${column} ${rule} ${message}`));
}

/** The diagnostics of the clean fixture map with each key replaced by its value (each must occur). */
async function lintEdited(edits: Record<string, string>): Promise<string[]> {
    let text = CLEAN;
    for (const [from, to] of Object.entries(edits)) {
        expect(text, from).toContain(from);
        text = text.replace(from, to);
    }
    return lintOf({ 'map.cjm': text });
}

describe('syntax errors in words a map author knows', () => {
    describe('a misspelt or unknown keyword', () => {
        it.concurrent('at the top of the file, with the nearest keyword', async () => {
            expect(await lintEdited({ 'channel Web': 'chanel Web' })).toEqual(['map.cjm 3:1 syntax Unknown keyword `chanel`: perhaps `channel`.']);
        });

        it.concurrent('in a stage, with the nearest member keyword', async () => {
            expect(await lintEdited({ 'metric Visits': 'metrc Visits' })).toEqual(['map.cjm 13:5 syntax Unknown keyword `metrc`: perhaps `metric`.']);
        });

        it.concurrent('in a touchpoint, letters swapped', async () => {
            expect(await lintEdited({ '{ emotion 1 }': '{ emotoin 1 }' })).toEqual(['map.cjm 12:61 syntax Unknown keyword `emotoin`: perhaps `emotion`.']);
        });

        it.concurrent('with nothing near it: what the block holds', async () => {
            expect(await lintEdited({ '    metric Visits': '    milestone Paid\n    metric Visits' }))
                .toEqual(['map.cjm 13:5 syntax Unknown keyword `milestone`: a stage holds `owner`, `touchpoint`, `barrier`, `opportunity`, `metric`, `question`.']);
        });
    });

    describe('a block that is not closed', () => {
        it.concurrent('a touchpoint, before the next member of its stage', async () => {
            expect(await lintEdited({ '{ emotion 1 }': '{ emotion 1' })).toEqual(['map.cjm 13:5 syntax `touchpoint Landing` opened at 12:5 is not closed before `metric`.']);
        });

        it.concurrent('a stage, before the next stage', async () => {
            expect(await lintEdited({ '    }\n  }\n}': '    }\n\n  stage Trial "Trial" {\n    touchpoint Signup via Web for Founder\n  }\n}' }))
                .toEqual(['map.cjm 18:3 syntax `stage Awareness` opened at 11:3 is not closed before `stage`.']);
        });

        it.concurrent('a journey, before the next journey', async () => {
            expect(await lintEdited({ '  }\n}\n': '  }\n\njourney Renewal "Renewal" {\n  objective "Keep customers"\n}\n' }))
                .toEqual(['map.cjm 19:1 syntax `journey Onboarding` opened at 5:1 is not closed before `journey`.']);
        });

        it.concurrent('the journey, at the end of the file', async () => {
            expect(await lintEdited({ '  }\n}': '  }\n' })).toEqual(['map.cjm 17:4 syntax `journey Onboarding` opened at 5:1 is not closed.']);
        });

        it.concurrent('and a brace too many', async () => {
            expect(await lintEdited({ '  }\n}': '  }\n}\n}' })).toEqual(['map.cjm 19:1 syntax `}` closes no block: it may be one too many.']);
        });
    });

    describe('a value the attribute does not take', () => {
        it.concurrent('a word outside an attribute\'s list, with the nearest word', async () => {
            expect(await lintEdited({ 'source interview': 'source interviews' }))
                .toEqual(['map.cjm 15:38 syntax `source` takes one of `interview`, `survey`, `analytics`, `support`, `sales`, `experiment`, `review`, `desk`: perhaps `interview`.']);
        });

        it.concurrent('a word far from every word of the list', async () => {
            expect(await lintEdited({ '  target Founder\n': '  target Founder\n  state draft\n' })).toEqual(['map.cjm 9:9 syntax `state` takes one of `current`, `future`, `research`, found `draft`.']);
        });

        it.concurrent('a word where a string belongs', async () => {
            expect(await lintEdited({ 'problem "Teams cannot see value before the trial ends"': 'problem Unclear' }))
                .toEqual(['map.cjm 7:11 syntax `problem` takes a string in double quotes, as in `problem "Unclear"`.']);
        });

        it.concurrent('a date that is not YYYY-MM-DD', async () => {
            expect(await lintEdited({ 'date 2026-09-12': 'date 2026-9-12' })).toEqual(['map.cjm 15:53 syntax `date` takes a date as YYYY-MM-DD, found `2026-9-12`.']);
        });

        it.concurrent('a word where a number belongs', async () => {
            expect(await lintEdited({ '{ emotion 1 }': '{ emotion high }' })).toEqual(['map.cjm 12:69 syntax `emotion` takes a number, found `high`.']);
        });

        it.concurrent('a number without digits after its point', async () => {
            expect(await lintEdited({ 'baseline 100 ': 'baseline 100. ' })).toEqual(['map.cjm 13:50 syntax A number needs digits after its decimal point, as in `4.5`.']);
        });
    });

    describe('a missing name', () => {
        it.concurrent('a declaration with its title but no name', async () => {
            expect(await lintEdited({ 'touchpoint Landing "Landing page"': 'touchpoint "Landing page"' }))
                .toEqual(['map.cjm 12:16 syntax `touchpoint` needs a name before its title, as in `touchpoint Name "Landing page"`.']);
        });

        it.concurrent('a keyword written as a name', async () => {
            expect(await lintEdited({ 'persona Founder "Early-stage founder"': 'persona journey "Early-stage founder"' }))
                .toEqual(['map.cjm 2:9 syntax `journey` is a keyword, not a name; names are case-sensitive, so `Journey` would do.']);
        });

        it.concurrent('a reference that is not a name', async () => {
            expect(await lintEdited({ 'for Founder {': 'for 42 {' })).toEqual(['map.cjm 12:51 syntax `for` takes a name, found `42`.']);
        });
    });

    describe('text that does not belong', () => {
        it.concurrent('after a complete declaration on its line', async () => {
            expect(await lintEdited({ 'channel Web "Website" online': 'channel Web "Website" online web' })).toEqual(['map.cjm 3:30 syntax Unexpected `web` after the end of `channel Web`.']);
        });

        it.concurrent('an attribute given twice where it may appear once', async () => {
            expect(await lintEdited({ '  target Founder\n': '  target Founder\n  objective "Another objective"\n' }))
                .toEqual(['map.cjm 9:3 syntax `objective` may appear only once in a journey.']);
        });

        it.concurrent('a character no token starts with', async () => {
            expect(await lintEdited({ '{ emotion 1 }': '{ emotion 1 # happy }' })).toEqual(['map.cjm 12:71 syntax Unexpected character `#`: comments start with `//`.']);
        });
    });

    describe('a string that does not end', () => {
        it.concurrent('running on to the next quote: where it opened, and nothing after it', async () => {
            expect(await lintEdited({ 'ends"': 'ends' })).toEqual(['map.cjm 11:20 syntax The string opened at 7:11 runs on to line 11: its closing `"` may be missing.']);
        });

        it.concurrent('at the end of the file', async () => {
            expect(await lintEdited({ '  }\n}\n': '  }\n}\npersona Late "Late founder\n' })).toEqual(['map.cjm 19:14 syntax Unterminated string: add the closing `"`.']);
        });
    });

    describe('one error per broken region', () => {
        it.concurrent('the first error of a declaration only, not what the parser reports after it, nor references to what it lost', async () => {
            // The parser sees `"Landing page"` as a member, then `via`, `Web`, ...: all of it is the echo of one missing name.
            const diagnostics = await lintEdited({ 'touchpoint Landing "Landing page"': 'touchpoint "Landing page"', 'metric Visits': 'metrc Visits' });
            expect(diagnostics).toEqual(['map.cjm 12:16 syntax `touchpoint` needs a name before its title, as in `touchpoint Name "Landing page"`.']);
        });

        it.concurrent('one error in each broken top-level declaration', async () => {
            expect(await lintEdited({ 'channel Web "Website" online': 'channel Web "Website" online {\n  descrption "Our site"\n}', '{ emotion 1 }': '{ emotion high }' })).toEqual([
                'map.cjm 4:3 syntax Unknown keyword `descrption`: perhaps `description`.',
                'map.cjm 14:69 syntax `emotion` takes a number, found `high`.'
            ]);
        });
    });
});

describe('the mistakes a new writer makes: never a missing brace that is not missing', () => {
    it.concurrent('an answer\'s parts in another order: the order, in full', async () => {
        expect(await lintEdited({ 'source interview date 2026-09-12': 'date 2026-09-12 source interview' }))
            .toEqual(['map.cjm 15:47 syntax `source` comes before `date`: answer "…" source SOURCE date DATE sample N.']);
    });

    it.concurrent('`for` before `via` on a touchpoint', async () => {
        expect(await lintEdited({ 'via Web for Founder': 'for Founder via Web' }))
            .toEqual(['map.cjm 12:51 syntax `via` comes before `for`: touchpoint NAME "…" via CHANNEL for PERSONA { … }.']);
    });

    it.concurrent('`severity` before `at` on a barrier', async () => {
        expect(await lintEdited({ '    metric Visits': '    barrier Slow "Slow page" severity high at Landing\n    metric Visits' }))
            .toEqual(['map.cjm 13:44 syntax `at` comes before `severity`: barrier NAME "…" at TOUCHPOINT severity SEVERITY { … }.']);
    });

    it.concurrent('an answer directly inside a stage, not in a question', async () => {
        expect(await lintEdited({ '    metric Visits': '    answer "Peers in chats" source interview\n    metric Visits' }))
            .toEqual(['map.cjm 13:5 syntax An `answer` belongs inside a `question "…" { }`, not directly in `stage Awareness`.']);
    });

    it.concurrent('a touchpoint directly inside the journey, not in a stage', async () => {
        expect(await lintEdited({ '  reviewed 2026-10-01\n': '  reviewed 2026-10-01\n  touchpoint Ad "Search ad" via Web\n' }))
            .toEqual(['map.cjm 10:3 syntax A `touchpoint` belongs inside a `stage NAME { }`, not directly in `journey Onboarding`.']);
    });

    it.concurrent('a stage at the top of the file', async () => {
        expect(await lintEdited({ 'channel Web "Website" online\n': 'channel Web "Website" online\nstage Trial { }\n' }))
            .toEqual(['map.cjm 4:1 syntax A `stage` belongs inside a `journey NAME { }`, not at the top of the file.']);
    });

    it.concurrent('a head clause between a touchpoint\'s braces', async () => {
        expect(await lintEdited({ 'for Founder { emotion 1 }': 'for Founder { emotion 1 via Web }' }))
            .toEqual(['map.cjm 12:71 syntax `via` belongs in a `touchpoint` line, before its `{`, not between the braces of `touchpoint Landing`: touchpoint NAME "…" via CHANNEL for PERSONA { … }.']);
    });

    it.concurrent('a decimal comma: write a point', async () => {
        expect(await lintEdited({ 'target 200': 'target 41,5%' })).toEqual(['map.cjm 13:58 syntax Write a decimal point, not a comma: `41.5%`.']);
    });

    it.concurrent('a name with `-`: what a name holds, and names that would do', async () => {
        expect(await lintEdited({ 'stage Awareness': 'stage first-visit' }))
            .toEqual(['map.cjm 11:9 syntax A name holds only letters, digits and `_`, and starts with a letter or `_`: write `first_visit` or `FirstVisit`.']);
    });

    it.concurrent('a name with a space, in Cyrillic', async () => {
        expect(await lintEdited({ 'stage Awareness': 'stage Первый визит' }))
            .toEqual(['map.cjm 11:9 syntax A name holds only letters, digits and `_`, and starts with a letter or `_`: write `Первый_визит` or `ПервыйВизит`.']);
    });

    it.concurrent('a name that starts with a digit', async () => {
        expect(await lintEdited({ 'touchpoint Landing': 'touchpoint 1st' }))
            .toEqual(['map.cjm 12:16 syntax A name holds only letters, digits and `_`, and starts with a letter or `_`: write `_1st`.']);
    });

    it.concurrent('an answer dated next year: future-date, not silence', async () => {
        expect(await lintEdited({ 'date 2026-09-12': 'date 2027-10-30' }))
            .toEqual(['map.cjm 15:53 future-date Answer dated 2027-10-30 is 341 days after today (2026-11-23): evidence cannot come from the future.']);
    });
});

describe('unresolved references: where cjm looked, and the nearest name', () => {
    it.concurrent('a persona one letter off', async () => {
        expect(await lintEdited({ 'for Founder {': 'for Foundr {' })).toEqual([
            'map.cjm 8:10 uncovered-persona Target persona `Founder` is not the persona of any touchpoint (`for`) in journey `Onboarding`.',
            'map.cjm 12:51 unresolved-reference No persona `Foundr` in journey `Onboarding` or the workspace: perhaps `Founder`.'
        ]);
    });

    it.concurrent('a channel with two letters swapped', async () => {
        expect(await lintEdited({ 'via Web': 'via Wbe' })).toEqual([
            'map.cjm 3:9 unused-channel No touchpoint refers to channel `Web`.',
            'map.cjm 12:43 unresolved-reference No channel `Wbe` in journey `Onboarding` or the workspace: perhaps `Web`.'
        ]);
    });

    it.concurrent('a touchpoint, looked up in its journey only', async () => {
        expect(await lintEdited({ '{ emotion 1 }': '{ emotion 1 -> Landng }' }))
            .toEqual(['map.cjm 12:74 unresolved-reference No touchpoint `Landng` in journey `Onboarding`: perhaps `Landing`.']);
    });

    it.concurrent('a name with nothing near it', async () => {
        expect(await lintEdited({ '  target Founder\n': '  target Founder, Investor\n' }))
            .toEqual(['map.cjm 8:19 unresolved-reference No persona `Investor` in journey `Onboarding` or the workspace.']);
    });

    it.concurrent('a channel that another file of the workspace may declare, but that file does not parse', async () => {
        const shared = 'persona Founder "Early-stage founder"\nchanel Web "Website" online\n';
        const journey = CLEAN.replace(/^(persona|channel) .*\n/gm, '');
        expect(await lintOf({ 'shared.cjm': shared, 'journey.cjm': journey })).toEqual([
            'shared.cjm 2:1 syntax Unknown keyword `chanel`: perhaps `channel`.',
            'journey.cjm 10:43 unresolved-reference No channel `Web` in journey `Onboarding` or the workspace; shared.cjm has syntax errors and may declare it.'
        ]);
    });

    it.concurrent('a persona declared in another file of the workspace, in Cyrillic', async () => {
        const shared = 'persona Основатель "Основатель стартапа"\nchannel Web "Website" online\n';
        const journey = CLEAN.replace(/^(persona|channel) .*\n/gm, '').replace(/Founder/g, 'Основатель').replace('for Основатель {', 'for Оснвоатель {');
        expect(await lintOf({ 'shared.cjm': shared, 'journey.cjm': journey }, ['journey.cjm'])).toEqual([
            'journey.cjm 6:10 uncovered-persona Target persona `Основатель` is not the persona of any touchpoint (`for`) in journey `Onboarding`.',
            'journey.cjm 10:51 unresolved-reference No persona `Оснвоатель` in journey `Onboarding` or the workspace: perhaps `Основатель`.'
        ]);
    });
});
