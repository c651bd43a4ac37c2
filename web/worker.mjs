// Module worker for large articles: runs the extractor off the main thread so the page
// stays responsive. Protocol (see app.mjs):
//   in:  { id, text, options }            options as for extractJSON (date, pretty, ...)
//   out: { id, json, ms }                 json: the result as a JSON string
//        { id, error }                    only when the engine itself failed to load
// Replies carry the request's id; the page drops replies that are no longer current.
import { createExtractor } from './newsfacts.mjs';

// Start loading the engine at once, so the first request does not pay for it. The factory
// is memoised (and forgets a failed load), so awaiting it again per message is cheap.
createExtractor().catch(() => {});

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data || {};
  let nf;
  try {
    nf = await createExtractor();
  } catch (e) {
    self.postMessage({ id, error: `the engine failed to load in the worker: ${e && e.message || e}` });
    return;
  }
  const t0 = performance.now();
  const json = nf.extractJSON(text, options || {});  // never throws: errors are JSON too
  self.postMessage({ id, json, ms: performance.now() - t0 });
});
