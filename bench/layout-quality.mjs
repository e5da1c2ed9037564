// Layout quality of the journey diagram, read from the SVG alone (the classes and data
// attributes of the picture's contract), for generated journeys with branches, loops and
// cross-stage flows. Called by run.mjs; `node bench/layout-quality.mjs FILE.svg` prints the
// figures of one picture. See README.md ("Layout quality").

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateJourney } from './generate-journey.mjs';

export const QUALITY_AIMS = {
  crossingShare: 1 / 3, // the new layout has at most a third of the old router's crossings
};

const SIZES = [20, 200];
/** Coordinates are written with 2 decimals: closer than this is the same place. */
const EPS = 0.5;

const number = (s, name) => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(s)?.[1]);
const attribute = (s, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(s)?.[1];

/** The stage, box and flow shapes of a picture: each contract group's first rect or path. */
export function readPicture(svg) {
  const stages = [];
  const boxes = [];
  const flows = [];
  const group = /<g class="cjm-(stage|touchpoint|barrier|opportunity|flow)"([^>]*)>\s*<(rect|path)\b([^>]*)>/g;
  for (const m of svg.matchAll(group)) {
    const [, kind, attrs, shape, shapeAttrs] = m;
    if (kind === 'flow') {
      if (shape !== 'path') continue;
      const points = [...attribute(shapeAttrs, 'd').matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => ({ x: Number(x), y: Number(y) }));
      flows.push({ from: attribute(attrs, 'data-cjm-from'), to: attribute(attrs, 'data-cjm-to'), end: attribute(attrs, 'data-cjm-end'), points });
    } else if (shape === 'rect') {
      const rect = { id: attribute(attrs, 'data-cjm-id'), kind, x: number(shapeAttrs, 'x'), y: number(shapeAttrs, 'y'), width: number(shapeAttrs, 'width'), height: number(shapeAttrs, 'height') };
      (kind === 'stage' ? stages : boxes).push(rect);
    }
  }
  return { width: number(/<svg\b[^>]*>/.exec(svg)[0], 'width'), height: number(/<svg\b[^>]*>/.exec(svg)[0], 'height'), stages, boxes, flows };
}

const segmentsOf = (flow) => flow.points.slice(1).map((b, i) => ({ a: flow.points[i], b }));
const between = (v, lo, hi) => v > Math.min(lo, hi) + EPS && v < Math.max(lo, hi) - EPS;

/** Whether a segment runs through a rect's inside (touching its border is not through). */
function through(s, r) {
  const [x0, x1] = [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)];
  const [y0, y1] = [Math.min(s.a.y, s.b.y), Math.max(s.a.y, s.b.y)];
  return x1 > r.x + EPS && x0 < r.x + r.width - EPS && y1 > r.y + EPS && y0 < r.y + r.height - EPS;
}

/**
 * crossings: pairs of segments of different flow groups that cross at a point inside both;
 * throughBoxes: flow segments through a touchpoint, barrier or opportunity that is not the
 * flow's own end; length: total flow length; bends: corners of all flow paths; around:
 * flows running outside the band of the stage columns (under or over them) or across a
 * whole stage that is neither their source's nor their target's.
 */
export function layoutQuality(svg) {
  const picture = readPicture(svg);
  const horizontal = [];
  const vertical = [];
  let length = 0;
  let bends = 0;
  let throughBoxes = 0;
  let around = 0;
  const stageOfBox = new Map();
  for (const box of picture.boxes) {
    const stage = picture.stages.find((s) => box.x >= s.x - EPS && box.x + box.width <= s.x + s.width + EPS);
    stageOfBox.set(box.id, stage);
  }
  const top = Math.min(...picture.stages.map((s) => s.y));
  const bottom = Math.max(...picture.stages.map((s) => s.y + s.height));
  picture.flows.forEach((flow, f) => {
    bends += Math.max(0, flow.points.length - 2);
    const own = new Set([stageOfBox.get(flow.from), stageOfBox.get(flow.to)]);
    let outside = flow.points.some((p) => p.y > bottom + EPS || p.y < top - EPS);
    for (const s of segmentsOf(flow)) {
      length += Math.abs(s.a.x - s.b.x) + Math.abs(s.a.y - s.b.y);
      (s.a.y === s.b.y ? horizontal : vertical).push({ ...s, f });
      throughBoxes += picture.boxes.some((r) => r.id !== flow.from && r.id !== flow.to && through(s, r)) ? 1 : 0;
      const [x0, x1] = [Math.min(s.a.x, s.b.x), Math.max(s.a.x, s.b.x)];
      outside ||= picture.stages.some((st) => !own.has(st) && x0 < st.x && x1 > st.x + st.width);
    }
    around += outside ? 1 : 0;
  });
  let crossings = 0;
  for (const h of horizontal) {
    for (const v of vertical) {
      if (h.f !== v.f && between(v.a.x, h.a.x, h.b.x) && between(h.a.y, v.a.y, v.b.y)) crossings++;
    }
  }
  const pairs = picture.flows.filter((flow) => flow.end === 'source').length;
  return {
    flows: picture.flows.length - pairs, connectorPairs: pairs, crossings, throughBoxes, length: Math.round(length), bends, around,
    size: { width: picture.width, height: picture.height },
  };
}

