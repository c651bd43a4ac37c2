// newsfacts: the facts of a news article, as one JSON document ("newsfacts/1").
//
//   #include "newsfacts.h"
//   nf::Options opt;                 // defaults in the table below
//   opt.date = "2024-07-14";         // optional reference date
//   std::string json = nf::extract_json(bytes, opt);   // never throws for any input
//
//   nf::Document doc = nf::extract(bytes, opt);        // the same, as C++ structures
//
// | option   | default | meaning                                                        |
// |----------|---------|----------------------------------------------------------------|
// | date     | ""      | reference date YYYY-MM-DD; overrides any date the text states  |
// | offsets  | Utf16   | unit of every start/end in the JSON: Utf16, Utf8 or Codepoint  |
// | pretty   | false   | indent the JSON                                                |
//
// Input: any byte string up to kMaxInputBytes. Invalid UTF-8 is replaced (one U+FFFD per
// maximal invalid subpart, as the WHATWG decoder and JS's TextDecoder do) and reported in
// "warnings"; offsets index that decoded text. Past kMaxInputBytes the JSON is an error
// document {"schema", "engine", "error": {"code": "input_too_large", ...}}.
//
// Thread safety: extract() and extract_json() keep no state between calls and may run
// concurrently on different threads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "document.h"

namespace nf {

inline constexpr const char* kVersion = "0.1.0";
inline constexpr const char* kSchema = "newsfacts/1";
inline constexpr std::size_t kMaxInputBytes = 32u << 20;  // 32 MiB

enum class OffsetUnit { Utf16, Utf8, Codepoint };

struct Options {
  std::string date;  // YYYY-MM-DD or empty
  OffsetUnit offsets = OffsetUnit::Utf16;
  bool pretty = false;
};

// Parses "utf16" | "utf8" | "codepoint"; returns false for anything else.
bool parse_offset_unit(std::string_view name, OffsetUnit& out);

// Runs every stage over the input. Requires input.size() <= kMaxInputBytes.
Document extract(std::string_view input, const Options& options);

// extract() and the JSON writer; for oversized input, the error document.
std::string extract_json(std::string_view input, const Options& options);

// The error document, for callers that reject an input themselves.
std::string error_json(std::string_view code, std::string_view message, bool pretty);

}  // namespace nf
