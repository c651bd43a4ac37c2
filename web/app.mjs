// newsfacts page: paste an article, see its facts. Everything runs locally.
//
// Flow: textarea/date input --(debounce)--> run() --> extractor (main thread for small
// input, module worker for large) --> JSON string --> show(): summary, annotated text, JSON.
//
// Safety: user text only ever reaches the DOM as Text nodes (createElement + append /
// textContent). No HTML string is ever parsed.

import { createExtractor, toAcledCSV, toGeoJSON } from './newsfacts.mjs';
import { casualtyRows, fiveW, renderTimelineAxis, timelineItems } from './brief.mjs';
import { countryOutlines, renderMap } from './map.mjs';
import { createCards, markTarget } from './cards.mjs';
import { readArticleFile } from './files.mjs';

/** Input longer than this (UTF-16 code units, i.e. ~50 KB) is extracted in the worker. */
const WORKER_THRESHOLD = 50 * 1024;
const DEBOUNCE_MS = 150;
/** The annotated text view renders at most this many code units (the JSON has all). */
const MAX_ANNOTATED_CHARS = 400_000;
/** The facts' tables and lists show at most this many rows each (the exports have all):
 * a megabyte of text may hold thousands, and laying them out froze the page for seconds. */
const MAX_ROWS = 200;
/** The JSON view shows at most this many characters (Copy and Download give all). */
const MAX_JSON_VIEW_CHARS = 200_000;

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('input-form'),
  text: $('article-text'),
  date: $('ref-date'),
  example: $('try-example'),
  file: $('article-file'),
  fileNote: $('file-note'),
  clear: $('clear-text'),
  status: $('status'),
  summary: $('summary'),
  facts: $('facts'),
  brief: $('brief'),
  map: $('map'),
  timeline: $('timeline'),
  csv: $('download-csv'),
  geojson: $('download-geojson'),
  annotated: $('annotated'),
  legend: $('legend'),
  json: $('json'),
  jsonNote: $('json-note'),
  copy: $('copy-json'),
  download: $('download-json'),
  version: $('engine-version'),
};
/** The cards of the annotated text's highlights (hover, focus, tap). */
const cards = createCards(ui.annotated);

// ---------------------------------------------------------------------------------------
// DOM helper

/**
 * createElement with attributes and children. Children are nodes or strings; strings
 * become Text nodes (never parsed as HTML). `class` sets className, `dataset` an object
 * of data-* values; other keys are set as attributes.
 */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child);
  }
  return node;
}

// ---------------------------------------------------------------------------------------
// Status line

function setStatus(message, state, data = {}) {
  ui.status.textContent = message;
  ui.status.dataset.state = state;
  for (const key of ['engine', 'sentences', 'chars', 'error']) delete ui.status.dataset[key];
  Object.assign(ui.status.dataset, data);
}

/** Marks the status as waiting for a new result without changing its (announced) text. */
function markPending() {
  ui.status.dataset.state = 'pending';
}

