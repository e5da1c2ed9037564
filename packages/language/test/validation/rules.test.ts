import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isRuleId, RULE_IDS, RULES } from '../../src/index.js';
import { filesUnder } from '../fixtures.js';

describe('the rule registry', () => {
    it('holds exactly the rule ids of language.md, with their default severities', () => {
        const defaults = Object.fromEntries(RULE_IDS.map(id => [id, RULES[id].severity]));
        expect(defaults).toEqual({
            'syntax': 'error',
            'unresolved-reference': 'error',
            'duplicate-name': 'error',
            'invalid-date': 'error',
            'invalid-number': 'error',
            'internal-error': 'error',
            'stage-needs-metric': 'error',
            'stage-needs-research': 'error',
            'required-stage': 'error',
            'stage-order': 'error',
            'emotion-range': 'error',
            'duplicate-emotion': 'error',
            'persona-not-on-touchpoint': 'error',
            'future-date': 'error',
            'metric-unit-mismatch': 'error',
            'unanswered-question': 'warning',
            'stale-evidence': 'warning',
            'metric-needs-target': 'warning',
            'empty-stage': 'warning',
            'touchpoint-needs-channel': 'warning',
            'unused-persona': 'warning',
            'unused-channel': 'warning',
            'uncovered-persona': 'warning',
            'persona-without-emotion': 'warning',
            'unreachable-touchpoint': 'warning',
            'barrier-needs-mitigation': 'warning',
            'journey-needs-objective': 'warning',
            'journey-needs-problem': 'warning',
            'journey-needs-target': 'warning',
            'unused-suppression': 'warning'
        });
    });

    it('gives every rule a summary and a help text', () => {
        for (const id of RULE_IDS) {
            expect(RULES[id].summary, id).not.toBe('');
            expect(RULES[id].help, id).not.toBe('');
        }
    });

    it('tells rule ids from other strings', () => {
        expect(isRuleId('stale-evidence')).toBe(true);
        expect(isRuleId('Stale-Evidence')).toBe(false);
        expect(isRuleId('toString')).toBe(false);
    });
});

describe('the validation tests', () => {
    it('trigger every rule and check where it points (a findings call per rule id)', () => {
        const folder = path.dirname(fileURLToPath(import.meta.url));
        const tests = filesUnder(folder, '.test.ts').map(file => fs.readFileSync(file, 'utf8')).join('\n');
        const untested = RULE_IDS.filter(id => !new RegExp(`findings\\([^;]*'${id}'\\)`).test(tests));
        expect(untested).toEqual([]);
    });
});
