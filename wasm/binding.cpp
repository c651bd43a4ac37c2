// The embind binding: one function in, one JSON string out. Errors come back as the
// error document, never as a C++ exception reaching JS.
#include <emscripten/bind.h>

#include <string>

#include "newsfacts.h"

namespace {

std::string extract_json(const std::string& text, const std::string& date,
                         const std::string& offsets, bool pretty) {
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

}  // namespace

EMSCRIPTEN_BINDINGS(newsfacts) {
  emscripten::function("extractJSON", &extract_json);
  emscripten::function("version", &version);
}
