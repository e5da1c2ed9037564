// Language-server benchmarks, called by run.mjs: the bundled server
// (`node packages/language/dist/server.mjs --stdio`) as its own process, spoken to over
// stdio as an editor does (lsp-session.mjs). Start-up on generated workspaces, diagnostics
// after an edit, completion, the `cjm/diagram` request and the server's memory. See README.md.

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateWorkspace } from './generate.mjs';
import { generateJourney } from './generate-journey.mjs';
import { lspMarkdown } from './lsp-report.mjs';
import { LspSession, fileUri, loadProtocol } from './lsp-session.mjs';
import { COMPLETIONS, measureCompletion } from './lsp-completion.mjs';
import { emotionSpot, flip, journeySpot } from './lsp-edit-spots.mjs';
import { measureSingleFile } from './lsp-single.mjs';

export const LSP_AIMS = {
  editMs: 100, // didChange -> the edited file's diagnostics, 10k-line workspace
  completionMs: 50, // didChange -> completion answer, 10k-line workspace
  diagram200Ms: 150, // didChange -> cjm/diagram answer, 200 touchpoints
  singleEdit10kMs: 50, // didChange -> diagnostics, one file of 10k lines
  singleEdit100kMs: 300, // the same, one file of 100k lines
  singlePeakBytes: 1024 ** 3, // VmHWM, one file of 100k lines
};

// The one-file cases (lsp-single.mjs); completion is measured on the smaller one only.
const SINGLE = [
  { id: 'single-10k', label: '10k lines, one file', lines: 10_000, editRuns: 20, completionRuns: 10 },
  { id: 'single-100k', label: '100k lines, one file', lines: 100_000, editRuns: 10, completionRuns: 0 },
];

// Runs of each figure (the median is reported); edits, completion and diagram runs follow one warm-up.
const RUNS = { startup: 3, edit: 10, nameEdit10k: 5, nameEdit100k: 3, completion: 10, diagram: 10 };

/**
 * tools: { root, work, seed, today, median, log, fmtMs, fmtMb, fmtInt } from run.mjs.
 * Returns { aims, markdown, failures } (markdown: the lines of the "Language server"
 * section of RESULTS.md; failures: runs that broke, for run.mjs's exit code).
 */
export async function runLspBench(tools) {
  const { root, work, seed, log } = tools;
  const server = path.join(root, 'packages/language/dist/server.mjs');
  const failures = [];
  const result = { workspaces: [], completion: null, diagrams: null, single: [] };
  if (!fs.existsSync(server)) {
    failures.push(`${path.relative(root, server)} not found; run \`npm run bundle-server -w packages/language\``);
  } else {
    const ctx = { ...tools, rpc: loadProtocol(root), server, env: { CJM_TODAY: tools.today } };
    const dir = path.join(work, 'lsp');
    for (const [id, label, lines, files, nameRuns] of [
      ['ws-10k', '10k lines, 40 files', 10_000, 40, RUNS.nameEdit10k],
      ['ws-100k', '100k lines, 400 files', 100_000, 400, RUNS.nameEdit100k],
    ]) {
      const ws = { id, label, ...generateWorkspace({ lines, files, seed, dir: path.join(dir, id) }) };
      log(`lsp: generated ${id}: ${ws.files.length} files, ${ws.lines} lines`);
      result.workspaces.push(ws);
      await attempt(failures, `language server on ${id}`, () => measureWorkspace(ctx, ws, nameRuns, id === 'ws-10k' ? async (s, f) => {
        result.completion = await measureCompletion(ctx, s, f, RUNS.completion, id);
      } : null));
    }
    // CJM_BENCH_LSP_BEFORE may name another build of the server (dist/server.mjs of main
    // before a change): the one-file cases then run on it too, as the "before" rows.
    const before = process.env.CJM_BENCH_LSP_BEFORE ? path.resolve(process.env.CJM_BENCH_LSP_BEFORE) : undefined;
    for (const [which, bundle] of [...(before ? [['before', before]] : []), ['after', server]]) {
      for (const c of SINGLE) {
        await attempt(failures, `language server (${which}) on ${c.id}`, async () =>
          result.single.push({ ...(await measureSingleFile({ ...ctx, server: bundle }, c, path.join(dir, c.id))), which, bundle: path.relative(root, bundle) }),
        );
      }
    }
    await attempt(failures, 'language server, cjm/diagram', () => measureDiagrams(ctx, path.join(dir, 'diagram'), result));
  }
  const ws10 = result.workspaces.find((w) => w.id === 'ws-10k');
  const d200 = result.diagrams?.rows?.find((r) => r.n === 200);
  const { fmtMs } = tools;
  const aim = (text, ms, limit, why) => ({ aim: text, value: ms != null ? fmtMs(ms) : `n/a${why ? ` (${why})` : ''}`, pass: ms == null && why ? null : ms != null && ms < limit });
  const aims = [
    aim(`language server: an emotion edit's diagnostics (edited file) < ${LSP_AIMS.editMs} ms on 10k lines`, ws10?.emotion?.edited, LSP_AIMS.editMs),
    aim(`language server: a top-level rename's diagnostics (edited file) < ${LSP_AIMS.editMs} ms on 10k lines`, ws10?.name?.edited, LSP_AIMS.editMs),
    ...['via', 'stage'].map((k) =>
      aim(`language server: completion ${COMPLETIONS[k].label} < ${LSP_AIMS.completionMs} ms after typing, 10k lines`, result.completion?.[k]?.typed, LSP_AIMS.completionMs),
    ),
    ...singleFileAims(result.single, aim, tools),
    aim(`language server: \`cjm/diagram\` of 200 touchpoints < ${LSP_AIMS.diagram200Ms} ms after an edit`, d200?.edited, LSP_AIMS.diagram200Ms, result.diagrams?.unavailable),
  ];
  return { aims, markdown: lspMarkdown(result, tools), failures };
}

