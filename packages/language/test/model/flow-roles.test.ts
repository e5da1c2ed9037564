import { describe, expect, it } from 'vitest';
import { flowRoles } from '../../src/model/flow-roles.js';
import { journeyModel } from '../fixtures.js';

describe('flow roles', () => {
    it('tell the next step, the arms of a branch, a loop back and a step in another stage', async () => {
        const model = await journeyModel(`journey J {
  stage Apply {
    touchpoint Form
    touchpoint Check { -> Form, Done, Call }
    touchpoint Call
  }
  stage Get {
    touchpoint Done
  }
}
`, 'J');
        const roleOf = flowRoles(model);
        expect(model.flows.map(flow => `${flow.from} -> ${flow.to}: ${roleOf(flow)}`)).toEqual([
            'Form -> Check: next', 'Check -> Form: loop', 'Check -> Done: stage', 'Check -> Call: branch', 'Call -> Done: stage'
        ]);
    });

    it('give no role to a flow to a touchpoint the journey does not have', async () => {
        const model = await journeyModel('journey J {\n  stage S {\n    touchpoint A\n  }\n}\n', 'J');
        expect(flowRoles(model)({ from: 'A', to: 'Nowhere', kind: 'arrow' })).toBeUndefined();
    });
});
