// Browser test of the newsfacts page (web/), served from build/wasm/dist.
//
//   ninja -C build/wasm && node --test tests/browser/
//
// Starts a static server on 127.0.0.1 (random port) and Debian's headless Chromium through
// playwright-core (nothing is downloaded). Expectations come from the same newsfacts.mjs
// imported in Node, so the page is checked against the engine, not against copied numbers.
// Screenshots go to test-results/ (git-ignored).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serveDir, launchChromium } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = path.join(ROOT, 'build', 'wasm', 'dist');
const RESULTS = path.join(ROOT, 'test-results');

// Our own short articles.
const ARTICLE = [
  'Aid convoy reaches northern Gaza after a week of delays',
  'By Sam Carter',
  'Published July 14, 2024',
  '',
  'GAZA CITY (AP) — A convoy of 40 trucks carrying flour and medicine reached the north of the strip on Sunday, aid officials said.',
  'The convoy had waited at a crossing for six days. Drivers said the road was badly damaged in several places.',
  '',
  '"We hope this is the first of many," said a spokesperson for the World Food Programme.',
].join('\n');

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const MARKUP_ARTICLE = `date 2024-07-14 Reader pastes markup into the page\n\n` +
  `KYIV, July 14 (Reuters) - A reader pasted ${MARKUP} into a story. Nothing in it should run.\n\n` +
  `The rest of the story is plain text.`;

let server;
let origin;
let context;
let page;
let userDataDir;
let nf;
const requests = [];        // every request URL of the session
const consoleErrors = [];
const pageErrors = [];
const failedRequests = [];

/** Resolves when the status line shows a finished render of `text` (by its length). */
async function waitForRender(text, extra = '') {
  await page.waitForSelector(
    `#status[data-state="ready"][data-chars="${text.length}"]${extra}`, { timeout: 30_000 });
}

async function fillAndWait(text) {
  await page.fill('#article-text', text);
  await waitForRender(text);
}

/**
 * Puts a large text into the textarea as a paste would (value + input event). Playwright's
 * fill() goes through Chromium's insertText, which is quadratic in the number of line
 * breaks (15 s for 200 KB of paragraphs), so it is used for short texts only.
 */