/** The aims of the one-file cases: an edit's diagnostics, completion, peak memory. */
function singleFileAims(rows, aim, { fmtMb }) {
  const s10 = rows.find((r) => r.id === 'single-10k' && r.which === 'after');
  const s100 = rows.find((r) => r.id === 'single-100k' && r.which === 'after');
  const hwm = s100?.memory?.hwm;
  return [
    aim(`language server: an emotion edit's diagnostics < ${LSP_AIMS.singleEdit10kMs} ms in one file of 10k lines`, s10?.emotion?.median, LSP_AIMS.singleEdit10kMs),
    aim(`language server: an emotion edit's diagnostics < ${LSP_AIMS.singleEdit100kMs} ms in one file of 100k lines`, s100?.emotion?.median, LSP_AIMS.singleEdit100kMs),
    ...['via', 'stage'].map((k) =>
      aim(`language server: completion ${COMPLETIONS[k].label} < ${LSP_AIMS.completionMs} ms after typing, one file of 10k lines`, s10?.completion?.[k]?.typed, LSP_AIMS.completionMs),
    ),
    { aim: `language server: peak memory < ${fmtMb(LSP_AIMS.singlePeakBytes)} on one file of 100k lines`, value: fmtMb(hwm), pass: hwm != null && hwm < LSP_AIMS.singlePeakBytes },
  ];
}

async function attempt(failures, what, fn) {
  try {
    await fn();
  } catch (e) {
    failures.push(`${what}: ${e?.message ?? e}`);
  }
}

// ------------------------------------------------------------------ workspaces
async function measureWorkspace(ctx, ws, nameRuns, more) {
  const { median, log, fmtMs, fmtMb } = ctx;
  const uris = ws.files.map(fileUri);
  const startups = [];
  for (let i = 0; i < RUNS.startup; i++) {
    const session = await LspSession.start({ ...ctx, root: ws.dir, timeoutMs: 180_000 });
    try {
      const allAt = await session.waitPublished(session.snapshot(uris), `first diagnostics of all ${uris.length} files`);
      startups.push({ initialize: session.initializeMs, all: allAt - session.startedAt, cpu: session.cpuMs(), memory: session.memory() });
      ws.diagnostics = uris.reduce((n, u) => n + (session.diagnosticsOf(u)?.length ?? 0), 0);
      if (i === RUNS.startup - 1) await measureEdits(ctx, session, ws, uris, nameRuns, more);
    } finally {
      await session.stop();
    }
  }
  ws.runs = startups.length;
  ws.initialize = median(startups.map((s) => s.initialize));
  ws.all = median(startups.map((s) => s.all));
  ws.cpu = startups.every((s) => s.cpu != null) ? median(startups.map((s) => s.cpu)) : null;
  ws.loaded = startups.at(-1).memory;
  log(`lsp ${ws.id}: start-up ${fmtMs(ws.all)} to all diagnostics, RSS ${fmtMb(ws.loaded.rss)} (peak ${fmtMb(ws.loaded.hwm)})`);
}

