import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { CjmAstType } from '../../src/generated/ast.js';
import { buildDocuments, createCjmServices, parseConfig } from '../../src/index.js';
import { CLEAN_JOURNEY, findings, rules } from '../fixtures.js';

// A failure inside cjm never reads as a clean map: CI trusts an empty list of errors.

async function lintWith(text: string, breakServices: (services: ReturnType<typeof createCjmServices>) => void) {
    const services = createCjmServices(EmptyFileSystem);
    services.Cjm.config.ConfigProvider.setToday('2026-11-23');
    breakServices(services);
    const [built] = await buildDocuments(services, [{ path: '/workspace/map.cjm', text }]);
    return built.diagnostics;
}

describe('internal-error', () => {
    it('reports a check that throws as an error at the element it was checking, with the cause', async () => {
        const diagnostics = await lintWith(CLEAN_JOURNEY, services => services.Cjm.validation.ValidationRegistry.register<CjmAstType>({
            Touchpoint: () => {
                throw new RangeError('Maximum call stack size exceeded');
            }
        }));
        const internal = diagnostics.filter(diagnostic => diagnostic.code === 'internal-error');
        expect(findings(CLEAN_JOURNEY, diagnostics, 'internal-error').every(text => text.startsWith('touchpoint '))).toBe(true);
        expect(internal.length).toBeGreaterThan(0);
        expect(internal[0].severity).toBe(DiagnosticSeverity.Error);
        expect(internal[0].message).toContain('RangeError: Maximum call stack size exceeded');
        expect(internal[0].range.start.line).toBeGreaterThan(0);
    });

    it('reports a failure of the whole validation as one error at the start of the file, never an empty list', async () => {
        const diagnostics = await lintWith(CLEAN_JOURNEY, services => {
            services.Cjm.config.ConfigProvider.configOrDefault = () => {
                throw new RangeError('Maximum call stack size exceeded');
            };
        });
        expect(rules(diagnostics)).toEqual(['internal-error']);
        expect(diagnostics[0].severity).toBe(DiagnosticSeverity.Error);
        expect(diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
    });

    it('cannot be suppressed by a comment', async () => {
        const diagnostics = await lintWith(`// cjm-disable internal-error\n${CLEAN_JOURNEY}`, services => services.Cjm.validation.ValidationRegistry.register<CjmAstType>({
            Stage: () => {
                throw new Error('boom');
            }
        }));
        expect(rules(diagnostics)).toContain('internal-error');
    });

    it('cannot be switched off in cjm.config.json', () => {
        expect(() => parseConfig(JSON.stringify({ rules: { 'internal-error': 'off' } }), 'cjm.config.json')).toThrow('`rules.internal-error`: cannot be configured: it always fails the lint.');
    });

    it('is quiet on a map cjm checks without failing', async () => {
        const diagnostics = await lintWith(CLEAN_JOURNEY, () => undefined);
        expect(rules(diagnostics)).not.toContain('internal-error');
    });
});
