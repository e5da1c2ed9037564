import { existsSync } from 'node:fs';
import * as path from 'node:path';

/** Where an installed @cjm/cli keeps the config's schema, relative to a node_modules' parent. */
const INSTALLED_SCHEMA = path.join('node_modules', '@cjm', 'cli', 'cjm.config.schema.json');

/**
 * The `$schema` a config written into `dir` names: the schema of the nearest installed
 * @cjm/cli at or above `dir`, relative to `dir` (so it resolves wherever the folder sits in
 * the project), else the schema's published address.
 */
export function schemaReference(dir: string, publishedId: string): string {
    for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
        const schema = path.join(folder, INSTALLED_SCHEMA);
        if (existsSync(schema)) {
            const relative = path.relative(dir, schema).split(path.sep).join('/');
            return relative.startsWith('../') ? relative : `./${relative}`;
        }
        if (path.dirname(folder) === folder) {
            return publishedId;
        }
    }
}
