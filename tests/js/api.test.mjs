// The JS module's contract: memoised factory, errors as values, Node worker threads.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { assertSchema, assertSpans, distDir, extractor } from './helpers.mjs';

test('createExtractor is memoised', async () => {
  const { createExtractor } = await import(path.join(distDir, 'newsfacts.mjs'));
  const a = await createExtractor();
  const b = await createExtractor();
  assert.equal(a, b);
  assert.match(a.version, /^\d+\.\d+\.\d+/);
});

test('extract returns a plain object per SPEC', async () => {
  const nf = await extractor();
  const text = 'date 2024-07-14 Headline\n\nThe strike hit Gaza. Rescuers said eight died.';
  const r = nf.extract(text, { date: '2024-07-15' });
  assertSchema(r);
  assert.equal(r.article.date, '2024-07-15');
  assert.equal(r.article.date_source, 'option');
  assert.equal(r.sentences.length, 2);
  assert.equal(text.slice(r.sentences[1].start, r.sentences[1].end), 'Rescuers said eight died.');
});

test('errors come back as values, never as exceptions', async () => {
  const nf = await extractor();
  for (const bad of [42, null, undefined, {}, ['a']]) {
    const r = nf.extract(bad);
    assertSchema(r);
    assert.equal(r.error.code, 'bad_input');
  }
  const r = nf.extract('text', { offsets: 'bytes' });
  assert.equal(r.error.code, 'bad_option');
  const big = nf.extract('a'.repeat(32 * 1024 * 1024 + 1));
  assertSchema(big);
  assert.equal(big.error.code, 'input_too_large');
  // The module still works afterwards.
  assert.equal(nf.extract('x\n\nOne. Two.').sentences.length, 2);
});

test('lone surrogates become U+FFFD with a warning, offsets exact', async () => {
  const nf = await extractor();
  const text = 'x\n\nBad \uD800 here. And \uDC00 there.';
  const r = nf.extract(text);
  assertSchema(r);
  assert.ok(r.warnings.some((w) => w.code === 'lone_surrogates'));
  assert.equal(r.sentences.length, 2);
  assertSpans(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'), r);  // its lone surrogates, as U+FFFD
});

test('Uint8Array input reads raw bytes (invalid UTF-8 repaired like TextDecoder)', async () => {
  const nf = await extractor();
  const bytes = new Uint8Array([...Buffer.from('x\n\nThe '), 0xff, ...Buffer.from(' strike. Ends.')]);
  const r = nf.extract(bytes);
  assertSchema(r);
  assert.ok(r.warnings.some((w) => w.code === 'invalid_utf8'));
  assertSpans(new TextDecoder().decode(bytes), r);
  assert.equal(r.sentences.length, 2);
});

test('works inside a Node worker thread', async () => {
  const src = `
    const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(path.join(distDir, 'newsfacts.mjs'))}).then(async (m) => {
      const nf = await m.createExtractor();
      parentPort.postMessage(nf.extract('x\\n\\nOne. Two. Three.').sentences.length);
    });`;
  const n = await new Promise((resolve, reject) => {
    const w = new Worker(src, { eval: true });
    w.once('message', resolve);
    w.once('error', reject);
  });
  assert.equal(n, 3);
});

test('a missing or broken .wasm rejects createExtractor with the reason, and a retry rejects again', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-nowasm-'));
  try {
    fs.copyFileSync(path.join(distDir, 'newsfacts.mjs'), path.join(dir, 'newsfacts.mjs'));
    const script = `const m = await import(${JSON.stringify(path.join(dir, 'newsfacts.mjs'))});
      for (let i = 0; i < 2; i++) {
        try { await m.createExtractor(); console.log('resolved'); } catch (e) { console.log('rejected: ' + e.message); }
      }`;
    const run = () => spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30000 });
    let r = run();  // no .wasm beside the module
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    for (const l of lines) assert.match(l, /^rejected: .*cannot load .*newsfacts\.wasm.*ENOENT/);
    fs.writeFileSync(path.join(dir, 'newsfacts.wasm'), fs.readFileSync(path.join(distDir, 'newsfacts.wasm')).subarray(0, 100));
    r = run();  // a truncated one
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^rejected: .*cannot load .*newsfacts\.wasm/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
