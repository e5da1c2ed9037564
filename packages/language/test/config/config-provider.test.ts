import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, ConfigProvider, DEFAULT_CONFIG } from '../../src/index.js';
import { CLEAN_JOURNEY, lintPaths, rules, tempTree } from '../fixtures.js';

const disk = NodeFileSystem.fileSystemProvider();

describe('ConfigProvider', () => {
    it('finds the nearest cjm.config.json walking up from the file\'s folder', () => {
        const root = tempTree({
            'cjm.config.json': '{ "evidenceMaxAgeDays": 100 }',
            'team/cjm.config.json': '{ "evidenceMaxAgeDays": 50 }',
            'team/maps/deep/map.cjm': '',
            'other/map.cjm': ''
        });
        const configs = new ConfigProvider(disk);
        expect(configs.configFileFor(URI.file(path.join(root, 'team/maps/deep/map.cjm')))?.fsPath).toBe(path.join(root, 'team/cjm.config.json'));
        expect(configs.configFor(URI.file(path.join(root, 'team/maps/deep/map.cjm'))).evidenceMaxAgeDays).toBe(50);
        expect(configs.configFor(URI.file(path.join(root, 'other/map.cjm'))).evidenceMaxAgeDays).toBe(100);
        expect(configs.configFor(URI.file(path.join(root, 'map.cjm'))).evidenceMaxAgeDays).toBe(100);
    });

    it('uses the defaults for a document that is not a file', () => {
        expect(new ConfigProvider(disk).configFor(URI.parse('untitled:Untitled-1'))).toEqual(DEFAULT_CONFIG);
    });

    it('lets useConfigFile override the search, and undo it', () => {
        const root = tempTree({
            'cjm.config.json': '{ "evidenceMaxAgeDays": 100 }',
            'elsewhere/strict.json': '{ "evidenceMaxAgeDays": 7 }'
        });
        const configs = new ConfigProvider(disk);
        const map = URI.file(path.join(root, 'maps/map.cjm'));
        configs.useConfigFile(URI.file(path.join(root, 'elsewhere/strict.json')));
        expect(configs.configFileFor(map)?.fsPath).toBe(path.join(root, 'elsewhere/strict.json'));
        expect(configs.configFor(map).evidenceMaxAgeDays).toBe(7);
        expect(configs.configFor(URI.parse('untitled:Untitled-1')).evidenceMaxAgeDays).toBe(7);
        configs.useConfigFile(undefined);
        expect(configs.configFor(map).evidenceMaxAgeDays).toBe(100);
    });

    it('throws a ConfigError for a broken file, and configOrDefault falls back to the defaults', () => {
        const root = tempTree({ 'cjm.config.json': '{ "rules": { "no-such-rule": "off" } }' });
        const configs = new ConfigProvider(disk);
        const map = URI.file(path.join(root, 'map.cjm'));
        expect(() => configs.configFor(map)).toThrow(ConfigError);
        expect(() => configs.configFor(map)).toThrow(path.join(root, 'cjm.config.json'));
        expect(configs.configOrDefault(map)).toEqual(DEFAULT_CONFIG);
    });

    it('keeps parsed files until reset', () => {
        const root = tempTree({ 'cjm.config.json': '{ "evidenceMaxAgeDays": 100 }' });
        const configs = new ConfigProvider(disk);
        const map = URI.file(path.join(root, 'map.cjm'));
        expect(configs.configFor(map).evidenceMaxAgeDays).toBe(100);
        fs.writeFileSync(path.join(root, 'cjm.config.json'), '{ "evidenceMaxAgeDays": 200 }');
        expect(configs.configFor(map).evidenceMaxAgeDays).toBe(100);
        configs.reset();
        expect(configs.configFor(map).evidenceMaxAgeDays).toBe(200);
    });
});

describe('the config of linted documents', () => {
    it('is each file\'s nearest cjm.config.json', async () => {
        const root = tempTree({
            'strict/cjm.config.json': '{ "requiredStages": ["Awareness", "Trial"], "rules": { "stale-evidence": "off" } }',
            'strict/map.cjm': CLEAN_JOURNEY,
            'relaxed/map.cjm': CLEAN_JOURNEY
        });
        const [strict] = await lintPaths([path.join(root, 'strict/map.cjm')], { today: '2030-01-01' });
        expect(rules(strict.diagnostics)).toEqual(['required-stage']);
        const [relaxed] = await lintPaths([path.join(root, 'relaxed/map.cjm')], { today: '2030-01-01' });
        expect(rules(relaxed.diagnostics)).toEqual(['stale-evidence', 'stale-evidence', 'stale-evidence']);
    });
});

describe('today', () => {
    const saved = process.env.CJM_TODAY;
    afterEach(() => {
        if (saved === undefined) {
            delete process.env.CJM_TODAY;
        } else {
            process.env.CJM_TODAY = saved;
        }
    });

    it('is CJM_TODAY when the environment sets it, else the real date', () => {
        process.env.CJM_TODAY = '2026-11-23';
        expect(new ConfigProvider(disk).getToday()).toBe('2026-11-23');
        delete process.env.CJM_TODAY;
        expect(new ConfigProvider(disk).getToday()).toBe(new Date().toISOString().slice(0, 10));
    });

    it('is what setToday gives (the CLI\'s --today)', () => {
        const configs = new ConfigProvider(disk);
        configs.setToday('2030-01-01');
        expect(configs.getToday()).toBe('2030-01-01');
    });
});
