import { describe, expect, it } from 'vitest';
import { personaView } from '../../src/index.js';
import { journeyModel } from '../fixtures.js';

const MAP = `channel Web "Website" online
journey Insurance {
  persona HRManager "HR manager" { role buyer }
  persona Employee "Employee" { role user }
  stage Choose {
    touchpoint Tender "Tender" via Web for HRManager { emotion -1 }
    touchpoint Contract "Contract signed" via Web for HRManager { emotion 1 }
    touchpoint Welcome "Welcome letter" via Web for HRManager, Employee {
      emotion 1 for HRManager
      emotion -1 for Employee
      thought "Done" for HRManager
      thought "What is this?" for Employee
    }
    barrier LateList "The staff list comes late" at Contract severity high
  }
  stage Use {
    touchpoint App "Clinic app" via Web for Employee { emotion -2 -> BookApp, BookCall }
    touchpoint BookApp "Books in the app" via Web for Employee { emotion 1 -> Visit }
    touchpoint BookCall "Books by phone" via Web for Employee { emotion -1 }
    touchpoint Visit "Clinic visit" via Web for Employee, HRManager { emotion 2 }
    touchpoint Report "Usage report" via Web for HRManager { emotion 0 }
    touchpoint Poster "Office poster" via Web { emotion 0 }
  }
}
`;

describe('one persona\'s view of the journey', () => {
    it('keeps the persona\'s touchpoints and those that name no persona, and says whose view it is', async () => {
        const view = personaView(await journeyModel(MAP, 'Insurance'), 'Employee');
        expect(view.persona).toBe('Employee');
        expect(view.stages.map(stage => stage.touchpoints.map(touchpoint => touchpoint.name))).toEqual([['Welcome'], ['App', 'BookApp', 'BookCall', 'Visit', 'Poster']]);
        expect(view.stages[0].barriers).toEqual([]);
        expect(view.stages[0].coverage.touchpoints).toBe(1);
    });

    it('keeps only the persona\'s emotions and thoughts', async () => {
        const welcome = personaView(await journeyModel(MAP, 'Insurance'), 'Employee').stages[0].touchpoints[0];
        expect(welcome.emotions).toEqual([{ persona: 'Employee', emotion: -1 }]);
        expect(welcome.emotion).toBe(-1);
        expect(welcome.thoughts).toEqual(['What is this?']);
    });

    it('joins a flow through touchpoints of other personas', async () => {
        const hr = personaView(await journeyModel(MAP, 'Insurance'), 'HRManager');
        expect(hr.flows).toEqual([
            { from: 'Tender', to: 'Contract', kind: 'next' },
            { from: 'Contract', to: 'Welcome', kind: 'next' },
            // Welcome -> App -> BookApp -> Visit and App -> BookCall -> Visit: one flow.
            { from: 'Welcome', to: 'Visit', kind: 'arrow' },
            { from: 'Visit', to: 'Report', kind: 'next' },
            { from: 'Report', to: 'Poster', kind: 'next' }
        ]);
        expect(hr.stages[0].barriers.map(barrier => barrier.name)).toEqual(['LateList']);
    });

    it('joins a flow through a long run of another persona\'s branches that meet again, one way in, one way out', async () => {
        // Forty diamonds in a row: 2^40 ways through them, one joined flow.
        const diamonds = Array.from({ length: 40 }, (_, i) => [
            `    touchpoint Ask${i} "Ask ${i}" via Web for Employee { -> Yes${i}, No${i} }`,
            `    touchpoint Yes${i} "Yes ${i}" via Web for Employee { -> Ask${i + 1} }`,
            `    touchpoint No${i} "No ${i}" via Web for Employee { -> Ask${i + 1} }`
        ].join('\n')).join('\n');
        const map = `channel Web "Website" online
journey Maze {
  persona Buyer "Buyer"
  persona Employee "Employee"
  stage Walk {
    touchpoint Start "Start" via Web for Buyer { -> Ask0 }
${diamonds}
    touchpoint Ask40 "Done" via Web for Buyer, Employee
  }
}
`;
        const buyer = personaView(await journeyModel(map, 'Maze'), 'Buyer');
        expect(buyer.flows).toEqual([{ from: 'Start', to: 'Ask40', kind: 'arrow' }]);
    });
});
