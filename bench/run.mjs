// Benchmarks for the cjm CLI and language services. Node 20+, no dependencies beyond the
// workspace's own packages. Run with `npm run bench` (builds first) or `node bench/run.mjs`.
//
// 1. Generates synthetic workspaces into bench/.work/ (gitignored).
// 2. Times the bundled CLI as a whole process (`cjm lint DIR --format json`), median of 3,
//    and measures its peak resident memory.
// 3. Times `cjm --version` (median of 10) and linting one example (median of 5).
// 4. Times parse / link / validate in process through createCjmServices (if built).
// 5. Times `cjm render` of one generated journey (20, 200, 2,000 touchpoints) to SVG and
//    PNG, and its phases in process (render.mjs).
// 6. Times the language server over stdio: start-up, diagnostics after edits, completion,
//    `cjm/diagram`, and its memory (lsp.mjs).
// 7. Times the preview in a real VS Code (code-server, when installed): keystroke to redrawn
//    preview for 20 and 200 touchpoints (vscode.mjs).
// 8. Measures the extension's browser entry: its bundles' sizes and, in code-server's web
//    worker extension host, the time from activation to the first diagnostics (browser.mjs).
// 9. Times `cjm lint` and `cjm render` of one stage of 50,000 and 200,000 touchpoints, and
//    their peak memory (one-stage.mjs).
// 10. Builds `cjm site` of 100 journeys of 200 touchpoints, and rebuilds it after a save (site.mjs).
// 11. Checks the aims and writes bench/RESULTS.md.
//
// An aim that cannot be measured yet for a known reason (a request the server does not
// answer) shows n/a and counts neither as met nor as missed.
//
// `--only PART,...` runs some of the parts (lint, render, quality, lsp, vscode, browser, stage, cost, site); RESULTS.md
// keeps the other parts' sections and aims from the run before (results-merge.mjs).
//
// Exit code: 0 when every aim is met, 1 when an aim is missed, 2 when a run failed.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateWorkspace } from './generate.mjs';
import { runQualityBench } from './layout-quality.mjs';
import { runLspBench } from './lsp.mjs';
import { runOneStageBench } from './one-stage.mjs';
import { runRenderBench } from './render.mjs';
import { runCostBench } from './cost.mjs';
import { PARTS, partsToRun, previousResults, whenRan } from './results-merge.mjs';
import { runVscodeBench } from './vscode.mjs';
import { runBrowserBench } from './browser.mjs';
import { runSiteBench } from './site.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(benchDir, '..');
const work = path.join(benchDir, '.work');
// CJM_BENCH_CLI may point at another build of the CLI (for comparisons).
const cli = process.env.CJM_BENCH_CLI ? path.resolve(process.env.CJM_BENCH_CLI) : path.join(root, 'packages/cli/dist/cjm.js');
const languageModule = path.join(root, 'packages/language/out/cjm-module.js');
const example = 'examples/b2b-saas-purchase.cjm';
const TODAY = '2026-11-23';
const SEED = 1;

