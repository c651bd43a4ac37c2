// Bad input through the wasm module and the CLI: a valid result with warnings, exit 0,
// identical JSON from both.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertSchema, assertSpans, extractor, runNative } from './helpers.mjs';

const nf = await extractor();

const para = 'Israel staged a raid on a camp in Gaza on July 13, officials said. At least 92 people were killed.\n\n';
const cases = {
  'empty': [Buffer.alloc(0), 'empty_input'],
  'blank': [Buffer.from('  \n\n\t \n'), 'empty_input'],
  'invalid UTF-8': [Buffer.from([0x78, 0x0a, 0x0a, 0x54, 0x68, 0x65, 0xff, 0xc3, 0x20, 0xed, 0xa0, 0x80, 0x2e, 0x20, 0x4f, 0x6b, 0x2e]), 'invalid_utf8'],
  'NUL bytes': [Buffer.from('x\n\nThe\0strike\0hit. It ended.'), 'nul_bytes'],
  'pasted HTML': [Buffer.from('<html><body><p>The strike hit.</p><script>alert(1)</script><img src=x onerror=alert(1)><p>It ended.</p></body></html>'), 'html_input'],
  'unbalanced quotes': [Buffer.from('x\n\nHe said "we will fight on.\n\nThe end.'), 'unbalanced_quotes'],
  'a one-million-character line': [Buffer.from('Strike hits camp '.repeat(58824).slice(0, 1_000_000)), 'long_sentence'],
  '10 MB of text': [Buffer.from('date 2024-07-14 Big\n\n' + para.repeat(Math.ceil(10_000_000 / para.length))), null],
};

for (const [name, [bytes, warning]] of Object.entries(cases)) {
  test(`bad input: ${name}`, () => {
    const json = nf.extractJSON(new Uint8Array(bytes));
    const r = JSON.parse(json);
    assertSchema(r);
    assertSpans(new TextDecoder().decode(bytes), r);
    if (warning) assert.ok(r.warnings.some((w) => w.code === warning), `expected warning ${warning}`);
    const native = runNative(bytes);
    assert.equal(native.status, 0);
    assert.equal(json, native.stdout, 'wasm and native JSON differ');
    if (warning !== 'invalid_utf8' && bytes.length < 100000) {
      // The same text given as a JS string gives the same result (invalid UTF-8 aside:
      // decoding it to a string already replaced the bytes, so no warning is due).
      assert.equal(nf.extractJSON(new TextDecoder().decode(bytes)), json);
    }
  });
}

test('bad input: pasted HTML never reaches the result as markup-free text it lacks', () => {
  const html = '<p>The strike hit.</p><script>alert(1)</script>';
  const r = nf.extract(html);
  assert.equal(r.sentences.length, 1);
  assert.equal(html.slice(r.sentences[0].start, r.sentences[0].end), 'The strike hit.');
});