function formatMs(ms) {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 10_000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

// ---------------------------------------------------------------------------------------
// Running the extractor

const state = {
  nf: null,          // main-thread extractor, once loaded
  seq: 0,            // id of the latest request; replies with another id are stale
  timer: 0,          // debounce timer
  json: '',          // the JSON shown (for Copy / Download)
  headline: null,
  exampleText: null, // cached example.txt
  result: null,      // the parsed result and its text (for the CSV and GeoJSON exports)
  text: '',
};

function currentOptions() {
  const options = { pretty: true };
  if (ui.date.value) options.date = ui.date.value;
  return options;
}

function scheduleRun() {
  markPending();
  clearTimeout(state.timer);
  state.timer = setTimeout(run, DEBOUNCE_MS);
}

/** Extracts the current text with the current options and renders the result. */
function run() {
  clearTimeout(state.timer);
  const id = ++state.seq;
  const text = ui.text.value;
  const options = currentOptions();
  if (!state.nf) return;  // the engine is loading; init() runs again when it is ready
  if (text.length === 0) {
    renderEmpty();
    return;
  }
  if (text.length > WORKER_THRESHOLD && workerPool.usable()) {
    workerPool.request({ id, text, options });
    setStatus(`Working on ${plural(text.length, 'character')} in the background…`, 'pending',
              { engine: 'worker' });
  } else {
    const t0 = performance.now();
    const json = state.nf.extractJSON(text, options);
    show(json, text, { engine: 'main', ms: performance.now() - t0 });
  }
}

/**
 * The module worker for large input. At most one request is in flight; a newer request
 * made meanwhile waits in `next` (replacing any older waiting one), so a burst of typing
 * on a huge article costs at most one extra extraction.
 */
const workerPool = {
  worker: null,
  broken: typeof Worker === 'undefined',
  inFlight: null,   // { id, text, options }
  next: null,
  stale: 0,         // replies dropped because a newer request had been made

  usable() {
    return !this.broken;
  },

  request(job) {
    if (this.inFlight) {
      this.next = job;
      return;
    }
    this.send(job);
  },

  send(job) {
    try {
      this.worker ??= this.create();
    } catch (e) {
      this.fail(e);
      return;
    }
    this.inFlight = job;
    ui.status.dataset.worker = 'busy';
    this.worker.postMessage({ id: job.id, text: job.text, options: job.options });
  },

  create() {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event) => this.onReply(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.fail(event.message || 'the worker failed to start');
    });
    return worker;
  },

  onReply({ id, json, ms, error }) {
    const job = this.inFlight;
    this.inFlight = null;
    ui.status.dataset.worker = 'idle';
    const next = this.next;
    this.next = null;
    if (next && next.id === state.seq) this.send(next);  // the newest waiting request
    if (error) {
      this.fail(error);
      return;
    }
    if (!job || id !== job.id || id !== state.seq) {
      // Stale: a newer request exists. Counted on the status element for diagnostics.
      ui.status.dataset.staleReplies = String(++this.stale);
      return;
    }
    show(json, job.text, { engine: 'worker', ms });
  },

  /** The worker cannot be used: fall back to the main thread for good. */
  fail(reason) {
    console.warn('newsfacts: worker unavailable, using the main thread:', reason);
    this.broken = true;
    this.worker?.terminate();
    this.worker = null;
    ui.status.dataset.worker = 'unavailable';
    const lost = [this.inFlight, this.next].some((job) => job && job.id === state.seq);
    this.inFlight = this.next = null;
    if (lost) run();  // redo the current request on the main thread
  },
};

// ---------------------------------------------------------------------------------------
// Rendering

/** Renders one extractor reply (a JSON string) for `text`. */
function show(json, text, { engine, ms }) {
  let result;
  try {
    result = JSON.parse(json);
  } catch (e) {
    result = { error: { code: 'bad_json', message: `the engine returned invalid JSON: ${e.message}` } };
  }
  renderJSON(json, result);
  if (result.error) {
    renderError(result.error);
    setStatus(`Error: ${result.error.message}`, 'ready', { engine, error: result.error.code });
    return;
  }
  renderSummary(result);
  renderBrief(result);
  renderFacts(result, text);
  renderText(text, result);
  const n = result.sentences.length;
  const where = engine === 'worker' ? ' · in a worker' : '';
  setStatus(`${plural(n, 'sentence')} · ${plural(result.paragraphs.length, 'paragraph')} · ` +
            `${formatMs(ms)}${where}`, 'ready',
            { engine, sentences: String(n), chars: String(text.length) });
}

function renderEmpty() {
  ui.summary.replaceChildren(el('p', { class: 'empty' }, 'Nothing yet: paste an article or try the example.'));
  renderBrief(null);
  renderFacts(null, '');
  cards.setResult(null);
  ui.annotated.replaceChildren();
  ui.legend.replaceChildren();
  renderJSON('', null);
  setStatus('Ready. Paste an article to begin.', 'ready', { sentences: '0', chars: '0' });
}

