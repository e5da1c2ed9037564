import type { ValidationChecks } from 'langium';
import type { CjmServices } from '../cjm-module.js';
import type { CjmAstType } from '../generated/ast.js';
import { barrierChecks } from './barriers.js';
import { briefChecks } from './brief.js';
import { coverageChecks } from './coverage.js';
import { dateChecks } from './dates.js';
import { evidenceChecks } from './evidence.js';
import { flowChecks } from './flows.js';
import { metricChecks } from './metrics.js';
import { numberChecks } from './numbers.js';
import { personaChecks } from './personas.js';
import { referenceChecks } from './references.js';
import { requiredStageChecks } from './required-stages.js';
import { touchpointChecks } from './touchpoints.js';
import { usageChecks } from './usage.js';

/** The only registry of checks: each concern's file exports its own. */
export function registerValidationChecks(services: CjmServices): void {
    const registry = services.validation.ValidationRegistry;
    const groups: Array<ValidationChecks<CjmAstType>> = [
        referenceChecks(services),
        dateChecks(services),
        evidenceChecks(services),
        coverageChecks(services),
        requiredStageChecks(services),
        metricChecks(services),
        numberChecks(services),
        touchpointChecks(services),
        personaChecks(services),
        flowChecks(services),
        barrierChecks(services),
        usageChecks(services),
        briefChecks(services)
    ];
    for (const checks of groups) {
        registry.register(checks);
    }
}
