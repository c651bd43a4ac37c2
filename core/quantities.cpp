#include "quantities.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>

#include "lexicon.h"
#include "token_view.h"

namespace nf {
namespace {

struct Unit : TokenView {
  std::vector<bool> in_time;  // token lies inside a time expression
  bool timed(uint32_t i) const { return in(i) && in_time[i - b]; }
};

// longest_match, stopping before a token inside a time expression.
uint32_t longest(const Unit& u, uint32_t i, const Lexicon& lex, int& idx, uint32_t max_tokens = 5) {
  uint32_t n = 0;
  while (n < max_tokens && u.in(i + n) && !u.timed(i + n)) ++n;
  return longest_match(u, i, lex, idx, n);
}

double canon_value(const Lexicon& lex, int idx) {
  return std::strtod(std::string(lex.canonical(idx)).c_str(), nullptr);
}

// "21,110" "5.4" "2.5" -> value; false if not a plain number. Sets suffix to any letters
// glued after it ("5m", "10km", "3rd").
bool parse_digits(std::string_view s, double& v, std::string_view& suffix) {
  std::string digits;
  std::size_t i = 0;
  bool dot = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c == ',' && i + 3 < s.size() + 0 && !dot && !digits.empty()) continue;
    else if (c == '.' && !dot && !digits.empty() && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
      digits += '.';
      dot = true;
    } else {
      break;
    }
  }
  if (digits.empty()) return false;
  suffix = s.substr(i);
  v = std::strtod(digits.c_str(), nullptr);
  return true;
}

// A count in words: "ninety-two", "twenty", "one-and-a-half"; "a dozen" is read by the
// caller ("a" and "an" alone count nothing here).
bool word_count(std::string_view s, double& v) {
  std::string low(s);
  for (char& c : low) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  if (low == "a" || low == "an" || low == "single" || low == "couple") return false;
  return number_word(s, v);
}

struct Found {
  uint32_t start = 0, end = 0;  // tokens
  Quantity q;
};

