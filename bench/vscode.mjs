// The preview in a real VS Code, called by run.mjs (or alone: `node bench/vscode.mjs` measures
// this part only and writes its section and aim into RESULTS.md): the packaged extension in
// code-server, driven through Debian's chromium with the end-to-end test's page objects
// (packages/extension/test/e2e/, bundled here with esbuild). For a generated journey of 20 and
// of 200 touchpoints: the time from a keystroke in the editor (its keydown in the workbench
// page) to the redrawn preview (the next frame after the new SVG entered the webview's page).
// Skipped, with the reason, when code-server or chromium is missing.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateJourney } from './generate-journey.mjs';

export const VSCODE_AIMS = { redraw200Ms: 300 };
const SIZES = [20, 200];
const RUNS = 10; // after one uncounted warm-up
const WAIT_MS = 30_000;

/**
 * tools: { root, work, seed, median, log, fmtMs } from run.mjs.
 * Returns { aims, markdown, failures }, as runLspBench does.
 */
export async function runVscodeBench(tools) {
  const { root, work, log } = tools;
  const dir = path.join(work, 'vscode');
  const result = { rows: [], load: os.loadavg()[0], at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
  const failures = [];
  const installer = await import(pathToFileURL(path.join(root, 'packages/extension/scripts/install-code-server.mjs')).href);
  if (!installer.isInstalled()) {
    result.skipped = 'code-server is not installed (`node packages/extension/scripts/install-code-server.mjs` installs it)';
  } else if (!fs.existsSync('/usr/bin/chromium')) {
    result.skipped = 'no Debian chromium at /usr/bin/chromium';
  } else if (!fs.existsSync(path.join(root, 'packages/extension/dist/extension.cjs'))) {
    result.skipped = 'the extension is not built (`npm run build -w packages/extension`)';
  }
  if (result.skipped) {
    log(`vscode: skipped: ${result.skipped}`);
  } else {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const driver = await loadDriver(root, dir);
      const vsix = driver.packageVsix(dir);
      for (const n of SIZES) result.rows.push(await measure(tools, driver, vsix, dir, n));
    } catch (e) {
      failures.push(`VS Code preview: ${e?.message ?? e}`);
    }
  }
  const row200 = result.rows.find((r) => r.n === 200);
  const aims = [
    {
      aim: `VS Code: keystroke to redrawn preview, 200 touchpoints < ${VSCODE_AIMS.redraw200Ms} ms`,
      value: row200 ? tools.fmtMs(row200.median) : `n/a (${result.skipped ?? 'see failed runs'})`,
      pass: row200 ? row200.median < VSCODE_AIMS.redraw200Ms : result.skipped ? null : false,
    },
  ];
  return { aims, markdown: vscodeMarkdown(result, tools), failures };
}

