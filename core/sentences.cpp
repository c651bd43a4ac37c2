#include "sentences.h"

#include <string>

#include "lexicon.h"

namespace nf {
namespace {

bool is_terminal(std::string_view t) {
  return t == "." || t == "?" || t == "!" || t == "..." || t == "\xE2\x80\xA6" || t == "?!" ||
         (t.size() >= 3 && t.substr(0, 3) == "...");
}

bool is_closer(const Token& t, std::string_view s) {
  return (t.flags & kCloseQuote) || s == ")" || s == "]" || s == "?" || s == "!" || s == ".";
}

bool is_double_quote(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xC2\xAB" ||
         s == "\xC2\xBB" || s == "\xE2\x80\x9E";
}

struct Splitter {
  const Document& doc;

  std::string_view text(uint32_t i) const { return doc.vslice(doc.tokens[i].span); }

  bool opens_sentences(uint32_t j) const {
    const Token& n = doc.tokens[j];
    if (n.kind == TokenKind::Word) return kSentenceStarters.contains(text(j));
    return (n.flags & kOpenQuote) != 0;
  }

  // Is there a sentence boundary between token `last` (the end of the terminal group
  // starting at `term`) and token `next`?
  bool boundary(uint32_t first, uint32_t term, uint32_t next) const {
    const Token& n = doc.tokens[next];
    if (!n.space_before) return false;
    if (n.flags & kLower) return false;
    if (n.kind == TokenKind::Punct && !(n.flags & kOpenQuote) && text(next) != "(" &&
        text(next) != "[" && text(next) != "\xE2\x80\x94" && text(next) != "\xE2\x80\x93")
      return false;
    const std::string_view t = text(term);
    const Token& tt = doc.tokens[term];
    if (tt.flags & kDotted) return opens_sentences(next);  // "U.S. The" vs "U.S. support"
    if (t == "..." || t == "\xE2\x80\xA6" || (t.size() > 3 && t.substr(0, 3) == "...")) {
      return (n.flags & kCapitalized) || (n.flags & kOpenQuote) || n.kind == TokenKind::Number;
    }
    if (t != ".") return true;  // ? !
    if (term == first) return true;
    const Token& p = doc.tokens[term - 1];
    if (p.span.end != tt.span.start || p.kind != TokenKind::Word) return true;
    const std::string_view w = text(term - 1);
    if (kAbbrevTitle.contains(w)) return false;
    if (kAbbrevNumber.contains(w) && n.kind == TokenKind::Number) return false;
    const bool initial = w.size() == 1 && (p.flags & kCapitalized);
    if (initial || kAbbrevOther.contains(w)) return opens_sentences(next);
    return true;
  }
};

}  // namespace

void split_sentences(Document& doc) {
  const Splitter sp{doc};
  bool warned = false;
  for (uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    uint32_t start = p.first_token;
    auto emit = [&](uint32_t end) {  // tokens [start, end)
      if (end <= start) return;
      Sentence s;
      s.span = {doc.tokens[start].span.start, doc.tokens[end - 1].span.end};
      s.paragraph = pi;
      s.first_token = start;
      s.end_token = end;
      doc.sentences.push_back(s);
      start = end;
    };
    for (uint32_t i = p.first_token; i < p.end_token; ++i) {
      if (i - start >= kMaxSentenceTokens) {
        if (!warned) {
          doc.warn("long_sentence", "a sentence of more than " + std::to_string(kMaxSentenceTokens) +
                                        " tokens was cut into pieces");
          warned = true;
        }
        emit(i);
      }
      const Token& t = doc.tokens[i];
      if (t.kind != TokenKind::Punct && !(t.flags & kDotted)) continue;
      if (!(t.flags & kDotted) && !is_terminal(sp.text(i))) continue;
      uint32_t j = i + 1;
      while (j < p.end_token && !doc.tokens[j].space_before && is_closer(doc.tokens[j], sp.text(j))) ++j;
      if (j >= p.end_token) break;
      if (sp.boundary(start, i, j)) emit(j);
      i = j - 1;
    }
    emit(p.end_token);
  }
}

void check_quote_balance(Document& doc) {
  std::size_t bad = 0;
  uint32_t first_bad = 0;
  for (std::size_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    const Paragraph& p = doc.paragraphs[pi];
    int depth = 0, stray_close = 0;
    for (uint32_t i = p.first_token; i < p.end_token; ++i) {
      const Token& t = doc.tokens[i];
      if (t.kind != TokenKind::Punct || !is_double_quote(doc.vslice(t.span))) continue;
      if (t.flags & kOpenQuote) ++depth;
      else if (depth > 0) --depth;
      else ++stray_close;
    }
    bool continues = false;
    if (depth > 0 && pi + 1 < doc.paragraphs.size()) {
      const Paragraph& q = doc.paragraphs[pi + 1];
      continues = q.first_token < q.end_token && (doc.tokens[q.first_token].flags & kOpenQuote) &&
                  is_double_quote(doc.vslice(doc.tokens[q.first_token].span));
    }
    if (stray_close > 0 || (depth > 0 && !continues)) {
      if (bad++ == 0) first_bad = p.span.start;
    }
  }
  if (bad) {
    doc.warn("unbalanced_quotes", std::to_string(bad) +
                                      " paragraph(s) have quotation marks that do not pair up "
                                      "(the first starts at byte " + std::to_string(first_bad) + ")");
  }
}

}  // namespace nf
