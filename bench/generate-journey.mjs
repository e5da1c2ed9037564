// One synthetic journey of N touchpoints, for the render benchmarks.
//
//   import { generateJourney } from './generate-journey.mjs';
//   generateJourney({ touchpoints: 200, seed: 1, file: 'bench/.work/render/journey-200.cjm' });
//
// or from the shell:
//
//   node bench/generate-journey.mjs --touchpoints 200 --seed 1 --out bench/.work/render/journey-200.cjm
//
// The file holds the shared personas and channels of generate.mjs and one journey whose
// stages have 8-10 touchpoints each. Touchpoints have one or two channels, one or two
// personas, an emotion (about one in seven has none), Latin or Cyrillic titles, actions
// and thoughts. The flow mixes what real maps have: plain next steps, branches (two
// successors), diamonds (a branch whose first arm jumps over the second), loops back
// (also into earlier stages), jumps ahead into later stages and the odd self-loop; every
// touchpoint stays reachable from the first. Each stage has barriers resolved by
// opportunities (some also with a mitigation), a metric and answered questions.
// Deterministic for a given (touchpoints, seed); lints clean for --today 2026-11-23 from
// 8 touchpoints up (fewer leave some shared personas and channels unused).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHANNELS, OBJECTS, PERSONAS, SEVERITIES, SOURCES, STAGE_NAMES, THOUGHTS, VERBS, dateIn, metricValues, prng,
} from './generate.mjs';

const TITLES_RU = [
  'Заполняет анкету в отделении', 'Сравнивает тарифы', 'Ждёт звонка оператора', 'Получает карту курьером',
  'Подтверждает платёж кодом из SMS', 'Читает отзывы о доставке', 'Оформляет возврат', 'Пишет в чат поддержки',
];
const ACTIONS_RU = ['Звонит в поддержку', 'Открывает приложение', 'Сканирует QR-код', 'Вводит паспортные данные'];

/** The flow of every touchpoint: `arrows[i]` lists the targets of touchpoint i (empty: the next one). */
function planFlow(r, n) {
  const arrows = Array.from({ length: n }, () => []);
  let i = 0;
  while (i < n - 1) {
    const room = n - 1 - i; // touchpoints after i
    const roll = r.next();
    if (roll < 0.08 && room >= 3) {
      // diamond: i branches to i+1 and i+2; i+1 jumps over i+2 to i+3; i+2 continues to i+3
      arrows[i] = [i + 1, i + 2];
      arrows[i + 1] = [i + 3];
      i += 3;
      continue;
    }
    if (roll < 0.16 && room >= 2) arrows[i] = [i + 1, i + 2]; // branch
    else if (roll < 0.24 && i > 0) arrows[i] = [Math.max(0, i - r.int(1, 12)), i + 1]; // loop back (often across stages)
    else if (roll < 0.30 && room >= 12) arrows[i] = [i + r.int(10, Math.min(25, room)), i + 1]; // jump ahead across stages
    else if (roll < 0.31) arrows[i] = [i, i + 1]; // self-loop: the step repeats
    i++;
  }
  return arrows;
}

/** Stage sizes that add up to n: about 9 each, 8-10 where n allows, in a seeded order. */
function planStages(r, n) {
  const count = Math.max(1, Math.round(n / 9));
  const sizes = Array.from({ length: count }, (_, s) => Math.floor(n / count) + (s < n % count ? 1 : 0));
  for (let s = 0; s + 1 < count; s++) {
    // move one touchpoint to a random other stage now and then, keeping both within 8..10
    const t = r.int(0, count - 1);
    if (r.chance(0.5) && sizes[s] > 8 && sizes[t] < 10) {
      sizes[s]--;
      sizes[t]++;
    }
  }
  return sizes;
}

