// The native CLI: one article, --jsonl batches over threads, exit codes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runNative } from './helpers.mjs';

test('--jsonl: one output line per input line, in order, never stopping on a bad line', () => {
  const lines = [];
  for (let i = 0; i < 300; i++) {
    if (i % 50 === 7) lines.push('{not json');
    else if (i % 50 === 9) lines.push(JSON.stringify({ id: i, nottext: 1 }));
    else lines.push(JSON.stringify({ id: `a${i}`, text: `x\n\nSentence one of ${i}. Two.`, date: '2024-07-14' }));
  }
  const input = lines.join('\n') + '\n';
  const one = runNative(input, ['--jsonl', '--threads', '1']);
  const many = runNative(input, ['--jsonl', '--threads', '4']);
  assert.equal(one.status, 0);
  assert.equal(many.stdout, one.stdout, 'threads change the output');
  const out = one.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 300);
  out.forEach((o, i) => {
    if (i % 50 === 7) { assert.equal(o.error.code, 'bad_line'); assert.equal(o.id, null); }
    else if (i % 50 === 9) { assert.equal(o.error.code, 'bad_line'); assert.equal(o.id, i); }
    else {
      assert.equal(o.id, `a${i}`);
      assert.equal(o.result.article.date, '2024-07-14');
      assert.equal(o.result.sentences.length, 2);
    }
  });
});

test('--jsonl repairs invalid UTF-8 in a line and says so', () => {
  const input = Buffer.concat([Buffer.from('{"id":1,"text":"x\\n\\nBad '), Buffer.from([0xff]), Buffer.from(' byte."}\n')]);
  const r = runNative(input, ['--jsonl']);
  assert.equal(r.status, 0);
  const o = JSON.parse(r.stdout);
  assert.equal(o.id, 1);
  assert.equal(o.warnings[0].code, 'invalid_utf8');
  assert.equal(o.result.sentences.length, 1);
});

test('exit codes: usage 2, oversized input 3 with the error document', () => {
  assert.equal(runNative('', ['--offsets', 'bytes']).status, 2);
  assert.equal(runNative('', ['--nope']).status, 2);
  const big = runNative(Buffer.alloc(32 * 1024 * 1024 + 10, 0x61));
  assert.equal(big.status, 3);
  assert.equal(JSON.parse(big.stdout).error.code, 'input_too_large');
  assert.match(big.stderr, /32 MiB/);
});

test('--pretty and --offsets', () => {
  const r = runNative('x\n\nCaf\u00e9 \u{1F600} opened.', ['--pretty', '--offsets', 'codepoint']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /\n  "schema"/);
  const j = JSON.parse(r.stdout);
  assert.equal(j.offsets, 'codepoint');
  assert.equal(j.sentences[0].end, 3 + 14);  // 'Café 😀 opened.' is 14 code points
});