function renderError(error) {
  ui.summary.replaceChildren(
    el('p', { class: 'error-box', role: 'alert' }, el('strong', {}, 'The article could not be read: '),
       error.message, ' ', el('code', {}, `(${error.code})`)));
  renderBrief(null);
  renderFacts(null, '');
  cards.setResult(null);
  ui.annotated.replaceChildren();
  ui.legend.replaceChildren();
}

// --- Summary: headline, date, dateline, bylines, agencies, warnings

const DATE_SOURCES = {
  option: 'from the reference date field',
  header: 'from the article header',
  dateline: 'from the dateline',
  text: 'from the text',
};

const none = (what = 'none found') => el('span', { class: 'none' }, what);

/** One <dt>/<dd> pair; `field` names the dd for tests and styling. */
function row(label, field, ...content) {
  return [el('dt', {}, label), el('dd', { dataset: { field } }, ...content)];
}

function chips(items) {
  if (!items.length) return none();
  return el('ul', { class: 'chips' }, items.map((item) => el('li', {}, item)));
}

function renderSummary(result) {
  const a = result.article;
  const dateline = a.dateline;
  const list = el('dl', { class: 'facts' },
    row('Headline', 'headline', a.headline ?? none()),
    row('Date', 'date', a.date
      ? [el('time', { datetime: a.date, dataset: { value: a.date } }, a.date), ' ',
         el('span', { class: 'source', dataset: { source: a.date_source } },
            DATE_SOURCES[a.date_source] ?? a.date_source ?? '')]
      : none()),
    row('Dateline', 'dateline', dateline
      ? [el('q', { class: 'dateline-text', dataset: { value: dateline.text } }, dateline.text),
         el('span', { class: 'sub' },
            'place ', el('strong', { dataset: { field: 'place' } }, dateline.place_text || '—'),
            ' · agency ', el('strong', { dataset: { field: 'agency' } }, dateline.agency ?? '—'))]
      : none()),
    row('Bylines', 'bylines', chips(a.bylines)),
    row('Agencies', 'agencies', chips(a.agencies)),
  );
  const parts = [list];
  if (result.warnings.length) {
    parts.push(el('div', { class: 'warnings' },
      el('h4', {}, plural(result.warnings.length, 'warning')),
      el('ul', {}, result.warnings.map((w) =>
        el('li', { dataset: { code: w.code } }, el('code', {}, w.code), ' ', w.message)))));
  }
  ui.summary.replaceChildren(...parts);
}

// --- In brief (five W), the map and the timeline

function renderBrief(result) {
  if (!result) {
    for (const node of [ui.brief, ui.map, ui.timeline]) node.replaceChildren(el('p', { class: 'empty' }, 'Nothing yet.'));
    return;
  }
  const w = fiveW(result);
  const list = (items, field) => (items.length
    ? el('ul', { class: 'chips', dataset: { field } }, items.map((i) => el('li', {}, i)))
    : el('span', { class: 'none', dataset: { field } }, 'not stated'));
  ui.brief.replaceChildren(el('dl', { class: 'facts five-w' },
    row('Who', 'who', list(w.who, 'who-list')),
    row('What', 'what', list(w.what, 'what-list')),
    row('When', 'when', list(w.when, 'when-list')),
    row('Where', 'where', list(w.where, 'where-list')),
    row('How many', 'how-many', list(w.howMany, 'how-many-list'))));

  ui.map.replaceChildren(renderMap(result));

  const items = timelineItems(result);
  if (!items.length) {
    ui.timeline.replaceChildren(none('no resolved date'));
    return;
  }
  ui.timeline.replaceChildren(renderTimelineAxis(items),
    el('ol', { class: 'timeline-list' }, items.map((item) => el('li', { dataset: { kind: item.kind } },
      el('time', { datetime: item.date }, item.date), ' ', item.kind === 'event' ? el('strong', {}, item.label) : item.label))));
}

