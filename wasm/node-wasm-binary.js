// Inside emcc's module (--pre-js): on Node, read the .wasm beside this file instead of
// fetching a file:// URL (TOOLCHAIN.md pitfall 4).
if (__emIsNode && !Module['wasmBinary'] && !Module['instantiateWasm']) {
  var __name = require('node:path').basename(__filename).replace(/\.[cm]?js$/, '') + '.wasm';
  var __path = Module['locateFile'] ? Module['locateFile'](__name, __dirname + '/')
                                    : require('node:path').join(__dirname, __name);
  Module['wasmBinary'] = require('node:fs').readFileSync(__path);
}
