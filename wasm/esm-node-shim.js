// Prepended outside emcc's module (--extern-pre-js): emscripten 3.1.6's ES6 output still
// uses require/__dirname on Node (TOOLCHAIN.md pitfall 3).
const __emIsNode = typeof process == 'object' && typeof process.versions == 'object' &&
                   typeof process.versions.node == 'string' && typeof window == 'undefined' &&
                   typeof WorkerGlobalScope == 'undefined';
// The specifier is a variable so that bundlers leave this Node-only import alone.
const __emNodeModule = 'node:module';
const require = __emIsNode
  ? (await import(/* webpackIgnore: true */ /* @vite-ignore */ __emNodeModule)).createRequire(import.meta.url)
  : undefined;
const __filename = __emIsNode ? require('node:url').fileURLToPath(import.meta.url) : undefined;
const __dirname = __emIsNode ? require('node:path').dirname(__filename) : undefined;