// The number (and scale) at i: sets q.value / q.max / q.unit; returns the end token or 0.
uint32_t number_at(const Unit& u, uint32_t i, Quantity& q) {
  if (!u.in(i) || u.timed(i)) return 0;
  const Token& tk = u.tok(i);
  const std::string_view s = u.t(i);
  uint32_t k = i + 1;
  int idx;
  // Vague counts: "dozens", "tens of thousands".
  if (const uint32_t n = longest(u, i, kQuantityVague, idx, 3)) {
    q.value = canon_value(kQuantityVague, idx);
    q.qualifier = "about";
    q.vague = true;
    return i + n;
  }
  if (tk.kind == TokenKind::Number) {
    std::string_view suffix;
    const std::size_t dash = s.find('-');
    if (dash != std::string_view::npos && dash > 0) {
      // "8-10" range, or "14-square-kilometre" (unit inside the token).
      std::string_view a = s.substr(0, dash), rest = s.substr(dash + 1);
      double v1, v2;
      std::string_view suf1, suf2;
      if (!parse_digits(a, v1, suf1) || !suf1.empty()) return 0;
      if (parse_digits(rest, v2, suf2) && suf2.empty() && v2 > v1) {
        q.value = v1;
        q.max = v2;
        q.has_max = true;
        q.qualifier = "range";
        return k;
      }
      // Unit words joined by hyphens: square-kilometre, km-long
      std::string words(rest);
      for (char& c : words) {
        if (c == '-') c = ' ';
      }
      if (words.size() > 5 && words.compare(words.size() - 5, 5, " long") == 0) words.resize(words.size() - 5);
      const int uidx = kQuantityUnits.find(words);
      if (uidx < 0) return 0;  // "COVID-19"-like forms are not quantities
      q.value = v1;
      q.unit = std::string(kQuantityUnits.canonical(uidx));
      return k;
    }
    double v;
    if (!parse_digits(s, v, suffix)) return 0;
    // Thousands grouped with spaces: "2 000", "15 000 000" (the first group 1-3 digits).
    if (suffix.empty() && s.size() <= 3 && v >= 1) {
      while (u.in(k) && u.tok(k).kind == TokenKind::Number && u.t(k).size() == 3 &&
             u.tok(k).span.start == u.tok(k - 1).span.end + 1 && u.t(k).find_first_not_of("0123456789") ==
                                                                      std::string_view::npos) {
        v = v * 1000 + std::strtod(std::string(u.t(k)).c_str(), nullptr);
        ++k;
      }
    }
    // A fraction written with a slash: "2 / 3s of the top 25" (not a count of 2).
    if (suffix.empty() && u.is(k, "/") && u.in(k + 1) && u.tok(k + 1).kind == TokenKind::Number) {
      double d;
      std::string_view dsuf;
      if (parse_digits(u.t(k + 1), d, dsuf) && d > 0 && (dsuf.empty() || dsuf == "s")) {
        q.value = v / d;
        q.unit = "fraction";
        return k + 2;
      }
    }
    if (!suffix.empty()) {
      int sc = -1;
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        q.value = v;
        q.unit = "ordinal";
        return k;
      }
      if ((sc = kNumberScales.find(suffix)) >= 0) {
        v *= canon_value(kNumberScales, sc);
      } else if (const int uidx = kQuantityUnits.find(suffix); uidx >= 0) {
        q.value = v;
        q.unit = std::string(kQuantityUnits.canonical(uidx));
        return k;
      } else if (suffix == "s") {
        return 0;  // "1990s" is a decade (a time)
      } else {
        return 0;
      }
    }
    q.value = v;
  } else if (tk.kind == TokenKind::Word) {
    double v;
    if (u.ieq(i, "half") && u.ieq(i + 1, "a") && u.ieq(i + 2, "dozen")) {
      q.value = 6;  // "half a dozen"
      return i + 3;
    }
    if (const uint32_t n = longest(u, i, kFractions, idx, 3)) {
      q.value = canon_value(kFractions, idx);
      q.unit = "fraction";
      return i + n;
    }
    if ((u.ieq(i, "a") || u.ieq(i, "one")) && u.ieq(i + 1, "dozen")) {
      q.value = 12;
      k = i + 2;
    } else if (word_count(s, v)) {
      q.value = v;
      if (u.ieq(i, "dozen")) return 0;  // "a dozen" only
      // "one" as a pronoun: "no one", "the one who spoke", "one another", "any one of"
      // EXAMPLE: "No one will be left behind" (no count); "one of the men" (1)
      //          "the one who spoke" (no count); "the one soldier killed" (1)
      if (u.ieq(i, "one")) {
        const bool pronoun_before = i > u.b && (u.ieq(i - 1, "no") || u.ieq(i - 1, "any") || u.ieq(i - 1, "every") ||
                                                u.ieq(i - 1, "little") || u.ieq(i - 1, "loved"));
        const bool determiner_before = i > u.b && (u.ieq(i - 1, "the") || u.ieq(i - 1, "this") ||
                                                   u.ieq(i - 1, "that") || u.ieq(i - 1, "which"));
        const bool no_noun_after = !u.in(i + 1) || u.tok(i + 1).kind == TokenKind::Punct || u.ieq(i + 1, "who") ||
                                   u.ieq(i + 1, "that") || u.ieq(i + 1, "which") ||
                                   u.ieq(i + 1, "is") || u.ieq(i + 1, "was");
        if (pronoun_before || (determiner_before && no_noun_after) || u.ieq(i + 1, "another") || u.ieq(i + 1, "else"))
          return 0;
      }
    } else if (const int o = kOrdinals.find(s); o >= 0) {
      q.value = canon_value(kOrdinals, o);
      q.unit = "ordinal";
      return k;
    } else {
      return 0;
    }
  } else {
    return 0;
  }
  // Scales: "2.5 million", "two hundred", "hundreds of thousands" handled above.
  while (u.in(k) && !u.timed(k) && u.tok(k).kind == TokenKind::Word && u.t(k).size() > 1 &&
         u.t(k).size() < 9) {
    if (u.ieq(k, "dozen")) {  // "two dozen" = 24
      q.value *= 12;
      ++k;
      continue;
    }
    const int sc = kNumberScales.find(u.t(k));
    if (sc < 0 || u.t(k).size() <= 2) break;  // "m", "bn" only glued to the digits
    const double scale = canon_value(kNumberScales, sc);
    q.value *= scale;
    ++k;
    // "one hundred and twenty", "two hundred fifty": a smaller number word after the scale.
    const uint32_t w = u.ieq(k, "and") ? k + 1 : k;
    double rest;
    if (scale >= 100 && u.in(w) && !u.timed(w) && u.tok(w).kind == TokenKind::Word && word_count(u.t(w), rest) &&
        rest >= 1 && rest < scale && kNumberScales.find(u.t(w)) < 0 &&
        !(u.in(w + 1) && kNumberScales.find(u.t(w + 1)) >= 0)) {  // not "one thousand two hundred"
      q.value += rest;
      k = w + 1;
    }
  }
  return k;
}