/**
 * tools: { root, work, seed, log } from run.mjs. Renders each generated journey with the
 * CLI under test and, when CJM_BENCH_BASE_CLI names one, with a build from before the ELK
 * layout (the old router), and compares them. Returns { rows, aims, markdown }.
 */
export function runQualityBench(tools) {
  const { root, work, seed, log, cli } = tools;
  const base = process.env.CJM_BENCH_BASE_CLI ? path.resolve(process.env.CJM_BENCH_BASE_CLI) : undefined;
  const dir = path.join(work, 'quality');
  fs.rmSync(dir, { recursive: true, force: true });
  const failures = [];
  const draw = (bin, file, out) => {
    const r = spawnSync(process.execPath, [bin, 'render', file, '-o', out], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) failures.push(`${path.relative(root, bin)} render ${path.relative(root, file)}: exit ${r.status}: ${(r.stderr ?? '').trim().split('\n')[0]}`);
    return r.status === 0 ? layoutQuality(fs.readFileSync(out, 'utf8')) : null;
  };
  const rows = SIZES.map((n) => {
    const g = generateJourney({ touchpoints: n, seed, file: path.join(dir, `journey-${n}`, `journey-${n}.cjm`) });
    const row = { n, stages: g.stages, now: draw(cli, g.file, path.join(dir, `journey-${n}`, 'new.svg')) };
    if (base && fs.existsSync(base)) row.old = draw(base, g.file, path.join(dir, `journey-${n}`, 'old.svg'));
    log(`quality ${n}: ${JSON.stringify(row.now)}${row.old ? ` (old router: ${JSON.stringify(row.old)})` : ''}`);
    return row;
  });
  const compared = rows.every((r) => r.old && r.now);
  const sum = (k, which) => rows.reduce((s, r) => s + (r[which]?.[k] ?? 0), 0);
  const aims = [
    {
      aim: 'flow crossings at most a third of the old router\'s (generated journeys of 20 and 200 touchpoints)',
      value: compared ? `${sum('crossings', 'now')} vs ${sum('crossings', 'old')}` : 'n/a (CJM_BENCH_BASE_CLI not set)',
      pass: compared ? sum('crossings', 'now') <= QUALITY_AIMS.crossingShare * sum('crossings', 'old') : null,
    },
    {
      aim: 'no flow segment through a box that is not its end, no wire around the picture',
      value: rows.every((r) => r.now) ? `${sum('throughBoxes', 'now')} through boxes, ${sum('around', 'now')} around` : 'n/a',
      pass: rows.every((r) => r.now) ? sum('throughBoxes', 'now') === 0 && sum('around', 'now') === 0 : null,
    },
  ];
  return { rows, aims, failures, markdown: markdown(rows, base, root) };
}

function markdown(rows, base, root) {
  const md = ['## Layout quality', ''];
  md.push('Read from the SVG of one generated journey (`generate-journey.mjs`) per size: branches, loops back, jumps');
  md.push('ahead and flows between stages. `old router` is the CLI named by `CJM_BENCH_BASE_CLI`',
    `(${base ? `\`${base.startsWith(root + path.sep) ? path.relative(root, base) : base}\`` : 'not set in this run'}), \`new\` the CLI under test. A connector pair counts as one flow.`, '');
  md.push('| touchpoints | stages | layout | flows | connector pairs | crossings | segments through boxes | total flow length | bends | wires around the picture | picture |');
  md.push('| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  for (const r of rows) {
    for (const [label, q] of [['old router', r.old], ['new', r.now]]) {
      if (!q) continue;
      md.push(`| ${fmt(r.n)} | ${r.stages} | ${label} | ${fmt(q.flows)} | ${fmt(q.connectorPairs)} | ${fmt(q.crossings)} | ${fmt(q.throughBoxes)} | ${fmt(q.length)} px | ${fmt(q.bends)} | ${fmt(q.around)} | ${fmt(q.size.width)} x ${fmt(q.size.height)} |`);
    }
  }
  md.push('');
  return md;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const file of process.argv.slice(2)) console.log(file, JSON.stringify(layoutQuality(fs.readFileSync(file, 'utf8'))));
}
