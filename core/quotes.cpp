#include "quotes.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "lexicon.h"
#include "token_view.h"
#include "unicode.h"

namespace nf {

namespace {

constexpr uint32_t kMaxSpeakerTokens = 14;  // a subject longer than this is not looked for
constexpr uint32_t kMaxMediumTokens = 6;

bool double_quote(std::string_view s) {
  return s == "\"" || s == "\xE2\x80\x9C" || s == "\xE2\x80\x9D" || s == "\xE2\x80\x9E" || s == "\xC2\xAB" ||
         s == "\xC2\xBB";
}

// A quotation: tokens [open + 1, close) inside double marks; `close` is the paragraph's
// end when the quotation runs on into the next paragraph.
struct Segment {
  uint32_t open = 0, close = 0;
  bool runs_on = false;      // no closing mark in its paragraph
  bool continues = false;    // opens a paragraph after one that ran on
};

// A speech cue in a sentence: the verb (or "according to") and who it gives.
struct Cue {
  uint32_t first = 0, end = 0;         // the cue's tokens
  uint32_t speaker_first = 0, speaker_end = 0;  // empty: none found
  std::string speaker;                 // the entity id those words name, or empty
  uint32_t content_first = 0, content_end = 0;  // reported content; empty: none
  uint32_t medium_first = 0, medium_end = 0;
  uint32_t medium_lead = 0;            // the preposition before the medium ("in a statement")
  bool inverted = false;               // "..., said Lazzarini"
  bool embedded = false;               // the cue's clause follows a comma (", where X said ...,")
  bool naming = false;                 // "described the area as", "labelled him": no reported clause
  bool signoff = false;                // after a quotation: "“...,” Ribeiro told reporters"
  bool according = false;              // "according to X"
  bool finding = false;                // "a scan has shown ...": a finding, no speaker of quotations after it
  bool bare_thought = false;           // a thought verb with no clause ("forces maintained their positions")
};

class QuoteFinder {
 public:
  explicit QuoteFinder(Document& doc)
      : doc_(doc), entity_of_(doc.token_entities()), in_time_(doc.tokens.size(), 0) {}