async function measureEdits(ctx, session, ws, uris, nameRuns, more) {
  const { median, log, fmtMs, fmtMb } = ctx;
  // A journey file in the middle of the workspace, opened as the editor does.
  const file = ws.files[Math.floor(ws.files.length / 2)];
  const uri = fileUri(file);
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const opened = session.waitPublished(session.snapshot([uri]), 'diagnostics of the opened file');
  await session.open(uri, text);
  await opened;

  const edit = async (s, runs, waitAll) => {
    const edited = [];
    const all = [];
    let cpu0;
    for (let i = 0; i <= runs; i++) {
      if (i === 1) cpu0 = session.cpuMs(); // after the warm-up
      const t0 = performance.now();
      const mine = session.waitPublished(session.snapshot([uri]), 'diagnostics of the edited file');
      const every = waitAll ? session.waitPublished(session.snapshot(uris), 'diagnostics of every file') : null;
      await flip(session, uri, s);
      const t1 = await mine;
      const t2 = waitAll ? await every : null;
      if (i === 0) continue; // warm-up
      edited.push(t1 - t0);
      if (waitAll) all.push(t2 - t0);
    }
    const cpu1 = session.cpuMs();
    const cpu = cpu0 != null && cpu1 != null ? (cpu1 - cpu0) / runs : null;
    return { runs, edited: median(edited), all: waitAll ? median(all) : null, cpu, diagnostics: session.diagnosticsOf(uri)?.length ?? 0 };
  };
  ws.emotion = await edit(emotionSpot(lines), RUNS.edit, false);
  log(`lsp ${ws.id}: emotion edit ${fmtMs(ws.emotion.edited)}`);
  ws.name = await edit(journeySpot(lines), nameRuns, true);
  log(`lsp ${ws.id}: journey rename ${fmtMs(ws.name.edited)} edited file, ${fmtMs(ws.name.all)} all files`);
  if (more) await more(session, { uri, lines });
  ws.afterEdits = session.memory();
  log(`lsp ${ws.id}: after the edits RSS ${fmtMb(ws.afterEdits.rss)} (peak ${fmtMb(ws.afterEdits.hwm)})`);
}

// ------------------------------------------------------------------ diagram
async function measureDiagrams(ctx, dir, result) {
  const { seed, median, log, fmtMs } = ctx;
  const session = await LspSession.start({ ...ctx });
  result.diagrams = { rows: [] };
  try {
    for (const n of [20, 200]) {
      const g = generateJourney({ touchpoints: n, seed, file: path.join(dir, `journey-${n}.cjm`) });
      const text = fs.readFileSync(g.file, 'utf8');
      const uri = `untitled:Untitled-${n}`; // an unsaved buffer: the server knows only its text
      const opened = session.waitPublished(session.snapshot([uri]), 'diagnostics of the opened journey');
      await session.open(uri, text);
      await opened;
      const ask = () => session.request('cjm/diagram', { uri, theme: 'light' });
      let answer;
      try {
        answer = await ask();
      } catch (e) {
        result.diagrams.unavailable = `\`cjm/diagram\` is not answered: ${e?.message ?? e}`;
        break;
      }
      if (answer?.kind !== 'diagram') {
        result.diagrams.unavailable = `\`cjm/diagram\` answered ${answer?.kind ? `kind \`${answer.kind}\`` : JSON.stringify(answer)?.slice(0, 80)}`;
        break;
      }
      const s = emotionSpot(text.split('\n'));
      const edited = [];
      const alone = [];
      let changedSvg = 0;
      for (let i = 0; i <= RUNS.diagram; i++) {
        const validated = session.waitPublished(session.snapshot([uri]), 'diagnostics of the edited journey');
        const t0 = performance.now();
        await flip(session, uri, s);
        const after = await ask();
        const t1 = performance.now();
        await validated; // the answer alone, with nothing else left to do
        const t2 = performance.now();
        const again = await ask();
        const t3 = performance.now();
        if (i > 0) {
          // i = 0 is the warm-up
          edited.push(t1 - t0);
          alone.push(t3 - t2);
          if (after.svg !== answer.svg) changedSvg++;
        }
        answer = again;
      }
      const row = { n, lines: g.lines, stages: g.stages, runs: RUNS.diagram, edited: median(edited), alone: median(alone), svgBytes: Buffer.byteLength(answer.svg), changedSvg };
      result.diagrams.rows.push(row);
      log(`lsp cjm/diagram ${n}: ${fmtMs(row.edited)} after an edit, ${fmtMs(row.alone)} alone`);
    }
  } finally {
    await session.stop();
  }
  if (result.diagrams.unavailable) log(`lsp cjm/diagram: n/a, ${result.diagrams.unavailable}`);
}
