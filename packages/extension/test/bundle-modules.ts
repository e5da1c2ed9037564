/** What a built bundle loads: the vsix test and the browser test read it. */
import { builtinModules } from 'node:module';

/**
 * The modules a bundle loads at run time: its `require("…")` calls and its `import … from "…"`
 * (not code held in a string, as Ajv keeps `'require("ajv/dist/runtime/equal")'`, nor a
 * method of an object, as lodash's `freeModule.require("util")` where a CommonJS `module` exists).
 */
export function loadedModules(bundle: string): string[] {
    const required = [...bundle.matchAll(/(?<!['"`.])\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(match => match[1]);
    const imported = [...bundle.matchAll(/\b(?:import|export)\b[^;"'()]*?\bfrom\s*["']([^"']+)["']/g)].map(match => match[1]);
    return [...new Set([...required, ...imported])].sort();
}

export function isBuiltin(name: string): boolean {
    return builtinModules.includes(name.replace(/^node:/, ''));
}
