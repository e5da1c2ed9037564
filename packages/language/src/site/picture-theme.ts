/**
 * A `--theme auto` site draws each picture once, in the light theme. For a reader whose
 * system is dark, these rules swap every fill and stroke for the dark theme's colour of the
 * same part (themeColours), so a page carries one picture instead of one per theme. The
 * rules sit in :where() so that they weigh no more than one attribute: the page's own marks
 * (the selected box's outline) still win. Print keeps the light picture.
 */
import { THEMES, themeColours } from '../diagram/theme.js';

export function darkPictureRules(scope: string): string {
    const swaps = [...themeColours(THEMES.light, THEMES.dark)].filter(([light, dark]) => light !== dark);
    const rules = [
        ...swaps.map(([light, dark]) => `:where(${scope}) [fill="${light}"] { fill: ${dark}; }`),
        ...swaps.map(([light, dark]) => `:where(${scope}) [stroke="${light}"] { stroke: ${dark}; }`),
        // After the swaps: the background shares its light colour with the boxes.
        `:where(${scope}) .cjm-background { fill: ${THEMES.dark.background}; }`
    ];
    return `@media screen and (prefers-color-scheme: dark) {\n${rules.map(rule => `    ${rule}`).join('\n')}\n}`;
}
