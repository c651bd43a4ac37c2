// The document every stage reads and adds to.
//
// All offsets inside the core are byte offsets into Document::text (valid UTF-8: the
// input with each invalid byte sequence replaced by U+FFFD). They are converted to the
// caller's unit (UTF-16 code units, UTF-8 bytes or code points) only when the result is
// written out (output.cpp). Every span satisfies text.substr(start, end - start) == the
// span's text.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;  // half-open
  bool empty() const { return end <= start; }
  uint32_t size() const { return end - start; }
};

struct Warning {
  std::string code;
  std::string message;
};

struct Paragraph {
  Span span;
  uint32_t first_token = 0, end_token = 0;  // token range [first, end) in Document::tokens
};

struct Sentence {
  Span span;
  uint32_t paragraph = 0;  // index into Document::paragraphs
  uint32_t first_token = 0, end_token = 0;  // token range [first, end) in Document::tokens
};

enum class TokenKind : uint8_t { Word, Number, Punct, Symbol };

// Bit flags describing a token's surface, computed once by the tokenizer.
enum TokenFlag : uint16_t {
  kCapitalized = 1 << 0,  // first letter upper case ("Hamas", "U.S.")
  kAllCaps = 1 << 1,      // every letter upper case, at least one letter ("AFP", "GAZA")
  kLower = 1 << 2,        // first letter lower case
  kHasDigit = 1 << 3,
  kHyphenated = 1 << 4,   // "Al-Mawasi", "nine-month-long"
  kDotted = 1 << 5,       // "U.S.", "p.m." (internal dots; keeps its final dot)
  kOpenQuote = 1 << 6,    // punctuation: an opening quotation mark
  kCloseQuote = 1 << 7,   // punctuation: a closing quotation mark
  kAmbiguousQuote = 1 << 8,  // straight ' or " (opening or closing decided by context)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  uint16_t flags = 0;
  bool space_before = false;  // white space (or the paragraph start) precedes it
};

struct Dateline {
  Span span;             // e.g. "GAZA CITY (AP) —"
  Span place;            // e.g. "GAZA CITY"
  std::string agency;    // canonical agency named in it, or empty
};

// A time expression (TimeML TIMEX3) and its resolved value.
struct Time {
  Span span;
  std::string type;    // date | time | duration | set
  std::string value;   // TIMEX3 value; empty: none (written as null)
  std::string anchor;  // absolute | article | sentence | unresolved
  std::string grain;   // day | week | month | season | quarter | half | year | decade | ...
  std::string mod;     // TIMEX3 mod: START | MID | END | APPROX | empty
  std::string range_end;        // last value of a range ("May 3-5"), or empty
  std::vector<std::string> inferred;  // fields not stated in the text: year, month, day...
  const char* rule = "";        // the rule that matched (for tests and debugging)
};

// Who said what: a direct or partial quotation, or reported speech, with its speaker.
struct Quote {
  Span span;                 // the content (inside the marks for a quotation)
  std::string kind;          // direct | partial | indirect
  std::string speaker;       // entity id, or empty
  Span speaker_span;         // the words naming the speaker here; empty: none
  Span cue_span;             // the speech verb ("said", "according to"); empty: none
  std::string cue;           // the cue as written, lower case
  Span medium_span;          // "AFP" in "told AFP", "social media site X"; empty: none
};

// A named entity and its mentions.
// Where a location is: from the gazetteers (data/gaz_geo.txt), or only its country when
// they lack it and the text gives one.
struct Place {
  std::string country;     // ISO 3166 alpha-2
  std::string kind;        // city | region | country | site | district | ...
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::string precision;   // city | region (its largest city) | country (population centre, or only the country known)
};

struct Entity {
  std::string id;     // e1, e2, ...
  std::string type;   // person | organization | location | group
  std::string name;   // the fullest form used
  std::vector<Span> mentions;
  std::string country;  // group: ISO 3166 code of the nationality ("Palestinians" -> PS)
  bool has_place = false;
  Place place;          // locations
  std::vector<std::string> titles;        // verbatim: "Israeli Prime Minister", "a brigade commander" -> "brigade commander"
  std::vector<std::string> affiliations;  // ids of the organisations and countries named in them
  bool unnamed = false;  // an unnamed source that speaks ("a Hamas official", "rescuers"): quotes.cpp
};

// A number, with its qualifier and unit.
struct Quantity {
  Span span;
  double value = 0;
  double max = 0;
  bool has_max = false;
  std::string qualifier = "exact";  // exact | at_least | more_than | about | at_most | less_than | range
  std::string unit;                 // person, km2, percent, USD, ordinal, fraction, ... or empty
  std::string noun;                 // the counted noun as written ("civilians"), for people
  bool vague = false;               // a word count ("dozens") given its conservative value
  struct Restated {
    double value;
    std::string unit;
  };
  std::vector<Restated> restated;   // "14-square-kilometre (5.4-square-mile)"
};

// A casualty statement: counts by category, with victims, place, date and source.
struct Count {
  bool set = false;
  double value = 0;
  std::string qualifier;
  uint32_t quantity = UINT32_MAX;  // index into Document::quantities; UINT32_MAX: none ("no one was hurt")
};

