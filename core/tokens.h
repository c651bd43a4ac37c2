// Stage 4, tokens: words, numbers, punctuation and symbols with byte offsets, for the
// headline and every body paragraph. Possessive "'s" is its own token ("Hamas" "'s");
// hyphens join ("Al-Mawasi", "nine-month-long", "8-10"); dotted acronyms keep their
// final stop ("U.S.", "p.m."); other full stops are tokens of their own.
#pragma once

#include "document.h"

namespace nf {

void tokenize(Document& doc);

// Tokenizes doc.view[span] and appends to doc.tokens (used by tokenize and tests).
void tokenize_span(Document& doc, Span span);

}  // namespace nf
