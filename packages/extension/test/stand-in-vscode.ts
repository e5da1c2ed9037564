/**
 * A stand-in for the `vscode` module for tests that activate a built bundle without VS Code
 * (activation.test.ts, browser-extension.test.ts).
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

/** The first argument of each `register…` call of the vscode API, by function name. */
export type Registrations = Map<string, unknown[]>;

/**
 * A `vscode` module with every name the API declares (@types/vscode), where every
 * property, call and construction yields the same stand-in, and `register…` functions
 * also note their first argument. Nothing runs for real.
 */
export function standInVscode(registrations: Registrations): Record<string, unknown> {
    const anything: object = new Proxy(function standIn() {}, {
        get(_target, property) {
            if (property === 'then') {
                return undefined;
            }
            if (property === Symbol.toPrimitive) {
                return () => '';
            }
            if (typeof property === 'string' && property.startsWith('register')) {
                return (first: unknown) => {
                    registrations.set(property, [...(registrations.get(property) ?? []), first]);
                    return anything;
                };
            }
            return anything;
        },
        set: () => true,
        apply: () => anything,
        construct: () => anything
    });
    const declarations = fs.readFileSync(createRequire(import.meta.url).resolve('@types/vscode/index.d.ts'), 'utf8');
    const names = [...declarations.matchAll(/^\texport (?:class|enum|namespace|function|const|let) (\w+)/gm)].map(match => match[1]);
    // The bundle copies the module's own names into its namespace object: they must be real properties.
    // The language client checks the editor's version before anything else.
    return { ...Object.fromEntries(names.map(name => [name, anything])), version: '1.90.0' };
}