/** The e2e test's page objects, bundled for Node 20 (which cannot load TypeScript). */
export async function loadDriver(root, dir) {
  const esbuild = await import('esbuild');
  const e2e = path.join(root, 'packages/extension/test/e2e');
  const outfile = path.join(dir, 'driver.mjs');
  await esbuild.build({
    stdin: { contents: "export * from './code-server.js'; export * from './workbench.js';", resolveDir: e2e, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'error',
    plugins: [{
      // The installer finds its folder from its own URL: import it where it is.
      name: 'installer-in-place',
      setup(build) {
        build.onResolve({ filter: /install-code-server\.mjs$/ }, (args) => ({ path: pathToFileURL(path.resolve(args.resolveDir, args.path)).href, external: true }));
      },
    }],
  });
  return import(pathToFileURL(outfile).href);
}

/** One code-server session on a folder holding the journey of `n` touchpoints. */
async function measure(tools, driver, vsix, dir, n) {
  const { median, log, fmtMs, seed } = tools;
  const folder = path.join(dir, `journey-${n}`);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `journey-${n}.cjm`);
  const journey = generateJourney({ touchpoints: n, seed, file });
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const spot = emotionSpot(lines);
  const server = await driver.CodeServer.start({ folder, vsix, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
  let bench;
  try {
    bench = await driver.Workbench.open(server.url, folder);
    const { page } = bench;
    await bench.openFile(path.basename(file));
    await bench.runCommand('CJM: Open Preview to the Side');
    const preview = bench.webview();
    await preview.locator('#cjm-viewport svg g.cjm-touchpoint').first().waitFor({ timeout: WAIT_MS });
    const drawn = await preview.locator('#cjm-viewport g.cjm-touchpoint').count();
    if (drawn !== n) throw new Error(`the preview drew ${drawn} of ${n} touchpoints`);
    await page.evaluate(() => {
      window.__cjmKeys = [];
      window.addEventListener('keydown', () => window.__cjmKeys.push(performance.timeOrigin + performance.now()), true);
    });
    const frame = await bench.webviewFrame();
    await frame.evaluate((id) => {
      // Every new picture: when its message arrived (the event's timeStamp: this listener runs after the
      // page's own), when it entered the page, the next frame after that, and the emotion it shows for the edited touchpoint.
      window.__cjmDraws = [];
      let arrived;
      window.addEventListener('message', (event) => {
        if (event.data?.type === 'diagram') arrived = performance.timeOrigin + event.timeStamp;
      });
      new MutationObserver(() => {
        const inserted = performance.timeOrigin + performance.now();
        const emotion = document.querySelector(`#cjm-viewport g.cjm-touchpoint[data-cjm-id="${id}"]`)?.getAttribute('data-cjm-emotion');
        // The message listener runs after this observer's microtask: read `arrived` in the next frame.
        requestAnimationFrame(() => window.__cjmDraws.push({ arrived, inserted, painted: performance.timeOrigin + performance.now(), emotion }));
      }).observe(document.getElementById('cjm-viewport'), { childList: true });
    }, spot.id);
    const times = [];
    const arrived = [];
    const inserted = [];
    for (let run = 0; run <= RUNS; run++) {
      // Select the emotion's digit, then type the other value over it: one keystroke, one edit.
      await bench.goToLine(spot.line, spot.column);
      await page.keyboard.press('Shift+ArrowRight');
      const next = spot.value === '2' ? '1' : String(Number(spot.value) + 1);
      await page.evaluate(() => { window.__cjmKeys.length = 0; });
      await frame.evaluate(() => { window.__cjmDraws.length = 0; });
      await page.keyboard.press(next);
      spot.value = next;
      const deadline = Date.now() + WAIT_MS;
      let draw;
      while (!draw) {
        if (Date.now() > deadline) throw new Error(`no redraw with emotion ${next} on ${spot.id} within ${WAIT_MS / 1000} s`);
        await page.waitForTimeout(20);
        draw = (await frame.evaluate(() => window.__cjmDraws)).find((d) => d.emotion === next);
      }
      const [key] = await page.evaluate(() => window.__cjmKeys);
      if (run > 0) {
        times.push(draw.painted - key);
        arrived.push(draw.arrived - key);
        inserted.push(draw.inserted - key);
      }
      // Let the editor and the server settle before the next keystroke.
      await page.waitForTimeout(500);
    }
    const row = {
      n, stages: journey.stages, lines: journey.lines, runs: times.length,
      median: median(times), max: Math.max(...times), arrivedMedian: median(arrived), insertedMedian: median(inserted),
    };
    log(`vscode: ${n} touchpoints: keystroke to redrawn preview ${fmtMs(row.median)} (max ${fmtMs(row.max)})`);
    return row;
  } finally {
    await bench?.close();
    await server.stop();
  }
}

/** The emotion line of a touchpoint in the middle of the journey: its 1-based line and column, value and touchpoint. */
function emotionSpot(lines) {
  const middle = Math.floor(lines.length / 2);
  for (let i = middle; i < lines.length; i++) {
    const m = /^(\s+emotion )([012])\s*$/.exec(lines[i]);
    if (!m) continue;
    for (let j = i; j >= 0; j--) {
      const t = /^\s+touchpoint (\S+)/.exec(lines[j]);
      if (t) return { line: i + 1, column: m[1].length + 1, value: m[2], id: t[1] };
    }
  }
  throw new Error('no touchpoint with an emotion from 0 to 2 after the middle of the journey');
}

function vscodeMarkdown(result, { fmtMs, fmtInt }) {
  const md = ['## VS Code: keystroke to redrawn preview', ''];
  if (result.skipped) return [...md, `Skipped: ${result.skipped}.`, ''];
  if (!result.rows.length) return [...md, 'n/a: not measured (see failed runs).', ''];
  md.push(
    'The packaged extension (`vsce package` of the built `packages/extension`) in code-server 4.139.1 (VS Code 1.139, Node 24), ' +
      'driven through Debian\'s chromium by the end-to-end test\'s page objects; default settings: the first keystroke after a ' +
      'pause redraws at once, and `cjm.preview.redrawDelay` (150 ms) applies only while typing goes on. Every run\'s keystroke ' +
      'comes after half a second of quiet, so these are single edits; in a burst of typing, the picture of the last keystroke ' +
      'comes 150 ms later than these figures. A journey of `generate-journey.mjs` ' +
      'opened from disk with the preview beside it; each run selects one touchpoint\'s emotion digit and types another over it.',
    '',
    '| touchpoints | stages | lines | runs | keystroke to redrawn preview (median) | slowest run | of which: to the picture\'s message in the webview | to the new SVG in the page |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of result.rows) {
    md.push(`| ${fmtInt(r.n)} | ${r.stages} | ${fmtInt(r.lines)} | ${r.runs} | ${fmtMs(r.median)} | ${fmtMs(r.max)} | ${fmtMs(r.arrivedMedian)} | ${fmtMs(r.insertedMedian)} |`);
  }
  md.push(
    '',
    'From the keystroke\'s `keydown` in the workbench page to the next animation frame after the new picture entered the webview\'s page ' +
      '(both clocks `performance.timeOrigin + performance.now()`, one warm-up run uncounted); the medians of two steps on the way: ' +
      'the `diagram` message arriving in the webview (the edit reaching the extension host, `cjm/diagram`, the answer ' +
      'passed on to the webview), and the parsed SVG swapped into the page. ' +
      'code-server runs the extension host in its server process, one WebSocket hop from the editor; desktop VS Code has a local IPC there.',
    '',
    `Measured at ${result.at}, load average (1 min) ${result.load.toFixed(2)} at the start of this part.`,
    '',
  );
  return md;
}

// ------------------------------------------------------------------ alone
// `node bench/vscode.mjs`: measures this part only and puts its section and aim into RESULTS.md.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const benchDir = path.dirname(fileURLToPath(import.meta.url));
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const fmtMs = (ms) => (ms == null ? 'n/a' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const fmtInt = (x) => (x == null ? 'n/a' : Math.round(x).toLocaleString('en-US'));
  const tools = { root: path.resolve(benchDir, '..'), work: path.join(benchDir, '.work'), seed: 1, median, fmtMs, fmtInt, log: (...a) => console.error(...a) };
  const { aims, markdown, failures } = await runVscodeBench(tools);
  const resultsFile = path.join(benchDir, 'RESULTS.md');
  if (fs.existsSync(resultsFile)) {
    fs.writeFileSync(resultsFile, replaceSection(fs.readFileSync(resultsFile, 'utf8'), aims, markdown, failures));
    console.error(`updated the VS Code section and aim of ${path.relative(process.cwd(), resultsFile)}`);
  }
  for (const a of aims) console.error(`${a.pass == null ? 'n/a ' : a.pass ? 'pass' : 'FAIL'}  ${a.aim}: ${a.value}`);
  for (const f of failures) console.error(`failed: ${f}`);
  process.exit(failures.length ? 2 : aims.every((a) => a.pass !== false) ? 0 : 1);
}

/** RESULTS.md with this part's aim row and section replaced (or added), the rest as run.mjs wrote it. */
function replaceSection(text, aims, markdown, failures) {
  const verdict = (a) => (a.pass == null ? 'n/a' : a.pass ? 'pass' : '**FAIL**');
  const lines = text.split('\n').filter((l) => !l.startsWith('| VS Code: '));
  let afterAims = lines.indexOf('## Aims') + 2; // the heading, a blank line, then the table
  while (lines[afterAims]?.startsWith('|')) afterAims++;
  lines.splice(afterAims, 0, ...aims.map((a) => `| ${a.aim} | ${a.value} | ${verdict(a)} |`));
  const start = lines.indexOf(markdown[0]);
  const section = [...markdown, ...(failures.length ? ['Failed: ' + failures.join('; '), ''] : [])];
  if (start >= 0) {
    const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    lines.splice(start, (end < 0 ? lines.length : end) - start, ...section);
  } else {
    const failed = lines.indexOf('## Failed runs');
    lines.splice(failed < 0 ? lines.length : failed, 0, ...section);
  }
  return lines.join('\n');
}
