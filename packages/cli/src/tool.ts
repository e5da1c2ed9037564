import pkg from '../package.json' with { type: 'json' };

/** How cjm names itself in SARIF and `--version`; read from package.json at build time. */
export const TOOL = {
    name: 'cjm',
    version: pkg.version,
    informationUri: pkg.homepage
} as const;
