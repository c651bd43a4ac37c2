#include "paragraphs.h"

#include <cstring>

namespace nf {

void split_lines(Document& doc) {
  const std::string& v = doc.view;
  const std::size_t n = v.size();
  std::size_t i = 0;
  while (i < n) {
    const void* nl = std::memchr(v.data() + i, '\n', n - i);
    const std::size_t eol = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - v.data()) : n;
    std::size_t a = i, b = eol;
    while (a < b && is_space(v[a])) ++a;
    while (b > a && is_space(v[b - 1])) --b;
    if (b > a) doc.lines.push_back({{static_cast<uint32_t>(a), static_cast<uint32_t>(b)}});
    i = eol + 1;
  }
}

void select_body_paragraphs(Document& doc) {
  const Span body = doc.article.body;
  for (const Paragraph& p : doc.lines) {
    if (p.span.start >= body.start && p.span.end <= body.end) doc.paragraphs.push_back(p);
  }
}

}  // namespace nf
