// Render benchmarks, called by run.mjs: `cjm render` as a whole process (SVG and PNG) and
// its phases in process (build, model, layout, SVG, PNG rasterisation), on one generated
// journey of 20, 200 and 2,000 touchpoints (generate-journey.mjs). See README.md.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateJourney } from './generate-journey.mjs';

export const RENDER_AIMS = {
  svg200Ms: 1000, // whole process, 200 touchpoints
  svg2000Ms: 4000, // whole process, 2,000 touchpoints
  scaling: 12, // 200 -> 2,000 touchpoints, normalised to exactly 10x
  redraw200Ms: 150, // in process, layout + SVG after an edit of one stage, other stages cached
};

const PHASES = ['build', 'model', 'layout', 'svg'];

/**
 * tools: { root, work, seed, median, runCli, peakRss, checkStatus, log, fmtMs, fmtMb, fmtInt }
 * from run.mjs. Returns { cases, inProcess, aims, markdown } (markdown: lines of the
 * "Render" section of RESULTS.md).
 */
export async function runRenderBench(tools) {
  const { root, work, seed, median, runCli, peakRss, checkStatus, log, fmtMs } = tools;
  const dir = path.join(work, 'render');
  fs.rmSync(dir, { recursive: true, force: true });
  const cases = [20, 200, 2000].map((n) => {
    const g = generateJourney({ touchpoints: n, seed, file: path.join(dir, `journey-${n}`, `journey-${n}.cjm`) });
    log(`generated journey-${n}: ${g.stages} stages, ${g.lines} lines`);
    return { n, ...g, rel: path.relative(root, g.file) };
  });

  // ------------------------------------------------------------ whole process
  for (const c of cases) {
    c.lint = runCli(['lint', c.rel, '--today', tools.today, '--format', 'json']);
    c.lintClean = c.lint.status === 0 && !/"severity"/.test(c.lint.stdout);
    for (const format of ['svg', 'png']) {
      const out = path.join(dir, `journey-${c.n}`, `out.${format}`);
      const args = ['render', c.rel, '-o', path.relative(root, out)];
      const runs = c.n <= 20 ? 5 : 3;
      const times = [];
      for (let i = 0; i < runs; i++) {
        const r = runCli(args);
        if (!checkStatus(`cjm render ${c.rel} -o out.${format}`, r, [0])) break;
        times.push(r.ms);
      }
      const res = { runs: times.length, ms: times.length === runs ? median(times) : null, bytes: fs.existsSync(out) ? fs.statSync(out).size : null };
      if (res.ms != null) res.rss = peakRss(args);
      if (format === 'png' && res.bytes) res.pixels = pngSize(out);
      if (format === 'svg' && res.bytes) res.units = svgSize(out);
      c[format] = res;
      log(`render ${c.n} -> ${format}: ${fmtMs(res.ms)} (${res.runs} runs), peak ${tools.fmtMb(res.rss)}`);
    }
  }

  // ------------------------------------------------------------ in process
  const inProcess = await measureInProcess(cases, tools).catch((e) => ({ available: false, reason: e?.message ?? String(e) }));
  if (!inProcess.available) log(`in-process render timings skipped: ${inProcess.reason}`);

  // ------------------------------------------------------------ aims
  const by = Object.fromEntries(cases.map((c) => [c.n, c]));
  const scaling = by[200].svg.ms && by[2000].svg.ms ? by[2000].svg.ms / by[200].svg.ms : null; // exactly 10x input
  const aims = [
    {
      aim: `\`cjm render\` of 200 touchpoints to SVG < ${fmtMs(RENDER_AIMS.svg200Ms)} (whole process)`,
      value: fmtMs(by[200].svg.ms),
      pass: by[200].svg.ms != null && by[200].svg.ms < RENDER_AIMS.svg200Ms,
    },
    {
      aim: `\`cjm render\` of 2,000 touchpoints to SVG < ${fmtMs(RENDER_AIMS.svg2000Ms)} (whole process)`,
      value: fmtMs(by[2000].svg.ms),
      pass: by[2000].svg.ms != null && by[2000].svg.ms < RENDER_AIMS.svg2000Ms,
    },
    {
      aim: `redraw of 200 touchpoints after an edit of one stage < ${fmtMs(RENDER_AIMS.redraw200Ms)} (in process, layout + SVG, other stages cached)`,
      value: fmtMs(inProcess.rows?.find((r) => r.n === 200)?.redraw?.ms),
      pass: inProcess.available ? inProcess.rows.find((r) => r.n === 200).redraw.ms < RENDER_AIMS.redraw200Ms : null,
    },
    {
      aim: `render 10x the touchpoints in at most ${RENDER_AIMS.scaling}x time (200 -> 2,000, SVG, whole process)`,
      value: scaling != null ? `${scaling.toFixed(1)}x` : 'n/a',
      pass: scaling != null && scaling <= RENDER_AIMS.scaling,
    },
  ];
  return { cases, inProcess, aims, markdown: markdown(cases, inProcess, scaling, tools) };
}

