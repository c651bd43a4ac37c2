// The page's pure helpers (web/map.mjs, web/brief.mjs), without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeArcs, viewBox, countryOutlines } from '../../web/map.mjs';
import { fiveW, timelineItems } from '../../web/brief.mjs';

test('TopoJSON arcs are delta-decoded and scaled', () => {
  const topo = { transform: { scale: [0.5, 0.25], translate: [-180, -90] }, arcs: [[[0, 0], [2, 4], [2, -4]]],
                 countries: [{ type: 'Polygon', arcs: [[0]], name: 'x' }] };
  assert.deepEqual(decodeArcs(topo), [[[-180, -90], [-179, -89], [-178, -90]]]);
  assert.equal(countryOutlines(topo), 'M0.00,180.00L1.00,179.00L2.00,180.00Z');
  // A ring across the antimeridian is cut where it jumps, not stroked across the world.
  const fiji = { transform: { scale: [1, 1], translate: [0, 0] }, arcs: [[[179, -17], [0, -1], [-358, 0], [0, 1]]],
                 countries: [{ type: 'Polygon', arcs: [[0]], name: 'x' }] };
  assert.equal(countryOutlines(fiji), 'M359.00,107.00L359.00,108.00M1.00,108.00L1.00,107.00');
});

test('the view frames the points at 2:1, at least 12 degrees wide, inside the world', () => {
  assert.deepEqual(viewBox([]), [0, 0, 360, 180]);
  const [x, y, w, h] = viewBox([{ lat: 31.3, lon: 34.2 }, { lat: 31.5, lon: 34.5 }]);
  assert.equal(w, 12);
  assert.equal(h, 6);
  assert.ok(x <= 34.2 + 180 && x + w >= 34.5 + 180 && y <= 90 - 31.5 && y + h >= 90 - 31.3);
  const far = viewBox([{ lat: 80, lon: -170 }, { lat: -50, lon: 170 }]);
  assert.ok(far[0] >= 0 && far[1] >= 0 && far[0] + far[2] <= 360 && far[1] + far[3] <= 180);
});

const RESULT = {
  article: { date: '2024-07-14', dateline: { place_text: 'GAZA CITY' } },
  entities: [
    { id: 'e1', type: 'person', name: 'Ann Lee', mentions: [{}, {}] },
    { id: 'e2', type: 'organization', name: 'Hamas', mentions: [{}] },
    { id: 'e3', type: 'location', name: 'Rafah', mentions: [{}], place: { lat: 31.3, lon: 34.2, kind: 'city', country: 'PS' } },
    { id: 'e4', type: 'person', name: 'a Hamas official', unnamed: true, mentions: [{}, {}, {}] },
  ],
  events: [{ id: 'v1', subtype: 'air/drone strike', actors: ['e2'], targets: [], location: 'e3', date: '2024-07-13' }],
  casualties: [{ killed: { value: 92, qualifier: 'at_least' }, wounded: { value: 300, qualifier: 'exact' }, victims: 'people' }],
  times: [{ type: 'date', value: '2024-07-14', text: 'Sunday' }, { type: 'duration', value: 'P9M', text: 'nine-month' },
          { type: 'date', value: 'PAST_REF', text: 'recently' }, { type: 'date', value: '2023-10-07', text: 'Oct. 7' }],
};

test('five W: actors first, then people and organisations by mentions; the event date and place; the toll', () => {
  const w = fiveW(RESULT);
  assert.deepEqual(w.who, ['Hamas', 'Ann Lee']);  // unnamed sources are not named
  assert.deepEqual(w.what, ['air/drone strike by Hamas']);
  assert.deepEqual(w.when, ['2024-07-13']);
  assert.deepEqual(w.where, ['Rafah']);
  assert.deepEqual(w.howMany, ['at least 92 killed (people)', '300 wounded (people)']);
  const empty = fiveW({ article: {}, entities: [], events: [], casualties: [], times: [] });
  assert.deepEqual(empty, { who: [], what: [], when: [], where: [], howMany: [] });
});

test('timeline: calendar dates and dated events in order; durations and vague references left out', () => {
  assert.deepEqual(timelineItems(RESULT).map((i) => `${i.date} ${i.kind}`),
                   ['2023-10-07 time', '2024-07-13 event', '2024-07-14 time']);
});
