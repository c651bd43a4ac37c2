// The pipeline: one function that names every stage, in the order they run.
#include "casualties.h"
#include "entities.h"
#include "events.h"
#include "header.h"
#include "newsfacts.h"
#include "output.h"
#include "paragraphs.h"
#include "places.h"
#include "quantities.h"
#include "quotes.h"
#include "roles.h"
#include "sentences.h"
#include "text.h"
#include "times.h"
#include "tokens.h"

namespace nf {

Document extract(std::string_view input, const Options& options) {
  Document doc;
  decode_text(input, doc);            // text.cpp: UTF-8 repair, HTML/control blanking
  split_lines(doc);                   // paragraphs.cpp: every non-blank line
  read_header(doc, options);          // header.cpp: date line, headline, byline, dateline
  select_body_paragraphs(doc);        // paragraphs.cpp: the body's paragraphs
  tokenize(doc);                      // tokens.cpp: headline and body tokens
  find_agencies(doc);                 // header.cpp: wire services credited or cited
  split_sentences(doc);               // sentences.cpp: sentences within paragraphs
  check_quote_balance(doc);           // sentences.cpp: unbalanced quotation marks
  find_entities(doc);                 // entities.cpp: people, organisations, places, groups
  link_places(doc);                   // places.cpp: locations on the map, chosen by context
  find_roles(doc);                    // roles.cpp: people's titles and affiliations
  find_times(doc);                    // times.cpp: time expressions, resolved
  find_quantities(doc);               // quantities.cpp: numbers, qualifiers, units
  find_quotes(doc);                   // quotes.cpp: who said what, with the speaker
  find_casualties(doc);               // casualties.cpp: killed, wounded, ... with ACLED's rules
  find_events(doc);                   // events.cpp: what happened, one record per event
  return doc;
}

std::string extract_json(std::string_view input, const Options& options) {
  if (input.size() > kMaxInputBytes) {
    return error_json("input_too_large",
                      "input is " + std::to_string(input.size()) + " bytes; the limit is " +
                          std::to_string(kMaxInputBytes) + " bytes (32 MiB)",
                      options.pretty);
  }
  return write_json(extract(input, options), options);
}

bool parse_offset_unit(std::string_view name, OffsetUnit& out) {
  if (name == "utf16") out = OffsetUnit::Utf16;
  else if (name == "utf8") out = OffsetUnit::Utf8;
  else if (name == "codepoint") out = OffsetUnit::Codepoint;
  else return false;
  return true;
}

}  // namespace nf
