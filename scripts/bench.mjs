// The benchmark behind scripts/bench: in one run, on the same corpus, single thread,
// newsfacts (native build, and the wasm build in Node) side by side with the peers of
// bench/peers.mjs (compromise + compromise-dates, wink-nlp, chrono-node):
//   - MB/s, words/s and per-article p50/p90 latency over the corpus;
//   - p50 latency on one ~3 KB article;
//   - cold start in a fresh Node process: import + init + the first 3 KB article
//     (median; the figure measured inside the process, and the whole process's wall time);
//   - the download size of what a browser fetches: newsfacts.mjs + newsfacts.wasm for
//     us, an esbuild bundle (minified ESM for the browser) of each peer's entry;
//   - with --sizes N, the cost of one input made of the corpus concatenated 1x, 10x, ...
//     up to N times, for the native and wasm builds (is the cost linear in the size?).
// Corpus: GUM news + interview texts from ../shared/corpus/gum (real Wikinews articles)
// when present, else tests/golden/*.txt. The peers get each article's date (GUM's dct)
// as their reference date; newsfacts finds the date in the article itself.
//
//   node scripts/bench.mjs [--quick] [--sizes [N]] [--save]
// --quick: 2 passes and 3 cold starts (to check the harness; figures are rough).
// --save: also writes the output to bench/latest.md with the command line and date.
// Each system's throughput runs in a fresh Node process of its own (--measure NAME), so
// that no library's heap or JIT state weighs on another's figures.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const dist = path.join(root, 'build', 'wasm', 'dist');
const benchDir = path.join(root, 'bench');
const gum = path.resolve(root, '..', 'shared', 'corpus', 'gum');
const nativeBench = path.join(root, 'build', 'native', 'newsfacts_bench');
const nativeCli = path.join(root, 'build', 'native', 'newsfacts');
const moduleUrl = pathToFileURL(path.join(dist, 'newsfacts.mjs')).href;
const peersUrl = pathToFileURL(path.join(benchDir, 'peers.mjs')).href;

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const save = argv.includes('--save');
const sizesAt = argv.indexOf('--sizes');
const sizesMax = sizesAt < 0 ? 0 : (/^\d+$/.test(argv[sizesAt + 1] || '') ? Number(argv[sizesAt + 1]) : 100);
const measureAt = argv.indexOf('--measure');

const MAX_INPUT = 32 * 1024 * 1024;  // newsfacts' input limit
const PEER_DEFAULT_REF = '2017-07-18';

