// UTF-8 byte offsets (as the API gives spans) to JavaScript string indices (UTF-16 code units).
// byteToIndexMap(text)[b] is the string index of the character that starts at byte b (and of the end of the
// text for b = byte length); a byte inside a character maps to the index of that character.
export function byteToIndexMap(text) {
  const map = [];
  let index = 0;
  for (const ch of text) {  // iterates code points
    const cp = ch.codePointAt(0);
    const bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let i = 0; i < bytes; i++) map.push(index);
    index += ch.length;
  }
  map.push(index);
  return map;
}

// [start, end) in bytes to [start, end) in string indices, clamped to the text.
export function byteSpanToIndices(map, start, end) {
  const last = map.length - 1;
  const s = map[Math.max(0, Math.min(start, last))];
  let b = Math.max(0, Math.min(end, last));
  while (b > 0 && b < last && map[b] === map[b - 1]) b++;  // end inside a character: include it
  return [s, Math.max(s, map[b])];
}

// Splits text into segments at every span boundary; each segment lists the span kinds covering it.
// spans: [{kind, start, end}] in string indices. Returns [{text, kinds: [..]}].
export function segment(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    const kinds = spans.filter((s) => s.start <= a && b <= s.end).map((s) => s.kind);
    out.push({ text: text.slice(a, b), kinds });
  }
  return out;
}