async function paste(text) {
  await page.evaluate((value) => {
    const area = document.getElementById('article-text');
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

before(async () => {
  for (const f of ['index.html', 'app.mjs', 'worker.mjs', 'style.css', 'example.txt',
                   'newsfacts.mjs', 'newsfacts.wasm']) {
    assert.ok(fs.existsSync(path.join(DIST, f)), `build/wasm/dist/${f} is missing: run ninja -C build/wasm`);
  }
  const { createExtractor } = await import(pathToFileURL(path.join(DIST, 'newsfacts.mjs')).href);
  nf = await createExtractor();

  ({ server, origin } = await serveDir(DIST));
  ({ context, userDataDir } = await launchChromium({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  context.on('request', (r) => requests.push(r.url()));
  context.on('requestfailed', (r) => failedRequests.push(`${r.url()} ${r.failure()?.errorText}`));
  page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`worker: ${m.text()}`);
  }));

  await page.goto(`${origin}/`);
  await page.waitForSelector('html[data-ready="true"]');
});

after(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

test('a. a pasted article renders the same facts as nf.extract', async () => {
  const requestsAfterLoad = requests.length;
  const expected = nf.extract(ARTICLE);
  assert.ok(expected.article.dateline, 'the engine finds the dateline of the test article');

  await fillAndWait(ARTICLE);
  const field = (name) => page.locator(`#summary [data-field="${name}"]`);
  assert.equal(await field('headline').textContent(), expected.article.headline);
  assert.equal(await field('date').locator('time').getAttribute('datetime'), expected.article.date);
  assert.equal(await field('date').locator('[data-source]').getAttribute('data-source'),
               expected.article.date_source);
  assert.equal(await field('dateline').locator('q').textContent(), expected.article.dateline.text);
  assert.equal(await field('agency').textContent(), expected.article.dateline.agency);
  assert.equal(await field('place').textContent(), expected.article.dateline.place_text);
  assert.deepEqual(await field('bylines').locator('li').allTextContents(), expected.article.bylines);
  assert.deepEqual(await field('agencies').locator('li').allTextContents(), expected.article.agencies);

  // Sentence count in the status line and in the annotated text; each sentence span
  // holds exactly its slice of the input.
  const n = expected.sentences.length;
  assert.equal(await page.getAttribute('#status', 'data-sentences'), String(n));
  assert.match(await page.textContent('#status'), new RegExp(`^${n} sentences? · `));
  const spans = await page.$$eval('#annotated .hl-sentence:not([data-cont])', (els) => els.map((e) => e.textContent));
  assert.deepEqual(spans, expected.sentences.map((s) => ARTICLE.slice(s.start, s.end)));
  assert.equal(await page.locator('#annotated .hl-dateline').textContent(), expected.article.dateline.text);

  // The JSON view is the engine's pretty JSON, byte for byte.
  const json = nf.extractJSON(ARTICLE, { pretty: true });
  assert.equal(await page.textContent('#json'), json);

  // Typing more re-renders without any network request.
  await page.focus('#article-text');
  await page.keyboard.press('End');
  const typed = ' More text follows.';
  await page.keyboard.type(typed, { delay: 5 });
  await waitForRender(ARTICLE + typed);
  assert.equal(await page.getAttribute('#status', 'data-sentences'),
               String(nf.extract(ARTICLE + typed).sentences.length));
  await fillAndWait(ARTICLE);

  // The reference date field overrides the article's date.
  await page.fill('#ref-date', '2024-07-20');
  await page.waitForSelector('#summary time[datetime="2024-07-20"]');
  await waitForRender(ARTICLE);
  const overridden = nf.extract(ARTICLE, { date: '2024-07-20' }).article;
  assert.equal(await field('date').locator('[data-source]').getAttribute('data-source'), overridden.date_source);
  await page.fill('#ref-date', '');
  await page.waitForSelector(`#summary time[datetime="${expected.article.date}"]`);

  assert.deepEqual(requests.slice(requestsAfterLoad), [], 'no request while typing');
});

test('a2. Copy and Download give the JSON', async () => {
  await fillAndWait(ARTICLE);
  const json = nf.extractJSON(ARTICLE, { pretty: true });
  await page.click('#copy-json');
  await page.waitForSelector('#json-note:has-text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), json);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  assert.match(download.suggestedFilename(), /^newsfacts-aid-convoy-reaches-northern-gaza.*\.json$/);
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), json);
});

test('c. pasted markup is shown as text and never runs', async () => {
  for (const text of [MARKUP, MARKUP_ARTICLE]) {
    await fillAndWait(text);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.equal(await page.locator('#output img, #output script, #summary *[onerror]').count(), 0);
    assert.equal(await page.locator('body img, body script').count(), 0);
    assert.equal(await page.textContent('#json'), nf.extractJSON(text, { pretty: true }));
    const codes = await page.$$eval('#summary .warnings li', (els) => els.map((e) => e.dataset.code));
    assert.deepEqual(codes, nf.extract(text).warnings.map((w) => w.code));
  }
  // The markup inside the article is displayed literally in its sentence.
  assert.ok((await page.textContent('#annotated')).includes(MARKUP));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});

test('d. "Try an example" loads and renders example.txt', async () => {
  const example = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8');
  const expected = nf.extract(example);
  await page.click('#try-example');
  await waitForRender(example);
  assert.equal(await page.inputValue('#article-text'), example);
  const headline = page.locator('#summary dd[data-field="headline"]');
  assert.ok(await headline.isVisible());
  assert.equal(await headline.textContent(), expected.article.headline);
  assert.equal(await page.getAttribute('#status', 'data-sentences'), String(expected.sentences.length));
  assert.equal(await page.getAttribute('#status', 'data-engine'), 'main');
});

test('e. large input is extracted in the worker; stale replies are dropped', async () => {
  const example = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8');
  const paragraph = example.split('\n\n')[1];
  const big = `${paragraph}\n\n`.repeat(Math.ceil(200_000 / (paragraph.length + 2)));
  assert.ok(big.length >= 200_000);
  const expected = nf.extract(big);

  await paste(big);
  await waitForRender(big, '[data-engine="worker"]');
  assert.equal(await page.getAttribute('#status', 'data-sentences'), String(expected.sentences.length));
  assert.match(await page.textContent('#status'), /in a worker/);
  assert.equal(await page.locator('#annotated .hl-sentence:not([data-cont])').count(), expected.sentences.length);
  assert.equal(await page.locator('#annotated .blk-para').count(), expected.paragraphs.length);

  // A large request superseded while the worker works on it. In the page, the moment the
  // request is posted (data-worker="busy", seen by a MutationObserver in the same task),
  // "Try an example" is clicked; it runs at once on the main thread (example.txt is cached
  // since test d), so the worker's reply always arrives after it and must be dropped.
  const staleBefore = Number(await page.getAttribute('#status', 'data-stale-replies') ?? 0);
  await page.evaluate((value) => {
    const status = document.getElementById('status');
    const observer = new MutationObserver(() => {
      if (status.dataset.worker !== 'busy') return;
      observer.disconnect();
      document.getElementById('try-example').click();
    });
    observer.observe(status, { attributes: true, attributeFilter: ['data-worker'] });
    const area = document.getElementById('article-text');
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, `${big} `);
  await waitForRender(example, '[data-engine="main"]');
  await page.waitForSelector('#status[data-worker="idle"]', { timeout: 30_000 });
  assert.equal(Number(await page.getAttribute('#status', 'data-stale-replies')), staleBefore + 1);
  assert.equal(await page.getAttribute('#status', 'data-chars'), String(example.length));
  assert.equal(await page.textContent('#summary [data-field="headline"]'), nf.extract(example).article.headline);
});

test('e3. no freeze: with a megabyte pasted the page never blocks for long; a short article renders at once', async () => {
  const example = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8');
  const paragraph = example.split('\n\n')[1];
  const big = `${paragraph}\n\n`.repeat(Math.ceil(1_000_000 / (paragraph.length + 2)));
  /** Pastes `text` and returns the main thread's tasks longer than 50 ms after the paste until its render. */
  const longTasksOf = async (text, extra) => {
    await page.evaluate((value) => {
      window.__longTasks = [];
      window.__observer?.disconnect();
      window.__observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: Math.round(e.duration) });
      });
      window.__observer.observe({ type: 'longtask' });
      const area = document.getElementById('article-text');
      area.value = value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      window.__pasted = performance.now();  // the paste itself (the textarea taking the text) is not counted
    }, text);
    await waitForRender(text, extra);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    return page.evaluate(() => window.__longTasks.filter((t) => t.start >= window.__pasted).map((t) => t.ms));
  };
  const bigTasks = await longTasksOf(big, '[data-engine="worker"]');
  assert.ok(Math.max(0, ...bigTasks) < 1000, `a megabyte: main-thread tasks of ${bigTasks.join(', ')} ms`);
  assert.ok(await page.locator('#facts [data-more]').count() >= 1, 'long lists are cut, with a note');
  assert.ok((await page.textContent('#json')).length <= 200_002);
  const smallTasks = await longTasksOf(example, '[data-engine="main"]');
  assert.ok(Math.max(0, ...smallTasks) < 200, `a short article: main-thread tasks of ${smallTasks.join(', ')} ms`);
});

