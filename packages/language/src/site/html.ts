/**
 * HTML building for the site's pages: every text goes through `text` (escaped), every
 * attribute value through `attrs`, so that a map's words can never become markup.
 */
import { escapeXml } from '../diagram/svg-markup.js';

export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A text as HTML text or attribute content: markup characters escaped, XML-forbidden characters dropped. */
export function text(value: string): string {
    return escapeXml(value);
}

/** ` name="value"` pairs in the given order; `false` and `undefined` left out, `true` as a bare name. */
export function attrs(attributes: Attributes): string {
    return Object.entries(attributes)
        .filter(([, value]) => value !== undefined && value !== false)
        .map(([name, value]) => value === true ? ` ${name}` : ` ${name}="${text(String(value))}"`)
        .join('');
}

/** An element whose content is already HTML. */
export function tag(name: string, attributes: Attributes, content: string): string {
    return `<${name}${attrs(attributes)}>${content}</${name}>`;
}

/** A definition list of label and value pairs, the values already HTML; empty values left out. */
export function fields(entries: ReadonlyArray<readonly [string, string | undefined]>): string {
    const shown = entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined && entry[1] !== '');
    return shown.length === 0 ? '' : `<dl class="cjm-fields">${shown.map(([label, value]) => `<dt>${text(label)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

/** A list of items already HTML; nothing when empty. */
export function list(items: readonly string[], attributes: Attributes = {}): string {
    return items.length === 0 ? '' : tag('ul', attributes, items.map(item => `<li>${item}</li>`).join(''));
}

/** A table with a caption, header cells and rows of cells already HTML. */
export function table(caption: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>, attributes: Attributes = {}): string {
    const header = `<thead><tr>${head.map(cell => `<th scope="col">${text(cell)}</th>`).join('')}</tr></thead>`;
    const body = `<tbody>${rows.map(row => `<tr>${row.map(cell => `<td>${cell}</td>`).join('')}</tr>`).join('')}</tbody>`;
    return tag('table', attributes, `<caption>${text(caption)}</caption>${header}${body}`);
}

/** A table that may be wider than the page, in a region that scrolls sideways and that the keyboard can reach and scroll. */
export function wideTable(caption: string, head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    return tag('div', { class: 'cjm-scroll', role: 'region', 'aria-label': caption, tabindex: 0 }, table(caption, head, rows));
}
