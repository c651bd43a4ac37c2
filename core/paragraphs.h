// Stage 2, paragraphs: every non-blank line of the text (a line break, or a blank line,
// separates paragraphs), trimmed of white space; then the ones that form the body.
#pragma once

#include "document.h"

namespace nf {

// Fills doc.lines from doc.view.
void split_lines(Document& doc);

// Fills doc.paragraphs with the lines inside doc.article.body.
void select_body_paragraphs(Document& doc);

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace nf
