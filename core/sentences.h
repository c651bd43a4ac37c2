// Stage 5, sentences: sentence boundaries inside each body paragraph (a sentence never
// crosses a line break), from the tokens. The rules, each with an example, are tested by
// the numbered golden rules in tests/sentences_test.cpp:
//  * . ! ? … end a sentence before white space and a capitalised word, a number or an
//    opening quote;                       EXAMPLE: "He left. She stayed."
//  * closing quotes and brackets after the stop stay in the sentence;
//                                         EXAMPLE: "… or roads.” Lazzarini said"
//  * no end before a lower-case word;     EXAMPLE: "“Why?” he asked."
//  * titles never end one (data/abbrev_title.txt);  EXAMPLE: "Gen. Halevi said"
//  * abbreviations before numbers end none when a number follows (data/abbrev_number.txt);
//                                         EXAMPLE: "on Oct. 7 attack", "No. 10 Downing Street"
//  * initials, dotted acronyms and other abbreviations (data/abbrev_other.txt) end one
//    only before a word that opens sentences (data/sentence_starters.txt);
//                                         EXAMPLE: "U.S. support" vs "in the U.S. The talks"
//  * an ellipsis ends one only before a capitalised word; EXAMPLE: "… and then … nothing"
//  * a sentence of more than kMaxSentenceTokens tokens is cut (with a warning) so that
//    later stages stay linear on text with no punctuation.
#pragma once

#include "document.h"

namespace nf {

inline constexpr uint32_t kMaxSentenceTokens = 1000;

// Fills doc.sentences from doc.paragraphs and doc.tokens.
void split_sentences(Document& doc);

// Warns when a paragraph's double quotation marks do not pair up (a quote left open at
// a paragraph's end is fine when the next paragraph opens with a quotation mark).
void check_quote_balance(Document& doc);

}  // namespace nf
