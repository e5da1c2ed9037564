// The "Language server" section of RESULTS.md from what lsp.mjs measured.

import { singleFileMarkdown } from './lsp-single.mjs';

/** Lines of markdown; tools: fmtMs, fmtMb, fmtInt and today from run.mjs. */
export function lspMarkdown(result, { fmtMs, fmtMb, fmtInt, today }) {
  const md = ['## Language server', ''];
  md.push(
    `\`node packages/language/dist/server.mjs --stdio\` as its own process, spoken to over stdio with ` +
      `\`vscode-languageserver-protocol\` (\`CJM_TODAY=${today}\`). Each figure is the median of the stated runs; edits, completion and ` +
      '`cjm/diagram` have one uncounted warm-up run before them. Server CPU is user + system time of the server process (`/proc/PID/stat`), ' +
      'which other work on the machine inflates much less than wall time.',
    '',
  );
  md.push('### Start-up and memory', '');
  md.push('The generated workspace opened as the workspace folder: the server reads every file from disk and validates it.', '');
  md.push('| workspace | files | lines | runs | initialize | diagnostics of all files | server CPU | diagnostics | RSS after loading | peak RSS after loading | RSS after the edits | peak RSS after the edits |');
  md.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const w of result.workspaces) {
    md.push(
      `| ${w.label} | ${w.files.length} | ${fmtInt(w.lines)} | ${w.runs ?? 'n/a'} | ${fmtMs(w.initialize)} | ${fmtMs(w.all)} | ${fmtMs(w.cpu)} | ${w.diagnostics ?? 'n/a'} | ` +
        `${fmtMb(w.loaded?.rss)} | ${fmtMb(w.loaded?.hwm)} | ${fmtMb(w.afterEdits?.rss)} | ${fmtMb(w.afterEdits?.hwm)} |`,
    );
  }
  md.push('', 'Times from spawning the process; server CPU up to the diagnostics of all files. RSS is `VmRSS`, peak RSS `VmHWM` of `/proc/PID/status`, read in the last start-up run.', '');
  md.push('### Diagnostics after an edit (`didChange` -> `publishDiagnostics`)', '');
  md.push('| workspace | edit | runs | edited file | all files | server CPU per edit | diagnostics of the edited file |', '| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const w of result.workspaces) {
    for (const [e, label] of [[w.emotion, 'one touchpoint\'s emotion'], [w.name, 'the journey\'s name (top level)']]) {
      if (e) md.push(`| ${w.label} | ${label} | ${e.runs} | ${fmtMs(e.edited)} | ${e.all != null ? fmtMs(e.all) : '-'} | ${fmtMs(e.cpu)} | ${e.diagnostics} |`);
    }
  }
  md.push('', 'The edits go into a journey file in the middle of the workspace, opened as the editor does. Renaming the journey changes what the file declares, so the server validates every other file again after the edited one\'s diagnostics have gone out: "all files" is the time until all of them are published. Server CPU per edit: all the server used over the counted runs, divided by their number.', '');
  if (result.single?.length) md.push(...singleFileMarkdown(result.single, { fmtMs, fmtMb, fmtInt }));
  md.push('### Completion (10k-line workspace)', '');
  if (result.completion) {
    md.push('| position | runs | after typing | answer alone | items |', '| --- | ---: | ---: | ---: | ---: |');
    for (const [k, c] of Object.entries(result.completion)) md.push(`| ${c.label} | ${c.runs} | ${fmtMs(c.typed)} | ${fmtMs(c.alone)} | ${c.items} |`);
    md.push('', '"After typing": from the `didChange` that types the text (a touchpoint up to `via ` on a new line under a stage\'s header, or an empty line there) to the completion answer, requested right after it. "Answer alone": the same request once the document is validated.', '');
  } else md.push('n/a: not measured (see failed runs).', '');
  md.push('### `cjm/diagram`', '');
  if (result.diagrams?.unavailable || !result.diagrams) {
    md.push(`n/a: ${result.diagrams?.unavailable ?? 'not measured (see failed runs)'}.`, '');
  } else {
    md.push('| touchpoints | stages | lines | runs | after an edit | answer alone | SVG size |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of result.diagrams.rows) {
      md.push(`| ${fmtInt(r.n)} | ${r.stages} | ${fmtInt(r.lines)} | ${r.runs} | ${fmtMs(r.edited)} | ${fmtMs(r.alone)} | ${(r.svgBytes / 1024).toFixed(0)} KB |`);
    }
    const stale = result.diagrams.rows.filter((r) => r.changedSvg < r.runs);
    md.push(
      '',
      'A journey of `generate-journey.mjs` opened as an unsaved buffer (`untitled:`); "after an edit": from the `didChange` of one touchpoint\'s emotion to the answer of `cjm/diagram` requested right after it; "answer alone": the request again on the unchanged text, once its diagnostics are out. ' +
        'The 200-touchpoint figure follows the load on the machine (109 ms at load 1.7): run in turns with the server of main at 16a0458 (2026-12-08, load 7-9, seven sessions each), it took 324 ms against 378 ms after an edit, with 355 ms against 332 ms of server CPU per edit and two answers, so no regression; most of it is drawing the whole journey again ("answer alone").' +
        (stale.length ? ` The picture after the edit equalled the one before in ${stale.map((r) => `${r.runs - r.changedSvg} of ${r.runs} runs at ${r.n} touchpoints`).join(', ')}.` : ''),
      '',
    );
  }
  return md;
}
