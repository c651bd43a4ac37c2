#include "tokens.h"

#include <array>

#include "paragraphs.h"
#include "token_view.h"
#include "unicode.h"

namespace nf {
namespace {

bool is_word_char(uint32_t c) { return is_letter(c) || is_digit(c); }

bool is_apostrophe(uint32_t c) { return c == '\'' || c == 0x2019; }

bool is_hyphen(uint32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

struct Cursor {
  std::string_view s;
  std::size_t end;
  uint32_t at(std::size_t i, int& len) const {
    if (i >= end) { len = 0; return 0; }
    return decode_at(s, i, len);
  }
  uint32_t at(std::size_t i) const { int len; return at(i, len); }
};

// Length of the letters-only run at i.
std::size_t letter_run(const Cursor& c, std::size_t i) {
  std::size_t j = i;
  int len;
  while (j < c.end && is_letter(c.at(j, len))) j += len;
  return j - i;
}

// ASCII letters and digits: the bytes most words are made of.
constexpr std::array<bool, 128> kAsciiWordChar = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

uint16_t surface_flags(std::string_view w) {
  uint16_t f = 0;
  // ASCII words (most): the same flags from one pass over the bytes, given up at the
  // first byte that is not ASCII.
  {
    bool first = true, any_letter = false, all_upper = true, ascii = true;
    for (char ch : w) {
      if (static_cast<unsigned char>(ch) >= 0x80) { ascii = false; break; }
      if (ch >= '0' && ch <= '9') { f |= kHasDigit; continue; }
      const bool up = ch >= 'A' && ch <= 'Z', low = ch >= 'a' && ch <= 'z';
      if (!up && !low) continue;
      if (first) { f |= up ? kCapitalized : kLower; first = false; }
      any_letter = true;
      if (low) all_upper = false;
    }
    if (ascii) {
      if (any_letter && all_upper && (f & kCapitalized)) f |= kAllCaps;
      return f;
    }
    f = 0;
  }
  bool first = true, any_letter = false, all_upper = true;
  for (std::size_t i = 0; i < w.size();) {
    int len;
    const uint32_t c = decode_at(w, i, len);
    i += len;
    if (is_digit(c)) f |= kHasDigit;
    if (!is_letter(c)) continue;
    if (first) {
      if (is_upper(c)) f |= kCapitalized;
      else if (is_lower(c)) f |= kLower;
      first = false;
    }
    any_letter = true;
    if (is_lower(c)) all_upper = false;
  }
  if (any_letter && all_upper && (f & kCapitalized)) f |= kAllCaps;
  return f;
}

}  // namespace

void tokenize_span(Document& doc, Span span) {
  const std::string_view v = doc.view;
  const Cursor cur{v, span.end};
  std::size_t i = span.start;
  bool space = true;
  while (i < span.end) {
    if (is_space(v[i])) {
      space = true;
      ++i;
      continue;
    }
    int len;
    const uint32_t c = cur.at(i, len);
    Token t;
    t.space_before = space;
    space = false;
    const std::size_t start = i;
    if (is_word_char(c)) {
      t.kind = is_digit(c) ? TokenKind::Number : TokenKind::Word;
      bool dotted = false;
      std::size_t seg_start = i;  // start of the current dot-separated segment
      i += len;
      while (i < span.end) {
        const auto b = static_cast<unsigned char>(v[i]);
        if (b < 0x80 && kAsciiWordChar[b]) { ++i; continue; }  // the common case, decoded below
        int l;
        const uint32_t d = cur.at(i, l);
        if (is_word_char(d)) { i += l; continue; }
        int l2;
        const uint32_t next = cur.at(i + l, l2);
        if (is_hyphen(d) && is_word_char(next)) {
          t.flags |= kHyphenated;
          i += l;
          continue;
        }
        if (is_digit(cur.at(i > 0 ? i - 1 : i)) && (d == ',' || d == '.' || d == ':') &&
            is_digit(next) && t.kind == TokenKind::Number) {
          i += l;  // 21,110  5.4  3:15
          continue;
        }
        if (d == '.' && t.kind == TokenKind::Word) {
          // Dotted acronym ("U.S.", "p.m.", "Ph.D."): segments of one or two letters,
          // each followed by a stop; it keeps its final stop.
          const std::size_t seg = i - seg_start;
          if (seg >= 1 && seg <= 4 && letter_run(cur, seg_start) == seg) {
            const std::size_t next_run = letter_run(cur, i + 1);
            if (next_run >= 1 && next_run <= 4 && cur.at(i + 1 + next_run) == '.') {
              dotted = true;
              i += 1;
              seg_start = i;
              continue;
            }
            if (dotted) {
              i += 1;
              // "U.S.-led", "U.N.-backed": the acronym and its modifier are one hyphenated word
              int lh, lw;
              if (is_hyphen(cur.at(i, lh)) && is_letter(cur.at(i + lh, lw))) {
                t.flags |= kHyphenated | kDotted;
                dotted = false;  // a stop after "-led" ends the sentence, not an acronym
                i += lh;
                seg_start = i;
                continue;
              }
            }
          }
          break;
        }
        if (is_apostrophe(d) && is_letter(next)) {
          // Possessive 's splits off; O'Brien, don't, Ma'ale stay whole.
          int l3;
          const bool s_end = (next == 's' || next == 'S') &&
                             !is_word_char(cur.at(i + l + l2, l3));
          if (s_end) break;
          i += l;
          continue;
        }
        break;
      }
      if (dotted) t.flags |= kDotted;
    } else if (is_apostrophe(c) && (cur.at(i + len) == 's' || cur.at(i + len) == 'S') &&
               !is_word_char(cur.at(i + len + 1)) && !t.space_before) {
      t.kind = TokenKind::Word;  // possessive 's
      i += len + 1;
    } else if (c == '.' && cur.at(i + 1) == '.' && cur.at(i + 2) == '.') {
      t.kind = TokenKind::Punct;
      i += 3;
      while (i < span.end && v[i] == '.') ++i;
    } else if (c == '-' && cur.at(i + 1) == '-') {
      t.kind = TokenKind::Punct;
      i += 2;
    } else {
      const bool punct =
          (c < 0x80 && std::string_view(".,;:!?\"'()[]{}-/&*#@_").find(static_cast<char>(c)) !=
                           std::string_view::npos) ||
          (c >= 0x2010 && c <= 0x2027) || c == 0xAB || c == 0xBB || c == 0xBF || c == 0xA1 ||
          c == 0x2039 || c == 0x203A || c == 0x3001 || c == 0x3002;
      t.kind = punct ? TokenKind::Punct : TokenKind::Symbol;
      i += len;
      if (c == 0x201C || c == 0x2018 || c == 0xAB || c == 0x2039 || c == 0x201E) t.flags |= kOpenQuote;
      else if (c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A) t.flags |= kCloseQuote;
      else if (c == '"' || c == '\'') {
        t.flags |= kAmbiguousQuote;
        // Straight quotes: opening after white space or an opening bracket, else closing;
        // one that ends its paragraph closes whatever the space before it.
        // EXAMPLE: 'in support of Operation Inherent Resolve. "' (a quotation's last line)
        bool opens = t.space_before && i < span.end;
        if (!opens && !doc.tokens.empty() && doc.tokens.back().span.end == start) {
          const std::string_view prev = doc.vslice(doc.tokens.back().span);
          opens = prev == "(" || prev == "[" || prev == "\xE2\x80\x94" || prev == "\xE2\x80\x93";
        }
        t.flags |= opens ? kOpenQuote : kCloseQuote;
      }
    }
    t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number) {
      t.flags |= surface_flags(doc.vslice(t.span));
    }
    doc.tokens.push_back(t);
  }
}

void tokenize(Document& doc) {
  doc.tokens.reserve(doc.view.size() / 4 + 16);  // news runs about one token in 5 bytes
  doc.lower = lower_ascii(doc.view);
  Article& a = doc.article;
  if (!a.headline_span.empty()) {
    a.headline_first_token = static_cast<uint32_t>(doc.tokens.size());
    tokenize_span(doc, a.headline_span);
    a.headline_end_token = static_cast<uint32_t>(doc.tokens.size());
  }
  if (!a.date_line.empty()) {
    a.date_line_first_token = static_cast<uint32_t>(doc.tokens.size());
    tokenize_span(doc, a.date_line);
    a.date_line_end_token = static_cast<uint32_t>(doc.tokens.size());
  }
  for (Paragraph& p : doc.paragraphs) {
    p.first_token = static_cast<uint32_t>(doc.tokens.size());
    tokenize_span(doc, p.span);
    p.end_token = static_cast<uint32_t>(doc.tokens.size());
  }
}

}  // namespace nf
