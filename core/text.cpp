#include "text.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "lexicon.h"

namespace nf {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

std::size_t repair_utf8(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  std::size_t replaced = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const std::size_t n = in.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t run = i;
    while (run < n && p[run] < 0x80) ++run;  // ASCII run
    if (run > i) {
      out.append(in.data() + i, run - i);
      i = run;
      if (i >= n) break;
    }
    const unsigned char b = p[i];
    int need = 0;
    unsigned char lower = 0x80, upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lower = 0xA0;
      if (b == 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lower = 0x90;
      if (b == 0xF4) upper = 0x8F;
    } else {
      out += kReplacement;
      ++replaced;
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    int got = 0;
    while (got < need && j < n && p[j] >= lower && p[j] <= upper) {
      lower = 0x80;
      upper = 0xBF;
      ++j;
      ++got;
    }
    if (got == need) {
      out.append(in.data() + i, j - i);
    } else {
      out += kReplacement;
      ++replaced;
    }
    i = j;
  }
  return replaced;
}

namespace {

bool ieq_prefix(std::string_view s, std::size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    char c = s[at + k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != word[k]) return false;
  }
  return true;
}

// Tag name at s[at] (just after '<' and an optional '/'), lower-cased; empty if none.
std::string tag_name(std::string_view s, std::size_t at) {
  std::string name;
  while (at < s.size() && name.size() < 16) {
    char c = s[at];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9' && !name.empty())) {
      name += c;
      ++at;
    } else {
      break;
    }
  }
  if (at < s.size()) {
    const char c = s[at];
    if (c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r') return {};
  }
  return name;
}

constexpr std::size_t kMaxTagBytes = 4096;

// Blanks HTML markup in view (same length): tags, comments, and the contents of script
// and style elements become spaces; block-level tags become a line break so that their
// text falls into separate paragraphs. Returns the number of tags blanked.
std::size_t blank_html(std::string& view) {
  std::size_t tags = 0;
  const std::size_t n = view.size();
  std::size_t i = 0;
  while (i < n) {
    const void* hit = std::memchr(view.data() + i, '<', n - i);
    if (!hit) break;
    i = static_cast<std::size_t>(static_cast<const char*>(hit) - view.data());
    if (view.compare(i, 4, "<!--") == 0) {
      std::size_t close = view.find("-->", i + 4);
      std::size_t end = close == std::string::npos ? n : close + 3;
      std::memset(&view[i], ' ', end - i);
      ++tags;
      i = end;
      continue;
    }
    if (i + 1 < n && view[i + 1] == '!') {  // <!doctype html> and other declarations
      const std::size_t gt = view.find('>', i);
      if (gt != std::string::npos && gt - i < kMaxTagBytes) {
        std::memset(&view[i], ' ', gt + 1 - i);
        ++tags;
        i = gt + 1;
        continue;
      }
    }
    const bool closing = i + 1 < n && view[i + 1] == '/';
    const std::string name = tag_name(view, i + 1 + (closing ? 1 : 0));
    if (name.empty() || !is_html_tag(name)) {
      ++i;
      continue;
    }
    const std::size_t limit = std::min(n, i + kMaxTagBytes);
    std::size_t gt = i + 1;
    while (gt < limit && view[gt] != '>' && view[gt] != '<') ++gt;
    if (gt >= limit || view[gt] != '>') {
      ++i;
      continue;
    }
    std::size_t end = gt + 1;
    if (!closing && (name == "script" || name == "style")) {
      // Blank through the matching end tag (or the end of the text).
      std::size_t k = end;
      std::size_t stop = n;
      while (k < n) {
        const void* lt = std::memchr(view.data() + k, '<', n - k);
        if (!lt) break;
        k = static_cast<std::size_t>(static_cast<const char*>(lt) - view.data());
        if (k + 1 < n && view[k + 1] == '/' && ieq_prefix(view, k + 2, name)) {
          const std::size_t g = view.find('>', k);
          stop = g == std::string::npos ? n : g + 1;
          break;
        }
        ++k;
      }
      end = stop;
    }
    std::memset(&view[i], ' ', end - i);
    if (is_html_block_tag(name)) view[i] = '\n';
    ++tags;
    i = end;
  }
  // The entities that matter for reading: a no-break space and an ampersand.
  for (std::size_t k = view.find('&'); k != std::string::npos; k = view.find('&', k + 1)) {
    if (view.compare(k, 6, "&nbsp;") == 0) std::memset(&view[k], ' ', 6);
    else if (view.compare(k, 5, "&amp;") == 0) std::memset(&view[k + 1], ' ', 4);
  }
  return tags;
}

bool looks_like_html(std::string_view s) {
  // Two known tags, or one that only markup has, make it HTML.
  int seen = 0;
  for (std::size_t i = s.find('<'); i != std::string::npos && i + 1 < s.size();
       i = s.find('<', i + 1)) {
    const bool closing = s[i + 1] == '/';
    const std::string name = tag_name(s, i + 1 + (closing ? 1 : 0));
    if (name.empty() || !is_html_tag(name)) continue;
    if (name == "html" || name == "body" || name == "script" || name == "style" ||
        name == "div" || name == "p") return true;
    if (++seen >= 2) return true;
  }
  return false;
}

}  // namespace

