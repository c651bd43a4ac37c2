// The map panel: country outlines (world.mjs, imported with the page: no request after
// load) and the article's located places and events, drawn as SVG node by node (no
// markup strings). Equirectangular: one SVG unit is one degree (x = lon + 180, y = 90 - lat).

import { svg, svgText } from './svg.mjs';
import world from './world.mjs';

/** TopoJSON arcs: quantized and delta-encoded positions -> [lon, lat] points. */
export function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** One ring from arc indices (a negative index ~i is arc i reversed). */
function ring(arcs, indices) {
  const points = [];
  for (const i of indices) {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    points.push(...(points.length ? arc.slice(1) : arc));
  }
  return points;
}

/**
 * Path data of one ring. A ring that crosses the antimeridian (Fiji, Chukotka, Antarctica)
 * jumps from one edge of the map to the other: it is cut there into open pieces (the fill
 * still closes them; the stroke draws no line across the world).
 */
function ringPath(pts) {
  const xy = ([lon, lat]) => `${(lon + 180).toFixed(2)},${(90 - lat).toFixed(2)}`;
  let d = `M${xy(pts[0])}`;
  let cut = false;
  for (let i = 1; i < pts.length; i++) {
    const jump = Math.abs(pts[i][0] - pts[i - 1][0]) > 180;
    cut ||= jump;
    d += (jump ? 'M' : 'L') + xy(pts[i]);
  }
  return cut ? d : `${d}Z`;
}

let outlines = null;  // the path data of every country, computed on first use

/** SVG path data of all countries (Polygon and MultiPolygon geometries). */
export function countryOutlines(topo = world) {
  if (outlines && topo === world) return outlines;
  const arcs = decodeArcs(topo);
  const parts = [];
  for (const country of topo.countries) {
    const polygons = country.type === 'Polygon' ? [country.arcs] : country.arcs;
    for (const polygon of polygons) {
      for (const indices of polygon) {
        const pts = ring(arcs, indices);
        if (pts.length >= 3) parts.push(ringPath(pts));
      }
    }
  }
  const d = parts.join('');
  if (topo === world) outlines = d;
  return d;
}

/** Located places (entities with coordinates) and the events at them. */
export function mapPoints(result) {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const located = (e) => e && e.place && Number.isFinite(e.place.lat) && Number.isFinite(e.place.lon);
  const places = result.entities.filter((e) => e.type === 'location' && located(e)).map((e) => ({
    id: e.id, name: e.name, lat: e.place.lat, lon: e.place.lon, country: e.place.kind === 'country',
    detail: [e.place.kind, e.place.country].filter(Boolean).join(', '), mentions: e.mentions.length,
  }));
  const events = result.events.filter((ev) => located(byId.get(ev.location))).map((ev) => {
    const at = byId.get(ev.location);
    return { id: ev.id, name: `${ev.subtype} in ${at.name}${ev.date ? `, ${ev.date}` : ''}`,
             lat: at.place.lat, lon: at.place.lon };
  });
  return { places, events };
}

/** The view box around the points (at least 12 by 6 degrees, 2:1), else the world. */
export function viewBox(points) {
  if (!points.length) return [0, 0, 360, 180];
  const xs = points.map((p) => p.lon + 180);
  const ys = points.map((p) => 90 - p.lat);
  let w = Math.max(12, (Math.max(...xs) - Math.min(...xs)) * 1.6);
  let h = Math.max(6, (Math.max(...ys) - Math.min(...ys)) * 1.6);
  if (w < 2 * h) w = 2 * h; else h = w / 2;
  w = Math.min(w, 360);
  h = Math.min(h, 180);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(cx - w / 2, 0), 360 - w);
  const y = Math.min(Math.max(cy - h / 2, 0), 180 - h);
  return [x, y, w, h];
}

const WORLD = [0, 0, 360, 180];

let land = null;
/** The country outlines' <path>: built once (its path data is large) and moved into each new map. */
function landPath() {
  land ??= svg('path', { class: 'land', d: countryOutlines() });
  return land;
}

const inBox = (p, [x, y, w, h]) => p.lon + 180 >= x && p.lon + 180 <= x + w && 90 - p.lat >= y && 90 - p.lat <= y + h;

