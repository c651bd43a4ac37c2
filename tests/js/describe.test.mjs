// What the page's highlight cards say (web/describe.mjs), without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { context, describe, readableDate } from '../../web/describe.mjs';

const RESULT = {
  entities: [
    { id: 'e1', type: 'person', name: 'Marta Ribeiro', mentions: [{ text: 'Marta Ribeiro' }, { text: 'Ribeiro' }],
      titles: ['State Governor'], affiliations: ['e2'], place: null },
    { id: 'e2', type: 'organization', name: 'UNRWA', mentions: [{ text: 'UNRWA' }], titles: [], affiliations: [], place: null },
    { id: 'e3', type: 'location', name: 'Rafah', mentions: [{ text: 'Rafah' }], titles: [], affiliations: [],
      place: { kind: 'city', country: 'PS', lat: 31.2969, lon: 34.2455 } },
  ],
  quotes: [{ speaker: 'e1', speaker_text: 'Ribeiro', kind: 'direct', cue: 'told', medium: 'AFP' }],
};
const ctx = context(RESULT);
const rows = (card) => Object.fromEntries(card.rows);

test('an entity card: canonical name, the form written here, titles, affiliation, mentions, quotes', () => {
  const e = RESULT.entities[0];
  const card = describe('entity', { ...e.mentions[1], entity: e }, ctx);
  assert.equal(card.heading, 'Marta Ribeiro');
  assert.deepEqual(rows(card), { Type: 'Person', 'Written here': 'Ribeiro', Titles: 'State Governor',
                                 Affiliation: 'UNRWA', Mentions: '2', Quotes: '1 quote' });
  const place = describe('entity', { ...RESULT.entities[2].mentions[0], entity: RESULT.entities[2] }, ctx);
  assert.deepEqual(rows(place), { Type: 'Place', Mentions: '1', Kind: 'city', Country: 'PS', Coordinates: '31.30, 34.25' });
});

test('a time card: the resolved value, read as a date, its anchor and what was inferred', () => {
  const card = describe('time', { text: 'Saturday', type: 'date', value: '2025-05-03', anchor: 'article',
                                  inferred: ['year', 'month', 'day'] }, ctx);
  assert.equal(card.heading, 'Saturday');
  assert.deepEqual(rows(card), { Type: 'date', Resolved: '2025-05-03 (Saturday, 3 May 2025)',
                                 'Anchored to': "the article's date", Inferred: 'year, month, day' });
  assert.equal(rows(describe('time', { text: 'later', type: 'date', value: null, anchor: 'unresolved' }, ctx)).Resolved,
               'not resolved');
  assert.equal(readableDate('2024-07'), 'July 2024');
  assert.equal(readableDate('P9M'), null);
});

test('quantity, quote and event cards', () => {
  assert.deepEqual(rows(describe('quantity', { text: '8-10 people', value: 8, max: 10, qualifier: 'range', unit: 'person' }, ctx)),
                   { Value: '8–10', Qualifier: 'between', Unit: 'person' });
  const quote = describe('quote', RESULT.quotes[0], ctx);
  assert.equal(quote.heading, 'Direct quote');
  assert.deepEqual(rows(quote), { Speaker: 'Marta Ribeiro', 'Named here as': 'Ribeiro', Cue: 'told', Via: 'AFP' });
  const ev = { id: 'v1', type: 'battles', subtype: 'armed clash', date: '2024-07-13', location: 'e3', actors: ['e2'],
               targets: [], fatalities: 0, wounded: null, source: null };
  const card = describe('event', { text: 'clash', event: ev }, ctx);
  assert.equal(card.heading, 'armed clash');
  assert.deepEqual(rows(card), { Type: 'battles', Date: '2024-07-13', Place: 'Rafah', Actors: 'UNRWA', Killed: '0' });
});