// The unit after a number ending at k: returns the end token.
uint32_t unit_after(const Unit& u, uint32_t k, Quantity& q) {
  if (!q.unit.empty() || !u.in(k) || u.timed(k)) return k;
  if (u.is(k, "%")) {
    q.unit = "percent";
    return k + 1;
  }
  int idx;
  if (const uint32_t n = longest(u, k, kQuantityUnits, idx, 3)) {
    const std::string_view unit = kQuantityUnits.canonical(idx);
    // One-letter and short symbols only glued or right after a digit number.
    q.unit = std::string(unit);
    return k + n;
  }
  // People: "92 people", "16 Palestinian children", "two other Dulaim leaders", "300
  // wounded", "300 Iraqis" (a nationality in the plural).
  const auto people = [&](uint32_t t) {
    if (!u.in(t) || u.timed(t)) return false;
    if (kQuantityPeople.contains(u.t(t))) return true;
    const std::string_view w = u.t(t);
    return (u.tok(t).flags & kCapitalized) && w.size() > 3 && w.back() == 's' && kGazDemonyms.contains(w);
  };
  // a word in between is a modifier, never a verb: "dozens had been killed" is no noun
  const auto modifier = [&](uint32_t t) {
    return u.in(t) && u.tok(t).kind == TokenKind::Word && !people(t) && !kQuantityUnits.contains(u.t(t)) &&
           !u.ieq(t, "and") && !u.ieq(t, "or") && !u.ieq(t, "but") &&  // "killed 6 and wounded 15"
           !kCasualtyLives.contains(u.t(t)) &&  // "thousands lost their lives"
           !u.timed(t) && !kCasualtyAuxiliaries.contains(u.t(t)) && !kCasualtyCues.contains(u.t(t));
  };
  const auto noun_after_modifiers = [&](uint32_t t) { return people(t) && !kCasualtyCues.contains(u.t(t)); };
  // A cue word with an object after it is a verb, and the count its subject: "Two bombs
  // killed 14 people", "two earthquakes killed more than 50,000" (not "two bystanders killed").
  const auto active_cue = [&](uint32_t t) {
    if (!kCasualtyCues.contains(u.t(t)) || !u.in(t + 1)) return false;
    const Token& o = u.tok(t + 1);
    int qn;
    return o.kind == TokenKind::Number || kNumberWords.contains(u.t(t + 1)) ||
           longest(u, t + 1, kQuantityQualifiers, qn, 4) || kCasualtyObjects.contains(u.t(t + 1));
  };
  uint32_t j = k;
  if (modifier(j) && people(j + 1) && !active_cue(j + 1)) {
    j += 1;  // "16 Palestinian children", "tens of thousands of wounded"
  } else if (modifier(j) && modifier(j + 1) && noun_after_modifiers(j + 2)) {
    j += 2;  // "two other Dulaim leaders"
  }
  if (people(j)) {
    q.unit = "person";
    q.noun = std::string(u.t(j));
    return j + 1;
  }
  return k;
}

// Can a quantity start at token i? Numbers, currency signs and data/quantity_triggers.txt.
bool may_start(const Unit& u, uint32_t i) {
  const Token& t = u.tok(i);
  if (t.kind == TokenKind::Number) return true;
  if (t.kind == TokenKind::Symbol || t.kind == TokenKind::Punct) {
    const std::string_view s = u.t(i);
    return s == "$" || s == "\xE2\x82\xAC" || s == "\xC2\xA3";
  }
  if (t.kind != TokenKind::Word) return false;
  if (t.flags & kHyphenated) return true;  // ninety-two, one-and-a-half, two-thirds
  return kQuantityTriggers.contains(u.t(i));
}

