/**
 * Quick fixes straight from the services (no server process), for the cases the stdio
 * test of code-action-provider.test.ts does not spell out: each fix is applied to the
 * texts and the workspace linted again.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { formatText } from '../../../src/index.js';
import { lintWorkspace, type LintOptions } from '../../fixtures.js';
import { applyEdits, textIn } from '../text-positions.js';

export interface Fixes {
    /** The titles of the actions offered for the diagnostic. */
    titles: string[];
    /** The texts of the workspace (by file name) after the action of that title. */
    apply(title: string): Record<string, string>;
}

/** The actions for the diagnostic of `rule` in `file` (the one pointing at `at`, or the first). */
export async function fixesFor(files: Record<string, string>, file: string, rule: string, at?: string, options: LintOptions = {}): Promise<Fixes> {
    const { services, documents } = await lintWorkspace(files, options);
    const names = Object.keys(files);
    const built = documents[names.indexOf(file)];
    const text = files[file].replace(/^\uFEFF/, '');
    const diagnostic = built.diagnostics.find(item => item.code === rule && (at === undefined || textIn(text, item.range) === at)) as Diagnostic;
    if (!diagnostic) {
        throw new Error(`No ${rule} at '${at}' in ${file}: ${JSON.stringify(built.diagnostics.map(item => `${item.code} ${textIn(text, item.range)}`))}`);
    }
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(built.document, {
        textDocument: { uri: built.document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    const nameOf = new Map(documents.map((document, index) => [document.document.uri.toString(), names[index]]));
    return {
        titles: actions.map(action => action.title),
        apply(title: string): Record<string, string> {
            const action = actions.find(candidate => candidate.title === title);
            if (!action) {
                throw new Error(`No action '${title}'; offered: ${actions.map(candidate => candidate.title).join(' | ')}`);
            }
            const result = { ...files };
            for (const [uri, edits] of Object.entries(action.edit!.changes!)) {
                const name = nameOf.get(uri)!;
                result[name] = applyEdits(result[name], edits);
            }
            return result;
        }
    };
}

/** Every diagnostic of each file as `rule: the text it points at`, after linting the workspace. */
export async function findingsOf(files: Record<string, string>, options: LintOptions = {}): Promise<Record<string, string[]>> {
    const { documents } = await lintWorkspace(files, options);
    return Object.fromEntries(Object.keys(files).map((name, index) => {
        const text = files[name].replace(/^\uFEFF/, '');
        return [name, documents[index].diagnostics.map(diagnostic => `${diagnostic.code}: ${textIn(text, diagnostic.range)}`)];
    }));
}

/** The text as `cjm fmt` writes it. */
export async function formatted(text: string): Promise<string> {
    const { services } = await lintWorkspace({});
    const result = await formatText(services, text);
    if ('errors' in result) {
        throw new Error(`Does not parse: ${JSON.stringify(result.errors)}`);
    }
    return result.text;
}
