import type { LangiumSharedCoreServices, URI } from 'langium';
import type { Diagnostic, Position, Range } from 'vscode-languageserver';

/** A journey's check results, with ranges relative to the journey's start. */
interface Entry {
    context: string;
    diagnostics: readonly Diagnostic[];
}

/** One document's entries, valid for one setting (locale, config, today, categories). */
interface DocumentEntries {
    setting: string;
    entries: Map<string, Entry>;
}

/**
 * The check results of each journey of each document, so that an edit re-checks only the
 * journeys whose text or context (journey-context.ts) changed: in a file of 100,000 lines,
 * one touchpoint's emotion re-checks one journey, not four hundred. Keyed by the journey's
 * exact text. Bounded: a document keeps the entries of its last validation only, and a
 * deleted document none.
 */
export class ElementDiagnostics {
    private readonly byDocument = new Map<string, DocumentEntries>();

    constructor(shared: LangiumSharedCoreServices) {
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.byDocument.delete(uri.toString())));
    }

    /** Starts a validation of `uri`; its round, when ended, replaces the document's entries. */
    begin(uri: URI, setting: string): ElementRound {
        const key = uri.toString();
        const previous = this.byDocument.get(key);
        const entries = previous?.setting === setting ? previous.entries : new Map<string, Entry>();
        return new ElementRound(entries, kept => this.byDocument.set(key, { setting, entries: kept }));
    }
}

/** The entries one validation of a document takes and puts. */
export class ElementRound {
    private readonly kept = new Map<string, Entry>();

    constructor(private readonly previous: ReadonlyMap<string, Entry>, private readonly finish: (kept: Map<string, Entry>) => void) {}

    /** The diagnostics of a journey of this text and context, placed at `start`, if known. */
    take(text: string, context: string, start: Position): Diagnostic[] | undefined {
        const entry = this.previous.get(text) ?? this.kept.get(text);
        if (entry === undefined || entry.context !== context) {
            return undefined;
        }
        this.kept.set(text, entry);
        return entry.diagnostics.map(diagnostic => ({ ...diagnostic, range: moveRange(diagnostic.range, start, +1) }));
    }

    put(text: string, context: string, start: Position, diagnostics: readonly Diagnostic[]): void {
        this.kept.set(text, { context, diagnostics: diagnostics.map(diagnostic => ({ ...diagnostic, range: moveRange(diagnostic.range, start, -1) })) });
    }

    end(): void {
        this.finish(this.kept);
    }
}

/** A range made relative to `start` (-1) or placed at it again (+1). */
function moveRange(range: Range, start: Position, direction: 1 | -1): Range {
    return { start: movePosition(range.start, start, direction), end: movePosition(range.end, start, direction) };
}

function movePosition(position: Position, start: Position, direction: 1 | -1): Position {
    const firstLine = direction === 1 ? position.line === 0 : position.line === start.line;
    return {
        line: position.line + direction * start.line,
        character: firstLine ? position.character + direction * start.character : position.character
    };
}
