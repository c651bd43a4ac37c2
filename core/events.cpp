#include "events.h"
#include "places.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "token_view.h"

namespace nf {
namespace {

// A trigger's entry in data/event_triggers.txt: "type;subtype;flags".
struct Trigger {
  std::string_view type, subtype, flags;
  bool has(char f) const { return flags.find(f) != std::string_view::npos; }
};

Trigger parse_trigger(std::string_view value) {
  Trigger t;
  const std::size_t a = value.find(';');
  const std::size_t b = a == std::string_view::npos ? a : value.find(';', a + 1);
  t.type = value.substr(0, a);
  if (a != std::string_view::npos) t.subtype = value.substr(a + 1, b == std::string_view::npos ? b : b - a - 1);
  if (b != std::string_view::npos) t.flags = value.substr(b + 1);
  return t;
}

bool violent(std::string_view type) {
  return type == "battles" || type == "explosions/remote violence" || type == "violence against civilians" ||
         type == "riots";
}
// Things that happen at a place and a time (a strike, a flood), not processes (talks).
bool incident(std::string_view type) { return violent(type) || type == "disaster" || type == "accident"; }

// How precise a place is: a site or city 3, a region (or "southern X") 2, a country 1.
int place_rank(const Entity& e) {
  if (!e.has_place) return 2;
  const std::string& k = e.place.kind;
  if (k == "country") return 1;
  if (k == "region" || k == "unknown") return 2;
  return 3;
}

struct Mention {
  uint32_t sentence = 0;
  uint32_t tb = 0, te = 0;  // trigger tokens [tb, te)
  Trigger trig;
  bool definite = false, numbered = false, another = false, conflict_word = false, peaceful = false;
  bool labour = false;
  bool with_after = false;  // a gapped trigger that ends in "with": the parties follow ("discussed X with Y")  // a labour word makes it a strike of workers ("teachers", "nationwide")
  bool unreal = false;  // "a proposed agreement", "a planned attack": not (yet) an event
  bool clause_actor = false;  // the actor is a clause's subject ("North Korea fired artillery rounds")
  bool own_time = false;      // a time before the trigger that gives no calendar date ("last year's attacks")
  bool other = false;         // "other" before the trigger: "other recent terrorist attacks"
  bool coordinated = false;   // after "X and": as particular as X ("shelling and airstrikes")
  std::vector<int> actors, targets;  // entity indices
  int location = -1, location_rank = 0;  // in the trigger's phrase
  std::vector<int> places;  // the places listed after its locative preposition ("in A, B and C")
  bool listed = false;      // one of the records of such a list
  int weak_location = -1, weak_rank = 0;  // elsewhere in the sentence
  int date = -1, weak_date = -1;          // time indices
  int casualty = -1;
  int victims = 0;  // a verb of killing's dead, where no figure is given (flag d)
  int source = -1;
  bool own_evidence() const {
    return !actors.empty() || !targets.empty() || location >= 0 || date >= 0 || casualty >= 0;
  }
  int richness() const {
    return !actors.empty() + !targets.empty() + (location >= 0) + (date >= 0) + (casualty >= 0);
  }
};

struct Record {
  Trigger trig;  // the kind: the first specific (non-generic) mention's
  std::vector<Mention> mentions;
  // What its mentions say, for the compatibility test (each value once).
  std::vector<int> dates, actors, targets;
  std::vector<std::pair<int, int>> locations;  // entity, rank
  std::vector<int> towns;  // sites and towns anywhere in its mentions' sentences
};

void add_unique(std::vector<int>& v, int x) {
  if (x >= 0 && std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// A date value the record can carry (YYYY, YYYY-MM, YYYY-MM-DD; a time's date part).
bool calendar_value(const std::string& v, std::string& date, std::string& precision) {
  auto digits = [&](std::size_t from, std::size_t n) {
    if (v.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i) {
      if (v[i] < '0' || v[i] > '9') return false;
    }
    return true;
  };
  if (!digits(0, 4)) return false;
  if (v.size() == 4) {
    date = v, precision = "year";
    return true;
  }
  if (v.size() < 7 || v[4] != '-' || !digits(5, 2)) return false;
  if (v.size() == 7) {
    date = v, precision = "month";
    return true;
  }
  if (v.size() < 10 || v[7] != '-' || !digits(8, 2)) return false;
  if (v.size() > 10 && v[10] != 'T') return false;
  date = v.substr(0, 10), precision = "day";
  return true;
}

// May a form of lex start with this token? The lexicon's own index answers (the form
// itself, or the prefix filter of its multi-word forms): most tokens start none and are
// passed over without building the candidates of longest_match.
bool may_start(const Lexicon& lex, std::string_view w) { return lex.may_start(w); }

class EventFinder {
 public:
  explicit EventFinder(Document& doc) : doc_(doc) {
    const std::size_t n = doc.tokens.size();
    ent_ = doc.token_entities();
    time_.assign(n, -1);
    calendar_.assign(doc.times.size(), 0);
    for (std::size_t i = 0; i < doc.times.size(); ++i) {
      const Time& t = doc.times[i];
      std::string d, p;
      calendar_[i] = (t.type == "date" || t.type == "time") && calendar_value(t.value, d, p);
      for (uint32_t k = doc.token_at(t.span.start); k < n && doc.tokens[k].span.end <= t.span.end; ++k)
        time_[k] = static_cast<int>(i);
    }
    quoted_.assign(n, 0);
    for (const Quote& q : doc.quotes) {
      if (q.kind != "direct" && q.kind != "partial") continue;
      for (uint32_t k = doc.token_at(q.span.start); k < n && doc.tokens[k].span.end <= q.span.end; ++k)
        quoted_[k] = 1;
    }
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {
      const Entity& ent = doc.entities[e];
      if (ent.type == "location" && ent.has_place && ent.place.kind == "country" && !ent.place.country.empty())
        country_.push_back({ent.place.country, static_cast<int>(e)});
    }
    for (std::size_t e = 0; e < doc.entities.size(); ++e) {  // a group stands in for a country not named
      const Entity& ent = doc.entities[e];
      if (ent.type == "group" && !ent.country.empty()) country_.push_back({ent.country, static_cast<int>(e)});
    }
    const ShortFormIndex heads = short_form_index();
    for (const Sentence& s : doc.sentences) short_forms(s.first_token, s.end_token, heads);
    nominal_base_ = doc.entities.size();
    for (const Sentence& s : doc.sentences) nominal_parties(s.first_token, s.end_token);
  }

  // An organisation's short form after "the", which the entity stage left untagged: its
  // distinctive head word (the last word, or the word before "of"), with other words of the
  // name before it, names the organisation named earlier. Not a generic head ("the Party":
  // data/name_heads.txt).
  // EXAMPLE: "the Liberation Tigers of Tamil Eelam ..." then "Colombo held talks with the
  // Tigers", "the Tamil Tigers accepted the accord"
  // The organisations of two words or more by their distinctive head word (the last word,
  // or the word before "of"), each with its words, in entity order: built once, so that a
  // short form is looked up, not compared with every organisation (linear in the document).
  struct OrgWords {
    int entity;
    std::vector<std::string_view> words;
  };
  using ShortFormIndex = std::map<std::string_view, std::vector<OrgWords>>;
  ShortFormIndex short_form_index() const {
    ShortFormIndex index;
    for (std::size_t x = 0; x < doc_.entities.size(); ++x) {
      const Entity& o = doc_.entities[x];
      if ((o.type != "organization" && o.type != "group") || o.mentions.empty()) continue;
      std::vector<std::string_view> words;
      std::string_view n = o.name;
      while (!n.empty()) {
        const std::size_t sp = n.find(' ');
        words.push_back(n.substr(0, sp));
        n = sp == std::string_view::npos ? std::string_view() : n.substr(sp + 1);
      }
      if (words.size() < 2) continue;
      const auto of = std::find(words.begin(), words.end(), "of");
      const std::string_view own_head = of == words.end() ? words.back() : of == words.begin() ? words.front() : *(of - 1);
      index[own_head].push_back({static_cast<int>(x), std::move(words)});
    }
    return index;
  }
  void short_forms(uint32_t b, uint32_t e, const ShortFormIndex& heads) {
    if (heads.empty()) return;
    const TokenView v{doc_, b, e};
    for (uint32_t k = b + 1; k < e; ++k) {
      if (ent_[k] >= 0 || !v.ieq(k - 1, "the") || !(v.tok(k).flags & kCapitalized)) continue;
      uint32_t end = k;
      while (end < e && ent_[end] < 0 && v.tok(end).kind == TokenKind::Word && (v.tok(end).flags & kCapitalized)) ++end;
      if (end - k > 3) continue;
      const std::string_view head = v.t(end - 1);
      const auto entry = heads.find(head);
      if (entry == heads.end()) continue;
      if (const int h = kNameHeads.find(head); h >= 0 && kNameHeads.canonical(h) == "org") continue;
      const uint32_t at = doc_.tokens[k].span.start;
      int found = -1;
      for (const OrgWords& org : entry->second) {
        if (doc_.entities[static_cast<std::size_t>(org.entity)].mentions.front().start >= at) continue;
        bool all_in = true;
        for (uint32_t t = k; t + 1 < end; ++t) all_in = all_in && std::find(org.words.begin(), org.words.end(), v.t(t)) != org.words.end();
        if (all_in) found = org.entity;  // the latest-listed such organisation
      }
      if (found < 0) continue;
      const Span span{doc_.tokens[k].span.start, doc_.tokens[end - 1].span.end};
      auto& ms = doc_.entities[static_cast<std::size_t>(found)].mentions;
      ms.insert(std::upper_bound(ms.begin(), ms.end(), span, [](const Span& a, const Span& c) { return a.start < c.start; }), span);
      for (uint32_t t = k; t < end; ++t) ent_[t] = found;
      k = end - 1;
    }
  }

  void run() {
    for (uint32_t s = 0; s < doc_.sentences.size(); ++s) read_sentence(s);
    attach_targets();
    attach_casualties();
    attach_sources();
    fold();
    keep_used_nominals();
    write();
  }

 private:
  Document& doc_;
  std::vector<int> ent_, time_;
  std::vector<char> quoted_, calendar_;  // calendar_: per time, a date value an event can carry
  std::vector<std::pair<std::string, int>> country_;
  std::vector<Mention> mentions_;
  std::vector<Record> records_;
  std::size_t nominal_base_ = 0;  // entities from here on are nominal parties (nominal_parties)
  std::map<std::string, int> nominal_by_name_, nominal_by_head_;  // lower case -> the latest such party

  std::string_view actor_role(uint32_t t) const {
    const int idx = kEventActors.find(doc_.vslice(doc_.tokens[t].span));
    return idx >= 0 ? kEventActors.canonical(idx) : std::string_view();
  }

  // "the U.S.-led coalition", "Iraqi security forces", "regime forces": a party without a
  // name of its own becomes an unnamed entity (data/event_actors.txt), tied to the
  // country or group named in it; the words say it again later ("the coalition") for the
  // same one. Kept only when an event takes it (keep_used_nominals).
  void nominal_parties(uint32_t b, uint32_t e) {
    const auto word = [&](uint32_t t) { return doc_.vslice(doc_.tokens[t].span); };
    const TokenView v{doc_, b, e};
    for (uint32_t k = b; k < e; ++k) {
      if (ent_[k] >= 0) continue;
      const std::string_view role = actor_role(k);
      const bool modified_only = role == "modified_head";
      if (role != "head" && !modified_only) continue;
      uint32_t end = k + 1;
      while (end < e && ent_[end] < 0 && actor_role(end) == "head") ++end;
      // A class named by its examples is the examples: "militias like Hezbollah"
      if (end + 1 < e && (v.ieq(end, "like") || (v.ieq(end, "such") && v.ieq(end + 1, "as"))) &&
          ent_[v.ieq(end, "like") ? end + 1 : std::min(end + 2, e - 1)] >= 0) {
        k = end - 1;
        continue;
      }
      uint32_t first = k;
      std::vector<int> tied;
      bool named_party = false;  // "Hezbollah fighters": the organisation itself is the party
      while (first > b) {
        const uint32_t p = first - 1;
        const Token& tok = doc_.tokens[p];
        if (ent_[p] >= 0) {
          const Entity& x = ent(ent_[p]);
          // A regime is its leader's or country's, not the leader: the phrase is the party.
          // EXAMPLE: "shelling and airstrikes by the Asad regime" (the Asad regime, not Asad)
          if (x.type == "location" || x.type == "group" || v.ieq(end - 1, "regime")) {
            tied.push_back(ent_[p]);
            const int id = ent_[p];
            while (first > b && ent_[first - 1] == id) --first;
            continue;
          }
          named_party = true;
          break;
        }
        if (tok.kind != TokenKind::Word || time_[p] >= 0) break;  // "On Wednesday guerrillas"
        const bool hyphenated = word(p).find('-') != std::string_view::npos;  // "U.S.-led", "Iran-backed"
        if (actor_role(p) != "modifier" && !hyphenated && !((tok.flags & kCapitalized) && p > b)) break;
        first = p;
      }
      const uint32_t last = end;
      k = end - 1;
      if (named_party) continue;
      const bool bare = last - first == 1;
      // "force" is a party only with a nationality or modifier: "the Indian peace keeping
      // force", not "by force"
      if (modified_only && (bare || !(!tied.empty() || actor_role(last - 2) == "modifier" ||
                                      (doc_.tokens[last - 2].flags & kCapitalized))))
        continue;
      // "the militants", "the army": the pronoun rules' (the organisation named last), when
      // there is one to refer to; else the words name the party themselves.
      // EXAMPLE: "The militants attacked a police station in Arish on Sunday" (no group before)
      if (bare && first > b) {
        int idx = -1;
        if (longest_match(v, first - 1, kEventCues, idx, 3) == 2 && kEventCues.canonical(idx) == "pronoun" &&
            refer_back("pronoun", first - 1) >= 0)
          continue;
      }
      const Span span{doc_.tokens[first].span.start, doc_.tokens[last - 1].span.end};
      std::string name(doc_.text.substr(span.start, span.size()));
      const std::string key = lower_ascii(name);
      const std::string head = lower_ascii(word(last - 1));
      // the same words again, or a bare head ("the coalition") for the last party it heads
      const auto& seen = bare ? nominal_by_head_ : nominal_by_name_;
      const auto hit = seen.find(bare ? head : key);
      int found = hit == seen.end() ? -1 : hit->second;
      if (found < 0) {
        Entity n;
        n.id = "e" + std::to_string(doc_.entities.size() + 1);
        const bool plural = head.size() > 3 && head.back() == 's';
        n.type = plural ? "group" : "organization";
        n.name = name;
        n.unnamed = true;
        for (int t : tied) {
          if (std::find(n.affiliations.begin(), n.affiliations.end(), ent(t).id) == n.affiliations.end())
            n.affiliations.push_back(ent(t).id);
        }
        doc_.entities.push_back(std::move(n));
        found = static_cast<int>(doc_.entities.size() - 1);
        nominal_by_name_[key] = found;
        nominal_by_head_[head] = found;
      }
      doc_.entities[static_cast<std::size_t>(found)].mentions.push_back(span);
      for (uint32_t t = first; t < last; ++t) ent_[t] = found;
    }
  }

  // The nominal parties no event took are dropped, the others numbered on from the named
  // entities (their ids follow the entities before them).
  void keep_used_nominals() {
    if (doc_.entities.size() == nominal_base_) return;
    std::vector<char> used(doc_.entities.size(), 0);
    for (const Record& r : records_) {
      for (const Mention& m : r.mentions) {
        for (int a : m.actors) used[static_cast<std::size_t>(a)] = 1;
        for (int t : m.targets) used[static_cast<std::size_t>(t)] = 1;
        for (int p : m.places) used[static_cast<std::size_t>(p)] = 1;
        if (m.location >= 0) used[static_cast<std::size_t>(m.location)] = 1;
        if (m.weak_location >= 0) used[static_cast<std::size_t>(m.weak_location)] = 1;
      }
      for (const auto& l : r.locations) used[static_cast<std::size_t>(l.first)] = 1;
    }
    std::vector<int> to(doc_.entities.size(), -1);
    std::size_t next = nominal_base_;
    for (std::size_t x = 0; x < doc_.entities.size(); ++x) {
      if (x < nominal_base_) { to[x] = static_cast<int>(x); continue; }
      if (!used[x]) continue;
      to[x] = static_cast<int>(next);
      if (next != x) doc_.entities[next] = std::move(doc_.entities[x]);
      doc_.entities[next].id = "e" + std::to_string(next + 1);
      ++next;
    }
    doc_.entities.resize(next);
    const auto remap = [&](std::vector<int>& v) {
      std::vector<int> out;
      for (int x : v) if (to[static_cast<std::size_t>(x)] >= 0) out.push_back(to[static_cast<std::size_t>(x)]);
      v = std::move(out);
    };
    const auto remap1 = [&](int& x) {
      if (x >= 0) x = to[static_cast<std::size_t>(x)];
    };
    const auto remap_mention = [&](Mention& m) {
      remap(m.actors), remap(m.targets), remap(m.places), remap1(m.location), remap1(m.weak_location);
    };
    for (Record& r : records_) {
      remap(r.actors);
      remap(r.targets);
      remap(r.towns);
      for (auto& l : r.locations) remap1(l.first);
      for (Mention& m : r.mentions) remap_mention(m);
    }
    for (Mention& m : mentions_) remap_mention(m);
    for (auto& c : country_) remap1(c.second);
    for (int& e : ent_) if (e >= 0) e = to[static_cast<std::size_t>(e)];
  }

  // ---- words ----
  std::string_view cue(const TokenView& v, uint32_t i) const {
    if (!v.in(i)) return {};
    const int idx = kEventCues.find(v.t(i));
    return idx >= 0 ? kEventCues.canonical(idx) : std::string_view();
  }
  // A cue of this role of several words that ends right before token `end`; returns its
  // first token, or `end` if none.
  uint32_t cue_ending_at(const TokenView& v, uint32_t end, std::string_view role) const {
    for (uint32_t n = 4; n >= 1; --n) {
      if (end < v.b + n) continue;
      int idx = -1;
      const uint32_t got = longest_match(v, end - n, kEventCues, idx, n);
      if (got == n && kEventCues.canonical(idx) == role) return end - n;
    }
    return end;
  }
  // Between a subject and its verb: auxiliaries ("passive" ones: "was", "been") and adverbs.
  bool auxiliary(const TokenView& v, uint32_t i) const {
    const std::string_view c = cue(v, i);
    return c == "aux" || c == "passive";
  }
  bool possessive(const TokenView& v, uint32_t i) const {
    return v.possessive_s(i) || v.is(i, "'") || v.is(i, "\xE2\x80\x99");
  }
  int country_entity(std::string_view code) const {
    for (const auto& [c, e] : country_) {
      if (c == code) return e;
    }
    return -1;
  }
  int demonym_entity(const TokenView& v, uint32_t i) const {
    const int d = kGazDemonyms.find(v.t(i));
    return d >= 0 ? country_entity(kGazDemonyms.canonical(d)) : -1;
  }
  const Entity& ent(int e) const { return doc_.entities[static_cast<std::size_t>(e)]; }
  // A country's press name from its code: the longest one of at most two words written in
  // words ("United Kingdom" over "U.K.", "United States" over "United States of America").
  static std::string country_name(std::string_view code) {
    std::string best;
    int best_score = -1;
    for (std::size_t i = 0; i < kGazCountries.size; ++i) {
      const LexiconForm& f = kGazCountries.forms[i];
      if (kGazCountries.canonicals[f.canonical] != code) continue;
      const bool words = std::any_of(f.form.begin(), f.form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      const bool short_name = std::count(f.form.begin(), f.form.end(), ' ') <= 1;
      const int score = (words ? 2000 : 0) + (short_name ? 1000 : 0) + static_cast<int>(f.form.size());
      if (score > best_score) best_score = score, best = std::string(f.form);
    }
    return best;
  }
  // The country of a nationality word: the word less its ending when the gazetteer knows
  // that as the country ("Syrian" -> "Syria", "Israeli" -> "Israel"), else its press name.
  static std::string demonym_country_name(std::string_view word, std::string_view code) {
    for (std::size_t cut = 1; cut <= 2 && cut + 3 < word.size(); ++cut) {
      std::string stem = lower_ascii(word.substr(0, word.size() - cut));
      const int g = kGazGeo.find(stem);
      if (g < 0) continue;
      const std::string_view cand = kGazGeo.canonical(g);
      if (cand.size() > 4 && cand.substr(0, 2) == code && cand[3] == 'n') return std::string(word.substr(0, word.size() - cut));
    }
    return country_name(code);
  }
  // The country of a nationality word the gazetteer knows, found or made (place_entity).
  int made_country(std::string_view word) {
    const std::string_view code = kGazDemonyms.canonical(kGazDemonyms.find(word));
    return place_entity(demonym_country_name(word, code), code, "country");
  }
  // A place the entity stage did not take (inside a name it left out, "1996 United States
  // Senate election in Louisiana", or a nationality word, "the Spanish general election"):
  // the location entity of that name, found or made (kept only when an event takes it).
  int place_entity(const std::string& name, std::string_view code, std::string_view kind) {
    int found = -1;
    if (kind == "country") found = country_entity(code);
    for (std::size_t x = 0; found < 0 && x < doc_.entities.size(); ++x) {
      if (doc_.entities[x].type == "location" && lower_ascii(doc_.entities[x].name) == lower_ascii(name))
        found = static_cast<int>(x);
    }
    if (found < 0) {
      Entity n;
      n.id = "e" + std::to_string(doc_.entities.size() + 1);
      n.type = "location";
      n.name = name;
      n.has_place = true;
      n.place.country = std::string(code);
      n.place.kind = std::string(kind);
      n.place.precision = std::string(kind == "country" ? "country" : "region");
      n.place.has_coordinates = gazetteer_point(n.name, code, kind, n.place.lat, n.place.lon);
      doc_.entities.push_back(std::move(n));
      found = static_cast<int>(doc_.entities.size() - 1);
      if (kind == "country") country_.push_back({std::string(code), found});
    }
    // No mention: the words are a nationality ("Spanish") or inside another name ("the 1996
    // United States Senate election", one name under CoNLL's conventions), no name of the place
    // itself; the event's evidence shows them. (Taken as mentions, CrossNER politics dev's
    // LOC F1 fell from .688 to .503.)
    return found;
  }
  // The country or region (not a town: a capitalised word is many a town's name) named by
  // the capitalised words at token k that no entity holds; their tokens join it. Returns
  // the entity or -1.
  int gazetteer_place_at(const TokenView& v, uint32_t k) {
    if (!v.in(k) || ent_[k] >= 0 || !(v.tok(k).flags & kCapitalized)) return -1;
    uint32_t best_end = k;
    std::string code, kind;
    for (uint32_t n = 1; n <= 4 && k + n <= v.e; ++n) {
      const uint32_t last = k + n - 1;
      if (ent_[last] >= 0 || v.tok(last).kind != TokenKind::Word) break;
      const Span sp{doc_.tokens[k].span.start, doc_.tokens[last].span.end};
      const std::string_view phrase = doc_.vslice(sp);
      if (const int c = kGazCountries.find(phrase); c >= 0) {
        best_end = last + 1, code = std::string(kGazCountries.canonical(c)), kind = "country";
        continue;
      }
      std::string folded = lower_ascii(phrase);
      std::replace(folded.begin(), folded.end(), '-', ' ');
      if (const int g = kGazGeo.find(folded); g >= 0) {
        const std::string_view cand = kGazGeo.canonical(g);  // "US,r,29.95,-90.08;..."
        if (cand.size() > 4 && cand[2] == ',' && (cand[3] == 'r' || cand[3] == 'n') && cand[4] == ',')
          best_end = last + 1, code = std::string(cand.substr(0, 2)), kind = cand[3] == 'n' ? "country" : "region";
      }
    }
    if (best_end == k) return -1;
    const Span span{doc_.tokens[k].span.start, doc_.tokens[best_end - 1].span.end};
    const int e = place_entity(kind == "country" ? country_name(code) : std::string(doc_.vslice(span)), code, kind);
    for (uint32_t t = k; t < best_end; ++t) ent_[t] = e;
    return e;
  }
  uint32_t mention_begin(uint32_t k, uint32_t lo) const {
    while (k > lo && ent_[k - 1] == ent_[k]) --k;
    return k;
  }
  uint32_t mention_end(uint32_t k, uint32_t hi) const {
    while (k + 1 < hi && ent_[k + 1] == ent_[k]) ++k;
    return k + 1;
  }
  bool date_time(int t) const { return t >= 0 && calendar_[static_cast<std::size_t>(t)]; }

  // A role phrase before a person: title words (data/title_words.txt), nationality words,
  // lower-case adjectives and the names of the office ("the reclusive LTTE leader", "Norwegian
  // envoy"), the word right before the person a title word. role_before returns the phrase's
  // first token (`person` if there is none); person_after_role the person's first token after
  // such a phrase starting at `from` (-1 if none).
  // EXAMPLE: "talks with both Kumaratunga and the reclusive LTTE leader Velupillai Prabhakaran"
  bool role_word(const TokenView& v, uint32_t j) const {
    if (v.tok(j).kind != TokenKind::Word || time_[j] >= 0) return false;
    if (kTitleWords.contains(v.t(j)) || kGazDemonyms.contains(v.t(j))) return true;
    if (ent_[j] >= 0) return ent(ent_[j]).type == "organization" || ent(ent_[j]).type == "location";
    return (v.tok(j).flags & kLower) && cue(v, j).empty();
  }
  uint32_t role_before(const TokenView& v, uint32_t person) const {
    if (person <= v.b || !kTitleWords.contains(v.t(person - 1))) return person;
    uint32_t j = person - 1;
    while (j > v.b && person - j < 5 && role_word(v, j - 1)) --j;
    return j;
  }
  int person_after_role(const TokenView& v, uint32_t from) const {
    for (uint32_t j = from; j < v.e && j < from + 5; ++j) {
      if (ent_[j] >= 0 && ent(ent_[j]).type == "person")
        return j > from && kTitleWords.contains(v.t(j - 1)) && (ent_[j - 1] < 0 || ent_[j - 1] != ent_[j]) ? static_cast<int>(j) : -1;
      if (!role_word(v, j)) return -1;
    }
    return -1;
  }

  // The entity a pronoun or "the group" refers to, by its role in data/event_cues.txt:
  // "pronoun" the last organisation, "pronoun_state" ("it", "the government") the
  // last organisation or country, "pronoun_country" the last country; named before token
  // `at`, within the last 120 tokens.
  int refer_back(std::string_view role, uint32_t at) const {
    if (role == "pronoun_person") {  // "He was sentenced to death": the last person named
      for (uint32_t k = at, seen = 0; k > 0 && seen < 120; --k, ++seen) {
        if (ent_[k - 1] >= 0 && ent(ent_[k - 1]).type == "person") return ent_[k - 1];
      }
      return -1;
    }
    const bool country_ok = role != "pronoun";
    const bool org_ok = role != "pronoun_country";
    const bool group_ok = role == "pronoun_plural";  // EXAMPLE: "Guerrillas killed ... They also killed"
    for (uint32_t k = at, seen = 0; k > 0 && seen < 120; --k, ++seen) {
      const int e = ent_[k - 1];
      if (e < 0) continue;
      const Entity& x = ent(e);
      if ((org_ok && x.type == "organization") || (group_ok && x.type == "group")) return e;
      if (country_ok && x.type == "location" && x.has_place && x.place.kind == "country") return e;
    }
    return -1;
  }

  // The subject of the verb at token `verb` ("Hamas was withdrawing", "the group is
  // pulling out", "Israel staged"): an entity, or a pronoun resolved by refer_back.
  int subject_before(const TokenView& v, uint32_t verb) const {
    uint32_t j = verb;
    while (j > v.b && auxiliary(v, j - 1)) --j;
    // A time between subject and verb. EXAMPLE: "Israel on Monday staged", "the coalition
    // in the last 24 hours conducted 10 airstrikes"
    if (j > v.b + 1 && time_[j - 1] >= 0) {
      uint32_t t = std::max(v.b, doc_.token_at(doc_.times[static_cast<std::size_t>(time_[j - 1])].span.start));
      if (t > v.b && (v.ieq(t - 1, "in") || v.ieq(t - 1, "on") || v.ieq(t - 1, "over") || v.ieq(t - 1, "during")))
        --t;
      if (t > v.b && ent_[t - 1] >= 0) j = t;
    }
    // Appositions between subject and verb: "Daniel Montalvo, 19, a member of ..., was".
    if (j > v.b + 1 && v.is(j - 1, ",")) {
      uint32_t k = j - 1;  // a comma closing an apposition
      for (int segment = 0; segment < 3; ++segment) {
        uint32_t c = k;
        while (c > v.b && k - c < 12 && !v.is(c - 1, ",")) --c;
        if (c <= v.b + 1 || !v.is(c - 1, ",")) break;
        // the name before the opening comma; "from Irving, Texas," is one place: go on
        if (ent_[c - 2] >= 0 && !(ent(ent_[c - 2]).type == "location" && segment < 2 && ent_[c] >= 0 &&
                                  ent(ent_[c]).type == "location")) {
          j = c - 1;
          break;
        }
        k = c - 1;
      }
    }
    if (j == v.b) return -1;
    // A named organisation's or group's people: the organisation. EXAMPLE: "Coalition forces
    // conducted 12 strikes near Mosul", "Hezbollah fighters launched rockets"
    if (j > v.b + 1 && ent_[j - 1] < 0 && (v.tok(j - 1).flags & kLower) && actor_role(j - 1) == "head" &&
        ent_[j - 2] >= 0 && (ent(ent_[j - 2]).type == "organization" || ent(ent_[j - 2]).type == "group"))
      return ent_[j - 2];
    if (ent_[j - 1] >= 0) {
      const int e = ent_[j - 1];
      const bool town = ent(e).type == "location" && !(ent(e).has_place && ent(e).place.kind == "country");
      if (!town) return e;
      // A party placed by a preposition: the party is the subject, not the place.
      // EXAMPLE: "Guerrillas near Hawijah launched an attack", not "In Mosul, the attack ..."
      const uint32_t f = mention_begin(j - 1, v.b);
      if (f >= v.b + 2 && (v.ieq(f - 1, "near") || v.ieq(f - 1, "in") || v.ieq(f - 1, "from")) && ent_[f - 2] >= 0) {
        const int x = ent_[f - 2];
        if (ent(x).type != "location" || (ent(x).has_place && ent(x).place.kind == "country")) return x;
      }
      return -1;
    }
    for (std::string_view role : {"pronoun", "pronoun_state", "pronoun_country", "pronoun_person", "pronoun_plural"}) {
      const uint32_t p = cue_ending_at(v, j, role);
      if (p < j) return refer_back(role, p);
    }
    return -1;
  }
  // The subject and the names coordinated with it: "Israel and Hamas signed".
  std::vector<int> subjects_before(const TokenView& v, uint32_t verb) const {
    std::vector<int> out;
    const int first = subject_before(v, verb);
    if (first < 0) return out;
    out.push_back(first);
    uint32_t j = verb;
    while (j > v.b && ent_[j - 1] != first) --j;  // the subject's mention
    if (j == v.b) return out;
    j = mention_begin(j - 1, v.b);
    // "chief Tamil rebel negotiator Anton Balasingham and Norwegian envoy Erik Solheim held talks"
    if (ent(first).type == "person") j = role_before(v, j);
    for (int more = 0; more < 4 && j >= v.b + 2 && (v.ieq(j - 1, "and") || v.is(j - 1, ",")) && ent_[j - 2] >= 0; ++more) {
      const int e = ent_[j - 2];
      const Entity& x = ent(e);
      if (x.type == "location" && !(x.has_place && x.place.kind == "country")) break;
      add_unique(out, e);
      j = mention_begin(j - 2, v.b);
    }
    return out;
  }

  // "was arrested", "were shelled", "has been charged": the subject is what it was done to.
  bool passive(const TokenView& v, uint32_t verb) const {
    const std::string_view first = v.t(verb);
    if (first.size() > 3 && first.substr(first.size() - 3) == "ing") return false;  // "is pulling out"
    for (uint32_t j = verb; j > v.b && auxiliary(v, j - 1); --j) {
      if (cue(v, j - 1) == "passive") return true;
    }
    return false;
  }

  // ---- mentions ----
  // A heading inside the body: a paragraph of one sentence in title case with no closing
  // punctuation names a topic, not a report. EXAMPLE: "Attack on Iran: A Looming Folly"
  // (not the article's headline, which is read)
  bool heading(const Sentence& sen) const {
    const Paragraph& p = doc_.paragraphs[sen.paragraph];
    if (sen.first_token != p.first_token || sen.end_token != p.end_token) return false;
    if (!doc_.article.headline.empty() && sen.first_token < doc_.article.headline_end_token) return false;
    const TokenView v{doc_, sen.first_token, sen.end_token};
    if (v.e <= v.b + 1) return false;
    const std::string_view last = v.t(v.e - 1);
    if (v.punct(v.e - 1) && last != ")" ) return false;
    int words = 0, capital = 0;
    for (uint32_t k = v.b; k < v.e; ++k) {
      if (v.tok(k).kind != TokenKind::Word || v.t(k).size() <= 3) continue;
      ++words;
      capital += (v.tok(k).flags & kCapitalized) != 0;
    }
    return words >= 2 && words <= 10 && capital * 4 >= words * 3;
  }

  void read_sentence(uint32_t s) {
    const Sentence& sen = doc_.sentences[s];
    if (heading(sen)) return;
    const TokenView v{doc_, sen.first_token, sen.end_token};
    for (uint32_t i = v.b; i < v.e; ++i) {
      if (time_[i] >= 0 || ent_[i] >= 0) continue;
      uint32_t gap_end = i;
      const std::string_view gapped =
          kEventGappedHeads.contains(v.t(i)) ? gapped_trigger(v, i, gap_end) : std::string_view();
      if (gapped.empty() && !may_start(kEventTriggers, v.t(i))) continue;
      int idx = -1;
      const uint32_t n = gapped.empty() ? longest_match(v, i, kEventTriggers, idx, 5) : gap_end - i;
      if (!n) continue;
      Mention m;
      m.sentence = s;
      m.tb = i;
      m.te = i + n;
      m.trig = parse_trigger(gapped.empty() ? kEventTriggers.canonical(idx) : gapped);
      m.with_after = !gapped.empty() && v.ieq(m.te - 1, "with");
      if (m.trig.has('e') && !(i > v.b && (v.ieq(i - 1, "a") || v.ieq(i - 1, "an") || v.ieq(i - 1, "the") ||
                                           cue(v, i - 1) == "conflict")))
        continue;
      if (m.trig.type == "accident" && m.trig.subtype == "road") m.trig = vehicle_kind(v, m);
      if (m.trig.has('w') && !talks_after(v, m)) continue;
      if (m.trig.has('b') && !between_after(v, m)) continue;
      read_before(v, m);
      read_after(v, m);
      bool passive_verb = false;
      if (m.trig.has('v') || m.trig.has('w')) {
        passive_verb = m.trig.has('v') && passive(v, m.tb);
        for (int subject : subjects_before(v, m.tb)) {
          if (!passive_verb) {
            add_unique(m.actors, subject);
            m.clause_actor = true;
          } else if (ent(subject).type == "person" || ent(subject).type == "group" || !violent(m.trig.type)) {
            add_unique(m.targets, subject);
          }
        }
      }
      // A meeting verb needs who met: its subject, not only whom they met. EXAMPLE: "Sergey
      // Brin, personally met with Mohamed" (no subject read) is none; "to meet with Devocht"
      // (an infinitive: a purpose, not a report) neither
      if (m.trig.has('v') && meeting(m) && (!m.clause_actor || (m.tb > v.b && v.ieq(m.tb - 1, "to")))) continue;
      // EXAMPLE: "Merkel and Putin met in Minsk on Wednesday", "Israel and Egypt met in Cairo"
      // (not "Smith met in Paris"; nor two people of no office: "Brin and Page met at Stanford")
      if (m.trig.has('m') && (m.actors.size() < 2 || std::any_of(m.actors.begin(), m.actors.end(), [&](int a) {
                                return ent(a).type == "person" && ent(a).titles.empty();
                              })))
        continue;
      read_weak(v, m);
      // "On Monday the house was bombed": a verb's clause dates it from before its subject
      if (m.trig.has('v') && m.date < 0 && m.weak_date >= 0 &&
          doc_.token_at(doc_.times[static_cast<std::size_t>(m.weak_date)].span.start) < m.tb)
        m.date = m.weak_date;
      i = m.te - 1;
      // Inside a quotation only a counted operation with its actor is an event: words
      // quoted are opinion and promise more than report.
      // EXAMPLE: "“In support of these operations, the coalition conducted 10 airstrikes.”"
      if (quoted_[m.tb] && !(m.numbered && !m.actors.empty())) continue;
      if (role_noun(v, m)) continue;
      // A strike of workers is a protest. EXAMPLE: "a widespread strike took place in
      // Amsterdam in May 1943", "The strike by teachers in Chicago" (not "a cyber strike")
      if (m.labour && m.te == m.tb + 1 && (v.ieq(m.tb, "strike") || v.ieq(m.tb, "strikes"))) {
        m.peaceful = false;
        m.trig = parse_trigger(v.ieq(m.tb, "strike") ? "protests;peaceful protest;c" : "protests;peaceful protest;cp");
      }
      if (m.peaceful && violent(m.trig.type)) continue;  // "heart attack", "a cyber strike"
      // EXAMPLE: "the proposed defense agreement between India and Sri Lanka", "a planned attack"
      if (m.unreal) continue;
      if (conditional(v, m)) continue;
      if (infinitive(v, m)) continue;
      if (cue(v, m.te) == "modifier") continue;           // "attack planners", "strike aircraft"
      // An active verb of violence says nothing without its attacker ("an earthquake
      // struck ..."); a passive one may ("five aid workers were kidnapped in Darfur").
      if (m.trig.has('v') && m.trig.has('c') && violent(m.trig.type) && !passive_verb && m.actors.empty())
        continue;
      // Passive only. EXAMPLE: "Sufaat was captured in Quetta", not "rebels captured the town"
      // A verb of taking in the active voice with a place as its object takes territory:
      // a state's forces regain it, anyone else overtakes it.
      // EXAMPLE: "Rebels captured the town of Kidal on Monday", "the army seized Kidal"
      if (m.trig.has('r') && !passive_verb && !m.actors.empty() && taken_place(v, m) >= 0) {
        m.location = taken_place(v, m), m.location_rank = place_rank(ent(m.location));
        m.trig = parse_trigger(state_party(m.actors.front()) ? "battles;government regains territory;cv"
                                                            : "battles;non-state actor overtakes territory;cv");
      }
      if (m.trig.has('s') && !passive_verb) continue;
      // A passive infinitive is a purpose or a prospect, not a report. EXAMPLE: "one of two
      // Democrats to be elected president", "he is expected to be charged" (not "was charged")
      if (passive_verb && m.tb >= v.b + 2 && v.ieq(m.tb - 1, "be") && v.ieq(m.tb - 2, "to")) continue;
      // "X fell to Y": Y takes the place X. EXAMPLE: "The fortified city fell to coalition forces"
      if (m.trig.has('f')) {
        uint32_t j = m.tb;
        while (j > v.b && auxiliary(v, j - 1)) --j;
        if (j == v.b || m.actors.empty()) continue;
        const int e = ent_[j - 1];
        if (e >= 0 && ent(e).type == "location") {
          m.location = e, m.location_rank = place_rank(ent(e));
        } else if (e >= 0 || !kEventPlaceNouns.contains(v.t(j - 1))) {
          continue;
        }
        m.trig = parse_trigger(state_party(m.actors.front()) ? "battles;government regains territory;cv"
                                                            : "battles;non-state actor overtakes territory;cv");
      }
      // Intransitive only, before a place or a time. EXAMPLE: "members of the clan
      // demonstrated in Baghdad on Friday", not "the study demonstrated that ...", "Apple
      // demonstrated its phone", "Japan protested, to no avail"
      if (m.trig.has('i') && !(m.te < v.e && (time_[m.te] >= 0 || cue(v, m.te) == "locative"))) continue;
      if (m.trig.has('r') && m.targets.empty() && !passive_verb) continue;  // "seized" with no one seized
      // A battle's verb of taking in the passive names the people freed, not the place taken.
      // EXAMPLE: "citizens who have been liberated from villages around Raqqa"
      if (m.trig.has('r') && passive_verb && m.trig.type == "battles") continue;
      // A verb of killing is an attack only in the active voice with its attacker.
      // EXAMPLE: "Guerrillas killed an engineer", not "five were killed"
      // A verb that names the violence itself (flag q) may be passive, its victim the
      // subject. EXAMPLE: "Nine people were shot dead at a church in Charleston" (not "five
      // were killed": a death, whatever its means)
      if (m.trig.has('k') && (passive_verb ? !m.trig.has('q') : m.actors.empty())) continue;
      if (m.trig.has('d')) m.victims = victims(v, m, passive_verb);
      // An incident in a list of places is one event in each: ACLED codes one event per
      // location. EXAMPLE: "The attacks in Qamenas, Sarmin and Talamenes", "riots in Brixton,
      // Handsworth and Toxteth" (three records); not "in Baghdad, Iraq" (a country) nor a
      // place of a single one ("in Baghdad")
      if (incident(m.trig.type) && !m.trig.has('g') && listed_places(m)) {
        for (int place : m.places) {
          Mention one = m;
          one.location = place, one.location_rank = place_rank(ent(place));
          one.listed = true;
          mentions_.push_back(std::move(one));
        }
        continue;
      }
      mentions_.push_back(std::move(m));
    }
    // Two triggers joined by "and" share the phrase around them: the actor after the
    // second, the place and date of either; the second is as particular as the first.
    // EXAMPLE: "civilians are facing ongoing shelling and airstrikes by the Asad regime"
    {
      std::size_t from = mentions_.size();
      while (from > 0 && mentions_[from - 1].sentence == s) --from;
      for (std::size_t i = from; i + 1 < mentions_.size(); ++i) {
        Mention& a = mentions_[i];
        Mention& b = mentions_[i + 1];
        if (b.tb != a.te + 1 || !(v.ieq(a.te, "and") || v.ieq(a.te, "or")) || a.trig.type != b.trig.type) continue;
        if (a.trig.has('p') && !a.numbered && !a.definite && a.date < 0) continue;
        for (int x : b.actors) add_unique(a.actors, x);
        for (int x : a.actors) add_unique(b.actors, x);
        for (int x : b.targets) add_unique(a.targets, x);
        if (a.location < 0) a.location = b.location, a.location_rank = b.location_rank;
        if (b.location < 0) b.location = a.location, b.location_rank = a.location_rank;
        if (a.date < 0) a.date = b.date;
        if (b.date < 0) b.date = a.date;
        b.coordinated = true;
      }
    }
    // ... and only when no other violent word, disaster or accident of the sentence names
    // the means: "Israel killed five in an airstrike" is the airstrike, "A 2023 earthquake
    // killed more than 50,000" the earthquake. A kidnapping before the killing is no means
    // ("killed a member ... after kidnapping him").
    std::size_t first = mentions_.size();
    while (first > 0 && mentions_[first - 1].sentence == s) --first;
    bool means = false;
    for (std::size_t i = first; i < mentions_.size(); ++i) {
      const Trigger& t = mentions_[i].trig;
      means = means || (incident(t.type) && !t.has('k') && t.subtype != "abduction/forced disappearance");
    }
    if (means) {
      mentions_.erase(std::remove_if(mentions_.begin() + static_cast<std::ptrdiff_t>(first), mentions_.end(),
                                     [](const Mention& m) { return m.trig.has('k'); }),
                      mentions_.end());
    }
  }

  // The dead of a verb of killing with no figure of its own: one for each person it was
  // done to, or one for a single victim named by a noun ("killed an engineer").
  // EXAMPLE: "Guerrillas killed an engineer, Asi Ali", "Husain ... was assassinated", not
  // "killed a dozen people" (a figure: the casualty stage's) nor "killed civilians"
  int victims(const TokenView& v, const Mention& m, bool passive_verb) const {
    int persons = 0;
    for (int t : m.targets) persons += ent(t).type == "person";
    if (persons > 0) return persons;
    if (passive_verb || m.te + 1 >= v.e || !(v.ieq(m.te, "a") || v.ieq(m.te, "an"))) return 0;
    double num;
    const uint32_t k = m.te + 1;
    if (v.tok(k).kind != TokenKind::Word || number_word(v.t(k), num) || v.ieq(k, "number") || v.ieq(k, "few") ||
        v.ieq(k, "couple") || v.ieq(k, "total") || v.ieq(k, "handful") || v.ieq(k, "group") || v.ieq(k, "family"))
      return 0;
    return 1;
  }

  // Two places or more listed after one preposition, none a country or a world region, and
  // none where another of them is ("in Sarmin and Idlib province" of one country names a town
  // and its region: no list).
  bool listed_places(const Mention& m) const {
    if (m.places.size() < 2) return false;
    for (int p : m.places) {
      const Entity& x = ent(p);
      if (x.type != "location" || (x.has_place && x.place.kind == "country") || kWorldRegions.contains(x.name)) return false;
      if (x.has_place && x.place.kind == "region") return false;
    }
    return true;
  }

  // A trigger with words inside it, read from its first word; sets `end` past what the
  // trigger covers. Returns the trigger's entry (as data/event_triggers.txt writes it) or "".
  std::string_view gapped_trigger(const TokenView& v, uint32_t i, uint32_t& end) const {
    // "found X guilty": a verdict whose object, a name or a pronoun, is the accused; the
    // trigger is the verb, so that the object is read after it.
    // EXAMPLE: "A jury in Boston found Tsarnaev guilty on Wednesday" (not "found it hard")
    if (v.ieq(i, "found") || v.ieq(i, "finds") || v.ieq(i, "find")) {
      for (uint32_t k = i + 1; k < v.e && k < i + 7; ++k) {
        if (v.ieq(k, "guilty")) {
          const bool object = ent_[i + 1] >= 0 || v.ieq(i + 1, "him") || v.ieq(i + 1, "her") || v.ieq(i + 1, "them");
          if (!object) return {};
          end = i + 1;
          return "justice;verdict;cv";
        }
        if (v.punct(k) && !v.is(k, "-") && !v.is(k, ".")) return {};
      }
      return {};
    }
    // The active "charged X with Y": its subject charges, its object is charged.
    // EXAMPLE: "India charged 34 Arakan separatists from Myanmar with hiding in the Landfall
    // Islands" (not "The bank charged customers a fee"; the passive is the lexicon's)
    if (v.ieq(i, "charged") && !passive(v, i) && i > v.b && ent_[i - 1] >= 0) {
      for (uint32_t k = i + 1; k < v.e && k < i + 9; ++k) {
        if (v.ieq(k, "with")) {
          end = i + 1;
          return "justice;charge;cv";
        }
        if (v.punct(k) || time_[k] >= 0) return {};
      }
      return {};
    }
    // A court's undoing or upholding of a conviction, a sentence or a verdict, with words
    // between: a ruling. EXAMPLE: "Judge Lynn Hughes threw out Wilson's two-decades old
    // conviction", "the court overturned his conviction" (not "threw out the old sofa")
    if (v.ieq(i, "threw") || v.ieq(i, "tossed") || v.ieq(i, "overturned") || v.ieq(i, "quashed") || v.ieq(i, "upheld") ||
        v.ieq(i, "vacated")) {
      uint32_t k = i + 1;
      if (k < v.e && v.ieq(k, "out")) ++k;
      else if (v.ieq(i, "threw") || v.ieq(i, "tossed")) return {};
      for (; k < v.e && k < i + 8; ++k) {
        if (v.ieq(k, "conviction") || v.ieq(k, "convictions") || v.ieq(k, "sentence") || v.ieq(k, "verdict") ||
            v.ieq(k, "ruling")) {
          end = k + 1;
          return "justice;ruling;cv";
        }
        if (v.punct(k) && !v.is(k, "-") && !possessive(v, k)) return {};
      }
      return {};
    }
    // "discussed X with Y": talks between the subject and Y; the topic in between is no place.
    // EXAMPLE: "Merkel discussed the crisis in Syria with Putin on Monday" (talks, no place)
    // (past only: "Val will discuss with Ed" is to come)
    if (v.ieq(i, "discussed")) {
      for (uint32_t k = i + 1; k + 1 < v.e && k < i + 10; ++k) {
        if (v.ieq(k, "with")) {
          if (ent_[k + 1] < 0 && !(k + 2 < v.e && v.ieq(k + 1, "the") && ent_[k + 2] >= 0)) return {};
          end = k + 1;
          return "politics;talks;cav";
        }
        if (v.punct(k) || time_[k] >= 0 || (!cue(v, k).empty() && cue(v, k) != "locative" && cue(v, k) != "preposition"))
          return {};
      }
    }
    return {};
  }

  // The place a verb of taking has as its object: "captured Kidal", "seized the town of Kidal".
  int taken_place(const TokenView& v, const Mention& m) const {
    uint32_t k = m.te;
    if (k < v.e && v.ieq(k, "the")) ++k;
    if (k + 1 < v.e && ent_[k] < 0 && (v.tok(k).flags & kLower) && v.ieq(k + 1, "of")) k += 2;  // "the town of"
    if (k >= v.e || ent_[k] < 0) return -1;
    const Entity& x = ent(ent_[k]);
    return x.type == "location" && !(x.has_place && x.place.kind == "country") ? ent_[k] : -1;
  }
  // A state's party: a country, or forces, troops, an army or a government (named or not).
  bool state_party(int e) const {
    const Entity& x = ent(e);
    if (x.type == "location") return x.has_place && x.place.kind == "country";
    const std::string name = lower_ascii(x.name);
    for (std::string_view head : {"forces", "troops", "army", "military", "government", "police", "soldiers"}) {
      if (name.ends_with(head)) return true;
    }
    return false;
  }

  // A condition is no report. EXAMPLE: "If the US attacks Iran, ...", "unless talks resume"
  bool conditional(const TokenView& v, const Mention& m) const {
    for (uint32_t k = m.tb, steps = 0; k > v.b && steps < 12; ++steps) {
      --k;
      if (v.ieq(k, "if") || v.ieq(k, "unless")) return true;
      if (v.punct(k) && !v.is(k, "-")) return false;
    }
    return false;
  }
  // A verb of violence after "to" is a purpose or a threat, not a report: "Bin Laden
  // Determined to Strike in US", "threatened to attack the city". Not a noun after "to":
  // "led to clashes", "brought to trial".
  bool infinitive(const TokenView& v, const Mention& m) const {
    if (m.tb <= v.b || !v.ieq(m.tb - 1, "to") || m.te - m.tb != 1 || m.trig.has('p')) return false;
    if (!violent(m.trig.type)) return false;  // "thousands gathered to protest in Kiev" is a protest
    const std::string_view w = v.t(m.tb);
    return !(w.ends_with("ed") || w.ends_with("ing") || w.ends_with("s"));
  }

  // A person noun ("suicide bombers") named as a role in a list after "as" is no event.
  // EXAMPLE: "the recruitment of children as soldiers, executioners and suicide bombers"
  // A title before a person's name is none either: "failed suicide bomber Sajida al-Rishawi".
  bool role_noun(const TokenView& v, const Mention& m) const {
    const std::string_view w = v.t(m.te - 1);
    if (!(w.ends_with("bomber") || w.ends_with("bombers"))) return false;
    if (v.in(m.te) && ent_[m.te] >= 0 && ent(ent_[m.te]).type == "person") return true;
    for (uint32_t k = m.tb, steps = 0; k > v.b && steps < 8; ++steps) {
      --k;
      if (v.ieq(k, "as")) return true;
      if (!(v.tok(k).kind == TokenKind::Word || v.is(k, ","))) return false;
      if (cue(v, k) == "light" || cue(v, k) == "aux" || cue(v, k) == "passive") return false;
    }
    return false;
  }

  // "the agreement on 2 December between X and Y": "between" right after the trigger or past
  // a time (and its "on"); the trigger covers it, so that the parties after it are taken.
  bool between_after(const TokenView& v, Mention& m) const {
    uint32_t k = m.te;
    if (k < v.e && (v.ieq(k, "on") || v.ieq(k, "in")) && k + 1 < v.e && time_[k + 1] >= 0) ++k;
    if (k < v.e && time_[k] >= 0) {
      const Time& tm = doc_.times[static_cast<std::size_t>(time_[k])];
      while (k < v.e && doc_.tokens[k].span.end <= tm.span.end) ++k;
    }
    if (k >= v.e || !v.ieq(k, "between") || k == m.te) return false;  // right after: the "X between" entry
    m.te = k + 1;
    return true;
  }

  // A crash's kind by the vehicle named right before it (up to three words back).
  // EXAMPLE: "the plane crashed near Lagos" (air), "a helicopter that crashed" (air), "the
  // train crash" (rail), "the bus crashed" (road)
  Trigger vehicle_kind(const TokenView& v, const Mention& m) const {
    for (uint32_t k = m.tb, steps = 0; k > v.b && steps < 3; ++steps) {
      --k;
      const int idx = kEventVehicles.find(v.t(k));
      const std::string_view c = idx >= 0 ? kEventVehicles.canonical(idx) : std::string_view();
      if (c == "air") return parse_trigger(m.trig.has('h') ? "accident;air;h" : "accident;air;c");
      if (c == "rail") return parse_trigger(m.trig.has('h') ? "accident;rail;h" : "accident;rail;c");
      if (c == "maritime") return parse_trigger(m.trig.has('h') ? "accident;maritime;h" : "accident;maritime;c");
      if (v.punct(k)) break;
    }
    return m.trig;
  }

  // "pulling out of Gaza truce talks": a talks word within four words; the trigger covers it.
  bool talks_after(const TokenView& v, Mention& m) const {
    for (uint32_t k = m.te; k < v.e && k < m.te + 5; ++k) {
      int idx = -1;
      const uint32_t n = longest_match(v, k, kEventTriggers, idx, 3);
      if (n && parse_trigger(kEventTriggers.canonical(idx)).subtype == "talks") {
        m.te = k + n;
        return true;
      }
      if (v.punct(k) || cue(v, k) == "stop") return false;
    }
    return false;
  }

  // A name in the trigger's phrase: before it an actor (a place: where, except for
  // talks), after "by" an actor, after a locative preposition the place, after "on" /
  // "against" a target. An election's country is where it is held, not who holds it
  // ("the Hong Kong legislative election", "Nigeria's presidential election").
  void take_entity(Mention& m, int e, bool before, std::string_view prep, uint32_t first, const TokenView& v) {
    const Entity& x = ent(e);
    const bool country = x.type == "location" && x.has_place && x.place.kind == "country";
    const bool election = m.trig.subtype == "election";
    const bool place = x.type == "location" && (!(country && before) || election);
    if (prep == "by" || (before && !place) ||
        ((m.trig.type == "politics" || m.trig.type == "battles") && (prep == "between" || prep == "with"))) {
      add_unique(m.actors, e);
      return;
    }
    if (place) {
      if (before ? m.trig.type == "politics" && !election : cue_of(prep) != "locative") return;
      // "the Wadi Barada area of Damascus": the place named first is the nearer one.
      if (prep == "of" && m.location >= 0 && area_of(v, first)) return;
      // A place in a party's title or name is whose, not where.
      // EXAMPLE: "met with the Minister of Foreign Affairs of Iraq, Ibrahim al-Jaafari, in
      // Canberra" (in Canberra), "talks with the foreign minister of Iraq"
      if (prep == "of" && first >= v.b + 2 && v.ieq(first - 1, "of") &&
          ((v.tok(first - 2).flags & kCapitalized) || kTitleWords.contains(v.t(first - 2))))
        return;
      int rank = place_rank(x);
      if (first > v.b && cue(v, first - 1) == "direction") rank = std::min(rank, 2);
      if (m.location < 0 || rank > m.location_rank) m.location = e, m.location_rank = rank;
      return;
    }
    if (prep == "on" || prep == "against") {
      add_unique(m.targets, e);
      return;
    }
    const bool party = x.type == "person" || x.type == "group";
    // Whom it was done to: "the capture of Khalid Mohammed", "the assassination of Yassin".
    if (prep == "of" && party &&
        (m.trig.type == "justice" || m.trig.subtype == "attack" || m.trig.subtype == "abduction/forced disappearance" ||
         m.trig.subtype == "appointment"))
      add_unique(m.targets, e);
    // A verb's object. EXAMPLE: "Guerrillas killed an engineer, Asi Ali", "police arrested Ahmed"
    // Who is met takes part in the meeting. EXAMPLE: "Ash Carter met with Iraqi Prime Minister
    // Haider al-Abadi in Baghdad"
    if (prep.empty() && !before && m.trig.has('v') && party) add_unique(meeting(m) ? m.actors : m.targets, e);
  }
  static bool meeting(const Mention& m) { return m.trig.subtype == "talks" || m.trig.subtype == "summit"; }
  // The place at token `first` follows "area of", "district of": a wider place than the one before.
  static bool area_of(const TokenView& v, uint32_t first) {
    return first >= v.b + 2 && v.ieq(first - 1, "of") &&
           (v.ieq(first - 2, "area") || v.ieq(first - 2, "district") || v.ieq(first - 2, "neighbourhood") ||
            v.ieq(first - 2, "neighborhood") || v.ieq(first - 2, "suburb"));
  }
  static std::string_view cue_of(std::string_view w) {
    const int idx = kEventCues.find(w);
    return idx >= 0 ? kEventCues.canonical(idx) : std::string_view();
  }

  // The noun phrase before the trigger: determiner, numbers, "another", nationality
  // words, names and possessives, a date; a light verb before it gives the actor.
  void read_before(const TokenView& v, Mention& m) {
    uint32_t k = m.tb;
    for (int steps = 0; k > v.b && steps < 7; ++steps) {
      const uint32_t j = k - 1;
      if (time_[j] >= 0) {
        const int t = time_[j];
        if (m.date < 0 && date_time(t)) m.date = t;
        if (!date_time(t)) m.own_time = true;
        k = std::max(v.b, doc_.token_at(doc_.times[static_cast<std::size_t>(t)].span.start));
        if (k >= j + 1) break;
        continue;
      }
      if (ent_[j] >= 0) {
        const uint32_t f = mention_begin(j, v.b);
        take_entity(m, ent_[j], true, {}, f, v);
        k = f;
        continue;
      }
      // "Israel's", and a day's: "yesterday's terrorist bombings in Istanbul"
      // (a day's possessive is a determiner: a particular event, even with no date to resolve)
      if (possessive(v, j) && j > v.b && (ent_[j - 1] >= 0 || time_[j - 1] >= 0)) {
        if (time_[j - 1] >= 0) m.definite = true;
        k = j;
        continue;
      }
      int d = demonym_entity(v, j);
      // An election's nationality is where it is held, not who holds it.
      // EXAMPLE: "the Taliban failure to disrupt the Afghan elections" (in Afghanistan)
      // A nationality with no country named in the article names it.
      // EXAMPLE: "won the most seats at the 1996 Spanish general election" (in Spain)
      if (m.trig.subtype == "election" && (d >= 0 || kGazDemonyms.contains(v.t(j)))) {
        if (d < 0) {
          d = made_country(v.t(j));
        }
        if (m.location < 0) m.location = d, m.location_rank = place_rank(ent(d));
        k = j;
        continue;
      }
      if (d >= 0 || kGazDemonyms.contains(v.t(j))) {
        // A nationality word used as an adjective stands for its country, named or not.
        // EXAMPLE: "An Israeli air strike killed five people" (Israel, with no Israel named)
        if (d < 0 && j + 1 < v.e && (v.tok(j + 1).flags & kLower) && m.trig.type != "politics" &&
            m.trig.type != "protests" && m.trig.type != "riots") {
          d = made_country(v.t(j));
        }
        add_unique(m.actors, d);
        k = j;
        continue;
      }
      // a hyphenated modifier written with spaces: "held closed - door talks"
      if (v.is(j, "-") && j > v.b && j + 1 < m.tb && v.tok(j - 1).kind == TokenKind::Word) {
        k = j;
        continue;
      }
      if (v.punct(j)) break;
      // Two parties before a meeting: "Ukraine and Russia held talks in Minsk" (people: the
      // rule after this one's, with their roles)
      if (m.trig.type == "politics" && v.ieq(j, "and") && j > v.b && ent_[j - 1] >= 0 && k < m.tb && ent_[k] >= 0 &&
          std::find(m.actors.begin(), m.actors.end(), ent_[k]) != m.actors.end() &&
          ent(ent_[j - 1]).type == ent(ent_[k]).type && ent(ent_[k]).type != "person") {
        k = j;
        continue;
      }
      // Two people before the trigger, each with a role. EXAMPLE: "chief rebel negotiator Anton
      // Balasingham and Norwegian envoy Erik Solheim held talks"
      if (v.ieq(j, "and") && j > v.b && ent_[j - 1] >= 0 && ent(ent_[j - 1]).type == "person" && k < m.tb &&
          ent_[k] < 0) {
        const int p = person_after_role(v, j + 1);
        if (p >= 0 && std::find(m.actors.begin(), m.actors.end(), ent_[static_cast<uint32_t>(p)]) != m.actors.end())
          add_unique(m.actors, ent_[j - 1]);
        break;
      }
      if (v.ieq(j, "the") || v.ieq(j, "this") || v.ieq(j, "these") || v.ieq(j, "those") ||
          (v.ieq(j, "that") && j + 1 == m.tb)) {
        m.definite = true;
        k = j;
        break;
      }
      if (v.ieq(j, "a") || v.ieq(j, "an")) {
        // EXAMPLE: "the Bush administration is planning an attack on Iran" (a plan)
        if (j > v.b && cue(v, j - 1) == "intent") m.unreal = true;
        // A predicate that names what was told before: it refers back like "the attack".
        // EXAMPLE: "Whether deliberate or accidental, this was an indefensible attack"
        if (j >= v.b + 2 && (v.ieq(j - 1, "was") || v.ieq(j - 1, "is")) &&
            (v.ieq(j - 2, "this") || v.ieq(j - 2, "it") || v.ieq(j - 2, "that")))
          m.definite = true;
        k = j;
        break;
      }
      double num;
      if (v.tok(j).kind == TokenKind::Number || number_word(v.t(j), num)) {
        m.numbered = true;
        k = j;
        continue;
      }
      if (v.ieq(j, "other")) m.other = true;
      const std::string_view c = cue(v, j);
      if (c == "new") {
        m.another = true;
        k = j;
        continue;
      }
      if (c == "conflict") m.conflict_word = true;
      if ((c == "peaceful" || c == "labour") && j + 1 == m.tb) m.peaceful = true, m.labour = c == "labour";
      // "a widespread strike": of workers, but "widespread shelling" is still violence
      if (c == "strike_kind" && j + 1 == m.tb) m.labour = true;
      if (c == "unreal") m.unreal = true;
      if (c == "stop" || c == "aux" || c == "passive" || c == "locative" || c == "preposition" || c == "light" || c == "target" ||
          c == "mediator" || c.rfind("pronoun", 0) == 0)
        break;
      // An election's or a summit's own name, which the entity stage leaves out: its date
      // before it. EXAMPLE: "in the 1922 United Kingdom general election", "the 2015 CELAC
      // summit"
      if ((v.tok(j).flags & kCapitalized) && j > v.b && (m.trig.subtype == "election" || m.trig.subtype == "summit")) {
        k = j;
        continue;
      }
      if ((v.tok(j).flags & kCapitalized) && j > v.b) break;  // a name the entity stage did not take
      k = j;
    }
    // A country or region in an election's own name, which the entity stage left inside it.
    // EXAMPLE: "in the 1983 United Kingdom general election", "in 1947 Mississippi
    // gubernatorial election"
    if (m.trig.subtype == "election" && m.location < 0) {
      for (uint32_t t = k; t < m.tb; ++t) {
        if (const int e = gazetteer_place_at(v, t); e >= 0) {
          m.location = e, m.location_rank = place_rank(ent(e));
          break;
        }
      }
    }
    // "Hamas' surprise the Oct. 7 attack": a possessive name before a stray determiner.
    if (m.definite && k >= v.b + 3 && (cue(v, k - 1).empty() || cue(v, k - 1) == "conflict") && (v.tok(k - 1).flags & kLower) &&
        possessive(v, k - 2) && ent_[k - 3] >= 0) {
      const int e = ent_[k - 3];
      if (ent(e).type != "location" || (ent(e).has_place && ent(e).place.kind == "country")) add_unique(m.actors, e);
    }
    // "Israel staged [a huge bombing raid]", "the group carried out [an attack]".
    // A measure of the trigger between them. EXAMPLE: "Colombo held six rounds of talks with
    // the Tigers", "the group carried out a series of attacks"
    if (k == m.tb && k >= v.b + 3 && v.ieq(k - 1, "of") && cue(v, k - 2) == "measure") {
      uint32_t q = k - 2;
      double num;
      if (q > v.b && (v.tok(q - 1).kind == TokenKind::Number || number_word(v.t(q - 1), num) || v.ieq(q - 1, "a") ||
                      v.ieq(q - 1, "several") || v.ieq(q - 1, "another")))
        --q;
      if (cue_ending_at(v, q, "light") < q) k = q;
    }
    const uint32_t lv = cue_ending_at(v, k, "light");
    if (lv < k) {
      for (int subject : subjects_before(v, lv)) add_unique(m.actors, subject), m.clause_actor = true;
    }
  }

  // The phrase after the trigger, up to a clause boundary: "on a camp for displaced people
  // in southern Gaza on July 13", "by X", "mediated by Qatar and Egypt, with U.S. support".
  void read_after(const TokenView& v, Mention& m) {
    std::string prep = m.trig.has('f') ? "by" : "";  // "fell to coalition forces": the taker
    // a trigger that ends in its preposition: "agreement between Iraqi and Kurdistan Regional
    // governments", "thrown out by the Court of Cassation"
    if (m.te - m.tb > 1 && (v.ieq(m.te - 1, "between") || v.ieq(m.te - 1, "by"))) prep = v.lower(m.te - 1);
    if (m.with_after) prep = "with";
    for (uint32_t j = m.tb; j < m.te; ++j) {  // a date the trigger covers ("agreement on 2 December between")
      if (m.date < 0 && date_time(time_[j])) m.date = time_[j];
    }
    uint32_t k = m.te;
    std::string head_prep = prep;  // the phrase's own preposition, not that of an "of" inside it
    bool took_party = false;       // a person or group taken after the trigger
    bool listing = false;          // the name at k goes on a list ("in A, B and C")
    bool places_open = true;       // no other place yet that is not on the list
    for (int steps = 0; k < v.e && steps < 16; ++steps) {
      // A number right after a noun trigger starts another phrase: "After the sentencing one
      // of Robinson's supporters turned to ..." (not the sentencing of Robinson)
      double num;
      if (k == m.te && !m.trig.has('v') && k + 1 < v.e && v.ieq(k + 1, "of") &&
          (v.tok(k).kind == TokenKind::Number || number_word(v.t(k), num)))
        break;
      if (time_[k] >= 0) {
        const int t = time_[k];
        if (m.date < 0 && date_time(t)) m.date = t;
        const Time& tm = doc_.times[static_cast<std::size_t>(t)];
        while (k < v.e && doc_.tokens[k].span.end <= tm.span.end) ++k;
        continue;
      }
      // "by Israeli aircraft": the nationality's country
      if (const int d = ent_[k] < 0 && prep == "by" && m.actors.empty() ? demonym_entity(v, k) : -1; d >= 0) {
        add_unique(m.actors, d);
        ++k;
        continue;
      }
      // "between Iraqi and Kurdistan Regional governments": a nationality stands for its
      // country (when named) and the list goes on after "and"
      if (ent_[k] < 0 && prep == "between" && k + 2 < v.e && v.ieq(k + 1, "and") && kGazDemonyms.contains(v.t(k))) {
        add_unique(m.actors, demonym_entity(v, k));
        k += 2;
        continue;
      }
      // An election's place after "in" that the entity stage left inside a name.
      // EXAMPLE: "1996 United States Senate election in Louisiana" (in Louisiana)
      if (ent_[k] < 0 && m.trig.subtype == "election" && prep != "of" && cue_of(prep) == "locative")
        gazetteer_place_at(v, k);
      if (ent_[k] >= 0) {
        const uint32_t end = mention_end(k, v.e);
        // A name right after a noun, then a word of no role: a new clause's subject and verb.
        // EXAMPLE: "several days before the elections Pakistan closed the border crossing
        // point at Chaman" (Chaman is not where the elections were)
        if (prep.empty() && !m.trig.has('v') && !m.trig.has('w') && end < v.e && v.tok(end).kind == TokenKind::Word &&
            (v.tok(end).flags & kLower) && cue(v, end).empty() && !possessive(v, end))
          break;
        // "Mecca's Grand Mosque": the place after a place's possessive is within it.
        // EXAMPLE: "caused a crane to fall into Mecca's Grand Mosque" (the Grand Mosque)
        // ("Mecca 's": the mark and the s may stand apart)
        const uint32_t owner = k >= v.b + 3 && v.ieq(k - 1, "s") && possessive(v, k - 2) ? k - 3 : k - 2;
        const bool within = k >= v.b + 2 && m.location >= 0 && ent(ent_[k]).type == "location" &&
                            (possessive(v, k - 1) || owner == k - 3) && ent_[owner] == m.location;
        take_entity(m, ent_[k], false, prep, k, v);
        if (within) m.location = ent_[k], m.location_rank = 4;  // finer than any town named alone
        took_party = took_party || ent(ent_[k]).type == "person" || ent(ent_[k]).type == "group";
        if (ent(ent_[k]).type == "location" && cue_of(prep) == "locative" && prep != "of" && places_open) {
          if (m.places.empty() || listing) add_unique(m.places, ent_[k]);
          else m.places.clear(), places_open = false;
        }
        listing = false;
        k = end;
        // a list: "by Qatar and Egypt", "on X and Y", "between Colombo and the Tigers",
        // "with both Kumaratunga and the reclusive LTTE leader Velupillai Prabhakaran"
        if (k + 1 < v.e && (v.ieq(k, "and") || v.is(k, ",")) && !prep.empty()) {
          uint32_t n = k + 1;
          if (n + 1 < v.e && v.ieq(n, "the") && ent_[n] < 0) ++n;
          if (ent_[n] < 0) {
            const int p = person_after_role(v, n);
            if (p >= 0) n = static_cast<uint32_t>(p);
          }
          // a class named by its examples: "by the Asad regime and militias like Hezbollah"
          if (ent_[n] < 0 && n + 2 < v.e && (v.tok(n).flags & kLower)) {
            if (v.ieq(n + 1, "like") && ent_[n + 2] >= 0) n += 2;
            else if (n + 3 < v.e && v.ieq(n + 1, "such") && v.ieq(n + 2, "as") && ent_[n + 3] >= 0) n += 3;
          }
          if (ent_[n] >= 0) k = n, listing = true;
        }
        continue;
      }
      if (possessive(v, k)) {
        ++k;
        continue;
      }
      // "the attack on an aid convoy, which took place in Urem al-Kubra ... on 19 September"
      if (v.is(k, ",") && k + 1 < v.e) {
        int idx = -1;
        const uint32_t n = longest_match(v, k + 1, kEventCues, idx, 3);
        if (n && kEventCues.canonical(idx) == "relative") {
          k += 1 + n;
          continue;
        }
      }
      if (v.is(k, ",")) {
        // A verb's object in apposition. EXAMPLE: "Gunmen killed a village chief, Musa Bello, in Mosul"
        if (m.trig.has('v') && prep.empty() && m.targets.empty() && k + 1 < v.e && ent_[k + 1] >= 0 &&
            ent(ent_[k + 1]).type == "person") {
          add_unique(meeting(m) ? m.actors : m.targets, ent_[k + 1]);
          k = mention_end(k + 1, v.e);
          if (k < v.e && v.is(k, ",")) ++k;
          continue;
        }
        // Whom a meeting is with, named after their office: the person in apposition to it,
        // with an honorific or two before the name.
        // EXAMPLE: "Bishop met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim
        // Al-Ja'afari, in Canberra" (both met; the place is Canberra)
        if (meeting(m) && !took_party && (head_prep.empty() || head_prep == "with")) {
          uint32_t n = k + 1;
          while (n < v.e && n < k + 3 && ent_[n] < 0 && (v.tok(n).flags & kCapitalized) && v.t(n).size() <= 3) ++n;
          if (n < v.e && ent_[n] >= 0 && ent(ent_[n]).type == "person") {
            const uint32_t end = mention_end(n, v.e);
            if (end < v.e && v.is(end, ",")) {
              add_unique(m.actors, ent_[n]);
              took_party = true;
              k = end + 1;
              continue;
            }
          }
        }
        // The first party's apposition closed by a comma, then "and" the second.
        // EXAMPLE: "between the Federal Government of Iraq, led by Prime Minister Haider Al
        // Abadi, and the Kurdistan Regional Government"
        if (prep == "between" && m.actors.size() == 1) {
          uint32_t c = k + 1;
          while (c < v.e && c < k + 12 && !v.is(c, ",") && !(v.punct(c) && !v.is(c, "-"))) ++c;
          uint32_t n = c + 1;
          if (c < v.e && v.is(c, ",") && n < v.e && v.ieq(n, "and")) {
            ++n;
            if (n < v.e && v.ieq(n, "the")) ++n;
            if (n < v.e && ent_[n] >= 0) {
              k = n;
              continue;
            }
          }
        }
        // "..., with U.S. support"
        if (m.trig.type == "politics" && v.ieq(k + 1, "with") && k + 2 < v.e && ent_[k + 2] >= 0) {
          const uint32_t end = mention_end(k + 2, v.e);
          if (cue(v, end) == "support") add_unique(m.actors, ent_[k + 2]);
        }
        break;
      }
      // A person after a preposition and a title the entity stage left out.
      // EXAMPLE: "the appointment on October 3 of Lt. General Ashfaq Kiyani as ISI chief"
      if (!prep.empty() && k > m.te && !cue(v, k - 1).empty() && (v.tok(k).flags & kCapitalized) && ent_[k] < 0 &&
          kTitleWords.contains(v.t(k))) {
        const uint32_t n = k + 1 < v.e && v.is(k + 1, ".") ? k + 2 : k + 1;  // "Lt." as "Lt" "."
        const int p = n < v.e && ent_[n] >= 0 && ent(ent_[n]).type == "person" ? static_cast<int>(n) : person_after_role(v, k);
        if (p >= 0) {
          k = static_cast<uint32_t>(p);
          continue;
        }
      }
      if (v.punct(k) && !v.is(k, "-")) break;
      // What one is charged with is the offence: its place is not the charge's.
      // EXAMPLE: "India charged 34 separatists with hiding in the Landfall Islands" (no place)
      if (m.trig.subtype == "charge" && v.ieq(k, "with") && k > m.te) break;
      const std::string_view c = cue(v, k);
      // Who carries it out makes it peaceful. EXAMPLE: "The strike by teachers in Chicago"
      if (prep == "by" && (c == "peaceful" || c == "labour")) m.peaceful = true, m.labour = c == "labour";
      if (c == "locative" || c == "preposition") {
        prep = v.lower(k);
        if (prep != "of") head_prep = prep;
        ++k;
        continue;
      }
      // A participle of carrying out with its agent: the agent is a party.
      // EXAMPLE: "the ceasefire in Syria announced by Russia and Turkey", "the strike launched
      // by Israel"; not "the ceasefire announced on Monday" (no agent)
      if ((c == "light" || c == "mediator") && k + 1 < v.e && v.t(k).ends_with("ed") && v.ieq(k + 1, "by")) {
        prep = head_prep = "by";
        k += 2;
        continue;
      }
      // A relative clause whose subject carries the event out: "a ceasefire that Oslo
      // successfully brokered in February 2002", "the strike that Israel launched on Rafah"
      if (k == m.te && (v.ieq(k, "that") || v.ieq(k, "which")) && k + 1 < v.e && ent_[k + 1] >= 0) {
        uint32_t j = mention_end(k + 1, v.e);
        while (j < v.e && j < k + 6 && (auxiliary(v, j) || (v.t(j).ends_with("ly") && (v.tok(j).flags & kLower)))) ++j;
        const std::string_view verb = cue(v, j);
        if (j < v.e && (verb == "light" || verb == "mediator")) {
          add_unique(m.actors, ent_[k + 1]);
          k = j + 1;
          continue;
        }
      }
      // Two passive verbs share their agent. EXAMPLE: "he was bombed and killed by U.S.-led
      // coalition aircraft": the coalition bombed him
      if (m.trig.has('v') && k == m.te && v.ieq(k, "and") && k + 2 < v.e && v.t(k + 1).ends_with("ed") &&
          (v.tok(k + 1).flags & kLower) && v.ieq(k + 2, "by")) {
        k += 2;
        continue;
      }
      if (c == "stop" || c == "aux" || c == "passive" || c == "light" || c == "target" || c.rfind("pronoun", 0) == 0) break;
      int idx = -1;
      if (k > m.te && longest_match(v, k, kEventTriggers, idx, 3)) break;  // another trigger
      ++k;
    }
  }

  // The place is one of the parties, or the country an unnamed party is tied to.
  bool party_place(const std::vector<int>& actors, int place) const {
    for (int a : actors) {
      if (a == place) return true;
      const auto& af = ent(a).affiliations;
      if (ent(a).unnamed && std::find(af.begin(), af.end(), ent(place).id) != af.end()) return true;
      // a nationality word in a party's own words: "the Indian peace keeping force"
      const Entity& p = ent(place);
      if (!p.has_place || p.place.kind != "country") continue;
      if (ent(a).type == "group" && ent(a).country == p.place.country) return true;
      if (ent(a).unnamed) {
        const std::string_view n = ent(a).name;
        const std::string_view first = n.substr(0, n.find(' '));
        const int d = kGazDemonyms.find(first);
        if (d >= 0 && kGazDemonyms.canonical(d) == p.place.country) return true;
      }
    }
    return false;
  }

  // Evidence elsewhere in the sentence: targets of "targeted"/"to kill", the nearest date,
  // the nearest place after a preposition.
  void read_weak(const TokenView& v, Mention& m) {
    uint32_t best = UINT32_MAX;
    for (uint32_t k = v.b; k < v.e; ++k) {
      if (time_[k] >= 0 && date_time(time_[k]) && time_[k] != m.date) {
        const uint32_t dist = k < m.tb ? m.tb - k : k - m.tb;
        if (dist < best) best = dist, m.weak_date = time_[k];
      }
    }
    if (incident(m.trig.type)) {
      best = UINT32_MAX;
      for (uint32_t k = v.b + 1; k < v.e; ++k) {
        const int e = ent_[k];
        if (e < 0 || ent_[k - 1] == e || ent(e).type != "location") continue;
        uint32_t p = k - 1;
        if (cue(v, p) == "direction" || v.ieq(p, "the")) --p;
        if (p < v.b || cue(v, p) != "locative") continue;
        if (area_of(v, k) && m.weak_location >= 0) continue;  // "the Wadi Barada area of Damascus"
        if (names_other_event(v, k, m)) continue;
        const uint32_t dist = k < m.tb ? m.tb - k : k - m.tb;
        if (dist < best) best = dist, m.weak_location = e, m.weak_rank = place_rank(ent(e));
      }
    }
  }

  // A place right before another trigger is that event's.
  // EXAMPLE: "pulling out of Gaza truce talks" puts no strike in Gaza
  bool names_other_event(const TokenView& v, uint32_t k, const Mention& m) const {
    const uint32_t after = mention_end(k, v.e);
    if (after >= v.e || (after >= m.tb && after < m.te)) return false;
    int idx = -1;
    return may_start(kEventTriggers, v.t(after)) && longest_match(v, after, kEventTriggers, idx, 5) > 0;
  }

  // Targets: the persons and groups after "targeted" / "to kill" up to the clause's end,
  // and the subject of "it had targeted" as the attacker (for the nearest mention).
  void targets_of_sentence(uint32_t s, std::size_t first_mention, std::size_t end_mention) {
    const Sentence& sen = doc_.sentences[s];
    const TokenView v{doc_, sen.first_token, sen.end_token};
    for (uint32_t k = v.b; k < v.e; ++k) {
      if (quoted_[k] || !may_start(kEventCues, v.t(k))) continue;
      int idx = -1;
      const uint32_t n = longest_match(v, k, kEventCues, idx, 3);
      if (!n || kEventCues.canonical(idx) != "target") continue;
      Mention* near = nullptr;
      uint32_t best = UINT32_MAX;
      for (std::size_t i = first_mention; i < end_mention; ++i) {
        Mention& m = mentions_[i];
        if (!violent(m.trig.type)) continue;
        const uint32_t dist = k < m.tb ? m.tb - k : k - m.te;
        if (dist < best) best = dist, near = &m;
      }
      if (!near) continue;
      add_unique(near->actors, subject_before(v, k));
      for (uint32_t j = k + n; j < v.e; ++j) {
        const std::string_view c = cue(v, j);
        if (c == "stop" && !v.ieq(j, "and") && !v.ieq(j, "as")) break;
        if (j >= near->tb && j < near->te) break;
        const int e = ent_[j];
        if (e < 0 || (j > v.b && ent_[j - 1] == e)) continue;
        if (ent(e).type == "person" || ent(e).type == "group") add_unique(near->targets, e);
      }
      k += n - 1;
    }
  }

  // ---- links to the other stages ----
  uint32_t sentence_of(uint32_t byte) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), byte,
                               [](uint32_t b, const Sentence& s) { return b < s.span.start; });
    return it == doc_.sentences.begin() ? 0 : static_cast<uint32_t>(it - doc_.sentences.begin() - 1);
  }

  // Targets need all of a sentence's mentions (the nearest takes them).
  void attach_targets() {
    for (std::size_t i = 0; i < mentions_.size();) {
      std::size_t j = i;
      while (j < mentions_.size() && mentions_[j].sentence == mentions_[i].sentence) ++j;
      targets_of_sentence(mentions_[i].sentence, i, j);
      i = j;
    }
  }

  void attach_casualties() {
    for (std::size_t c = 0; c < doc_.casualties.size(); ++c) {
      const Casualty& cas = doc_.casualties[c];
      if (cas.cumulative || (!cas.killed.set && !cas.wounded.set)) continue;
      const uint32_t s = sentence_of(cas.evidence.start);
      const Count& count = cas.killed.set ? cas.killed : cas.wounded;
      // A stated zero ("no one was hurt") has no quantity: measure from the sentence start.
      const uint32_t at = count.quantity < doc_.quantities.size()
                              ? doc_.token_at(doc_.quantities[count.quantity].span.start)
                              : doc_.sentences[s].first_token;
      Mention* near = nullptr;
      uint32_t best = UINT32_MAX;
      auto first = std::lower_bound(mentions_.begin(), mentions_.end(), s,
                                    [](const Mention& m, uint32_t sentence) { return m.sentence < sentence; });
      for (auto it = first; it != mentions_.end() && it->sentence == s; ++it) {
        Mention& m = *it;
        if (!incident(m.trig.type)) continue;
        const uint32_t dist = at < m.tb ? m.tb - at : at - m.tb;
        // A figure nearer the trigger takes it from a farther one of the same sentence.
        // EXAMPLE: "eighteen US troops have been killed in Iraq, compounded by another
        // twelve deaths from a Black Hawk helicopter crash" (the crash's toll is 12)
        if (m.casualty >= 0 && casualty_distance(m) <= dist) continue;
        if (dist < best) best = dist, near = &m;
      }
      if (near) near->casualty = static_cast<int>(c);
    }
  }
  // Tokens between a mention's trigger and the figure of its toll.
  uint32_t casualty_distance(const Mention& m) const {
    const Casualty& cas = doc_.casualties[static_cast<std::size_t>(m.casualty)];
    const Count& count = cas.killed.set ? cas.killed : cas.wounded;
    const uint32_t at = count.quantity < doc_.quantities.size() ? doc_.token_at(doc_.quantities[count.quantity].span.start)
                                                                : doc_.sentences[m.sentence].first_token;
    return at < m.tb ? m.tb - at : at - m.tb;
  }

  // Entity ids are "e1", "e2", ... in order (entities.cpp).
  int entity_by_id(const std::string& id) const {
    if (id.size() < 2 || id[0] != 'e' || !all_digits(std::string_view(id).substr(1))) return -1;
    const int k = to_int(std::string_view(id).substr(1)) - 1;
    return k >= 0 && static_cast<std::size_t>(k) < doc_.entities.size() && doc_.entities[static_cast<std::size_t>(k)].id == id ? k : -1;
  }

  // Who reported it: the speaker of the reported speech the trigger is in, else the
  // source of its toll.
  void attach_sources() {
    std::vector<int> speaker(doc_.tokens.size(), -1);
    for (const Quote& q : doc_.quotes) {
      if (q.kind != "indirect" || q.speaker.empty()) continue;
      const int e = entity_by_id(q.speaker);
      for (uint32_t k = doc_.token_at(q.span.start); k < speaker.size() && doc_.tokens[k].span.end <= q.span.end; ++k) {
        if (speaker[k] < 0) speaker[k] = e;
      }
    }
    for (Mention& m : mentions_) {
      m.source = speaker[m.tb];
      if (m.source < 0 && m.casualty >= 0) {
        const Casualty& c = doc_.casualties[static_cast<std::size_t>(m.casualty)];
        if (!c.source.empty()) m.source = entity_by_id(c.source);
      }
    }
  }

  // ---- one event, many mentions ----
  bool same_kind(const Record& r, const Mention& m, bool anaphor) const {
    if (anaphor && m.trig.has('g')) return violent(r.trig.type) || r.trig.type == m.trig.type;
    if (anaphor && r.trig.has('g') && violent(m.trig.type)) return violent(r.trig.type);
    return r.trig.subtype == m.trig.subtype;
  }

  // The site or town a mention names, in its phrase or else in its sentence; -1 if none.
  int town(const Mention& m) const {
    if (m.location >= 0) return m.location_rank >= 3 ? m.location : -1;
    return m.weak_location >= 0 && m.weak_rank >= 3 ? m.weak_location : -1;
  }

  bool compatible(const Record& r, const Mention& m) const {
    if (m.date >= 0) {
      std::string db, pb;
      calendar_value(doc_.times[static_cast<std::size_t>(m.date)].value, db, pb);
      for (int d : r.dates) {
        std::string da, pa;
        calendar_value(doc_.times[static_cast<std::size_t>(d)].value, da, pa);
        const std::size_t n = std::min(da.size(), db.size());
        if (da.compare(0, n, db, 0, n) != 0) return false;  // another day
      }
    }
    if (m.location >= 0) {
      for (const auto& [loc, rank] : r.locations) {
        if (loc == m.location) continue;
        if (m.listed) return false;  // one record per place of a list
        const Entity& a = ent(loc);
        const Entity& b = ent(m.location);
        if (a.has_place && b.has_place && a.place.country != b.place.country) return false;
        if (rank >= 3 && m.location_rank >= 3) return false;  // two different towns
      }
    }
    if (!r.actors.empty() && !m.actors.empty()) {
      bool shared = false;
      for (int a : m.actors) shared = shared || std::find(r.actors.begin(), r.actors.end(), a) != r.actors.end();
      if (!shared) return false;
    }
    // An incident in another town is another event, wherever in its sentence the town is
    // named. EXAMPLE: "Guerrillas killed a member ... after kidnapping him in Mosul." and
    // "Husain ... was assassinated with his driver in the Salikh district."
    if (incident(m.trig.type)) {
      const int t = town(m);
      if (t >= 0 && std::any_of(r.towns.begin(), r.towns.end(), [&](int x) { return x != t; })) return false;
    }
    // Another victim or detainee is another event. EXAMPLE: "Moussaoui ... when he was
    // arrested" and "Sufaat was arrested in December 2001"
    if (!r.targets.empty() && !m.targets.empty()) {
      bool shared = false;
      for (int t : m.targets) shared = shared || std::find(r.targets.begin(), r.targets.end(), t) != r.targets.end();
      if (!shared) return false;
    }
    return true;
  }

  void add_mention(Record& r, const Mention& m) {
    if (m.date >= 0) {
      bool seen = false;
      for (int d : r.dates) seen = seen || doc_.times[static_cast<std::size_t>(d)].value == doc_.times[static_cast<std::size_t>(m.date)].value;
      if (!seen) r.dates.push_back(m.date);
    }
    if (m.location >= 0 && std::none_of(r.locations.begin(), r.locations.end(), [&](const auto& l) { return l.first == m.location; }))
      r.locations.push_back({m.location, m.location_rank});
    for (int a : m.actors) add_unique(r.actors, a);
    for (int t : m.targets) add_unique(r.targets, t);
    add_unique(r.towns, town(m));
    r.mentions.push_back(m);
  }

  void fold() {
    for (Mention& m : mentions_) {
      // A plural with no number, article, date, toll or target is a generalisation
      // ("incidents blamed on Israeli strikes", "nations which have conducted strikes in
      // Iraq"), not an event, even with a place.
      if (m.trig.has('p') && !m.numbered && !m.definite && m.date < 0 && m.casualty < 0 && m.targets.empty() &&
          !m.clause_actor && !m.coordinated)
        continue;
      // "as well as other recent terrorist attacks against the Iraqi people": the rest of a
      // kind, even with a target, is no event without a number, date or toll of its own.
      if (m.trig.has('p') && m.other && !m.numbered && m.date < 0 && m.casualty < 0) continue;
      // "the attack", "the attacks" (even with a toll: "No one was hurt in the attacks")
      const bool anaphor = m.definite && !m.numbered && m.actors.empty() && m.targets.empty() && m.location < 0 &&
                           m.date < 0;
      Record* into = nullptr;
      const std::size_t lo = records_.size() > 50 ? records_.size() - 50 : 0;
      if (anaphor) {
        for (std::size_t r = records_.size(); r-- > lo;) {
          if (same_kind(records_[r], m, true)) {
            into = &records_[r];
            break;
          }
        }
        if (!into && m.trig.has('c')) continue;  // "the talks", "the attack" with nothing before: no event
      } else if (!m.another && !m.numbered) {
        for (std::size_t r = records_.size(); r-- > lo;) {
          // "the capture of X" is X's: it joins only a record that names X; so is a
          // killing verb's. EXAMPLE: "Guerrillas killed a member of the KDP ... Guerrillas
          // killed an engineer, Asi Ali"
          if ((m.trig.has('t') || m.trig.has('k')) && std::none_of(m.targets.begin(), m.targets.end(), [&](int t) {
                return std::find(records_[r].targets.begin(), records_[r].targets.end(), t) != records_[r].targets.end();
              }))
            continue;
          if (same_kind(records_[r], m, false) && compatible(records_[r], m)) {
            into = &records_[r];
            break;
          }
        }
      }
      if (!into && m.trig.subtype.empty()) continue;  // "the accident": only refers back
      if (!into) {
        // A context-dependent word needs evidence of its own to start an event; a weather
        // or accident word ("storm", "crash") a place or a toll, not only a date ("a
        // sudden rain storm on Sunday night caused a mass exodus").
        if (m.trig.has('c') && !m.own_evidence() && !(violent(m.trig.type) && m.conflict_word)) continue;
        if (m.trig.has('a') && m.actors.empty()) continue;  // a meeting needs someone meeting
        if (m.trig.has('t') && m.targets.empty()) continue;  // "the capture of Mosul": no arrest
        // A place, date or toll, not only parties. EXAMPLE: "Gunmen stormed a hotel in
        // Mogadishu", not "Democrats attacked Kerry's record"
        if (m.trig.has('x') && m.location < 0 && m.date < 0 && m.casualty < 0) continue;
        if (m.trig.has('c') && (m.trig.type == "disaster" || m.trig.type == "accident") && m.location < 0 &&
            m.casualty < 0)
          continue;
        records_.push_back({m.trig, {}, {}, {}, {}, {}, {}});
        into = &records_.back();
      } else if (into->trig.has('g') && !m.trig.has('g') && same_kind(*into, m, true)) {
        into->trig = m.trig;  // "an attack ... the airstrike": the specific kind
      }
      add_mention(*into, m);
    }
  }

  // ---- the records ----
  void write() {
    int n = 0;
    written_actors_.assign(records_.size(), {});
    written_location_.assign(records_.size(), -1);
    for (std::size_t ri = 0; ri < records_.size(); ++ri) {
      const Record& r = records_[ri];
      Event ev;
      ev.type = std::string(r.trig.type);
      ev.subtype = std::string(r.trig.subtype);
      const Mention* best = &r.mentions.front();
      for (const Mention& m : r.mentions) {
        if (m.richness() > best->richness()) best = &m;
      }
      std::vector<int> actors, targets;
      int location = -1, rank = 0, weak_location = -1, weak_rank = 0, date = -1, weak_date = -1, source = -1;
      bool own_time = false;
      for (const Mention& m : r.mentions) {
        ev.mentions.push_back(span(m.tb, m.te));
        for (int a : m.actors) add_unique(actors, a);
        for (int t : m.targets) add_unique(targets, t);
        if (m.location >= 0 && m.location_rank > rank) location = m.location, rank = m.location_rank;
        if (m.weak_location >= 0 && m.weak_rank > weak_rank) weak_location = m.weak_location, weak_rank = m.weak_rank;
        if (date < 0) date = m.date;
        if (weak_date < 0) weak_date = m.weak_date;
        own_time = own_time || m.own_time;
        if (source < 0) source = m.source;
        if (m.casualty >= 0) {
          const Casualty& c = doc_.casualties[static_cast<std::size_t>(m.casualty)];
          if (c.killed.set && (!ev.has_fatalities || c.killed.value < ev.fatalities))
            ev.has_fatalities = true, ev.fatalities = c.killed.value;
          if (c.wounded.set && (!ev.has_wounded || c.wounded.value < ev.wounded))
            ev.has_wounded = true, ev.wounded = c.wounded.value;
        }
      }
      if (!ev.has_fatalities) {
        for (const Mention& m : r.mentions) {
          if (m.victims > 0) {
            ev.has_fatalities = true, ev.fatalities = m.victims;
            break;
          }
        }
      }
      for (int t : targets) actors.erase(std::remove(actors.begin(), actors.end(), t), actors.end());
      const bool evidence = !actors.empty() || !targets.empty() || location >= 0 || date >= 0 ||
                            ev.has_fatalities || ev.has_wounded;
      // Precision first: no event without an argument of its own, except an unambiguous
      // incident ("an earthquake") with a place or date in its sentence.
      if (!evidence && !(r.trig.has('h') && incident(r.trig.type) && (weak_location >= 0 || weak_date >= 0))) continue;
      if (location < 0 && incident(r.trig.type)) {
        location = weak_location >= 0 ? weak_location : paragraph_place(r.mentions.front());
        // A place named elsewhere that is a party or a party's nationality is who, not where.
        // EXAMPLE: "differences between India and the LTTE led to clashes between Tiger
        // guerrillas and the Indian peace keeping force" (not in India)
        if (location >= 0 && party_place(actors, location)) location = -1, weak_location = -1;
        if (location < 0) location = dateline_place();
        if (location >= 0 && weak_location < 0) ev.inferred.push_back("location");
      }
      if (date < 0) date = weak_date;
      // Not the context's date when the event's own time says another one that the
      // article gives no anchor for. EXAMPLE: "since last year's terror attacks in Paris"
      if (date < 0 && incident(r.trig.type) && !own_time) {
        date = date_before(r.mentions.front());
        if (date >= 0) ev.inferred.push_back("date");
      }
      // The same kind of event's attacker, earlier; not for the killing of a named person whose
      // killer the text leaves out. EXAMPLE: "Guerrillas killed a member of the KDP ... In
      // Baghdad Kadhim Talal Husain ... was assassinated" (no actor)
      const bool named_victim = std::any_of(targets.begin(), targets.end(), [&](int t) { return ent(t).type == "person"; });
      if (actors.empty() && incident(r.trig.type) && !named_victim) {
        for (std::size_t k = ri; k-- > 0 && ri - k <= 50;) {
          if (records_[k].trig.subtype != r.trig.subtype || written_actors_[k].empty()) continue;
          // Not from another country's: an ambush in Afghanistan after a clash in Syria is no
          // clash of the same parties. EXAMPLE: "Clashes between rebels and the army in
          // Aleppo ... ambushed near Kandahar" (no actors for the ambush)
          if (written_location_[k] >= 0 && location >= 0 && ent(written_location_[k]).has_place && ent(location).has_place &&
              ent(written_location_[k]).place.country != ent(location).place.country)
            continue;
          actors = written_actors_[k];
          ev.inferred.push_back("actors");
          break;
        }
      }
      written_actors_[ri] = actors;
      written_location_[ri] = location;
      if (date >= 0) calendar_value(doc_.times[static_cast<std::size_t>(date)].value, ev.date, ev.date_precision);
      // An event dated after the article has not happened: a plan or a promise, no record.
      // EXAMPLE: "The country will hold elections next year", "has promised to hold a
      // referendum by the end of next year" (in an article of 2024)
      const std::string& today = doc_.article.date;
      if (!ev.date.empty() && today.size() == 10 && ev.date.size() <= today.size() &&
          ev.date > today.substr(0, ev.date.size()))
        continue;
      if (location >= 0) ev.location = ent(location).id;
      for (int a : actors) ev.actors.push_back(ent(a).id);
      for (int t : targets) ev.targets.push_back(ent(t).id);
      if (source >= 0) ev.source = ent(source).id;
      ev.trigger = span(best->tb, best->te);
      ev.evidence = doc_.sentences[best->sentence].span;
      const int args = !ev.actors.empty() + !ev.targets.empty() + !ev.location.empty() + !ev.date.empty() +
                       (ev.has_fatalities || ev.has_wounded);
      double conf = (r.trig.has('h') ? 0.6 : 0.5) + 0.07 * args + (r.mentions.size() > 1 ? 0.05 : 0.0) -
                    0.08 * static_cast<double>(ev.inferred.size());
      ev.confidence = std::round(std::clamp(conf, 0.05, 0.95) * 100) / 100;
      ev.id = "v" + std::to_string(++n);
      doc_.events.push_back(std::move(ev));
    }
  }
  std::vector<std::vector<int>> written_actors_;
  std::vector<int> written_location_;  // each record's place as written (-1: none)

  Span span(uint32_t tb, uint32_t te) const { return {doc_.tokens[tb].span.start, doc_.tokens[te - 1].span.end}; }

  // A place after a preposition in the mention's paragraph (another sentence).
  int paragraph_place(const Mention& m) const {
    const uint32_t p = doc_.sentences[m.sentence].paragraph;
    const Paragraph& par = doc_.paragraphs[p];
    // Within 200 tokens of the trigger: a long paragraph is not rescanned per event.
    const uint32_t lo = std::max(par.first_token, m.tb > 200 ? m.tb - 200 : 0);
    const uint32_t hi = std::min(par.end_token, m.te + 200);
    const TokenView v{doc_, lo, hi};
    for (uint32_t k = v.b + 1; k < v.e; ++k) {
      const int e = ent_[k];
      if (e < 0 || ent_[k - 1] == e || ent(e).type != "location") continue;
      uint32_t q = k - 1;
      if ((cue(v, q) == "direction" || v.ieq(q, "the")) && q > v.b) --q;
      if (cue(v, q) == "locative" && !names_other_event(v, k, m)) return e;
    }
    return -1;
  }
  int dateline_place() const {
    if (!doc_.article.has_dateline || doc_.article.dateline.place.empty()) return -1;
    const uint32_t k = doc_.token_at(doc_.article.dateline.place.start);
    return k < ent_.size() ? ent_[k] : -1;
  }
  // The context's date: the last date mentioned before the mention in its own paragraph,
  // else the article's date line. A date of another paragraph is another story's.
  // EXAMPLE: "The blast killed three people on Monday in Kabul. A second blast hit ..." (the
  // second: Monday), not "Turnout fell in 1996." then "... the victim attacked him." (no date)
  int date_before(const Mention& m) const {
    const uint32_t byte = doc_.tokens[m.tb].span.start;
    const uint32_t from = doc_.paragraphs[doc_.sentences[m.sentence].paragraph].span.start;
    auto it = std::lower_bound(doc_.times.begin(), doc_.times.end(), byte,
                               [](const Time& t, uint32_t b) { return t.span.start < b; });
    for (std::size_t i = static_cast<std::size_t>(it - doc_.times.begin()), seen = 0; i-- > 0 && seen < 64; ++seen) {
      if (doc_.times[i].span.start < from) break;
      if (date_time(static_cast<int>(i))) return static_cast<int>(i);
    }
    const Span line = doc_.article.date_line;
    for (std::size_t i = 0; i < doc_.times.size() && line.size() > 0 && doc_.times[i].span.start < line.end; ++i) {
      if (doc_.times[i].span.start >= line.start && date_time(static_cast<int>(i))) return static_cast<int>(i);
    }
    return -1;
  }
};

}  // namespace

void find_events(Document& doc) { EventFinder(doc).run(); }

}  // namespace nf
