import { describe, expect, it } from 'vitest';
import { journeyFlows } from '../../src/diagram/flow-kinds.js';
import { journeyModel, journeyOf, stage } from '../fixtures.js';

const JOURNEY = journeyOf(
    stage('Find', `    touchpoint Ad "Sees an ad" { -> Site, Store }
    touchpoint Site "Visits the site" { -> Site, Store }
    touchpoint Store "Visits a store"`) +
    stage('Buy', `    touchpoint Pay "Pays" { -> Keep, Ad }`) +
    stage('Keep', `    touchpoint Keep "Stays" { -> Pay }`));

describe('journeyFlows', () => {
    it('names each flow\'s role: a branch arm, a loop back (to itself too), a flow to another stage', async () => {
        const flows = journeyFlows(await journeyModel(JOURNEY, 'Onboarding'));
        const roles = [...flows.inside.flat(), ...flows.hops, ...flows.connectors.flat().filter(end => end.end === 'source')]
            .map(flow => `${flow.from} -> ${flow.to}: ${flow.role}`).sort();
        expect(roles).toEqual([
            'Ad -> Site: branch', 'Ad -> Store: branch', 'Keep -> Pay: loop', 'Pay -> Ad: loop', 'Pay -> Keep: stage',
            'Site -> Site: loop', 'Site -> Store: branch', 'Store -> Pay: stage'
        ]);
        expect(flows.roles).toEqual(['branch', 'loop', 'stage']);
    });

    it('routes a flow to the next stage through the gap, and one that goes back a stage or skips one as a connector pair', async () => {
        const flows = journeyFlows(await journeyModel(JOURNEY, 'Onboarding'));
        expect(flows.hops.map(hop => `${hop.from} -> ${hop.to} from stage ${hop.stage}`)).toEqual(['Store -> Pay from stage 0', 'Pay -> Keep from stage 1']);
        expect(flows.connectors.map(ends => ends.map(end => `${end.end} ${end.text.lines.join(' ')}`))).toEqual([
            ['target \u2190 Buy \u00b7 Pays'],
            ['source \u2192 Find \u00b7 Sees an ad', 'target \u2190 Keep \u00b7 Stays'],
            ['source \u2192 Buy \u00b7 Pays']
        ]);
    });
});