  void run() {
    for (const Time& tm : doc_.times) {
      for (uint32_t t = doc_.token_at(tm.span.start); t < doc_.tokens.size() && doc_.tokens[t].span.end <= tm.span.end; ++t) {
        in_time_[t] = 1;
      }
    }
    find_segments();
    inside_.assign(doc_.tokens.size(), 0);
    for (const Segment& s : segments_) {
      for (uint32_t t = s.open; t < s.close && t < doc_.tokens.size(); ++t) inside_[t] = 1;
    }
    // the last person "he" can name, the last "she" can name, and the last organisation or
    // group, named outside quotation marks before each token: what "he", "she" and "they"
    // name, in one pass (no scan back per pronoun). A person whose first name is 95% one
    // sex (data/gaz_first_name_sex.txt), or who is titled Mr., Mrs., Ms. or Miss, is no "he"
    // or no "she"; any other person is both.
    // EXAMPLE: "Mary Smith met John Brown. ... she said" -> Mary Smith, not John Brown;
    //          "Ms. Pugh met Mr. Vance. ... she said" -> Pugh.
    last_he_.assign(doc_.tokens.size() + 1, -1);
    last_she_.assign(doc_.tokens.size() + 1, -1);
    last_org_.assign(doc_.tokens.size() + 1, -1);
    std::vector<char> sex(doc_.entities.size(), 0);
    for (std::size_t x = 0; x < doc_.entities.size(); ++x) {
      const std::string& name = doc_.entities[x].name;
      if (doc_.entities[x].type != "person" || doc_.entities[x].unnamed) continue;
      const int k = kGazFirstNameSex.find(std::string_view(name).substr(0, name.find(' ')));
      if (k >= 0 && name.find(' ') != std::string::npos) sex[x] = kGazFirstNameSex.canonical(k)[0];
      for (const std::string& title : doc_.entities[x].titles) {
        const std::string_view t = std::string_view(title).substr(0, title.find('.'));
        if (t == "Mr") sex[x] = 'M';
        else if (t == "Mrs" || t == "Ms" || t == "Miss") sex[x] = 'F';
      }
    }
    for (uint32_t t = 0; t < doc_.tokens.size(); ++t) {
      last_he_[t + 1] = last_he_[t];
      last_she_[t + 1] = last_she_[t];
      last_org_[t + 1] = last_org_[t];
      const int x = entity_of_[t];
      if (x < 0 || inside_[t]) continue;
      const std::string& type = doc_.entities[static_cast<std::size_t>(x)].type;
      if (type == "person") {
        if (sex[x] != 'F') last_he_[t + 1] = x;
        if (sex[x] != 'M') last_she_[t + 1] = x;
      } else if (type == "organization" || type == "group") {
        last_org_[t + 1] = x;
      }
    }
    // EXAMPLE: "Australian woman claims Church of Scientology imprisoned her for twelve
    // years" (a headline): the headline's cues, as a sentence's
    const Article& a = doc_.article;
    if (a.headline_end_token > a.headline_first_token) find_cues(a.headline_first_token, a.headline_end_token);
    for (const Sentence& s : doc_.sentences) find_cues(s.first_token, s.end_token);
    // A speaker's words start after the wire dateline: "SAN FRANCISCO, Feb 6 (Reuters) - Nexora
    // Inc said" names Nexora Inc, not the agency of the credit.
    if (a.has_dateline && !a.dateline.span.empty()) {
      const uint32_t after = doc_.token_at(a.dateline.span.end);
      for (Cue& c : cues_) {
        if (c.speaker_first < after && c.speaker_end > after) c.speaker_first = after;
      }
    }
    // speakers in text order, so "the official" finds the "Hamas official" before it
    for (Cue& c : cues_) c.speaker = speaker_entity(c.speaker_first, c.speaker_end);
    attribute();
    transcript_turns();
    // Reported content that opens the first paragraph starts after the wire dateline in
    // it: "KYIV, Ukraine (AP) — A Russian drone attack ... killed five, officials said" says
    // "A Russian drone attack ...", not the dateline.
    // EXAMPLE: "KYIV (AP) — Drones hit the city, officials said." -> "Drones hit the city"
    const Article& art = doc_.article;
    if (art.has_dateline && !art.dateline.span.empty()) {
      const uint32_t after = art.dateline.span.end;
      for (Quote& q : doc_.quotes) {
        if (q.span.start >= after || q.span.end <= after) continue;
        uint32_t start = after;
        while (start < q.span.end && (doc_.text[start] == ' ' || doc_.text[start] == '\t')) ++start;
        if (start < q.span.end) q.span.start = start;
      }
    }
    // EXAMPLE: 'goodbye, "Microsoft says on" The Countdown ".': marks around a stop quote
    // no words; no quote without a letter or a digit
    std::erase_if(doc_.quotes, [&](const Quote& q) {
      const std::string_view v = std::string_view(doc_.view).substr(q.span.start, q.span.end - q.span.start);
      for (std::size_t i = 0; i < v.size();) {
        int len;
        const uint32_t c = decode_at(v, i, len);
        if (is_letter(c) || is_digit(c)) return false;
        i += len;
      }
      return true;
    });
    // stable: quotes of one start keep the order they were found in, the same with every
    // standard library (std::sort's order of ties differs between libstdc++ and libc++,
    // which made the wasm build differ from the native one)
    std::stable_sort(doc_.quotes.begin(), doc_.quotes.end(),
                     [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
  }

 private:
  Document& doc_;
  std::vector<int> entity_of_;
  std::vector<uint8_t> in_time_, inside_;
  std::vector<int> last_he_, last_she_, last_org_;  // [t]: the entity named last before token t
  std::vector<Segment> segments_;
  std::vector<Cue> cues_;
  std::vector<Quote> passives_;  // attributions with no source ("she was told to ...")
  std::vector<std::string> folded_;  // each segment's folded words, made at the first pull quote
  int pull_quotes_checked_ = 0;
  std::string folded_text_;  // the document's letters and digits, made at the first such check
  std::vector<std::size_t> unnamed_;  // the unnamed sources' entities, in order found
  std::map<std::pair<uint32_t, uint32_t>, std::string> unnamed_by_span_;
  std::map<std::string, int, std::less<>> unnamed_by_head_, unnamed_by_name_;  // lower-case head / words -> entity

  std::string_view word(uint32_t t) const { return doc_.vslice(doc_.tokens[t].span); }
  bool is(uint32_t t, std::string_view w) const { return t < doc_.tokens.size() && word(t) == w; }
  bool punct(uint32_t t) const { return doc_.tokens[t].kind == TokenKind::Punct; }
  bool capitalised(uint32_t t) const { return doc_.tokens[t].flags & kCapitalized; }
  // The token's text with ASCII upper case folded (a view of Document::lower).
  std::string_view lower(uint32_t t) const { return doc_.lslice(doc_.tokens[t].span); }
  bool possessive(uint32_t t) const { return is(t, "'s") || is(t, "\xE2\x80\x99s"); }
  // A double quotation mark, or one of two straight single marks with nothing between them
  // (wire text's closing mark: '..., \'\' Robinson said.').
  bool dmark(uint32_t t) const {
    if (double_quote(word(t))) return true;
    if (!is(t, "'")) return false;
    return (t + 1 < doc_.tokens.size() && is(t + 1, "'") && !doc_.tokens[t + 1].space_before) ||
           (t > 0 && is(t - 1, "'") && !doc_.tokens[t].space_before);
  }

  Span span(uint32_t first, uint32_t end) const {
    return Span{doc_.tokens[first].span.start, doc_.tokens[end - 1].span.end};
  }

  // Double quotation marks paired within each paragraph (single marks inside them are
  // quotes within the quote); an opening mark left open at the paragraph's end runs on.
  //
  // A quotation over several lines whose lines do not each open with a mark (a post
  // quoted line by line: "Cool clock, Ahmed. / Want to bring it ...? / ... great."):
  // after a paragraph that ran on, a paragraph whose first mark closes is the end of the
  // quotation, and paragraphs with no mark before such a one (at most 4) are inside it.
  void find_segments() {
    bool ran_on = false;
    const auto first_mark_closes = [&](const Paragraph& p) {
      for (uint32_t t = p.first_token; t < p.end_token; ++t) {
        if (punct(t) && double_quote(word(t))) {
          return (!(doc_.tokens[t].flags & kOpenQuote) && (doc_.tokens[t].flags & kCloseQuote)) || misturned(t, p);
        }
      }
      return false;
    };
    const auto has_mark = [&](const Paragraph& p) {
      for (uint32_t t = p.first_token; t < p.end_token; ++t) {
        if (punct(t) && double_quote(word(t))) return true;
      }
      return false;
    };
    for (std::size_t pi = 0; pi < doc_.paragraphs.size(); ++pi) {
      const Paragraph& p = doc_.paragraphs[pi];
      bool open = false;
      uint32_t at = 0;
      bool first_in_paragraph = true;
      if (ran_on && p.end_token > p.first_token && !has_mark(p)) {
        bool closes_later = false;
        for (std::size_t k = pi + 1; k < doc_.paragraphs.size() && k <= pi + 4 && !closes_later; ++k) {
          if (first_mark_closes(doc_.paragraphs[k])) closes_later = true;
          else if (has_mark(doc_.paragraphs[k])) break;
        }
        if (closes_later) {
          segments_.push_back({p.first_token, p.end_token, true, true});
          continue;  // still running on
        }
        // EXAMPLE: "Gregoire said, “The Museum of Flight ... choose them. / As the home of
        // ... / In 2008, Endeavour and Atlantis await ... / Image: NASA. / “However, the
        // full fuselage trainer ...”": paragraphs with no mark before one that opens with a
        // mark (within 4) are inside the quotation, except a credit line ("Image: NASA.",
        // data/quote_cues.txt role credit) and the caption right before it, which were
        // pasted in; with no paragraph resuming the quotation, it ended
        bool resumes = false;
        for (std::size_t k = pi + 1; k < doc_.paragraphs.size() && k <= pi + 4 && !resumes; ++k) {
          const Paragraph& q = doc_.paragraphs[k];
          if (q.end_token > q.first_token && punct(q.first_token) && double_quote(word(q.first_token)) &&
              (doc_.tokens[q.first_token].flags & kOpenQuote)) {
            resumes = true;
          } else if (has_mark(q)) {
            break;
          }
        }
        if (resumes) {
          const bool caption = credit_line(p) || (pi + 1 < doc_.paragraphs.size() && credit_line(doc_.paragraphs[pi + 1]));
          if (!caption) segments_.push_back({p.first_token, p.end_token, true, true});
          continue;  // still running on
        }
      }
      if (ran_on && first_mark_closes(p)) {
        open = true;  // the quotation that ran on ends here
        at = p.first_token - 1;
      }
      for (uint32_t t = p.first_token; t < p.end_token; ++t) {
        // EXAMPLE: '" All hell broke loose, \'\' Smith said.': two straight single marks with
        // nothing between them close a double quotation (wire text's closing mark), and
        // open one when none is open ('\'\' Every morning ..., \'\' Afshari told me.')
        const bool pair = t + 1 < p.end_token && is(t, "'") && is(t + 1, "'") && !doc_.tokens[t + 1].space_before;
        if (pair && !open && (t == p.first_token || doc_.tokens[t].space_before) && t + 2 < p.end_token) {
          open = true;
          at = ++t;
          continue;
        }
        if (open && t > at + 1 && pair) {
          segments_.push_back({at + 1, t, false, first_in_paragraph && ran_on && (at == p.first_token || at + 1 == p.first_token)});
          open = false;
          first_in_paragraph = false;
          ++t;
          continue;
        }
        if (!punct(t) || !double_quote(word(t))) continue;
        const uint16_t f = doc_.tokens[t].flags;
        // EXAMPLE: 'Wilkins said," [Warhol] liked the way ..."': a straight mark with no
        // space before it, after a speech verb and its comma, and a space after it opens
        // the quotation when none is open (in '"It is safe," he said' it closes one)
        const bool opens_after_cue = !open && (f & kAmbiguousQuote) && t > p.first_token + 1 && t + 1 < p.end_token &&
                                     (is(t - 1, ",") || is(t - 1, ":")) && doc_.tokens[t + 1].space_before &&
                                     (kSpeechVerbs.contains(word(t - 2)) || quote_cue(t - 2) == "thought");
        // EXAMPLE: 'Clinton says Bush " should, and probably will, pick up " those names.',
        // '" They are targetting ambulances ", " American snipers ..."' (text pasted from a
        // tokenised source): a straight mark with a space before it and no word right after
        // it closes the quotation open before it (the tokeniser calls such a mark opening;
        // '"We will," he said, "fight on."' opens its second part: a word follows the mark)
        const bool spaced_close = open && (f & kAmbiguousQuote) && doc_.tokens[t].space_before && t + 1 < p.end_token &&
                                  (doc_.tokens[t + 1].space_before || (punct(t + 1) && !double_quote(word(t + 1)))) &&
                                  t > at + 1;
        if (!open && ((f & kOpenQuote) || opens_after_cue)) {
          open = true;
          at = t;
        } else if (open && ((f & kCloseQuote) || spaced_close || (t > at + 2 && misturned(t, p)))) {
          if (t > at + 1) {
            segments_.push_back({at + 1, t, false, first_in_paragraph && ran_on && (at == p.first_token || at + 1 == p.first_token)});
          }
          open = false;
          first_in_paragraph = false;
        }
      }
      const bool runs_on = open && at + 1 < p.end_token;
      if (runs_on) segments_.push_back({at + 1, p.end_token, true, ran_on && at == p.first_token});
      ran_on = runs_on;
    }
  }

  // EXAMPLE: '“I’m convinced tankers are the key to global reach, “Caughlin said.': a mark
  // turned as an opening one right after a comma or a stop, a speech verb within three
  // words after it, closes the quotation open before it ('He said, “We will ...' has no
  // verb after its mark)
  bool misturned(uint32_t t, const Paragraph& p) const {
    const uint16_t f = doc_.tokens[t].flags;
    if (!(f & kOpenQuote) || (f & kCloseQuote) || t <= p.first_token || t + 2 >= p.end_token) return false;
    const std::string_view b = word(t - 1);
    // 'shirts that said, "Poet says We Know"': after a cue and its comma the mark opens
    if (t >= p.first_token + 2 && (kSpeechVerbs.contains(word(t - 2)) || !quote_cue(t - 2).empty())) return false;
    return (b == "," || b == "." || b == "?" || b == "!") && verb_after(t, p.end_token);
  }

  // A cue of several words at c of the role (data/quote_cues.txt; phrase: "pointed out",
  // "came to the conclusion"; according: "according to", "in the words of"): how many
  // words, or 0.
  struct PhraseCues {
    uint32_t according = 0, phrase = 0, introduces = 0;  // words of the longest of each role
  };
  PhraseCues phrase_cues(uint32_t c, uint32_t e) const {
    PhraseCues out;
    if (!kQuoteCues.may_continue(lower(c))) return out;  // most words start no such cue
    std::string cand(lower(c));
    for (uint32_t k = c + 1; k < e && k < c + 5 && !punct(k) && kQuoteCues.may_continue(cand); ++k) {
      cand += ' ';
      cand += lower(k);
      const int idx = kQuoteCues.find(cand);
      if (idx < 0) continue;
      const std::string_view role = kQuoteCues.canonical(idx);
      uint32_t* n = role == "according" ? &out.according : role == "phrase" ? &out.phrase
                  : role == "introduces" ? &out.introduces : nullptr;
      if (n) *n = k - c + 1;
    }
    return out;
  }

  // A name (an entity other than a place) that opens sentence [b, c) as the cue's speaker.
  void opening_name(uint32_t b, uint32_t c, Cue& cue) const {
    const int x = entity_of_[b];
    if (x < 0 || doc_.entities[static_cast<std::size_t>(x)].type == "location") return;
    uint32_t k = b;
    while (k < c && entity_of_[k] == x) ++k;
    cue.speaker_first = b;
    cue.speaker_end = k;
  }

  // After a pull quote's closing mark, up to the paragraph's end e: a dash and a name, or
  // a capitalised phrase up to a comma, with no verb; [f, x) the name.
  bool pull_quote_signoff(uint32_t t, uint32_t e, uint32_t& f, uint32_t& x) const {
    if (t < e && is(t, ".")) ++t;
    bool dash = false;
    if (t < e && (is(t, "-") || is(t, "\xE2\x80\x93") || is(t, "\xE2\x80\x94"))) {
      dash = true;
      ++t;
    }
    if (t >= e || !capitalised(t) || inside_[t]) return false;
    f = x = t;
    while (x < e && !punct(x) && x - f < 6) {
      const std::string_view r = quote_cue(x);
      if (kSpeechVerbs.contains(word(x)) || r == "clause" || r == "perfect" || r == "thought" || r == "modal") return false;
      ++x;
    }
    if (x >= e || (x + 1 == e && punct(x))) return dash || x - f >= 2;  // "- Matthew Ingram", "Matthew Ingram"
    return is(x, ",") && (dash || x - f >= 2);  // "Anonymous blogger, “...”"
  }

  // EXAMPLE: "A spokeswoman for the ministry declined to comment, saying only that ...":
  // the words that open the sentence, up to its first verb (a clause word or a lower-case
  // word in -ed, within 8 words), are the subject ("In the end it ..." has none: a
  // preposition opens it)
  void opening_subject(uint32_t b, uint32_t c, Cue& cue) const {
    if (!(capitalised(b) || quote_cue(b) == "determiner") || quote_cue(b) == "function") return;
    for (uint32_t k = b + 1; k < c && k < b + 8; ++k) {
      if (punct(k) || inside_[k]) return;
      const std::string_view r = quote_cue(k);
      const std::string_view w = word(k);
      const bool verb = r == "clause" || r == "perfect" || r == "modal" || kSpeechVerbs.contains(w) ||
                        (past_ed(k) &&
                         quote_cue(k - 1) != "determiner");
      if (verb) {
        cue.speaker_first = b;
        cue.speaker_end = k;
        return;
      }
    }
  }

  // A speech verb within three words after a quotation's closing mark at t.
  bool verb_after(uint32_t t, uint32_t e) const {
    for (uint32_t k = t + 1; k < e && k <= t + 3; ++k) {
      const std::string_view r = quote_cue(k);
      if (kSpeechVerbs.contains(word(k)) || r == "thought" || r == "introduces" || kNamingVerbs.contains(word(k))) return true;
    }
    return false;
  }

  // "Image: NASA.", "Video: Miharris & Acphillips.": a paragraph that credits a picture.
  bool credit_line(const Paragraph& p) const {
    return p.end_token > p.first_token + 2 && quote_cue(p.first_token) == "credit" && is(p.first_token + 1, ":");
  }

  // The speech cues of sentence [b, e) outside quotation marks, with their speakers.
  void find_cues(uint32_t b, uint32_t e) {
    // EXAMPLE: "As stated, the decision is the prerogative of the ECB ...": "As" and a speech
    // verb's participle and a comma open a sentence that reports the rest with no source
    // ("As expected, the plan failed": no speech verb; "As reported by Reuters, ..." has no
    // comma after the verb)
    if (e > b + 6 && lower(b) == "as" && is(b + 2, ",") && !inside_[b + 1] && !capitalised(b + 1) &&
        (kSpeechVerbs.contains(word(b + 1)) || quote_cue(b + 1) == "thought") && !inside_[b + 3] && !punct(b + 3)) {
      uint32_t end = e;
      while (end > b + 3 && punct(end - 1) && !dmark(end - 1)) --end;
      if (end > b + 6) {
        Quote q;
        q.span = span(b + 3, end);
        q.kind = "indirect";
        q.cue_span = span(b, b + 2);
        q.cue = lower_ascii(doc_.text.substr(q.cue_span.start, q.cue_span.end - q.cue_span.start));
        passives_.push_back(std::move(q));
      }
    }
    for (uint32_t c = b; c < e; ++c) {
      if (inside_[c] || doc_.tokens[c].kind != TokenKind::Word) continue;
      const std::string_view w = word(c);
      // "according to", "in the words of" (data/quote_cues.txt role according): the source
      // after them
      const PhraseCues phrases = phrase_cues(c, e);
      const uint32_t source_lead = phrases.according;
      const bool according = source_lead > 0 && c + source_lead < e;
      // EXAMPLE: 'Said the mayor: "We will rebuild."', 'Added Smith, "..."': a speech verb
      // that opens the sentence, its speaker after it, then a colon or comma and a
      // quotation mark, introduces that quotation ("Said to be ..." has no such speaker)
      if (!according && c == b && capitalised(c) && c + 3 < e && kSpeechVerbs.contains(lower(c)) && !punct(c + 1) &&
          !inside_[c + 1]) {
        uint32_t f = 0, x = 0;
        noun_phrase_after(c + 1, e, f, x);
        if (f == c + 1 && x > f && x <= f + 6 && x + 1 < e && (is(x, ":") || is(x, ",")) && punct(x + 1) && dmark(x + 1) &&
            x + 2 < e && inside_[x + 2] && (names_source(f, x) || capitalised_words(f, x))) {
          Cue cue;
          cue.first = c;
          cue.end = c + 1;
          cue.speaker_first = f;
          cue.speaker_end = x;
          cue.inverted = true;
          cue.naming = true;  // it reports no clause of its own
          cues_.push_back(cue);
          continue;
        }
      }
      // cues are lower-case words (a participle may open the sentence: "Citing ...")
      if (!according && (w.size() < 3 || w[0] < 'a' || w[0] > 'z') && !(c == b && capitalised(c) && quote_cue(c) == "participle")) continue;
      const std::string_view role = according ? std::string_view() : quote_cue(c);
      uint32_t phrase = according ? 0 : phrases.phrase;
      // EXAMPLE: "Human Rights Watch called on the government to release ...": "called on"
      // is an appeal only with "to" after its object ("called on the family yesterday")
      if (phrase == 2 && is(c + 1, "on")) {
        bool to = false;
        for (uint32_t k = c + 2; k < e && k < c + 10 && !punct(k) && !to; ++k) to = is(k, "to");
        if (!to) continue;
      }
      const uint32_t intro_phrase = according ? 0 : phrases.introduces;  // "put it"
      const bool introduces = role == "introduces" || intro_phrase > 0;
      Cue cue;
      const bool speech = kSpeechVerbs.contains(w);  // looked up once for the tests below
      // A passive or thought verb in the passive reports with "to", "of", "with" or "that"
      // after it; any speech or finding verb with "that" only.
      // EXAMPLE: "It has been emphasised that we can not continue ...", "it was shown that"
      const bool passive_role = role == "passive" || role == "thought";
      if ((passive_role || role == "finding" || speech) && passive_attribution(c, b, e, !passive_role)) continue;
      if (according) {
        cue.first = c;
        cue.end = c + source_lead;
        cue.according = true;
        noun_phrase_after(cue.end, e, cue.speaker_first, cue.speaker_end);
        cue.inverted = true;
        according_content(cue, b, e);
        // "According to Rathbun the Scientology property ... was returned": no comma; a
        // name and then a determiner or pronoun that opens the reported clause
        // EXAMPLE: "According to the Saudi Interior Ministry over 345 pilgrims have been
        // killed": a determiner before the name; a number or a qualifier and a number opens
        // the clause too ("According to the Saudi Interior Ministry officials ..." has none)
        const uint32_t name = cue.end + 1 < e && quote_cue(cue.end) == "determiner" && entity_of_[cue.end + 1] >= 0 ? cue.end + 1 : cue.end;
        if (cue.content_end <= cue.content_first && (c == b || (c == b + 1 && punct(b))) && entity_of_[name] >= 0) {
          uint32_t k = name;
          while (k < e && entity_of_[k] == entity_of_[name]) ++k;
          if (k + 3 < e && !capitalised(k) && (opens_clause(k) || opens_quantity(k, e))) {
            cue.speaker_end = k;
            uint32_t end = e;
            while (end > k && punct(end - 1) && !dmark(end - 1)) --end;
            cue.content_first = k;
            cue.content_end = end;
          }
        }
      } else if (role == "participle" && c == b && capitalised(c)) {
        // EXAMPLE: "Citing privacy rules, U.S. officials declined to say more": a participle
        // that opens the sentence reports the words up to its comma, and the subject after
        // the comma speaks ("Saying goodbye, she left" has too few words: nothing)
        uint32_t k = c + 1;
        while (k < e && k < c + 16 && !punct(k) && !inside_[k]) ++k;
        if (k >= e || !is(k, ",") || k < c + 3) continue;
        // "Writing in a blog post, Matthew Ingram dubbed ...": a preposition opens where it
        // was said, no content
        const std::string_view p1 = lower(c + 1);
        if (p1 == "in" || p1 == "on" || p1 == "at" || p1 == "to" || p1 == "for" || p1 == "with" || p1 == "from" ||
            p1 == "about" || p1 == "after" || p1 == "during") {
          continue;
        }
        Cue subject;
        opening_subject(k + 1, e, subject);
        if (subject.speaker_end <= subject.speaker_first) continue;
        cue.first = c;
        cue.end = c + 1;
        cue.speaker_first = subject.speaker_first;
        cue.speaker_end = subject.speaker_end;
        cue.content_first = c + 1;
        cue.content_end = k;
      } else if (role == "participle" && c > b + 1 && (is(c - 1, ",") || (c > b + 2 && lower(c - 1) == "while" && is(c - 2, ",")))) {
        // "the mayor said, adding that ...": the speaker of the cue before in the
        // sentence, else a name that opens the sentence
        // EXAMPLE: "He stressed the need to ..., while noting the importance of ...": "while"
        // between the comma and the participle
        cue.first = c;
        cue.end = c + 1;
        if (const Cue* prior = previous_cue(b, c)) {
          cue.speaker_first = prior->speaker_first;
          cue.speaker_end = prior->speaker_end;
        }
        if (cue.speaker_end <= cue.speaker_first) opening_name(b, c, cue);
        if (cue.speaker_end <= cue.speaker_first) opening_subject(b, c, cue);
        if (cue.speaker_end <= cue.speaker_first) continue;
        reported_content(cue, e);
      } else if (role == "participle" && c > b && introduces_speech(c + 1, e)) {
        // "with one poster writing “How can ...”", "a message stating, “...”": the noun
        // phrase right before is the speaker
        uint32_t k = c;
        while (k > b && c - k < 5 && doc_.tokens[k - 1].kind == TokenKind::Word && !inside_[k - 1] &&
               quote_cue(k - 1) != "clause" && quote_cue(k - 1) != "perfect" && !is(k - 1, "with") &&
               !is(k - 1, "that") && !is(k - 1, "get") && !is(k - 1, "gets") && !is(k - 1, "got")) {
          --k;
        }
        if (k == c || (c - k >= 5 && k > b && !punct(k - 1))) continue;  // no phrase, or no boundary found
        cue.first = c;
        cue.end = c + 1;
        cue.speaker_first = k;
        cue.speaker_end = c;
        if (is(c + 1, "that")) reported_content(cue, e);
      } else if (role == "statement") {
        // EXAMPLE: "U.S. Senator John Cornyn, Republican from Texas, issued a statement
        // regarding ...": a statement (a medium of data/quote_media.txt) issued by the
        // subject; it reports no clause itself, it introduces a quotation ("The storm
        // issued a warning" is no cue: no medium word)
        uint32_t k = c + 1;
        if (!(k < e && quote_cue(k) == "determiner")) continue;
        ++k;
        while (k < e && k < c + 5 && !punct(k) && !kQuoteMedia.contains(word(k))) ++k;
        if (!(k < e && kQuoteMedia.contains(word(k)))) continue;
        cue.first = c;
        cue.end = c + 1;
        if (c > b && (is(c - 1, "not") || is(c - 1, "never"))) continue;
        subject_or_inverted(cue, b, e);
        if (cue.inverted || cue.speaker_end <= cue.speaker_first) continue;
        cue.medium_first = c + 2;
        cue.medium_end = k + 1;
      } else if (phrase > 0 || role == "thought" || role == "finding" || introduces || speech ||
                 kNamingVerbs.contains(w) || naming_called(c, b, e) || role == "frame" || role == "ranking" ||
                 role == "plural") {
        // "an estimated cost", "the reported attack": an adjective, not a cue
        if (c > b && quote_cue(c - 1) == "determiner") continue;
        // EXAMPLE: "a company who's stated goals include", "the company's stated goals": after
        // "'s" and before a plain noun, an adjective ("he's said that" has no noun after it)
        if (c > b && c + 1 < e && possessive(c - 1) && plain_noun(c + 1) && !is(c + 1, "that")) continue;
        // EXAMPLE: "punish agents found to have engaged in unethical behaviour": a participle
        // after a noun, "to have" or "to be" after it, is a passive that describes the noun
        // ("He said to be careful" has a pronoun before it)
        if (c > b && c + 2 < e && lower(c + 1) == "to" && (lower(c + 2) == "have" || lower(c + 2) == "be") &&
            plain_noun(c - 1) && !kSpeechVerbs.contains(word(c - 1))) {
          continue;
        }
        // "publicly disclosed information", "widely reported clashes": an adverb in -ly and
        // a plain noun after it make the participle an adjective ("publicly announced that",
        // "officially confirmed the deaths" stay cues)
        // EXAMPLE: "Smith repeatedly denied wrongdoing": a name or noun before the adverb is
        // the verb's subject ("the widely reported clashes" has a determiner there)
        if (c > b && c + 1 < e && adverb_ly(c - 1) && plain_noun(c + 1) && !subject_before_adverb(c - 1, b)) continue;
        // "by a user labelled “Anonymous”": a naming participle after its noun, the label
        // right after it, names the noun; nobody speaks
        if (kNamingVerbs.contains(w) && c > b + 1 && c + 1 < e && punct(c + 1) && dmark(c + 1) &&
            plain_noun(c - 1) && quote_cue(c - 2) == "determiner") {
          continue;
        }
        // EXAMPLE: "a public process to suggest designs": an infinitive is no statement made
        // ("according to" is read before; "said to" is a passive); "in hopes", "of reports":
        // after a preposition the word is a noun ("that said" stays a cue)
        if (c > b && lower(c - 1) == "to") continue;
        // EXAMPLE: "widespread fear has gripped the city": a thought verb's form right
        // before an auxiliary is a noun, the subject
        // ("Experts fear the virus could spread" has the clause's subject between)
        if (role == "thought" && c + 1 < e &&
            (quote_cue(c + 1) == "clause" || quote_cue(c + 1) == "perfect" || quote_cue(c + 1) == "modal")) {
          continue;
        }
        // EXAMPLE: "Recent reports have revealed that ...": a verb form followed by an
        // auxiliary is the subject's noun ("reports"), the verb comes after it ("Reports
        // said the plan had failed" keeps "said")
        if (c + 1 < e && c > b && !kSpeechVerbs.contains(word(c - 1)) &&
            (quote_cue(c + 1) == "perfect" || quote_cue(c + 1) == "clause" || quote_cue(c + 1) == "modal") &&
            c + 2 < e && (kSpeechVerbs.contains(word(c + 2)) || quote_cue(c + 2) == "thought" || adverb_ly(c + 2))) {
          continue;
        }
        if (c > b) {
          const std::string_view prev = lower(c - 1);
          if (is_preposition(prev) || (after_preposition(prev) && !ing(c))) {
            continue;
          }
          // EXAMPLE: "after repeated requests from Colombo", "amid unconfirmed reports": a
          // preposition and an adjective in -ed before the word make it a noun ("officials
          // who were injured said" has no preposition there)
          if (c > b + 1 && past_ed(c - 1) && !ing(c) && (is_preposition(lower(c - 2)) || after_preposition(lower(c - 2)))) continue;
        }
        // "officials have not said why ...", "does not claim to belong": nothing reported
        if (c > b && (is(c - 1, "not") || is(c - 1, "never") || is(c - 1, "n't") || is(c - 1, "n\xE2\x80\x99t"))) {
          continue;
        }
        // EXAMPLE: "A spokesman, who asked not to be named, said ...": a request not to be
        // named reports nothing ("warned not to travel" has no "be")
        if (c + 3 < e && is(c + 1, "not") && lower(c + 2) == "to" && lower(c + 3) == "be") continue;
        cue.first = c;
        cue.end = c + std::max<uint32_t>({phrase, intro_phrase, 1});
        subject_or_inverted(cue, b, e);
        // EXAMPLE: "He resigned after saying the plan had failed.": a participle after a
        // preposition takes the subject of the clause it hangs from, not the words back to
        // the sentence's start ("He resigned after")
        if (ing(c) && c > b + 1 && cue.speaker_end > cue.speaker_first && cue.speaker_first < c - 1 &&
            cue.speaker_end >= c - 1 && adjunct_preposition(lower(c - 1))) {
          Cue head = cue;
          head.speaker_first = head.speaker_end = 0;
          opening_name(b, c - 1, head);
          const std::string_view p0 = lower(b);
          if (head.speaker_end <= head.speaker_first && b + 2 < c &&
              (p0 == "he" || p0 == "she" || p0 == "they" || p0 == "we" || p0 == "i" || p0 == "it") && !punct(b + 1)) {
            head.speaker_first = b;
            head.speaker_end = b + 1;
          }
          if (head.speaker_end <= head.speaker_first) opening_subject(b, c - 1, head);
          if (head.speaker_end > head.speaker_first) {
            cue.speaker_first = head.speaker_first;
            cue.speaker_end = head.speaker_end;
          } else {
            cue.speaker_end = c - 1;  // at least not the preposition
          }
        }
        // "Posts ... theorized that ..., and wrote that ...": a verb after "and" shares
        // the subject of the cue before it in the sentence, else a name that opens the
        // sentence
        // EXAMPLE: "Montalvo had known Devocht personally, and came to the conclusion
        // that ...": Montalvo ("The bridge had known traffic, and came to ..." has none)
        // EXAMPLE: "The minister denied the charges and said he would appeal", "..., but
        // said it was not her problem": the subject is the first clause's, not the words
        // back to the sentence's start ("The minister denied the charges")
        const bool coordinated = c > b + 1 && (is(c - 1, "and") || is(c - 1, "but"));
        if (coordinated && (cue.speaker_end <= cue.speaker_first || cue.speaker_end == c - 1 ||
                            (cue.speaker_end == c - 2 && is(c - 2, ",")) || is(c - 1, "but"))) {
          Cue shared = cue;
          shared.speaker_first = shared.speaker_end = 0;
          uint32_t qf = 0, qx = 0;
          if (quoted_clause_subject(b, c, qf, qx)) {
            shared.speaker_first = qf;
            shared.speaker_end = qx;
          } else if (const Cue* prior = previous_cue(b, c)) {
            shared.speaker_first = prior->speaker_first;
            shared.speaker_end = prior->speaker_end;
          } else {
            opening_name(b, c, shared);
            if (shared.speaker_end <= shared.speaker_first && cue.speaker_end > cue.speaker_first) opening_subject(b, c, shared);
          }
          if (shared.speaker_end > shared.speaker_first || cue.speaker_end <= cue.speaker_first) {
            cue.speaker_first = shared.speaker_first;
            cue.speaker_end = shared.speaker_end;
          }
        }
        if (cue.speaker_end <= cue.speaker_first) continue;
        if (role == "plural" && !plural_subject(cue, e)) continue;
        // EXAMPLE: "cruise lines charge you more to sail alone", "they charge $15 an hour": an
        // object pronoun (not before "that") or an amount after a plural cue makes it no
        // report ("Critics charge that ...", "officials warn them that ..." report)
        if (role == "plural" && cue.end + 1 < e) {
          const std::string_view o = lower(cue.end);
          if (((o == "you" || o == "me" || o == "us" || o == "them" || o == "him" || o == "her") && !is(cue.end + 1, "that")) ||
              doc_.tokens[cue.end].kind != TokenKind::Word) {
            continue;
          }
        }
        // EXAMPLE: 'He continued, "We will not stop."', '"...," he continued.': next to a
        // quotation only ("The festival continues a tradition" is no cue)
        if (introduces) {
          if (!cue.signoff && !cue.inverted && !introduces_speech(cue.end, e)) continue;
          cue.naming = true;  // it reports no clause of its own
          cues_.push_back(cue);
          continue;
        }
        medium(cue, e);
        cue.naming = kNamingVerbs.contains(w) || naming_called(c, b, e) || role == "frame" || role == "ranking";
        // "the Church denied these allegations: / She certainly wasn't ...": the statement
        // after the colon, and the object before it as the cue's own content
        bool statement = false;
        if (!cue.signoff) {
          Cue st = cue;
          statement = statement_after(st);
          if (statement) cues_.push_back(st);
          if (statement && is(cue.end, ":")) continue;
        }
        if (!cue.inverted && !cue.naming && !cue.signoff && !parenthetical(cue, b, e)) reported_content(cue, e);
        if (cue.naming && !cue.inverted && !cue.signoff) naming_content(cue, e, role == "frame", role == "ranking");
        if (!cue.naming && !cue.signoff && !statement && cue.content_end <= cue.content_first) content_before(cue, b, e);
        // a thought verb with no clause after it reports nothing itself ("NASA tweeted
        // support of ..."), but may still introduce or sign off a quotation
        // EXAMPLE: "A Swedish study has shown that animals seldom land ...": a finding verb
        // (data/quote_cues.txt role finding) reports only a clause "that" opens ("The photo
        // clearly shows the narrow bar that has been anticipated" reports nothing)
        // EXAMPLE: "a scan has shown the tumour in her right lung is growing": or a clause
        // with no "that", its subject a noun phrase and its verb a clause word within 10
        // words, before any relative pronoun ("shows the bar that has been anticipated",
        // "shows a man wounded in the attack" report nothing)
        if (role == "finding" && !is(cue.end, "that") && !finding_clause(cue)) continue;
        cue.finding = role == "finding";
        if (role == "thought" && !speech && !reports_clause(cue)) {
          cue.content_first = cue.content_end = 0;
          cue.bare_thought = true;
        }
      } else {
        continue;
      }
      if (cue.speaker_end > cue.speaker_first) cues_.push_back(cue);
    }
    // EXAMPLE: "The ministers agreed that there will still be work to do, the release
    // said.": what a cue reports ends at the comma that opens a later sign-off's clause
    const auto from = std::lower_bound(cues_.begin(), cues_.end(), b, [](const Cue& c, uint32_t x) { return c.first < x; });
    for (auto it = from; it != cues_.end(); ++it) {
      if (it->content_end <= it->content_first) continue;
      for (auto jt = it + 1; jt != cues_.end(); ++jt) {
        const uint32_t lead = std::min(jt->first, jt->speaker_first);
        // EXAMPLE: "Critics were critical of the attacks, with one poster writing “...”": a
        // comma and "with" before a later cue's speaker end the content too
        if (lead > it->content_first + 3 && lead < it->content_end && is(lead - 1, "with") && is(lead - 2, ",")) {
          it->content_end = lead - 2;
          break;
        }
        // "stressed the need ..., while noting the importance of ...": so do a comma and
        // "while" before a later participle cue
        if (jt->first > it->content_first + 3 && jt->first < it->content_end && is(jt->first - 1, "while") &&
            is(jt->first - 2, ",")) {
          it->content_end = jt->first - 2;
          break;
        }
        if (lead <= it->content_first || lead >= it->content_end || jt->content_end > jt->first) continue;
        if (!is(lead - 1, ",") || jt->content_end <= jt->content_first) continue;
        uint32_t end = lead - 1;
        while (end > it->content_first && punct(end - 1) && !dmark(end - 1)) --end;
        // EXAMPLE: "Islamic State claimed the attack, the agency said.": a short object too
        if (end > it->content_first) it->content_end = end;
        break;
      }
    }
  }

  // "According to X, <content>." and "<content>, according to X.": the content is the
  // rest of the sentence on the other side of the comma.
  void according_content(Cue& cue, uint32_t b, uint32_t e) {
    uint32_t first = 0, end = 0;
    // EXAMPLE: "Wikinews has learned that according to an Internet posting ..., the Church's
    // website is being attacked": after "that" the cue opens a clause as at a sentence's
    // start ("the ranking that according to size puts ..." has no comma: nothing)
    // EXAMPLE: "The signs will not disappear: According to information from the news
    // agency dpa, they will only be activated if ...": after a colon too
    if (cue.first == b || (cue.first == b + 1 && punct(b)) ||
        (cue.first > b && (lower(cue.first - 1) == "that" || is(cue.first - 1, ":") || is(cue.first - 1, ";")))) {
      uint32_t t = cue.speaker_end;
      while (t < e && t < cue.speaker_end + 16 && !is(t, ",")) ++t;
      if (t >= e) return;
      first = t + 1;
      end = e;
    } else if (is(cue.first - 1, ",")) {
      first = b;
      end = cue.first - 1;
      // only when the source ends the sentence: in "..., which, according to AFP, the UN
      // criticised" the clause before the comma is not what AFP reports
      const uint32_t x = cue.speaker_end;
      // EXAMPLE: "... over the years — only 11 percent of the vote was cast early in 1996,
      // according to the Census Bureau -- and seems likely to jump again": a dash closes
      // the source, and the content opens after the dash before it
      const auto dash = [&](uint32_t k) { return is(k, "--") || is(k, "\xE2\x80\x94") || is(k, "\xE2\x80\x93"); };
      if (x < e && dash(x)) {
        for (uint32_t k = end; k > b; --k) {
          if (dash(k - 1)) {
            first = k;
            break;
          }
        }
        if (first == b) return;
      } else if (x + 3 < e && is(x, ",") && cue.first - 1 > b && cue.first - 1 - b <= 6 && no_clause(b, cue.first - 1) &&
                 !inside_[x + 1] && !punct(x + 1)) {
        // EXAMPLE: "In 2001, according to Indian army officials, security forces launched
        // ...": the source between commas after a short phrase with no verb reports the
        // clause after it, and the phrase when it is the clause's subject ("Sufaat,
        // according to KSM, did not have the strain"; "In 2001" is no subject: a
        // preposition opens it)
        // (a subject: one span from it to the end, the source inside it, as "Institutional
        // recipients, said Mauer, are required ..." has)
        first = quote_cue(b) == "function" ? x + 1 : b;
        end = e;
      } else if (x < e && !(punct(x) && x + 1 == e) && !apposition_to_end(x, e)) {
        return;
      }
    } else {
      // EXAMPLE: "... this year the city expects about 6 million visitors according to the
      // event website.": no comma, the source ending the sentence and naming one (an
      // entity, a role, a medium of data/quote_media.txt); "sorted according to size." is
      // no source
      const uint32_t x = cue.speaker_end;
      if (x < e && !(punct(x) && x + 1 == e)) return;
      if (cue.speaker_end <= cue.speaker_first || !names_source(cue.speaker_first, cue.speaker_end)) return;
      first = b;
      end = cue.first;
    }
    while (end > first && punct(end - 1) && !dmark(end - 1)) --end;
    while (first < end && inside_[first] == 0 && punct(first) && !dmark(first)) ++first;
    if (end <= first || end - first < 3) return;
    cue.content_first = first;
    cue.content_end = end;
  }

  // EXAMPLE: "..., according to Kristen Wilkins, assistant professor of photography.": a
  // comma at x and then, to the sentence's end, words with no verb, quotation or comma of
  // a clause ("..., according to AFP, the UN criticised" is no apposition: "criticised")
  bool apposition_to_end(uint32_t x, uint32_t e) const {
    if (!is(x, ",")) return false;
    uint32_t end = e;
    while (end > x + 1 && punct(end - 1)) --end;
    if (end <= x + 1 || end - x - 1 > 16) return false;
    // EXAMPLE: "The talks had been delayed, he noted, after repeated requests from Colombo.":
    // in a phrase a preposition opens, words in -ed and a speech verb's forms are
    // adjectives and nouns ("..., he said, as the army attacked" opens a clause: "as")
    const std::string_view opener = lower(x + 1);
    const bool prep = kQuotePhraseOpeners.contains(word(x + 1)) && opener != "as" && opener != "when" && opener != "if" &&
                      opener != "meanwhile" && opener != "however" && opener != "since";
    for (uint32_t k = x + 1; k < end; ++k) {
      const std::string_view r = quote_cue(k);
      const std::string_view w = word(k);
      // EXAMPLE: "Prices, he said, did not spike": a form of "do" is a verb, the clause's
      const std::string_view l = lower(k);
      if (punct(k) || inside_[k] || r == "clause" || r == "perfect" || r == "modal" || (r == "thought" && !prep) ||
          (kSpeechVerbs.contains(w) && !prep) || (past_ed(k) && !prep) || l == "did" || l == "does" || l == "do" || l == "didn't" ||
          l == "doesn't" || l == "don't") {
        return false;
      }
    }
    return true;
  }

  // EXAMPLE: "The talks, he said, were constructive, and ...": a cue and its speaker
  // between commas after a short subject with no verb: the sentence around them is what
  // it reports (content_before), not the words after the second comma
  bool parenthetical(const Cue& cue, uint32_t b, uint32_t e) const {
    const uint32_t lead = std::min(cue.first, cue.speaker_first);
    const uint32_t x = std::max({cue.end, cue.speaker_end, cue.medium_end});
    if (lead <= b + 1 || lead - b > 6 || !is(lead - 1, ",") || x + 2 >= e || !is(x, ",") || inside_[x + 1] ||
        (punct(x + 1) && dmark(x + 1))) {
      return false;
    }
    // "In Syria, the press secretary said, Syrian forces continue ...": a phrase that a
    // preposition (data/quote_phrase_openers.txt) or a time opens is no subject; the
    // clause after the comma is reported
    if (in_time_[b] || kQuotePhraseOpeners.contains(word(b))) return false;
    return !verb_before(b, lead);
  }

  // A verb, a relative pronoun, punctuation or a quotation among the words from b to the
  // comma before `lead`: they make a clause, not a short subject ("The ship, which sank,
  // said officials, ...").
  bool verb_before(uint32_t b, uint32_t lead) const {
    for (uint32_t k = b; k + 1 < lead; ++k) {
      const std::string_view r = quote_cue(k);
      if (punct(k) || inside_[k] || r == "clause" || r == "perfect" || r == "modal" || lower(k) == "which" ||
          lower(k) == "who" || kSpeechVerbs.contains(word(k)))
        return true;
    }
    return false;
  }

  // "The program has expanded well beyond its intent, they say.", "..., said Lazzarini.":
  // a cue that ends the sentence after a comma reports the clause before the comma.
  void content_before(Cue& cue, uint32_t b, uint32_t e) {
    uint32_t lead = std::min(cue.first, cue.speaker_first);  // the cue's clause starts here
    // EXAMPLE: 'The plan is "dead," he said.': a comma inside the closing mark ends the
    // clause reported as one before it would
    const bool comma_in_mark = lead > b + 3 && punct(lead - 1) && dmark(lead - 1) && is(lead - 2, ",") &&
                               !inside_[b] && !(punct(b) && dmark(b)) && !opens_sentence_quote(lead - 1, b);
    if (comma_in_mark) --lead;
    if (lead <= b + 1 || !is(lead - 1, ",")) return;  // "Prices, he said, did not spike" has one word
    uint32_t x = std::max({cue.end, cue.speaker_end, cue.medium_end});
    x = after_signoff(cue, x, e);
    // EXAMPLE: "..., says Canadian Blood Services (CBS).": an acronym in parentheses after
    // the name belongs to it
    if (x + 2 < e && is(x, "(") && is(x + 2, ")")) x += 3;
    // EXAMPLE: "The data is clear, explained Dr. Alan Brown, a researcher.": an apposition
    // after the name ends the sentence as the name would
    if (apposition_to_end(x, e)) x = e;
    // EXAMPLE: "Institutional recipients, said Mauer, are required to exhibit ...": a cue
    // between commas after a short subject reports the whole sentence around it (the
    // subject before it is no clause: "The ship, which sank, said officials, ..." has a
    // verb there and reports nothing)
    // EXAMPLE: 'In an interview, Smith said, "We will rebuild."': a quotation after the
    // second comma is what is said, no clause around the cue
    if (x + 2 < e && is(x, ",") && !inside_[x + 1] && !(punct(x + 1) && dmark(x + 1)) && lead - b <= 6) {
      const bool verb = verb_before(b, lead);
      uint32_t end = e;
      while (end > x + 1 && punct(end - 1) && !dmark(end - 1)) --end;
      if (!verb && lead - 1 > b && end > x + 2) {  // "The talks, he said, were constructive": two words
        cue.content_first = b;
        cue.content_end = end;
        return;
      }
      // EXAMPLE: "The ship that sank was old, said Mauer, and it was never repaired.": a
      // clause before the cue between commas is what it reports (what follows the second
      // comma may be the writer's own); a quotation in it is the sign-off rules'
      if (verb && !(punct(x + 1) && dmark(x + 1))) {
        bool quoted = false, clause = false;
        for (uint32_t k = b; k + 1 < lead && !quoted; ++k) {
          quoted = inside_[k] || (punct(k) && dmark(k));
          const std::string_view r = quote_cue(k);
          clause = clause || r == "clause" || r == "perfect" || r == "modal" || past_ed(k);
        }
        uint32_t first = b;
        while (first < lead && punct(first)) ++first;
        if (!quoted && clause && lead > first + 4) {
          cue.content_first = first;
          cue.content_end = lead - 1;
        }
      }
      return;
    }
    if (!(x >= e || (punct(x) && !dmark(x) && x + 1 >= e))) return;
    uint32_t first = b;
    while (first < lead && punct(first) && !dmark(first)) ++first;
    for (uint32_t k = first; k + 1 < lead && !comma_in_mark; ++k) {
      if (!inside_[k]) continue;
      // EXAMPLE: 'The operation, code-named "Desert Storm", began in January, officials
      // said.': a short quotation inside the clause, neither opening nor ending it, is a
      // part of what is reported; any other quotation is the sign-off rules'
      uint32_t j = k;
      while (j < lead && inside_[j]) ++j;
      if (k <= first + 1 || j - k > 5 || j + 3 >= lead) return;
      k = j;
    }
    if (lead - 1 - first < 3) return;
    cue.content_first = first;
    cue.content_end = lead - 1;
  }

  // A thought or finding verb reports a clause: "that" follows, or its content holds a
  // clause verb, a modal or a lower-case word in -ed ("found only a quarter ... favoured").
  bool finding_clause(const Cue& cue) const {
    if (cue.content_end <= cue.content_first || cue.content_first != cue.end) return false;
    return clause_at(cue.content_first, cue.content_end);
  }
  // A clause at f: a noun phrase (a determiner or a capitalised word opens it) and a clause
  // word within 10 words, before any punctuation or relative pronoun.
  bool clause_at(uint32_t f, uint32_t e) const {
    if (f >= e || !(quote_cue(f) == "determiner" || capitalised(f))) return false;
    for (uint32_t t = f + 1; t < e && t < f + 10; ++t) {
      const std::string_view w = lower(t);
      if (punct(t) || inside_[t] || w == "that" || w == "which" || w == "who" || w == "whom" || w == "whose" ||
          w == "where" || w == "when") {
        return false;
      }
      const std::string_view r = quote_cue(t);
      if (r == "clause" || r == "perfect" || r == "modal") return t > f + 1;
    }
    return false;
  }

  bool reports_clause(const Cue& cue) const {
    if (is(cue.end, "that")) return true;
    // EXAMPLE: "he agreed to let a united Germany join NATO": after an infinitive, a word in
    // -ed is no clause's verb ("I think to say it was unexpected is inaccurate" has one)
    const bool infinitive = cue.content_end > cue.content_first && lower(cue.content_first) == "to";
    for (uint32_t t = cue.content_first; t < cue.content_end; ++t) {
      const std::string_view role = quote_cue(t);
      const std::string_view w = word(t);
      // EXAMPLE: "Kim Min-Woo conceded a penalty which the referee awarded Sweden": a
      // relative clause's verb belongs to the object, the verb reports no clause ("found
      // the boat had left" does)
      if (w == "which" || w == "who" || w == "whom" || w == "whose") return false;
      if (role == "clause" || role == "perfect" || role == "modal" || (past_ed(t) && !infinitive)) {
        return true;
      }
      // EXAMPLE: "I think it’s another assistant": "'s" after a pronoun is "is" ("the
      // company's plan" is a possessive)
      if (t > cue.content_first && possessive(t) && opens_clause(t - 1) && quote_cue(t - 1) != "determiner") return true;
    }
    return false;
  }

  // Words [f, x) that name a source: an entity other than a place, or a head that is a role
  // ("the official") or a medium ("the event website").
  bool names_source(uint32_t f, uint32_t x) const {
    for (uint32_t k = f; k < x; ++k) {
      const int n = entity_of_[k];
      if (n >= 0 && doc_.entities[static_cast<std::size_t>(n)].type != "location") return true;
    }
    const std::string_view head = lower(x - 1);
    return kTitleWords.contains(head) || kQuoteMedia.contains(head) || quote_cue(x - 1) == "source";
  }

  // From t: an article and words up to punctuation, a preposition or a verb.
  void noun_phrase_after(uint32_t t, uint32_t e, uint32_t& first, uint32_t& end) const {
    first = end = t;
    // EXAMPLE: "explained Dr. Alan Brown": the stop of a title's abbreviation
    // (data/abbrev_title.txt) is inside the name ("said Smith. The" ends it)
    while (end < e && end - first < kMaxSpeakerTokens && !(punct(end) && !possessive(end) && !title_stop(end)) &&
           !inside_[end]) {
      const std::string_view w = lower(end);
      if (end > first && (w == "on" || w == "in" || w == "at" || w == "to" || w == "that" || w == "as" ||
                          (w == "who" && !capitalised(end)) ||  // "the WHO" is a name
                          w == "late" || w == "early" || in_time_[end] || kSpeechVerbs.contains(w))) {
        break;
      }
      ++end;
    }
  }

  // "A Hamas official said", "The Health Ministry in the Hamas-run Gaza Strip said",
  // "Another senior official from the Iran-backed Islamist group, which has been
  // fighting ..., said": the subject before the verb; "..., said Lazzarini": after it.
  void subject_or_inverted(Cue& cue, uint32_t b, uint32_t e) {
    const uint32_t c = cue.first;
    // Inverted: the verb right after a quotation's end or a comma, a name after it.
    const bool after_quote = c > b && (is(c - 1, ",") || (punct(c - 1) && dmark(c - 1)));
    // "told" takes its object after it, never an inverted subject: in "Whitmore, a
    // representative, told LA Weekly ..." LA Weekly is the one told
    const std::string_view verb = lower(c);
    const bool invertible = verb != "told" && verb != "tell" && verb != "tells";
    if (after_quote && invertible && c + 1 < e && !punct(c + 1)) {
      const std::string_view w = lower(c + 1);
      // EXAMPLE: '"...," wrote one respondent.': a number word or quantifier opens the
      // noun phrase too ('"...," said one.' has no noun after it: "one" alone)
      const bool quantifier = (w == "one" || w == "some" || w == "many" || w == "several" || w == "two" || w == "three") &&
                              c + 2 < e && !punct(c + 2);
      // EXAMPLE: '"...," said police spokesman Tom Reed.': a title word or modifier opens a
      // name ('"...," said nothing else.' has none)
      // EXAMPLE: '..., says retired Col. William Campenni.': a lower-case word before a
      // title word opens the name too ('..., said many officials' has no name after it)
      const bool title = kTitleWords.contains(w) || kTitleModifiers.contains(w) ||
                         (c + 3 < e && !punct(c + 1) && (kTitleWords.contains(lower(c + 2)) || kAbbrevTitle.contains(word(c + 2))) &&
                          capitalised(c + 2) && (capitalised(c + 3) || title_stop(c + 3)));
      if (capitalised(c + 1) || w == "the" || w == "a" || w == "an" || w == "another" || quantifier || title) {
        uint32_t f, x;
        noun_phrase_after(c + 1, e, f, x);
        // the name ends the clause: "..., said Lazzarini on social media site X."
        const std::string_view next = x < e ? lower(x) : std::string_view();
        bool name_like = true;  // "the official", "Philippe Lazzarini", not "Hamas was withdrawing"
        for (uint32_t k = f; k < x; ++k) {
          const std::string_view w = lower(k);
          name_like = name_like && (capitalised(k) || title_stop(k) || (k == f && title) || w == "the" || w == "a" || w == "an" || w == "another" ||
                                    w == "of" || w == "'s" || kTitleWords.contains(w) || kTitleModifiers.contains(w));
        }
        // right after a quotation, "the" and any noun phrase: "“...,” said the post by an
        // unknown author on pigmy."
        const bool article = w == "the" || w == "a" || w == "an" || quantifier;
        const bool after_mark = (punct(c - 1) && dmark(c - 1)) ||
                                (c > b + 1 && is(c - 1, ",") && punct(c - 2) && dmark(c - 2));
        // EXAMPLE: '"...," said the group's spokesman, Ali Hassan, on Sunday.': the person
        // named in an apposition right after the phrase is part of it
        if (x + 1 < e && is(x, ",") && entity_of_[x + 1] >= 0 &&
            doc_.entities[static_cast<std::size_t>(entity_of_[x + 1])].type == "person") {
          uint32_t y = x + 1;
          while (y < e && entity_of_[y] == entity_of_[x + 1]) ++y;
          if (y >= e || punct(y) || in_time_[y]) {
            cue.speaker_first = f;
            cue.speaker_end = y;
            cue.inverted = true;
            return;
          }
        }
        // EXAMPLE: '"It is amazing," reported SaskTel unlimited data customer Lindsay Gay
        // last month.': right after a quotation, words with no verb that end in a person's
        // name are the speaker however they describe him ('"...," said the plan, Smith
        // argued' has a verb)
        if (!name_like && after_mark && x - f <= 8 && x < e && (punct(x) || in_time_[x]) && person_at(x - 1)) {
          bool verb = false;
          for (uint32_t k = f; k < x && !verb; ++k) {
            const std::string_view r = quote_cue(k);
            verb = r == "clause" || r == "perfect" || r == "modal" || kSpeechVerbs.contains(word(k));
          }
          if (!verb) {
            cue.speaker_first = f;
            cue.speaker_end = x;
            cue.inverted = true;
            return;
          }
        }
        // EXAMPLE: '"...," says Dietrich from the company's headquarters in Denver.': a
        // person's name right after the verb, then a preposition: the name ('"...," said
        // the post by an unknown author' names no person first)
        if (!name_like && person_at(f)) {
          uint32_t y = f;
          while (y < x && entity_of_[y] == entity_of_[f]) ++y;
          const std::string_view p = y < e ? lower(y) : std::string_view();
          if (y < x && (p == "from" || p == "of" || p == "at" || p == "with")) {
            cue.speaker_first = f;
            cue.speaker_end = y;
            cue.inverted = true;
            return;
          }
        }
        // EXAMPLE: "“We want to thank ...,” said Bolden to the gathered crowd": the name,
        // then whom it was said to
        // EXAMPLE: '"...," said a spokesman who asked not to be named.': a relative clause
        // after the phrase describes the speaker
        if ((name_like || (article && after_mark)) && x - f <= 6 &&
            (x >= e || punct(x) || in_time_[x] || next == "on" || next == "in" || next == "at" ||
             (next == "who" && after_mark) || (next == "to" && x > f && capitalised(x - 1)))) {
          cue.speaker_first = f;
          cue.speaker_end = x;
          cue.inverted = true;
          return;
        }
      }
    }
    // Subject: leftwards to the sentence start, a quotation, ";", "that", or a comma
    // that does not close a relative clause (", which ... ,").
    uint32_t t = c;
    while (t > b && in_time_[t - 1]) --t;  // "officials on Sunday said"
    // EXAMPLE: '"...," the 54-year-old said.': after a determiner the time words are an age,
    // the subject itself
    if (t < c && t > b && quote_cue(t - 1) == "determiner") t = c;
    // EXAMPLE: "Smith on Monday said ...": the preposition of the time is no word of the speaker's
    if (t < c && t > b + 1 && (lower(t - 1) == "on" || lower(t - 1) == "late" || lower(t - 1) == "early" || lower(t - 1) == "at")) --t;
    uint32_t end = t;
    while (t > b && end - t < kMaxSpeakerTokens) {
      const uint32_t p = t - 1;
      // EXAMPLE: '"...," said a spokesman who asked ...': an inverted speech verb right
      // after a quotation ends the subject ("said a spokesman who" is none); "They also
      // claimed Paris was a volunteer and claim ..." goes on to its subject
      // EXAMPLE: "which the Church describes as a religious retreat": a relative pronoun
      // with a subject of its own after it ends the subject ("officials who said" goes on;
      // a relative clause reports nothing but for a naming verb: see below)
      if ((lower(p) == "which" || lower(p) == "whom") && t < end && kNamingVerbs.contains(word(c))) break;
      // EXAMPLE: "The strike followed what the union described as ...": "what" ends it too
      if (inside_[p] || (punct(p) && dmark(p)) || is(p, ";") || is(p, ":") || lower(p) == "that" || lower(p) == "what" ||
          (kSpeechVerbs.contains(word(p)) && p > b && (is(p - 1, ",") || (punct(p - 1) && dmark(p - 1))))) {
        break;
      }
      // "..., and the military has labelled": a coordinated clause starts its subject
      // EXAMPLE: "Matthew Ingram of The Globe and Mail dubbed", "Smith and Jones said": an
      // "and" between capitalised words joins a name or the subjects of one verb
      if ((lower(p) == "and" || lower(p) == "but") && t < end &&
          (capitalised(t) || lower(t) == "the" || lower(t) == "a" || lower(t) == "an") &&
          !(lower(p) == "and" && p > b && capitalised(p - 1) && capitalised(t))) {
        break;
      }
      // "According to the Herald, Professor Burrows, ..., said": a comma before the
      // subject's words ends them (auxiliaries and adverbs before the verb are not words
      // of the subject: "Valeska Paris, a former Scientologist, has claimed")
      if (is(p, ",") && t < end && !only_auxiliaries(t, end)) break;
      // EXAMPLE: '“Complete neglect of his own health,” his wife, Alice, reported.': right
      // after a quotation, a noun phrase a determiner opens and a name of capitalised
      // words between commas are one subject, whatever the tagger made of the name
      // ('“...,” the report, Annex B, said' is one too; "“...,” his wife, who was ill,
      // said" has no capitalised name: the rules below)
      if (is(p, ",") && t == end) {
        uint32_t open = p;
        while (open > b && !punct(open - 1) && p - open < 3 && capitalised(open - 1)) --open;
        if (open < p && open > b && is(open - 1, ",")) {
          const uint32_t comma = open - 1;
          uint32_t s0 = comma;
          while (s0 > b && !punct(s0 - 1) && comma - s0 < 5) --s0;
          // EXAMPLE: "The company, Northern Lines, said that ...": so at the sentence's start
          if (s0 < comma && (s0 == b || (punct(s0 - 1) && dmark(s0 - 1))) && quote_cue(s0) == "determiner") {
            t = s0;
            end = p;
            break;
          }
        }
      }
      if (is(p, ",")) {
        // ", which has been fighting ..., said" and ", head of ..., UNRWA, described":
        // skip relative clauses and appositions back to the name they follow, and right
        // before the verb a phrase a preposition opens (", in remarks to television, said")
        uint32_t k = p, skipped = 0;
        bool found = false;
        while (skipped < 3) {
          uint32_t open = k;
          while (open > b && !is(open - 1, ",") && k - open < 20) --open;
          if (open <= b || !is(open - 1, ",")) break;
          ++skipped;
          const std::string_view lead = lower(open);
          // EXAMPLE: "The report, published on Monday, said ...": a participle opens a
          // reduced relative clause ("The report, Smith said, ..." is no such clause)
          const bool participle = lead.size() > 4 && lead.compare(lead.size() - 2, 2, "ed") == 0 && !capitalised(open);
          // EXAMPLE: "Many people, including Indigenous groups, argue ...": a phrase that
          // "including" or "such as" opens adds to the noun before it
          const bool relative = lead == "which" || lead == "who" || participle || lead == "including" || lead == "such" ||
                                (t == end && (lead == "in" || lead == "on" || lead == "at" || lead == "speaking" ||
                                              lead == "according" || lead == "meanwhile"));
          const uint32_t before = open - 1;  // the opening comma
          // the apposition follows a name: an entity other than a place, or a capitalised
          // word the tagger missed ("Officials at Homeland Security Investigations, a
          // division of ..., said")
          // "Malaysia's Prime Minister, Najib Razak, said": the clause is the person
          // named after a title: the subject itself
          // EXAMPLE: "The study's lead author, Dr. Maria Lopez of Harvard University, said":
          // a title before the person and "of" a place after it ("The author, the Harvard
          // University staff, said" names no person)
          uint32_t person = open;
          while (person < k && person < open + 4 && entity_of_[person] < 0 &&
                 (title_stop(person) || kAbbrevTitle.contains(word(person)) || kTitleWords.contains(lower(person)) ||
                  quote_cue(person) == "determiner")) {
            ++person;
          }
          if (skipped == 1 && person < k && entity_of_[person] >= 0 &&
              doc_.entities[static_cast<std::size_t>(entity_of_[person])].type == "person") {
            uint32_t q = person;
            while (q < k && entity_of_[q] == entity_of_[person]) ++q;
            const bool whole = q == k || (t == end && q + 1 < k && (lower(q) == "of" || lower(q) == "from"));
            if (whole) {
              t = open;
              end = k;
              found = true;
              break;
            }
          }
          // EXAMPLE: "X, curator at the University of Arkansas, Fayetteville, said": a
          // place alone between commas qualifies the name before it; the apposition
          // goes on before it
          // (a location entity, or capitalised words the geographic gazetteer knows)
          if (before > b && open < k && k - open <= 3 && entity_of_[before - 1] >= 0 && entity_of_[before - 1] != entity_of_[open]) {
            bool one = entity_of_[open] >= 0 && doc_.entities[static_cast<std::size_t>(entity_of_[open])].type == "location";
            for (uint32_t j = open; j < k && one; ++j) one = entity_of_[j] == entity_of_[open];
            if (!one && entity_of_[open] < 0) {
              bool caps = true;
              for (uint32_t j = open; j < k && caps; ++j) caps = entity_of_[j] < 0 && capitalised(j);
              one = caps && kGazGeo.contains(doc_.text.substr(doc_.tokens[open].span.start,
                                                              doc_.tokens[k - 1].span.end - doc_.tokens[open].span.start));
            }
            if (one) {
              k = before;
              continue;
            }
          }
          const int named = entity_of_[before - 1];
          const bool after_name = named >= 0 ? doc_.entities[static_cast<std::size_t>(named)].type != "location"
                                             : before - 1 > b && capitalised(before - 1);
          if (before > b && (relative || after_name)) {
            t = before;
            end = before;  // the speaker's words end before the clause
            found = true;
            break;
          }
          k = before;
        }
        if (found) continue;
        // EXAMPLE: "The Internet security firm Secunia.com, has said that ...": a comma
        // with only auxiliaries after it and no apposition before it is a stray one
        // ("In Paris, officials have said" keeps its subject: words follow the comma)
        if (t < end && only_auxiliaries(t, end) && p > b && !punct(p - 1)) {
          t = p;
          end = p;
          continue;
        }
        break;
      }
      t = p;
    }
    uint32_t f = t, x = end;
    while (f < x && (lower(f) == "where" || lower(f) == "when" || lower(f) == "while" || lower(f) == "as" ||
                     lower(f) == "and" || lower(f) == "but")) {
      ++f;
    }
    // EXAMPLE: "The Indian Express quoted an unnamed official saying ...": whom a paper
    // quotes speaks (data/quote_cues.txt role quoting)
    for (uint32_t q = x; q > f + 1; --q) {
      if (quote_cue(q - 1) == "quoting" && q < x && !capitalised(q - 1) && lower(q) != "as") {
        f = q;
        // EXAMPLE: "The agency quoted the minister as saying ...": "as" is no word of hers
        if (x > f + 1 && lower(x - 1) == "as") --x;
        break;
      }
    }
    // EXAMPLE: "Memon also said", "He publicly announced", "he would say": not the
    // speaker's words
    while (x > f && !capitalised(x - 1) &&
           (before_verb(x - 1) || adverb_ly(x - 1) || quote_cue(x - 1) == "modal" || lower(x - 1) == "will" ||
            lower(x - 1) == "would")) {
      --x;
    }
    // EXAMPLE: "The minister was quoted as saying the talks had stalled": "was quoted as" is
    // no word of the speaker's ("The minister has been quoted as saying" neither)
    if (x > f + 2 && lower(x - 1) == "as" && lower(x - 2) == "quoted") {
      x -= 2;
      while (x > f + 1 && (be_form(x - 1) || before_verb(x - 1))) --x;
    }
    // EXAMPLE: "Smith is reported to have said ...", "is believed to have told"
    // ("have" is gone already: an auxiliary before the verb)
    if (x > f + 3 && lower(x - 1) == "to" &&
        (lower(x - 2) == "reported" || lower(x - 2) == "said" || lower(x - 2) == "believed" ||
         lower(x - 2) == "understood" || lower(x - 2) == "thought" || lower(x - 2) == "alleged")) {
      x -= 2;
      while (x > f + 1 && (be_form(x - 1) || before_verb(x - 1))) --x;
    }
    // EXAMPLE: "With tears in her eyes she said": a subject pronoun ends the words before
    // the verb; it is the speaker ("Smith and she said" keeps both: a name before "and")
    if (x > f + 1 && !(x > f + 2 && lower(x - 2) == "and")) {
      const std::string_view w = lower(x - 1);
      if (w == "he" || w == "she" || w == "they" || w == "we" || w == "i") f = x - 1;
    }
    // EXAMPLE: "I was basically hauled in and told that ...": a cue coordinated with a
    // passive verb before it has no speaker; "The mayor stood up and said": the speaker
    // is the subject before the first verb, the name or pronoun that opens the words
    if (x > f + 1 && (lower(x - 1) == "and" || lower(x - 1) == "but")) {
      for (uint32_t k = f; k + 1 < x; ++k) {
        if (!be_form(k)) continue;
        uint32_t v = k + 1;
        while (v < x && adverb_ly(v)) ++v;
        const std::string_view pw = word(v);
        if (v < x && pw.size() > 3 && (pw.substr(pw.size() - 2) == "ed" || pw.substr(pw.size() - 2) == "en")) return;
      }
      const int named = entity_of_[f];
      const std::string_view w0 = lower(f);
      if (named >= 0 && doc_.entities[static_cast<std::size_t>(named)].type != "location") {
        uint32_t k = f;
        while (k < x && entity_of_[k] == named) ++k;
        x = k;
      } else if (w0 == "he" || w0 == "she" || w0 == "they" || w0 == "we" || w0 == "i" || w0 == "it") {
        x = f + 1;
      } else {
        --x;  // the words before "and"
      }
    }
    if (x <= f) return;
    // EXAMPLE: "Let's just say he's wrong": an exhortation, nobody speaks
    if (lower(f) == "let") return;
    // EXAMPLE: "According to some reports, Zawahiri is ...": "reports" after "according to"
    // is the source's noun, not a verb with a subject
    if (lower(f) == "according") return;
    // EXAMPLE: "The association that represents real estate agents in Ontario says ...":
    // "that" and a verb right after it open a relative clause of the subject before it,
    // which speaks ("the report that it said was ..." has the verb's own subject after "that")
    // ("the mood that critics blame": a plural noun right before the verb is its subject)
    if (f > b + 1 && x > f + 1 && lower(f - 1) == "that" && !capitalised(f) && quote_cue(f).empty() && word(f).size() > 3 &&
        word(f).back() == 's' && !punct(f - 2) && !inside_[f - 2]) {
      uint32_t s0 = f - 1;
      while (s0 > b && f - 1 - s0 < 6 && !punct(s0 - 1) && !inside_[s0 - 1] && lower(s0 - 1) != "that") --s0;
      if (s0 == b || punct(s0 - 1)) {
        cue.speaker_first = s0;
        cue.speaker_end = x;
        return;
      }
    }
    // "that it said was ...": a relative clause, not a statement; "had been declared": passive
    // ("which the Church describes as a retreat" names its antecedent: naming_content)
    // (EXAMPLE: "the atmosphere of hostility that critics blame for denying them entry":
    // a frame verb's too)
    const bool frame = kNamingVerbs.contains(word(c)) || quote_cue(c) == "frame";
    if (f > b && (lower(f - 1) == "that" || lower(f - 1) == "which") && !(frame && (lower(f - 1) == "which" || quote_cue(c) == "frame"))) return;
    // EXAMPLE: "multiple deadly incidents there blamed on Israeli strikes": a frame verb
    // with its link word right after it and no relative pronoun before its subject is a
    // participle that describes the noun before it; nobody speaks
    if (quote_cue(c) == "frame" && c + 1 < e && (is(c + 1, "for") || is(c + 1, "on") || is(c + 1, "as")) &&
        !(f > b && (lower(f - 1) == "that" || lower(f - 1) == "which"))) {
      return;
    }
    for (uint32_t k = c > 2 ? c - 2 : 0; k < c; ++k) {
      if (be_form(k)) return;
    }
    // EXAMPLE: "Gen. Joseph Votel, commander of U.S. Central Command said, ...": a role
    // phrase after a comma, with no comma closing it, is the apposition of the person
    // named right before the comma, who speaks
    if (f > b + 1 && is(f - 1, ",") && kTitleWords.contains(lower(f)) && person_at(f - 2)) {
      uint32_t p0 = f - 2;
      while (p0 > b && entity_of_[p0 - 1] == entity_of_[f - 2]) --p0;
      if (p0 == b || punct(p0 - 1) || title_stop(p0 - 1)) {
        f = p0;
        t = p0;
      }
    }
    cue.speaker_first = f;
    cue.speaker_end = x;
    cue.embedded = t > b && is(t - 1, ",");
    // "“...,” Ribeiro told reporters in Porto Alegre": a sign-off; the quotation is what
    // was said, the rest of the clause is not
    // (a quotation that ends in its own punctuation: 'The "History" section explains' is no
    // sign-off)
    cue.signoff = t > b + 1 && punct(t - 1) && dmark(t - 1) &&
                  (is(t - 2, ",") || is(t - 2, ".") || is(t - 2, "?") || is(t - 2, "!")) && opens_sentence_quote(t - 1, b);
  }

  // EXAMPLE: "she was told to disconnect from her mother", "The parents are also accused
  // of putting ...", "it was found that ...": a speech or thought verb in the passive
  // (data/quote_cues.txt roles passive and thought) with no agent reports what follows
  // "to", "of", "with" or "that" with no source (kept apart from the cues, so that it
  // gives no quotation a speaker). "was told by officials" (an agent) and "was found
  // dead" (no such word after it) report nothing. True when c is such a verb.
  bool passive_attribution(uint32_t c, uint32_t b, uint32_t e, bool that_only) {
    uint32_t k = c;
    while (k > b && k + 3 > c && (before_verb(k - 1) || adverb_ly(k - 1))) --k;  // "are also accused"
    if (k == b) return false;
    if (!be_form(k - 1)) return false;
    uint32_t t = c + 1;
    if (t >= e) return !that_only;
    const std::string_view w = lower(t);
    if (that_only && w != "that") return false;  // as before: no speaker, no cue
    // EXAMPLE: "Margaret Boemer was told her unborn child had a rare condition": "told" and
    // a clause with no "that" ("was told the news" has no clause word)
    if (w == "of" || w == "with" || w == "that") {
      ++t;
    } else if (lower(c) == "told" && clause_at(t, e)) {
      // the clause starts here
    } else if (!(w == "to" && t + 1 < e && doc_.tokens[t + 1].kind == TokenKind::Word && !capitalised(t + 1) &&
                 quote_cue(t + 1).empty())) {
      return true;  // "was told by officials", "was reported to police": no content here
    }
    uint32_t end = t;
    while (end < e && !new_clause(end, e) && !inside_[end]) ++end;
    // EXAMPLE: 'The man was said to be "a danger to the public."': a quotation inside the
    // clause is part of what it reports
    if (end < e && end > t && inside_[end] && dmark(end - 1)) {
      while (end < e && (inside_[end] || dmark(end))) ++end;
    }
    while (end > t && punct(end - 1) && !dmark(end - 1)) --end;
    if (end - t < 2) return true;
    Quote q;
    q.span = span(t, end);
    q.kind = "indirect";
    q.cue_span = span(k - 1, c + 1);
    q.cue = lower_ascii(doc_.text.substr(q.cue_span.start, q.cue_span.end - q.cue_span.start));
    passives_.push_back(std::move(q));
    return true;
  }

  // EXAMPLE: 'Warning that the NHS was now under "enormous pressure," he urged the public
  // to ...': a quotation that closes at mark m signs off its sentence only when it opened
  // the sentence (at b, after a colon, or ran on from a paragraph before); one that opened
  // inside the sentence is part of what the cue after it reports
  bool opens_sentence_quote(uint32_t m, uint32_t b) const {
    const auto it = std::lower_bound(segments_.begin(), segments_.end(), m,
                                     [](const Segment& s, uint32_t x) { return s.close < x; });
    if (it == segments_.end() || it->close != m) return true;  // not one of ours: as before
    const uint32_t mark = it->open - 1;
    return it->continues || mark <= b + 1 || (mark > 0 && (is(mark - 1, ":") || is(mark - 1, ","))) || mark < b;
  }

  // The last cue found in the sentence from b before token c.
  const Cue* previous_cue(uint32_t b, uint32_t c) const {
    for (auto it = cues_.rbegin(); it != cues_.rend() && it->first >= b; ++it) {
      if (it->first < c) return &*it;
    }
    return nullptr;
  }

  // Right after a participle: a quotation ("writing “...”", "stating, “...”") or "that".
  bool introduces_speech(uint32_t t, uint32_t e) const {
    if (t < e && (is(t, ",") || is(t, ":"))) ++t;
    return t < e && (is(t, "that") || (punct(t) && dmark(t) && t + 1 < e && inside_[t + 1]));
  }

  // The full stop of "Dr.", "Gen." (data/abbrev_title.txt) before a capitalised word.
  bool title_stop(uint32_t t) const {
    return is(t, ".") && t > 0 && t + 1 < doc_.tokens.size() && kAbbrevTitle.contains(word(t - 1)) && capitalised(t + 1);
  }

  // A number, or a qualifier before one ("over 345", "at least 76"): a clause's subject.
  bool opens_quantity(uint32_t t, uint32_t e) const {
    if (doc_.tokens[t].kind == TokenKind::Number) return true;
    const bool one = t + 1 < e && kQuantityQualifiers.contains(lower(t)) && doc_.tokens[t + 1].kind == TokenKind::Number;
    const bool two = t + 2 < e && kQuantityQualifiers.contains(std::string(lower(t)) + " " + std::string(lower(t + 1))) &&
                     doc_.tokens[t + 2].kind == TokenKind::Number;
    return one || two;
  }

  // A determiner or a pronoun: the first word of a clause's subject ("the property", "he").
  bool opens_clause(uint32_t t) const {
    if (quote_cue(t) == "determiner") return true;
    const std::string_view w = lower(t);
    return w == "he" || w == "she" || w == "it" || w == "they" || w == "we" || w == "i" || w == "there" ||
           w == "some" || w == "all" || w == "no";
  }

  // Prepositions before which a speech verb's form is a noun ("in hopes", "of reports").
  static bool is_preposition(std::string_view w) {
    return w == "in" || w == "on" || w == "of" || w == "for" || w == "with" || w == "from" || w == "about" ||
           w == "by" || w == "at";
  }
  // EXAMPLE: "after reports of shelling", "amid claims", "despite repeated denials": these
  // prepositions, too, make the word after them a noun ("after he said" has a pronoun)
  static bool after_preposition(std::string_view w) {
    return w == "after" || w == "amid" || w == "despite" || w == "following";
  }

  // EXAMPLE: 'He called the plan "a disaster", officials said.': "called" with a short
  // object (one to four words: "the plan", "it") and a quotation right after it names the
  // object in the subject's words ('A man called "Bobo"' has no object; "called for",
  // "called on" are appeals; "a man called John" has no quotation; 'called the area "the
  // Jungle"' quotes a name)
  bool naming_called(uint32_t c, uint32_t b, uint32_t e) const {
    if (c <= b || lower(c) != "called" || capitalised(c)) return false;
    const std::string_view o = c + 1 < e ? lower(c + 1) : std::string_view();
    if (o == "for" || o == "on" || o == "off" || o == "up" || o == "out" || o == "in" || o == "to" || o == "back") return false;
    uint32_t k = c + 1;
    while (k < e && k < c + 5 && !punct(k) && !inside_[k]) ++k;
    if (k == c + 1 || k + 1 >= e || !punct(k) || !dmark(k) || !inside_[k + 1]) return false;
    // 'called the area "the Jungle"': a name in quotes is no one's words
    if (capitalised(k + 1) || (lower(k + 1) == "the" && k + 2 < e && capitalised(k + 2))) return false;
    return true;
  }

  // EXAMPLE: 'Whitmore said that Montalvo "walked out" and told the police he was
  // innocent': before the "and" of a coordinated verb at c, a quoted verb phrase (its
  // first word lower case) right after a name or a subject pronoun: that name is the
  // subject the verb shares, not the speaker of the cue before ('Smith said the plan
  // "failed" and ...' has no name before the mark)
  bool quoted_clause_subject(uint32_t b, uint32_t c, uint32_t& f, uint32_t& x) const {
    if (c < b + 4) return false;
    uint32_t m = c - 2;  // before "and"
    if (is(m, ",") && m > b) --m;
    if (!punct(m) || !dmark(m) || m == 0 || !inside_[m - 1]) return false;
    uint32_t o = m - 1;
    while (o > b && inside_[o]) --o;
    if (o <= b || !punct(o) || !dmark(o) || inside_[o] || capitalised(o + 1)) return false;
    const uint32_t n = o - 1;
    const std::string_view p = lower(n);
    if (p == "he" || p == "she" || p == "they") {
      f = n;
      x = o;
      return true;
    }
    const int ent = entity_of_[n];
    if (ent < 0 || doc_.entities[static_cast<std::size_t>(ent)].type == "location") return false;
    uint32_t k = n;
    while (k > b && entity_of_[k - 1] == ent) --k;
    f = k;
    x = o;
    return true;
  }

  // Words [f, x) all capitalised or a title's stop ("Smith", "Mr. Smith").
  bool capitalised_words(uint32_t f, uint32_t x) const {
    for (uint32_t k = f; k < x; ++k) {
      if (!capitalised(k) && !title_stop(k)) return false;
    }
    return x > f;
  }

  // Prepositions that open an adjunct of the clause before them ("after saying").
  static bool adjunct_preposition(std::string_view w) {
    return after_preposition(w) || w == "before" || w == "by" || w == "without" || w == "while" || w == "since" ||
           w == "upon" || w == "when";
  }

  // A number in digits or words ("two", "12"): a clause's subject may open with it.
  bool count_at(uint32_t t) const {
    return doc_.tokens[t].kind == TokenKind::Number || (!capitalised(t) && kNumberWords.contains(word(t)) && quote_cue(t) != "determiner");
  }
  // Whether the word before the adverb at a ends a subject: a capitalised word or a plain
  // noun, not a determiner, preposition or the sentence's start.
  bool subject_before_adverb(uint32_t a, uint32_t b) const {
    if (a <= b) return false;
    const uint32_t s = a - 1;
    if (punct(s) || inside_[s]) return false;
    const std::string_view r = quote_cue(s);
    if (r == "determiner" || r == "function" || r == "clause" || r == "perfect" || r == "modal") return false;
    return capitalised(s) ? s > b || entity_of_[s] >= 0 : plain_noun(s);
  }
  // A word in -ing ("after saying he was tired" keeps its cue).
  bool ing(uint32_t t) const {
    const std::string_view w = lower(t);
    return w.size() > 4 && w.substr(w.size() - 3) == "ing";
  }

  // A token of a person entity.
  bool person_at(uint32_t t) const {
    const int x = t < entity_of_.size() ? entity_of_[t] : -1;
    return x >= 0 && doc_.entities[static_cast<std::size_t>(x)].type == "person";
  }

  // A lower-case word in -ed of five letters or more: a past tense or participle.
  bool past_ed(uint32_t t) const {
    const std::string_view w = word(t);
    return w.size() > 4 && w[0] >= 'a' && w[0] <= 'z' && w.substr(w.size() - 2) == "ed";
  }
  // A form of "be" ("was", "were", "is", "are", "been", "being", "be").
  bool be_form(uint32_t t) const {
    const std::string_view w = lower(t);
    return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "being" || w == "be";
  }

  bool adverb_ly(uint32_t t) const {
    const std::string_view w = word(t);
    return w.size() > 4 && w[0] >= 'a' && w[0] <= 'z' && w.substr(w.size() - 2) == "ly";
  }
  // A lower-case word that is no determiner, pronoun, preposition or clause word: the head
  // of a noun phrase right after an adjective ("information", "clashes").
  bool plain_noun(uint32_t t) const {
    if (doc_.tokens[t].kind != TokenKind::Word) return false;
    const std::string_view w = word(t);
    if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
    const std::string_view r = quote_cue(t);
    return r != "function" && r != "determiner" && !in_time_[t];
  }

  // Between a subject and its speech verb: "has", "also" (data/quote_cues.txt roles
  // perfect and aux).
  bool before_verb(uint32_t t) const {
    const std::string_view r = quote_cue(t);
    return r == "perfect" || r == "aux";
  }
  bool only_auxiliaries(uint32_t first, uint32_t end) const {
    for (uint32_t k = first; k < end; ++k) {
      if (!before_verb(k)) return false;
    }
    return true;
  }

  // ", and the military has labelled ...": a clause with a subject of its own, after a
  // comma and a conjunction, is not part of what the cue reports.
  bool new_clause(uint32_t k, uint32_t e) const {
    // EXAMPLE: "denied the charges and said he would appeal": "and" or "but" before a
    // speech verb opens a statement of its own
    if ((is(k, "and") || is(k, "but")) && k + 2 < e && (kSpeechVerbs.contains(word(k + 1)) || quote_cue(k + 1) == "thought"))
      return true;
    if (!is(k, ",") || k + 3 >= e) return false;
    if (quote_cue(k + 1) == "participle") return true;  // ", writing in a blog post ..."
    const std::string_view conj = lower(k + 1);
    if (conj != "and" && conj != "but") return false;
    // ", and wrote that ...": a verb of its own
    if (kSpeechVerbs.contains(word(k + 2)) || quote_cue(k + 2) == "thought") return true;
    const std::string_view subj = lower(k + 2);
    if (!(subj == "the" || subj == "he" || subj == "she" || subj == "they" || subj == "it" || capitalised(k + 2))) return false;
    for (uint32_t j = k + 3; j < e && j < k + 7 && !punct(j); ++j) {
      if (quote_cue(j) == "clause" || quote_cue(j) == "perfect" || kSpeechVerbs.contains(word(j))) return true;
    }
    return false;
  }
  std::string_view quote_cue(uint32_t t) const {
    const int idx = kQuoteCues.find(word(t));
    return idx >= 0 ? kQuoteCues.canonical(idx) : std::string_view();
  }

  // What "X said" reports: after the verb (and its object: "told AFP"), the time
  // expressions and "that", up to the sentence end, or to the next comma when the
  // cue sits in a clause after one ("Al-Mawasi, where the Health Ministry said dozens
  // had been killed, had ...").
  void reported_content(Cue& cue, uint32_t e) {
    uint32_t t = cue.end;
    if (lower(cue.first) == "told" || lower(cue.first) == "tell" || lower(cue.first) == "tells") {
      // EXAMPLE: "Each map in the exhibition tells its own story": a possessive after
      // "tells" opens its object, a story told, not someone told ("told her that" is)
      // EXAMPLE: "Moussaoui told his trial judge that he had a mission": a possessive and
      // nouns before "that" are whom it was told
      const uint32_t addressee = addressee_end(t, e);
      if (t < e && addressee == t) {
        const std::string_view o = lower(t);
        if (o == "its" || o == "their" || o == "our" || o == "my" || o == "your" || o == "his") return;
      }
      t = addressee;
    }
    const uint32_t after_object = t;  // "tells Wikinews about ...": a topic after whom it was told
    // EXAMPLE: "Stan remarked to The Brooklyn Paper, “...”": whom it was said to is no
    // content ("said to be ..." is no addressee: no name follows)
    if (t + 1 < e && lower(t) == "to" && (capitalised(t + 1) || lower(t + 1) == "reporters" || lower(t + 1) == "journalists" ||
                                          (lower(t + 1) == "the" && t + 2 < e && capitalised(t + 2)))) {
      uint32_t k = t + 1;
      if (lower(k) == "the") ++k;
      while (k < e && k < t + 6 && !punct(k) && (capitalised(k) || lower(k) == "reporters" || lower(k) == "journalists")) ++k;
      t = k;
    }
    // "said late on July 13 that ...", "said Sunday that ..."
    auto time_word = [&](uint32_t k) {
      const std::string_view w = lower(k);
      return w == "on" || w == "late" || w == "early" || w == "in" || w == "at" || w == "last" || w == "this";
    };
    bool changed = true;
    while (changed && t < e) {
      changed = false;
      while (t < e && in_time_[t]) { ++t; changed = true; }
      uint32_t k = t;
      while (k < e && k < t + 2 && time_word(k)) ++k;
      if (k > t && k < e && in_time_[k]) { t = k; changed = true; }
      if (t < e && lower(t) == "that") { ++t; changed = true; }
    }
    if (cue.medium_end > cue.medium_first && t == cue.medium_lead) {
      t = cue.medium_end;
      // EXAMPLE: "said in an interview with the BBC that ...": with whom is no content
      if (t + 1 < e && is(t, "with") && addressee_end(t + 1, e) > t + 1) t = addressee_end(t + 1, e);
    }
    // "told the court that, over the last months, ...": the content follows "that" and a
    // phrase between commas
    // EXAMPLE: "The bridge will reopen, the mayor said, adding that the repairs ...": the
    // "that" after a participle is the participle's (data/quote_cues.txt role participle);
    // the cue reports the clause before its comma
    for (uint32_t k = t; k < e && k < t + 5 && !is(k, ".") && !inside_[k] && quote_cue(k) != "participle"; ++k) {
      if (lower(k) == "that") {
        t = k + 1;
        break;
      }
    }
    // EXAMPLE: 'Commuters told the police, "We just want to get to work," as crowds built
    // up': a quotation right after the comma is what was told, read as such
    if (t + 1 < e && is(t, ",") && punct(t + 1) && dmark(t + 1)) return;
    if (t < e && is(t, ",")) {
      uint32_t k = t + 1;
      while (k < e && k < t + 16 && !is(k, ",")) ++k;
      if (k < e && is(k, ",")) {
        t = k + 1;
      } else if (t + 4 < e && !punct(t + 1) && !inside_[t + 1] && (capitalised(t + 1) || opens_clause(t + 1) || count_at(t + 1)) &&
                 !subordinate(cue) && short_subject(cue)) {
        // EXAMPLE: "In Syria, the press secretary said, Syrian democratic forces continue to
        // liberate territory": a comma after the cue and no comma closing a phrase after it:
        // EXAMPLE: "Yesterday, officials said, two people died": a count opens the clause too
        // the clause after the comma is what is reported ("he said, adding that ..." and
        // 'he said, “...”' open no clause of capitalised words or a determiner; in "As the
        // movie makes clear, the Lovings were ..." the cue's clause is a subordinate one)
        t = t + 1;
      }
    }
    if (t < e && lower(t) == "that") ++t;  // "explains, in a satirical fashion, that ..."
    // EXAMPLE: "The minister said: the attack was an act of terror.": a colon right after
    // the cue opens what it reports ('said: "..."' opens a quotation, read as such)
    if (t + 3 < e && is(t, ":") && !inside_[t + 1] && !punct(t + 1)) ++t;
    if (t >= e || punct(t)) return;
    // "said at a news conference in Kabul.", "told AFP on condition of anonymity.": where and
    // how it was said, to the sentence's end, is no content
    // ("said at a news conference in Kabul that ...": the content follows "that")
    if (const uint32_t z = after_signoff(cue, t, e); z > t) {
      if (z >= e || (punct(z) && z + 1 >= e)) return;
      if (is(z, "that") && z + 1 < e) t = z + 1;
    }
    uint32_t end = t;
    while (end < e && !(cue.embedded && is(end, ",")) && !new_clause(end, e)) ++end;
    while (end > t && punct(end - 1) && !dmark(end - 1)) --end;  // the final stop
    // EXAMPLE: "the Church denied these allegations", "Rathbun requested donations": a verb
    // whose object is what it reports (data/quote_cues.txt role object) takes a short one
    // ("said Monday" has none: time words are skipped, nothing is left)
    if (end - t < 3 && !(quote_cue(cue.first) == "object" && end > t)) return;
    // EXAMPLE: "What she's saying and what she's doing, it ...": a conjunction after the
    // verb joins another phrase, it opens no statement; "reports on aggregate pay": "on"
    // or "about" after the verb names a topic ("said on Friday that ..." skipped its time)
    // EXAMPLE: "Darin Fisher wrote this response on January 25, 2005:": a sentence that a
    // colon ends introduces what follows; its object is no statement ("said that ...:" is)
    // ("the Church denied these allegations:" keeps its object: data/quote_cues.txt role object)
    if (is(e - 1, ":") && (t == 0 || lower(t - 1) != "that") && quote_cue(cue.first) != "object") return;
    if (t == cue.end || (t == after_object && lower(t) == "about")) {
      const std::string_view w = lower(t);
      if (w == "and" || w == "or" || w == "but" || w == "on" || w == "about" || w == "with") return;
    }
    cue.content_first = t;
    cue.content_end = end;
  }

  // A subject of at most 8 words with no bracket or dash in it ("the press secretary",
  // not "the best dinners I've ever had (I not gon na").
  bool short_subject(const Cue& cue) const {
    if (cue.speaker_end - cue.speaker_first > 8) return false;
    for (uint32_t k = cue.speaker_first; k < cue.speaker_end; ++k) {
      if (punct(k) && !title_stop(k) && !possessive(k)) return false;
    }
    return true;
  }

  // A short quoted name at mark k (one to five words, the first capitalised and the rest
  // capitalised or function words, no sign): the token after its closing mark, else k.
  uint32_t quoted_name_end(uint32_t k, uint32_t e) const {
    if (k + 2 >= e || !punct(k) || !dmark(k) || !inside_[k + 1] || !capitalised(k + 1)) return k;
    uint32_t j = k + 1;
    while (j < e && inside_[j]) {
      if (j > k + 5) return k;
      if (!capitalised(j) && !possessive(j)) {
        const std::string_view r = quote_cue(j);
        if (r != "function" && r != "determiner") return k;
      }
      ++j;
    }
    if (j >= e || !punct(j) || !dmark(j)) return k;
    return j + 1;
  }

  // After "told" at t: whom it was told, up to its end ("told reporters", "told the BBC",
  // "told UPI's Climate", "told her", "told his trial judge that"); t when none.
  uint32_t addressee_end(uint32_t t, uint32_t e) const {
    if (t >= e || punct(t) || inside_[t]) return t;
    const std::string_view w0 = lower(t);
    if (w0 == "me" || w0 == "him" || w0 == "her" || w0 == "us" || w0 == "them" || w0 == "you") return t + 1;
    uint32_t k = t;
    const bool det = quote_cue(k) == "determiner";
    if (det) ++k;
    const uint32_t start = k;
    while (k < e && k < start + 5 && !inside_[k] && !in_time_[k]) {
      // EXAMPLE: 'He told the BBC's "Today" programme that the deal was dead.': a
      // programme's or paper's quoted name is part of whom it was told
      if (const uint32_t q = quoted_name_end(k, e); q > k) {
        k = q;
        continue;
      }
      if (!(capitalised(k) || title_stop(k) || (possessive(k) && k > start) || lower(k) == "reporters" ||
            lower(k) == "journalists")) {
        break;
      }
      ++k;
    }
    // EXAMPLE: "told a French newspaper.", "told a French girl he liked her": lower-case
    // nouns after the determiner and capitalised words, up to the sentence's end, "that",
    // a time or a clause's first word
    if (k > start && det && k < e && plain_noun(k) && !opens_clause(k)) {
      uint32_t j = k;
      while (j < e && j < k + 3 && plain_noun(j) && !opens_clause(j) && !is(j, "that")) ++j;
      if (j >= e || punct(j) || is(j, "that") || in_time_[j] || opens_clause(j)) return j;
    }
    if (k > start) return k;
    // lower-case nouns after a determiner only before "that" ("told his trial judge that";
    // "tells its own story" has none)
    if (det) {
      while (k < e && k < start + 4 && plain_noun(k) && !is(k, "that")) ++k;
      if (k > start && k < e && is(k, "that")) return k;
      // EXAMPLE: 'told the police, "everything he did"', "told the court he was innocent":
      // lower-case nouns after a determiner before a comma or colon and a quotation mark,
      // or before a subject pronoun, are whom it was told ("told the story." has neither)
      if (k > start && k + 1 < e && (is(k, ",") || is(k, ":")) && (inside_[k + 1] || (punct(k + 1) && dmark(k + 1)))) return k;
      if (k > start && k < e) {
        const std::string_view p = lower(k);
        if (p == "he" || p == "she" || p == "they" || p == "we" || p == "i") return k;
      }
    }
    return t;
  }

  // EXAMPLE: "..., the mayor said on Monday.", "..., he told reporters.", "..., she said in
  // a statement on Monday.": after a sign-off's cue and speaker (from x), whom it was told,
  // the medium and the time words, to where the sentence should end.
  uint32_t after_signoff(const Cue& cue, uint32_t x, uint32_t e) const {
    const std::string_view v = lower(cue.first);
    // ("told UPI's Climate": the medium found is its first word)
    if ((v == "told" || v == "tell" || v == "tells") && (x == cue.end || cue.medium_first == cue.end)) {
      x = std::max(x, addressee_end(cue.end, e));
    }
    for (int round = 0; round < 3 && x < e; ++round) {
      const uint32_t from = x;
      // "said in an interview with the BBC."
      if (cue.medium_end > cue.medium_first && x == cue.medium_end && x + 1 < e && is(x, "with")) {
        x = std::max(x, addressee_end(x + 1, e) > x + 1 ? addressee_end(x + 1, e) : x);
      }
      while (x < e && in_time_[x]) ++x;
      uint32_t k = x;
      while (k < e && k < x + 2 && (is(k, "on") || is(k, "late") || is(k, "early") || is(k, "in") || is(k, "at") ||
                                    is(k, "last") || is(k, "this"))) {
        ++k;
      }
      if (k > x && k < e && in_time_[k]) x = k;
      // EXAMPLE: "..., the official told AFP on condition of anonymity.", "..., a spokesman
      // told Reuters by phone.", "..., Smith said at a news conference in Kabul."
      if (x + 3 < e && is(x, "on") && lower(x + 1) == "condition" && lower(x + 2) == "of" && lower(x + 3) == "anonymity") x += 4;
      if (x + 1 < e && is(x, "by") && (lower(x + 1) == "phone" || lower(x + 1) == "telephone" || lower(x + 1) == "email" ||
                                       lower(x + 1) == "e-mail")) {
        x += 2;
      }
      if (x + 2 < e && (is(x, "at") || is(x, "in") || is(x, "during"))) {
        uint32_t m = x + 1;
        while (m < e && m < x + 5 && !punct(m) && !kQuoteMedia.contains(word(m))) ++m;
        if (m < e && m < x + 5 && kQuoteMedia.contains(word(m))) {
          x = m + 1;
          if (x + 1 < e && is(x, "in") && capitalised(x + 1)) {
            x += 1;
            while (x < e && capitalised(x)) ++x;
          }
        }
      }
      if (x == from) break;
    }
    return x;
  }

  // Words [f, x) with no punctuation, quotation, verb of a clause or speech verb.
  bool no_clause(uint32_t f, uint32_t x) const {
    for (uint32_t k = f; k < x; ++k) {
      const std::string_view r = quote_cue(k);
      if (punct(k) || inside_[k] || r == "clause" || r == "perfect" || r == "modal" || r == "thought" ||
          kSpeechVerbs.contains(word(k)) || past_ed(k)) {
        return false;
      }
    }
    return true;
  }

  // EXAMPLE: "Sunni Iraqis contend elections are impossible", "officials insist that ...":
  // a base form of a speech verb (data/quote_cues.txt role plural) reports after a plural
  // subject right before it, in a sentence that is no question ("Can you confirm the
  // price?", "please confirm the names", "may help explain the causes" report nothing)
  bool plural_subject(const Cue& cue, uint32_t e) const {
    if (cue.inverted || cue.speaker_end != cue.first || is(e - 1, "?")) return false;
    for (uint32_t k = cue.speaker_first; k < cue.speaker_end; ++k) {
      const std::string_view w = lower(k);
      if (quote_cue(k) == "modal" || w == "please" || w == "kindly" || w == "you" || w == "will" || w == "would" ||
          w == "help" || w == "not" || w == "do" || w == "did" || w == "does") {
        return false;
      }
    }
    const std::string_view h = lower(cue.speaker_end - 1);
    if (h == "they" || h == "we" || h == "people" || h == "police") return true;
    return h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's';
  }

  // Whether the cue's clause opens with a subordinating word ("As the movie makes clear,").
  bool subordinate(const Cue& cue) const {
    const uint32_t f = std::min(cue.first, cue.speaker_first);
    for (uint32_t k = f > 2 ? f - 2 : 0; k <= f && k < doc_.tokens.size(); ++k) {
      const std::string_view w = lower(k);
      if (w == "as" || w == "when" || w == "where" || w == "while" || w == "if" || w == "because" || w == "although" ||
          w == "though" || w == "since" || w == "unless" || w == "whether" || w == "like") {
        return true;
      }
    }
    return false;
  }

  // EXAMPLE: "Critics have characterized homeopathy as a form of quackery": a naming verb
  // (data/naming_verbs.txt) reports its object and what it is said to be, when "as" follows
  // within 12 words ("which the Church describes as a religious retreat": from "as");
  // "labelled him a traitor" and "dubbed the conflict: ..." report no such content, and
  // "described the area as “a sandy ...”" is its partial quotation's only (mostly quoted)
  // EXAMPLE: "critics blame the atmosphere of hostility toward Muslims for denying them
  // entry": a frame verb (data/quote_cues.txt role frame) takes "for" or "on" as well
  // ("Israel blamed the attack on Hamas"; "blamed the weather" reports nothing); a
  // ranking verb (role ranking) "among" only ("Amnesty rates the Rohingya among the
  // world's most persecuted groups")
  void naming_content(Cue& cue, uint32_t e, bool frame, bool ranking) {
    const auto link = [&](uint32_t k) {
      return ranking ? is(k, "among") : is(k, "as") || (frame && (is(k, "for") || is(k, "on")));
    };
    uint32_t as = cue.end;
    while (as < e && as < cue.end + 12 && !link(as) && !is(as, ".") && !is(as, ";") && !is(as, ":")) ++as;
    if (as >= e || !link(as) || as + 1 >= e || punct(as + 1)) return;
    uint32_t end = as + 1;
    while (end < e && !(cue.embedded && is(end, ",")) && !new_clause(end, e)) ++end;
    while (end > as && punct(end - 1) && !dmark(end - 1)) --end;  // the final stop
    if (end < as + 2) return;
    cue.content_first = cue.end;
    cue.content_end = end;
  }

  // "told AFP", "said on social media site X", "said in a statement".
  void medium(Cue& cue, uint32_t e) {
    const uint32_t after = cue.inverted ? cue.speaker_end : cue.end;
    if (lower(cue.first) == "told" && cue.end < e && capitalised(cue.end)) {
      cue.medium_first = cue.end;
      cue.medium_end = cue.end + 1;
      return;
    }
    for (uint32_t t = after; t < e && t < after + 3; ++t) {
      const std::string_view w = lower(t);
      if (w != "on" && w != "in") continue;
      uint32_t k = t + 1;
      bool media = false;
      uint32_t last = 0;
      while (k < e && k - t <= kMaxMediumTokens && !punct(k) && !inside_[k]) {
        if (kQuoteMedia.contains(word(k))) { media = true; last = k + 1; }
        ++k;
      }
      if (media) k = last;  // "in an audio message the start of ...": up to "message"
      if (media) {
        cue.medium_lead = t;
        uint32_t f = t + 1;
        if (f < k && (lower(f) == "a" || lower(f) == "an" || lower(f) == "the")) ++f;
        cue.medium_first = f;
        cue.medium_end = k;
      }
      return;
    }
  }

  // The entity a speaker phrase names: a person, else an organisation or place named in
  // its head ("The Health Ministry in the Hamas-run Gaza Strip" -> Health Ministry); an
  // unnamed source headed by a role word ("another senior official from ...") names
  // none; "he"/"she" is the person last named before, "the military" the entity whose
  // name ends in "military".
  std::string speaker_entity(uint32_t first, uint32_t end) {
    uint32_t head_end = first;
    while (head_end < end) {
      const std::string_view w = lower(head_end);
      if (w == "of" || w == "from" || w == "in" || w == "at" || w == "for" || w == "with" || w == ",") break;
      // EXAMPLE: "A leaked letter seen by Sky News says": "seen by" names who saw or
      // obtained the words, not who says them (data/quote_witness_verbs.txt; "a
      // statement issued by the ministry said" is the ministry's)
      if (head_end > first && head_end + 1 < end && lower(head_end + 1) == "by" && kQuoteWitnessVerbs.contains(w)) break;
      ++head_end;
    }
    if (head_end == first) head_end = end;
    const std::string_view w0 = lower(first);
    if (end - first == 1 && (w0 == "he" || w0 == "she" || w0 == "they" || w0 == "it")) {
      const bool person = w0 == "he" || w0 == "she";
      // EXAMPLE: '"I met Obama in Washington," he said.': a name inside a quotation is
      // not whom the pronoun outside it names
      const int e = !person ? last_org_[first] : w0 == "he" ? last_he_[first] : last_she_[first];
      return e >= 0 ? doc_.entities[static_cast<std::size_t>(e)].id : std::string();
    }
    int org = -1;
    for (uint32_t t = first; t < head_end; ++t) {
      const int e = entity_of_[t];
      if (e < 0) continue;
      if (doc_.entities[static_cast<std::size_t>(e)].type == "person") {
        // EXAMPLE: "Davis spokesman Steve Maviglio said" -> Maviglio: a person named after
        // role words that follow the first one speaks for them
        uint32_t u = t;
        while (u < head_end && entity_of_[u] == e) ++u;
        if (u < head_end && possessive(u)) ++u;
        const uint32_t roles = u;
        while (u < head_end && entity_of_[u] < 0 && kTitleWords.contains(lower(u))) ++u;
        if (u > roles && u < head_end && entity_of_[u] >= 0 &&
            doc_.entities[static_cast<std::size_t>(entity_of_[u])].type == "person")
          return doc_.entities[static_cast<std::size_t>(entity_of_[u])].id;
        return doc_.entities[e].id;
      }
      // EXAMPLE: "Russia's Defense Ministry said" -> the ministry: the entity after a possessive
      // ("Georgia's main opposition alliance" keeps Georgia: no entity after it)
      if (org < 0 || (t > first && possessive(t - 1) && e != org &&
                      doc_.entities[static_cast<std::size_t>(e)].type == "organization"))
        org = e;
    }
    // "Malaysia's Prime Minister, Najib Razak": the person the title is written before
    if (head_end < end && is(head_end, ",")) {
      for (uint32_t t = head_end + 1; t < end && !is(t, ","); ++t) {
        const int e = entity_of_[t];
        if (e >= 0 && doc_.entities[static_cast<std::size_t>(e)].type == "person") return doc_.entities[e].id;
      }
    }
    // EXAMPLE: "Governor Tom Hart ... “...,” the governor told reporters" -> Tom Hart: "the"
    // and a title is the person last named before with that title (roles' titles), when
    // one was; else an unnamed source
    if (w0 == "the" && head_end > first + 1 && kTitleWords.contains(word(head_end - 1)) && entity_of_[head_end - 1] < 0) {
      const std::string title = lower_ascii(doc_.text.substr(doc_.tokens[first + 1].span.start,
                                                             doc_.tokens[head_end - 1].span.end - doc_.tokens[first + 1].span.start));
      const uint32_t at = doc_.tokens[first].span.start;
      // EXAMPLE: "Interior Minister Ahmed Khalil ... “...,” the minister said" -> Ahmed
      // Khalil: a one-word title is also the head word of a longer one (its last word, or
      // the word before "of": "Secretary of State" for "the secretary"); a title said in
      // full wins over a head word
      const auto head_of = [](const std::string& t) {
        const std::size_t of = t.find(" of ");
        const std::string h = of == std::string::npos ? t : t.substr(0, of);
        const std::size_t sp = h.rfind(' ');
        return sp == std::string::npos ? h : h.substr(sp + 1);
      };
      const bool one_word = title.find(' ') == std::string::npos;
      int best = -1;
      uint32_t best_at = 0;
      bool best_full = false;
      for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
        const Entity& p = doc_.entities[k];
        if (p.type != "person" || p.unnamed || p.mentions.empty() || p.mentions.front().start >= at) continue;
        bool full = false, head = false;
        for (const std::string& t : p.titles) {
          const std::string lt = lower_ascii(t);
          full = full || lt == title;
          head = head || (one_word && head_of(lt) == title);
        }
        if (!full && !head) continue;
        uint32_t last = 0;
        for (const Span& m : p.mentions) {
          if (m.start < at) last = std::max(last, m.start);
        }
        if (best < 0 || (full && !best_full) || (full == best_full && last > best_at)) {
          best = static_cast<int>(k);
          best_at = last;
          best_full = full;
        }
      }
      if (best >= 0) return doc_.entities[static_cast<std::size_t>(best)].id;
    }
    // "a Hamas official": an unnamed source, tied to Hamas but not Hamas itself
    if (kTitleWords.contains(word(head_end - 1)) && entity_of_[head_end - 1] < 0) {
      return unnamed_source(first, head_end, end);
    }
    if (org >= 0) return doc_.entities[static_cast<std::size_t>(org)].id;
    if (w0 == "the" && head_end - first == 2) {
      const std::string_view head = word(first + 1);
      for (const Entity& ent : doc_.entities) {
        const std::string_view n = ent.name;
        if (ent.type != "person" && n.size() > head.size() && n.substr(n.size() - head.size()) == head &&
            n[n.size() - head.size() - 1] == ' ') {
          return ent.id;
        }
      }
    }
    return {};
  }

  // An unnamed source that speaks ("a Hamas official", "Rescuers", "another senior
  // official from ...") as an entity of its own: a person, or a group when the head is
  // plural; `unnamed`; tied to the organisations, countries and groups named in it (not
  // through a modifier: "Iran-backed"). "The official" is the last unnamed source with
  // that head word; "another ..." is a new one; a bare plural ("witnesses") said again
  // is the same group. The same words of one cue give the same entity for every quote.
  std::string unnamed_source(uint32_t first, uint32_t head_end, uint32_t end) {
    const auto key = std::make_pair(first, end);
    if (const auto it = unnamed_by_span_.find(key); it != unnamed_by_span_.end()) return it->second;
    const std::string_view det = lower(first);
    const bool definite = det == "the", another = det == "another";
    const bool has_det = definite || another || det == "a" || det == "an";
    const uint32_t name_first = has_det ? first + 1 : first;
    if (name_first >= head_end) return {};
    const std::string_view head = lower(head_end - 1);
    const std::string name(doc_.text.substr(doc_.tokens[name_first].span.start,
                                            doc_.tokens[head_end - 1].span.end - doc_.tokens[name_first].span.start));
    // the last unnamed source with this head word ("the official"), or with these words
    // (a bare plural said again), looked up, not scanned for
    int found = -1;
    if (definite) {
      if (const auto it = unnamed_by_head_.find(head); it != unnamed_by_head_.end()) found = it->second;
    } else if (!has_det) {
      if (const auto it = unnamed_by_name_.find(lower_ascii(name)); it != unnamed_by_name_.end()) found = it->second;
    }
    if (found < 0) {
      Entity e;
      e.id = "e" + std::to_string(doc_.entities.size() + 1);
      const bool plural = head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's';
      e.type = plural ? "group" : "person";
      e.name = name;
      e.unnamed = true;
      for (uint32_t t = first; t < end; ++t) {
        const int x = entity_of_[t];
        // "Ukrainian officials", "an Israeli military spokesman": the nationality's country
        // (ISO code), and its entity when the text names it
        // EXAMPLE: "Ukrainian officials said" -> country UA (and the id of "Ukraine")
        if (x < 0 && e.country.empty() && capitalised(t) && word(t).find('-') == std::string_view::npos) {
          if (const int d = kGazDemonyms.find(word(t)); d >= 0) {
            e.country = std::string(kGazDemonyms.canonical(d));
            if (const int c = doc_.country_entity(e.country); c >= 0) {
              const std::string& id = doc_.entities[static_cast<std::size_t>(c)].id;
              if (std::find(e.affiliations.begin(), e.affiliations.end(), id) == e.affiliations.end())
                e.affiliations.push_back(id);
            }
          }
        }
        if (x < 0 || word(t).find('-') != std::string_view::npos) continue;
        const Entity& named = doc_.entities[static_cast<std::size_t>(x)];
        if (named.type == "person" || named.unnamed) continue;
        if (std::find(e.affiliations.begin(), e.affiliations.end(), named.id) == e.affiliations.end()) {
          e.affiliations.push_back(named.id);
        }
      }
      // "an official from the Iran-backed Islamist group": the organisation the article is about so far
      if (e.affiliations.empty()) {
        bool group = false;  // "from the ... group" within a few words
        for (uint32_t t = head_end; t + 1 < end && !group; ++t) {
          if (!(is(t, "from") || is(t, "of") || is(t, "for")) || lower(t + 1) != "the") continue;
          for (uint32_t k = t + 2; k < end && k < t + 6 && !group; ++k) group = quote_cue(k) == "group";
        }
        std::size_t best = 0, best_n = 0;  // the organisation named most often before
        for (std::size_t k = 0; group && k < doc_.entities.size(); ++k) {
          const Entity& o = doc_.entities[k];
          if (o.type != "organization") continue;
          const std::size_t n = static_cast<std::size_t>(std::count_if(o.mentions.begin(), o.mentions.end(),
              [&](const Span& m) { return m.end <= doc_.tokens[first].span.start; }));
          if (n > best_n) { best = k; best_n = n; }
        }
        if (best_n >= 2) e.affiliations.push_back(doc_.entities[best].id);
      }
      doc_.entities.push_back(std::move(e));
      found = static_cast<int>(doc_.entities.size() - 1);
      unnamed_.push_back(static_cast<std::size_t>(found));
      unnamed_by_head_[std::string(head)] = found;
      unnamed_by_name_[lower_ascii(name)] = found;
    }
    Entity& e = doc_.entities[static_cast<std::size_t>(found)];
    const Span mention = span(first, end);
    // in order by start: found by binary search, inserted in place (mostly at the end)
    const auto at = std::lower_bound(e.mentions.begin(), e.mentions.end(), mention.start,
                                     [](const Span& m, uint32_t x) { return m.start < x; });
    if (at == e.mentions.end() || at->start != mention.start) e.mentions.insert(at, mention);
    return unnamed_by_span_[key] = e.id;
  }

  Quote make(uint32_t first, uint32_t end, const char* kind, const Cue* cue) const {
    Quote q;
    q.span = span(first, end);
    q.kind = kind;
    if (cue) {
      q.speaker = cue->speaker;
      q.speaker_span = span(cue->speaker_first, cue->speaker_end);
      q.cue_span = span(cue->first, cue->end);
      // the cue's words: "said", "according to", "pointed out"
      q.cue = lower_ascii(doc_.text.substr(q.cue_span.start, q.cue_span.end - q.cue_span.start));
      if (cue->medium_end > cue->medium_first) q.medium_span = span(cue->medium_first, cue->medium_end);
    }
    return q;
  }

  // A transcript's turn: a paragraph that opens with its speaker's label and a colon, and
  // ends as a sentence does, is that speaker's words, when nothing in it is quoted already.
  // The label is a person's full name, or words in capitals with a role word among them
  // ("THE PRESIDENT", "MR. SMITH", "SECRETARY KERRY"), but not a heading of
  // data/quote_label_stops.txt.
  // EXAMPLE: "THE PRESIDENT: I appreciate that." -> direct, speaker "THE PRESIDENT";
  //          "Nick Bos: I was always interested in ants." -> direct, Nick Bos;
  //          not "Image: Mathias Krumbholz." nor "Note: the figures are provisional."
  void transcript_turns() {
    const std::vector<Sentence>& ss = doc_.sentences;
    std::vector<uint8_t> quoted(doc_.tokens.size(), 0);  // tokens inside a quote found already
    for (const Quote& q : doc_.quotes) {
      for (uint32_t t = doc_.token_at(q.span.start); t < doc_.tokens.size() && doc_.tokens[t].span.start < q.span.end; ++t) {
        if (doc_.tokens[t].span.end > q.span.start) quoted[t] = 1;
      }
    }
    for (std::size_t i = 0; i < ss.size(); ++i) {
      if (i > 0 && ss[i - 1].paragraph == ss[i].paragraph) continue;
      std::size_t last = i;
      while (last + 1 < ss.size() && ss[last + 1].paragraph == ss[i].paragraph) ++last;
      const uint32_t first = ss[i].first_token, end = ss[last].end_token;
      uint32_t colon = first;
      if (!turn_label(first, end, colon)) continue;
      // a turn is sentences: it ends as one does ("Frank Messina: An Interview with the
      // 'Mets Poet'" is a title)
      const std::string_view tail = word(end - 1);
      if (!(tail == "." || tail == "?" || tail == "!" || tail == "\"" || tail == "\xE2\x80\x9D")) continue;
      if (std::find(quoted.begin() + colon + 1, quoted.begin() + end, 1) != quoted.begin() + end) continue;
      doc_.quotes.push_back(turn(first, colon, end));
    }
  }

  // Whether [first, end) opens with a transcript turn's label and its colon (at `colon`): a
  // person's full name (two words or more: "Dan:" opens a letter to Dan), or words in
  // capitals with a role word among them ("THE PRESIDENT:"; "WHEN:", "STEP ONE:" are
  // headings), not a heading of data/quote_label_stops.txt.
  bool turn_label(uint32_t first, uint32_t end, uint32_t& colon) const {
    colon = first;
    while (colon < end && colon < first + 5 && !is(colon, ":")) ++colon;
    if (colon == first || colon >= end || !is(colon, ":") || colon + 1 >= end) return false;
    if (kQuoteLabelStops.contains(doc_.slice(span(first, colon)))) return false;
    const int e = entity_of_[first];
    bool person = e >= 0 && doc_.entities[static_cast<std::size_t>(e)].type == "person" && colon - first >= 2;
    for (uint32_t t = first; t < colon && person; ++t) person = entity_of_[t] == e || is(t, ".");
    bool caps = true, role = false;
    for (uint32_t t = first; t < colon && caps; ++t) {
      std::string w(word(t));
      for (char& c : w) {
        if (c >= 'a' && c <= 'z') caps = false;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      }
      if (!w.empty() && w.back() == '.') w.pop_back();
      role = role || kTitleWords.contains(w);
    }
    return person || (caps && role);
  }
  // The turn [colon + 1, end) that the label [first, colon) speaks.
  Quote turn(uint32_t first, uint32_t colon, uint32_t end) const {
    Quote q;
    q.span = span(colon + 1, end);
    q.kind = "direct";
    q.speaker_span = span(first, colon);
    for (uint32_t t = first; t < colon && q.speaker.empty(); ++t) {  // "SECRETARY KERRY": Kerry
      const int x = entity_of_[t];
      if (x >= 0 && doc_.entities[static_cast<std::size_t>(x)].type == "person") q.speaker = doc_.entities[x].id;
    }
    return q;
  }

  // Each quotation gets the nearest cue of the sentences it touches; one that opens a
  // paragraph after one that ran on keeps that one's speaker; a quotation with no cue
  // is speech only when it is a whole paragraph, else words in quotation marks
  // ("safe" zones). Each cue's reported content is indirect speech.
  void attribute() {
    for (Quote& q : passives_) doc_.quotes.push_back(std::move(q));
    std::size_t previous = ~std::size_t{0};  // the quote of a paragraph that ran on
    for (const Segment& s : segments_) {
      uint32_t first = s.open, end = s.close;
      while (end > first && is(end - 1, ",")) --end;  // "...," said X: the comma is not quoted
      if (end <= first) continue;
      const std::size_t carried = previous;
      previous = ~std::size_t{0};
      // the nearest cue in the sentences the quotation touches (and a sign-off after it)
      const Cue* best = nullptr;
      uint32_t best_d = ~0u;
      const uint32_t lo = sentence_start(first), hi = sentence_end(s.close < doc_.tokens.size() ? s.close : s.close - 1);
      const auto from = cues_from(lo);  // the cues of those sentences (a cue's content is in its own)
      for (auto it = from; it != cues_.end() && it->first < hi; ++it) {
        // a partial quotation inside what a cue reports is that cue's ("said they were
        // concerned that those ... “may try to use ...”"), unless another cue sits inside
        // that content too ("said ... who was “fine” according to another figure")
        const Cue& c = *it;
        if (c.content_first <= first && end <= c.content_end && c.content_end > c.content_first && !nests_cue(c)) {
          best = &c;
          best_d = 0;
          break;
        }
      }
      for (auto it = from; best_d != 0 && it != cues_.end() && it->first < hi; ++it) {
        const Cue& c = *it;
        uint32_t d = c.first >= s.close ? c.first - s.close : first > c.end ? first - c.end : 0;
        if (c.end <= first) {  // "told international mediators of the “decision ...”": its object
          bool clause = true;
          for (uint32_t t = c.end; t + 1 < first; ++t) clause = clause && !(punct(t) && !dmark(t));
          if (clause) d = 0;
        }
        if (d < best_d) { best_d = d; best = &c; }
      }
      const uint32_t words = end - first;
      // EXAMPLE: 'I would suggest "The Breakfast Club" in Chicago.', '" A View from the Eye of
      // the Storm "' (a paragraph), 'his book "A Sand County Almanac."': a name in title case
      // is a title, not speech ('"Let heads roll!"', '"We Will Win!"' have a sign)
      if (!s.runs_on && !s.continues && title_case(first, end)) continue;
      // EXAMPLE: 'the word "freedom" appears 12 times', 'the so-called "peace plan"': a noun
      // of data/quote_mention_nouns.txt right before the mark makes the words a mention
      // EXAMPLE: 'an aide known as "the Banker"', 'an aide nicknamed "the Banker"': a name
      // ('it was known as a "safe" zone' has a word between)
      if (!s.runs_on && !s.continues && s.open >= 3 && !inside_[s.open - 2] && lower(s.open - 2) == "as" &&
          (lower(s.open - 3) == "known" || (s.open >= 4 && adverb_ly(s.open - 3) && lower(s.open - 4) == "known"))) {
        continue;
      }
      // EXAMPLE: 'The film "Parasite" won', 'the BBC's "Today" programme', 'known as "Bobo"':
      // one capitalised word after a determiner, a possessive, a noun or "as" is a name
      // ('he said "Never"', 'replied: "Never."' have a cue or a colon before the mark)
      if (!s.runs_on && !s.continues && words == 1 && s.open >= 2 && capitalised(first) && !inside_[s.open - 2] &&
          (quote_cue(s.open - 2) == "determiner" || possessive(s.open - 2) || lower(s.open - 2) == "as" ||
           (plain_noun(s.open - 2) && quote_cue(s.open - 2).empty() && !kSpeechVerbs.contains(word(s.open - 2))))) {
        continue;
      }
      if (!s.runs_on && !s.continues && s.open >= 2 && !inside_[s.open - 2] && kQuoteMentionNouns.contains(word(s.open - 2))) {
        continue;
      }
      const Paragraph* para = paragraph_of(first);
      const bool whole = para && s.open == para->first_token + 1;
      const char* kind = (whole || words >= 6) ? "direct" : "partial";
      // a paragraph that is one quotation and names no speaker: the one the paragraph
      // before introduced ("Obama tweeted:" on its own line), else the speaker of the
      // quotation the paragraph before ended with
      std::size_t before = ~std::size_t{0};
      // EXAMPLE: '"So far, it's the Internet: 1, Scientology: 0." - Matthew Ingram': a
      // paragraph that is a quotation and then only a name (after a dash, or with a title
      // after a comma: 'Anonymous blogger, "..."') is a pull quote signed by that name
      // ('"...," he said.' has a verb: a cue's sign-off)
      // EXAMPLE: 'Smith: "We will keep fighting for our rights."': a name (an entity other
      // than a place) and a colon open the paragraph, as in a transcript ('Update: "..."'
      // names nobody)
      if (!best && para && s.open >= para->first_token + 3 && is(s.open - 2, ":") && s.open - 2 - para->first_token <= 5 &&
          capitalised(para->first_token)) {
        const uint32_t f = para->first_token, x = s.open - 2;
        bool name = false, words = true;
        for (uint32_t k = f; k < x; ++k) {
          const int n = entity_of_[k];
          name = name || (n >= 0 && doc_.entities[static_cast<std::size_t>(n)].type != "location");
          words = words && !punct(k) && !kSpeechVerbs.contains(word(k)) && quote_cue(k).empty();
        }
        if (name && words) {
          Quote q = make(first, end, kind, nullptr);
          q.speaker_span = span(f, x);
          q.speaker = speaker_entity(f, x);
          doc_.quotes.push_back(q);
          if (s.runs_on) previous = doc_.quotes.size() - 1;
          continue;
        }
      }
      if (!best && whole && !s.runs_on && !s.continues) {
        uint32_t f = 0, x = 0;
        if (pull_quote_signoff(s.close + 1, para->end_token, f, x)) {
          // EXAMPLE: '"Prompted I think by the Tom Cruise video, ..." Anonymous blogger, "Anon
          // declares war ..."' above 'The poster wrote that "Prompted I think by the Tom
          // Cruise video, ..."': a pull quote repeats a quotation of the body, which is
          // the attribution (with its cue); the repeat is left out ('"So far, it's the
          // Internet: 1, Scientology: 0." - Matthew Ingram', quoted nowhere else, stays)
          if (repeated_elsewhere(s)) continue;
          Quote q = make(first, end, kind, nullptr);
          q.kind = "direct";
          q.speaker_span = span(f, x);
          q.speaker = speaker_entity(f, x);
          doc_.quotes.push_back(q);
          continue;
        }
      }
      // EXAMPLE: '"...," cried the crowd of thousands.': a speech verb right after the
      // quotation that found no speaker still says the paragraph before did not speak it
      // ('"Loving" opens with Richard and Mildred ...': a short title opening a paragraph,
      // words after it, is no quotation the paragraph before introduced)
      const bool stands_alone = words >= 6 || s.runs_on || s.close + 1 >= para->end_token || punct(s.close + 1);
      bool asked = false;  // the answer to a question about a person (below)
      if (!best && whole && stands_alone && !s.continues && para != &doc_.paragraphs.front() &&
          !verb_after(s.close, para->end_token)) {
        const Paragraph& prev = *(para - 1);
        const uint32_t last = prev.end_token - 1;
        if (prev.end_token > prev.first_token && (is(last, ":") || is(last, ","))) {
          for (auto it = cues_from(sentence_start(last)); it != cues_.end() && it->first < prev.end_token; ++it) {
            if (it->end <= prev.end_token && it->content_end <= it->content_first) best = &*it;
          }
        }
        // EXAMPLE: '"This is a tragedy," he said. "We will rebuild." / "Nobody expected
        // this."': a short quotation that ends the paragraph before hands on its speaker too
        const auto ends_prev = [&](const Quote& q) {
          // (a sentence of its own: a capital opens it; 'would be "rebuilt."' hands on nothing)
          return q.kind == "direct" || (q.kind == "partial" && q.span.end + 6 >= doc_.tokens[last].span.end &&
                                        q.span.end > q.span.start && doc_.text[q.span.start] >= 'A' && doc_.text[q.span.start] <= 'Z');
        };
        if (!best && !doc_.quotes.empty() && ends_prev(doc_.quotes.back()) && doc_.quotes.back().speaker_span.end > doc_.quotes.back().speaker_span.start &&
            doc_.quotes.back().span.start >= doc_.tokens[prev.first_token].span.start) {
          before = doc_.quotes.size() - 1;
        }
        // EXAMPLE: "Why did she so badly want to attend? / “It's Warhol. / He is a
        // legend.”": a paragraph that is one question about "he" or "she" (the writer
        // asked it) hands that person the answer that follows
        if (!best && before == ~std::size_t{0} && prev.end_token > prev.first_token + 2 && is(last, "?") &&
            sentence_start(last) == prev.first_token) {
          for (uint32_t k = prev.first_token; k < last; ++k) {
            if (lower(k) != "he" && lower(k) != "she") continue;
            const std::string who = speaker_entity(k, k + 1);
            if (who.empty()) break;
            Quote q = make(first, end, "direct", nullptr);
            q.speaker_span = span(k, k + 1);
            q.speaker = who;
            doc_.quotes.push_back(q);
            asked = true;
            break;
          }
          if (asked) {
            if (s.runs_on) previous = doc_.quotes.size() - 1;
            continue;
          }
        }
        // EXAMPLE: "Wilkins also said Warhol was both an artist and a businessperson. /
        // “As a way to commercialize his work, ...”": a paragraph that ends in a cue's
        // sentence hands its speaker to the quotation paragraph after it
        if (!best && before == ~std::size_t{0} && prev.end_token > prev.first_token) {
          for (auto it = cues_from(sentence_start(last)); it != cues_.end() && it->first < prev.end_token; ++it) {
            if (!it->finding) best = &*it;
          }
        }
      }
      // EXAMPLE: '"It was terrible," said Ahmed Khan, a shopkeeper. "We lost everything in
      // one night."': a quotation that is a whole sentence of its own, with no cue in it,
      // is speech; a cue in the sentence right before it in the paragraph gives its
      // speaker ('"Star Wars" earned $200 million.' is no whole sentence: words follow)
      bool whole_sentence = false;
      uint32_t colon_sentence = ~0u;  // the first token of the sentence a colon-led quotation ends
      if (!best && !whole && before == ~std::size_t{0} && !(s.continues && carried != ~std::size_t{0})) {
        const auto sent = sentence_of(first);
        // EXAMPLE: 'One of the posts has a line which would have delighted Chris: “More
        // African than you, I have not known.”': a quotation after a colon that ends the
        // sentence is one too, with no verb of speech ('the sign read “Stop”' has no colon;
        // 'Update: "..."' has no clause before it)
        const bool after_colon = sent != doc_.sentences.end() && s.open >= sent->first_token + 5 && is(s.open - 2, ":");
        if (sent != doc_.sentences.end() && (s.open == sent->first_token + 1 || after_colon)) {
          const auto last = sentence_of(s.close);  // the sentence the closing mark ends
          uint32_t rest = s.close + 1;            // after it: at most the final stop
          while (last != doc_.sentences.end() && rest < last->end_token && punct(rest) && !dmark(rest)) ++rest;
          whole_sentence = s.runs_on || (last != doc_.sentences.end() && rest >= last->end_token);
          if (whole_sentence && after_colon) colon_sentence = sent->first_token;
        }
        if (whole_sentence && !after_colon && sent != doc_.sentences.begin() && (sent - 1)->paragraph == sent->paragraph) {
          for (auto it = cues_from((sent - 1)->first_token); it != cues_.end() && it->first < (sent - 1)->end_token; ++it) {
            best = &*it;
          }
        }
      }
      // EXAMPLE: 'I think a "modest" increase may be necessary', 'We asked for a "wish list"':
      // short quoted words in what the writer ("I", "we" outside quotation marks) says are
      // the writer's scare quotes, not speech ('he said it was "a disgrace"' keeps them)
      if (best && std::string_view(kind) == "partial" && best->speaker_end == best->speaker_first + 1 &&
          (lower(best->speaker_first) == "i" || lower(best->speaker_first) == "we")) {
        continue;
      }
      // 'The "History" section of the site explains': a label inside the speaker's words
      if (best && std::string_view(kind) == "partial" && !best->signoff && best->speaker_end > best->speaker_first &&
          s.close + 1 >= best->speaker_first && s.close < best->speaker_end && !is(s.close - 1, ",")) {
        continue;
      }
      // EXAMPLE: '"We staged this fair ...," Masoud Shojai, head of the country's "Iran
      // Cartoon" association, said.': short quoted words inside the speaker's words, or
      // between them and the verb after them, name something, whatever the cue
      if (best && std::string_view(kind) == "partial" && s.open > best->speaker_first &&
          (s.close < best->speaker_end || (best->speaker_first < best->first && s.close < best->first))) {
        continue;
      }
      // EXAMPLE: '"...," Microsoft says on "The Internet Explorer 6 Countdown".': quoted
      // words right after "on" after the cue or its speaker are where it was said (a
      // site's, a show's title), not speech ('said on Friday the plan was "dead"' is)
      if (best && std::string_view(kind) == "partial" && s.open >= 2 && is(s.open - 2, "on") &&
          (best->end == s.open - 2 || best->speaker_end == s.open - 2)) {
        continue;
      }
      // EXAMPLE: '"Q Thank you -- ... what will the main theme say? / " THE PRESIDENT: I
      // appreciate that.': a transcript quoted in the text; a quotation with no cue that
      // opens with a turn's label is that speaker's ('"Update: the road is open."' is a
      // heading's: no role word, no person)
      uint32_t label_colon = 0;
      if (!best && before == ~std::size_t{0} && turn_label(first, end, label_colon) && label_colon + 2 < end) {
        doc_.quotes.push_back(turn(first, label_colon, end));
        if (s.runs_on) previous = doc_.quotes.size() - 1;
        continue;
      }
      if (best) {
        doc_.quotes.push_back(make(first, end, kind, best));
      } else if ((s.continues && carried != ~std::size_t{0}) || before != ~std::size_t{0}) {
        Quote q = doc_.quotes[before != ~std::size_t{0} ? before : carried];
        q.span = span(first, end);
        q.kind = "direct";
        doc_.quotes.push_back(q);
      } else if (colon_sentence != ~0u && (words >= 6 || s.runs_on)) {
        // the words that open the sentence before its verb name who wrote or said it ("One
        // of their many grieving Facebook posts has a line ...: “...”")
        Quote q = make(first, end, "direct", nullptr);
        Cue subject;
        opening_subject(colon_sentence, s.open - 2, subject);
        // "Adnan Z. Amin, General Director of ..., is certain: “...”": the name opening it
        if (subject.speaker_end <= subject.speaker_first) opening_name(colon_sentence, s.open - 2, subject);
        if (subject.speaker_end > subject.speaker_first) {
          q.speaker_span = span(subject.speaker_first, subject.speaker_end);
          q.speaker = speaker_entity(subject.speaker_first, subject.speaker_end);
        }
        doc_.quotes.push_back(q);
      } else if ((whole || whole_sentence) && (words >= 6 || s.runs_on)) {
        // EXAMPLE: '“It's Warhol. / He is a legend.”': a quotation paragraph that runs on
        // into the next is speech however short its first line ('the “safe” zones' is not)
        // EXAMPLE: '"The future is only peace. The problem is how long will it take."' above
        // the interview whose answer says it: a paragraph that is only a quotation with no
        // speaker, its words said again elsewhere in the text, is a pull quote
        if (whole && !s.runs_on && !s.continues && s.close + 2 >= para->end_token && said_again(s)) continue;
        doc_.quotes.push_back(make(first, end, "direct", nullptr));
      } else {
        continue;  // words in quotation marks, not speech
      }
      if (s.runs_on) previous = doc_.quotes.size() - 1;
    }
    for (const Cue& c : cues_) {
      if (c.content_end <= c.content_first) continue;
      // content that is mostly a quotation is that quotation, not reported speech besides
      uint32_t quoted = 0;
      for (uint32_t t = c.content_first; t < c.content_end; ++t) quoted += inside_[t];
      if (quoted * 2 >= c.content_end - c.content_first) continue;
      // "According to the Herald, Professor Burrows said ...": the innermost attribution
      // is the one reported (the outer source is where it was read)
      if (c.according && nests_cue(c)) continue;
      // EXAMPLE: "The secretary and Abadi agreed that there will still be work ..., the
      // release said.": so with a sign-off's content before it
      if (c.content_end <= c.first && nests_cue(c)) continue;
      doc_.quotes.push_back(make(c.content_first, c.content_end, "indirect", &c));
    }
  }

  // EXAMPLE: "Foreign Office Minister, Tobias Ellwood, said: / The attack was a horrific act
  // of terror ... / I offer my sincere condolences ... / The UK stands by Iraq ...": a cue
  // whose paragraph ends in a colon right after it (a medium may stand between: "said in a
  // statement:") reports the paragraphs after it that hold no quotation mark, each ending
  // in a stop, up to one that ends in a colon or opens with a mark (at most 12); with
  // quotation marks the quotation is read as such ("Obama tweeted: / “...”")
  bool statement_after(Cue& cue) const {
    const Paragraph* p = paragraph_of(cue.first);
    if (!p || p->end_token < 2 || !is(p->end_token - 1, ":") || cue.end + 1 + kMaxMediumTokens < p->end_token) return false;
    for (uint32_t t = cue.end; t + 1 < p->end_token; ++t) {
      if (punct(t) || inside_[t]) return false;
    }
    const Paragraph* last = nullptr;
    for (const Paragraph* q = p + 1; q < doc_.paragraphs.data() + doc_.paragraphs.size() && q <= p + 12; ++q) {
      if (q->end_token <= q->first_token + 2) break;
      bool mark = false;
      for (uint32_t t = q->first_token; t < q->end_token && !mark; ++t) mark = punct(t) && dmark(t);
      const std::string_view end = word(q->end_token - 1);
      if (mark || !(end == "." || end == "!" || end == "?")) break;
      last = q;
    }
    if (!last) return false;
    cue.content_first = (p + 1)->first_token;
    cue.content_end = last->end_token - 1;
    return true;
  }

  // Quoted words [first, end) that are a name in title case: two to ten words, every word
  // capitalised but the function words and determiners of data/quote_cues.txt ("of",
  // "the", "and"), at least two capitalised words, no sign but a final stop (a quotation
  // with "!", "?", a comma or a colon is speech).
  bool title_case(uint32_t first, uint32_t end) const {
    if (end > first && is(end - 1, ".")) --end;
    if (end < first + 2 || end > first + 10) return false;
    uint32_t caps = 0;
    for (uint32_t t = first; t < end; ++t) {
      const TokenKind k = doc_.tokens[t].kind;
      if (k == TokenKind::Number) continue;
      if (k != TokenKind::Word) {
        if (is(t, "'s") || is(t, "\xE2\x80\x99s") || is(t, "-") || is(t, "&")) continue;
        return false;
      }
      if (capitalised(t)) {
        ++caps;
        continue;
      }
      const std::string_view r = quote_cue(t);
      if (r != "function" && r != "determiner") return false;
    }
    // EXAMPLE: 'Residents call the area "the Jungle"', 'an aide, "the Banker,"': a lower-case
    // "the" and capitalised words are a name too ('"The President"' has two capitals)
    if (caps >= 1 && end <= first + 4 && is(first, "the")) return true;
    return caps >= 2;
  }

  // The words of a quotation, ASCII letters and digits only, lower case.
  std::string folded(uint32_t first, uint32_t end) const {
    std::string out;
    if (end <= first) return out;
    for (const char ch : doc_.lslice(span(first, end))) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    }
    return out;
  }
  // Whether segment s's words (20 letters or more) stand inside another quotation of the
  // document. Asked of at most 8 pull quotes a document, each a pass over the quotations'
  // text: linear.
  bool repeated_elsewhere(const Segment& s) {
    if (pull_quotes_checked_++ >= 8) return false;
    if (folded_.empty()) {
      for (const Segment& o : segments_) folded_.push_back(folded(o.open, o.close));
    }
    const std::string mine = folded(s.open, s.close);
    if (mine.size() < 20) return false;
    for (std::size_t k = 0; k < segments_.size(); ++k) {
      if (segments_[k].open == s.open) continue;
      if (folded_[k].size() >= mine.size() && folded_[k].find(mine) != std::string::npos) return true;
    }
    return false;
  }

