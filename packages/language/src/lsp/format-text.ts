import { TextDocument, URI, type ParseResult } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { CjmServices } from '../cjm-module.js';

/** A syntax error of a text that cannot be formatted; the range is 0-based, as in the editor. */
export interface ParseError {
    message: string;
    range: Range;
}

/** The formatted text, or the syntax errors that keep the text from being formatted. */
export type FormatResult = { text: string } | { errors: ParseError[] };

const BOM = '\uFEFF';

/**
 * Formats a map with the editor's formatter (`lsp.Formatter`), without adding it to the
 * workspace. A byte order mark stays, and so do CRLF line ends when the text uses them;
 * the formatter itself works on LF text. Positions of errors count from after the BOM.
 */
export async function formatText(services: CjmServices, text: string): Promise<FormatResult> {
    const bom = text.startsWith(BOM);
    const crlf = text.includes('\r\n');
    const lf = (bom ? text.slice(1) : text).replace(/\r\n/g, '\n');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(lf, URI.parse('memory:/format.cjm'));
    const errors = syntaxErrors(document.parseResult);
    if (errors.length > 0) {
        return { errors };
    }
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    return { text: (bom ? BOM : '') + (crlf ? formatted.replace(/\n/g, '\r\n') : formatted) };
}

/** Lexer and parser errors where Langium's validator puts them. */
function syntaxErrors({ lexerErrors, parserErrors }: ParseResult): ParseError[] {
    const lexing = lexerErrors.map(({ line, column, length, message }) => {
        const start = { line: (line ?? 1) - 1, character: (column ?? 1) - 1 };
        return { message, range: { start, end: { line: start.line, character: start.character + length } } };
    });
    const parsing = parserErrors.map(error => {
        const { message, token } = error;
        // A token that error recovery inserted has no position: point after the one before it.
        const at = Number.isNaN(token.startOffset) ? previousToken(error) : token;
        if (at === undefined || Number.isNaN(at.startOffset)) {
            return { message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
        }
        if (at !== token) {
            const end = { line: at.endLine! - 1, character: at.endColumn! };
            return { message, range: { start: end, end } };
        }
        return { message, range: { start: { line: at.startLine! - 1, character: at.startColumn! - 1 }, end: { line: at.endLine! - 1, character: at.endColumn! } } };
    });
    return [...lexing, ...parsing];
}

type ParserError = ParseResult['parserErrors'][number];

function previousToken(error: ParserError): ParserError['token'] | undefined {
    return 'previousToken' in error ? (error as { previousToken: ParserError['token'] }).previousToken : undefined;
}
