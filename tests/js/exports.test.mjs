// The result's exports: ACLED-style CSV and GeoJSON (issue 8).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { distDir, extractor } from './helpers.mjs';

const { toAcledCSV, toGeoJSON } = await import(path.join(distDir, 'newsfacts.mjs'));

const TEXT = 'x\n\nRussia launched an air strike on Kharkiv on Tuesday, killing at least 12 people, officials said. ' +
  'Teachers went on strike in Chicago on Monday.';

// A CSV parser for the test (RFC 4180: quoted cells, doubled quotes, CRLF rows).
function parseCsv(s) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

test('ACLED-style CSV: one row per event, the columns ACLED names', async () => {
  const nf = await extractor();
  const r = nf.extract(TEXT, { date: '2024-05-15' });
  const rows = parseCsv(toAcledCSV(r, TEXT));
  assert.deepEqual(rows[0], ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country',
    'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities']);
  assert.equal(rows.length, 1 + r.events.length);
  const strike = rows.find((row) => row[2] === 'Air/drone strike');
  assert.ok(strike, 'the air strike has a row');
  const [date, type, , actor1, , , location, lat, lon, precision, , notes, fatalities] = strike;
  assert.equal(date, '2024-05-14');
  assert.equal(type, 'Explosions/Remote violence');
  assert.equal(actor1, 'Russia');
  assert.equal(location, 'Kharkiv');
  assert.ok(Math.abs(Number(lat) - 50) < 0.5 && Math.abs(Number(lon) - 36.25) < 0.5, `${lat},${lon}`);
  const kharkiv = r.entities.find((e) => e.name === 'Kharkiv');
  assert.equal(precision, kharkiv.place.kind === 'region' ? '2' : '1');  // a city 1, a region's reading 2
  assert.match(notes, /^Russia launched an air strike on Kharkiv on Tuesday, killing at least 12 people/);
  assert.equal(fatalities, '12');
  const protest = rows.find((row) => row[1] === 'Protests');
  assert.equal(protest[12], '', 'no toll in the text: an empty cell, not 0');
});

test('CSV cells are quoted and formula-like text is defused', () => {
  const r = { article: { agencies: [] }, entities: [{ id: 'e1', type: 'organization', name: '=HYPERLINK("x")', mentions: [] }],
    events: [{ id: 'v1', type: 'riots', subtype: 'mob violence', date: null, location: null, actors: ['e1'],
      targets: [], fatalities: null, trigger: { start: 0, end: 3, text: 'mob' }, evidence: { start: 0, end: 12 } }] };
  const rows = parseCsv(toAcledCSV(r, 'mob, "angry"'));
  assert.equal(rows[1][3], '\'=HYPERLINK("x")');
  assert.equal(rows[1][11], 'mob, "angry"');
});

test('GeoJSON: located events and places as points, longitude first', async () => {
  const nf = await extractor();
  const r = nf.extract(TEXT, { date: '2024-05-15' });
  const geo = toGeoJSON(r);
  assert.equal(geo.type, 'FeatureCollection');
  const ev = geo.features.find((f) => f.properties.kind === 'event' && f.properties.subtype === 'air/drone strike');
  assert.ok(ev);
  assert.equal(ev.properties.location, 'Kharkiv');
  assert.equal(ev.properties.fatalities, 12);
  const [lon, lat] = ev.geometry.coordinates;
  assert.ok(lon > 35 && lon < 37.5 && lat > 49 && lat < 51, `${lon},${lat}`);
  const places = geo.features.filter((f) => f.properties.kind === 'place').map((f) => f.properties.name);
  assert.ok(places.includes('Kharkiv') && places.includes('Chicago'), places.join(', '));
});
