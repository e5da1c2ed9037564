// Completion right after typing, as the language-server benchmarks measure it (lsp.mjs).

import { performance } from 'node:perf_hooks';

// What is typed, at the first stage of the open file: a touchpoint up to `via ` on a new line
// below the stage's header, or an empty line there (where the stage's keywords go).
export const COMPLETIONS = {
  via: { label: 'after `via ` in a touchpoint', insert: '    touchpoint BenchTp "Bench" via \n', at: (line) => ({ line: line + 1, character: 0 }) },
  stage: { label: 'at a new line in a stage', insert: '\n    ', at: (line, text) => ({ line, character: text.length }) },
};

/** The position after `text` inserted at `at`. */
function endOf(at, text) {
  const parts = text.split('\n');
  return { line: at.line + parts.length - 1, character: (parts.length === 1 ? at.character : 0) + parts.at(-1).length };
}

/**
 * Types each of COMPLETIONS at the first stage of the open file `uri` (its text `lines`),
 * asks for completion right after the change and once the document is validated, and
 * undoes it; `runs` counted runs after one warm-up. Returns { via, stage }, each
 * { label, runs, typed, alone, items } (medians in ms); `label` names the case in the log.
 */
export async function measureCompletion(ctx, session, { uri, lines }, runs, label) {
  const { rpc, median, log, fmtMs } = ctx;
  const stageLine = lines.findIndex((l) => /^\s+stage \S+ .*\{\s*$/.test(l));
  const completion = {};
  for (const [k, c] of Object.entries(COMPLETIONS)) {
    const at = c.at(stageLine, lines[stageLine]);
    const position = endOf(at, c.insert.replace(/\n$/, ''));
    const inserted = { start: at, end: at };
    const removed = { start: at, end: endOf(at, c.insert) };
    const typed = [];
    const alone = [];
    let items;
    for (let i = 0; i <= runs; i++) {
      const before = session.snapshot([uri]);
      const t0 = performance.now();
      await session.change(uri, inserted, c.insert);
      const answer = await session.request(rpc.CompletionRequest.type, { textDocument: { uri }, position });
      const t1 = performance.now();
      await session.waitPublished(before, 'diagnostics after typing');
      const t2 = performance.now();
      const again = await session.request(rpc.CompletionRequest.type, { textDocument: { uri }, position });
      const t3 = performance.now();
      items = (Array.isArray(answer) ? answer : answer?.items ?? []).length;
      if ((Array.isArray(again) ? again : again?.items ?? []).length !== items) throw new Error(`completion ${k}: the answers differ`);
      const reverted = session.snapshot([uri]);
      await session.change(uri, removed, '');
      await session.waitPublished(reverted, 'diagnostics after undoing');
      if (i === 0) continue; // warm-up
      typed.push(t1 - t0);
      alone.push(t3 - t2);
    }
    completion[k] = { label: c.label, runs, typed: median(typed), alone: median(alone), items };
    log(`lsp completion ${k} (${label}): ${fmtMs(completion[k].typed)} after typing, ${fmtMs(completion[k].alone)} alone, ${items} items`);
  }
  return completion;
}

