import type { AnswerModel, MetricValue } from '../model/journey-model.js';

/**
 * A `from` or `to` value as one line of text, for the text and Markdown reports: names,
 * dates and numbers bare, other text quoted (with its newlines escaped), lists joined by
 * commas, metric values with their unit, answers with their evidence.
 */
export function formatValue(value: unknown): string {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
        return '(none)';
    }
    if (Array.isArray(value)) {
        return value.map(formatValue).join(', ');
    }
    if (typeof value === 'string') {
        return BARE.test(value) ? value : JSON.stringify(value);
    }
    if (isMetricValue(value)) {
        return value.unit === undefined ? String(value.value) : value.unit === '%' ? `${value.value}%` : `${value.value} ${value.unit}`;
    }
    if (isAnswer(value)) {
        const evidence = [value.source, value.date, value.sample === undefined ? undefined : `sample ${value.sample}`].filter(part => part !== undefined);
        return evidence.length > 0 ? `${JSON.stringify(value.text)} (${evidence.join(', ')})` : JSON.stringify(value.text);
    }
    return JSON.stringify(value);
}

// Identifiers, keywords and dates: what a reader recognises without quotes.
const BARE = /^(?:[_\p{L}][\p{L}\p{M}\p{Nd}_]*|\d{4}-\d{2}-\d{2})$/u;

function isMetricValue(value: unknown): value is MetricValue {
    return typeof value === 'object' && value !== null && typeof (value as MetricValue).value === 'number';
}

function isAnswer(value: unknown): value is AnswerModel {
    return typeof value === 'object' && value !== null && typeof (value as AnswerModel).text === 'string';
}