const AIMS = {
  linesPerSecond: 30_000, // on the 100k-line many-file workspace
  peakRssBytes: 1024 ** 3, // 1 GB, every lint run
  scaling: 12, // 10x the input may take at most 12x the time
  versionMs: 150,
  exampleMs: 300,
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (ms) => (ms == null ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtInt = (n) => (n == null ? 'n/a' : Math.round(n).toLocaleString('en-US'));
const fmtMb = (b) => (b == null ? 'n/a' : `${(b / 1024 ** 2).toFixed(0)} MB`);
const log = (...a) => console.error(...a);
const parts = partsToRun(process.argv.slice(2));
const want = (part) => parts.includes(part);
const resultsFile = path.join(benchDir, 'RESULTS.md');
const previous = previousResults(fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8') : '', Object.keys(PARTS).filter((part) => !want(part)));

if (!fs.existsSync(cli)) {
  log(`bench: ${path.relative(root, cli)} not found; run \`npm run build\` first (or \`npm run bench\`).`);
  process.exit(2);
}

// ---------------------------------------------------------------- inputs
const loadAtStart = os.loadavg()[0];
// On a virtual machine the host may take CPU time away ("steal"): every figure slows with it.
const cpuTimes = () => {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
};
const cpuAtStart = fs.existsSync('/proc/stat') ? cpuTimes() : undefined;
const stolenShare = () => {
  if (!cpuAtStart) return 'n/a';
  const now = cpuTimes();
  return `${((100 * (now.steal - cpuAtStart.steal)) / Math.max(1, now.total - cpuAtStart.total)).toFixed(0)}%`;
};
fs.mkdirSync(work, { recursive: true });
const cases = !want('lint') ? [] : [
  { id: 'ws-1k', label: '1k lines, many files', lines: 1_000 },
  { id: 'ws-10k', label: '10k lines, many files', lines: 10_000 },
  { id: 'ws-100k', label: '100k lines, many files', lines: 100_000 },
  { id: 'single-100k', label: '100k lines, one file', lines: 100_000, single: true },
  // Many top-level declarations in one file: the shape that made scope look-ups quadratic.
  { id: 'single-100k-small', label: '100k lines, one file of 60-line journeys', lines: 100_000, single: true, journeyLines: 60 },
];
for (const c of cases) {
  c.dir = path.join(work, c.id);
  const res = generateWorkspace({ lines: c.lines, seed: SEED, dir: c.dir, single: !!c.single, journeyLines: c.journeyLines });
  c.files = res.files;
  c.actualLines = res.lines;
  log(`generated ${c.id}: ${res.files.length} file(s), ${res.lines} lines`);
}

// ---------------------------------------------------------------- process runs
const timeBin = ['/usr/bin/time', '/bin/time'].find(
  (p) => fs.existsSync(p) && spawnSync(p, ['-v', 'true'], { stdio: 'ignore' }).status === 0,
);
const rssHook = path.join(work, 'rss-hook.mjs');
fs.writeFileSync(
  rssHook,
  `import fs from 'node:fs';\n` +
    `process.on('exit', () => {\n` +
    `  try { fs.writeFileSync(process.env.CJM_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)); } catch {}\n` +
    `});\n`,
);
const rssMethod = timeBin ? `${timeBin} -v` : 'process.resourceUsage() in an --import hook';

const failures = [];

/** Runs the CLI once; returns { ms, status, stdout, stderr }. */
function runCli(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  return { ms, status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** Runs the CLI once more under a memory probe; returns peak RSS in bytes. */
function peakRss(args) {
  if (timeBin) {
    const r = spawnSync(timeBin, ['-v', process.execPath, cli, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1024 ** 3,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(r.stderr ?? '');
    if (m) return Number(m[1]) * 1024;
  }
  const file = path.join(work, `rss-${process.pid}.txt`);
  fs.rmSync(file, { force: true });
  spawnSync(process.execPath, ['--import', pathToFileURL(rssHook).href, cli, ...args], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1', CJM_BENCH_RSS_FILE: file },
  });
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : null;
}

function checkStatus(what, r, okCodes = [0, 1]) {
  if (okCodes.includes(r.status)) return true;
  const why = r.error ? r.error.message : r.signal ? `signal ${r.signal}` : `exit ${r.status}`;
  failures.push(`${what}: ${why}${r.stderr ? `: ${r.stderr.trim().split('\n').slice(0, 3).join(' / ')}` : ''}`);
  return false;
}

function countDiagnostics(stdout) {
  try {
    const entries = JSON.parse(stdout);
    const out = { files: entries.length, error: 0, warning: 0, info: 0 };
    for (const e of entries) for (const d of e.diagnostics ?? []) out[d.severity] = (out[d.severity] ?? 0) + 1;
    return out;
  } catch {
    return null;
  }
}

for (const c of cases) {
  const rel = path.relative(root, c.dir);
  const args = ['lint', rel, '--today', TODAY, '--format', 'json'];
  const times = [];
  let ok = true;
  for (let i = 0; i < 3; i++) {
    const r = runCli(args);
    if (!checkStatus(`cjm lint ${rel}`, r)) {
      ok = false;
      break;
    }
    if (i === 0) c.diagnostics = countDiagnostics(r.stdout);
    times.push(r.ms);
  }
  if (!ok) continue;
  c.ms = median(times);
  c.linesPerSecond = c.actualLines / (c.ms / 1000);
  c.rss = peakRss(args);
  log(`lint ${c.id}: ${fmtMs(c.ms)} (${fmtInt(c.linesPerSecond)} lines/s), peak ${fmtMb(c.rss)}`);
}

const version = { times: [] };
for (let i = 0; i < (want('lint') ? 10 : 0); i++) {
  const r = runCli(['--version']);
  if (!checkStatus('cjm --version', r, [0])) break;
  version.output = r.stdout.trim();
  version.times.push(r.ms);
}
version.ms = version.times.length === 10 ? median(version.times) : null;
version.output ??= runCli(['--version']).stdout.trim(); // for the Machine section when lint did not run
log(`--version: ${fmtMs(version.ms)}`);

const exampleRun = { times: [] };
for (let i = 0; i < (want('lint') ? 5 : 0); i++) {
  const r = runCli(['lint', example, '--today', TODAY]);
  if (!checkStatus(`cjm lint ${example}`, r)) break;
  exampleRun.status = r.status;
  exampleRun.times.push(r.ms);
}
exampleRun.ms = exampleRun.times.length === 5 ? median(exampleRun.times) : null;
log(`lint ${example}: ${fmtMs(exampleRun.ms)}`);

// ---------------------------------------------------------------- in-process phases
const inProcess = { available: false, reason: '', rows: [] };
try {
  if (!want('lint')) throw new Error('lint not run (--only)');
  if (!fs.existsSync(languageModule)) throw new Error(`${path.relative(root, languageModule)} not built`);
  const { createCjmServices } = await import(pathToFileURL(languageModule).href);
  const { NodeFileSystem } = await import('langium/node');
  const { URI, DocumentState } = await import('langium');
  if (typeof createCjmServices !== 'function') throw new Error('cjm-module.js does not export createCjmServices');

  const measure = async (c) => {
    const services = createCjmServices({ ...NodeFileSystem });
    const shared = services.shared;
    const documents = shared.workspace.LangiumDocuments;
    const factory = shared.workspace.LangiumDocumentFactory;
    const builder = shared.workspace.DocumentBuilder;
    const texts = c.files.map((f) => [f, fs.readFileSync(f, 'utf8')]);
    const stamp = {};
    const subs = [DocumentState.Parsed, DocumentState.Linked, DocumentState.Validated].map((s) =>
      builder.onBuildPhase(s, () => {
        stamp[s] = performance.now();
      }),
    );
    const t0 = performance.now();
    const docs = texts.map(([f, text]) => factory.fromString(text, URI.file(f))); // parses
    const tParsed = performance.now();
    for (const d of docs) documents.addDocument(d);
    const tBuild = performance.now();
    await builder.build(docs, { validation: true });
    const tEnd = performance.now();
    subs.forEach((s) => s.dispose());
    const parsedAt = stamp[DocumentState.Parsed] ?? tBuild;
    const linkedAt = stamp[DocumentState.Linked] ?? tEnd;
    const validatedAt = stamp[DocumentState.Validated] ?? tEnd;
    const diagnostics = docs.reduce((n, d) => n + (d.diagnostics?.length ?? 0), 0);
    const parseErrors = docs.reduce((n, d) => n + d.parseResult.lexerErrors.length + d.parseResult.parserErrors.length, 0);
    return {
      parse: tParsed - t0 + (parsedAt - tBuild),
      link: linkedAt - parsedAt,
      validate: validatedAt - linkedAt,
      total: tEnd - t0,
      diagnostics,
      parseErrors,
    };
  };

  for (const c of cases) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await measure(c));
    const row = { id: c.id, label: c.label, lines: c.actualLines };
    for (const k of ['parse', 'link', 'validate', 'total']) row[k] = median(runs.map((r) => r[k]));
    row.linesPerSecond = c.actualLines / (row.total / 1000);
    row.diagnostics = runs[0].diagnostics;
    row.parseErrors = runs[0].parseErrors;
    inProcess.rows.push(row);
    log(`in-process ${c.id}: parse ${fmtMs(row.parse)}, link ${fmtMs(row.link)}, validate ${fmtMs(row.validate)}`);
  }
  inProcess.available = true;
} catch (e) {
  inProcess.reason = e?.message ?? String(e);
  log(`in-process timings skipped: ${inProcess.reason}`);
}

// ---------------------------------------------------------------- render
const skipped = { aims: [], markdown: [], failures: [] };
const render = !want('render') ? skipped : await runRenderBench({
  root, work, seed: SEED, today: TODAY, median, runCli, peakRss, checkStatus, log, fmtMs, fmtMb, fmtInt,
});

// ---------------------------------------------------------------- layout quality
const quality = !want('quality') ? skipped : runQualityBench({ root, work, seed: SEED, log, cli });
failures.push(...quality.failures);

// ---------------------------------------------------------------- language server
const lsp = !want('lsp') ? skipped : await runLspBench({ root, work, seed: SEED, today: TODAY, median, log, fmtMs, fmtMb, fmtInt });
failures.push(...lsp.failures);

// ---------------------------------------------------------------- VS Code
const vscode = !want('vscode') ? skipped : await runVscodeBench({ root, work, seed: SEED, median, log, fmtMs, fmtInt });
failures.push(...vscode.failures);

// ---------------------------------------------------------------- the extension in a browser
const browser = !want('browser') ? skipped : await runBrowserBench({ root, work, log, fmtMs, fmtInt });
failures.push(...browser.failures);

// ---------------------------------------------------------------- one huge stage
const oneStage = !want('stage') ? skipped : await runOneStageBench({ root, work, today: TODAY, runCli, peakRss, checkStatus, log, fmtMs, fmtMb, fmtInt });

// ---------------------------------------------------------------- before and after
const cost = !want('cost') ? skipped : await runCostBench({ root, work, seed: SEED, today: TODAY, log, fmtMs, fmtMb, cli });
failures.push(...cost.failures);

// ---------------------------------------------------------------- the site of 100 journeys
const site = !want('site') ? skipped : await runSiteBench({ log });
failures.push(...site.failures);

// ---------------------------------------------------------------- aims
const byId = Object.fromEntries(cases.map((c) => [c.id, c]));
const ws10 = byId['ws-10k'];
const ws100 = byId['ws-100k'];
const rssAll = cases.map((c) => c.rss).filter((x) => x != null);
const maxRss = rssAll.length === cases.length ? Math.max(...rssAll) : null;
// Time ratio normalised to exactly 10x input (the generator's line counts are close to, not exactly, 10x).
const scaling =
  ws10?.ms && ws100?.ms ? (ws100.ms / ws10.ms) * (10 / (ws100.actualLines / ws10.actualLines)) : null;
const ws1 = byId['ws-1k'];
const scalingSmall = ws1?.ms && ws10?.ms ? (ws10.ms / ws1.ms) * (10 / (ws10.actualLines / ws1.actualLines)) : null;

const lintAims = !want('lint') ? [] : [
  {
    aim: `lint throughput on the 100k-line workspace >= ${fmtInt(AIMS.linesPerSecond)} lines/s`,
    value: ws100?.linesPerSecond != null ? `${fmtInt(ws100.linesPerSecond)} lines/s` : 'n/a',
    pass: ws100?.linesPerSecond != null && ws100.linesPerSecond >= AIMS.linesPerSecond,
  },
  {
    aim: 'peak memory of every lint run < 1 GB',
    value: fmtMb(maxRss),
    pass: maxRss != null && maxRss < AIMS.peakRssBytes,
  },
  {
    aim: `10x input takes at most ${AIMS.scaling}x time (10k -> 100k lines, many files)`,
    value: scaling != null ? `${scaling.toFixed(1)}x` : 'n/a',
    pass: scaling != null && scaling <= AIMS.scaling,
  },
  {
    aim: `\`cjm --version\` < ${AIMS.versionMs} ms`,
    value: fmtMs(version.ms),
    pass: version.ms != null && version.ms < AIMS.versionMs,
  },
  {
    aim: `\`cjm lint ${example}\` < ${AIMS.exampleMs} ms`,
    value: fmtMs(exampleRun.ms),
    pass: exampleRun.ms != null && exampleRun.ms < AIMS.exampleMs,
  },
];
const aims = [
  ...lintAims.map((a) => ({ ...a, part: 'lint' })),
  ...render.aims.map((a) => ({ ...a, part: 'render' })),
  ...cost.aims.map((a) => ({ ...a, part: 'cost' })),
  ...quality.aims.map((a) => ({ ...a, part: 'quality' })),
  ...lsp.aims.map((a) => ({ ...a, part: 'lsp' })),
  ...vscode.aims.map((a) => ({ ...a, part: 'vscode' })),
  ...browser.aims.map((a) => ({ ...a, part: 'browser' })),
  ...site.aims.map((a) => ({ ...a, part: 'site' })),
];

// ---------------------------------------------------------------- report
const cpus = os.cpus();
const machine = [
  `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores`,
  `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
  `- OS: ${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
  `- Node: ${process.version}`,
  `- Load average (1 min) at the start and the end of the run: ${loadAtStart.toFixed(2)}, ${os.loadavg()[0].toFixed(2)} (other work on the machine slows every figure)`,
  `- CPU time taken by the virtual machine's host during the run (steal): ${stolenShare()}`,
  `- Peak memory measured with: ${rssMethod}`,
  `- CLI: \`${path.relative(root, cli) || cli}\` (\`--version\`: ${version.output ? `\`${version.output.split('\n')[0]}\`` : 'n/a'})`,
];
const diagText = (d) => (d ? `${d.error} errors, ${d.warning} warnings` : 'n/a');
const md = [];
const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
md.push('# Benchmark results', '');
md.push(`Written by \`bench/run.mjs\` on ${now}. Do not edit by hand;`);
md.push('see [README.md](README.md) for what each figure means.', '');
md.push('## Machine', '', ...machine);
const thisRun = `${now} (load ${loadAtStart.toFixed(2)} to ${os.loadavg()[0].toFixed(2)})`;
md.push(whenRan(Object.fromEntries(Object.keys(PARTS).map((part) => [part, want(part) ? thisRun : previous.dates[part]]))));
if (parts.length < Object.keys(PARTS).length) {
  md.push(`- This run (\`--only ${parts.join(',')}\`) measured ${parts.join(', ')}; the other parts' sections and aims are kept from their own runs, on another machine state (compare figures only within one run). The machine's load above is this run's.`);
}
md.push('');
md.push('## Aims', '', '| part | aim | measured | result |', '| --- | --- | --- | --- |');
const verdict = (a) => (a.pass == null ? 'n/a' : a.pass ? 'pass' : '**FAIL**');
const aimRows = [...aims.map((a) => [a.part, a.aim, a.value, verdict(a)]), ...previous.aims];
for (const part of Object.keys(PARTS)) for (const row of aimRows.filter(([p]) => p === part)) md.push(`| ${row.join(' | ')} |`);
md.push('');
if (want('lint')) {
  md.push(`## \`cjm lint DIR --today ${TODAY} --format json\` (whole process)`, '');
  md.push('Median wall time of 3 runs; peak RSS from one more run.', '');
  md.push('| input | files | lines | wall time | lines/s | peak RSS | diagnostics |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const c of cases) {
    md.push(
      `| ${c.label} | ${c.files.length} | ${fmtInt(c.actualLines)} | ${fmtMs(c.ms)} | ${fmtInt(c.linesPerSecond)} | ${fmtMb(c.rss)} | ${diagText(c.diagnostics)} |`,
    );
  }
  md.push('');
  md.push(
    `Scaling: 1k -> 10k lines ${scalingSmall != null ? `${scalingSmall.toFixed(1)}x` : 'n/a'} time, ` +
      `10k -> 100k lines ${scaling != null ? `${scaling.toFixed(1)}x` : 'n/a'} time (normalised to exactly 10x input).`,
    '',
  );
  md.push('## Start-up', '', '| command | runs | median wall time |', '| --- | ---: | ---: |');
  md.push(`| \`cjm --version\` | 10 | ${fmtMs(version.ms)} |`);
  md.push(`| \`cjm lint ${example} --today ${TODAY}\` | 5 | ${fmtMs(exampleRun.ms)} |`);
  md.push('');
  md.push(
    'What limits start-up (CPU profiles, 2026-12-08): `node -e 0` alone takes 90-110 ms on this machine, and `--version` is answered by a 0.4 KB entry ' +
    'that imports nothing. Linting one map then loads a 1.6 MB chunk (whitespace and comments left out, all ASCII; compiling it is the largest part, ' +
    'and Node 20 has no compile cache for ES modules: `module.enableCompileCache` came in Node 22; a V8 code cache of a CommonJS bundle, tried, ' +
    'saved nothing measurable, since it also evaluated every command), builds the Chevrotain parser (about 60 ms: Langium\'s ALL(*) lookahead and the lexer\'s analysis), ' +
    'and collects garbage (80-130 ms of young-generation scavenges; a larger young generation needs a V8 flag at start, not portable from a script); ' +
    'parsing, linking and checking the maps of the example\'s workspace is the rest. Cut on 2026-12-08: the font tables built at load (35-100 ms), ' +
    'the site style\'s theme walk (about 30 ms of samples), vscode-languageserver and its protocol evaluated at load (half of the evaluation), picomatch ' +
    'loaded from disk by fdir, Ajv and the config schema compiled at run time (now code written at build time). The lint still evaluates every ' +
    'LSP provider, the diagram and the site: cjm-module.ts builds the headless services from the same module as the server\'s, and its ' +
    'custom requests import the renderers.',
    '',
  );
  md.push('## In process (language services, no CLI)', '');
  if (inProcess.available) {
    md.push('Median of 3 builds, each with fresh services: `parse` = `LangiumDocumentFactory.fromString` for every');
    md.push('file, `link` = indexing, scoping and linking up to `DocumentState.Linked`, `validate` = up to');
    md.push('`DocumentState.Validated`.', '');
    md.push('| input | lines | parse | link | validate | total | lines/s | diagnostics |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of inProcess.rows) {
      md.push(
        `| ${r.label} | ${fmtInt(r.lines)} | ${fmtMs(r.parse)} | ${fmtMs(r.link)} | ${fmtMs(r.validate)} | ${fmtMs(r.total)} | ${fmtInt(r.linesPerSecond)} | ${r.diagnostics}${r.parseErrors ? ` (${r.parseErrors} syntax)` : ''} |`,
      );
    }
  } else {
    md.push(`Skipped: ${inProcess.reason}.`);
  }
  md.push('');
} else {
  md.push(...previous.sections.lint);
}
md.push(...(want('render') ? render.markdown : previous.sections.render));
md.push(...(want('quality') ? quality.markdown : previous.sections.quality));
md.push(...(want('lsp') ? lsp.markdown : previous.sections.lsp));
md.push(...(want('vscode') ? vscode.markdown : previous.sections.vscode));
md.push(...(want('browser') ? browser.markdown : previous.sections.browser));
md.push(...(want('stage') ? oneStage.markdown : previous.sections.stage));
md.push(...(want('cost') ? cost.markdown : previous.sections.cost ?? []));
md.push(...(want('site') ? site.markdown : previous.sections.site ?? []));
if (failures.length) {
  md.push('## Failed runs', '');
  for (const f of failures) md.push(`- ${f}`);
  md.push('');
}
fs.writeFileSync(resultsFile, md.join('\n'));
log(`wrote ${path.relative(root, resultsFile)}`);
for (const a of aims) log(`${a.pass == null ? 'n/a ' : a.pass ? 'pass' : 'FAIL'}  ${a.aim}: ${a.value}`);
for (const f of failures) log(`failed: ${f}`);
process.exit(failures.length ? 2 : aims.every((a) => a.pass !== false) ? 0 : 1);
