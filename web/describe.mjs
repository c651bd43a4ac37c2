// What a highlight's card says: pure functions from one fact of the result to
// { heading, kind, rows: [[label, value], ...] } (strings only; cards.mjs draws them).

const TYPE_LABEL = { person: 'Person', organization: 'Organisation', location: 'Place', group: 'Group' };

const QUALIFIER = { exact: 'exactly', at_least: 'at least', more_than: 'more than', about: 'about',
                    at_most: 'at most', less_than: 'less than', fewer_than: 'fewer than', up_to: 'up to',
                    nearly: 'nearly', range: 'between' };

const ANCHOR = {
  article: "the article's date",
  absolute: 'nothing: the text states it in full',
  sentence: 'another date in the same sentence',
  unresolved: 'nothing: it could not be resolved',
};

const QUOTE_KIND = { direct: 'Direct quote', partial: 'Partial quote', indirect: 'Reported speech' };

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2025-05-03" -> "Saturday 3 May 2025", "2025-05" -> "May 2025"; other values: null. */
export function readableDate(value) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value || '');
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] || 1)));
  if (Number.isNaN(date.getTime())) return null;
  const options = m[3] ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
                       : { month: 'long', year: 'numeric' };
  return date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
}

/** Looks up entity names and quote counts of one result. */
export function context(result) {
  const byId = new Map((result?.entities || []).map((e) => [e.id, e]));
  const quotes = new Map();
  for (const q of result?.quotes || []) if (q.speaker) quotes.set(q.speaker, (quotes.get(q.speaker) || 0) + 1);
  return { name: (id) => (byId.get(id) || {}).name || '', quotes: (id) => quotes.get(id) || 0 };
}

const keep = (rows) => rows.filter(([, value]) => value != null && value !== '');

function entityCard(e, mention, ctx) {
  const rows = [['Type', `${TYPE_LABEL[e.type] || e.type}${e.unnamed ? ' (not named)' : ''}`]];
  if (mention && mention.text && mention.text !== e.name) rows.push(['Written here', mention.text]);
  rows.push(['Titles', (e.titles || []).join('; ')]);
  rows.push(['Affiliation', (e.affiliations || []).map(ctx.name).filter(Boolean).join(', ')]);
  rows.push(['Mentions', String(e.mentions.length)]);
  const said = ctx.quotes(e.id);
  if (said) rows.push(['Quotes', plural(said, 'quote')]);
  if (e.place) {
    rows.push(['Kind', e.place.kind], ['Country', e.place.country]);
    if (Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon)) {
      rows.push(['Coordinates', `${e.place.lat.toFixed(2)}, ${e.place.lon.toFixed(2)}`]);
    }
  }
  return { kind: 'entity', heading: e.name, rows: keep(rows) };
}

function timeCard(t) {
  const readable = t.type === 'date' ? readableDate(t.value) : null;
  const rows = [
    ['Type', t.type],
    ['Resolved', t.value == null ? 'not resolved' : readable ? `${t.value} (${readable})` : t.value],
    ['Anchored to', ANCHOR[t.anchor] || t.anchor],
    ['Inferred', (t.inferred || []).join(', ')],
    ['Modifier', t.mod],
  ];
  return { kind: 'time', heading: t.text, rows: keep(rows) };
}

function quantityCard(q) {
  const value = q.max != null ? `${q.value}–${q.max}` : String(q.value);
  const rows = [
    ['Value', value],
    ['Qualifier', QUALIFIER[q.qualifier] || q.qualifier],
    ['Unit', q.unit],
    ['Counting', q.noun],
  ];
  if (q.vague) rows.push(['Vague', `a vague count, read as ${q.value}`]);
  return { kind: 'quantity', heading: q.text, rows: keep(rows) };
}

function quoteCard(q, ctx) {
  const rows = [
    ['Speaker', ctx.name(q.speaker) || q.speaker_text || 'not found'],
    ['Named here as', q.speaker_text && q.speaker_text !== ctx.name(q.speaker) ? q.speaker_text : null],
    ['Cue', q.cue],
    ['Via', q.medium],
  ];
  return { kind: 'quote', heading: QUOTE_KIND[q.kind] || q.kind, rows: keep(rows) };
}

function eventCard(ev, ctx) {
  const names = (ids) => (ids || []).map(ctx.name).filter(Boolean).join(', ');
  const rows = [
    ['Type', ev.type],
    ['Date', ev.date],
    ['Place', ctx.name(ev.location)],
    ['Actors', names(ev.actors)],
    ['Targets', names(ev.targets)],
    ['Killed', ev.fatalities == null ? null : String(ev.fatalities)],
    ['Wounded', ev.wounded == null ? null : String(ev.wounded)],
    ['Reported by', ctx.name(ev.source)],
  ];
  return { kind: 'event', heading: ev.subtype, rows: keep(rows) };
}

/**
 * The card of one highlight: `kind` is the layer's kind (entity, time, quantity, quote,
 * event, headline, dateline), `span` the span the layer drew, `ctx` from context(result).
 */
export function describe(kind, span, ctx) {
  switch (kind) {
    case 'entity': return entityCard(span.entity, span, ctx);
    case 'time': return timeCard(span);
    case 'quantity': return quantityCard(span);
    case 'quote': return quoteCard(span, ctx);
    case 'event': return eventCard(span.event, ctx);
    case 'dateline':
      return { kind, heading: 'Dateline', rows: keep([['Place', span.place_text], ['Agency', span.agency]]) };
    default: return { kind, heading: kind, rows: [] };
  }
}
