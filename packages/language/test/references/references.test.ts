import { AstUtils, stream } from 'langium';
import { describe, expect, it } from 'vitest';
import { ast } from '../../src/index.js';
import { CLEAN_JOURNEY, lintWorkspace } from '../fixtures.js';

describe('references', () => {
    it('finds a persona used more often than a call takes arguments (rename and find-references stay usable)', async () => {
        const { services, documents: [map] } = await lintWorkspace({ 'map.cjm': CLEAN_JOURNEY });
        const founder = AstUtils.streamAllContents(map.document.parseResult.value).filter(ast.isPersona).find(persona => persona.name === 'Founder')!;
        const index = services.shared.workspace.IndexManager;
        const [use] = index.findAllReferences(founder, services.workspace.AstNodeLocator.getAstNodePath(founder)).toArray();
        const findAllReferences = index.findAllReferences;
        // As if 200,000 touchpoints were `for Founder`: what the index would hold.
        index.findAllReferences = () => stream(Array.from({ length: 200_000 }, () => use));
        try {
            const references = services.references.References;
            expect(references.findReferences(founder, { includeDeclaration: true }).count()).toBe(200_001);
            expect(references.findReferences(founder, { includeDeclaration: false, documentUri: map.document.uri }).count()).toBe(200_000);
        } finally {
            index.findAllReferences = findAllReferences;
        }
    });
});
