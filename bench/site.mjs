// `cjm site` at scale: 100 journeys of 200 touchpoints (20,000 touchpoints) in one
// workspace, built as a whole process (time and peak memory), then rebuilt under
// `--watch` after one file's save (time from the save to the rebuild's message).
//
//   node bench/run.mjs --only site   (writes its section and aims into RESULTS.md)
//   node bench/site.mjs              (prints the figures as JSON; CJM_BENCH_JOURNEYS=10 for a quick look)
//
// Aims (site.md): the whole build under 20 s and 2 GB, a rebuild after one save under 2 s.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { CHANNELS, PERSONAS } from './generate.mjs';
import { journeyLines } from './generate-journey.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(HERE, '../packages/cli/bin/cjm.js');
const JOURNEYS = Number(process.env.CJM_BENCH_JOURNEYS ?? 100);
const TOUCHPOINTS = 200;
const TODAY = '2026-11-23';

/** One workspace: the shared personas and channels once, then one journey per file, each with its own id. */
function writeWorkspace(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cjm.config.json'), '{}\n');
  const shared = [...PERSONAS.map(([id, title]) => `persona ${id} "${title}" { goal "Goal of ${title}" }`),
    ...CHANNELS.map(([id, title, kind]) => `channel ${id} "${title}" ${kind}`)];
  fs.writeFileSync(path.join(dir, 'shared.cjm'), `${shared.join('\n')}\n`);
  for (let i = 1; i <= JOURNEYS; i++) {
    const lines = journeyLines({ touchpoints: TOUCHPOINTS, seed: i }).filter(line => !/^(persona|channel) /.test(line));
    const text = lines.join('\n').replace(`journey Generated${TOUCHPOINTS} "`, `journey Journey${i} "${i}. `);
    fs.writeFileSync(path.join(dir, `journey-${String(i).padStart(3, '0')}.cjm`), text);
  }
}

/** One `cjm site` process into an empty OUTDIR, with the layout cache in `cacheHome` (empty: a cold build). */
function wholeBuild(dir, out, cacheHome) {
  fs.rmSync(out, { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, CLI, 'site', dir, '-o', out], { encoding: 'utf8', env: { ...process.env, CJM_TODAY: TODAY, XDG_CACHE_HOME: cacheHome } });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`cjm site failed: ${run.stderr}`);
  const peak = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const cpu = ['User', 'System'].reduce((sum, kind) => sum + Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN), 0);
  const files = fs.readdirSync(out, { recursive: true }).length;
  const bytes = spawnSync('du', ['-sb', out], { encoding: 'utf8' }).stdout.split('\t')[0];
  return { seconds: +seconds.toFixed(2), cpuSeconds: +cpu.toFixed(1), peakMB: Math.round(peak), files, megabytes: +(Number(bytes) / 1e6).toFixed(1) };
}

/** Starts `--watch`, saves one journey with one emotion changed, and times the rebuild. */
async function rebuildAfterSave(dir, out, cacheHome) {
  const child = spawn(process.execPath, [CLI, 'site', dir, '-o', out, '--watch'], { env: { ...process.env, CJM_TODAY: TODAY, XDG_CACHE_HOME: cacheHome } });
  let stderr = '';
  child.stderr.on('data', chunk => { stderr += String(chunk); });
  const waitFor = (pattern, from) => new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (pattern.test(stderr.slice(from))) { clearInterval(timer); resolve(); }
      if (child.exitCode !== null) { clearInterval(timer); reject(new Error(stderr)); }
    }, 20);
  });
  await waitFor(/watching/, 0);
  const times = [];
  for (let round = 0; round < 3; round++) {
    const file = path.join(dir, `journey-${String(Math.ceil(JOURNEYS / 2)).padStart(3, '0')}.cjm`);
    const text = fs.readFileSync(file, 'utf8');
    const from = stderr.length;
    const start = performance.now();
    fs.writeFileSync(file, text.replace(/emotion (-?\d)/, (_, value) => `emotion ${value === '2' ? 1 : Number(value) + 1}`));
    await waitFor(/redrawn at/, from);
    times.push((performance.now() - start) / 1000);
  }
  child.kill('SIGINT');
  times.sort((a, b) => a - b);
  return { medianSeconds: +times[1].toFixed(2), runs: times.map(t => +t.toFixed(2)) };
}

