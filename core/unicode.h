// Small Unicode helpers for valid UTF-8 (Document::text / view are always valid).
#pragma once

#include <cstdint>
#include <string_view>

namespace nf {

// Decodes the code point at s[i] (valid UTF-8 assumed) and sets len to its byte length.
inline uint32_t decode_at(std::string_view s, std::size_t i, int& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { len = 1; return b0; }
  if (b0 < 0xE0 && i + 1 < s.size()) {
    len = 2;
    return ((b0 & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
  }
  if (b0 < 0xF0 && i + 2 < s.size()) {
    len = 3;
    return ((b0 & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
  }
  if (i + 3 < s.size()) {
    len = 4;
    return ((b0 & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
           ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
  }
  len = 1;  // truncated sequence: cannot happen in valid text
  return 0xFFFD;
}

// Letters of the scripts news is written in: Latin (with its extensions), Greek,
// Cyrillic, Armenian, Hebrew, Arabic, Devanagari and the rest of the Indic blocks,
// Thai, Georgian, Hangul, kana and CJK ideographs. Combining marks count as letters so
// that decomposed accents stay inside their word.
inline bool is_letter(uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x250 && c <= 0x2AF) return true;   // IPA
  if (c >= 0x300 && c <= 0x36F) return true;   // combining diacritics
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;  // Greek
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);  // Cyrillic
  if (c >= 0x531 && c <= 0x587) return true;   // Armenian
  if (c >= 0x591 && c <= 0x5F2) return c != 0x5BE && c != 0x5C0 && c != 0x5C3;  // Hebrew
  if (c >= 0x610 && c <= 0x6FF) return !(c >= 0x660 && c <= 0x66D) && c != 0x6D4 &&
                                       !(c >= 0x6F0 && c <= 0x6F9);  // Arabic
  if (c >= 0x750 && c <= 0x77F) return true;
  if (c >= 0x900 && c <= 0xDFF) return true;   // Indic scripts (digits included: rare)
  if (c >= 0xE00 && c <= 0xE5B) return true;   // Thai
  if (c >= 0x10A0 && c <= 0x10FF) return true; // Georgian
  if (c >= 0x1100 && c <= 0x11FF) return true; // Hangul Jamo
  if (c >= 0x1E00 && c <= 0x1FFF) return true; // Latin Extended Additional, Greek Extended
  if (c >= 0x3040 && c <= 0x30FF) return c != 0x30FB;  // kana
  if (c >= 0x3400 && c <= 0x9FFF) return true; // CJK
  if (c >= 0xAC00 && c <= 0xD7A3) return true; // Hangul syllables
  if (c >= 0xF900 && c <= 0xFAFF) return true;
  if (c >= 0xFB00 && c <= 0xFDFF) return true; // ligatures, Arabic presentation forms
  if (c >= 0xFE70 && c <= 0xFEFC) return true;
  return false;
}

inline bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

// Upper-case letters of Latin, Greek and Cyrillic (the scripts that have case).
inline bool is_upper(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x137) return (c & 1) == 0;
  if (c >= 0x139 && c <= 0x148) return (c & 1) == 1;
  if (c >= 0x14A && c <= 0x177) return (c & 1) == 0;
  if (c == 0x178 || c == 0x179 || c == 0x17B || c == 0x17D) return true;
  if (c >= 0x180 && c <= 0x24F) return false;  // mixed; treated as lower
  if (c >= 0x391 && c <= 0x3AB) return c != 0x3A2;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0x460 && c <= 0x4FF) return (c & 1) == 0;
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 0;
  return false;
}

// Letters with case that are not upper case.
inline bool is_lower(uint32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (!is_letter(c)) return false;
  if (is_upper(c)) return false;
  // Caseless scripts (Arabic, Hebrew, CJK...) are neither.
  return (c >= 0xDF && c <= 0x24F) || (c >= 0x3AC && c <= 0x3FF) || (c >= 0x430 && c <= 0x52F) ||
         (c >= 0x1E00 && c <= 0x1EFF);
}

}  // namespace nf