// --- Facts: events, then who is named, then who said what

/** Names of entity ids, for the fact lists. */
function namer(result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return (id) => (byId.get(id) || {}).name || '';
}

/** A note under a list cut at MAX_ROWS, or null. */
function more(total, what) {
  return total > MAX_ROWS
    ? el('p', { class: 'hint', dataset: { more: what } }, `Showing the first ${MAX_ROWS} of ${total.toLocaleString('en')} ${what}; ` +
         'the JSON and the exports have them all.')
    : null;
}

function renderFacts(result, text) {
  state.result = result;
  state.text = text;
  ui.csv.disabled = ui.geojson.disabled = !result || !result.events.length;
  if (!result) {
    ui.facts.replaceChildren(el('p', { class: 'empty' }, 'Nothing yet.'));
    return;
  }
  const name = namer(result);
  const parts = [];
  parts.push(el('h4', {}, 'Events'));
  if (!result.events.length) {
    parts.push(none('no event found'));
  } else {
    const head = el('tr', {}, ['What', 'When', 'Where', 'Who', 'Against', 'Killed', 'Wounded', 'Trigger']
      .map((h) => el('th', { scope: 'col' }, h)));
    const rows = result.events.slice(0, MAX_ROWS).map((ev) => el('tr', { dataset: { event: ev.id, subtype: ev.subtype } },
      el('td', {}, el('strong', {}, ev.subtype), el('span', { class: 'sub' }, ev.type)),
      el('td', { dataset: { field: 'date' } }, ev.date ?? '—'),
      el('td', { dataset: { field: 'location' } }, name(ev.location) || '—'),
      el('td', { dataset: { field: 'actors' } }, ev.actors.map(name).join(', ') || '—'),
      el('td', { dataset: { field: 'targets' } }, ev.targets.map(name).join(', ') || '—'),
      el('td', { dataset: { field: 'fatalities' } }, ev.fatalities == null ? '—' : String(ev.fatalities)),
      el('td', { dataset: { field: 'wounded' } }, ev.wounded == null ? '—' : String(ev.wounded)),
      el('td', {}, el('q', {}, ev.trigger.text))));
    // scrolls sideways on a phone: focusable so the keyboard can scroll it
    parts.push(el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Events table' },
      el('table', { class: 'events' }, el('caption', { class: 'visually-hidden' }, 'Events'),
        el('thead', {}, head), el('tbody', {}, rows))), more(result.events.length, 'events'));
  }
  parts.push(el('h4', {}, 'Casualties'));
  const tolls = casualtyRows(result);
  if (!tolls.length) {
    parts.push(none('no casualty figure found'));
  } else {
    const head = el('tr', {}, ['Figures', 'Who', 'Where', 'When', 'Reported by', 'Text']
      .map((h) => el('th', { scope: 'col' }, h)));
    const rows = tolls.slice(0, MAX_ROWS).map((c) => el('tr', { dataset: { cumulative: String(c.cumulative) } },
      el('td', { dataset: { field: 'counts' } }, el('strong', {}, c.counts),
        c.cumulative ? el('span', { class: 'sub' }, 'cumulative toll') : null),
      el('td', { dataset: { field: 'victims' } }, c.victims || '—'),
      el('td', { dataset: { field: 'location' } }, c.place || '—'),
      el('td', { dataset: { field: 'date' } }, c.date || '—'),
      el('td', { dataset: { field: 'source' } }, c.source || '—'),
      el('td', {}, el('q', {}, text.slice(c.evidence.start, c.evidence.end)))));
    parts.push(el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Casualties table' },
      el('table', { class: 'casualties' }, el('caption', { class: 'visually-hidden' }, 'Casualties'),
        el('thead', {}, head), el('tbody', {}, rows))), more(tolls.length, 'figures'));
  }
  const speakers = new Set(result.quotes.map((q) => q.speaker).filter(Boolean));
  const quoteCount = new Map();
  for (const q of result.quotes) if (q.speaker) quoteCount.set(q.speaker, (quoteCount.get(q.speaker) || 0) + 1);
  const groups = [['person', 'People'], ['organization', 'Organisations'], ['location', 'Places'], ['group', 'Groups']];
  for (const [type, label] of groups) {
    const items = result.entities.filter((e) => e.type === type);
    if (!items.length) continue;
    parts.push(el('h4', {}, label));
    parts.push(el('ul', { class: 'chips', dataset: { entities: type } }, items.slice(0, MAX_ROWS).map((e) => {
      const extra = [];
      if (e.titles && e.titles.length) extra.push(e.titles.join('; '));
      if (e.unnamed) {
        const role = speakers.has(e.id) ? 'unnamed source' : 'unnamed party';
        extra.push([role, ...(e.affiliations || []).map(name).filter(Boolean)].join(', '));
      }
      if (!e.unnamed && e.affiliations && e.affiliations.length) extra.push(e.affiliations.map(name).filter(Boolean).join(', '));
      if (e.place && e.place.country) extra.push(e.place.kind ? `${e.place.kind}, ${e.place.country}` : e.place.country);
      if (e.mentions.length > 1) extra.push(`${e.mentions.length} mentions`);
      if (quoteCount.has(e.id)) extra.push(plural(quoteCount.get(e.id), 'quote'));
      return el('li', { dataset: { entity: e.id } }, e.name, extra.length ? el('span', { class: 'detail' }, ` · ${extra.join(' · ')}`) : null);
    })), more(items.length, label.toLowerCase()));
  }
  // Quotes grouped by speaker, in the order each speaker first speaks.
  const quotes = result.quotes.filter((q) => q.speaker || q.speaker_text);
  if (quotes.length) {
    const groups = new Map();
    for (const q of quotes) {
      const who = name(q.speaker) || q.speaker_text;
      if (!groups.has(who)) groups.set(who, []);
      groups.get(who).push(q);
    }
    parts.push(el('h4', {}, 'Who said what'));
    parts.push(el('ul', { class: 'speaker-list' }, [...groups].slice(0, MAX_ROWS).map(([who, qs]) => el('li', { dataset: { speaker: who } },
      el('strong', {}, who), el('span', { class: 'sub' }, ` · ${plural(qs.length, 'quote')}`),
      el('ul', { class: 'quote-list' }, qs.map((q) => el('li', { dataset: { kind: q.kind } },
        `${q.cue || 'said'}: `, el('q', {}, text.slice(q.start, q.end)))))))), more(groups.size, 'speakers'));
  }
  ui.facts.replaceChildren(...parts.filter(Boolean));
}

