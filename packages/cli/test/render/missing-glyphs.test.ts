import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, makeWorkspace, runCli } from '../run-cli.js';

// Runic is in none of the fonts cjm draws with; the map uses ᚠ (U+16A0) three times and
// ᚢ (U+16A2) once, in a title, a touchpoint and a barrier.
const RUNIC = `persona Reader "Reader"
channel Web "Website" online

journey Runes "Runes ᚠᚢ" {
  stage Read "Read" {
    touchpoint Open "Open ᚠ 注文 🧾" via Web for Reader
    barrier Hard "Hard to read ᚠ" at Open severity low
    metric Pages "Pages read" { baseline 1 target 2 }
    question "Can readers read it?" { answer "Some" source interview date 2026-11-01 }
  }
}
`;

describe('cjm render: characters in no font', () => {
    it.concurrent('warns once for the PNG, naming each character once, and still writes it with exit 0', async () => {
        const root = makeWorkspace({ 'runes.cjm': RUNIC });
        const { code, stdout, stderr } = await runCli(['render', 'runes.cjm', '-o', 'runes.png'], { cwd: root });
        expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
        expect(stderr).toBe('cjm: none of cjm\'s fonts has U+16A0 (ᚠ), U+16A2 (ᚢ): the PNG shows an empty box for each\n');
        expect(existsSync(path.join(root, 'runes.png'))).toBe(true);
    });

    it.concurrent('warns for the SVG too, where the width of such a character is a guess', async () => {
        const root = makeWorkspace({ 'runes.cjm': RUNIC.replace('ᚢ', '') });
        const { code, stdout, stderr } = await runCli(['render', 'runes.cjm'], { cwd: root });
        expect(code).toBe(0);
        expect(stdout.startsWith('<svg')).toBe(true);
        expect(stderr).toBe('cjm: none of cjm\'s fonts has U+16A0 (ᚠ): its width is a guess, so a label may not fit its box\n');
    });

    it.concurrent('warns in Russian for a Russian map', async () => {
        const russian = RUNIC.replace('"Runes ᚠᚢ"', '"Руны ᚠᚢ"').replace('"Read"', '"Чтение"').replace('"Open ᚠ 注文 🧾"', '"Открыть ᚠ"');
        const root = makeWorkspace({ 'runes.cjm': russian });
        const { code, stderr } = await runCli(['render', 'runes.cjm', '-o', 'runes.png'], { cwd: root });
        expect(code).toBe(0);
        expect(stderr).toBe('cjm: в шрифтах cjm нет символов: U+16A0 (ᚠ), U+16A2 (ᚢ); в PNG на их месте пустые прямоугольники\n');
    });

    it.concurrent('says nothing when every character has a font: Chinese, Japanese, Korean, emoji', async () => {
        const root = makeWorkspace({ 'order.cjm': fixture('scripts.cjm') });
        expect(await runCli(['render', 'order.cjm', '-o', 'order.png'], { cwd: root })).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});
