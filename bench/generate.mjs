// Synthetic .cjm workspaces for the benchmarks.
//
//   import { generateWorkspace } from './generate.mjs';
//   generateWorkspace({ lines: 10_000, files: 40, seed: 1, dir: 'bench/.work/ws-10k' });
//   generateWorkspace({ lines: 100_000, single: true, seed: 1, dir: 'bench/.work/single-100k' });
//
// or from the shell:
//
//   node bench/generate.mjs --lines 10000 --files 40 --seed 1 --out bench/.work/ws-10k
//   node bench/generate.mjs --lines 100000 --single --out bench/.work/single-100k
//
// The output is deterministic for a given (lines, files, seed, single) and written to be
// lint clean under language.md: every journey has objective/problem/target, every stage a
// metric with a target and an answered question, every touchpoint a channel and an emotion
// in -2..2, every barrier a mitigation or a resolving opportunity, every target persona
// covered, every touchpoint reachable (arrows always include the next touchpoint), dates
// inside the 365 days before 2026-11-23. Some identifiers are Cyrillic. No dependencies.
// Below about 300 lines there are too few touchpoints to use every shared persona and
// channel, so tiny workspaces get unused-persona / unused-channel warnings.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: small, fast, deterministic 32-bit PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

// Shared vocabulary (generate-journey.mjs uses it too). Names are valid identifiers and
// never lower-case keywords.
export const PERSONAS = [
  ['Founder', 'Early-stage founder'],
  ['Marketer', 'Marketing lead'],
  ['Студент', 'Студент вуза'],
  ['OpsLead', 'Head of operations'],
  ['Покупатель', 'Покупатель в магазине'],
  ['ItAdmin', 'IT administrator'],
  ['Parent', 'Parent planning for the family'],
  ['Senior', 'Older customer'],
];
export const CHANNELS = [
  ['Web', 'Website', 'online'],
  ['Email', 'Email', 'online'],
  ['MobileApp', 'Mobile app', 'online'],
  ['Сайт', 'Сайт компании', 'online'],
  ['Store', 'Physical store', 'offline'],
  ['Phone', 'Phone line', 'offline'],
  ['Отделение', 'Отделение банка', 'offline'],
  ['Social', 'Social media', 'online'],
];
export const STAGE_NAMES = [
  ['Awareness', 'Awareness'], ['Consideration', 'Consideration'], ['Purchase', 'Purchase'],
  ['Onboarding', 'Onboarding'], ['Retention', 'Retention'], ['Advocacy', 'Advocacy'],
  ['Осведомлённость', 'Осведомлённость'], ['Рассмотрение', 'Рассмотрение'], ['Покупка', 'Покупка'],
  ['Использование', 'Использование'], ['Лояльность', 'Лояльность'], ['Support', 'Support'],
];
export const VERBS = ['Reads', 'Compares', 'Asks about', 'Signs up for', 'Pays for', 'Waits for', 'Shares', 'Cancels', 'Renews', 'Reviews'];
export const OBJECTS = ['pricing', 'the demo', 'a trial', 'the invoice', 'delivery', 'the onboarding call', 'support chat', 'a referral', 'the report', 'the contract'];
export const THOUGHTS = ['Is this worth it?', 'Why is this so slow?', 'This is easier than expected', 'Где здесь кнопка оплаты?', 'I need to ask my manager', 'Хорошо, что есть приложение'];
export const SOURCES = ['interview', 'survey', 'analytics', 'support', 'sales', 'experiment', 'review', 'desk'];
export const SEVERITIES = ['low', 'medium', 'high', 'critical'];

export function dateIn(r) {
  // 2026-03-01 .. 2026-10-31: inside 365 days of 2026-11-23.
  const start = Date.UTC(2026, 2, 1);
  const end = Date.UTC(2026, 9, 31);
  const d = new Date(start + Math.floor(r.next() * ((end - start) / 864e5 + 1)) * 864e5);
  return d.toISOString().slice(0, 10);
}

export function metricValues(r) {
  const kind = r.int(0, 3);
  const base = r.int(5, 60);
  const goal = base + r.int(5, 30);
  const act = r.int(base, goal);
  const u = kind === 0 ? '%' : kind === 1 ? ' "sec"' : kind === 2 ? ' "min"' : '';
  if (kind === 1 || kind === 2) return [goal + u, base + u, act + u]; // lower is better
  return [base + u, goal + u, act + u];
}