/** The text of one journey with `touchpoints` touchpoints; returns an array of lines. */
export function journeyLines({ touchpoints: n, seed = 1 }) {
  if (!Number.isInteger(n) || n < 2) throw new Error('generateJourney: touchpoints must be an integer >= 2');
  const r = prng(seed ^ (n * 7919));
  const sizes = planStages(r, n);
  const flow = planFlow(r, n);
  const name = (i) => (Math.floor(i / 50) % 2 === 0 ? `T${i + 1}` : `Шаг${i + 1}`);

  const out = [`// Generated journey of ${n} touchpoints (bench/generate-journey.mjs, seed ${seed})`, ''];
  for (const [id, title] of PERSONAS) out.push(`persona ${id} "${title}" { goal "Goal of ${title}" }`);
  for (const [id, title, kind] of CHANNELS) out.push(`channel ${id} "${title}" ${kind}`);
  out.push('');
  out.push(`journey Generated${n} "Сгенерированный путь клиента: ${n} touchpoints" {`);
  out.push(`  product "Product ${r.int(1, 40)}"`);
  out.push('  state current');
  out.push(`  reviewed ${dateIn(r)}`);
  out.push(`  objective "Raise conversion from ${r.int(2, 9)}% to ${r.int(10, 20)}%"`);
  out.push(`  problem "Customers drop out between ${r.pick(OBJECTS)} and ${r.pick(OBJECTS)}"`);
  // Touchpoint i is for PERSONAS[i % 8], so the first two personas are always covered.
  out.push(`  target ${PERSONAS[0][0]}, ${PERSONAS[1][0]}`);
  out.push('');

  let i = 0;
  sizes.forEach((size, s) => {
    const [sid, stitle] = STAGE_NAMES[s % STAGE_NAMES.length];
    const stageId = s < STAGE_NAMES.length ? sid : `${sid}_${s + 1}`;
    const stageTitle = s < STAGE_NAMES.length ? stitle : `${stitle} ${s + 1}`;
    out.push(`  stage ${stageId} "${stageTitle}" {`);
    const first = i;
    for (let k = 0; k < size; k++, i++) {
      const cyr = r.chance(0.4);
      const title = cyr ? r.pick(TITLES_RU) : `${r.pick(VERBS)} ${r.pick(OBJECTS)}`;
      const via = [CHANNELS[i % CHANNELS.length][0]];
      if (r.chance(0.2)) via.push(CHANNELS[(i + 3) % CHANNELS.length][0]);
      const fors = [PERSONAS[i % PERSONAS.length][0]];
      if (r.chance(0.15)) fors.push(PERSONAS[(i + 5) % PERSONAS.length][0]);
      out.push(`    touchpoint ${name(i)} "${title}" via ${via.join(', ')} for ${fors.join(', ')} {`);
      if (r.next() >= 1 / 7) out.push(`      emotion ${r.int(-2, 2)}`);
      if (r.chance(0.5)) out.push(`      action "${cyr ? r.pick(ACTIONS_RU) : `${r.pick(VERBS)} ${r.pick(OBJECTS)}`}"`);
      if (r.chance(0.4)) out.push(`      thought "${r.pick(THOUGHTS)}"`);
      if (flow[i].length) out.push(`      -> ${flow[i].map(name).join(', ')}`);
      out.push('    }');
    }
    // Barriers at this stage's touchpoints; the opportunity resolves all of them.
    const barriers = [];
    const count = r.int(1, 2);
    for (let b = 0; b < count; b++) {
      const bid = `Barrier_${stageId}_${b + 1}`;
      barriers.push(bid);
      const at = name(first + r.int(0, size - 1));
      const head = `    barrier ${bid} "${b === 0 ? 'Долгое ожидание' : 'Friction'} at ${at}" at ${at} severity ${r.pick(SEVERITIES)}`;
      if (r.chance(0.5)) out.push(`${head} { mitigation "Remove the extra step at ${at}" }`);
      else out.push(head);
    }
    out.push(`    opportunity Opp_${stageId} "Fix ${stageTitle}" resolves ${barriers.join(', ')} {`);
    out.push(`      description "Opportunity for stage ${stageTitle}"`);
    out.push('    }');
    const [baseline, target, actual] = metricValues(r);
    out.push(`    metric Metric_${stageId} "Success of ${stageTitle}" {`);
    out.push(`      baseline ${baseline} target ${target} actual ${actual}`);
    out.push(`      source "Analytics" measured ${dateIn(r)}`);
    out.push('    }');
    out.push(`    question "Почему клиенты уходят на этапе ${stageTitle}?" {`);
    out.push(`      answer "Finding (${r.int(3, 15)} of 20 interviews)" source interview date ${dateIn(r)}`);
    if (r.chance(0.5)) {
      out.push(`      answer "${r.int(10, 70)}% said so" source ${r.pick(SOURCES)} date ${dateIn(r)} sample ${r.int(40, 900)}`);
    }
    out.push('    }');
    out.push('  }');
    out.push('');
  });
  out.push('}');
  out.push('');
  return out;
}

/**
 * Writes one journey of `touchpoints` touchpoints into `file` (its folder created).
 * Returns `{ file, touchpoints, stages, lines }`.
 */
export function generateJourney({ touchpoints, seed = 1, file }) {
  if (!file) throw new Error('generateJourney: file is required');
  const lines = journeyLines({ touchpoints, seed });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n'));
  const stages = lines.filter((l) => l.startsWith('  stage ')).length;
  return { file, touchpoints, stages, lines: lines.length - 1 };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (flag, dflt) => {
    const k = args.indexOf(`--${flag}`);
    return k >= 0 ? args[k + 1] : dflt;
  };
  const n = Number(opt('touchpoints', '200'));
  const res = generateJourney({ touchpoints: n, seed: Number(opt('seed', '1')), file: opt('out', `bench/.work/render/journey-${n}.cjm`) });
  console.log(`${res.touchpoints} touchpoints in ${res.stages} stages, ${res.lines} lines: ${res.file}`);
}