  // Whether segment s's words (20 letters or more) stand twice in the document's text (its
  // own and another). At most 8 asked a document (with repeated_elsewhere's): linear.
  bool said_again(const Segment& s) {
    if (pull_quotes_checked_++ >= 8) return false;
    if (folded_text_.empty()) {
      for (const char ch : doc_.lower) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) folded_text_ += ch;
      }
    }
    const std::string mine = folded(s.open, s.close);
    if (mine.size() < 20) return false;
    const std::size_t at = folded_text_.find(mine);
    return at != std::string::npos && folded_text_.find(mine, at + 1) != std::string::npos;
  }

  // The cues in text order from token t on (cues_ is in text order).
  std::vector<Cue>::const_iterator cues_from(uint32_t t) const {
    return std::lower_bound(cues_.begin(), cues_.end(), t, [](const Cue& c, uint32_t x) { return c.first < x; });
  }
  // Another cue inside what cue c reports ("According to the Herald, Burrows said ...").
  // EXAMPLE: "Iraqi forces maintained their positions on three sides of Mosul, Davis said
  // today.": a thought verb that reports no clause ("maintained their positions") is no
  // attribution inside the content; Davis's stays
  bool nests_cue(const Cue& c) const {
    for (auto it = cues_from(c.content_first); it != cues_.end() && it->first < c.content_end; ++it) {
      if (&*it != &c && !it->bare_thought) return true;
    }
    return false;
  }