std::optional<Found> quantity_at(const Unit& u, uint32_t i) {
  if (u.timed(i) || !may_start(u, i)) return std::nullopt;
  Found f;
  f.start = i;
  uint32_t j = i;
  // Qualifier: "at least", "more than", "nearly".
  int qi;
  if (const uint32_t n = longest(u, i, kQuantityQualifiers, qi, 4)) {
    Quantity probe;
    if (number_at(u, i + n, probe)) {
      f.q.qualifier = std::string(kQuantityQualifiers.canonical(qi));
      j = i + n;
    }
  }
  // Currency symbol before the number: "$5 million", "€20".
  std::string currency;
  if (u.is(j, "$") || u.is(j, "US$")) currency = "USD";
  else if (u.is(j, "\xE2\x82\xAC")) currency = "EUR";
  else if (u.is(j, "\xC2\xA3")) currency = "GBP";
  if (!currency.empty()) ++j;
  // "between 20 and 30"
  if (u.ieq(j, "between")) {
    Quantity a, b;
    const uint32_t e1 = number_at(u, j + 1, a);
    if (e1 && u.ieq(e1, "and")) {
      const uint32_t e2 = number_at(u, e1 + 1, b);
      if (e2 && b.value > a.value) {
        f.q.value = a.value;
        f.q.max = b.value;
        f.q.has_max = true;
        f.q.qualifier = "range";
        f.end = unit_after(u, e2, f.q);
        return f;
      }
    }
    return std::nullopt;
  }
  const std::string qualifier = f.q.qualifier;
  const uint32_t e = number_at(u, j, f.q);
  if (!e) return std::nullopt;
  if (f.q.vague && qualifier != "exact") f.q.qualifier = qualifier;  // "at least dozens"
  else if (!f.q.vague && qualifier != "exact" && f.q.qualifier != "range") f.q.qualifier = qualifier;
  if (!currency.empty()) f.q.unit = currency;
  f.end = unit_after(u, e, f.q);
  // "… or more" after the number
  // A restatement in brackets: "14-square-kilometre (5.4-square-mile)".
  if (!f.q.unit.empty() && u.is(f.end, "(")) {
    Quantity r;
    const uint32_t re = number_at(u, f.end + 1, r);
    if (re) {
      const uint32_t ue = unit_after(u, re, r);
      if (!r.unit.empty() && r.unit != f.q.unit && u.is(ue, ")")) {
        f.q.restated.push_back({r.value, r.unit});
        f.end = ue + 1;
      }
    }
  }
  return f;
}

}  // namespace

void find_quantities(Document& doc) {
  auto run = [&](uint32_t b, uint32_t e) {
    Unit u{{doc, b, e}, std::vector<bool>(e - b, false)};
    // Mark the tokens inside time expressions: one sweep over tokens and times in order.
    const uint32_t first_byte = doc.tokens[b].span.start, last_byte = doc.tokens[e - 1].span.end;
    auto t = std::lower_bound(doc.times.begin(), doc.times.end(), first_byte,
                              [](const Time& x, uint32_t at) { return x.span.end <= at; });
    uint32_t i = b;
    for (; t != doc.times.end() && t->span.start < last_byte; ++t) {
      while (i < e && doc.tokens[i].span.end <= t->span.start) ++i;
      for (uint32_t k = i; k < e && doc.tokens[k].span.start < t->span.end; ++k) u.in_time[k - b] = true;
    }
    for (uint32_t k = b; k < e;) {
      const std::optional<Found> f = quantity_at(u, k);
      if (!f) {
        ++k;
        continue;
      }
      Quantity q = f->q;
      q.span = {doc.tokens[f->start].span.start, doc.tokens[f->end - 1].span.end};
      doc.quantities.push_back(std::move(q));
      k = f->end;
    }
  };
  const Article& a = doc.article;
  if (a.headline_end_token > a.headline_first_token) run(a.headline_first_token, a.headline_end_token);
  for (const Sentence& s : doc.sentences) {
    if (s.end_token > s.first_token) run(s.first_token, s.end_token);
  }
}

}  // namespace nf
