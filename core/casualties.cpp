#include "casualties.h"

#include <algorithm>
#include <string>

#include "lexicon.h"
#include "token_view.h"

namespace nf {
namespace {

using Sent = TokenView;

// Longest cue from i: its category and token count (0 if none).
uint32_t cue_at(const Sent& s, uint32_t i, std::string& category) {
  int idx = -1;
  const uint32_t n = longest_match(s, i, kCasualtyCues, idx);
  if (n) category = std::string(kCasualtyCues.canonical(idx));
  return n;
}

// Words that may stand between a cue and its count (data/casualty_between.txt).
bool between_ok(const Sent& s, uint32_t i) { return s.in(i) && kCasualtyBetween.contains(s.t(i)); }

// Words between a count and its cue (data/casualty_auxiliaries.txt).
bool auxiliary(const Sent& s, uint32_t i) { return s.in(i) && kCasualtyAuxiliaries.contains(s.t(i)); }

Count* slot(Casualty& c, const std::string& category) {
  if (category == "killed") return &c.killed;
  if (category == "wounded") return &c.wounded;
  if (category == "missing") return &c.missing;
  if (category == "kidnapped") return &c.kidnapped;
  if (category == "arrested") return &c.arrested;
  if (category == "displaced") return &c.displaced;
  return nullptr;
}

bool countable(const Quantity& q) {
  return q.unit.empty() || q.unit == "person";
}

bool speech_verb(const Sent& s, uint32_t i) { return s.in(i) && kSpeechVerbs.contains(s.t(i)); }

// Who reported the figure: the subject before a speech verb ("The Health Ministry in the
// Hamas-run Gaza Strip said" -> "The Health Ministry"), or what follows "according to".
Span source_of(const Sent& s) {
  for (uint32_t i = s.b; i + 1 < s.e; ++i) {
    if (s.ieq(i, "according") && s.ieq(i + 1, "to")) {
      uint32_t k = i + 2, end = k;
      while (end < s.e && !s.clause_break(end) && end < k + 8) ++end;
      if (end > k) return {s.tok(k).span.start, s.tok(end - 1).span.end};
    }
  }
  for (uint32_t v = s.b; v < s.e; ++v) {
    if (!speech_verb(s, v)) continue;
    uint32_t start = v;
    while (start > s.b && !s.clause_break(start - 1) && !s.ieq(start - 1, "where") && !s.ieq(start - 1, "that") &&
           v - start < 12)
      --start;
    uint32_t end = v;
    while (end > start && (s.ieq(end - 1, "also") || s.ieq(end - 1, "later") || s.ieq(end - 1, "earlier") ||
                           s.ieq(end - 1, "previously") || s.ieq(end - 1, "had") || s.ieq(end - 1, "has")))
      --end;
    for (uint32_t k = start + 1; k < end; ++k) {  // cut at a preposition: "the ministry in Gaza"
      if (s.ieq(k, "in") || s.ieq(k, "of") || s.ieq(k, "from") || s.ieq(k, "at") || s.ieq(k, "for")) {
        end = k;
        break;
      }
    }
    if (end > start && end - start <= 8) {
      // A pronoun or a lone "it" names no source.
      if (end - start == 1 && (s.ieq(start, "it") || s.ieq(start, "he") || s.ieq(start, "she") || s.ieq(start, "they")))
        return {};
      return {s.tok(start).span.start, s.tok(end - 1).span.end};
    }
  }
  return {};
}

bool capital_word(const Sent& s, uint32_t i) {
  return s.in(i) && s.tok(i).kind == TokenKind::Word && (s.tok(i).flags & kCapitalized);
}

bool inside(const std::vector<Span>& spans, Span x) {
  for (const Span& y : spans) {
    if (x.start < y.end && x.end > y.start) return true;
  }
  return false;
}

// Where: "Al-Mawasi, where ..." at the start, else the last "in/at/on/near (the) Name".
Span location_of(const Sent& s, const std::vector<Span>& avoid) {
  if (capital_word(s, s.b)) {
    uint32_t k = s.b;
    while (capital_word(s, k)) ++k;
    if (s.t(k) == "," && s.ieq(k + 1, "where")) return {s.tok(s.b).span.start, s.tok(k - 1).span.end};
  }
  Span best;
  for (uint32_t i = s.b; i + 1 < s.e; ++i) {
    if (!(s.ieq(i, "in") || s.ieq(i, "at") || s.ieq(i, "on") || s.ieq(i, "near") || s.ieq(i, "of"))) continue;
    uint32_t k = i + 1;
    if (s.ieq(k, "the")) ++k;
    if (!capital_word(s, k)) continue;
    uint32_t end = k;
    while (capital_word(s, end)) ++end;
    const Span sp{s.tok(k).span.start, s.tok(end - 1).span.end};
    if (inside(avoid, sp)) continue;
    if (s.ieq(i, "of") && !(i > s.b && (s.ieq(i - 1, "parts") || s.ieq(i - 1, "outskirts") ||
                                         s.ieq(i - 1, "centre") || s.ieq(i - 1, "center") ||
                                         s.ieq(i - 1, "north") || s.ieq(i - 1, "south") ||
                                         s.ieq(i - 1, "east") || s.ieq(i - 1, "west"))))
      continue;
    best = sp;
  }
  return best;
}

std::string victims_of(const Quantity& q) {
  if (q.noun.empty()) return {};
  if (kGazDemonyms.contains(q.noun)) return q.noun;  // "300 Iraqis"
  std::string n = q.noun;
  for (char& c : n) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  if (kCasualtyCues.contains(n) || n == "casualties") return {};
  if (n == "persons" || n == "person") return "people";
  return n;
}

}  // namespace

// The entity named in span: a location (the place of a figure), else a person or
// organisation (its source: "The Health Ministry in the Hamas-run Gaza Strip" -> Health
// Ministry); a place written in capitals in the dateline matches its entity's name.
static std::string entity_in(const Document& doc, Span span, bool location) {
  if (span.empty()) return {};
  for (const Entity& e : doc.entities) {
    if ((e.type == "location") != location) continue;
    for (const Span& m : e.mentions) {
      if (m.start >= span.start && m.end <= span.end) return e.id;
    }
  }
  if (location) {
    const std::string_view text = doc.slice(span);
    for (const Entity& e : doc.entities) {
      if (e.type != "location" || e.name.size() != text.size()) continue;
      bool same = true;
      for (std::size_t i = 0; i < text.size() && same; ++i) same = (text[i] | 0x20) == (e.name[i] | 0x20);
      if (same) return e.id;
    }
  }
  return {};
}

void find_casualties(Document& doc) {
  std::string last_date;  // the latest day-grain date mentioned so far (not after the article date)
  std::size_t qi = 0, ti = 0;
  for (const Sentence& sen : doc.sentences) {
    const Sent s{doc, sen.first_token, sen.end_token};
    // This sentence's times and quantities.
    std::string sentence_date;
    std::vector<Span> time_spans;
    while (ti < doc.times.size() && doc.times[ti].span.start < sen.span.start) {
      const Time& t = doc.times[ti++];
      if ((t.type == "date" || t.type == "time") && t.grain == "day" && t.value.size() >= 10 && t.value[0] != 'X' &&
          (doc.article.date.empty() || t.value.substr(0, 10) <= doc.article.date)) {
        last_date = t.value.substr(0, 10);
      }
    }
    for (std::size_t k = ti; k < doc.times.size() && doc.times[k].span.start < sen.span.end; ++k) {
      const Time& t = doc.times[k];
      time_spans.push_back(t.span);
      if ((t.type == "date" || t.type == "time") && t.grain == "day" && t.value.size() >= 10 && t.value[0] != 'X' &&
          (doc.article.date.empty() || t.value.substr(0, 10) <= doc.article.date)) {
        sentence_date = t.value.substr(0, 10);
      }
    }
    while (qi < doc.quantities.size() && doc.quantities[qi].span.start < sen.span.start) ++qi;
    std::vector<Casualty> found;
    Casualty cur;
    bool any = false;
    auto flush = [&] {
      if (any) found.push_back(cur);
      cur = Casualty();
      any = false;
    };
    for (std::size_t k = qi; k < doc.quantities.size() && doc.quantities[k].span.start < sen.span.end; ++k) {
      const Quantity& q = doc.quantities[k];
      const uint32_t qs = doc.token_at(q.span.start), qe = doc.token_at(q.span.end);
      // Partial counts: "including 16 children", "more than half of them women and children".
      const bool partial_before = (qs > s.b && (s.ieq(qs - 1, "including") || s.ieq(qs - 1, "incl"))) ||
                                  (qs > s.b + 1 && s.ieq(qs - 2, "among") && s.ieq(qs - 1, "them"));
      const bool of_them = s.ieq(qe, "of") && (s.ieq(qe + 1, "them") || s.ieq(qe + 1, "whom"));
      if (any && (partial_before || of_them) && (countable(q) || q.unit == "fraction")) {
        Casualty::Partial p{q.value, q.qualifier, q.unit, victims_of(q)};
        if (of_them) {  // the victims follow: "of them women and children"
          uint32_t v = qe + 2, end = v;
          while (end < s.e && !s.clause_break(end) && end < v + 5 && s.tok(end).kind == TokenKind::Word &&
                 !kCasualtyCues.contains(s.t(end)))
            ++end;
          if (end > v) p.victims = std::string(doc.slice({s.tok(v).span.start, s.tok(end - 1).span.end}));
        }
        cur.partial.push_back(std::move(p));
        continue;
      }
      if (!countable(q)) continue;
      if (qs > s.b && s.ieq(qs - 1, "no")) continue;  // "no one was hurt": the zero rule below
      // Count, then cue: "92 people had been killed", "300 wounded" (the noun may be the cue).
      std::string category;
      uint32_t j = qe;
      int aux = 0;
      while (j < s.e && aux < 4 && auxiliary(s, j)) { ++j; ++aux; }
      if (!cue_at(s, j, category) && !q.noun.empty()) {
        std::string noun = q.noun;
        for (char& c : noun) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        const int idx = kCasualtyCues.find(noun);
        if (idx >= 0) category = std::string(kCasualtyCues.canonical(idx));
      }
      bool cumulative = false;
      // Cue, then count: "killed 16 soldiers", "the death toll rose to 38,000".
      // "the death toll in the war rose to 38,000": a toll in the same clause.
      if (category.empty()) {
        for (uint32_t b = qs, steps = 0; b > s.b && steps < 10; ++steps) {
          --b;
          if (s.clause_break(b)) break;
          if (s.ieq(b, "toll")) {
            category = "killed";
            for (uint32_t m = s.b; m < s.e; ++m) {
              if (kCasualtyCumulative.contains(s.t(m))) cumulative = true;
            }
            break;
          }
        }
      }
      if (category.empty()) {
        for (uint32_t b = qs, steps = 0; b > s.b && steps < 6; ++steps) {
          --b;
          if (s.clause_break(b)) break;
          std::string c;
          if (!cue_at(s, b, c) && !between_ok(s, b)) break;  // "killed in three strikes": not a count
          if (cue_at(s, b, c) && b + 1 <= qs) {
            category = c;
            break;
          }
        }
      }
      Count* c = category.empty() ? nullptr : slot(cur, category);
      if (!c) continue;
      if (c->set || (cur.cumulative != cumulative && any)) flush();
      c = slot(cur, category);
      c->set = true;
      c->value = q.value;
      c->qualifier = q.qualifier == "range" ? "at_least" : q.qualifier;  // the conservative end
      c->quantity = static_cast<uint32_t>(k);
      cur.cumulative = cumulative;
      if (cur.victims.empty()) cur.victims = victims_of(q);
      any = true;
    }
    // "no casualties", "no injuries or deaths were reported", "no one was killed": zero,
    // for the categories not already counted ("no casualties left at the site" is not).
    for (uint32_t i = s.b; i < s.e; ++i) {
      uint32_t j = 0;
      if (s.ieq(i, "no") && (s.ieq(i + 1, "one") || s.ieq(i + 1, "deaths") || s.ieq(i + 1, "injuries") ||
                             s.ieq(i + 1, "casualties") || s.ieq(i + 1, "fatalities")))
        j = i + 1;
      else if (s.ieq(i, "nobody")) j = i;
      if (!j) continue;
      auto zero = [&](const std::string& category) {
        if (Count* c = slot(cur, category); c && !c->set) {
          *c = {true, 0, "exact", 0};
          any = true;
        }
      };
      if (s.ieq(j, "casualties")) {
        if (s.ieq(j + 1, "left") || s.ieq(j + 1, "remain") || s.ieq(j + 1, "remaining")) continue;
        zero("killed");
        zero("wounded");
        break;
      }
      if (s.ieq(j, "one") || s.ieq(j, "nobody")) {
        uint32_t k = j + 1;
        while (k < s.e && auxiliary(s, k)) ++k;
        std::string category;
        if (cue_at(s, k, category)) zero(category);
        break;
      }
      // "no injuries or deaths": each listed cue noun
      for (uint32_t k = j; k < s.e; k += 2) {
        std::string category;
        if (!cue_at(s, k, category)) break;
        zero(category);
        if (!(s.ieq(k + 1, "or") || s.ieq(k + 1, "and"))) break;
      }
      break;
    }
    flush();
    if (found.empty()) continue;
    // Hedges anywhere in the sentence; a speculative one ("may be in the hundreds") means
    // no figure was stated.
    std::string hedge;
    bool speculative = false;
    for (uint32_t i = s.b; i < s.e; ++i) {
      int idx;
      if (!longest_match(s, i, kCasualtyHedges, idx)) continue;
      const std::string_view h = kCasualtyHedges.canonical(idx);
      if (h == "speculative") speculative = true;
      else if (hedge.empty()) hedge = std::string(h);
    }
    if (speculative) continue;
    const Span source = source_of(s);
    std::vector<Span> avoid = time_spans;
    if (!source.empty()) avoid.push_back(source);
    const Span place = location_of(s, avoid);
    for (Casualty& c : found) {
      c.evidence = sen.span;
      c.date = !sentence_date.empty() ? sentence_date : last_date;
      c.hedge = hedge;
      if (!source.empty()) {
        c.source_span = source;
        c.source_text = std::string(doc.slice(source));
      }
      if (!place.empty()) {
        c.location_span = place;
        c.location_text = std::string(doc.slice(place));
      } else if (doc.article.has_dateline) {  // else the dateline's place
        c.location_span = doc.article.dateline.place;
        c.location_text = std::string(doc.slice(doc.article.dateline.place));
      }
      c.location = entity_in(doc, c.location_span, true);
      c.source = entity_in(doc, c.source_span, false);
      doc.casualties.push_back(std::move(c));
    }
  }
}

}  // namespace nf
