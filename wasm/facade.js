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
    // A quick bound before encoding: UTF-8 takes at most 3 bytes a UTF-16 code unit.
    if (input.length > NF_MAX_INPUT_BYTES) {
      const bytes = typeof input === 'string' ? new TextEncoder().encode(input).length : input.length;
      if (bytes > NF_MAX_INPUT_BYTES) {
        return nfErrorJSON('input_too_large',
          `input is ${bytes} bytes; the limit is ${NF_MAX_INPUT_BYTES} bytes (32 MiB)`, this.version);
      }
    }
    const date = opts.date == null ? '' : String(opts.date);
    const offsets = opts.offsets == null ? 'utf16' : String(opts.offsets);
    let json;
    try {
      json = this._m.extractJSON(input, date, offsets, !!opts.pretty);
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
