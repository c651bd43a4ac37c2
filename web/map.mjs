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
        if (pts.length < 3) continue;
        parts.push('M' + pts.map(([lon, lat]) => `${(lon + 180).toFixed(2)},${(90 - lat).toFixed(2)}`).join('L') + 'Z');
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

/** The map as an <svg> element, with a <title> that says what it shows. */
export function renderMap(result) {
  const { places, events } = mapPoints(result);
  // the view frames the towns, sites and events; countries named in passing ("U.S.",
  // "Qatar") keep their marker but do not widen the view
  const local = [...places.filter((p) => !p.country), ...events];
  const box = viewBox(local.length ? local : places);
  const r = box[2] / 120;  // marker size follows the zoom
  const label = places.length
    ? `Map of ${places.length} located place${places.length === 1 ? '' : 's'}` +
      (events.length ? ` and ${events.length} event${events.length === 1 ? '' : 's'}` : '')
    : 'World map: no place in the article has coordinates';
  const marker = (p, cls, size) => {
    const t = svgText('title', {}, p.detail ? `${p.name} (${p.detail})` : p.name);
    return svg('circle', { class: cls, cx: (p.lon + 180).toFixed(3), cy: (90 - p.lat).toFixed(3), r: size.toFixed(3),
                           'data-id': p.id }, t);
  };
  return svg('svg', { class: 'map', viewBox: box.map((v) => v.toFixed(2)).join(' '), role: 'img',
                      'aria-labelledby': 'map-title', preserveAspectRatio: 'xMidYMid meet' },
    svgText('title', { id: 'map-title' }, label),
    svg('rect', { class: 'sea', x: 0, y: 0, width: 360, height: 180 }),
    svg('path', { class: 'land', d: countryOutlines(), 'stroke-width': (box[2] / 800).toFixed(3) }),
    events.map((p) => marker(p, 'pt-event', r * 1.8)),
    places.map((p) => marker(p, 'pt-place', r)));
}
