// The article in brief: the five W (who, what, when, where, how many) and a timeline of
// its resolved dates and events. Pure functions of the result, then DOM built node by
// node (no markup strings).

import { svg, svgText } from './svg.mjs';

const QUALIFIER = { at_least: 'at least', more_than: 'more than', about: 'about', up_to: 'up to',
                    fewer_than: 'fewer than', nearly: 'nearly', exact: '' };

const CASUALTY_KINDS = ['killed', 'wounded', 'missing', 'kidnapped', 'arrested', 'displaced'];

const count = (c) => (c ? [QUALIFIER[c.qualifier] ?? '', c.value.toLocaleString('en')].filter(Boolean).join(' ') : '');

/**
 * { who, what, when, where, howMany }: lists of strings (empty when the article says
 * nothing). Who: the main events' actors, then the most mentioned people and
 * organisations; what, when, where: from the deadliest (then most mentioned) events.
 */
export function fiveW(result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const name = (id) => (byId.get(id) || {}).name;
  // The events that matter most first: the deadliest, then the most mentioned.
  const events = [...result.events].sort((a, b) => (b.fatalities ?? -1) - (a.fatalities ?? -1) ||
    (b.mentions || []).length - (a.mentions || []).length);
  const who = [];
  const add = (n) => { if (n && !who.includes(n)) who.push(n); };
  for (const ev of events) ev.actors.forEach((id) => { if (who.length < 3) add(name(id)); });
  const named = result.entities.filter((e) => !e.unnamed).sort((a, b) => b.mentions.length - a.mentions.length);
  named.filter((e) => e.type === 'person').slice(0, 3).forEach((e) => add(e.name));
  named.filter((e) => e.type === 'organization').forEach((e) => add(e.name));
  const what = [];
  for (const ev of events) {
    const parties = [ev.actors.map(name).filter(Boolean).join(', '), ev.targets.map(name).filter(Boolean).join(', ')];
    const s = ev.subtype + (parties[0] ? ` by ${parties[0]}` : '') + (parties[1] ? ` on ${parties[1]}` : '');
    if (!what.includes(s)) what.push(s);
  }
  const dated = events.find((ev) => ev.date);
  const when = dated ? [dated.date] : result.article.date ? [result.article.date] : [];
  const placed = events.find((ev) => name(ev.location));
  const places = result.entities.filter((e) => e.type === 'location').sort((a, b) => b.mentions.length - a.mentions.length);
  const where = placed ? [name(placed.location)]
    : result.article.dateline && result.article.dateline.place_text ? [result.article.dateline.place_text]
      : places.length ? [places[0].name] : [];
  const howMany = [];
  const first = result.casualties.find((c) => !c.cumulative) || result.casualties[0];
  if (first) {
    for (const kind of CASUALTY_KINDS) {
      if (first[kind]) howMany.push(`${count(first[kind])} ${kind}${first.victims ? ` (${first.victims})` : ''}`);
    }
  }
  const toll = result.casualties.find((c) => c.cumulative && c.killed);
  if (toll && toll !== first) howMany.push(`toll ${count(toll.killed)} killed`);
  return { who: who.slice(0, 6), what: what.slice(0, 3), when, where, howMany };
}

/**
 * The casualty figures as table rows: { counts: "at least 12 killed; 30 wounded", victims,
 * place, date, source, cumulative, evidence }, in text order. A figure's words are the
 * core's (qualifier and value); nothing is summed or inferred here.
 */
export function casualtyRows(result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const name = (id, text) => (byId.get(id) || {}).name || text || '';
  return result.casualties.map((c) => ({
    counts: CASUALTY_KINDS.filter((k) => c[k]).map((k) => `${count(c[k])} ${k}`).join('; '),
    victims: c.victims || '',
    place: name(c.location, c.location_text),
    date: c.date || '',
    source: name(c.source, c.source_text),
    cumulative: Boolean(c.cumulative),
    evidence: c.evidence,
  }));
}

/** Dates the article resolves (TIMEX3 dates to the day, month or year) and dated events, in order. */
export function timelineItems(result) {
  const items = [];
  const seen = new Set();
  const push = (date, label, kind, id) => {
    const key = `${date}|${label}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ date, label, kind, id });
  };
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  for (const t of result.times) {
    if (t.type === 'date' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(t.value)) push(t.value, t.text, 'time');
  }
  for (const ev of result.events) {
    if (!ev.date) continue;
    const at = (byId.get(ev.location) || {}).name;
    push(ev.date, `${ev.subtype}${at ? ` in ${at}` : ''}`, 'event', ev.id);
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'event' ? 1 : -1));
}

const day = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 86_400_000;
};

/** The timeline's date axis as an <svg> (markers placed by date), or null with no item. */
export function renderTimelineAxis(items) {
  if (!items.length) return null;
  const days = items.map((i) => day(i.date));
  const lo = Math.min(...days);
  const hi = Math.max(...days);
  const x = (d) => (hi === lo ? 500 : 30 + ((d - lo) / (hi - lo)) * 940);
  return svg('svg', { class: 'timeline-axis', viewBox: '0 0 1000 64', role: 'img', 'aria-labelledby': 'timeline-title' },
    svgText('title', { id: 'timeline-title' }, `Timeline from ${items[0].date} to ${items[items.length - 1].date}`),
    svg('line', { class: 'axis', x1: 20, y1: 28, x2: 980, y2: 28 }),
    items.map((item, i) => {
      const cx = x(days[i]).toFixed(1);
      const t = svgText('title', {}, `${item.date}: ${item.label}`);
      return item.kind === 'event'
        ? svg('rect', { class: 'tl-event', x: (cx - 6).toFixed(1), y: 16, width: 12, height: 12,
                        transform: `rotate(45 ${cx} 22)`, 'data-date': item.date }, t)
        : svg('circle', { class: 'tl-time', cx, cy: 28, r: 6, 'data-date': item.date }, t);
    }),
    svgText('text', { class: 'tl-label', x: x(lo), y: 58, 'text-anchor': hi === lo ? 'middle' : 'start' }, items[0].date),
    hi === lo ? null : svgText('text', { class: 'tl-label', x: x(hi), y: 58, 'text-anchor': 'end' }, items[items.length - 1].date));
}
