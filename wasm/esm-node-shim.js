// Prepended outside emcc's module (--extern-pre-js): emscripten 3.1.6's ES6 output still
// uses require/__dirname on Node (TOOLCHAIN.md pitfall 3).
const __emIsNode = typeof process == 'object' && typeof process.versions == 'object' &&
                   typeof process.versions.node == 'string' && typeof window == 'undefined' &&
                   typeof WorkerGlobalScope == 'undefined';
const require = __emIsNode ? (await import('node:module')).createRequire(import.meta.url) : undefined;
const __filename = __emIsNode ? require('node:url').fileURLToPath(import.meta.url) : undefined;
const __dirname = __emIsNode ? require('node:path').dirname(__filename) : undefined;