async function measureInProcess(cases, tools) {
  const { root, median, log, fmtMs } = tools;
  const languageIndex = path.join(root, 'packages/language/out/index.js');
  if (!fs.existsSync(languageIndex)) throw new Error(`${path.relative(root, languageIndex)} not built`);
  const t0 = performance.now();
  const lang = await import(pathToFileURL(languageIndex).href);
  const { NodeFileSystem } = await import('langium/node');
  const { DocumentState } = await import('langium');
  const importMs = performance.now() - t0;
  // The CLI's own PNG steps (packages/cli/out, tsc's output), each timed: its size, its glyph
  // outlines in place of text, resvg's parse and raster, and its encoder.
  const cliOut = (file) => pathToFileURL(path.join(root, 'packages/cli/out/src/render', file)).href;
  const t1 = performance.now();
  const cliRequire = createRequire(path.join(root, 'packages/cli/package.json'));
  const { Resvg } = cliRequire('@resvg/resvg-js');
  const [png, { textAsGlyphs }, { GlyphOutlines }, { encodePng }] = await Promise.all(
    ['png.js', 'text-glyphs.js', 'glyph-outlines.js', 'png-encode.js'].map((file) => import(cliOut(file))),
  );
  const resvgImportMs = performance.now() - t1;
  const glyphs = new GlyphOutlines();

  // One ELK engine for the process (the CLI loads one per run), a fresh stage cache per run.
  const engine = lang.loadElk();
  const freshLayouts = () => new lang.StageLayouts(() => engine);

  const once = async (c, text, drawPng) => {
    const services = lang.createCjmServices(NodeFileSystem);
    let linkedAt;
    const sub = services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => {
      linkedAt = performance.now();
    });
    const a = performance.now();
    const [built] = await lang.buildDocuments(services, [{ path: c.file, text }]);
    const b = performance.now();
    sub.dispose();
    const journey = built.document.parseResult.value.elements.find(lang.ast.isJourney);
    const model = lang.buildJourneyModel(journey);
    const m = performance.now();
    const layout = await lang.layoutJourney(model, freshLayouts());
    const l = performance.now();
    const svg = lang.renderSvg(layout, { theme: 'light' });
    const s = performance.now();
    const r = {
      journeyModel: model,
      parseLink: (linkedAt ?? b) - a,
      validate: b - (linkedAt ?? b),
      build: b - a,
      model: m - b,
      layout: l - m,
      svg: s - l,
      diagnostics: built.diagnostics.length,
    };
    if (drawPng) {
      const p0 = performance.now();
      const drawn = textAsGlyphs(svg, glyphs);
      const p1 = performance.now();
      const resvg = new Resvg(drawn, png.resvgOptions(png.svgPngScale(svg), drawn.includes('<text')));
      const p2 = performance.now();
      const image = resvg.render();
      const pixels = image.pixels;
      const p3 = performance.now();
      await encodePng(image.width, image.height, pixels);
      const p4 = performance.now();
      Object.assign(r, { glyphs: p1 - p0, parse: p2 - p1, raster: p3 - p2, encode: p4 - p3, png: p4 - p0, width: image.width, height: image.height });
    }
    return r;
  };

  const rows = [];
  for (const c of cases) {
    const text = fs.readFileSync(c.file, 'utf8');
    const cold = await once(c, text, true); // the first run of this size (for 20 the first of all)
    await once(c, text, true); // warm-up
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await once(c, text, true));
    const row = { n: c.n, cold, warm: {}, diagnostics: cold.diagnostics, redraw: await redrawAfterEdit(lang, cold.journeyModel, freshLayouts, median) };
    for (const k of ['parseLink', 'validate', 'build', 'model', 'layout', 'svg', 'glyphs', 'parse', 'raster', 'encode', 'png']) row.warm[k] = median(warm.map((w) => w[k]));
    row.width = cold.width;
    row.height = cold.height;
    rows.push(row);
    log(
      `in-process render ${c.n}: build ${fmtMs(row.warm.build)}, model ${fmtMs(row.warm.model)}, layout ${fmtMs(row.warm.layout)}, ` +
        `svg ${fmtMs(row.warm.svg)}, png ${fmtMs(row.warm.png)}`,
    );
  }
  return { available: true, rows, importMs, resvgImportMs };
}

