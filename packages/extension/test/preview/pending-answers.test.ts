import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PendingAnswers } from '../../src/preview/pending-answers.js';

describe('PendingAnswers', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('resolves each request with the answer carrying its id', async () => {
        const answers = new PendingAnswers<string>(1000);
        const sent: number[] = [];
        const first = answers.ask(id => sent.push(id));
        const second = answers.ask(id => sent.push(id));
        expect(sent).toEqual([1, 2]);
        answers.answer(2, 'two');
        answers.answer(1, 'one');
        await expect(first).resolves.toBe('one');
        await expect(second).resolves.toBe('two');
    });

    it('rejects a failed request, and ignores answers to settled or unknown ids', async () => {
        const answers = new PendingAnswers<string>(1000);
        const request = answers.ask(() => undefined);
        answers.fail(1, new Error('no canvas'));
        answers.answer(1, 'late');
        answers.answer(99, 'stray');
        await expect(request).rejects.toThrow('no canvas');
    });

    it('gives up when the webview does not answer in time', async () => {
        const answers = new PendingAnswers<string>(1000);
        const request = answers.ask(() => undefined);
        vi.advanceTimersByTime(1000);
        await expect(request).rejects.toThrow('the preview did not answer');
    });

    it('fails everything still waiting when the preview closes', async () => {
        const answers = new PendingAnswers<string>(1000);
        const requests = [answers.ask(() => undefined), answers.ask(() => undefined)];
        answers.failAll(new Error('the preview was closed'));
        for (const request of requests) {
            await expect(request).rejects.toThrow('the preview was closed');
        }
    });
});