function downloadBlob(content, type, filename) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = el('a', { href: url, download: filename, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function downloadCSV() {
  if (!state.result) return;
  downloadBlob(toAcledCSV(state.result, state.text), 'text/csv', downloadName().replace(/\.json$/, '-events.csv'));
}

function downloadGeoJSON() {
  if (!state.result) return;
  downloadBlob(JSON.stringify(toGeoJSON(state.result), null, 2), 'application/geo+json',
               downloadName().replace(/\.json$/, '.geojson'));
}

// --- Annotated text: paragraphs as blocks, sentences as alternating spans, highlights
//
// Every layer maps the result to spans ({start, end} in UTF-16 code units) and says how
// to draw one. Lower `rank` nests outside higher; `legend` (label + swatch class) puts the
// layer in the legend when it has spans. To show a later stage (entities, times,
// quantities, quotes), add one layer here (and its colour in style.css); renderText needs
// no change.

const LAYERS = [
  { kind: 'paragraph', rank: 0, tag: 'div', spans: (r) => r.paragraphs,
    decorate: (node, span, i) => { node.className = 'blk blk-para'; node.dataset.n = i + 1; } },
  { kind: 'outside', rank: 0, tag: 'div', spans: (r, text) => outsideBlocks(r, text),
    decorate: (node, span) => { node.className = 'blk blk-outside'; node.dataset.label = span.label; } },
  { kind: 'sentence', rank: 1, tag: 'span', spans: (r) => r.sentences,
    legend: { label: 'Sentences (alternate shading, numbered)', swatch: 'swatch-sentence' },
    decorate: (node, span, i) => {
      node.className = `hl-sentence ${i % 2 ? 's-odd' : 's-even'}`;
      node.dataset.n = i + 1;
    } },
  // The layers marked `card` have a card (cards.mjs, describe.mjs): what the core found about
  // the span, shown on hover, focus or tap.
  { kind: 'headline', rank: 2, tag: 'mark',
    spans: (r) => (r.article.headline_span ? [r.article.headline_span] : []),
    legend: { label: 'Headline', swatch: 'swatch-hl hl-headline' },
    decorate: (node) => { node.className = 'hl hl-headline'; } },
  { kind: 'dateline', rank: 2, tag: 'mark', card: true,
    spans: (r) => (r.article.dateline ? [r.article.dateline] : []),
    legend: { label: 'Dateline', swatch: 'swatch-hl hl-dateline' },
    decorate: (node) => { node.className = 'hl hl-dateline'; } },
  { kind: 'quote', rank: 2, tag: 'span', card: true, spans: (r) => r.quotes || [],
    legend: { label: 'Quotes and reported speech', swatch: 'swatch-quote' },
    decorate: (node, span) => { node.className = `hl-quote hl-quote-${span.kind}`; } },
  { kind: 'entity', rank: 3, tag: 'mark', card: true,
    spans: (r) => (r.entities || []).flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e }))),
    legend: { label: 'People, organisations, places, groups', swatch: 'swatch-hl hl-entity' },
    decorate: (node, span) => {
      node.className = `hl hl-entity hl-${span.entity.type}`;
      node.dataset.entity = span.entity.id;
    } },
  { kind: 'event', rank: 3, tag: 'mark', card: true,
    spans: (r) => (r.events || []).flatMap((ev) => (ev.mentions || [ev.trigger]).map((m) => ({ ...m, event: ev }))),
    legend: { label: 'Events', swatch: 'swatch-hl hl-event' },
    decorate: (node, span) => { node.className = 'hl hl-event'; node.dataset.event = span.event.id; } },
  { kind: 'quantity', rank: 3, tag: 'mark', card: true, spans: (r) => r.quantities || [],
    legend: { label: 'Quantities', swatch: 'swatch-hl hl-quantity' },
    decorate: (node) => { node.className = 'hl hl-quantity'; } },
  { kind: 'time', rank: 3, tag: 'mark', card: true, spans: (r) => r.times || [],
    legend: { label: 'Times', swatch: 'swatch-hl hl-time' },
    decorate: (node, span) => {
      node.className = 'hl hl-time';
      node.dataset.value = span.value ?? '';
    } },
];

