#include "casualties.h"

#include <algorithm>
#include <string>

#include "lexicon.h"
#include "times.h"
#include "token_view.h"

namespace nf {
namespace {

using Sent = TokenView;

// "toll" at i is the idiom, not a death toll (data/casualty_not_toll.txt).
// EXAMPLE: "took a heavy toll on the Andamans", "Time Has Taken Its Toll On You"
bool toll_idiom(const Sent& s, uint32_t i) {
  return s.ieq(i, "toll") && i > s.b && kCasualtyNotToll.contains(s.t(i - 1));
}

// Longest cue from i: its category and token count (0 if none).
uint32_t cue_at(const Sent& s, uint32_t i, std::string& category) {
  int idx = -1;
  const uint32_t n = longest_match(s, i, kCasualtyCues, idx);
  if (n && toll_idiom(s, i + n - 1)) return 0;
  if (n) category = std::string(kCasualtyCues.canonical(idx));
  return n;
}

// The cue at i is denied (data/casualty_negations.txt). EXAMPLE: "did not kill tens of thousands"
bool negated(const Sent& s, uint32_t i) { return i > s.b && kCasualtyNegations.contains(s.t(i - 1)); }

bool lives_noun(const Quantity& q) { return q.noun == "lives" || q.noun == "Lives"; }

// After a count, an aside between commas that breaks it into parts: skipped to reach the
// cue. EXAMPLE: "Five people, including two children, were killed" -> "were killed"
// EXAMPLE: "Three civilians, two of them children, were killed" -> "were killed"
uint32_t skip_aside(const Sent& s, uint32_t j) {
  const bool n_of_them = s.in(j + 3) && s.ieq(j + 2, "of") && (s.ieq(j + 3, "them") || s.ieq(j + 3, "whom")) &&
                         (s.tok(j + 1).kind == TokenKind::Number || kNumberWords.contains(s.t(j + 1)));
  if (!(s.t(j) == "," && (s.ieq(j + 1, "including") || s.ieq(j + 1, "among") || s.ieq(j + 1, "most") ||
                          s.ieq(j + 1, "many") || s.ieq(j + 1, "mostly") || s.ieq(j + 1, "all") || n_of_them)))
    return j;
  for (uint32_t k = j + 2; k < s.e && k < j + 12; ++k) {
    if (s.t(k) == ",") return k + 1;
    if (s.clause_break(k)) break;
  }
  return j;
}

// At the comma that closes an aside opened by "including" (skip_aside's words): the token
// before the aside; else c itself. EXAMPLE: "The death toll, including 5 children, stands at 40"
uint32_t aside_start(const Sent& s, uint32_t c) {
  for (uint32_t k = c; k > s.b && k + 12 > c;) {
    --k;
    if (s.t(k) == "," && k > s.b && skip_aside(s, k) == c + 1) return k - 1;
    if (s.clause_break(k)) break;
  }
  return c;
}

// Words that may stand between a cue and its count (data/casualty_between.txt).
bool between_ok(const Sent& s, uint32_t i);
bool auxiliary(const Sent& s, uint32_t i);

// After a count (and its noun), the rest of its noun phrase up to the cue: more nouns, an
// "of" phrase and a second noun after "and"; j itself when the walk does not end at an
// auxiliary or a cue, or meets a cue inside the phrase ("Four of the wounded were children").
// EXAMPLE: "Two police officers were killed", "Nine members of the security forces were
// killed", "two of his companions died", "8,000 men and boys were massacred"
uint32_t skip_noun_tail(const Sent& s, uint32_t j, bool has_noun) {
  const auto plain = [&](uint32_t i) {
    return s.in(i) && s.tok(i).kind == TokenKind::Word && !auxiliary(s, i) && !kCasualtyCues.contains(s.t(i)) &&
           !kCasualtyPhraseStops.contains(s.t(i)) && !kSpeechVerbs.contains(s.t(i)) && !s.ieq(i, "of") &&
           !s.ieq(i, "and") && !s.ieq(i, "or");
  };
  // An acronym or a reference in brackets: "Iraqi Security Forces (ISF)", "12 people [3]".
  const auto bracket = [&](uint32_t i) {
    return s.in(i + 2) && ((s.t(i) == "(" && s.t(i + 2) == ")") || (s.t(i) == "[" && s.t(i + 2) == "]")) &&
                   (s.tok(i + 1).kind == TokenKind::Number || (s.tok(i + 1).flags & kAllCaps))
               ? i + 3
               : i;
  };
  uint32_t k = j;
  // More nouns only after a counted noun: "In 348 Pachomius died" is a year.
  for (int n = 0; has_noun && n < 3 && plain(k); ++n) ++k;  // "police officers", "Kurdish fighters"
  if (const uint32_t b = bracket(k); b != k) {
    k = b;
    for (int n = 0; has_noun && n < 2 && plain(k); ++n) ++k;  // "Forces (ISF) personnel"
  }
  if (s.ieq(k, "of") && s.in(k + 1)) {          // "of the security forces", "of his companions"
    uint32_t m = k + 1;
    if (s.ieq(m, "the") || s.ieq(m, "his") || s.ieq(m, "her") || s.ieq(m, "their") || s.ieq(m, "its") ||
        s.ieq(m, "our") || s.ieq(m, "these") || s.ieq(m, "those"))
      ++m;
    const uint32_t first = m;
    for (int n = 0; n < 3 && plain(m); ++n) ++m;
    if (m == first) return j;
    k = bracket(m);
  } else if (s.ieq(k, "and") && (k > j || has_noun)) {  // "men and boys"
    uint32_t m = k + 1;
    // "10 U.S. Marines and an unknown number of Iraqi soldiers died": the stated count, at least
    if (s.ieq(m, "an") && s.ieq(m + 1, "unknown") && s.ieq(m + 2, "number") && s.ieq(m + 3, "of")) m += 4;
    const uint32_t first = m;
    for (int n = 0; n < 3 && plain(m); ++n) ++m;
    if (m == first) return j;
    k = m;
  }
  if (k == j) return j;
  // The phrase is the subject of a verb: an auxiliary or a cue that is a verb ("died",
  // "were killed"), not a cue noun ("hundreds of suicide murders", "thousands of extra
  // cancer deaths").
  int idx;
  const std::string_view w = s.t(k);
  const bool verb = longest_match(s, k, kCasualtyCues, idx) &&
                    ((w.size() > 3 && w.ends_with("ed")) || s.ieq(k, "died") || s.ieq(k, "die") || s.ieq(k, "lost"));
  return auxiliary(s, k) || verb ? k : j;
}

bool between_ok(const Sent& s, uint32_t i) { return s.in(i) && kCasualtyBetween.contains(s.t(i)); }

// Words between a count and its cue (data/casualty_auxiliaries.txt).
// "to" before "have" or "be" too. EXAMPLE: "60 people are now known to have died"
bool auxiliary(const Sent& s, uint32_t i) {
  return s.in(i) && (kCasualtyAuxiliaries.contains(s.t(i)) || (s.ieq(i, "to") && (s.ieq(i + 1, "have") || s.ieq(i + 1, "be"))));
}

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
    // "in southern Turkey", "in the far north-east of Syria" reads as "in Turkey"
    // (data/compass_adjectives.txt)
    while (k < s.e && k < i + 4 && !capital_word(s, k) && kCompassAdjectives.contains(s.t(k))) ++k;
    // "on the southern port city of Odesa", "in the coastal province of Izmir": a few
    // lower-case words ending in a place noun (data/location_heads.txt) and "of", then the
    // name (not "at the hands of Hamas", "in the wake of Israel's ...")
    if (!capital_word(s, k)) {
      uint32_t j = k;
      while (j < s.e && j < k + 4 && !s.ieq(j, "of") && s.tok(j).kind == TokenKind::Word && !capital_word(s, j)) ++j;
      if (j > k && s.ieq(j, "of") && capital_word(s, j + 1) && kLocationHeads.contains(s.t(j - 1))) k = j + 1;
    }
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
  if (kCasualtyCues.contains(n) || n == "casualties" || n == "others") return {};
  if (n == "persons" || n == "person" || n == "lives") return "people";
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
    bool other_period = false;  // a year of its own, not the article's (below)
    std::vector<Span> time_spans;
    while (ti < doc.times.size() && doc.times[ti].span.start < sen.span.start) {
      const Time& t = doc.times[ti++];
      if ((t.type == "date" || t.type == "time") && (t.grain == "day" || std::string_view(t.rule) == kClockOnDayRule) &&
          t.value.size() >= 10 && t.value[0] >= '0' &&
          t.value[0] <= '9' &&
          (doc.article.date.empty() || t.value.substr(0, 10) <= doc.article.date)) {
        last_date = t.value.substr(0, 10);
      }
    }
    for (std::size_t k = ti; k < doc.times.size() && doc.times[k].span.start < sen.span.end; ++k) {
      const Time& t = doc.times[k];
      time_spans.push_back(t.span);
      const bool calendar = !t.value.empty() && t.value[0] >= '0' && t.value[0] <= '9';
      // (a clock time joined with its day, "at 3 p.m. on Saturday", dates it as the day would)
      if ((t.type == "date" || t.type == "time") && (t.grain == "day" || std::string_view(t.rule) == kClockOnDayRule) &&
          t.value.size() >= 10 && calendar &&
          (doc.article.date.empty() || t.value.substr(0, 10) <= doc.article.date)) {
        sentence_date = t.value.substr(0, 10);
      }
      // A year of its own that is not the article's ("A 2023 earthquake in southern Turkey
      // killed more than 50,000", "last year"): the figure's day is not the story's, and no
      // day is known. (A month may be another clause's: "Al-Mawasi, where dozens had been
      // killed, had in May been declared a safe zone".)
      // EXAMPLE: "A 2023 earthquake killed more than 50,000 people." dated 2025-03-04 -> no date
      if (t.type == "date" && (t.grain == "year" || t.grain == "decade" || t.grain == "century") && calendar &&
          (doc.article.date.empty() || doc.article.date.compare(0, t.value.size(), t.value) != 0))
        other_period = true;
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
      // An age, not a count. EXAMPLE: "she died at 24", "died aged 81", "at the age of 24"
      if (q.noun.empty() && q.unit.empty() && qs > s.b + 1 &&
          (s.ieq(qs - 1, "aged") || (s.ieq(qs - 1, "of") && s.ieq(qs - 2, "age")) ||
           (s.ieq(qs - 1, "at") && (s.ieq(qs - 2, "died") || s.ieq(qs - 2, "dies") || s.ieq(qs - 2, "die")))))
        continue;
      std::string category;
      uint32_t j = qe;
      int aux = 0;
      j = skip_noun_tail(s, j, !q.noun.empty());
      j = skip_aside(s, j);
      bool passive = false;
      while (j < s.e && aux < 6 && auxiliary(s, j)) {
        passive = passive || s.ieq(j, "was") || s.ieq(j, "were") || s.ieq(j, "is") || s.ieq(j, "are") ||
                  s.ieq(j, "been") || s.ieq(j, "being");
        ++j;
        ++aux;
      }
      if (lives_noun(q) && s.in(j) && kCasualtyLives.contains(s.t(j))) {
        category = "killed";  // "1,200 Indian lives lost"
      } else if (const uint32_t n = cue_at(s, j, category); n) {
        // The count is the subject of an active cue with an object: the agents, not the
        // victims (data/casualty_objects.txt). EXAMPLE: "Three gunmen killed 12 people", "Two bombers killed a
        // policeman", "Two suicide bombers killed themselves and 12 others"
        const uint32_t o = j + n;
        const bool object = s.in(o) && (kCasualtyObjects.contains(s.t(o)) ||
                                        (k + 1 < doc.quantities.size() &&
                                         doc.token_at(doc.quantities[k + 1].span.start) == o));
        const std::string_view w = s.t(j);  // a verb, not "dead", "deaths", "bodies"
        const bool verb = (w.size() > 3 && (w.ends_with("ed") || w.ends_with("ng"))) || s.ieq(j, "kill") ||
                          s.ieq(j, "kills");
        if (!passive && object && verb) category.clear();
      } else if (!q.noun.empty()) {
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
          if (s.t(b) == ",") b = aside_start(s, b);  // "The death toll, including 5 children, stands at 40"
          if (s.clause_break(b)) break;
          if (s.ieq(b, "toll") && !toll_idiom(s, b)) {
            category = "killed";
            for (uint32_t m = s.b; m < s.e; ++m) {
              if (kCasualtyCumulative.contains(s.t(m))) cumulative = true;
            }
            break;
          }
          // "The number of people killed in the floods has risen to 45": a cue after "number
          // of", the count after a word that may stand before it ("to", "at", "reached").
          if (s.ieq(b, "number") && s.ieq(b + 1, "of") && between_ok(s, qs - 1)) {
            std::string c;
            for (uint32_t m = b + 2; m < b + 6 && m < qs; ++m) {
              if (cue_at(s, m, c)) {
                if (!negated(s, m)) category = c;
                break;
              }
            }
            if (!category.empty()) break;
          }
        }
      }
      if (category.empty()) {
        for (uint32_t b = qs, steps = 0; b > s.b && steps < 6; ++steps) {
          --b;
          if (s.clause_break(b)) break;
          std::string c;
          if (lives_noun(q) && kCasualtyLives.contains(s.t(b))) {  // "we lost thousands of lives"
            if (!negated(s, b)) category = "killed";
            break;
          }
          const uint32_t here = cue_at(s, b, c);
          const bool between = !here && between_ok(s, b);
          // A cue of several words ending at b: "claimed the lives of 300 villagers",
          // "killed himself and 11 others" (looked for where the scan would stop, and at "of").
          if (!here && (!between || s.ieq(b, "of"))) {
            uint32_t m = b;
            std::string mc;
            for (uint32_t back = 1; back <= 3 && b >= s.b + back; ++back) {
              if (cue_at(s, b - back, mc) == back + 1) {
                m = b - back;
                c = mc;
              }
            }
            if (m != b) {
              if (!negated(s, m)) category = c;
              break;
            }
          }
          if (!here && !between) break;  // "killed in three strikes": not a count
          if (here && b + 1 <= qs) {
            if (!negated(s, b)) category = c;  // "did not kill tens of thousands": none
            break;
          }
        }
      }
      // "lost" with soldiers or civilians (data/casualty_lost_people.txt): killed.
      // EXAMPLE: "We lost 80 soldiers in the battle"; not "The company lost 80 employees"
      if (category.empty() && qs > s.b && kCasualtyLostPeople.contains(q.noun) &&
          (s.ieq(qs - 1, "lost") || s.ieq(qs - 1, "lose") || s.ieq(qs - 1, "losing")) && !negated(s, qs - 1))
        category = "killed";
      // A running total: "38,000 people have been killed since the war began".
      if (!cumulative && (category == "killed" || category == "wounded")) {
        for (uint32_t a = qe; a < s.e && a < qe + 6 && !s.clause_break(a); ++a) {
          int idx;
          if (longest_match(s, a, kCasualtySince, idx)) {
            cumulative = true;
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
      // Two figures for one count: the smaller, at least. EXAMPLE: "10,000 and as many as
      // 300,000 people killed", "five or six people were killed"
      if (k > qi && qs >= s.b + 2 && (s.ieq(qs - 1, "and") || s.ieq(qs - 1, "or") || s.ieq(qs - 1, "to"))) {
        const Quantity& p = doc.quantities[k - 1];
        if (p.span.end == s.tok(qs - 2).span.end && p.unit.empty() && p.noun.empty() && !p.vague &&
            p.value < q.value) {
          c->value = p.value;
          c->qualifier = "at_least";
        }
      }
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
          *c = {true, 0, "exact", UINT32_MAX};
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
    // Two reports of one toll set against each other in a sentence: the smaller figure
    // (ACLED's most conservative one) for the first record.
    // EXAMPLE: "Local media said 19 people died, but officials put the toll at 12." -> 12
    for (std::size_t a = 0; a + 1 < found.size(); ++a) {
      Casualty& x = found[a];
      const Casualty& y = found[a + 1];
      if (x.cumulative || y.cumulative) continue;
      for (Count Casualty::*m : {&Casualty::killed, &Casualty::wounded}) {
        Count& cx = x.*m;
        const Count& cy = y.*m;
        if (!cx.set || !cy.set || cx.quantity >= doc.quantities.size() || cy.quantity >= doc.quantities.size() ||
            cy.value <= 0 || cy.value >= cx.value)
          continue;
        const uint32_t from = doc.token_at(doc.quantities[cx.quantity].span.end);
        const uint32_t to = doc.token_at(doc.quantities[cy.quantity].span.start);
        bool contrast = false;
        for (uint32_t t = from; t < to && t < s.e; ++t) contrast = contrast || s.ieq(t, "but") || s.ieq(t, "however");
        if (contrast) {
          cx.value = cy.value;
          cx.qualifier = cy.qualifier;
          cx.quantity = cy.quantity;
        }
      }
    }
    // Hedges anywhere in the sentence. A speculative one ("may be in the hundreds") means no
    // figure was stated for the counts it governs: those after it in its clause, and one
    // whose verb it is ("100 people may have been killed"). A record without a count (the
    // zero rule) goes with any speculative hedge of the sentence.
    // EXAMPLE: "At least 12 people died, and the toll may be higher." keeps 12
    std::string hedge;
    std::vector<std::pair<uint32_t, uint32_t>> speculative;  // hedge tokens [start, end)
    for (uint32_t i = s.b; i < s.e; ++i) {
      int idx;
      const uint32_t n = longest_match(s, i, kCasualtyHedges, idx);
      if (!n) continue;
      const std::string_view h = kCasualtyHedges.canonical(idx);
      if (h == "hypothetical") speculative.push_back({s.b, s.b});  // the whole sentence: "Suppose, ..."
      else if (h == "speculative") speculative.push_back({i, i + n});
      else if (hedge.empty()) hedge = std::string(h);
    }
    if (!speculative.empty()) {
      const auto governed = [&](const Casualty& c) {
        uint32_t first = UINT32_MAX, last = 0;
        for (const Count* x : {&c.killed, &c.wounded, &c.missing, &c.kidnapped, &c.arrested, &c.displaced}) {
          if (!x->set || x->quantity >= doc.quantities.size()) continue;
          first = std::min(first, doc.token_at(doc.quantities[x->quantity].span.start));
          last = std::max(last, doc.token_at(doc.quantities[x->quantity].span.end));
        }
        if (first == UINT32_MAX) return true;
        const auto no_break = [&](uint32_t a, uint32_t b) {
          for (uint32_t t = a; t < b; ++t) {
            if (s.clause_break(t)) return false;
          }
          return true;
        };
        for (const auto& [h, he] : speculative) {
          if (he == s.b) return true;                                        // hypothetical
          if (h < first && no_break(h, first)) return true;                  // "may be in the hundreds"
          if (h >= last && h <= last + 3 && no_break(last, h)) return true;  // "100 people may have been"
        }
        return false;
      };
      found.erase(std::remove_if(found.begin(), found.end(), governed), found.end());
      if (found.empty()) continue;
    }
    const Span source = source_of(s);
    std::vector<Span> avoid = time_spans;
    if (!source.empty()) avoid.push_back(source);
    const Span place = location_of(s, avoid);
    for (Casualty& c : found) {
      c.evidence = sen.span;
      c.date = !sentence_date.empty() ? sentence_date : other_period ? std::string() : last_date;
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