function corpus() {
  if (fs.existsSync(gum)) {
    const docs = [], refs = [];
    for (const f of ['gum_news.jsonl', 'gum_interview.jsonl']) {
      for (const line of fs.readFileSync(path.join(gum, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const j = JSON.parse(line);
        docs.push(j.text);
        refs.push(/^\d{4}-\d\d-\d\d$/.test(j.dct || '') ? j.dct : PEER_DEFAULT_REF);
      }
    }
    return { name: `GUM news+interview (${docs.length} articles)`, docs, refs };
  }
  const dir = path.join(root, 'tests', 'golden');
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return { name: `tests/golden (${docs.length} articles)`, docs, refs: docs.map(() => PEER_DEFAULT_REF) };
}

const pct = (sorted, p) => sorted[Math.floor(p * (sorted.length - 1))];
const median = (xs) => pct([...xs].sort((a, b) => a - b), 0.5);
const { name: corpusName, docs, refs } = corpus();
const bytesPerPass = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const words = docs.reduce((n, d) => n + d.split(/\s+/).filter(Boolean).length, 0);
const oursRepeat = quick ? 2 : Math.max(3, Math.ceil(20e6 / bytesPerPass));  // about 20 MB a run
const threeIdx = Math.max(0, docs.findIndex((d) => Buffer.byteLength(d) > 2500 && Buffer.byteLength(d) < 4000));
const threeKB = docs[threeIdx], threeRef = refs[threeIdx];
let sink = 0;  // every result's length goes here, and is printed, so nothing is optimised away

// A system as a function of (text, ref) that returns the length of its JSON.
async function loadSystem(name) {
  if (name === 'wasm') {
    const { createExtractor } = await import(moduleUrl);
    const nf = await createExtractor();
    return { fn: (text) => nf.extractJSON(text).length, version: nf.version };
  }
  const { peers } = await import(peersUrl);
  const peer = peers.find((p) => p.name === name);
  return { fn: await peer.load() };
}

// Throughput and latency of one system, in this process (the --measure child).
async function measure(name) {
  const { fn, version } = await loadSystem(name);
  // Warm-up (so that the JIT and wasm tiers settle): at least one pass and 3 s; with
  // --quick, at least 8 articles and 1 s. It also tells about how long a pass takes.
  const w0 = performance.now();
  let warmDocs = 0, warmBytes = 0;
  for (;;) {
    const i = warmDocs % docs.length;
    sink += fn(docs[i], refs[i]);
    warmDocs++;
    warmBytes += Buffer.byteLength(docs[i]);
    const elapsed = performance.now() - w0;
    if (quick ? warmDocs >= 8 && elapsed >= 1000 : warmDocs >= docs.length && elapsed >= 3000) break;
  }
  const warmPass = (performance.now() - w0) / warmBytes * bytesPerPass / 1000;
  // Ours makes about 20 MB; a peer as many passes as fit in about 30 s (at least 3).
  const passes = quick ? 2 : name === 'wasm' ? oursRepeat
    : Math.max(3, Math.min(oursRepeat, Math.ceil(30 / warmPass)));
  const times = [];
  const t0 = performance.now();
  for (let r = 0; r < passes; r++) {
    for (let i = 0; i < docs.length; i++) {
      const a = performance.now();
      sink += fn(docs[i], refs[i]);
      times.push(performance.now() - a);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  times.sort((a, b) => a - b);
  // The ~3 KB article: p50 of single calls (500 for a fast system, fewer for a slow one).
  const est = warmPass * 1000 * Buffer.byteLength(threeKB) / bytesPerPass;  // ms a call
  const calls = Math.round(Math.min(quick ? 50 : 500, Math.max(quick ? 5 : 15, (quick ? 1000 : 5000) / est)));
  const small = [];
  for (let i = 0; i < calls; i++) {
    const a = performance.now();
    sink += fn(threeKB, threeRef);
    small.push(performance.now() - a);
  }
  small.sort((a, b) => a - b);
  return { version, passes, mb_per_s: bytesPerPass * passes / 1e6 / seconds, p50_ms: pct(times, 0.5),
           p90_ms: pct(times, 0.9), small_p50_ms: pct(small, 0.5), small_p90_ms: pct(small, 0.9),
           small_calls: calls, sink };
}

if (measureAt >= 0) {
  console.log(JSON.stringify(await measure(argv[measureAt + 1])));
  process.exit(0);
}

// ---- The parent: runs everything and prints the tables. ----

if (!fs.existsSync(path.join(benchDir, 'node_modules', 'compromise'))) {
  console.error('bench: bench/node_modules is missing; scripts/bench installs it (npm ci in bench/)');
  process.exit(1);
}
const { peers } = await import(peersUrl);
const pkgVersion = (p) => JSON.parse(fs.readFileSync(path.join(benchDir, 'node_modules', p, 'package.json'), 'utf8')).version;
const esbuild = (await import(pathToFileURL(path.join(benchDir, 'node_modules', 'esbuild', 'lib', 'main.js')).href)).default;

const coldRuns = quick ? 3 : 7;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nfbench-'));
const log = (s) => process.stderr.write(`bench: ${s}\n`);

function measureChild(name) {
  log(`measuring ${name}`);
  const r = spawnSync(process.execPath, [self, '--measure', name, ...(quick ? ['--quick'] : [])],
                      { stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`measuring ${name} failed (exit ${r.status})`);
  return JSON.parse(r.stdout.toString());
}

// Cold start: a fresh node process runs `body` (which must leave the result's length in
// n), timed from its first statement; and the whole process's wall time.
function coldStart(body) {
  const script = `const t=performance.now();${body};` +
    'console.log(JSON.stringify({inside_ms: performance.now()-t, n}));';
  const inside = [], wall = [];
  for (let i = 0; i < coldRuns; i++) {
    const a = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script],
                        { env: { ...process.env, NF_TEXT: threeKB, NF_REF: threeRef } });
    wall.push(Number(process.hrtime.bigint() - a) / 1e6);
    if (r.status !== 0) throw new Error(`cold start failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout.toString());
    if (!(out.n > 0)) throw new Error('cold start made no result');
    inside.push(out.inside_ms);
  }
  return { inside_ms: median(inside), wall_ms: median(wall) };
}

const size = (b) => ({ raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length,
                       brotli: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length });

// Native
const files = docs.map((d, i) => { const f = path.join(tmp, `${i}.txt`); fs.writeFileSync(f, d); return f; });
const first = path.join(tmp, 'first.txt');
fs.writeFileSync(first, threeKB);
log('measuring native');
const native = JSON.parse(execFileSync(nativeBench, [String(oursRepeat), ...files]).toString());
const nativeSmall = JSON.parse(execFileSync(nativeBench, [String(quick ? 50 : 500), first]).toString());
const nativeCold = [];
for (let i = 0; i < coldRuns; i++) {
  const a = process.hrtime.bigint();
  execFileSync(nativeCli, [first], { stdio: ['ignore', 'ignore', 'inherit'] });
  nativeCold.push(Number(process.hrtime.bigint() - a) / 1e6);
}

// Wasm and the peers, each in its own process.
const wasm = measureChild('wasm');
log('cold starts: wasm');
const wasmCold = coldStart(`const m=await import(${JSON.stringify(moduleUrl)});` +
  'const nf=await m.createExtractor();const n=nf.extractJSON(process.env.NF_TEXT).length');
const baseline = [];
for (let i = 0; i < coldRuns; i++) {
  const a = process.hrtime.bigint();
  spawnSync(process.execPath, ['-e', '0']);
  baseline.push(Number(process.hrtime.bigint() - a) / 1e6);
}

const ours = {};
for (const f of ['newsfacts.wasm', 'newsfacts.mjs']) ours[f] = size(fs.readFileSync(path.join(dist, f)));
const oursTotal = Object.values(ours).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }),
                                             { raw: 0, gzip: 0, brotli: 0 });

const peerResults = [];
for (const p of peers) {
  const m = measureChild(p.name);
  log(`cold starts: ${p.name}`);
  const cold = coldStart(`const {peers}=await import(${JSON.stringify(peersUrl)});` +
    `const fn=await peers.find((p)=>p.name===${JSON.stringify(p.name)}).load();` +
    'const n=fn(process.env.NF_TEXT,process.env.NF_REF)');
  const outfile = path.join(tmp, 'bundles', `${p.name}.js`);
  await esbuild.build({ entryPoints: [p.entry], outfile, bundle: true, minify: true, format: 'esm',
                        platform: 'browser', logLevel: 'error' });
  const versions = p.packages.map((n) => `${n} ${pkgVersion(n)}`).join(' + ');
  peerResults.push({ ...p, m, cold, size: size(fs.readFileSync(outfile)), versions });
}

// Sizes: one input of the corpus concatenated 1x, 10x, ... Nx (kept under the 32 MiB limit
// by taking fewer articles as the base when needed).
let scaling = null;
if (sizesMax > 0) {
  const multiples = [];
  for (let m = 1; m < sizesMax; m *= 10) multiples.push(m);
  multiples.push(sizesMax);
  const limit = MAX_INPUT - 1024;
  let baseDocs = docs.length;
  const join = (k) => docs.slice(0, k).join('\n\n');
  while (baseDocs > 1 && (Buffer.byteLength(join(baseDocs)) + 2) * sizesMax > limit) baseDocs--;
  const base = join(baseDocs);
  const { createExtractor } = await import(moduleUrl);
  const nf = await createExtractor();
  for (const w0 = performance.now(); performance.now() - w0 < (quick ? 1000 : 3000);) sink += nf.extractJSON(base).length;  // warm-up
  const rows = [];
  for (const m of multiples) {
    const text = Array(m).fill(base).join('\n\n');
    const bytes = Buffer.byteLength(text);
    if (bytes > MAX_INPUT) throw new Error(`--sizes ${sizesMax}: ${bytes} bytes is over the 32 MiB limit`);
    log(`sizes: ${m}x (${(bytes / 1e6).toFixed(1)} MB)`);
    const runs = Math.max(quick ? 1 : 2, Math.ceil((quick ? 3 : 20) / m));
    const f = path.join(tmp, `x${m}.txt`);
    fs.writeFileSync(f, text);
    const nat = JSON.parse(execFileSync(nativeBench, [String(runs), f], { maxBuffer: 1 << 20 }).toString());
    const wt = [];
    for (let i = 0; i < runs; i++) {
      const a = performance.now();
      const json = nf.extractJSON(text);
      wt.push(performance.now() - a);
      if (json.length < 2000 && json.includes('"error"')) throw new Error(`wasm at ${m}x: ${json}`);
      sink += json.length;
    }
    fs.rmSync(f);
    rows.push({ m, bytes, runs, native_ms: nat.p50_ms, wasm_ms: pct(wt.sort((a, b) => a - b), 0.5) });
  }
  scaling = { baseDocs, baseBytes: Buffer.byteLength(base), rows };
}

// ---- Output ----
const f = (x, d = 2) => (x == null || !Number.isFinite(x) ? '—' : x.toFixed(d));
const ms = (x) => f(x, x < 10 ? 3 : x < 100 ? 2 : 1);
const ratio = (x) => (x == null || !Number.isFinite(x) ? '—' : `${x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)}x`);
const int = (x) => (x == null ? '—' : Math.round(x).toLocaleString('en'));
const wps = (mbps) => mbps * 1e6 / bytesPerPass * words;

const lines = [];
lines.push(`newsfacts ${wasm.version} benchmark, ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0].model.trim()} x${os.cpus().length}, node ${process.version}` +
           (quick ? ' (--quick: 2 passes, 3 cold starts; rough figures)' : ''));
lines.push(`corpus: ${corpusName}, ${(bytesPerPass / 1e3).toFixed(0)} kB and ${words.toLocaleString('en')} words a pass; single thread; ` +
           `3 KB article: ${Buffer.byteLength(threeKB)} bytes`);
lines.push('');
lines.push('| system | passes | MB/s | words/s | p50 ms/article | p90 ms/article | p50 ms, 3 KB article | cold start ms, in process | cold start ms, whole process | gzip bytes | wasm MB/s ÷ its MB/s | its cold start ÷ wasm\'s | its gzip ÷ wasm\'s |');
lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
row([`newsfacts ${wasm.version} native (g++ -O3)`, oursRepeat, f(native.mb_per_s), int(wps(native.mb_per_s)), ms(native.p50_ms), ms(native.p90_ms),
     ms(nativeSmall.p50_ms), '—', `${f(median(nativeCold), 1)} (CLI)`, '—', ratio(wasm.mb_per_s / native.mb_per_s), '—', '—']);
row([`newsfacts ${wasm.version} wasm in Node`, wasm.passes, f(wasm.mb_per_s), int(wps(wasm.mb_per_s)), ms(wasm.p50_ms), ms(wasm.p90_ms),
     ms(wasm.small_p50_ms), f(wasmCold.inside_ms, 1), f(wasmCold.wall_ms, 1), int(oursTotal.gzip), ratio(1), ratio(1), ratio(1)]);
for (const p of peerResults) {
  row([p.versions, p.m.passes, f(p.m.mb_per_s, p.m.mb_per_s < 1 ? 3 : 2), int(wps(p.m.mb_per_s)), ms(p.m.p50_ms), ms(p.m.p90_ms),
       ms(p.m.small_p50_ms), f(p.cold.inside_ms, 1), f(p.cold.wall_ms, 1), int(p.size.gzip),
       ratio(wasm.mb_per_s / p.m.mb_per_s), ratio(p.cold.inside_ms / wasmCold.inside_ms), ratio(p.size.gzip / oursTotal.gzip)]);
}
lines.push('');
const wn = native.mb_per_s / wasm.mb_per_s;
lines.push(`wasm / native throughput: ${wn >= 1 ? `${f(wn)}x slower` : `${f(1 / wn)}x faster (a busy machine, or too few passes)`}`);
lines.push(`3 KB article (${Buffer.byteLength(threeKB)} bytes), wasm: p50 ${f(wasm.small_p50_ms, 3)} ms, p90 ${f(wasm.small_p90_ms, 3)} ms` +
           ` (${wasm.small_calls} calls); native: p50 ${f(nativeSmall.p50_ms, 3)} ms, p90 ${f(nativeSmall.p90_ms, 3)} ms`);
lines.push(`cold start in a fresh node (import + init + first 3 KB article), median of ${coldRuns}: ${f(wasmCold.inside_ms, 1)} ms inside the process; ` +
           `whole process ${f(wasmCold.wall_ms, 1)} ms wall vs ${f(median(baseline), 1)} ms for an empty node` +
           `; the native CLI on the same article: ${f(median(nativeCold), 1)} ms wall`);
lines.push('');
lines.push('| download | raw bytes | gzip -9 | brotli 11 |');
lines.push('|---|---|---|---|');
const srow = (label, s) => lines.push(`| ${label} | ${int(s.raw)} | ${int(s.gzip)} | ${int(s.brotli)} |`);
for (const [file, s] of Object.entries(ours)) srow(file, s);
srow('newsfacts total', oursTotal);
for (const p of peerResults) srow(`${p.versions} (esbuild bundle)`, p.size);
lines.push('');
lines.push(`peers (bench/peers.mjs; bundles: esbuild ${esbuild.version} --bundle --minify --format=esm --platform=browser; ` +
           'each peer gets the article\'s date as its reference date):');
for (const p of peerResults) lines.push(`- ${p.what}`);
lines.push('per-article p50/p90 over all passes; MB/s over the timed passes after a warm-up' +
           (quick ? ' of 1 s (at least 8 articles)' : ' of 3 s (at least one pass)') + '; ' +
           (quick ? '2 passes each' : `${oursRepeat} passes for ours (about 20 MB), and for a peer as many as fit in about 30 s (at least 3)`) +
           '; each system in a node process of its own');
if (scaling) {
  const r1 = scaling.rows[0];
  lines.push('');
  lines.push(`one input of the corpus (${scaling.baseDocs} articles, ${(scaling.baseBytes / 1e3).toFixed(0)} kB) concatenated; ` +
             'median of the runs; "÷ linear" is the time over the 1x time times the multiple (1.00 = linear):');
  lines.push('');
  lines.push('| input | bytes | runs | native ms | native MB/s | native ÷ linear | wasm ms | wasm MB/s | wasm ÷ linear |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of scaling.rows) {
    row([`${r.m}x`, int(r.bytes), r.runs, ms(r.native_ms), f(r.bytes / 1e3 / r.native_ms), f(r.native_ms / (r1.native_ms * r.m)),
         ms(r.wasm_ms), f(r.bytes / 1e3 / r.wasm_ms), f(r.wasm_ms / (r1.wasm_ms * r.m))]);
  }
}
const out = lines.join('\n');
console.log(out);
log(`(checksum ${sink + wasm.sink + peerResults.reduce((n, p) => n + p.m.sink, 0)})`);
if (save) {
  const cmd = process.env.NF_BENCH_COMMAND || `node scripts/bench.mjs ${argv.join(' ')}`.trim();
  fs.mkdirSync(benchDir, { recursive: true });
  fs.writeFileSync(path.join(benchDir, 'latest.md'),
    `# Latest benchmark\n\nMade by \`${cmd}\` on ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}.\n\n\`\`\`\n${out}\n\`\`\`\n`);
}
fs.rmSync(tmp, { recursive: true, force: true });
