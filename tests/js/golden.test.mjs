// Golden cases against the wasm module, and byte-identical JSON from the native CLI.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { assertSchema, assertSpans, cliArgs, extractor, goldenCases, mismatch, runNative, sharedDir } from './helpers.mjs';

const nf = await extractor();
const cases = goldenCases();

test('there are golden cases', () => {
  assert.ok(cases.length >= 5);
});

for (const { name, spec, input } of cases) {
  test(`golden: ${name}`, () => {
    const text = input.toString('utf8');
    const options = spec.options || {};
    const json = nf.extractJSON(text, options);
    const result = JSON.parse(json);
    assertSchema(result);
    assertSpans(text, result);
    assert.equal(mismatch(result, spec.expect), null);
    const native = runNative(input, cliArgs(options));
    assert.equal(native.status, 0, native.stderr);
    assert.equal(json, native.stdout, 'wasm and native JSON differ');
  });
}

const seed = path.join(sharedDir, 'corpus', 'seed', 'seed.txt');
test('seed article: wasm JSON is byte-identical to native, 18 body sentences', { skip: !fs.existsSync(seed) && 'no ../shared' }, () => {
  const bytes = fs.readFileSync(seed);
  const json = nf.extractJSON(bytes.toString('utf8'));
  const native = runNative(bytes);
  assert.equal(native.status, 0);
  assert.equal(json, native.stdout);
  const r = JSON.parse(json);
  assertSchema(r);
  assertSpans(bytes.toString('utf8'), r);
  assert.equal(r.article.date, '2024-07-14');
  assert.equal(r.article.headline, 'Hamas says pulling out of truce talks after Israeli strike in Gaza');
  assert.equal(r.sentences.length, 18);
});
