import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';

// The examples' grocery journeys, today and redesigned: what a CX reviewer reads of the
// redesign, word for word (the expected reports are files beside this test).
const HERE = path.dirname(fileURLToPath(import.meta.url));
const GROCERY = path.resolve(HERE, '../../../../examples/grocery-delivery');
const EXPECTED = path.join(HERE, 'diff-review');

interface Reviewed {
    change: string;
    element: string;
    path: string;
    field?: string;
    title: string;
    stage?: string;
    content?: { field: string; value: unknown }[];
}

describe('cjm diff, written for a CX reviewer', () => {
    it('text: each change by title with its stage, in the order of the stages, word for word', async () => {
        const { code, stdout, stderr } = await runCli(['diff', 'current.cjm', 'future.cjm'], { cwd: GROCERY });
        expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
        await expect(stdout).toMatchFileSnapshot(path.join(EXPECTED, 'grocery.txt'));
        expect(stdout).toContain('+ barrier «Recurring slots may crowd out new customers» in «Build the basket»: added '
            + '(at: «Weekly slot reserved automatically»; severity: medium; mitigation: "Cap recurring slots at 60% of evening capacity")');
    });

    it('markdown: the same words in a table, ready for a pull-request comment', async () => {
        const { code, stdout } = await runCli(['diff', 'current.cjm', 'future.cjm', '--format', 'markdown'], { cwd: GROCERY });
        expect(code).toBe(1);
        await expect(stdout).toMatchFileSnapshot(path.join(EXPECTED, 'grocery.md'));
    });

    it('json: cli.md\'s fields for every change, with the titles, the stage and an added element\'s content added', async () => {
        const { stdout } = await runCli(['diff', 'current.cjm', 'future.cjm', '--format', 'json'], { cwd: GROCERY });
        const { changes } = parseJson<{ changes: Reviewed[] }>(stdout);
        expect(changes).toHaveLength(74);
        expect(changes.find(change => change.path === 'GroceryFuture.Basket.SlotCapacity')).toEqual({
            change: 'added', element: 'barrier', path: 'GroceryFuture.Basket.SlotCapacity',
            title: 'Recurring slots may crowd out new customers', stage: 'Build the basket',
            content: [
                { field: 'at', value: 'Weekly slot reserved automatically' },
                { field: 'severity', value: 'medium' },
                { field: 'mitigations', value: ['Cap recurring slots at 60% of evening capacity'] }
            ]
        });
        expect(changes.find(change => change.path === 'GroceryFuture.Delivery.Doorstep' && change.field === 'emotion'))
            .toMatchObject({ change: 'changed', element: 'touchpoint', from: 0, to: 1, title: 'Courier hands over the bags', stage: 'Delivery' });
    });

    it('speaks the map\'s language: Russian for a Russian map, or as --locale says', async () => {
        const old = 'journey Карта "Покупка карты" {\n  stage Выбор "Выбор" {\n    touchpoint Сайт "Сайт банка" { emotion 0 }\n  }\n}\n';
        const root = makeWorkspace({ 'a.cjm': old, 'b.cjm': old.replace('emotion 0', 'emotion -1') });
        const russian = await runCli(['diff', 'a.cjm', 'b.cjm'], { cwd: root });
        expect(russian.stdout).toBe('~ точка контакта «Сайт банка» (этап: «Выбор»): эмоция: 0 → -1\n\nИзменений: 1 (изменено: 1)\n');
        const english = await runCli(['diff', 'a.cjm', 'b.cjm', '--locale', 'en'], { cwd: root });
        expect(english.stdout).toBe('~ touchpoint «Сайт банка» in «Выбор»: emotion: 0 → -1\n\n1 change: 1 changed\n');
    });

    it('-o writes the report to a file', async () => {
        const root = makeWorkspace();
        const out = path.join(root, 'diff.md');
        const { code, stdout } = await runCli(['diff', path.join(GROCERY, 'current.cjm'), path.join(GROCERY, 'future.cjm'), '--format', 'markdown', '-o', out], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
        expect(readFileSync(out, 'utf8')).toMatch(/^### Journey map changes: /);
    });
});
