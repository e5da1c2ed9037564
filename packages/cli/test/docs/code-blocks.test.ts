import { describe, expect, it } from 'vitest';
import { makeWorkspace, parseJson, runCli } from '../run-cli.js';
import { codeBlocks, docFiles, expectedRules, lintableMap, option, type CodeBlock } from './doc-blocks.js';

interface JsonResult {
    file: string;
    diagnostics: { rule: string; line: number; message: string }[];
}

const blocks = docFiles().flatMap(codeBlocks);
const maps = blocks.filter(block => block.language === 'cjm');
const configs = blocks.filter(block => block.language === 'json' && block.options.includes('cjm.config.json'));

/**
 * Fragments without a config declare nothing at the top level but their own journey, so
 * one lint run checks them all (one file each), which keeps the suite fast.
 */
const fragments = maps.filter(block => option(block, 'in') !== undefined && block.config === undefined);
let fragmentRun: Promise<JsonResult[]> | undefined;
function lintFragments(): Promise<JsonResult[]> {
    fragmentRun ??= (async () => {
        const root = makeWorkspace(Object.fromEntries(fragments.map((block, index) => [`fragment-${index}.cjm`, lintableMap(block, `Example${index}`).text])));
        const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', '.'], { cwd: root });
        expect(code, stderr).not.toBe(2);
        return parseJson<JsonResult[]>(stdout);
    })();
    return fragmentRun;
}

/** Lints the other blocks on their own, with the files of their workspace (file=) and their config. */
async function lintAlone(block: CodeBlock, name: string): Promise<JsonResult[]> {
    // The other files of the block's workspace: the file=... blocks of its section.
    const others = option(block, 'file') === undefined ? [] : maps.filter(other => other !== block && other.section === block.section && option(other, 'file') !== undefined);
    const root = makeWorkspace({
        [name]: lintableMap(block).text,
        ...Object.fromEntries(others.map(other => [option(other, 'file'), other.text])),
        ...block.config ? { 'cjm.config.json': block.config } : {}
    });
    const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', '.'], { cwd: root });
    expect(code, stderr).not.toBe(2);
    return parseJson<JsonResult[]>(stdout);
}

/** Lints a ```cjm block as the convention of docs/README.md says, and returns the rules reported in its own lines. */
async function lintBlock(block: CodeBlock): Promise<{ rules: string[]; messages: string[] }> {
    const index = fragments.indexOf(block);
    const name = index >= 0 ? `fragment-${index}.cjm` : option(block, 'file') ?? 'example.cjm';
    const results = index >= 0 ? await lintFragments() : await lintAlone(block, name);
    const map = lintableMap(block);
    const own = results.filter(result => result.file === name).flatMap(result => result.diagnostics)
        .filter(diagnostic => diagnostic.line >= map.firstLine && diagnostic.line <= map.lastLine);
    return { rules: [...new Set(own.map(diagnostic => diagnostic.rule))].sort(), messages: own.map(diagnostic => `${diagnostic.line}: ${diagnostic.message}`) };
}

describe('the ```cjm blocks of docs/', () => {
    it('are there: the language reference and every rule page show maps', () => {
        expect(new Set(maps.map(block => block.where.replace(/:\d+$/, ''))).size).toBeGreaterThan(20);
    });

    it.concurrent.each(maps.map(block => [block.where, block] as const))('%s lints as its info string says', async (_where, block) => {
        const { rules, messages } = await lintBlock(block);
        expect(rules, messages.join('\n')).toEqual(expectedRules(block));
    });
});

describe('the ```json cjm.config.json blocks of docs/', () => {
    it.concurrent.each(configs.map(block => [block.where, block] as const))('%s is a config file cjm accepts', async (_where, block) => {
        const root = makeWorkspace({ 'cjm.config.json': block.text, 'empty.cjm': '' });
        const { code, stderr } = await runCli(['lint', 'empty.cjm'], { cwd: root });
        expect(stderr).toBe('');
        expect(code).toBe(0);
    });
});
