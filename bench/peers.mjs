// The peers that scripts/bench measures beside newsfacts: for each, the fullest
// reasonable news-facts pass of that library, as a function of the article's text.
//
//   import { peers } from './peers.mjs';
//   const fn = await peers[0].load();   // imports and initialises the library
//   fn(text, '2017-07-18');             // returns the length of the JSON it made
//
// The second argument is the reference date (YYYY-MM-DD) for relative dates, where the
// library takes one; newsfacts finds it in the article itself. Each fn serialises its
// results to JSON and returns the length, so that nothing is optimised away and the
// cost of getting the results out is counted, as it is for newsfacts' extractJSON.
//
// entry: the module that holds the pass; scripts/bench bundles it with esbuild to
// measure what a browser would download (for wink, its model is in the bundle).
// The libraries are imported only by load(), so importing this file costs nothing.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = (f) => path.join(here, 'peers', f);
const loader = (f) => async () => (await import(pathToFileURL(entry(f)).href)).run;

export const peers = [
  {
    name: 'compromise',
    what: 'compromise + compromise-dates: nlp(text), then people, organizations, places, dates (reference date), numbers, quotations as JSON',
    packages: ['compromise', 'compromise-dates'],
    entry: entry('compromise.mjs'),
    load: loader('compromise.mjs'),
  },
  {
    name: 'wink-nlp',
    what: 'wink-nlp + wink-eng-lite-web-model: readDoc(text), then entities (detail, spans), sentences, tokens and POS out',
    packages: ['wink-nlp', 'wink-eng-lite-web-model'],
    entry: entry('wink.mjs'),
    load: loader('wink.mjs'),
  },
  {
    name: 'chrono-node',
    what: 'chrono-node: chrono.parse(text, reference date), results (text, index, start, end) as JSON',
    packages: ['chrono-node'],
    entry: entry('chrono.mjs'),
    load: loader('chrono.mjs'),
  },
];
