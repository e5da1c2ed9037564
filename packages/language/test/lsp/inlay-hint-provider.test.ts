/**
 * Inlay hints over a real stdio connection: a metric's progress from baseline to target
 * after its actual (or after its target while it has none), and Mermaid's score beside an
 * emotion, only within the range the editor asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InlayHintRequest, type InlayHint, type Range } from 'vscode-languageserver-protocol';
import { ExampleWorkspace } from './example-workspace.js';
import { cursorAt, textIn } from './text-positions.js';

const METRICS = `channel Web online

journey Progress {
  stage Measure {
    touchpoint Low via Web { emotion -2 }
    touchpoint High via Web { emotion +2 }
    touchpoint Neutral via Web { emotion 0 }
    touchpoint Broken via Web { emotion 7 }
    touchpoint Silent via Web
    metric Up { baseline 18% target 35% actual 20% }
    metric Down { baseline 28% target 15% actual 22% }
    metric Met { baseline 1.3 target 2 actual 2.5 }
    metric Unmeasured { baseline 10 target 20 }
    metric NoBaseline { target 5 "sec" actual 7 "sec" direction down }
    metric Worse { baseline 10 target 20 actual 5 }
    metric NoTarget { baseline 1 actual 2 }
    metric Units { baseline 1 target 2% actual 3 }
  }
}
`;

const PERSONAS = `channel Web online

journey Insurance {
  persona HRManager { role buyer }
  persona Employee { role user }
  persona Broker
  stage Rollout {
    touchpoint Webinar via Web for HRManager, Employee, Broker {
      emotion 1 for HRManager
      emotion -1
    }
  }
}
`;

describe('inlay hints over stdio', () => {
    let workspace: ExampleWorkspace;

    beforeAll(async () => {
        workspace = await ExampleWorkspace.start(['russian-bank-card'], { 'progress.cjm': METRICS, 'personas.cjm': PERSONAS });
    });
    afterAll(async () => {
        await workspace.stop();
    });

    /** The hints of a file in a range (the whole file by default), each as `text before it| label`. */
    async function hints(file: string, range?: Range): Promise<string[]> {
        const text = workspace.text(file);
        const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
        const result = await workspace.session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: workspace.uri(file) }, range: range ?? whole }) as InlayHint[];
        return result.map(hint => {
            const line = textIn(text, { start: { line: hint.position.line, character: 0 }, end: hint.position });
            return `${line.trim()}| ${String(hint.label)}`;
        });
    }

    it('show progress from baseline to target, met targets, and Mermaid scores', async () => {
        expect(await hints('progress.cjm')).toEqual([
            'touchpoint Low via Web { emotion -2| score 1/5',
            'touchpoint High via Web { emotion +2| score 5/5',
            'touchpoint Neutral via Web { emotion 0| score 3/5',
            'metric Up { baseline 18% target 35% actual 20%| 11% of the way',
            'metric Down { baseline 28% target 15% actual 22%| 46% of the way',
            'metric Met { baseline 1.3 target 2 actual 2.5| ✓ target met',
            'metric Unmeasured { baseline 10 target 20| no actual yet',
            'metric NoBaseline { target 5 "sec" actual 7 "sec"| target not met',
            'metric Worse { baseline 10 target 20 actual 5| behind the baseline'
        ]);
    });

    it('give each persona\'s score, and name whom an emotion without `for` stands for beside per-persona ones', async () => {
        expect(await hints('personas.cjm')).toEqual([
            'emotion 1| score 4/5',
            'emotion -1| score 2/5 \u00b7 Employee, Broker'
        ]);
    });

    it('stand apart from the value and explain themselves on hover', async () => {
        const text = workspace.text('progress.cjm');
        const [hint] = await workspace.session.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: workspace.uri('progress.cjm') },
            range: { start: cursorAt(text, '|metric Up'), end: cursorAt(text, 'actual 20%|') }
        }) as InlayHint[];
        expect(hint).toMatchObject({ label: '11% of the way', paddingLeft: true, tooltip: 'baseline 18%, target 35%, actual 20%; direction up' });
    });

    it('say on hover what the Mermaid score beside an emotion means', async () => {
        const text = workspace.text('progress.cjm');
        const hints = await workspace.session.connection.sendRequest(InlayHintRequest.type, {
            textDocument: { uri: workspace.uri('progress.cjm') },
            range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } }
        }) as InlayHint[];
        const score = hints.find(hint => String(hint.label).startsWith('score '))!;
        expect(score.tooltip).toMatchObject({ kind: 'markdown' });
        expect((score.tooltip as { value: string }).value).toMatch(/^Emotion [-+]?\d on cjm's scale \(-2 very negative to \+2 very positive\) is score \*\*\d\*\* on Mermaid's journey scale \(1 very negative to 5 very positive\): the Mermaid export writes emotion \+ 3\./);
    });

    it('are only those within the requested range', async () => {
        const text = workspace.text('progress.cjm');
        const range = { start: cursorAt(text, 'touchpoint |High'), end: cursorAt(text, 'metric Up { baseline 18% target| 35%') };
        expect(await hints('progress.cjm', range)).toEqual([
            'touchpoint High via Web { emotion +2| score 5/5',
            'touchpoint Neutral via Web { emotion 0| score 3/5'
        ]);
    });

    it('work on a Cyrillic map', async () => {
        const found = await hints('russian-bank-card/karta.cjm');
        expect(found).toContain('baseline 21% target 40% actual 29%| 42% of the way');
        expect(found).toContain('emotion 0| score 3/5');
    });
});
