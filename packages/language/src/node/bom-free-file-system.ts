import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { withoutBom } from '../workspace/bom.js';

/**
 * Node's file system as the language server reads maps from disk: without a byte order
 * mark, so that positions agree with the editor's and with `cjm lint`'s.
 */
export class BomFreeFileSystemProvider extends NodeFileSystemProvider {
    override async readFile(uri: URI): Promise<string> {
        return withoutBom(await super.readFile(uri));
    }

    override readFileSync(uri: URI): string {
        return withoutBom(super.readFileSync(uri));
    }
}
