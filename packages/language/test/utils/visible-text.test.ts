import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/utils/visible-text.js';

describe('visibleText', () => {
    it('shows escape, bell, carriage return, DEL and C1 controls as escapes', () => {
        expect(visibleText('\x1b]0;PWNED\x07\x1b[2J\r\x7f\x9b')).toBe('\\x1b]0;PWNED\\x07\\x1b[2J\\x0d\\x7f\\x9b');
    });

    it('shows bidirectional overrides and isolates, which reorder what a reader sees', () => {
        expect(visibleText('abc\u202edcba\u2066x\u2069')).toBe('abc\\u202edcba\\u2066x\\u2069');
    });

    it('keeps tab and newline, unless the text must stay on one line', () => {
        expect(visibleText('a\tb\nc')).toBe('a\tb\nc');
        expect(visibleText('a\tb\nc', { oneLine: true })).toBe('a\\x09b\\x0ac');
    });

    it('leaves every script and emoji alone', () => {
        expect(visibleText('Оплата картой · 支付 · 🙂 · ok')).toBe('Оплата картой · 支付 · 🙂 · ok');
    });
});