struct Casualty {
  Count killed, wounded, missing, kidnapped, arrested, displaced;
  std::string victims;
  std::string location_text;  // the place as written
  Span location_span;
  std::string location;       // its entity id, or empty
  std::string date;           // YYYY-MM-DD
  std::string source_text;    // who reported the figure, as written
  Span source_span;
  std::string source;         // its entity id (a named source), or empty
  Span evidence;              // the sentence
  bool cumulative = false;    // a war's running toll, not one incident's
  std::string hedge;          // "could rise", "unconfirmed", ... or empty
  struct Partial {
    double value;
    std::string qualifier, unit, victims;
  };
  std::vector<Partial> partial;  // "including 16 children": part of the total, not added
};

// What happened: one record per real-world event, folded from its mentions.
struct Event {
  std::string id;            // v1, v2, ...
  std::string type;          // SPEC "Event types": battles, explosions/remote violence, ...
  std::string subtype;       // air/drone strike, talks, ...
  Span trigger;              // the mention the record is read from
  std::vector<Span> mentions;  // every trigger folded into it, in text order
  std::string date;          // YYYY-MM-DD, YYYY-MM or YYYY; empty: none
  std::string date_precision;  // day | month | year | empty
  std::string location;      // entity id, or empty
  std::vector<std::string> actors, targets;  // entity ids
  bool has_fatalities = false, has_wounded = false;
  double fatalities = 0, wounded = 0;
  std::string source;        // entity id of who reported it, or empty
  Span evidence;             // the sentence of the trigger
  double confidence = 0;
  std::vector<std::string> inferred;  // fields taken from context, not the event's sentences
};

struct Article {
  std::string headline;  // empty: none
  Span headline_span;
  uint32_t headline_first_token = 0, headline_end_token = 0;
  std::string date;      // YYYY-MM-DD reference date, or empty
  std::string date_source;  // option | header | dateline | text | empty
  Span date_span;        // where the date was read, if from the text
  Span date_line;        // a pasted date line ("Published July 14, 2024"), if any
  uint32_t date_line_first_token = 0, date_line_end_token = 0;
  bool has_dateline = false;
  Dateline dateline;
  std::vector<std::string> bylines;
  std::vector<Span> byline_spans;
  std::vector<std::string> agencies;  // canonical names, in order of first mention
  Span body;
};

struct Document {
  std::string text;        // the input as valid UTF-8 (what offsets index)
  std::string view;        // same bytes as text, with HTML tags, NUL and control
                           // characters blanked to spaces: what the stages read
  std::string lower;       // view with ASCII upper case folded (tokenize() makes it):
                           // TokenView::lower's text, with no copy per call
  bool ascii = true;       // text is pure ASCII (offset units all agree)
  Article article;
  std::vector<Paragraph> lines;       // every non-blank line, header lines included
  std::vector<Paragraph> paragraphs;  // the body's paragraphs
  std::vector<Sentence> sentences;    // the body's sentences
  std::vector<Token> tokens;          // tokens of the headline and the body, in order
  std::vector<Entity> entities;       // named entities, in order of first mention
  std::vector<Time> times;            // time expressions, in text order
  std::vector<Quote> quotes;          // quotations and reported speech, in text order
  std::vector<Quantity> quantities;   // numbers and quantities, in text order
  std::vector<Casualty> casualties;   // casualty statements, in text order
  std::vector<Event> events;          // events, in order of first mention
  std::vector<Warning> warnings;

  // A span's bytes of text / view; clamped to the string (no throwing path, so it inlines).
  std::string_view slice(Span s) const { return clamp(text, s); }
  std::string_view vslice(Span s) const { return clamp(view, s); }
  std::string_view lslice(Span s) const { return clamp(lower, s); }
  static std::string_view clamp(const std::string& str, Span s) {
    const std::size_t start = s.start < str.size() ? s.start : str.size();
    const std::size_t n = str.size() - start;
    return std::string_view(str.data() + start, s.size() < n ? s.size() : n);
  }
  void warn(std::string code, std::string message) {
    warnings.push_back({std::move(code), std::move(message)});
  }
  // Index of the first token starting at or after byte offset `byte`.
  uint32_t token_at(uint32_t byte) const {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), byte,
                               [](const Token& t, uint32_t at) { return t.span.start < at; });
    return static_cast<uint32_t>(it - tokens.begin());
  }
  // The entity of the country with ISO code `code` (a location placed as a country: "Israel"
  // for IL), or -1 (stages after places).
  int country_entity(std::string_view code) const {
    for (std::size_t e = 0; e < entities.size(); ++e) {
      const Entity& c = entities[e];
      if (c.type == "location" && c.has_place && c.place.kind == "country" && c.place.country == code)
        return static_cast<int>(e);
    }
    return -1;
  }
  // For every token, the entity whose mention covers it, or -1 (stages after entities).
  // An unnamed source's words keep the names inside them ("a Hamas official": Hamas).
  std::vector<int> token_entities() const {
    std::vector<int> out(tokens.size(), -1);
    for (std::size_t e = 0; e < entities.size(); ++e) {
      for (const Span& m : entities[e].mentions) {
        for (uint32_t t = token_at(m.start); t < tokens.size() && tokens[t].span.end <= m.end; ++t) {
          if (entities[e].unnamed && out[t] >= 0) continue;
          out[t] = static_cast<int>(e);
        }
      }
    }
    return out;
  }
};

}  // namespace nf
