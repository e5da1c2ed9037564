import { describe, expect, it } from 'vitest';
import { journeyModel } from '../fixtures.js';

const MAP = `channel Web "Website" online
journey Insurance {
  persona HRManager "HR manager" { role buyer goal "Renew at the same price" }
  persona Employee "Employee" { role user }
  persona Broker "Broker"
  stage Rollout {
    touchpoint Webinar "Onboarding webinar" via Web for HRManager, Employee {
      emotion 1 for HRManager
      emotion -1 for Employee
      action "Counts the sign-ups" for HRManager
      action "Joins from the phone"
      thought "Where is my policy number?" for Employee
    }
    touchpoint Letter "Welcome letter" via Web for HRManager, Employee, Broker {
      emotion 0
      emotion 2 for Broker
    }
    touchpoint Poster "Office poster" via Web { emotion -2 }
    touchpoint Call "Broker call" via Web for Broker { emotion 1 for HRManager }
  }
}
`;

describe('each persona\'s emotion, resolved once in the model', () => {
    it('keeps an emotion per persona, in the touchpoint\'s order, and the first as the v1 emotion', async () => {
        const [webinar] = (await journeyModel(MAP, 'Insurance')).stages[0].touchpoints;
        expect(webinar.emotions).toEqual([{ persona: 'HRManager', emotion: 1 }, { persona: 'Employee', emotion: -1 }]);
        expect(webinar.emotion).toBe(1);
    });

    it('gives an emotion without `for` to every persona without its own, and keeps it as the v1 emotion', async () => {
        const letter = (await journeyModel(MAP, 'Insurance')).stages[0].touchpoints[1];
        expect(letter.emotions).toEqual([{ persona: 'HRManager', emotion: 0 }, { persona: 'Employee', emotion: 0 }, { persona: 'Broker', emotion: 2 }]);
        expect(letter.emotion).toBe(0);
    });

    it('gives the emotion of a touchpoint that names no persona to no persona (the journey\'s customer)', async () => {
        const poster = (await journeyModel(MAP, 'Insurance')).stages[0].touchpoints[2];
        expect(poster.emotions).toEqual([{ emotion: -2 }]);
    });

    it('keeps an emotion for a persona the touchpoint does not name, after its own personas', async () => {
        const call = (await journeyModel(MAP, 'Insurance')).stages[0].touchpoints[3];
        expect(call.emotions).toEqual([{ persona: 'HRManager', emotion: 1 }]);
    });

    it('attributes actions and thoughts: their own `for`, else every persona of the touchpoint', async () => {
        const [webinar] = (await journeyModel(MAP, 'Insurance')).stages[0].touchpoints;
        expect(webinar.actions).toEqual(['Counts the sign-ups', 'Joins from the phone']);
        expect(webinar.personaActions).toEqual([
            { text: 'Counts the sign-ups', personas: ['HRManager'] },
            { text: 'Joins from the phone', personas: ['HRManager', 'Employee'] }
        ]);
        expect(webinar.personaThoughts).toEqual([{ text: 'Where is my policy number?', personas: ['Employee'] }]);
    });

    it('keeps each persona\'s role', async () => {
        const personas = (await journeyModel(MAP, 'Insurance')).personas;
        expect(personas.map(persona => [persona.name, persona.role])).toEqual([['HRManager', 'buyer'], ['Employee', 'user'], ['Broker', undefined]]);
    });
});
