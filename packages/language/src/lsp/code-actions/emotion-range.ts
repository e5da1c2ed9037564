import type { CodeAction } from 'vscode-languageserver';
import { localFix, type FixContext } from './quick-fix.js';

/** emotion-range: the nearest value on the scale (-2..+2) to the one written, which the diagnostic points at. */
export function nearestEmotion(context: FixContext): CodeAction[] {
    const written = Number(context.document.textDocument.getText(context.diagnostic.range));
    if (!Number.isFinite(written)) {
        return [];
    }
    const nearest = Math.min(2, Math.max(-2, Math.round(written)));
    const text = nearest > 0 ? `+${nearest}` : String(nearest);
    return [localFix(context, `Change to ${text}, the nearest emotion on the scale`, [{ range: context.diagnostic.range, newText: String(nearest) }], true)];
}
