// The benchmark behind scripts/bench: MB/s and per-article latency of the native build
// and of the wasm build in Node, cold start in a fresh Node process, and the download
// sizes of what a browser fetches. Corpus: GUM news + interview texts from
// ../shared/corpus/gum (real Wikinews articles) when present, else tests/golden/*.txt.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'build', 'wasm', 'dist');
const gum = path.resolve(root, '..', 'shared', 'corpus', 'gum');

function corpus() {
  if (fs.existsSync(gum)) {
    const docs = [];
    for (const f of ['gum_news.jsonl', 'gum_interview.jsonl']) {
      for (const line of fs.readFileSync(path.join(gum, f), 'utf8').split('\n')) {
        if (line.trim()) docs.push(JSON.parse(line).text);
      }
    }
    return { name: `GUM news+interview (${docs.length} articles)`, docs };
  }
  const dir = path.join(root, 'tests', 'golden');
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return { name: `tests/golden (${docs.length} articles)`, docs };
}

const pct = (sorted, p) => sorted[Math.floor(p * (sorted.length - 1))];

const { name, docs } = corpus();
const bytesPerPass = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const repeat = Math.max(3, Math.ceil(20e6 / bytesPerPass));  // about 20 MB a run

// Native
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nfbench-'));
const files = docs.map((d, i) => { const f = path.join(tmp, `${i}.txt`); fs.writeFileSync(f, d); return f; });
const native = JSON.parse(execFileSync(path.join(root, 'build', 'native', 'newsfacts_bench'), [String(repeat), ...files]).toString());

// Wasm in this Node process
const { createExtractor } = await import(path.join(dist, 'newsfacts.mjs'));
const nf = await createExtractor();
for (const d of docs) nf.extractJSON(d);  // warm-up
const times = [];
const t0 = performance.now();
for (let r = 0; r < repeat; r++) {
  for (const d of docs) {
    const a = performance.now();
    nf.extractJSON(d);
    times.push(performance.now() - a);
  }
}
const wasmSeconds = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const wasm = { mb_per_s: bytesPerPass * repeat / 1e6 / wasmSeconds, p50_ms: pct(times, 0.5), p90_ms: pct(times, 0.9) };

// A 3 KB article: p50 of single calls
const threeKB = docs.find((d) => Buffer.byteLength(d) > 2500 && Buffer.byteLength(d) < 4000) || docs[0];
const small = [];
for (let i = 0; i < 500; i++) { const a = performance.now(); nf.extractJSON(threeKB); small.push(performance.now() - a); }
small.sort((a, b) => a - b);

// Cold start: a fresh node process imports, initialises and extracts one article.
const first = path.join(tmp, 'first.txt');
fs.writeFileSync(first, threeKB);
const coldScript = `const t=performance.now();const m=await import(${JSON.stringify(path.join(dist, 'newsfacts.mjs'))});` +
  `const nf=await m.createExtractor();nf.extractJSON(require_text());` +
  `console.log(JSON.stringify({inside_ms: performance.now()-t, since_process_ms: performance.now()}));` +
  `function require_text(){return process.env.NF_TEXT}`;
const colds = [];
for (let i = 0; i < 7; i++) {
  const a = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', coldScript], { env: { ...process.env, NF_TEXT: threeKB } });
  const wall = Number(process.hrtime.bigint() - a) / 1e6;
  colds.push({ ...JSON.parse(r.stdout.toString()), wall_ms: wall });
}
const med = (k) => colds.map((c) => c[k]).sort((a, b) => a - b)[3];
const baseline = [];
for (let i = 0; i < 7; i++) {
  const a = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  baseline.push(Number(process.hrtime.bigint() - a) / 1e6);
}
baseline.sort((a, b) => a - b);

// Sizes of what a browser fetches for the module.
const size = (f) => {
  const b = fs.readFileSync(path.join(dist, f));
  return { raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length,
           brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const sizes = { 'newsfacts.wasm': size('newsfacts.wasm'), 'newsfacts.mjs': size('newsfacts.mjs') };

const f = (x, d = 2) => x.toFixed(d);
const lines = [];
lines.push(`newsfacts ${nf.version} benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0].model.trim()} x${os.cpus().length}, node ${process.version}`);
lines.push(`corpus: ${name}, ${(bytesPerPass / 1e3).toFixed(0)} kB a pass, ${repeat} passes; single thread`);
lines.push('');
lines.push('| build | MB/s | words/s | p50 ms/article | p90 ms/article |');
lines.push('|---|---|---|---|---|');
const words = docs.reduce((n, d) => n + d.split(/\s+/).filter(Boolean).length, 0);
const wps = (mbps) => Math.round(mbps * 1e6 / bytesPerPass * words);
lines.push(`| native (g++ -O3) | ${f(native.mb_per_s)} | ${wps(native.mb_per_s).toLocaleString('en')} | ${f(native.p50_ms, 3)} | ${f(native.p90_ms, 3)} |`);
lines.push(`| wasm in Node | ${f(wasm.mb_per_s)} | ${wps(wasm.mb_per_s).toLocaleString('en')} | ${f(wasm.p50_ms, 3)} | ${f(wasm.p90_ms, 3)} |`);
lines.push('');
lines.push(`wasm / native throughput: ${f(native.mb_per_s / wasm.mb_per_s)}x slower`);
lines.push(`3 KB article (${Buffer.byteLength(threeKB)} bytes), wasm: p50 ${f(pct(small, 0.5), 3)} ms, p90 ${f(pct(small, 0.9), 3)} ms`);
lines.push(`cold start in a fresh node (import + init + first 3 KB article), median of 7: ${f(med('inside_ms'), 1)} ms inside the process; ` +
           `whole process ${f(med('wall_ms'), 1)} ms wall vs ${f(baseline[3], 1)} ms for an empty node`);
lines.push('');
lines.push('| file | raw bytes | gzip -9 | brotli 11 |');
lines.push('|---|---|---|---|');
let tr = 0, tg = 0, tb = 0;
for (const [file, s] of Object.entries(sizes)) {
  lines.push(`| ${file} | ${s.raw.toLocaleString('en')} | ${s.gzip.toLocaleString('en')} | ${s.brotli.toLocaleString('en')} |`);
  tr += s.raw; tg += s.gzip; tb += s.brotli;
}
lines.push(`| total | ${tr.toLocaleString('en')} | ${tg.toLocaleString('en')} | ${tb.toLocaleString('en')} |`);
const out = lines.join('\n');
console.log(out);
if (process.argv.includes('--save')) {
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'latest.md'), '# Latest benchmark\n\nMade by `scripts/bench --save`.\n\n```\n' + out + '\n```\n');
}
fs.rmSync(tmp, { recursive: true, force: true });