function sharedText() {
  const out = ['// Shared personas and channels for the generated workspace.', ''];
  for (const [id, title] of PERSONAS) {
    out.push(`persona ${id} "${title}" {`);
    out.push(`  goal "Goal of ${title}"`);
    out.push(`  need "Needs of ${title}"`);
    out.push('}');
  }
  out.push('');
  for (const [id, title, kind] of CHANNELS) out.push(`channel ${id} "${title}" ${kind}`);
  out.push('');
  return out;
}

/**
 * Renders one journey of roughly `budget` lines (at least one stage).
 * Every shared persona and channel is used by the touchpoints, so any journey keeps
 * the shared declarations in use.
 */
function journeyText(r, id, budget, g = { n: 0 }) {
  const cyr = r.chance(0.3);
  const tpBase = cyr ? 'Касание' : 'Tp';
  const head = [
    `// Generated journey ${id}`,
    `journey ${id} "Generated journey ${id}" {`,
    `  product "Product ${r.int(1, 40)}"`,
    `  state ${r.pick(['current', 'future', 'research'])}`,
    `  owner "team-${r.int(1, 12)}"`,
    `  reviewed ${dateIn(r)}`,
    `  objective "Raise conversion of ${id} from ${r.int(2, 9)}% to ${r.int(10, 20)}%"`,
    `  problem "Customers drop out between ${r.pick(OBJECTS)} and ${r.pick(OBJECTS)}"`,
  ];
  // target, the two local declarations and a blank line
  const headLines = head.length + 4;
  // Plan stages until the budget is spent; a stage is rendered after all names are known.
  const stages = [];
  let used = headLines + 1;
  let tpCount = 0;
  while (stages.length === 0 || used < budget) {
    const s = stages.length;
    const [sid, stitle] = STAGE_NAMES[s % STAGE_NAMES.length];
    const st = {
      id: s < STAGE_NAMES.length ? sid : `${sid}_${s}`,
      title: stitle,
      owner: r.chance(0.3),
      tps: [],
      barriers: r.int(1, 2),
      questions: r.int(1, 2),
    };
    const n = r.int(2, 4);
    for (let k = 0; k < n; k++) {
      st.tps.push({
        name: `${tpBase}${s + 1}_${k + 1}`,
        index: tpCount++,
        g: g.n++, // workspace-wide counter: spreads the shared personas and channels
        arrow: r.chance(0.2),
        desc: r.chance(0.5),
        thought: r.chance(0.6),
      });
    }
    const n2 = stageLines(st);
    // Stop when this stage would overshoot the budget by more than it would undershoot.
    if (stages.length > 0 && used + n2 - budget > budget - used) break;
    stages.push(st);
    used += n2;
  }
  const allTps = stages.flatMap((s) => s.tps);
  allTps[allTps.length - 1].arrow = false; // the last touchpoint ends the journey

  // Target: the local persona plus the persona of one touchpoint, so both are covered.
  const covered = PERSONAS[allTps[r.int(0, allTps.length - 1)].g % PERSONAS.length][0];
  head.push(`  target ${covered}, Гость`);
  head.push(`  persona Гость "Гость, локальная персона" { context "Journey-local persona" }`);
  head.push(`  channel Kiosk "Self-service kiosk" offline`);
  head.push('');

  const out = head;
  for (const st of stages) out.push(...stageText(r, st, allTps));
  out.push('}');
  if (process.env.GEN_DEBUG) console.error(`${id}: planned ${used}, wrote ${out.length}, budget ${budget}`);
  out.push('');
  return out;
}

function stageLines(st) {
  let n = 3 + (st.owner ? 1 : 0); // header, blank, closing
  for (const t of st.tps) n += 4 + (t.desc ? 1 : 0) + (t.thought ? 1 : 0) + (t.arrow ? 1 : 0);
  n += 3 + (st.barriers - 1) + 3; // barrier with mitigation, plain barrier, opportunity
  n += 7; // metric
  n += st.questions * 4;
  return n;
}

