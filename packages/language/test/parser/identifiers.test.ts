import { describe, expect, it } from 'vitest';
import { ast } from '../../src/index.js';
import { findings, lint, lintDocument, rules } from '../fixtures.js';

/** The names of the top-level declarations of a text that parses clean. */
async function topLevelNames(text: string): Promise<string[]> {
    const { document, diagnostics } = await lintDocument(text);
    expect(rules(diagnostics)).not.toContain('syntax');
    return document.parseResult.value.elements.map(element => element.name);
}

/** A clean journey whose persona, channel, journey, stage and touchpoint names are given. */
function namedJourney(names: { persona: string; channel: string; journey: string; stage: string; touchpoint: string }): string {
    return `persona ${names.persona}
channel ${names.channel}
journey ${names.journey} {
  objective "o" problem "p" target ${names.persona}
  stage ${names.stage} {
    touchpoint ${names.touchpoint} via ${names.channel} for ${names.persona} { -> ${names.touchpoint} }
    metric M { target 1 }
    question "q" { answer "a" source interview date 2026-09-12 }
  }
}
`;
}

describe('identifiers', () => {
    it('may be Latin, with digits and underscores after the first character', async () => {
        expect(await topLevelNames('persona Founder persona step_2 persona _draft persona A1b2')).toEqual(['Founder', 'step_2', '_draft', 'A1b2']);
    });

    it('may be Cyrillic, Greek or CJK, and resolve by the same name', async () => {
        for (const names of [
            { persona: 'Студент', channel: 'Сайт', journey: 'Карта', stage: 'Осведомлённость', touchpoint: 'Реклама' },
            { persona: 'Φοιτητής', channel: 'Ιστότοπος', journey: 'Ταξίδι', stage: 'Επίγνωση', touchpoint: 'Διαφήμιση' },
            { persona: '学生', channel: '网站', journey: '旅程', stage: '認知', touchpoint: '広告' }
        ]) {
            expect(await lint(namedJourney(names)), names.stage).toEqual([]);
        }
    });

    it('may use letters outside the Basic Multilingual Plane', async () => {
        expect(await topLevelNames('persona 𠀀人 persona 𝒜lice')).toEqual(['𠀀人', '𝒜lice']);
    });

    it('may carry combining marks after the first letter (ё written as е + U+0308)', async () => {
        expect(await topLevelNames('persona Лёша persona Ле\u0308ша')).toEqual(['Лёша', 'Ле\u0308ша']);
    });

    it('may not start with a digit', async () => {
        expect(rules(await lint('persona 2fast'))).toContain('syntax');
    });

    it('are case-sensitive', async () => {
        const text = 'persona Founder persona founder';
        expect(await topLevelNames(text)).toEqual(['Founder', 'founder']);
        expect(findings(text, await lint(text), 'duplicate-name')).toEqual([]);
    });
});

describe('names that begin with a keyword', () => {
    it('are one identifier, not the keyword and a rest', async () => {
        const text = namedJourney({ persona: 'targetUser', channel: 'viaSite', journey: 'metricsPage', stage: 'stageOne', touchpoint: 'forecast' });
        expect(await lint(text)).toEqual([]);
        expect(await topLevelNames('persona personaЮля channel channelOne persona journeyman')).toEqual(['personaЮля', 'channelOne', 'journeyman']);
    });

    it('keep their whole text as the name of the declaration', async () => {
        const { document } = await lintDocument(namedJourney({ persona: 'targetUser', channel: 'viaSite', journey: 'metricsPage', stage: 'stageOne', touchpoint: 'forecast' }));
        const journey = document.parseResult.value.elements.find(ast.isJourney)!;
        expect(journey.targets.map(target => target.$refText)).toEqual(['targetUser']);
        expect(journey.stages[0].name).toBe('stageOne');
        expect(journey.stages[0].touchpoints[0].channels[0].ref?.name).toBe('viaSite');
    });
});

describe('keywords', () => {
    it('are reserved only in lower case: Persona, Journey and STAGE are names', async () => {
        expect(await topLevelNames('persona Persona channel Journey persona STAGE')).toEqual(['Persona', 'Journey', 'STAGE']);
    });

    it('in lower case cannot be names', async () => {
        for (const text of ['persona journey', 'channel target', 'persona online']) {
            expect(rules(await lint(text)), text).toContain('syntax');
        }
    });
});