test('e2. without a working worker, large input falls back to the main thread', async () => {
  // A second tab whose worker script cannot load (404). Its own console is not watched:
  // the failed load is logged there on purpose.
  const other = await context.newPage();
  const failuresBefore = failedRequests.length;
  try {
    await other.route('**/worker.mjs', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await other.goto(`${origin}/`);
    await other.waitForSelector('html[data-ready="true"]');
    const paragraph = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8').split('\n\n')[1];
    const big = `${paragraph}\n\n`.repeat(Math.ceil(60_000 / (paragraph.length + 2)));
    await other.evaluate((value) => {
      const area = document.getElementById('article-text');
      area.value = value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, big);
    await other.waitForSelector(`#status[data-state="ready"][data-chars="${big.length}"][data-engine="main"]`);
    assert.equal(await other.getAttribute('#status', 'data-worker'), 'unavailable');
    assert.equal(await other.getAttribute('#status', 'data-sentences'), String(nf.extract(big).sentences.length));
  } finally {
    await other.close();
  }
  // The blocked worker script is this test's only expected failed request; test b checks
  // that no other request failed.
  const failures = failedRequests.splice(failuresBefore);
  assert.ok(failures.every((f) => new URL(f.split(' ')[0]).pathname === '/worker.mjs'), failures.join('\n'));
});

test('f. screenshots at 1280x900 and 390x844', async () => {
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.click('#try-example');
  await waitForRender(fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8'));
  const shots = [
    { name: 'page-1280x900.png', width: 1280, height: 900, scheme: 'light' },
    { name: 'page-390x844.png', width: 390, height: 844, scheme: 'light' },
    { name: 'page-390x844-dark.png', width: 390, height: 844, scheme: 'dark' },
    { name: 'page-1280x900-dark.png', width: 1280, height: 900, scheme: 'dark' },
  ];
  for (const shot of shots) {
    await page.setViewportSize({ width: shot.width, height: shot.height });
    await page.emulateMedia({ colorScheme: shot.scheme });
    const file = path.join(RESULTS, shot.name);
    fs.rmSync(file, { force: true });
    await page.screenshot({ path: file });
    assert.ok(fs.statSync(file).size > 1000, `${shot.name} is not empty`);
    // Nothing overflows the viewport sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
              `no horizontal scrolling at ${shot.width}px`);
  }
  // A highlight's card, at a phone's width, in the dark.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.focus('#annotated');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await page.locator('#fact-card').waitFor({ state: 'visible' });
  const file = path.join(RESULTS, 'card-390x844-dark.png');
  await page.screenshot({ path: file });
  assert.ok(fs.statSync(file).size > 1000);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('g. the seed article (when ../shared is beside): every mention, time and quote is drawn', {
  skip: !fs.existsSync(path.join(ROOT, '..', 'shared', 'corpus', 'seed', 'seed.txt')) && 'no ../shared',
}, async () => {
  const seed = fs.readFileSync(path.join(ROOT, '..', 'shared', 'corpus', 'seed', 'seed.txt'), 'utf8');
  const expected = nf.extract(seed);
  await fillAndWait(seed);
  const count = (sel) => page.locator(`#annotated ${sel}:not([data-cont])`).count();
  const mentions = expected.entities.reduce((n, e) => n + e.mentions.length, 0);
  assert.equal(await count('.hl-entity'), mentions);
  assert.equal(await count('.hl-time'), expected.times.length);
  assert.equal(await count('.hl-quote'), expected.quotes.length);
  assert.equal(await count('.hl-event'), expected.events.reduce((n, e) => n + e.mentions.length, 0));
  assert.ok(expected.quotes.length >= 15);
  // The cards carry the facts: a person's title, a quote's speaker.
  const netanyahu = expected.entities.find((e) => e.name === 'Benjamin Netanyahu');
  const card = page.locator('#fact-card');
  await page.locator(`#annotated [data-entity="${netanyahu.id}"]`).first().hover();
  await card.waitFor({ state: 'visible' });
  assert.ok((await card.textContent()).includes(netanyahu.titles[0]), await card.textContent());
  const lazzarini = expected.quotes.findIndex((q) => q.speaker_text && q.speaker_text.includes('Lazzarini'));
  assert.ok(lazzarini >= 0);
  await page.locator('#annotated .hl-quote:not([data-cont])').nth(lazzarini).dispatchEvent('click');
  await page.waitForFunction(() => document.getElementById('fact-card').textContent.includes('Lazzarini'));
  await page.mouse.click(2, 2);

  // The facts card lists every event with its date, place and toll; the CSV export has a
  // row for each.
  assert.ok(expected.events.length >= 5);
  const rows = page.locator('#facts table.events tbody tr');
  assert.equal(await rows.count(), expected.events.length);
  const names = new Map(expected.entities.map((e) => [e.id, e.name]));
  for (const [i, ev] of expected.events.entries()) {
    const row = rows.nth(i);
    assert.equal(await row.getAttribute('data-subtype'), ev.subtype);
    assert.equal(await row.locator('[data-field="date"]').textContent(), ev.date ?? '—');
    assert.equal(await row.locator('[data-field="location"]').textContent(), names.get(ev.location) ?? '—');
    assert.equal(await row.locator('[data-field="fatalities"]').textContent(),
                 ev.fatalities == null ? '—' : String(ev.fatalities));
  }
  assert.equal(await page.locator('#facts [data-entities="person"] li').count(),
               expected.entities.filter((e) => e.type === 'person').length);
  // A person's chip names their affiliation and counts their quotes.
  const chip = page.locator(`#facts [data-entity="${netanyahu.id}"]`);
  const quoted = expected.quotes.filter((q) => q.speaker === netanyahu.id).length;
  assert.ok(quoted >= 1);
  assert.match(await chip.textContent(), new RegExp(`${quoted} quotes?\\b`));
  const philippe = expected.entities.find((e) => e.name === 'Philippe Lazzarini');
  const unrwa = names.get(philippe.affiliations[0]);
  assert.ok(unrwa);
  assert.ok((await page.locator(`#facts [data-entity="${philippe.id}"]`).textContent()).includes(unrwa));
  // The casualties table: one row per figure, with the core's counts and places.
  const { casualtyRows } = await import(pathToFileURL(path.join(DIST, 'brief.mjs')).href);
  const tolls = casualtyRows(expected);
  assert.ok(tolls.length >= 2);
  const crow = page.locator('#facts table.casualties tbody tr');
  assert.equal(await crow.count(), tolls.length);
  assert.deepEqual(await crow.locator('[data-field="counts"] strong').allTextContents(), tolls.map((c) => c.counts));
  assert.deepEqual(await crow.locator('[data-field="location"]').allTextContents(), tolls.map((c) => c.place || '—'));
  assert.ok(tolls.some((c) => /^at least \d+ killed/.test(c.counts)), tolls.map((c) => c.counts).join(' | '));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  assert.equal(csv[0].split(',')[0], 'event_date');
  assert.equal(csv.length, 1 + expected.events.length);

  // Against seed.gold.json itself: each gold fact the core finds is on the page (a person
  // with the gold titles the core attached, a place with its country, a time on the
  // timeline, a quote under its speaker, a toll with its figure and place).
  const gold = JSON.parse(fs.readFileSync(path.join(ROOT, '..', 'shared', 'corpus', 'seed', 'seed.gold.json'), 'utf8'));
  const chipText = (type, e) => page.locator(`#facts [data-entities="${type}"] [data-entity="${e.id}"]`).textContent();
  const shown = { people: 0, organizations: 0, locations: 0, times: 0, quotes: 0, casualties: 0 };
  for (const p of gold.people) {
    const e = expected.entities.find((x) => x.type === 'person' && x.name === p.name);
    if (!e) continue;
    const chip = await chipText('person', e);
    assert.ok(chip.startsWith(p.name), chip);
    for (const t of p.titles.filter((t) => e.titles.includes(t))) assert.ok(chip.includes(t), `${t} in ${chip}`);
    shown.people++;
  }
  for (const o of gold.organizations) {
    const e = expected.entities.find((x) => x.type === 'organization' && [o.name, ...o.aliases].includes(x.name));
    if (!e) continue;
    assert.ok((await chipText('organization', e)).startsWith(e.name));
    shown.organizations++;
  }
  for (const l of gold.locations) {
    const e = expected.entities.find((x) => x.type === 'location' && x.name === l.name);
    if (!e) continue;
    const chip = await chipText('location', e);
    if (e.place && e.place.country === l.country) assert.ok(chip.includes(l.country), chip);
    shown.locations++;
  }
  const annotatedTimes = await page.locator('#annotated .hl-time:not([data-cont])').allTextContents();
  const timeline = await page.locator('#timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  for (const t of gold.times) {
    if (!expected.times.some((x) => x.text === t.text)) continue;
    assert.ok(annotatedTimes.includes(t.text), `"${t.text}" highlighted`);
    if (t.value && /^\d{4}(-\d\d){0,2}$/.test(t.value) && expected.times.some((x) => x.text === t.text && x.value === t.value)) {
      assert.ok(timeline.includes(t.value), `${t.value} on the timeline`);
    }
    shown.times++;
  }
  const speakerItems = page.locator('#facts .speaker-list > li');
  const bySpeaker = new Map();
  for (let i = 0; i < await speakerItems.count(); i++) {
    const item = speakerItems.nth(i);
    bySpeaker.set(await item.getAttribute('data-speaker'), (await item.locator('q').allTextContents()).join('\n'));
  }
  for (const q of gold.quotes) {
    const found = expected.quotes.find((x) => seed.slice(x.start, x.end).startsWith(q.start_words));
    if (!found) continue;
    const who = names.get(found.speaker) || found.speaker_text;
    assert.ok((bySpeaker.get(who) || '').includes(q.start_words), `"${q.start_words}" under ${who}`);
    shown.quotes++;
  }
  const tollRows = await crow.evaluateAll((rs) => rs.map((r) => r.textContent));
  for (const c of gold.casualties) {
    const mark = c.killed != null ? `${c.killed_qualifier === 'at_least' ? 'at least ' : ''}${c.killed} killed` : null;
    if (mark && !tolls.some((t) => t.counts.includes(mark))) continue;
    assert.ok(tollRows.some((r) => (!mark || r.includes(mark)) && r.includes(c.location)), `${mark || 'a toll'} in ${c.location}`);
    shown.casualties++;
  }
  // The core finds all of them today; a drop shows here as well as in its own tests.
  assert.deepEqual(shown, { people: gold.people.length, organizations: gold.organizations.length,
                            locations: gold.locations.length, times: gold.times.length,
                            quotes: gold.quotes.length, casualties: gold.casualties.length });
});

test('i. in brief, the map and the timeline show the five W, the located places and the dates', async () => {
  const { fiveW, timelineItems } = await import(pathToFileURL(path.join(DIST, 'brief.mjs')).href);
  const { mapPoints } = await import(pathToFileURL(path.join(DIST, 'map.mjs')).href);
  const example = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8');
  const expected = nf.extract(example);
  await fillAndWait(example);
  const w = fiveW(expected);
  assert.ok(w.who.length && w.when.length && w.where.length && w.howMany.length, 'the example states all five');
  const items = async (field) => page.locator(`#brief [data-field="${field}-list"] li`).allTextContents();
  assert.deepEqual(await items('who'), w.who);
  assert.deepEqual(await items('when'), w.when);
  assert.deepEqual(await items('where'), w.where);
  assert.deepEqual(await items('how-many'), w.howMany);
  assert.ok(w.howMany.some((s) => s.startsWith('at least 39 killed')), w.howMany.join('; '));

  // The map: one marker per located place, inside the view; country outlines drawn.
  const { places, events } = mapPoints(expected);
  assert.ok(places.length >= 1);
  assert.equal(await page.locator('#map svg .pt-place').count(), places.length);
  assert.equal(await page.locator('#map svg .pt-event').count(), events.length);
  assert.ok((await page.getAttribute('#map svg path.land', 'd')).length > 10_000);
  const [x, y, bw, bh] = (await page.getAttribute('#map svg', 'viewBox')).split(' ').map(Number);
  for (const p of places.filter((q) => !q.country)) {
    assert.ok(p.lon + 180 >= x && p.lon + 180 <= x + bw && 90 - p.lat >= y && 90 - p.lat <= y + bh, `${p.name} in view`);
  }
  assert.match(await page.textContent('#map svg title'), /^Map of \d+ located place/);

  // The points as a list of buttons (the keyboard's and screen readers' way to them): a
  // point's button marks its marker; one outside the view zooms out to the world.
  const buttons = page.locator('#map .map-list button');
  assert.deepEqual(await buttons.allTextContents(), [...events, ...places].map((p) => p.name));
  const listed = await page.locator('#map .map-list li').allTextContents();
  for (const [i, p] of places.entries()) assert.ok(listed[events.length + i].includes(`${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`));
  const far = places.find((p) => !(p.lon + 180 >= x && p.lon + 180 <= x + bw && 90 - p.lat >= y && 90 - p.lat <= y + bh));
  assert.ok(far, 'the example names a country outside the fitted view');
  await page.locator(`#map .map-list button[data-id="${far.id}"]`).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`#map .map-list button[data-id="${far.id}"]`, 'aria-pressed'), 'true');
  assert.deepEqual(await page.$$eval('#map svg .pt-active', (els) => els.map((e) => e.dataset.id)), [far.id]);
  assert.equal(await page.getAttribute('#map svg', 'viewBox'), '0.00 0.00 360.00 180.00');
  // The zoom button goes back to the article's places and out again.
  await page.click('#map .map-zoom');
  assert.equal(await page.getAttribute('#map svg', 'viewBox'), [x, y, bw, bh].map((v) => v.toFixed(2)).join(' '));
  assert.equal(await page.textContent('#map .map-zoom'), 'Show the whole world');
  await page.click('#map .map-zoom');
  assert.equal(await page.getAttribute('#map svg', 'data-zoom'), 'world');

  // The timeline: every resolved date and dated event, in order, on the axis and in the list.
  const tl = timelineItems(expected);
  assert.ok(tl.length >= 1);
  assert.deepEqual(await page.locator('#timeline .timeline-list time').allTextContents(), tl.map((i) => i.date));
  assert.equal(await page.locator('#timeline svg [data-date]').count(), tl.length);
  const sorted = [...tl.map((i) => i.date)].sort();
  assert.deepEqual(tl.map((i) => i.date), sorted);

  // The GeoJSON export (of the example, which has a located event): the engine's features, as toGeoJSON gives them.
  const { toGeoJSON } = await import(pathToFileURL(path.join(DIST, 'newsfacts.mjs')).href);
  const [geo] = await Promise.all([page.waitForEvent('download'), page.click('#download-geojson')]);
  assert.match(geo.suggestedFilename(), /\.geojson$/);
  const features = JSON.parse(fs.readFileSync(await geo.path(), 'utf8'));
  assert.equal(features.type, 'FeatureCollection');
  assert.ok(features.features.length >= 1);
  assert.deepEqual(features, JSON.parse(JSON.stringify(toGeoJSON(expected))));
  // Quotes grouped by speaker.
  const speakers = new Set(expected.quotes.filter((q) => q.speaker || q.speaker_text).map((q) => {
    const e = expected.entities.find((x) => x.id === q.speaker);
    return e ? e.name : q.speaker_text;
  }));
  assert.equal(await page.locator('#facts .speaker-list > li').count(), speakers.size);
});

/** What the focused element is, and what the card says (null when it is hidden). */
async function focusedAndCard() {
  return page.evaluate(() => {
    const a = document.activeElement;
    const card = document.getElementById('fact-card');
    return {
      inText: Boolean(a && a.closest('#annotated') && a.id !== 'annotated'),
      id: a && a.id, kind: a && a.dataset.card, entity: a && a.dataset.entity, text: a && a.textContent,
      describedBy: a && a.getAttribute('aria-describedby'), tabindex: a && a.getAttribute('tabindex'),
      card: card && !card.hidden && card.getBoundingClientRect().height > 0 ? card.textContent : null,
      cardRole: card && card.getAttribute('role'),
    };
  });
}

/** Presses ArrowRight from the current highlight until `want(state)` holds; returns that state. */
async function arrowTo(want, what) {
  const stops = await page.locator('#annotated [data-card]:not([data-cont])').count();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('ArrowRight');
    const state = await focusedAndCard();
    if (want(state)) return state;
  }
  assert.fail(`the arrow keys never reached ${what}`);
}

test('j. the keyboard reaches the highlights; their cards give the canonical name and the resolved date', async () => {
  const example = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8');
  const expected = nf.extract(example);
  await fillAndWait(example);
  // One tab stop for the whole text: no highlight is in the tab order.
  assert.equal(await page.locator('#annotated [tabindex]').count(), 0);
  assert.ok(await page.locator('#annotated [data-card]').count() > 20);
  assert.equal(await page.locator('#annotated [title]').count(), 0, 'cards, not title tooltips');

  // A person named in the text by a shorter form than the canonical name ("Ribeiro").
  const person = expected.entities.find((e) => e.type === 'person' && e.mentions.some((m) => m.text !== e.name));
  assert.ok(person, 'the example names a person by a short form');
  const short = person.mentions.find((m) => m.text !== person.name);
  await page.focus('#article-text');
  await page.keyboard.press('Tab');  // the date field
  for (let i = 0; i < 30 && (await focusedAndCard()).id !== 'annotated'; i++) await page.keyboard.press('Tab');
  assert.equal((await focusedAndCard()).id, 'annotated', 'Tab reaches the text region');
  const atPerson = await arrowTo((st) => st.entity === person.id && st.text === short.text, short.text);
  assert.equal(atPerson.describedBy, 'fact-card');
  assert.equal(atPerson.cardRole, 'tooltip');
  assert.equal(atPerson.tabindex, '-1');
  assert.ok(atPerson.card && atPerson.card.startsWith(person.name), `the card names ${person.name}: ${atPerson.card}`);
  assert.ok(atPerson.card.includes(`Mentions${person.mentions.length}`), atPerson.card);
  assert.equal(await page.locator('#annotated [tabindex]').count(), 1, 'one roving stop');

  // The next resolved date after it: its card gives the value.
  const time = expected.times.find((t) => t.start > short.start && t.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
  assert.ok(time);
  const atTime = await arrowTo((st) => st.kind === 'time' && st.text === example.slice(time.start, time.end), time.text);
  assert.ok(atTime.card.includes(`Resolved${time.value}`), atTime.card);
  assert.match(atTime.card, /Anchored to/);

  // Left goes back; Escape closes the card and keeps the focus; a second Escape returns
  // to the region; Tab from a highlight leaves the text.
  await page.keyboard.press('ArrowLeft');
  assert.notEqual((await focusedAndCard()).text, atTime.text);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  const closed = await focusedAndCard();
  assert.equal(closed.card, null);
  assert.equal(closed.text, atTime.text);
  assert.equal(closed.describedBy, null);
  await page.keyboard.press('Escape');
  assert.equal((await focusedAndCard()).id, 'annotated');
  await page.keyboard.press('End');
  await page.keyboard.press('Tab');
  assert.equal((await focusedAndCard()).inText, false, 'Tab leaves the text');
});

test('j2. hover and tap open a card; it closes when the pointer leaves', async () => {
  const example = fs.readFileSync(path.join(DIST, 'example.txt'), 'utf8');
  const expected = nf.extract(example);
  await fillAndWait(example);
  const card = page.locator('#fact-card');
  const q = expected.quantities.find((x) => !x.vague);
  await page.locator('#annotated .hl-quantity:not([data-cont])', { hasText: q.text }).first().hover();
  await card.waitFor({ state: 'visible' });
  assert.ok((await card.textContent()).includes(`Value${q.value}`), await card.textContent());
  // The card can be hovered itself (WCAG 1.4.13) and closes once the pointer is elsewhere.
  await card.hover();
  await page.waitForTimeout(400);
  assert.ok(await card.isVisible());
  await page.mouse.move(2, 2);
  await card.waitFor({ state: 'hidden' });

  // A tap (a click without hover) on a quote: the card names its speaker.
  const quote = expected.quotes.find((x) => x.speaker);
  const speaker = expected.entities.find((e) => e.id === quote.speaker).name;
  await page.locator('#annotated .hl-quote:not([data-cont])').first().dispatchEvent('click');
  await card.waitFor({ state: 'visible' });
  assert.ok((await card.textContent()).includes(`Speaker${speaker}`), await card.textContent());
  // The card sits in the window.
  const box = await card.boundingBox();
  const size = page.viewportSize();
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height);
  await page.mouse.click(2, 2);
  await card.waitFor({ state: 'hidden' });
});

test('k. a .txt or .html file, chosen or dropped, fills the text box; the page\'s markup neither runs nor loads', async () => {
  const html = '<!doctype html><html><head><title>Site</title>' +
    '<meta property="article:published_time" content="2024-07-14T09:00:00Z">' +
    '<link rel="stylesheet" href="/evil.css"><script>window.__pwned = 3</script></head>' +
    '<body><nav>Home | World | Sport</nav><article><h1>Aid convoy  reaches\nnorthern Gaza</h1>' +
    '<p>GAZA CITY (AP) &mdash; A convoy of <b>40 trucks</b> reached the north on Sunday,\n aid officials said.</p>' +
    '<img src="/evil.png" onerror="window.__pwned = 4"><svg/onload="window.__pwned = 5"></svg><iframe src="/evil.html"></iframe>' +
    '<p>&ldquo;We hope this is the first of many,&rdquo; said a spokesperson.<br>Reporting by Sam Carter</p></article>' +
    '<footer>© Site</footer></body></html>';
  const text = 'date 2024-07-14 Aid convoy reaches northern Gaza\n\n' +
    'GAZA CITY (AP) — A convoy of 40 trucks reached the north on Sunday, aid officials said.\n\n' +
    '“We hope this is the first of many,” said a spokesperson.\n\nReporting by Sam Carter';
  const before = requests.length;
  await page.setInputFiles('#article-file', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await waitForRender(text);
  assert.equal(await page.inputValue('#article-text'), text);
  assert.match(await page.textContent('#file-note'), /Opened story\.html \(HTML reduced to its text\)/);
  const expected = nf.extract(text);
  assert.equal(expected.article.date, '2024-07-14');
  assert.equal(await page.textContent('#summary [data-field="headline"]'), expected.article.headline);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.waitForTimeout(200);
  assert.deepEqual(requests.slice(before), [], 'the file\'s image, style sheet and frame are not fetched');

  // A plain-text file dropped on the text box.
  const dropped = `${ARTICLE}\n\nDropped as a file.`;
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'story.txt', { type: 'text/plain' }));
    const area = document.getElementById('article-text');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      area.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, dropped);
  await waitForRender(dropped);
  assert.equal(await page.inputValue('#article-text'), dropped);
  assert.match(await page.textContent('#file-note'), /Opened story\.txt \(plain text\)/);

  // Anything else is refused, and the text stays.
  await page.setInputFiles('#article-file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
  await page.waitForSelector('#file-note:has-text("Could not open it")');
  assert.equal(await page.inputValue('#article-text'), dropped);
});

