import { TextDocument, URI } from 'langium';
import type { SyntaxProblem } from '../parser/explain-syntax-errors.js';
import type { CjmServices } from '../cjm-module.js';
import type { Locale } from '../locale/locale.js';
import { messagesFor } from '../locale/messages.js';
import { syntaxProblems } from '../parser/syntax-problems.js';

/** A syntax error of a text that cannot be formatted, explained as `cjm lint` does; the range is 0-based, as in the editor. */
export type ParseError = SyntaxProblem;

/** The formatted text, or the syntax errors that keep the text from being formatted; and the language of the map's titles. */
export type FormatResult = { text: string; locale: Locale } | { errors: ParseError[]; locale: Locale };

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
    const locale = services.locale.LocaleProvider.localeOf(document);
    const errors = syntaxProblems(document.parseResult, lf, services.parser, messagesFor(locale).syntax);
    if (errors.length > 0) {
        return { errors, locale };
    }
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
    const formatted = TextDocument.applyEdits(document.textDocument, edits);
    return { text: (bom ? BOM : '') + (crlf ? formatted.replace(/\n/g, '\r\n') : formatted), locale };
}
