// Inside emcc's module (--pre-js): on Node, read the .wasm beside this file instead of
// fetching a file:// URL (TOOLCHAIN.md pitfall 4). Used by the ES module and by the
// CommonJS test runner alike.
//
// The file's bytes go to WebAssembly.instantiate as read. Handing them over as
// Module.wasmBinary instead makes emcc's getBinary() copy them into a new Uint8Array:
// 4 MB of fresh pages, 15-25 ms of a cold start on this kind of machine, where first
// touches of memory are what a cold start mostly pays for.
if (typeof process == 'object' && typeof process.versions == 'object' &&
    typeof process.versions.node == 'string' && typeof window == 'undefined' &&
    !Module['wasmBinary'] && !Module['instantiateWasm']) {
  Module['instantiateWasm'] = function (imports, receiveInstance) {
    var name = require('node:path').basename(__filename).replace(/\.[cm]?js$/, '') + '.wasm';
    var path = Module['locateFile'] ? Module['locateFile'](name, __dirname + '/')
                                    : require('node:path').join(__dirname, name);
    new Promise(function (resolve) { resolve(require('node:fs').readFileSync(path)); })
      .then(function (bytes) { return WebAssembly.instantiate(bytes, imports); })
      .then(function (result) { receiveInstance(result['instance'], result['module']); })
      .catch(function (e) {
        // abort() rejects the module's promise (createExtractor's), then throws: caught here
        // so that the failure is that rejection and no unhandled one.
        try { abort('cannot load ' + path + ': ' + (e && e.message || e)); } catch (_) {}
      });
    return {};  // emcc: the exports arrive later, through receiveInstance
  };
}
