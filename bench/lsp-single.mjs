// The language server on ONE big file (lsp.mjs calls it): a generated single-file map of
// 10k or 100k lines (generate.mjs, `single: true`) opened as the editor does, then an
// emotion edit in its middle journey (median and p95 of the time to the file's new
// diagnostics), completion right after typing (10k only) and the server's peak memory.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateWorkspace } from './generate.mjs';
import { measureCompletion } from './lsp-completion.mjs';
import { emotionSpot, flip } from './lsp-edit-spots.mjs';
import { LspSession, fileUri } from './lsp-session.mjs';

/** The p-th quantile (0..1) of `xs`, nearest rank. */
export const quantile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];

/**
 * Measures one case { id, label, lines, editRuns, completionRuns (0: none) } in `dir`;
 * returns { ...case, lines, open, emotion: { runs, median, p95, cpu, diagnostics },
 * completion, memory: { rss, hwm } }.
 */
export async function measureSingleFile(ctx, c, dir) {
  const { seed, median, log, fmtMs, fmtMb } = ctx;
  const ws = generateWorkspace({ lines: c.lines, seed, dir, single: true });
  const file = ws.files[0];
  log(`lsp: generated ${c.id}: one file, ${ws.lines} lines`);
  const session = await LspSession.start({ ...ctx, root: dir, timeoutMs: 300_000 });
  try {
    const uri = fileUri(file);
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const t0 = performance.now();
    const opened = session.waitPublished(session.snapshot([uri]), 'diagnostics of the opened file');
    await session.open(uri, text);
    await opened;
    const open = performance.now() - t0;
    const s = emotionSpot(lines, Math.floor(lines.length / 2));
    const times = [];
    let cpu0;
    for (let i = 0; i <= c.editRuns; i++) {
      if (i === 1) cpu0 = session.cpuMs(); // after the warm-up
      const e0 = performance.now();
      const mine = session.waitPublished(session.snapshot([uri]), 'diagnostics of the edited file');
      await flip(session, uri, s);
      const e1 = await mine;
      if (i > 0) times.push(e1 - e0);
    }
    const cpu1 = session.cpuMs();
    const emotion = {
      runs: c.editRuns,
      median: median(times),
      p95: quantile(times, 0.95),
      cpu: cpu0 != null && cpu1 != null ? (cpu1 - cpu0) / c.editRuns : null,
      diagnostics: session.diagnosticsOf(uri)?.length ?? 0,
    };
    log(`lsp ${c.id}: emotion edit ${fmtMs(emotion.median)} (p95 ${fmtMs(emotion.p95)})`);
    const completion = c.completionRuns > 0 ? await measureCompletion(ctx, session, { uri, lines }, c.completionRuns, c.id) : null;
    const memory = session.memory();
    log(`lsp ${c.id}: RSS ${fmtMb(memory.rss)} (peak ${fmtMb(memory.hwm)})`);
    return { ...c, lines: ws.lines, open, emotion, completion, memory };
  } finally {
    await session.stop();
  }
}

/** Lines of the "One big file" subsection of RESULTS.md. */
export function singleFileMarkdown(rows, { fmtMs, fmtMb, fmtInt }) {
  const md = ['### One big file', ''];
  md.push('A generated map of one file (`generate.mjs`, `single: true`: the shared personas and channels, then journeys of about 250 lines), in the workspace folder and opened as the editor does; the edit is one touchpoint\'s emotion in the middle journey, the completion as below, typed at the file\'s first stage.', '');
  const compared = rows.some((r) => r.which === 'before');
  if (compared) md.push(`Before: \`${rows.find((r) => r.which === 'before').bundle}\` (\`CJM_BENCH_LSP_BEFORE\`); after: \`${rows.find((r) => r.which === 'after')?.bundle ?? 'n/a'}\`.`, '');
  md.push('| file | server | lines | open to diagnostics | edit runs | edit: median | edit: p95 | server CPU per edit | diagnostics | completion after `via ` (after typing) | completion at a new line (after typing) | RSS at the end | peak RSS |');
  md.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const c = (k) => (r.completion?.[k] ? fmtMs(r.completion[k].typed) : '-');
    md.push(
      `| ${r.label} | ${r.which ?? 'after'} | ${fmtInt(r.lines)} | ${fmtMs(r.open)} | ${r.emotion.runs} | ${fmtMs(r.emotion.median)} | ${fmtMs(r.emotion.p95)} | ${fmtMs(r.emotion.cpu)} | ${r.emotion.diagnostics} | ` +
        `${c('via')} | ${c('stage')} | ${fmtMb(r.memory.rss)} | ${fmtMb(r.memory.hwm)} |`,
    );
  }
  md.push('', 'Edit: from the `didChange` to the file\'s `publishDiagnostics`, after one uncounted warm-up. Peak RSS is `VmHWM` at the end of the session (after opening, the edits and the completions).', '');
  md.push(
    'What an edit still costs. An edit inside one top-level element re-parses that element alone and moves the nodes after it, their positions in place (`parser/reparse-element.ts`). ' +
      'When the element declares the same name as before and no other element refers into it, only it is linked and indexed again: the document builder keeps the document\'s links through Langium\'s reset and the linker decides after the parse ' +
      '(`workspace/document-builder.ts`, `references/kept-links.ts`; otherwise the whole document is unlinked and linked as before, and other maps that refer to it are re-linked as Langium does), ' +
      'and the reference index keeps each element\'s entries while its references point at the same nodes. Local symbols, each journey\'s context for its cached checks (`validation/journey-context.ts`) and the map\'s language are kept per element node as well. ' +
      'Completion lexes only the elements around the cursor (`lsp/completion/lexing-window.ts`), and a build lets it answer once the scopes are ready, before linking and validation go on. ' +
      'The workspace facts (which personas and channels are used) are kept per journey node with the links they came from, and the walks over every reference read Langium\'s link field rather than each reference\'s own getter, a slow call (`references/element-references.ts`). ' +
      'What is left grows with the whole file (CPU profile of the 100k-line file at load 8, per edit, of some 250 ms): applying the change to the text in `vscode-languageserver-textdocument` (30-50 ms: a copy of 3.6 million two-byte characters, bound by memory), ' +
      'the walk over every reference that checks no other element refers into the edited one (`references/kept-links.ts`, 20-40 ms), the same check of each element\'s entries in the reference index, each journey\'s context for its cached checks and the linking errors (10-30 ms each), and garbage collection. ' +
      'Completion after `via ` in the one 10k-line file: the typed text has a syntax error, and the journey is parsed once, as a file of its own so that the parser recovers as in the whole text (8-11 ms for a journey of 266 lines at load 7); ' +
      'the line typed moves the position of every later node of the file, and applying the change copies the whole text; the figure is wall time, so a loaded machine (load 7-10 in these runs) stretches these 20-odd ms of the server\'s CPU. ' +
      'After it, the explanation of the syntax error still lexes the whole text (`parser/explain-syntax-errors.ts`, counting braces and finding the token before the error), which a keystroke right after it may wait for.',
    '',
  );
  return md;
}