/**
 * Text outside every paragraph (the header lines: headline, byline, date line; stripped
 * markup) as blocks, trimmed of the whitespace that separates them from paragraphs.
 */
function outsideBlocks(result, text) {
  const blocks = [];
  const head = result.article.headline_span;
  let pos = 0;
  const addGap = (start, end) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end) return;
    const isHeader = head && head.start >= start && head.end <= end;
    blocks.push({ start, end, label: isHeader ? 'header' : 'not in a paragraph' });
  };
  for (const p of result.paragraphs) {
    addGap(pos, p.start);
    pos = Math.max(pos, p.end);
  }
  addGap(pos, text.length);
  return blocks;
}

/**
 * Builds the annotated view of text[0, limit). One sweep over the boundaries of every
 * layer's spans: for each elementary segment the covering spans, outermost first, form a
 * chain of elements; consecutive segments reuse the common prefix of the chain, so a span
 * is split into several elements only where it crosses another span's edge.
 */
function buildAnnotated(text, ranges, limit) {
  ranges.sort((x, y) => x.start - y.start);
  const outerFirst = (x, y) => x.layer.rank - y.layer.rank || x.start - y.start || y.end - x.end || x.order - y.order;

  const points = new Set([0, limit]);
  for (const r of ranges) points.add(r.start).add(r.end);
  const cuts = [...points].sort((x, y) => x - y);

  const root = document.createDocumentFragment();
  let chain = [];  // [{ range, node }], outermost first
  let active = [];
  let next = 0;
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k];
    const to = cuts[k + 1];
    active = active.filter((r) => r.end > from);
    while (next < ranges.length && ranges[next].start <= from) active.push(ranges[next++]);
    const covering = active.slice().sort(outerFirst);
    const piece = text.slice(from, to);
    if (covering.length === 0 && !/\S/.test(piece)) {
      chain = [];  // whitespace between blocks: the blocks' margins separate them
      continue;
    }
    let keep = 0;
    while (keep < chain.length && keep < covering.length && chain[keep].range === covering[keep]) keep++;
    chain.length = keep;
    for (let j = keep; j < covering.length; j++) {
      const range = covering[j];
      const node = document.createElement(range.layer.tag);
      range.layer.decorate(node, range.span, range.index);
      if (range.layer.card) markTarget(node, range.layer.kind, range.span);
      if (range.pieces++ > 0) node.dataset.cont = '';  // a continuation: not numbered again
      (j === 0 ? root : chain[j - 1].node).append(node);
      chain.push({ range, node });
    }
    (chain.length ? chain[chain.length - 1].node : root).append(piece);
  }
  return root;
}

