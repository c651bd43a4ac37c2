// Stage 1, text: from input bytes to Document::text (valid UTF-8) and Document::view
// (the same bytes with markup and control characters blanked), and the conversion of
// byte offsets to the caller's offset unit.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.h"

namespace nf {

// Fills doc.text, doc.view and doc.ascii, and adds warnings for invalid UTF-8, NUL and
// control characters, pasted HTML and empty input.
void decode_text(std::string_view input, Document& doc);

// WHATWG UTF-8 decoding into out: each maximal invalid subpart becomes one U+FFFD, as
// TextDecoder does. Returns how many were replaced.
std::size_t repair_utf8(std::string_view in, std::string& out);

// Converts byte offsets into a valid UTF-8 string to UTF-16 code units or code points.
// Construction is linear; each lookup is O(1) plus a scan of at most kStride bytes.
class OffsetMap {
 public:
  enum class Unit { Utf8, Utf16, Codepoint };
  OffsetMap(std::string_view text, Unit unit);
  uint32_t operator()(uint32_t byte_offset) const;

 private:
  static constexpr uint32_t kStride = 16;
  std::string_view text_;
  Unit unit_;
  bool identity_;
  std::vector<uint32_t> checkpoints_;  // units before byte i * kStride
};

}  // namespace nf
