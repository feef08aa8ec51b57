// UTF-8 byte spans (as the API gives them) to JavaScript string indices.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byteToIndexMap, byteSpanToIndices, segment } from '../src/utf8.js';

const bytes = (s) => new TextEncoder().encode(s).length;

test('Arabic text: byte spans map to the right characters', () => {
  const text = 'زار وزير الخارجية الإيراني موسكو أمس.';
  const map = byteToIndexMap(text);
  assert.equal(map.length, bytes(text) + 1);
  const word = 'موسكو';
  const start = bytes(text.slice(0, text.indexOf(word)));
  const [a, b] = byteSpanToIndices(map, start, start + bytes(word));
  assert.equal(text.slice(a, b), word);
});

test('mixed ASCII, Arabic and astral characters (surrogate pairs)', () => {
  const text = 'A 😀 ب c';
  const map = byteToIndexMap(text);
  const start = bytes('A 😀 ');
  const [a, b] = byteSpanToIndices(map, start, start + bytes('ب'));
  assert.equal(text.slice(a, b), 'ب');
  const [e1, e2] = byteSpanToIndices(map, 2, 6);
  assert.equal(text.slice(e1, e2), '😀');
});

test('spans past the end are clamped; a span ending inside a character includes it', () => {
  const text = 'سلام';
  const map = byteToIndexMap(text);
  assert.deepEqual(byteSpanToIndices(map, 0, 999), [0, 4]);
  assert.deepEqual(byteSpanToIndices(map, 0, 3), [0, 2]);
});

test('segment splits at nested span boundaries', () => {
  const segs = segment('abcdef', [{ kind: 'evidence', start: 0, end: 6 }, { kind: 'source', start: 1, end: 3 }]);
  assert.deepEqual(segs, [
    { text: 'a', kinds: ['evidence'] },
    { text: 'bc', kinds: ['evidence', 'source'] },
    { text: 'def', kinds: ['evidence'] },
  ]);
});