  std::vector<Sentence>::const_iterator sentence_of(uint32_t t) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t x, const Sentence& s) { return x < s.first_token; });
    if (it == doc_.sentences.begin()) return doc_.sentences.end();
    --it;
    return t < it->end_token ? it : doc_.sentences.end();
  }
  uint32_t sentence_start(uint32_t t) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t x, const Sentence& s) { return x < s.first_token; });
    return it == doc_.sentences.begin() ? t : (it - 1)->first_token;
  }
  uint32_t sentence_end(uint32_t t) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t x, const Sentence& s) { return x < s.first_token; });
    if (it == doc_.sentences.begin()) return t + 1;
    --it;
    // a sign-off may sit in the sentence after the quotation's own ("... again." he said.)
    const auto next = it + 1;
    if (next != doc_.sentences.end() && next->first_token == it->end_token && next->paragraph == it->paragraph) {
      return next->end_token;
    }
    return it->end_token;
  }
  const Paragraph* paragraph_of(uint32_t t) const {
    auto it = std::upper_bound(doc_.paragraphs.begin(), doc_.paragraphs.end(), t,
                               [](uint32_t x, const Paragraph& p) { return x < p.first_token; });
    if (it == doc_.paragraphs.begin()) return nullptr;
    --it;
    return t < it->end_token ? &*it : nullptr;
  }
};

}  // namespace

void find_quotes(Document& doc) { QuoteFinder(doc).run(); }

}  // namespace nf