/** Every layer's spans clipped to [0, limit), as the ranges buildAnnotated() draws. */
function collectRanges(text, result, limit) {
  const ranges = [];
  for (const layer of LAYERS) {
    layer.spans(result, text).forEach((span, index) => {
      const start = Math.max(0, span.start);
      const end = Math.min(limit, span.end);
      if (start < end) ranges.push({ start, end, layer, span, index, order: ranges.length, pieces: 0 });
    });
  }
  return ranges;
}

function renderLegend(ranges) {
  const present = new Set(ranges.map((r) => r.layer));
  ui.legend.replaceChildren(...LAYERS.filter((layer) => layer.legend && present.has(layer)).map((layer) =>
    el('li', {}, el('span', { class: `swatch ${layer.legend.swatch}`, 'aria-hidden': 'true' }), layer.legend.label)));
}

function renderText(text, result) {
  let limit = Math.min(text.length, MAX_ANNOTATED_CHARS);
  if (limit < text.length && /[\uD800-\uDBFF]/.test(text[limit - 1])) limit--;  // keep pairs whole
  const ranges = collectRanges(text, result, limit);
  renderLegend(ranges);
  const view = buildAnnotated(text, ranges, limit);
  ui.annotated.classList.toggle('long', result.paragraphs.length > 100);
  if (limit < text.length) {
    view.append(el('p', { class: 'truncated' },
      `The text view stops after ${plural(limit, 'character')} of ${text.length.toLocaleString('en')}; ` +
      'the JSON covers the whole article.'));
  }
  cards.setResult(result);
  ui.annotated.replaceChildren(view);
}

// --- JSON view, Copy, Download

function renderJSON(json, result) {
  state.json = json;
  state.headline = result?.article?.headline ?? null;
  ui.copy.disabled = ui.download.disabled = !json;
  ui.jsonNote.textContent = '';
  if (json.length > MAX_JSON_VIEW_CHARS) {
    ui.json.textContent = `${json.slice(0, MAX_JSON_VIEW_CHARS)}\n…`;
    ui.jsonNote.textContent = `Showing the first ${plural(MAX_JSON_VIEW_CHARS, 'character')} of ` +
      `${json.length.toLocaleString('en')}; Copy and Download give the whole JSON.`;
  } else {
    ui.json.textContent = json;
  }
}

