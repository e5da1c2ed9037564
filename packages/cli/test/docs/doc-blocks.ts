/**
 * Reads the fenced code blocks of the Markdown files in docs/ and turns each ```cjm block
 * into the map the docs tests lint, following the convention of docs/README.md:
 *
 * - ```cjm                   a whole file; it lints with no diagnostic at all.
 * - ```cjm triggers=a,b      a whole file; lint reports exactly the rules a and b.
 * - ```cjm in=journey        a fragment, put inside `journey Example "Example" { ... }`.
 * - ```cjm in=stage          a fragment, put inside `stage Example "Example" { ... }` of that journey.
 *   Both wrappers also declare `persona Customer` and `channel Web` (in the journey) for the
 *   fragment to use; only diagnostics that point into the fragment's own lines count.
 * - ```cjm file=NAME.cjm      a whole file of a workspace: the ```cjm file=... blocks of one
 *   section are linted together, each as its NAME; each lints clean (or triggers=...).
 * - A ```json cjm.config.json block is the config of the ```cjm blocks after it in the same
 *   section (up to the next heading).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../docs');

export interface CodeBlock {
    /** `docs/...md:LINE`, the line of the opening fence, for test names. */
    where: string;
    /** The first word of the info string (`cjm`, `json`, `sh`, ...). */
    language: string;
    /** The words after it (`triggers=a,b`, `in=stage`, `cjm.config.json`). */
    options: string[];
    text: string;
    /** The config text in force for a ```cjm block, if its section has one. */
    config?: string;
    /** `docs/...md#N`: the section (text up to the next heading) the block is in. */
    section: string;
}

/** Every Markdown file under docs/, as paths relative to docs/, sorted. */
export function docFiles(): string[] {
    return readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.md'))
        .map(file => file.split(path.sep).join('/'))
        .sort();
}

/** The fenced blocks of one Markdown file (``` or ~~~ fences, possibly indented in a list). */
export function codeBlocks(file: string): CodeBlock[] {
    const lines = readFileSync(path.join(DOCS, file), 'utf8').split(/\r?\n/);
    const blocks: CodeBlock[] = [];
    let config: string | undefined;
    let section = 0;
    for (let index = 0; index < lines.length; index++) {
        if (/^#{1,6}\s/.test(lines[index])) {
            config = undefined;
            section++;
            continue;
        }
        const open = /^(\s*)(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[index]);
        if (!open) {
            continue;
        }
        const [, indent, fence, language, rest] = open;
        const body: string[] = [];
        const start = index;
        for (index++; index < lines.length && !(lines[index].startsWith(indent + fence) && lines[index].trim() === fence); index++) {
            body.push(lines[index].startsWith(indent) ? lines[index].slice(indent.length) : lines[index].trimStart());
        }
        const block: CodeBlock = {
            where: `docs/${file}:${start + 1}`, language, options: rest.split(/\s+/).filter(word => word !== ''), text: body.join('\n') + '\n',
            section: `docs/${file}#${section}`
        };
        if (language === 'json' && block.options.includes('cjm.config.json')) {
            config = block.text;
        } else if (language === 'cjm') {
            block.config = config;
        }
        blocks.push(block);
    }
    return blocks;
}

/** What a ```cjm block promises: the rules it triggers (none for a clean block). */
export function expectedRules(block: CodeBlock): string[] {
    return option(block, 'triggers')?.split(',').sort() ?? [];
}

/** The value of a `key=value` option of a block. */
export function option(block: CodeBlock, key: string): string | undefined {
    return block.options.find(word => word.startsWith(`${key}=`))?.slice(key.length + 1);
}

export interface LintableMap {
    /** The text of example.cjm. */
    text: string;
    /** The 1-based lines of example.cjm that are the block's own (diagnostics elsewhere are the wrapper's). */
    firstLine: number;
    lastLine: number;
}

const NAMES = 'persona Customer "Customer"\nchannel Web "Website" online\n';

/**
 * The file to lint for a block: the block itself, or the block inside its wrapper. A
 * wrapper declares nothing at the top level but its journey, named `journey`, so that
 * fragments can share one workspace.
 */
export function lintableMap(block: CodeBlock, journey = 'Example'): LintableMap {
    const placement = option(block, 'in');
    const lineCount = block.text.split('\n').length - 1;
    const wrap = (before: string, after: string): LintableMap => {
        const firstLine = before.split('\n').length;
        return { text: before + block.text + after, firstLine, lastLine: firstLine + lineCount - 1 };
    };
    switch (placement) {
        case undefined:
            return wrap('', '');
        case 'journey':
            return wrap(`journey ${journey} "Example" {\n${NAMES}`, '}\n');
        case 'stage':
            return wrap(`journey ${journey} "Example" {\n${NAMES}stage Example "Example" {\n`, '}\n}\n');
        default:
            throw new Error(`${block.where}: unknown placement in=${placement} (journey or stage)`);
    }
}
