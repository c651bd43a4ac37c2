// Where a cold start's time goes: fresh node processes import the wasm module, create the
// extractor and extract the benchmark's 3 KB article twice, and this prints the median of
// each phase as wall time, the main thread's CPU time and all threads' CPU time (V8
// compiles and tiers up wasm on background threads). CPU time holds still on a busy
// machine where wall time does not; scripts/bench gives the wall-clock figure beside the
// peers'.
//   node scripts/coldstart.mjs [--runs N] [--module PATH] [-- node flags...]
// Example: node scripts/coldstart.mjs --runs 9 -- --no-wasm-lazy-compilation
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let runs = 9;
let modulePath = path.join(root, 'build', 'wasm', 'dist', 'newsfacts.mjs');
const args = process.argv.slice(2);
const dash = args.indexOf('--');
const nodeFlags = dash >= 0 ? args.splice(dash).slice(1) : [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else if (args[i] === '--module') modulePath = path.resolve(args[++i]);
  else { console.error(`coldstart: unknown argument ${args[i]}`); process.exit(2); }
}
if (!fs.existsSync(modulePath)) { console.error(`coldstart: no ${modulePath} (scripts/build first)`); process.exit(2); }

// The article scripts/bench times: the first of GUM's news and interviews of 2.5-4 kB.
function article() {
  const dir = path.join(root, '..', 'shared', 'corpus', 'gum');
  for (const name of ['gum_news.jsonl', 'gum_interview.jsonl']) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const j = JSON.parse(line);
      const n = Buffer.byteLength(j.text);
      if (n > 2500 && n < 4000) return j.text;
    }
  }
  // Without ../shared: the page's example (1.3 kB), three times over.
  return Array(3).fill(fs.readFileSync(path.join(root, 'web', 'example.txt'), 'utf8')).join('\n\n');
}

// Runs in the fresh process: [wall ms, main-thread CPU ms, process CPU ms] at each step.
const probe = `
import fs from 'node:fs';
const mainCpu = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const allCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
const at = () => [performance.now(), mainCpu(), allCpu()];
const text = process.env.NF_TEXT;
const t0 = at();
const m = await import(process.env.NF_MODULE);
const t1 = at();
const nf = await m.createExtractor();
const t2 = at();
let n = nf.extractJSON(text).length;
const t3 = at();
n += nf.extractJSON(text).length;
const t4 = at();
const d = (a, b) => b.map((x, i) => x - a[i]);
console.log(JSON.stringify({ import: d(t0, t1), init: d(t1, t2), first: d(t2, t3), second: d(t3, t4), cold: d(t0, t3), n }));
`;

const text = article();
const rows = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', probe],
                      { env: { ...process.env, NF_TEXT: text, NF_MODULE: modulePath }, encoding: 'utf8' });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  rows.push(JSON.parse(r.stdout));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const phases = ['import', 'init', 'first', 'second', 'cold'];
const label = { import: 'import the module', init: 'createExtractor()', first: 'first 3 KB article',
                second: 'second 3 KB article', cold: 'cold start (import + init + first)' };
console.log(`cold start of ${path.relative(process.cwd(), modulePath)}, ${Buffer.byteLength(text)}-byte article, ` +
            `median of ${runs} fresh node processes${nodeFlags.length ? ` (node ${nodeFlags.join(' ')})` : ''}`);
console.log('| phase | wall ms | main thread CPU ms | all threads CPU ms |');
console.log('|---|---|---|---|');
for (const p of phases) {
  const m = [0, 1, 2].map((k) => median(rows.map((r) => r[p][k])).toFixed(1));
  console.log(`| ${label[p]} | ${m[0]} | ${m[1]} | ${m[2]} |`);
}