const AIMS = { wholeSeconds: 20, wholeMB: 2048, rebuildSeconds: 2 };

/** Both measures; for run.mjs, its aims and its RESULTS.md section too. */
export async function runSiteBench({ log = () => {} } = {}) {
  const work = path.resolve(HERE, '.work/site');
  writeWorkspace(path.join(work, 'maps'));
  const cacheHome = path.join(work, 'cache');
  fs.rmSync(cacheHome, { recursive: true, force: true });
  log(`site: ${JOURNEYS} journeys of ${TOUCHPOINTS} touchpoints, whole build with an empty layout cache`);
  const whole = wholeBuild(path.join(work, 'maps'), path.join(work, 'out'), cacheHome);
  log(`site: whole build ${whole.seconds} s, ${whole.peakMB} MB; again with the layout cache it left`);
  const warm = wholeBuild(path.join(work, 'maps'), path.join(work, 'out'), cacheHome);
  log(`site: warm build ${warm.seconds} s, ${warm.peakMB} MB; rebuilds after a save`);
  const rebuild = await rebuildAfterSave(path.join(work, 'maps'), path.join(work, 'out'), cacheHome);
  const aims = [
    { aim: `\`cjm site\` of ${JOURNEYS} journeys x ${TOUCHPOINTS} touchpoints < ${AIMS.wholeSeconds} s (whole process)`, value: `${whole.seconds} s`, pass: whole.seconds < AIMS.wholeSeconds },
    { aim: `\`cjm site\` of ${JOURNEYS} journeys x ${TOUCHPOINTS} touchpoints peak memory < 2 GB`, value: `${whole.peakMB} MB`, pass: whole.peakMB < AIMS.wholeMB },
    { aim: `\`cjm site --watch\`: a save to the rebuilt site < ${AIMS.rebuildSeconds} s (${JOURNEYS} x ${TOUCHPOINTS})`, value: `${rebuild.medianSeconds} s`, pass: rebuild.medianSeconds < AIMS.rebuildSeconds },
  ];
  const markdown = [
    `## cjm site: ${JOURNEYS} journeys of ${TOUCHPOINTS} touchpoints`,
    '',
    `One workspace (\`site.mjs\`): shared personas and channels, ${JOURNEYS} journeys of ${TOUCHPOINTS} touchpoints each, every journey referring to all 8 personas, so 9 pictures per journey (the whole journey and each persona's view; \`--theme auto\` draws each once). Each build is one process under /usr/bin/time: first with an empty layout cache (the aim's figure), then again with the cache the first one left (a CI job that keeps the cache folder). The rebuild is the time from saving one journey (one emotion changed) to \`--watch\` saying it is done, median of 3.`,
    '',
    '| measure | empty layout cache | warm layout cache |',
    '| --- | ---: | ---: |',
    `| whole build (wall) | ${whole.seconds} s | ${warm.seconds} s |`,
    `| CPU time (user + system, all threads) | ${whole.cpuSeconds} s | ${warm.cpuSeconds} s |`,
    `| peak memory | ${whole.peakMB} MB | ${warm.peakMB} MB |`,
    `| files written | ${whole.files} | ${warm.files} |`,
    `| site size | ${whole.megabytes} MB | ${warm.megabytes} MB |`,
    '',
    `Rebuild after one save (median; runs): ${rebuild.medianSeconds} s; ${rebuild.runs.join(' s, ')} s.`,
    '',
    'What limits the whole build: ELK lays out every stage of every view on its own (about 18,000 stage graphs here, 5 to 10 ms each, in worker threads on both cores), and each view is drawn, written as a page and exported four ways. Without the persona views (one picture per journey) the same site takes about a ninth of the layout work.',
    '',
  ];
  return { aims, markdown, failures: [], figures: { journeys: JOURNEYS, whole, warm, rebuild } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const load = os.loadavg()[0];
  const { figures } = await runSiteBench({ log: message => console.error(message) });
  console.log(JSON.stringify({ ...figures, loadAtStart: +load.toFixed(2), loadAtEnd: +os.loadavg()[0].toFixed(2) }, null, 2));
}
