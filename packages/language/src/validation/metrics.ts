import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { CjmAstType, Metric } from '../generated/ast.js';
import type { RuleWords } from '../locale/rule-words.js';
import { report } from './report.js';

/** metric-needs-target and metric-unit-mismatch. */
export function metricChecks(services: CjmServices): ValidationChecks<CjmAstType> {
    const locales = services.locale.LocaleProvider;
    return {
        Metric: (metric: Metric, accept: ValidationAcceptor): void => {
            const say = locales.messagesAt(metric).rules;
            checkTarget(metric, accept, say);
            checkUnits(metric, accept, say);
        }
    };
}

function checkTarget(metric: Metric, accept: ValidationAcceptor, say: RuleWords): void {
    if (!metric.target) {
        report(accept, 'metric-needs-target', say['metric-needs-target'].missing(metric.name), { node: metric, property: 'name' });
    }
}

function checkUnits(metric: Metric, accept: ValidationAcceptor, say: RuleWords): void {
    const values = (['baseline', 'target', 'actual'] as const)
        .map(property => ({ property, value: metric[property] }))
        .filter(entry => entry.value !== undefined);
    const reference = values.find(entry => entry.property === 'target') ?? values[0];
    const unitOf = (entry: (typeof values)[number]): string => entry.value!.percent ? '%' : entry.value!.unit ?? '';
    for (const entry of values) {
        if (unitOf(entry) !== unitOf(reference)) {
            report(accept, 'metric-unit-mismatch', say['metric-unit-mismatch'].mismatch(metric.name, entry.property, unitOf(entry), reference.property, unitOf(reference)),
                { node: entry.value!, property: entry.value!.percent ? 'percent' : entry.value!.unit !== undefined ? 'unit' : 'value' });
        }
    }
}
