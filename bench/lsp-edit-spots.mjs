// Where the language-server benchmarks edit a generated file, and the edit itself.

// Where in a generated file an edit goes, as { line, start, end, text } of the token to
// replace, at or after line `from`; `toggle` gives the other value, so every run is a real
// change that keeps the file clean.
function spot(lines, re, toggle, from = 0) {
  const line = lines.findIndex((l, i) => i >= from && re.test(l));
  if (line < 0) throw new Error(`no line matches ${re}`);
  const m = re.exec(lines[line]);
  const start = m.index + m[1].length;
  return { line, start, end: start + m[2].length, text: m[2], other: toggle(m[2]) };
}
export const emotionSpot = (lines, from) => spot(lines, /^(\s+emotion )(-?\d)\s*$/, (v) => String(v === '2' ? 1 : Number(v) + 1), from);
export const journeySpot = (lines) => spot(lines, /^(journey )(\S+)/, (id) => `${id}b`);

/** Replaces the spot's token by its other value (and back on the next call); resolves when sent. */
export function flip(session, uri, s) {
  const range = { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } };
  [s.text, s.other] = [s.other, s.text];
  s.end = s.start + s.text.length;
  return session.change(uri, range, s.text);
}

