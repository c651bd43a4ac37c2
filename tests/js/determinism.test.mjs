// Determinism: the wasm module and the native CLI give byte-identical JSON for every text
// of the repo's corpora (the dev and test sets under tests/, the page's example), not only
// the golden cases: one `newsfacts --jsonl` run against the module, text by text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extractor, root, runNative } from './helpers.mjs';

const nf = await extractor();

// Every text under tests/ and web/: JSON lines' "text" (with "dct" as the date), the brat
// and TimeML documents and the annotation files as they stand (markup is input too).
function corpus() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) { walk(p); continue; }
      const rel = path.relative(root, p);
      if (e.name.endsWith('.jsonl')) {
        fs.readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
          if (!line.trim()) return;
          const j = JSON.parse(line);
          if (typeof j.text !== 'string') return;
          const date = typeof j.dct === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(j.dct) ? j.dct : undefined;
          out.push({ id: `${rel}:${i + 1}`, text: j.text, date });
        });
      } else if (/\.(txt|tml|ann)$/.test(e.name)) {
        out.push({ id: rel, text: fs.readFileSync(p, 'utf8') });
      }
    }
  };
  for (const d of ['tests/entities', 'tests/events', 'tests/casualties', 'tests/quotes', 'tests/timeml', 'tests/golden']) {
    if (fs.existsSync(path.join(root, d))) walk(path.join(root, d));
  }
  out.push({ id: 'web/example.txt', text: fs.readFileSync(path.join(root, 'web', 'example.txt'), 'utf8') });
  return out;
}

test('wasm and native JSON are byte-identical over every corpus in the repo', () => {
  const texts = corpus();
  assert.ok(texts.length > 500, `only ${texts.length} texts found`);
  const input = texts.map((t) => JSON.stringify(t.date ? { id: t.id, text: t.text, date: t.date } : { id: t.id, text: t.text })).join('\n') + '\n';
  const native = runNative(Buffer.from(input, 'utf8'), ['--jsonl']);
  assert.equal(native.status, 0, native.stderr);
  const lines = native.stdout.split('\n').filter((l) => l);
  assert.equal(lines.length, texts.length);
  let differ = 0;
  const first = [];
  lines.forEach((line, i) => {
    const t = texts[i];
    // {"id":ID,"result":RESULT}: the CLI writes the result as extract_json made it
    const head = `{"id":${JSON.stringify(t.id)},"result":`;
    assert.ok(line.startsWith(head) && line.endsWith('}'), `line ${i + 1} is not ${t.id}'s result: ${line.slice(0, 120)}`);
    // (extractJSON ends its document with a newline, as the CLI does for one file; a JSON
    // line has none inside)
    const json = nf.extractJSON(t.text, t.date ? { date: t.date } : {});
    if (line.slice(head.length, -1) + '\n' !== json) {
      differ += 1;
      if (first.length < 5) first.push(t.id);
    }
  });
  assert.equal(differ, 0, `${differ} of ${texts.length} texts differ between wasm and native, e.g. ${first.join(', ')}`);
});
