// Appended outside emcc's module (--extern-post-js): the public API of newsfacts.mjs.
//
//   import { createExtractor } from './newsfacts.mjs';
//   const nf = await createExtractor();          // memoised; browser, worker and Node
//   const result = nf.extract(text, { date: '2024-07-14', offsets: 'utf16' });
//   const json = nf.extractJSON(text, options);   // the same, as the JSON string
//
// Errors come back as values: a result with an "error" member ({code, message}),
// never a thrown exception. The JSON is byte-identical to the native CLI's.

const NF_MAX_INPUT_BYTES = 32 * 1024 * 1024;
const nfEncoder = new TextEncoder();
const nfDecoder = new TextDecoder();
let nfReady = null;

function nfErrorJSON(code, message, version) {
  return JSON.stringify({ schema: 'newsfacts/1', engine: { version: version || '' },
                          error: { code, message } }) + '\n';
}

// Lone surrogates cannot be encoded as UTF-8: replace each with U+FFFD (one code unit,
// so UTF-16 offsets stay exact) and count them.
function nfWellFormed(text) {
  const fixed = typeof text.toWellFormed === 'function'
    ? text.toWellFormed()
    : text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (fixed === text) return { text, replaced: 0 };
  let replaced = 0;
  for (let i = 0; i < text.length; i++) if (text[i] !== fixed[i]) replaced++;
  return { text: fixed, replaced };
}

class Extractor {
  constructor(module) {
    this._m = module;
    this.version = module.version();
  }

  extractJSON(text, options = {}) {
    const opts = options || {};
    let input = text;
    let replaced = 0;
    if (typeof input === 'string') {
      ({ text: input, replaced } = nfWellFormed(input));
    } else if (input instanceof ArrayBuffer) {
      input = new Uint8Array(input);
    } else if (!(input instanceof Uint8Array)) {
      return nfErrorJSON('bad_input', 'text must be a string or a Uint8Array', this.version);
    }
    const bytes = typeof input === 'string' ? nfEncoder.encode(input) : input;  // UTF-8
    if (bytes.length > NF_MAX_INPUT_BYTES) {
      return nfErrorJSON('input_too_large',
        `input is ${bytes.length} bytes; the limit is ${NF_MAX_INPUT_BYTES} bytes (32 MiB)`, this.version);
    }
    const date = opts.date == null ? '' : String(opts.date);
    const offsets = opts.offsets == null ? 'utf16' : String(opts.offsets);
    let json;
    try {
      json = this._extractBytes(bytes, date, offsets, !!opts.pretty);
    } catch (e) {
      nfReady = null;  // the instance may be unusable (out of memory): start afresh next time
      return nfErrorJSON('internal_error', String(e && e.message || e), this.version);
    }
    if (replaced) {
      const result = JSON.parse(json);
      if (Array.isArray(result.warnings)) {
        result.warnings.unshift({ code: 'lone_surrogates',
          message: `${replaced} lone UTF-16 surrogate(s) read as U+FFFD` });
      }
      json = JSON.stringify(result, null, opts.pretty ? 2 : undefined) + '\n';
    }
    return json;
  }

  // UTF-8 bytes in through the module's memory, the JSON's bytes decoded in place: no
  // per-byte conversion in JS (binding.cpp's byte interface).
  _extractBytes(bytes, date, offsets, pretty) {
    const m = this._m;
    const at = m.allocBytes(bytes.length);
    if (!at) throw new Error('out of memory');
    try {
      m.HEAPU8.set(bytes, at);
      const out = m.extractBytes(at, bytes.length, date, offsets, pretty);
      // memory may have grown during the call: read HEAPU8 afresh
      return nfDecoder.decode(m.HEAPU8.subarray(out, out + m.resultSize()));
    } finally {
      m.freeBytes(at);
      m.releaseResult();
    }
  }

  extract(text, options = {}) {
    return JSON.parse(this.extractJSON(text, options));
  }
}

// Memoised async factory. moduleOptions: emscripten's locateFile / wasmBinary, for
// hosts that serve the .wasm from elsewhere.
export function createExtractor(moduleOptions = {}) {
  if (!nfReady) {
    nfReady = NewsfactsModule({ ...moduleOptions }).then((m) => new Extractor(m));
    nfReady.catch(() => { nfReady = null; });
  }
  return nfReady;
}

