// The npm package as a bundler app uses it: scripts/pack makes the tarball, a tiny app
// in a temporary folder installs it, Vite (a devDependency) builds the app, and Debian's
// Chromium runs the build. The app imports `newsfacts` (createExtractor) and
// `newsfacts/element` (<news-facts>); expectations come from the same engine in Node.
//
//   scripts/build && node --test tests/browser/package.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveDir, launchChromium } from './harness.mjs';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.join(ROOT, 'build', 'wasm', 'dist');

const DATE = '2024-07-14';
const ARTICLE = [
  'GAZA CITY (AP) — A convoy of 40 trucks carrying flour reached the north of the strip on Sunday, ' +
    'aid officials said.',
  '',
  'Philippe Lazzarini, head of the U.N. agency for Palestinian refugees, said the road was badly damaged. ' +
    '"We hope this is the first of many," Lazzarini told reporters in Amman.',
].join('\n');

let tmp, out, server, origin, context, userDataDir, nfResult;
const requests = [];
const pageErrors = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, 'newsfacts.wasm')), 'run scripts/build first');
  const tarball = path.join(ROOT, execFileSync('bash', [path.join(ROOT, 'scripts', 'pack'), '--no-build'],
                                               { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop());
  assert.ok(fs.existsSync(tarball), `scripts/pack made no ${tarball}`);

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-vite-app-'));
  const app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'nf-consumer', private: true, type: 'module' }));
  // The article goes in as text content; the markup around it is ours.
  const escaped = ARTICLE.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  fs.writeFileSync(path.join(app, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title></head><body>' +
    `<news-facts id="facts" date="${DATE}">${escaped}</news-facts>` +
    '<pre id="api"></pre><script type="module" src="./main.js"></script></body></html>');
  fs.writeFileSync(path.join(app, 'main.js'), [
    "import { createExtractor, toGeoJSON } from 'newsfacts';",
    "import 'newsfacts/element';",
    'const nf = await createExtractor();',
    "const r = nf.extract(document.getElementById('facts').textContent, { date: '" + DATE + "' });",
    "document.getElementById('api').textContent = JSON.stringify({ version: nf.version,",
    '  people: r.entities.filter((e) => e.type === "person" && !e.unnamed).map((e) => e.name),',
    '  times: r.times.map((t) => t.value), features: toGeoJSON(r).features.length });',
    "document.documentElement.dataset.ready = 'true';",
  ].join('\n'));
  // Installed from the tarball alone: no registry is needed (the package has no dependencies).
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: app, stdio: 'pipe' });
  out = path.join(tmp, 'dist');
  await build({ root: app, logLevel: 'warn', configFile: false,
                build: { outDir: out, target: 'es2022', emptyOutDir: true } });

  const { createExtractor } = await import(pathToFileURL(path.join(DIST, 'newsfacts.mjs')).href);
  nfResult = (await createExtractor()).extract(ARTICLE, { date: DATE });

  ({ server, origin } = await serveDir(out));
  ({ context, userDataDir } = await launchChromium());
  context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await context?.close();
  server?.close();
  for (const dir of [tmp, userDataDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('the Vite build bundles the module and its .wasm', () => {
  const files = fs.readdirSync(path.join(out, 'assets'));
  assert.ok(files.some((f) => f.endsWith('.wasm')), `no .wasm among ${files}`);
  assert.ok(files.some((f) => f.endsWith('.js')), `no .js among ${files}`);
});

test('in Chromium, the API and <news-facts> give the engine\'s facts', async () => {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${origin}/`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  const api = JSON.parse(await page.textContent('#api'));
  const people = nfResult.entities.filter((e) => e.type === 'person' && !e.unnamed).map((e) => e.name);
  assert.ok(people.includes('Philippe Lazzarini'), `the engine found ${people}`);
  assert.deepEqual(api.people, people);
  assert.deepEqual(api.times, nfResult.times.map((t) => t.value));
  assert.ok(api.times.includes('2024-07-14'), `Sunday resolves to the article's date: ${api.times}`);

  // the element extracted from its own text and drew every person, time and speaker
  await page.waitForFunction(() => {
    const el = document.getElementById('facts');
    return el.shadowRoot && el.shadowRoot.querySelector('h2') !== null;
  }, null, { timeout: 30_000 });
  const shown = await page.evaluate(() => document.getElementById('facts').shadowRoot.textContent);
  for (const name of people) assert.ok(shown.includes(name), `<news-facts> misses ${name}`);
  for (const t of nfResult.times) assert.ok(shown.includes(t.value), `<news-facts> misses ${t.value}`);
  assert.ok(nfResult.quotes.length > 0);
  assert.ok(shown.includes('We hope this is the first of many'), 'the quote is shown');
  // the article text itself is hidden (no slot), and nothing went anywhere but here
  const visible = await page.evaluate(() => document.getElementById('facts').getBoundingClientRect().height);
  assert.ok(visible > 0);
  assert.deepEqual(pageErrors, []);
  const off = requests.filter((u) => !u.startsWith(origin));
  assert.deepEqual(off, [], `requests off the origin: ${off}`);
});
