// A sentence's (or headline's) tokens as the rule stages read them: bounds-checked
// access by token index, case-insensitive comparison, and the small number readers the
// header, times and quantities stages share.
#pragma once

#include <string>
#include <string_view>

#include "document.h"
#include "lexicon.h"

namespace nf {

// ASCII lower case (the stages' word lists are lower-case ASCII; other bytes are kept).
inline std::string lower_ascii(std::string_view v) {
  std::string s(v);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

struct TokenView {
  const Document& doc;
  uint32_t b, e;  // token range [b, e)

  bool in(uint32_t i) const { return i >= b && i < e; }
  // The token's text as the stages read it (Document::view); empty outside the range.
  std::string_view t(uint32_t i) const { return in(i) ? doc.vslice(doc.tokens[i].span) : std::string_view(); }
  const Token& tok(uint32_t i) const { return doc.tokens[i]; }
  bool is(uint32_t i, std::string_view w) const { return in(i) && t(i) == w; }
  // A possessive "'s" token ("people's", "Hamas’s"); "Hamas'" is a bare apostrophe.
  bool possessive_s(uint32_t i) const { return is(i, "'s") || is(i, "'S") || is(i, "\xE2\x80\x99s"); }
  // ASCII-case-insensitive equality with a lower-case word.
  // (The lengths first, then the bytes of Document::lower.)
  bool ieq(uint32_t i, std::string_view w) const {
    if (!in(i)) return false;
    const Span sp = doc.tokens[i].span;
    if (sp.size() != w.size() || sp.end > doc.lower.size()) return false;
    const char* s = doc.lower.data() + sp.start;
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (s[k] != w[k]) return false;
    }
    return true;
  }
  // No white space between token i and the one before it.
  bool adjacent(uint32_t i) const { return in(i) && i > b && !tok(i).space_before; }
  // The token's text with ASCII upper case folded; empty outside the range.
  std::string_view lower(uint32_t i) const {
    return in(i) ? doc.lslice(doc.tokens[i].span) : std::string_view();
  }
  bool cap(uint32_t i) const { return in(i) && (tok(i).flags & kCapitalized); }
  bool punct(uint32_t i) const { return in(i) && tok(i).kind == TokenKind::Punct; }
  // A clause boundary: , ; : ( ) or an em dash.
  bool clause_break(uint32_t i) const {
    const std::string_view s = t(i);
    return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "\xE2\x80\x94";
  }
};

// The longest run of tokens from i (at most max_tokens, within the range) whose text,
// joined as written (a space where the text has white space), is a form of lex.
// Returns the number of tokens (0: none) and sets idx to the canonical entry.
inline uint32_t longest_match(const TokenView& v, uint32_t i, const Lexicon& lex, int& idx,
                              uint32_t max_tokens = 5) {
  if (!v.in(i)) return 0;
  // Small lists are sorted by length: a candidate longer than their last form is none.
  const std::size_t longest_form = lex.forms && lex.size ? lex.forms[lex.size - 1].form.size() : ~std::size_t{0};
  const std::string_view text = v.doc.view;
  const uint32_t start = v.tok(i).span.start;
  std::string built;     // the candidate, once the text between two tokens is not one space
  bool as_written = true;  // until then the candidate is text[start, end of token k)
  uint32_t best = 0;
  for (uint32_t k = i; k < v.e && k < i + max_tokens; ++k) {
    const Token& t = v.tok(k);
    if (k > i && as_written) {
      const uint32_t gap_start = v.tok(k - 1).span.end;
      const bool one_space = t.space_before ? (t.span.start == gap_start + 1 && text[gap_start] == ' ')
                                            : t.span.start == gap_start;
      if (!one_space) {
        as_written = false;
        built.assign(text.substr(start, gap_start - start));
      }
    }
    std::string_view cand;
    if (as_written) {
      cand = text.substr(start, t.span.end - start);
    } else {
      if (t.space_before) built += ' ';
      built += v.t(k);
      cand = built;
    }
    if (cand.size() > longest_form) break;
    const int hit = lex.find(cand);
    if (hit >= 0) {
      idx = hit;
      best = k - i + 1;
    }
    // Every longer candidate is this one, a space and more when the next token stands after
    // white space: none is a form if no form starts with this one and a space (spares the
    // lookups of up to max_tokens candidates for most starts)
    if (k + 1 < v.e && v.tok(k + 1).space_before && !lex.may_continue(cand)) break;
  }
  return best;
}

inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// The value of a string of digits (all_digits), saturating instead of overflowing.
inline int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (v > 100000) break;
    v = v * 10 + (c - '0');
  }
  return v;
}

// A day of the month: "13", "13th", "1st" -> 1..31; 0 if none.
inline int day_number(std::string_view w) {
  if (w.size() > 2) {
    const std::string_view suf = w.substr(w.size() - 2);
    if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") w.remove_suffix(2);
  }
  if (!all_digits(w) || w.size() > 2) return 0;
  const int d = to_int(w);
  return d >= 1 && d <= 31 ? d : 0;
}

// A count written in words (data/number_words.txt): "two", "a", "twenty-four",
// "three-and-a-half". Digits are not read here.
inline bool number_word(std::string_view s, double& v) {
  char buf[64];  // no number word is longer: longer strings are none
  if (s.empty() || s.size() > sizeof buf) return false;
  for (std::size_t k = 0; k < s.size(); ++k) {
    const char c = s[k];
    buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  }
  const std::string_view low(buf, s.size());
  static constexpr std::string_view kHalf = "-and-a-half";
  if (low.size() > kHalf.size() && low.substr(low.size() - kHalf.size()) == kHalf) {
    double whole;
    if (!number_word(low.substr(0, low.size() - kHalf.size()), whole)) return false;
    v = whole + 0.5;
    return true;
  }
  const int idx = kNumberWords.find(low);
  if (idx >= 0) {
    v = to_int(kNumberWords.canonical(idx));
    return true;
  }
  const std::size_t dash = low.find('-');  // twenty-four
  if (dash != std::string::npos) {
    const int t = kNumberWords.find(low.substr(0, dash)), o = kNumberWords.find(low.substr(dash + 1));
    if (t >= 0 && o >= 0) {
      const int tv = to_int(kNumberWords.canonical(t)), ov = to_int(kNumberWords.canonical(o));
      if (tv >= 20 && tv < 100 && tv % 10 == 0 && ov < 10) {
        v = tv + ov;
        return true;
      }
    }
  }
  return false;
}

}  // namespace nf