/** Sets the map's view box; markers and outlines keep their size on screen. */
function applyView(map, box) {
  const r = box[2] / 90;
  map.setAttribute('viewBox', box.map((v) => v.toFixed(2)).join(' '));
  map.querySelector('.land').setAttribute('stroke-width', (box[2] / 800).toFixed(3));
  for (const c of map.querySelectorAll('circle')) c.setAttribute('r', (r * (c.classList.contains('pt-event') ? 1.8 : 1)).toFixed(3));
}

/** The map as an <svg> element, with a <title> that says what it shows. */
export function renderMapSVG(result, box) {
  const { places, events } = mapPoints(result);
  const label = places.length
    ? `Map of ${places.length} located place${places.length === 1 ? '' : 's'}` +
      (events.length ? ` and ${events.length} event${events.length === 1 ? '' : 's'}` : '')
    : 'World map: no place in the article has coordinates';
  const marker = (p, cls) => {
    const t = svgText('title', {}, p.detail ? `${p.name} (${p.detail})` : p.name);
    return svg('circle', { class: cls, cx: (p.lon + 180).toFixed(3), cy: (90 - p.lat).toFixed(3), r: 1, 'data-id': p.id }, t);
  };
  const map = svg('svg', { class: 'map', role: 'img', 'aria-labelledby': 'map-title', preserveAspectRatio: 'xMidYMid meet' },
    svgText('title', { id: 'map-title' }, label),
    svg('rect', { class: 'sea', x: 0, y: 0, width: 360, height: 180 }),
    landPath(),
    events.map((p) => marker(p, 'pt-event')),
    places.map((p) => marker(p, 'pt-place')));
  applyView(map, box);
  return map;
}

/** The view that frames the article: towns, sites and events (countries named in passing,
 * "U.S.", "Qatar", keep their marker but do not widen it), else every located place. */
export function fitBox({ places, events }) {
  const local = [...places.filter((p) => !p.country), ...events];
  return viewBox(local.length ? local : places);
}

function html(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null && c !== false) node.append(c);
  return node;
}

const coords = (p) => `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`;

/**
 * The map panel: the SVG, a zoom button (the article's places / the whole world) and the
 * list of its points, which is how the keyboard and screen readers reach them: a point's
 * button marks it on the map (zooming out if it lies outside the view).
 */
export function renderMap(result) {
  const points = mapPoints(result);
  const fit = fitBox(points);
  let box = fit;
  const map = renderMapSVG(result, box);
  const all = [...points.places, ...points.events];
  if (!all.length) return html('div', { class: 'map-panel' }, map);

  const zoom = html('button', { type: 'button', class: 'map-zoom', 'aria-controls': 'map-points' });
  const setBox = (next) => {
    box = next;
    applyView(map, box);
    const world = box.every((v, i) => v === WORLD[i]);
    zoom.textContent = world ? 'Zoom to the places' : 'Show the whole world';
    zoom.hidden = fit.every((v, i) => v === WORLD[i]);
    map.dataset.zoom = world ? 'world' : 'fit';
  };
  zoom.addEventListener('click', () => setBox(map.dataset.zoom === 'world' ? fit : WORLD));

  const buttons = [];
  const select = (id) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.id === id && b.getAttribute('aria-pressed') !== 'true'));
    const on = buttons.find((b) => b.getAttribute('aria-pressed') === 'true');
    for (const c of map.querySelectorAll('circle')) c.classList.toggle('pt-active', Boolean(on) && c.dataset.id === on.dataset.id);
    const p = on && all.find((q) => q.id === on.dataset.id);
    if (p && !inBox(p, box)) setBox(WORLD);
  };
  const item = (p, kind) => {
    const b = html('button', { type: 'button', class: `map-point map-point-${kind}`, 'aria-pressed': 'false', 'data-id': p.id }, p.name);
    b.addEventListener('click', () => select(p.id));
    buttons.push(b);
    const detail = kind === 'place' ? [p.detail, coords(p), p.mentions > 1 ? `${p.mentions} mentions` : ''] : [coords(p)];
    return html('li', { 'data-kind': kind }, b, html('span', { class: 'detail' }, ` ${detail.filter(Boolean).join(' · ')}`));
  };
  const list = html('ul', { id: 'map-points', class: 'map-list', 'aria-label': 'Points on the map' },
    points.events.map((p) => item(p, 'event')), points.places.map((p) => item(p, 'place')));
  setBox(fit);
  return html('div', { class: 'map-panel' }, map, html('div', { class: 'map-tools' }, zoom), list);
}
