import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { CjmAstType, Metric } from '../generated/ast.js';
import { report } from './report.js';

/** metric-needs-target and metric-unit-mismatch. */
export const metricChecks: ValidationChecks<CjmAstType> = {
    Metric: [checkTarget, checkUnits]
};

function checkTarget(metric: Metric, accept: ValidationAcceptor): void {
    if (!metric.target) {
        report(accept, 'metric-needs-target', `Metric '${metric.name}' has no target.`, { node: metric, property: 'name' });
    }
}

function checkUnits(metric: Metric, accept: ValidationAcceptor): void {
    const values = (['baseline', 'target', 'actual'] as const)
        .map(property => ({ property, value: metric[property] }))
        .filter(entry => entry.value !== undefined);
    const reference = values.find(entry => entry.property === 'target') ?? values[0];
    const unitOf = (entry: (typeof values)[number]): string => entry.value!.percent ? '%' : entry.value!.unit ?? '';
    const describe = (unit: string): string => unit === '' ? 'no unit' : `'${unit}'`;
    for (const entry of values) {
        if (unitOf(entry) !== unitOf(reference)) {
            report(accept, 'metric-unit-mismatch',
                `The ${entry.property} of metric '${metric.name}' has ${describe(unitOf(entry))}, its ${reference.property} has ${describe(unitOf(reference))}.`,
                { node: entry.value!, property: entry.value!.percent ? 'percent' : entry.value!.unit !== undefined ? 'unit' : 'value' });
        }
    }
}
