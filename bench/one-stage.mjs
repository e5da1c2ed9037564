// One stage of 50,000 and 200,000 touchpoints, called by run.mjs: `cjm lint` and
// `cjm render` as whole processes, time and peak memory. Hostile-input reports found that
// such a stage overflowed the stack (a spread of every diagnostic or every box into one
// call); this part shows that cost and memory stay linear instead. The journey lints clean,
// so render draws it. No aim: the figures are reported.

import fs from 'node:fs';
import path from 'node:path';

const SIZES = [50_000, 200_000];

/** A clean journey whose one stage holds `n` touchpoints in a row (implicit next-in-order flows). */
export function oneStageJourney(n, today) {
  const touchpoints = Array.from({ length: n }, (_, i) => `    touchpoint T${i} "Step ${i}" via Web for Buyer\n`).join('');
  return `persona Buyer "Buyer"
channel Web "Website" online

journey Checkout "One long stage" {
  objective "Every step measured"
  problem "Too many steps"
  target Buyer

  stage Steps "Steps" {
${touchpoints}    metric Done "Orders done" { baseline 1 target 2 }
    question "Where do buyers stop?" {
      answer "At the payment step" source analytics date ${today}
    }
  }
}
`;
}

/**
 * tools: { root, work, today, runCli, peakRss, checkStatus, log, fmtMs, fmtMb, fmtInt } from
 * run.mjs. Returns { markdown } (lines of its RESULTS.md section).
 */
export async function runOneStageBench(tools) {
  const { root, work, today, runCli, peakRss, checkStatus, log, fmtMs, fmtMb, fmtInt } = tools;
  const dir = path.join(work, 'one-stage');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const n of SIZES) {
    // A folder of its own: the file is its own workspace.
    const folder = path.join(dir, `stage-${n}`);
    fs.mkdirSync(folder);
    const file = path.join(folder, 'journey.cjm');
    fs.writeFileSync(file, oneStageJourney(n, today));
    const rel = path.relative(root, file);
    const lintArgs = ['lint', rel, '--today', today, '--format', 'json'];
    const lint = runCli(lintArgs);
    const lintOk = checkStatus(`cjm lint of one stage of ${n} touchpoints`, lint, [0]);
    const renderArgs = ['render', rel, '-o', path.relative(root, path.join(folder, 'journey.svg'))];
    const render = runCli(renderArgs);
    const renderOk = checkStatus(`cjm render of one stage of ${n} touchpoints`, render, [0]);
    const row = {
      n,
      bytes: fs.statSync(file).size,
      lintMs: lintOk ? lint.ms : null,
      lintRss: lintOk ? peakRss(lintArgs) : null,
      renderMs: renderOk ? render.ms : null,
      renderRss: renderOk ? peakRss(renderArgs) : null,
    };
    rows.push(row);
    log(`one stage of ${n}: lint ${fmtMs(row.lintMs)} peak ${fmtMb(row.lintRss)}, render ${fmtMs(row.renderMs)} peak ${fmtMb(row.renderRss)}`);
  }
  const markdown = [
    '## One stage of 50,000 and 200,000 touchpoints (whole process)',
    '',
    'A clean journey whose one stage holds every touchpoint (`one-stage.mjs`): `cjm lint --format json` and `cjm render -o journey.svg`, one run each, then one more under the memory probe. No aim; the figures show how cost and memory grow with one huge stage.',
    '',
    '| touchpoints | file | lint | lint peak RSS | render | render peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${fmtInt(r.n)} | ${fmtMb(r.bytes)} | ${fmtMs(r.lintMs)} | ${fmtMb(r.lintRss)} | ${fmtMs(r.renderMs)} | ${fmtMb(r.renderRss)} |`),
    '',
  ];
  return { markdown };
}