// ---- Exports of a result (issue 8): ACLED-style CSV and GeoJSON ----
//
//   import { toAcledCSV, toGeoJSON } from './newsfacts.mjs';
//   const csv = toAcledCSV(result, text, { source: 'AFP' });  // text: for the notes column
//   const geo = toGeoJSON(result);                            // located events and places
//
// Both read only the result (and the text it came from, with UTF-16 offsets, the
// default); a figure the result lacks stays empty, never a made-up 0.

const NF_ACLED_COLUMNS = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country',
  'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities'];
// ACLED's own spellings of SPEC's conflict types; other kinds are capitalised as written.
const NF_ACLED_TYPES = { 'explosions/remote violence': 'Explosions/Remote violence' };

function nfCapitalised(s) {
  if (!s) return '';
  return NF_ACLED_TYPES[s] || s.charAt(0).toUpperCase() + s.slice(1);
}

// RFC 4180 quoting; a text cell that a spreadsheet would run as a formula gets a
// leading apostrophe.
function nfCsvCell(value, isText) {
  let s = value == null ? '' : String(value);
  if (isText && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function nfEntityIndex(result) {
  const byId = new Map();
  for (const e of result.entities || []) byId.set(e.id, e);
  return byId;
}

// ACLED's geo_precision: 1 the town itself, 2 a part of a region, 3 a region or country.
function nfGeoPrecision(place) {
  if (!place || place.lat == null) return '';
  if (place.kind === 'country' || place.precision === 'country') return 3;
  if (place.kind === 'region' || place.precision === 'region') return 2;
  return 1;
}

export function toAcledCSV(result, text, options = {}) {
  const byId = nfEntityIndex(result || {});
  const name = (id) => (byId.get(id) || {}).name || '';
  const countryName = (code) => {
    for (const e of byId.values()) {
      if (e.type === 'location' && e.place && e.place.kind === 'country' && e.place.country === code) return e.name;
    }
    return code || '';
  };
  const source = options.source != null ? String(options.source)
    : ((result && result.article && result.article.agencies) || []).join('; ');
  const rows = [NF_ACLED_COLUMNS.join(',')];
  for (const ev of (result && result.events) || []) {
    const loc = byId.get(ev.location);
    const place = loc && loc.place;
    const actor2 = ev.targets && ev.targets.length ? ev.targets[0] : (ev.actors || [])[1];
    const notes = typeof text === 'string' && ev.evidence ? text.slice(ev.evidence.start, ev.evidence.end)
      : (ev.trigger && ev.trigger.text) || '';
    const cells = [
      [ev.date || '', false], [nfCapitalised(ev.type), true], [nfCapitalised(ev.subtype), true],
      [name((ev.actors || [])[0]), true], [name(actor2), true], [place ? countryName(place.country) : '', true],
      [loc ? loc.name : '', true], [place && place.lat != null ? place.lat : '', false],
      [place && place.lon != null ? place.lon : '', false], [nfGeoPrecision(place), false],
      [source, true], [notes.replace(/\s+/g, ' ').trim(), true], [ev.fatalities == null ? '' : ev.fatalities, false],
    ];
    rows.push(cells.map(([v, isText]) => nfCsvCell(v, isText)).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

export function toGeoJSON(result) {
  const byId = nfEntityIndex(result || {});
  const features = [];
  const point = (place) => ({ type: 'Point', coordinates: [place.lon, place.lat] });
  for (const ev of (result && result.events) || []) {
    const loc = byId.get(ev.location);
    if (!loc || !loc.place || loc.place.lat == null) continue;
    features.push({ type: 'Feature', id: ev.id, geometry: point(loc.place), properties: {
      kind: 'event', type: ev.type, subtype: ev.subtype, date: ev.date, location: loc.name,
      actors: (ev.actors || []).map((id) => (byId.get(id) || {}).name).filter(Boolean),
      targets: (ev.targets || []).map((id) => (byId.get(id) || {}).name).filter(Boolean),
      fatalities: ev.fatalities, wounded: ev.wounded, trigger: ev.trigger && ev.trigger.text,
      confidence: ev.confidence } });
  }
  for (const e of byId.values()) {
    if (e.type !== 'location' || !e.place || e.place.lat == null) continue;
    features.push({ type: 'Feature', id: e.id, geometry: point(e.place), properties: {
      kind: 'place', name: e.name, country: e.place.country, place_kind: e.place.kind,
      precision: e.place.precision, mentions: (e.mentions || []).length } });
  }
  return { type: 'FeatureCollection', features };
}
