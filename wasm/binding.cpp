// The embind binding: UTF-8 bytes in, the JSON's bytes out (the byte interface below).
// Errors come back as the error document, never as a C++ exception reaching JS.
#include <emscripten/bind.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "newsfacts.h"

namespace {

std::string run(std::string_view text, const std::string& date, const std::string& offsets, bool pretty) {
  nf::Options opt;
  opt.date = date;
  opt.pretty = pretty;
  if (!nf::parse_offset_unit(offsets, opt.offsets)) {
    return nf::error_json("bad_option", "offsets must be utf16, utf8 or codepoint", pretty);
  }
  try {
    return nf::extract_json(text, opt);
  } catch (const std::bad_alloc&) {
    return nf::error_json("out_of_memory", "the input needs more memory than is available", pretty);
  } catch (const std::exception& e) {
    return nf::error_json("internal_error", e.what(), pretty);
  } catch (...) {
    return nf::error_json("internal_error", "unknown error", pretty);
  }
}

std::string version() { return nf::kVersion; }

// The byte interface the facade uses: embind's std::string conversion walks every byte
// in JS (the input to encode it, the output looking for NULs), which cost about 6% of a
// run in Node. The facade writes the UTF-8 text into a buffer of the module's memory
// (alloc_bytes), calls extract_bytes, and decodes the result's bytes in place with
// TextDecoder (result_size), then frees both (free_bytes, release_result).
std::string g_result;  // the last result, until release_result()

uintptr_t alloc_bytes(std::size_t n) { return reinterpret_cast<uintptr_t>(std::malloc(n ? n : 1)); }
void free_bytes(uintptr_t p) { std::free(reinterpret_cast<void*>(p)); }

uintptr_t extract_bytes(uintptr_t text, std::size_t size, const std::string& date, const std::string& offsets,
                        bool pretty) {
  g_result = run(std::string_view(reinterpret_cast<const char*>(text), size), date, offsets, pretty);
  return reinterpret_cast<uintptr_t>(g_result.data());
}
std::size_t result_size() { return g_result.size(); }
void release_result() { std::string().swap(g_result); }

}  // namespace

EMSCRIPTEN_BINDINGS(newsfacts) {
  emscripten::function("version", &version);
  emscripten::function("allocBytes", &alloc_bytes);
  emscripten::function("freeBytes", &free_bytes);
  emscripten::function("extractBytes", &extract_bytes);
  emscripten::function("resultSize", &result_size);
  emscripten::function("releaseResult", &release_result);
}
