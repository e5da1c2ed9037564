// `node bench/run.mjs --only PART,...` runs some parts of the benchmarks; RESULTS.md keeps
// the sections and aims of the other parts from the run before, and says so.

/** Each part and the level-2 headings of RESULTS.md it writes. */
export const PARTS = {
  lint: ['`cjm lint', 'Start-up', 'In process'],
  render: ['Render'],
  quality: ['Layout quality'],
  lsp: ['Language server'],
  vscode: ['VS Code'],
  browser: ['In the browser'],
  stage: ['One stage of'],
  cost: ['Cost before and after'],
  site: ['cjm site'],
};

/** The parts named by `--only a,b` (or `--only=a,b`), or every part. Throws on an unknown name. */
export function partsToRun(argv) {
  const i = argv.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  if (i < 0) return Object.keys(PARTS);
  const names = (argv[i].includes('=') ? argv[i].slice('--only='.length) : argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !(name in PARTS));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes parts from ${Object.keys(PARTS).join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`);
  }
  return names;
}

/** Rows of an aims table written before the part column: their part, from their wording. */
function legacyPart(aim) {
  if (/^language server/.test(aim)) return 'lsp';
  if (/in a browser/.test(aim)) return 'browser';
  if (/cjm site/.test(aim)) return 'site';
  if (/VS Code|preview/.test(aim)) return 'vscode';
  if (/render|redraw/.test(aim)) return 'render';
  if (/crossing|through a box/.test(aim)) return 'quality';
  return 'lint';
}

const RAN = '- When each part ran: ';

/** The Machine section's line naming when each part's figures were taken (and the load average then). */
export function whenRan(dates) {
  return `${RAN}${Object.keys(PARTS).map((part) => `${part} ${dates[part] ?? 'never'}`).join(', ')}.`;
}

/**
 * From the previous RESULTS.md text: when each part ran, the aims rows (`| part | aim |
 * measured | result |`) and the sections of the parts in `kept`.
 */
export function previousResults(text, kept) {
  const written = /Written by `bench\/run\.mjs` on (\S+)\./.exec(text)?.[1];
  const line = text.split('\n').find((l) => l.startsWith(RAN));
  const dates = line
    ? Object.fromEntries(line.slice(RAN.length).replace(/\.$/, '').split(', ').map((item) => {
      const [part, ...when] = item.split(' ');
      return [part, when.join(' ')];
    }))
    : Object.fromEntries(Object.keys(PARTS).map((part) => [part, written]));
  const blocks = text.split(/^(?=## )/m);
  const aimsBlock = blocks.find((block) => block.startsWith('## Aims')) ?? '';
  const aims = aimsBlock.split('\n').filter((line) => line.startsWith('| ') && !/^\| (part \| )?aim \|/.test(line) && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line.slice(2, -2).split(' | ');
      return cells.length === 3 ? [legacyPart(cells[0]), ...cells] : cells;
    })
    .filter(([part]) => kept.includes(part));
  const sections = Object.fromEntries(kept.map((part) => [part,
    blocks.filter((block) => PARTS[part].some((heading) => block.startsWith(`## ${heading}`))).join('').trimEnd().split('\n').concat('')]));
  return { dates, aims, sections };
}