void decode_text(std::string_view input, Document& doc) {
  const std::size_t replaced = repair_utf8(input, doc.text);
  if (replaced) {
    doc.warn("invalid_utf8", std::to_string(replaced) +
                                 " invalid UTF-8 sequence(s) replaced by U+FFFD; offsets "
                                 "index the repaired text");
  }
  doc.view = doc.text;
  std::string& v = doc.view;
  std::size_t nuls = 0, controls = 0;
  bool ascii = true;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x20) {
      if (c == '\n' || c == '\t') continue;
      if (c == '\r') {  // a lone CR is a line break; CR LF is one
        v[i] = (i + 1 < v.size() && v[i + 1] == '\n') ? ' ' : '\n';
        continue;
      }
      if (c == 0) ++nuls; else if (c != '\f' && c != '\v') ++controls;
      v[i] = (c == '\f' || c == '\v') ? '\n' : ' ';
      continue;
    }
    if (c == 0x7F) { ++controls; v[i] = ' '; continue; }
    if (c < 0x80) continue;
    ascii = false;
    // Multi-byte white space and invisible characters, blanked so that the stages only
    // ever meet ASCII white space.
    if (c == 0xC2 && i + 1 < v.size()) {
      const auto d = static_cast<unsigned char>(v[i + 1]);
      if (d == 0xA0 || (d >= 0x80 && d <= 0x9F)) {  // NBSP, C1 controls
        if (d != 0xA0) ++controls;
        v[i] = v[i + 1] = ' ';
        ++i;
      }
    } else if (c == 0xE2 && i + 2 < v.size()) {
      const auto d = static_cast<unsigned char>(v[i + 1]);
      const auto e = static_cast<unsigned char>(v[i + 2]);
      if (d == 0x80 && ((e >= 0x80 && e <= 0x8B) || e == 0xAF)) {  // spaces, ZWSP, NNBSP
        v[i] = v[i + 1] = v[i + 2] = ' ';
        i += 2;
      } else if ((d == 0x80 && (e == 0x8E || e == 0x8F || (e >= 0xAA && e <= 0xAE))) ||
                 (d == 0x81 && e >= 0xA6 && e <= 0xA9)) {
        // bidirectional marks and embeddings (LRM, RLM, LRE ... PDF, LRI ... PDI): no part of a
        // word. EXAMPLE: "Prime Minister \u200E Haider al-Abadi" (re3d) names "Haider al-Abadi"
        v[i] = v[i + 1] = v[i + 2] = ' ';
        i += 2;
      } else if (d == 0x80 && (e == 0xA8 || e == 0xA9)) {  // line / paragraph separator
        v[i] = '\n';
        v[i + 1] = v[i + 2] = ' ';
        i += 2;
      } else if (d == 0x81 && e == 0x9F) {  // medium mathematical space
        v[i] = v[i + 1] = v[i + 2] = ' ';
        i += 2;
      }
    } else if (c == 0xE3 && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0x80 &&
               static_cast<unsigned char>(v[i + 2]) == 0x80) {  // ideographic space
      v[i] = v[i + 1] = v[i + 2] = ' ';
      i += 2;
    } else if (c == 0xEF && i + 2 < v.size() && static_cast<unsigned char>(v[i + 1]) == 0xBB &&
               static_cast<unsigned char>(v[i + 2]) == 0xBF) {  // BOM / ZWNBSP
      v[i] = v[i + 1] = v[i + 2] = ' ';
      i += 2;
    }
  }
  doc.ascii = ascii;
  if (nuls) doc.warn("nul_bytes", std::to_string(nuls) + " NUL byte(s) read as spaces");
  if (controls) {
    doc.warn("control_characters",
             std::to_string(controls) + " control character(s) read as spaces");
  }
  if (looks_like_html(v)) {
    const std::size_t tags = blank_html(v);
    doc.warn("html_input", "the input looks like HTML: " + std::to_string(tags) +
                               " tag(s), scripts and styles were ignored");
  }
  bool blank = true;
  for (char c : v) {
    if (c != ' ' && c != '\n' && c != '\t') { blank = false; break; }
  }
  if (blank) doc.warn("empty_input", "the input has no text");
}

OffsetMap::OffsetMap(std::string_view text, Unit unit) : text_(text), unit_(unit) {
  identity_ = unit == Unit::Utf8;
  if (!identity_) {
    identity_ = true;
    for (unsigned char c : text) {
      if (c >= 0x80) { identity_ = false; break; }
    }
  }
  if (identity_) return;
  checkpoints_.reserve(text.size() / kStride + 2);
  uint32_t units = 0;
  // Block by block, each byte counted without a branch: a lead byte (not 10xxxxxx) is one
  // unit, a four-byte lead in UTF-16 one more (a surrogate pair). (The same counts as a
  // test of i % kStride and of the unit at every byte, in a third of the instructions.)
  const uint32_t pairs = unit_ == Unit::Utf16 ? 1 : 0;
  for (std::size_t block = 0; block < text.size(); block += kStride) {
    checkpoints_.push_back(units);
    const std::size_t end = std::min(text.size(), block + kStride);
    for (std::size_t i = block; i < end; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      units += static_cast<uint32_t>((c & 0xC0) != 0x80) + (pairs & static_cast<uint32_t>(c >= 0xF0));
    }
  }
  checkpoints_.push_back(units);
}

uint32_t OffsetMap::operator()(uint32_t byte_offset) const {
  if (identity_) return byte_offset;
  if (byte_offset >= text_.size()) return checkpoints_.back() +
                                          static_cast<uint32_t>(byte_offset - text_.size());
  const uint32_t block = byte_offset / kStride;
  uint32_t units = checkpoints_[block];
  const uint32_t pairs = unit_ == Unit::Utf16 ? 1 : 0;  // (counted as in the constructor)
  for (uint32_t i = block * kStride; i < byte_offset; ++i) {
    const auto c = static_cast<unsigned char>(text_[i]);
    units += static_cast<uint32_t>((c & 0xC0) != 0x80) + (pairs & static_cast<uint32_t>(c >= 0xF0));
  }
  return units;
}

}  // namespace nf