function stageText(r, st, allTps) {
  const out = [`  stage ${st.id} "${st.title}" {`];
  if (st.owner) out.push(`    owner "squad-${r.int(1, 30)}"`);
  for (const t of st.tps) {
    const i = t.index;
    const persona = PERSONAS[t.g % PERSONAS.length][0];
    const via = [CHANNELS[t.g % CHANNELS.length][0]];
    if (i % 5 === 0) via.push('Kiosk');
    const fors = i === 0 ? ['Гость', persona] : [persona];
    out.push(`    touchpoint ${t.name} "${r.pick(VERBS)} ${r.pick(OBJECTS)}" via ${via.join(', ')} for ${fors.join(', ')} {`);
    out.push(`      emotion ${r.int(-2, 2)}`);
    if (t.desc) out.push(`      description "Step ${i + 1} of the generated journey"`);
    out.push(`      action "${r.pick(VERBS)} ${r.pick(OBJECTS)}"`);
    if (t.thought) out.push(`      thought "${r.pick(THOUGHTS)}"`);
    if (t.arrow) {
      const back = allTps[r.int(0, Math.max(0, i - 1))].name; // a loop back
      const next = allTps[i + 1].name; // keeps everything after reachable
      out.push(`      -> ${back}, ${next}`);
    }
    out.push('    }');
  }
  // Barriers: the first has a mitigation; a second one is resolved by an opportunity.
  const bNames = [];
  for (let b = 0; b < st.barriers; b++) {
    const name = `Barrier_${st.id}_${b + 1}`;
    bNames.push(name);
    const at = r.pick(st.tps).name;
    const sev = r.pick(SEVERITIES);
    if (b === 0) {
      out.push(`    barrier ${name} "Friction at ${at}" at ${at} severity ${sev} {`);
      out.push(`      mitigation "Remove the extra step at ${at}"`);
      out.push('    }');
    } else {
      out.push(`    barrier ${name} "Second friction at ${at}" at ${at} severity ${sev}`);
    }
  }
  out.push(`    opportunity Opp_${st.id} "Fix ${st.id}" resolves ${bNames[bNames.length - 1]} {`);
  out.push(`      description "Opportunity for stage ${st.id}"`);
  out.push('    }');
  const [baseline, target, actual] = metricValues(r);
  out.push(`    metric Metric_${st.id} "Success of ${st.title}" {`);
  out.push(`      baseline ${baseline}`);
  out.push(`      target ${target}`);
  out.push(`      actual ${actual}`);
  out.push(`      source "Analytics"`);
  out.push(`      measured ${dateIn(r)}`);
  out.push('    }');
  for (let q = 0; q < st.questions; q++) {
    out.push(`    question "Why do customers leave at ${st.title} (${q + 1})?" {`);
    out.push(`      answer "Finding ${q + 1} (${r.int(3, 15)} of 20 interviews)" source interview date ${dateIn(r)}`);
    out.push(`      answer "${r.int(10, 70)}% said so" source ${r.pick(SOURCES)} date ${dateIn(r)} sample ${r.int(40, 900)}`);
    out.push('    }');
  }
  out.push('  }');
  out.push('');
  return out;
}

/**
 * Writes a synthetic workspace into `dir` (created; existing .cjm files in it removed).
 * - many files (default): `shared.cjm` with personas and channels plus `files - 1`
 *   journey files of about equal size;
 * - `single: true`: one `workspace.cjm` with the shared declarations and every journey.
 * Returns `{ dir, files: string[], lines: number }` (actual line count written).
 */
export function generateWorkspace({ lines, files, seed = 1, dir, single = false, journeyLines = 250 } = {}) {
  if (!Number.isFinite(lines) || lines < 50) throw new Error('generateWorkspace: lines must be >= 50');
  if (!dir) throw new Error('generateWorkspace: dir is required');
  const r = prng(seed ^ lines);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.cjm')) fs.rmSync(path.join(dir, f));

  const shared = sharedText();
  const g = { n: 0 };
  const written = [];
  let total = 0;
  const write = (name, arr) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, arr.join('\n'));
    written.push(p);
    total += arr.length - 1; // the last element is the empty string after the final newline
  };

  if (single) {
    const out = [...shared];
    let j = 0;
    while (out.length < lines) {
      const budget = Math.min(journeyLines, Math.max(60, lines - out.length));
      out.push(...journeyText(r, `J${String(++j).padStart(5, '0')}`, budget, g));
    }
    write('workspace.cjm', out);
  } else {
    const n = Math.max(2, files ?? Math.round(lines / 250));
    write('shared.cjm', shared);
    const per = Math.max(40, Math.floor((lines - shared.length) / (n - 1)));
    for (let k = 1; k < n; k++) {
      const id = `J${String(k).padStart(5, '0')}`;
      write(`journey-${String(k).padStart(4, '0')}.cjm`, journeyText(r, id, per, g));
    }
  }
  return { dir, files: written, lines: total };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const res = generateWorkspace({
    lines: Number(opt('lines', '1000')),
    files: opt('files') ? Number(opt('files')) : undefined,
    seed: Number(opt('seed', '1')),
    dir: opt('out', 'bench/.work/generated'),
    single: args.includes('--single'),
  });
  console.log(`${res.files.length} file(s), ${res.lines} lines in ${res.dir}`);
}