async function copyJSON() {
  try {
    await navigator.clipboard.writeText(state.json);
    ui.jsonNote.textContent = 'Copied the JSON to the clipboard.';
  } catch {
    // No clipboard access (insecure context, permission denied): select the text instead.
    const selection = window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(ui.json);
    selection.removeAllRanges();
    selection.addRange(range);
    ui.json.focus();
    ui.jsonNote.textContent = 'The browser did not allow copying: the JSON is selected, press Ctrl+C (⌘C on a Mac).' +
      (state.json.length > MAX_JSON_VIEW_CHARS ? ' It is shortened here; use Download for all of it.' : '');
  }
}

function downloadName() {
  const slug = (state.headline || '').toLowerCase().normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `newsfacts${slug ? `-${slug}` : ''}.json`;
}

function downloadJSON() {
  const url = URL.createObjectURL(new Blob([state.json], { type: 'application/json' }));
  const link = el('a', { href: url, download: downloadName(), class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  ui.jsonNote.textContent = `Downloaded ${downloadName()}.`;
}

// ---------------------------------------------------------------------------------------
// Example, wiring, start-up

async function loadExample() {
  ui.example.disabled = true;
  try {
    if (state.exampleText == null) {
      const response = await fetch('./example.txt');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      state.exampleText = await response.text();
    }
    ui.text.value = state.exampleText;
    markPending();
    run();
  } catch (e) {
    setStatus(`Could not load the example: ${e.message}`, 'ready', { error: 'example' });
  } finally {
    ui.example.disabled = false;
  }
}

/** Puts a chosen or dropped file's text (an HTML page's text) in the text box. */
async function openFile(file) {
  if (!file) return;
  try {
    const { text, how } = await readArticleFile(file);
    ui.text.value = text;
    ui.fileNote.textContent = `Opened ${file.name} (${how}).`;
    markPending();
    run();
  } catch (e) {
    ui.fileNote.textContent = `Could not open it: ${e.message}.`;
  }
}

/** A file dropped anywhere on the page is opened (instead of the browser leaving the page). */
function wireDrop() {
  const hasFiles = (event) => event.dataTransfer && [...event.dataTransfer.types].includes('Files');
  window.addEventListener('dragover', (event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    document.body.classList.add('dropping');
  });
  window.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) document.body.classList.remove('dropping');
  });
  window.addEventListener('drop', (event) => {
    document.body.classList.remove('dropping');
    if (!hasFiles(event)) return;
    event.preventDefault();
    openFile(event.dataTransfer.files[0]);
  });
}

function wire() {
  wireDrop();
  ui.file.addEventListener('change', () => {
    openFile(ui.file.files[0]);
    ui.file.value = '';  // the same file can be opened again
  });
  ui.form.addEventListener('submit', (event) => event.preventDefault());
  ui.text.addEventListener('input', scheduleRun);
  ui.date.addEventListener('input', scheduleRun);
  ui.example.addEventListener('click', loadExample);
  ui.clear.addEventListener('click', () => {
    ui.text.value = '';
    run();
    ui.text.focus();
  });
  ui.copy.addEventListener('click', copyJSON);
  ui.download.addEventListener('click', downloadJSON);
  ui.csv.addEventListener('click', downloadCSV);
  ui.geojson.addEventListener('click', downloadGeoJSON);
}

async function init() {
  wire();
  try {
    state.nf = await createExtractor();
  } catch (e) {
    setStatus(`The engine failed to load: ${e && e.message || e}`, 'error', { error: 'engine' });
    return;
  }
  ui.version.textContent = state.nf.version;
  // The map's country outlines take ~100 ms to build the first time: build them now while
  // the page is idle, unless an article is already waiting.
  if (!ui.text.value && window.requestIdleCallback) requestIdleCallback(() => countryOutlines());
  run();  // renders whatever is in the textarea already (e.g. restored after a reload)
  document.documentElement.dataset.ready = 'true';
}

init();
