import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from '../../src/model/flow.js';
import { journeyModel, journeyOf, stage } from '../fixtures.js';

describe('the flow graph', () => {
    it('continues from a touchpoint without arrows to the next one in declaration order', () => {
        const graph = buildFlowGraph([{ name: 'A', arrows: [] }, { name: 'B', arrows: [] }, { name: 'C', arrows: [] }]);
        expect(graph.edges).toEqual([{ from: 'A', to: 'B', kind: 'next' }, { from: 'B', to: 'C', kind: 'next' }]);
        expect([...graph.reachable]).toEqual(['A', 'B', 'C']);
    });

    it('follows only the arrows of a touchpoint that has them', () => {
        const graph = buildFlowGraph([{ name: 'A', arrows: ['C'] }, { name: 'B', arrows: [] }, { name: 'C', arrows: ['A', 'B'] }]);
        expect(graph.edges).toEqual([
            { from: 'A', to: 'C', kind: 'arrow' },
            { from: 'B', to: 'C', kind: 'next' },
            { from: 'C', to: 'A', kind: 'arrow' },
            { from: 'C', to: 'B', kind: 'arrow' }
        ]);
        expect(graph.reachable).toEqual(new Set(['A', 'B', 'C']));
    });

    it('reaches from the first touchpoint only', () => {
        const graph = buildFlowGraph([{ name: 'A', arrows: ['C'] }, { name: 'B', arrows: [] }, { name: 'C', arrows: [] }]);
        expect(graph.reachable).toEqual(new Set(['A', 'C']));
    });

    it('is empty for a journey without touchpoints', () => {
        expect(buildFlowGraph([])).toEqual({ edges: [], reachable: new Set() });
    });
});

describe('the flow in the journey model', () => {
    it('joins stages: the last touchpoint of a stage continues to the first of the next', async () => {
        const model = await journeyModel(journeyOf([
            stage('Trial', '    touchpoint Signup via Web for Founder\n    touchpoint Verify via Web for Founder { -> Signup, Report }'),
            stage('Value', '    touchpoint Report via Web for Founder\n    touchpoint Share via Web for Founder')
        ].join('')), 'Onboarding');
        expect(model.flows).toEqual([
            { from: 'Signup', to: 'Verify', kind: 'next' },
            { from: 'Verify', to: 'Signup', kind: 'arrow' },
            { from: 'Verify', to: 'Report', kind: 'arrow' },
            { from: 'Report', to: 'Share', kind: 'next' }
        ]);
        expect(model.stages.flatMap(stage => stage.touchpoints).every(touchpoint => touchpoint.reachable)).toBe(true);
    });

    it('marks what no flow reaches', async () => {
        const model = await journeyModel(journeyOf([
            stage('Trial', '    touchpoint Signup via Web for Founder { -> Pay }\n    touchpoint Tour via Web for Founder'),
            stage('Buy', '    touchpoint Pay via Web for Founder')
        ].join('')), 'Onboarding');
        expect(model.stages.flatMap(stage => stage.touchpoints).map(({ name, reachable }) => [name, reachable])).toEqual([
            ['Signup', true], ['Tour', false], ['Pay', true]
        ]);
        expect(model.flows).toEqual([{ from: 'Signup', to: 'Pay', kind: 'arrow' }, { from: 'Tour', to: 'Pay', kind: 'next' }]);
    });
});
