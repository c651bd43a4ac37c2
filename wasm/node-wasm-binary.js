// Inside emcc's module (--pre-js): on Node, read the .wasm beside this file instead of
// fetching a file:// URL (TOOLCHAIN.md pitfall 4). Used by the ES module and by the
// CommonJS test runner alike.
if (typeof process == 'object' && typeof process.versions == 'object' &&
    typeof process.versions.node == 'string' && typeof window == 'undefined' &&
    !Module['wasmBinary'] && !Module['instantiateWasm']) {
  var __name = require('node:path').basename(__filename).replace(/\.[cm]?js$/, '') + '.wasm';
  var __path = Module['locateFile'] ? Module['locateFile'](__name, __dirname + '/')
                                    : require('node:path').join(__dirname, __name);
  Module['wasmBinary'] = require('node:fs').readFileSync(__path);
}