test('h. axe-core finds no serious or critical accessibility violation, light and dark, desktop and phone', async () => {
  // axe's source is evaluated through the debugging protocol, which the page's CSP does
  // not govern (an injected <script> would be blocked, as it should be).
  const axeSource = fs.readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const problems = [];
  const views = [{ width: 1280, height: 900, scheme: 'light' }, { width: 1280, height: 900, scheme: 'dark' },
                 { width: 390, height: 844, scheme: 'light' }, { width: 390, height: 844, scheme: 'dark' }];
  for (const view of views) {
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.scheme });
    // with a highlight's card open (its colours and its link to the highlight are checked too)
    await page.focus('#annotated');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('#fact-card').waitFor({ state: 'visible' });
    const found = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    for (const v of found) {
      if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${view.width}px ${view.scheme}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.deepEqual(problems, []);
});

test('l. the page\'s Content-Security-Policy lets nothing load from elsewhere and no inline code run', async () => {
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const d = Object.fromEntries(csp.split(';').map((s) => s.trim().split(/\s+/)).filter((a) => a[0])
    .map(([k, ...v]) => [k, v.sort()]));
  assert.deepEqual(d['default-src'], ["'none'"]);
  assert.deepEqual(d['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  for (const k of ['connect-src', 'worker-src', 'style-src']) assert.deepEqual(d[k], ["'self'"], k);
  for (const k of ['object-src', 'base-uri', 'form-action']) assert.deepEqual(d[k], ["'none'"], k);
  for (const [k, v] of Object.entries(d)) {
    for (const s of v) {
      assert.ok(s === "'wasm-unsafe-eval'" || !/unsafe|\*|:\/\/|^https?:$/.test(s), `${k} allows ${s}`);
    }
  }
  // and the page itself needs no exception: no inline script or style element
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.equal(await page.locator('style').count(), 0);
});

test('b. no errors, and every request stays on the page\'s origin', () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(failedRequests, []);
  assert.ok(requests.length > 0);
  const foreign = requests.filter((url) => new URL(url).origin !== origin);
  assert.deepEqual(foreign, []);
  // Only the page's own files were fetched.
  const files = new Set(requests.map((url) => new URL(url).pathname));
  for (const file of files) {
    assert.ok(['/', '/app.mjs', '/brief.mjs', '/cards.mjs', '/describe.mjs', '/files.mjs', '/map.mjs', '/svg.mjs', '/world.mjs', '/style.css', '/newsfacts.mjs', '/newsfacts.wasm',
               '/worker.mjs', '/example.txt'].includes(file),
              `unexpected request for ${file}`);
  }
});
