/**
 * An edit spliced into one top-level element links only that element again, where the
 * other elements' links stay true (kept-links.ts, linker.ts, workspace/document-builder.ts),
 * and the reference index keeps the entries of elements whose links did not change
 * (reference-description-provider.ts). After any sequence of edits, every reference of the
 * workspace resolves where a fresh build of the same texts resolves it, the index holds the
 * same entries at the same places, and the diagnostics are the same.
 */
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument, type ReferenceDescription } from 'langium';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCjmServices } from '../../src/cjm-module.js';
import { buildDocuments, updateDocuments, type SourceText } from '../../src/workspace/build-documents.js';
import { TODAY, WORKSPACE_AS_ONE_FILE } from '../fixtures.js';

const MAP = path.resolve('/workspace/map.cjm');
const OTHER = path.resolve('/workspace/other.cjm');
/** A second map that refers to the first one's personas and channels. */
const OTHER_TEXT = `journey Visit "A club visit" {
  target Beginner
  stage Arrive "Arrive" {
    touchpoint Door "At the door" via FrontDesk for Beginner {
      emotion 1
    }
  }
}
`;

/** One edit of the map's text, chosen by a number: what a writer does while typing. */
type Edit = (text: string, pick: number) => string;

/** The `pick`-th match of `pattern` (wrapping around) replaced by `replace`'s result; the text unchanged if none. */
function at(text: string, pattern: RegExp, pick: number, replace: (match: RegExpExecArray) => string): string {
    const matches = [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'))];
    const match = matches[pick % Math.max(matches.length, 1)] as RegExpExecArray | undefined;
    return match === undefined ? text : text.slice(0, match.index) + replace(match) + text.slice(match.index + match[0].length);
}

const EDITS: Record<string, Edit> = {
    'an emotion changed': (text, pick) => at(text, /emotion (-?\d)/, pick, ([, value]) => `emotion ${value === '2' ? -2 : Number(value) + 1}`),
    'a touchpoint typed via a channel': (text, pick) => at(text, /\n( +)stage (\w+) "[^"]*" \{\n/, pick, ([whole, indent]) => `${whole}${indent}  touchpoint Typed${pick} "Typed" via ${['FrontDesk', 'Sms', 'Nowhere'][pick % 3]}\n`),
    'a touchpoint typed up to `via `': (text, pick) => at(text, /\n( +)stage (\w+) "[^"]*" \{\n/, pick, ([whole, indent]) => `${whole}${indent}  touchpoint Half "Half" via \n`),
    'a stage or touchpoint renamed': (text, pick) => at(text, /\b(stage|touchpoint) (\w+)/, pick, ([, keyword, name]) => `${keyword} ${name}X`),
    'a journey, persona or channel renamed': (text, pick) => at(text, /^(journey|persona|channel) (\w+)/m, pick, ([, keyword, name]) => `${keyword} ${name}X`),
    'a character deleted': (text, pick) => text.slice(0, pick % text.length) + text.slice(pick % text.length + 1),
    'undone': () => WORKSPACE_AS_ONE_FILE
};

/** Where every reference of a document resolves, by its place in the text. */
function resolved(document: LangiumDocument): unknown[] {
    return document.references.map(reference => ({
        at: reference.$refNode?.offset,
        text: reference.$refText,
        to: 'ref' in reference && reference.ref ? `${reference.$nodeDescription?.documentUri.path}#${reference.$nodeDescription?.path}` : reference.error?.message
    })).sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
}

/** The reference index's entries of a document, as find-references and rename read them. */
function indexed(services: ReturnType<typeof createCjmServices>, document: LangiumDocument): unknown[] {
    const index = (services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> }).referenceIndex;
    return (index.get(document.uri.toString()) ?? []).map(({ sourcePath, targetUri, targetPath, segment, local }) => ({ sourcePath, target: `${targetUri.path}#${targetPath}`, segment: { offset: segment.offset, end: segment.end, range: segment.range }, local }));
}

async function fresh(sources: SourceText[]): Promise<ReturnType<typeof createCjmServices>> {
    const services = createCjmServices(EmptyFileSystem);
    services.Cjm.config.ConfigProvider.setToday(TODAY);
    await buildDocuments(services, sources);
    return services;
}

function seen(services: ReturnType<typeof createCjmServices>): unknown {
    return services.shared.workspace.LangiumDocuments.all.toArray().sort((a, b) => a.uri.path.localeCompare(b.uri.path))
        .map(document => ({ uri: document.uri.path, references: resolved(document), index: indexed(services, document), diagnostics: document.diagnostics }));
}

/** Counts the references the linker links from now on. */
function linksMade(services: ReturnType<typeof createCjmServices>): () => number {
    const linker = services.Cjm.references.Linker as unknown as { doLink: (...args: unknown[]) => void };
    let count = 0;
    const doLink = linker.doLink;
    linker.doLink = (...args: unknown[]) => {
        count++;
        doLink.apply(linker, args);
    };
    return () => {
        linker.doLink = doLink;
        return count;
    };
}

describe('links kept through an edit', () => {
    it('equal a fresh build\'s after any sequence of edits: references, reference index and diagnostics', async () => {
        let kept = 0;
        await fc.assert(fc.asyncProperty(
            fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(1000)), { minLength: 1, maxLength: 5 }),
            async edits => {
                let sources = [{ path: MAP, text: WORKSPACE_AS_ONE_FILE }, { path: OTHER, text: OTHER_TEXT }];
                const services = await fresh(sources);
                for (const [edit, pick] of edits) {
                    const previous = new Map(sources.map(source => [source.path, source.text]));
                    sources = [{ path: MAP, text: EDITS[edit](sources[0].text, pick) }, sources[1]];
                    const links = linksMade(services);
                    const [map] = await updateDocuments(services, sources, previous);
                    // Links kept: fewer references linked than the map has.
                    kept += previous.get(MAP) !== sources[0].text && links() < map.document.references.length ? 1 : 0;
                    expect(seen(services), edit).toEqual(seen(await fresh(sources)));
                }
            }
        ), { seed: 25, numRuns: 40 });
        expect(kept, 'edits whose links were kept').toBeGreaterThan(10);
    });

    it('speak the language the edit gives the map: a journey typed into Russian makes the others\' unresolved references Russian', async () => {
        const english = 'journey Alpha "Alpha" {\n  stage One "One" {\n    touchpoint Touch "Touch" via Nowhere {\n      emotion 1\n    }\n  }\n}\n';
        const russian = 'journey Beta "Бета" {\n  stage Odin "Один" {\n    touchpoint Kasanie "Касание" {\n      emotion 1\n    }\n  }\n}\n';
        const more = russian.replace('  }\n}', '    touchpoint Vtoroe "Второе" {\n      emotion 1\n    }\n  }\n}');
        const unresolved = (services: ReturnType<typeof createCjmServices>): string[] => services.shared.workspace.LangiumDocuments.all.toArray()
            .flatMap(document => document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'unresolved-reference').map(diagnostic => diagnostic.message);
        let sources = [{ path: MAP, text: english + russian }];
        const services = await fresh(sources);
        const [before] = unresolved(services);
        expect(before).toMatch(/Nowhere/);
        expect(before).not.toMatch(/[а-я]/);
        for (const text of [english + more, english + russian]) {
            const previous = new Map(sources.map(source => [source.path, source.text]));
            sources = [{ path: MAP, text }];
            await updateDocuments(services, sources, previous);
            expect(unresolved(services)).toEqual(unresolved(await fresh(sources)));
        }
        expect(unresolved(await fresh([{ path: MAP, text: english + more }]))[0]).toMatch(/[а-я]/);
    });
});