/**
 * What the editor preview pays per keystroke once the text is parsed: layout + SVG of the
 * journey with one touchpoint's title in its middle stage changed, through the stage cache of
 * the drawing before it, so ELK lays out that stage only (the cache's counters are checked).
 * Median of 5 edits, each after one warm-up drawing of the unedited journey.
 */
async function redrawAfterEdit(lang, model, freshLayouts, median) {
  const stage = model.stages[model.stages.length >> 1];
  const times = [];
  let laidOut;
  for (let i = 0; i < 6; i++) {
    const layouts = freshLayouts();
    lang.renderSvg(await lang.layoutJourney(model, layouts), { theme: 'light' });
    const edited = structuredClone(model);
    const touchpoint = edited.stages[model.stages.indexOf(stage)].touchpoints[0];
    touchpoint.title = `${touchpoint.title ?? touchpoint.name} edited ${i} to take another line in its box`;
    const misses = layouts.misses;
    const t0 = performance.now();
    lang.renderSvg(await lang.layoutJourney(edited, layouts), { theme: 'light' });
    if (i > 0) times.push(performance.now() - t0);
    laidOut = layouts.misses - misses;
  }
  return { ms: median(times), laidOut, stages: model.stages.length };
}

/** Width x height of a PNG from its IHDR chunk. */
function pngSize(file) {
  const fd = fs.openSync(file, 'r');
  const b = Buffer.alloc(24);
  fs.readSync(fd, b, 0, 24, 0);
  fs.closeSync(fd);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** width and height attributes of the root svg element (of a file, or of SVG text). */
function svgSize(fileOrSvg) {
  const head = fileOrSvg.startsWith('<') ? fileOrSvg.slice(0, 2000) : fs.readFileSync(fileOrSvg, 'utf8').slice(0, 2000);
  const tag = /<svg\b[^>]*>/.exec(head)?.[0] ?? '';
  const w = /\bwidth="([\d.]+)"/.exec(tag)?.[1];
  const h = /\bheight="([\d.]+)"/.exec(tag)?.[1];
  return w && h ? { width: Number(w), height: Number(h) } : null;
}

function markdown(cases, inProcess, scaling, { fmtMs, fmtMb, fmtInt, today }) {
  const kb = (b) => (b == null ? 'n/a' : b >= 1024 ** 2 ? `${(b / 1024 ** 2).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} KB`);
  const px = (p) => (p ? `${fmtInt(p.width)} x ${fmtInt(p.height)}` : 'n/a');
  const md = ['## Render', ''];
  md.push('One generated journey (`generate-journey.mjs`) of N touchpoints in stages of 8-10.', '');
  md.push('| touchpoints | stages | lines | lint | SVG wall time | SVG peak RSS | SVG size | PNG wall time | PNG peak RSS | PNG pixels | PNG size |');
  md.push('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const c of cases) {
    const runs = (r) => (r.runs === 1 ? ' (1 run)' : '');
    md.push(
      `| ${fmtInt(c.n)} | ${c.stages} | ${fmtInt(c.lines)} | ${c.lintClean ? 'clean' : `exit ${c.lint.status}`} | ${fmtMs(c.svg.ms)}${runs(c.svg)} | ${fmtMb(c.svg.rss)} | ${kb(c.svg.bytes)} | ` +
        `${fmtMs(c.png.ms)}${runs(c.png)} | ${fmtMb(c.png.rss)} | ${px(c.png.pixels)} | ${kb(c.png.bytes)} |`,
    );
  }
  md.push('');
  md.push(
    `Whole process \`cjm render FILE -o OUT.svg\` / \`-o OUT.png\`: median of 5 runs for 20 touchpoints, 3 for the others. ` +
      `Lint: \`cjm lint FILE --today ${today}\`. ` +
      `Scaling 200 -> 2,000 touchpoints (SVG): ${scaling != null ? `${scaling.toFixed(1)}x` : 'n/a'} time for 10x input.`,
    '',
  );
  md.push('### Render phases in process', '');
  if (!inProcess.available) {
    md.push(`Skipped: ${inProcess.reason}.`, '');
    return md;
  }
  md.push(
    `Importing \`@cjm/language\` and Langium took ${fmtMs(inProcess.importMs)}, \`@resvg/resvg-js\` and the CLI's PNG modules ${fmtMs(inProcess.resvgImportMs)} (once, before the runs). ` +
      'Warm: median of 5 runs after one warm-up; cold: the first run of that size. Share = part of build + model + layout + SVG.',
    '',
  );
  md.push('| touchpoints | run | parse + link | validate | model | layout | SVG | SVG total | PNG glyphs | PNG parse | PNG raster | PNG encode |');
  md.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of inProcess.rows) {
    for (const [label, t] of [['cold', r.cold], ['warm', r.warm]]) {
      const total = PHASES.reduce((s, k) => s + t[k], 0);
      const cell = (ms) => `${fmtPhase(ms)} (${((ms / total) * 100).toFixed(0)}%)`;
      md.push(
        `| ${fmtInt(r.n)} | ${label} | ${cell(t.parseLink)} | ${cell(t.validate)} | ${cell(t.model)} | ${cell(t.layout)} | ${cell(t.svg)} | ${fmtPhase(total)} | ` +
          `${fmtPhase(t.glyphs)} | ${fmtPhase(t.parse)} | ${fmtPhase(t.raster)} | ${fmtPhase(t.encode)} |`,
      );
    }
  }
  md.push('');
  md.push(
    'Redraw after an edit (what the editor preview pays per keystroke once the text is parsed): layout + SVG of the journey ' +
      'with one touchpoint title in its middle stage changed, through the stage cache of the drawing before, median of 5: ' +
      inProcess.rows.map((r) => `${fmtInt(r.n)} touchpoints ${fmtPhase(r.redraw.ms)} (ELK laid out ${r.redraw.laidOut} of ${r.redraw.stages} stages)`).join(', ') +
      '. `layout` above starts from an empty stage cache every run (ELK lays out every stage), with ELK loaded once for the process.',
    '',
  );
  md.push(
    'PNG pixels (the size `cjm render` gives by default; glyphs: the text turned into glyph outlines; parse: `new Resvg`; raster: `render()` and its pixels): ' +
      inProcess.rows.map((r) => `${fmtInt(r.n)} touchpoints ${fmtInt(r.width)} x ${fmtInt(r.height)}`).join(', ') +
      '. Build diagnostics: ' +
      inProcess.rows.map((r) => `${fmtInt(r.n)}: ${r.diagnostics}`).join(', ') +
      '.',
    '',
  );
  return md;
}

/** Phases can take well under a millisecond: one decimal below 10 ms. */
function fmtPhase(ms) {
  if (ms == null) return 'n/a';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(0)} ms`;
}
