/**
 * The CST with comments: the linear builder places every comment where it stands in the
 * text, so that the leaves read in offset order and the node at a cursor (go to
 * definition, rename, completion) is found.
 */
import { CstUtils, isLeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { CLEAN_JOURNEY, edit, lintDocument } from '../fixtures.js';

/** A comment before the first token of a member, of a block and of the file: the builder's "empty node" cases. */
const COMMENTED = `// before the first declaration
${edit(CLEAN_JOURNEY, {
    '  stage Awareness': '  // before a stage\n  stage Awareness',
    '    touchpoint Landing': '    // before a touchpoint\n    touchpoint Landing'
})}`;

describe('the CST of a map with comments', () => {
    it('holds its leaves in the order of the text, each comment where it is written', async () => {
        const { document } = await lintDocument(COMMENTED);
        const root = document.parseResult.value.$cstNode!;
        const leaves = [...CstUtils.streamCst(root)].filter(isLeafCstNode);
        const offsets = leaves.map(leaf => leaf.offset);
        expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
        const comments = leaves.filter(leaf => leaf.hidden && leaf.text.startsWith('//')).map(leaf => leaf.text);
        expect(comments).toEqual(['// before the first declaration', '// before a stage', '// before a touchpoint']);
    });

    it('finds the name under a cursor placed after a comment', async () => {
        const { document } = await lintDocument(COMMENTED);
        const offset = COMMENTED.indexOf('touchpoint Landing') + 'touchpoint Lan'.length;
        const leaf = CstUtils.findLeafNodeAtOffset(document.parseResult.value.$cstNode!, offset);
        expect(leaf?.text).toBe('Landing');
    });
});
