#include "entities.h"

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lexicon.h"
#include "ner.h"
#include "token_view.h"
#include "unicode.h"

namespace nf {

namespace {

enum Kind : int { kNone = 0, kPer, kOrg, kLoc, kMisc, kGroup, kKinds };
const char* const kKindNames[] = {"", "person", "organization", "location", "", "group"};

// A tagging unit: a token, or the name part of a hyphenated modifier ("Iran" of
// "Iran-backed", "Hamas" of "Hamas-run") and its rest ("-backed").
struct Unit {
  Span span;
  bool sentence_start = false;
  bool rest = false;  // the rest of a hyphenated modifier ("-backed")
  bool capital = false;  // capitalised(its word), read once in add_segment (the rules ask it of every unit)
};

struct Mention {
  uint32_t first = 0, end = 0;  // units [first, end)
  int kind = kNone;
  int weight = 1;               // votes for the entity's type: a rule's count twice
  std::string country;          // ISO code of a nationality group
};

inline bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  int len;
  return is_upper(decode_at(w, 0, len));
}

// Where a token "Xxx-yyy" splits into "Xxx" and "-yyy": a capitalised name part and a
// lower-case rest ("Iran-backed", "Qatar-based"); 0 to keep it whole ("Al-Mawasi",
// "al-Qassam", "nine-month-long"), also after a word prefix of data/hyphen_prefixes.txt,
// which is no name ("Co-operative", "Anti-war").
// EXAMPLE: "the Co-operative Commonwealth Federation" -> organisation "Co-operative
//          Commonwealth Federation" (not "Co" and "operative" apart).
std::size_t hyphen_split(std::string_view w) {
  if (!capitalised(w)) return 0;
  const std::size_t h = w.find('-');
  if (h == std::string_view::npos || h < 2 || h + 3 > w.size()) return 0;
  if (kHyphenPrefixes.contains(w.substr(0, h))) return 0;
  for (std::size_t i = h + 1; i < w.size(); ++i) {
    const char c = w[i];
    if (!((c >= 'a' && c <= 'z') || c == '-')) return 0;
  }
  return h;
}

// The rest of a hyphenated word that makes it a modifier: a participle ("Iran-backed",
// "New York-based", "French-speaking"); "-tai" of "Chung-tai", "-ting" of "Cheuk-ting" no.
bool modifier_rest(std::string_view r) {
  auto ends = [&](std::string_view e) { return r.size() > e.size() && r.substr(r.size() - e.size()) == e; };
  return ends("ed") || (r.size() >= 6 && ends("ing"));
}

// Hashes a string and a string_view alike, so that a map keyed by strings is searched
// with a view of the text (no copy).
struct ViewHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class EntityFinder {
 public:
  explicit EntityFinder(Document& doc) : doc_(doc) {}

  void run() {
    const Article& a = doc_.article;
    add_segment(a.headline_first_token, a.headline_end_token);
    headline_end_ = static_cast<uint32_t>(units_.size());
    std::size_t words = 0, caps = 0;
    for (uint32_t u = 0; u < headline_end_; ++u) {
      const std::string_view w = word(u);
      if (w.empty() || !((w[0] >= 'a' && w[0] <= 'z') || capitalised(w))) continue;
      ++words;
      caps += capitalised(w);
    }
    title_headline_ = words > 3 && caps * 10 >= words * 7;
    for (const Sentence& s : doc_.sentences) add_segment(s.first_token, s.end_token);
    owner_.assign(units_.size(), -1);
    tag();
    split_at_verbs();
    split_coordinations();
    offices_of_and();
    company_suffixes();
    organisations_of_joined_places();
    trim_determiners();
    particle_surnames();
    particle_people();
    storm_names();
    lone_nationalities();
    countries_before_people();
    dateline_place();
    titled_names();
    romanised_names();
    organisations_before_roles();
    regions_before_roles();
    party_names_before_roles();
    people_after_roles();
    person_name_edges();
    quoted_nicknames();
    organisations_after_nouns();
    misc_organisations();
    organisations_of_names();
    names_before_acronyms();
    acronyms_in_parentheses();
    acronyms_after_people();
    media_before_nouns();
    place_heads();
    demonym_organisations();
    countries();
    places_after_in();
    first_name_places();
    given_name_people();
    places_with_commas();
    places_before_places();
    places_in_places();
    places_in_lists();
    organisations_in_lists();
    untagged_org_heads();
    team_names();
    club_names();
    inner_capital_orgs();
    groups();
    org_head_names();
    people_of_places();
    places_after_place_nouns();
    country_last_words();
    party_member_names();
    headline_names();
    rejoin_split_people();
    propagate_names();
    rejoin_split_people();  // again: propagation may read a full name's words one by one
    place_heads();  // again, for the names propagation found
    no_addresses();
    stage_directions();
    event_word_names();
    build_entities();
  }

 private:
  Document& doc_;
  std::vector<Unit> units_;
  std::vector<std::pair<uint32_t, uint32_t>> segments_;  // unit ranges of sentences
  std::vector<Mention> mentions_;
  std::vector<int> owner_;                               // unit -> mention, or -1
  uint32_t headline_end_ = 0;                            // units [0, headline_end_): the headline
  bool title_headline_ = false;                          // in title case or capitals: every word capitalised

  std::string_view word(uint32_t u) const { return doc_.vslice(units_[u].span); }
  // capitalised(word(u)), computed once in add_segment: a load instead of a slice and a
  // decode in the dozens of rules that sweep every unit
  bool capital(uint32_t u) const { return units_[u].capital; }
  std::string text(uint32_t first, uint32_t end) const { return std::string(text_view(first, end)); }
  std::string_view text_view(uint32_t first, uint32_t end) const {
    return doc_.slice(Span{units_[first].span.start, units_[end - 1].span.end});
  }

  void add_segment(uint32_t b, uint32_t e) {
    if (e <= b) return;
    const uint32_t first = static_cast<uint32_t>(units_.size());
    for (uint32_t i = b; i < e; ++i) {
      const Span s = doc_.tokens[i].span;
      const std::string_view w = doc_.vslice(s);
      // (every unit of the token but a hyphenated rest starts where the token starts: its
      // capital is the token's)
      const bool cap = capitalised(w);
      std::size_t h = cap ? hyphen_split(w) : 0;  // (a split needs a capital)
      // "Cheng Chung-tai", "Lam Cheuk-ting": after a capitalised word a hyphenated name is
      // a given name, not a name and a modifier, unless the rest reads as one ("New
      // York-based", "Pulitzer Prize-winning").
      // EXAMPLE: "localist camp's Cheng Chung-tai of Civic Passion" -> "Cheng Chung-tai";
      //          "the Hamas-run ministry", "the New York-based group" still split.
      if (h && i > b && (doc_.tokens[i - 1].flags & kCapitalized) &&
          !kSentenceStarters.contains(doc_.vslice(doc_.tokens[i - 1].span)) && !modifier_rest(w.substr(h + 1))) {
        h = 0;
      }
      // An initial and its stop are one unit, as the training sets write it ("John G. Schmitz").
      if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z' && i + 1 < e && doc_.vslice(doc_.tokens[i + 1].span) == "." &&
          doc_.tokens[i + 1].span.start == s.end && i + 2 < e) {
        units_.push_back({Span{s.start, s.end + 1}, false, false, cap});
        ++i;
        continue;
      }
      if (h) {
        units_.push_back({Span{s.start, s.start + static_cast<uint32_t>(h)}, false, false, cap});
        units_.push_back({Span{s.start + static_cast<uint32_t>(h), s.end}, false, true, false});
      } else {
        units_.push_back({s, false, false, cap});
      }
    }
    units_[first].sentence_start = true;
    segments_.emplace_back(first, static_cast<uint32_t>(units_.size()));
  }

  // No mention covers units [first, end), or a MISC one exactly those (a rule's reading
  // replaces the tagger's MISC, but not a longer name around it: "United States
  // presidential election").
  bool free(uint32_t first, uint32_t end) const {
    const int o = owner_[first];
    if (o >= 0 && mentions_[o].kind == kMisc && mentions_[o].first == first && mentions_[o].end == end) return true;
    for (uint32_t u = first; u < end; ++u) {
      if (owner_[u] >= 0) return false;
    }
    return true;
  }

  // Adds a mention over units [first, end) that replaces the MISC mentions it overlaps.
  void add(uint32_t first, uint32_t end, int kind, int weight = 2, std::string country = {}) {
    for (uint32_t u = first; u < end; ++u) {
      if (owner_[u] >= 0) drop(owner_[u]);
    }
    const int id = static_cast<int>(mentions_.size());
    mentions_.push_back({first, end, kind, weight, std::move(country)});
    for (uint32_t u = first; u < end; ++u) owner_[u] = id;
  }

  void drop(int id) {
    Mention& m = mentions_[id];
    for (uint32_t u = m.first; u < m.end; ++u) {
      if (owner_[u] == id) owner_[u] = -1;
    }
    m.kind = kNone;
  }

  bool possessive(uint32_t u) const {
    const std::string_view w = word(u);
    return w == "'s" || w == "'S" || w == "\u2019s";
  }

  // The statistical tagger over every sentence. The rest of a hyphenated modifier goes to
  // it without its hyphen ("Hamas run ministry"): the training sets keep "Hamas-run" as
  // one token, so a word "-run" is one the model has never seen, and it read the name
  // before it by chance (a retrain lost "Hamas" in "the Hamas-run ministry"). A name ends
  // before such a rest ("U.S. led" may read as one name) and at a possessive ("Hamas's
  // Qatar-based chief": "Hamas", then "Qatar") but for a plural noun's inside a name
  // (data/possessive_name_words.txt).
  // EXAMPLE: "the European People's Party said" -> organization "European People's Party";
  //          "Hamas's Qatar-based political chief" -> "Hamas" and "Qatar".
  void tag() {
    const NerWeights& model = ner_model();
    std::vector<std::string_view> words;
    NerFeatures feats;
    for (const auto& [b, e] : segments_) {
      words.clear();
      for (uint32_t u = b; u < e; ++u) words.push_back(units_[u].rest ? word(u).substr(1) : word(u));
      ner_sentence_features(words, feats);
      const std::vector<int> labels = ner_decode(model, feats);
      for (std::size_t i = 0; i < labels.size();) {
        const int l = labels[i];
        if (l % 2 != 1) { ++i; continue; }
        std::size_t j = i + 1;
        while (j < labels.size() && labels[j] == l + 1) ++j;
        uint32_t from = b + static_cast<uint32_t>(i);
        for (uint32_t u = from; u < b + j; ++u) {
          if (!possessive(u) && !units_[u].rest) continue;
          if (possessive(u) && u > from && u + 1 < b + j && kPossessiveNameWords.contains(word(u - 1)) && capital(u + 1)) continue;
          if (u > from) add(from, u, (l + 1) / 2, 1);
          from = u + 1;
        }
        if (from < b + j) add(from, b + static_cast<uint32_t>(j), (l + 1) / 2, 1);
        i = j;
      }
    }
  }

  // A nationality word alone is no person, organisation or place, whatever the tagger
  // said (CoNLL's MISC, as the trainer maps the sets): the plural becomes a group later,
  // "Israeli military" an organisation; a name that is a place too stays ("U.S.").
  // EXAMPLE: "imposed on the Iraqi people" (tagged ORG) -> no organisation "Iraqi";
  //          "Americans" (tagged PER) -> group; "Iraq" stays a location.
  // (run after trim_determiners: "Iraqi political forces" is "Iraqi" by then)
  // A nationality of two words is one too ("North Korean", tagged LOC), and so is its first
  // word when the tagger took it alone ("South" of "South Korean President"); an
  // organisation tagged from its second word takes the first ("South African police").
  // EXAMPLE: "South Korean President Park Geun-hye said" -> no place "South"
  void lone_nationalities() {
    for (Mention& m : mentions_) {
      if (m.kind != kPer && m.kind != kOrg && m.kind != kLoc) continue;
      if (m.weight != 1) continue;  // the tagger's
      if (m.end == m.first + 1) {
        const std::string_view w = word(m.first);
        if (kGazDemonyms.contains(w) && !country_name(w) && !kGazGeo.contains(w)) m.kind = kMisc;
        else if (m.end < units_.size() && kGazDemonyms.contains(text_view(m.first, m.end + 1))) m.kind = kMisc;
      } else if (m.end == m.first + 2 && kGazDemonyms.contains(text_view(m.first, m.end)) &&
                 !kGazGeo.contains(text_view(m.first, m.end))) {
        m.kind = kMisc;
      }
    }
    // "South African police" tagged from "African": the name takes the nationality's first word
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      Mention& m = mentions_[id];
      if (m.kind != kOrg || m.weight != 1 || m.first == 0 || m.end < m.first + 2) continue;
      const uint32_t p = m.first - 1;
      if (!capital(p) || !kGazDemonyms.contains(text_view(p, m.first + 1))) continue;
      if (owner_[p] >= 0) {
        if (mentions_[owner_[p]].kind != kMisc && mentions_[owner_[p]].kind != kNone) continue;
        drop(owner_[p]);
      }
      m.first = p;
      owner_[p] = static_cast<int>(id);
    }
  }

  // "the Irving Independent School District and the Irving Police Department": a name
  // the tagger ran over "and the" into the next is two names.
  // EXAMPLE: "Both the Irving Independent School District and the Irving Police Department
  //          have" -> two organisations; "Bosnia and Herzegovina" (no article) stays one.
  void split_coordinations() {
    const std::size_t n = mentions_.size();
    for (std::size_t i = 0; i < n; ++i) {
      const Mention m = mentions_[i];
      // A name, a comma and a country are the name and the country (which then tells the
      // first one's), whatever the tagger made of the whole.
      // EXAMPLE: "Istanbul, Turkey", "Tabqa Dam, Syria", "Damascus University, Syria" ->
      //          two names each; "Bosnia and Herzegovina" and "Paris, Texas" (no country
      //          after the comma) are left to the rest
      if ((m.kind == kLoc || m.kind == kOrg || m.kind == kMisc) && m.end - m.first >= 3) {
        uint32_t comma = m.end - 2;
        while (comma > m.first && word(comma) != ",") --comma;
        if (comma > m.first && country_name(text_view(comma + 1, m.end))) {
          drop(static_cast<int>(i));
          add(m.first, comma, m.kind, m.weight);
          add(comma + 1, m.end, kLoc, m.weight);
          continue;
        }
      }
      // "worked at Google and Apple": two names the organisation gazetteer knows on either
      // side of "and", and not the whole, are two organisations.
      // EXAMPLE: -> "Google", "Apple"; "Johnson and Johnson" (the whole known) stays one.
      if (m.kind == kOrg && m.end - m.first >= 3) {
        bool split = false;
        for (uint32_t u = m.first + 1; u + 1 < m.end && !split; ++u) {
          if (word(u) != "and" || !capital(u - 1) || !capital(u + 1)) continue;
          if (kGazOrgs.contains(text_view(m.first, u)) && kGazOrgs.contains(text_view(u + 1, m.end)) &&
              !kGazOrgs.contains(text_view(m.first, m.end))) {
            drop(static_cast<int>(i));
            add(m.first, u, kOrg, m.weight);
            add(u + 1, m.end, kOrg, m.weight);
            split = true;
          }
        }
        if (split) continue;
      }
      if (m.kind == kNone || m.end - m.first < 4) continue;
      // (and over "and" after a word that ends an organisation's name, "Party"
      // (data/name_ends_before_and.txt), when a capitalised word follows: "the Italian
      // Socialist Party and Federation of the Greens", "the Liberal Party of Australia and
      // Nationals")
      // EXAMPLE: -> two organisations each; "Party of Socialists and Democrats", "Department
      //          of Housing and Urban Development", "Tang Teaching Museum and Art Gallery" stay one.
      for (uint32_t u = m.first + 2; m.kind == kOrg && u + 1 < m.end; ++u) {
        if (word(u) != "and" || !capital(u + 1) || !capital(u - 1)) continue;
        if (!kNameEndsBeforeAnd.contains(word(u - 1))) continue;
        drop(static_cast<int>(i));
        add(m.first, u, m.kind, m.weight);
        add(u + 1, m.end, m.kind, m.weight);
        break;
      }
      if (mentions_[i].kind == kNone) continue;  // split above
      for (uint32_t u = m.first + 1; u + 2 < m.end; ++u) {
        if (word(u) != "and" || lower_ascii(word(u + 1)) != "the") continue;
        drop(static_cast<int>(i));
        add(m.first, u, m.kind, m.weight);
        add(u + 2, m.end, m.kind, m.weight);
        break;
      }
    }
  }

  // An office's name "<org head> of A and B" the tagger cut at "and" is one name when A
  // and B are common words written capitalised (data/word_case.txt class 2 or 3: "Housing",
  // "Urban Development") and B, one to three words, is untagged or an organisation of its
  // own that ends before a lower-case word: "the Department of Housing and Urban
  // Development", "the Ministry of Culture and Tourism". (Not after a word that ends a
  // name before "and", data/name_ends_before_and.txt; "the Department of Justice and FBI
  // agents": "FBI" is no common word.)
  // EXAMPLE: "filed with the U.S. Department of Housing and Urban Development, accuses"
  //          -> one organisation "U.S. Department of Housing and Urban Development".
  void offices_of_and() {
    auto common = [&](uint32_t u) {
      const int c = kWordCase.find(word(u));
      return capital(u) && c >= 0 && kWordCase.canonical(c) >= "2";
    };
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kOrg || m.end - m.first < 3 || m.end + 1 >= units_.size()) continue;
      const uint32_t u = m.end;  // "and"
      if (word(u) != "and" || !common(u - 1) || kNameEndsBeforeAnd.contains(word(u - 1))) continue;
      // "<head> of" one or two words before "and"
      uint32_t of = u - 2;
      if (word(of) != "of" && of > m.first && word(of - 1) == "of" && common(of)) --of;
      if (word(of) != "of" || of == m.first) continue;
      const int h = kNameHeads.find(word(of - 1));
      if (h < 0 || kNameHeads.canonical(h) != "org") continue;
      uint32_t z = u + 1;
      while (z < units_.size() && z < u + 5 && common(z)) ++z;
      if (z == u + 1 || z > u + 4 || (z < units_.size() && capital(z)) || !same_segment(m.first, z)) continue;
      const int o = owner_[u + 1];
      bool ok = true;
      for (uint32_t v = u + 1; v < z; ++v) ok = ok && owner_[v] == o;
      if (!ok || (o >= 0 && (mentions_[o].kind != kOrg || mentions_[o].first != u + 1 || mentions_[o].end != z))) continue;
      if (o >= 0) drop(o);
      drop(static_cast<int>(i));
      add(m.first, z, kOrg, m.weight);
    }
  }

  // A company's legal form after a comma (data/company_suffixes.txt) that the tagger took
  // as a name of its own joins the name before the comma as one organisation ("Google,
  // Inc."); with no name there it is none.
  // EXAMPLE: "from The Mozilla Foundation to Google, Inc. of Mountain View" -> organisation
  //          "Google, Inc." (not "Google" and "Inc").
  void company_suffixes() {
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Mention m = mentions_[i];
      if (m.kind == kNone || m.end != m.first + 1 || !kCompanySuffixes.contains(word(m.first))) continue;
      const int o = m.first >= 2 && word(m.first - 1) == "," && same_segment(m.first - 2, m.end) ? owner_[m.first - 2] : -1;
      drop(static_cast<int>(i));
      if (o < 0 || mentions_[o].end != m.first - 1 || mentions_[o].kind == kNone) continue;
      const Mention name = mentions_[o];
      drop(o);
      add(name.first, m.end, kOrg, name.weight);
    }
  }

  // An organisation the tagger started after "and" whose first word and the word before
  // "and" are one place of the gazetteer ("Newfoundland and Labrador", "Trinidad and
  // Tobago") starts at that place: the place's first part is no place of its own.
  // EXAMPLE: "what the Newfoundland and Labrador Court of Appeal did" -> organisation
  //          "Newfoundland and Labrador Court of Appeal" (not "Newfoundland" and
  //          "Labrador Court of Appeal").
  void organisations_of_joined_places() {
    std::string key;
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kOrg || m.end - m.first < 2 || m.first < 2 || word(m.first - 1) != "and") continue;
      const uint32_t a = m.first - 2;
      if (!capital(a) || !same_segment(a, m.end)) continue;
      key = lower_ascii(text_view(a, m.first + 1));
      if (!kGazGeo.contains(key)) continue;
      const int o = owner_[a];
      if (o >= 0 && (mentions_[o].first != a || mentions_[o].end != a + 1)) continue;
      if (o >= 0) drop(o);
      drop(static_cast<int>(i));
      add(a, m.end, kOrg, m.weight);
    }
  }

  // A capitalised "The" inside a sentence that the tagger put in an organisation's name
  // is the name's own ("The Greens", "The Olive Tree", "The New York Times"): a sentence's
  // first word and a headline's are capitalised for their place and lose it.
  // EXAMPLE: "parties such as The Greens and ..." -> "The Greens";
  //          "The Health Ministry said" -> "Health Ministry".
  bool keeps_the(const Mention& m) const {
    return m.kind == kOrg && m.first >= headline_end_ && !units_[m.first].sentence_start &&
           m.first + 1 < m.end && capital(m.first + 1);
  }

  // "The Health Ministry" -> "Health Ministry": a name starts after its article, and at
  // its first capitalised word but for name particles ("said Lazzarini" -> "Lazzarini";
  // "al-Qassam", "de Gaulle" stay); it ends at its last capitalised word.
  void trim_determiners() {
    for (Mention& m : mentions_) {
      if (m.kind == kNone) continue;
      while (m.end - m.first >= 2) {
        const std::string_view w = word(m.first);
        if (w == "The" && keeps_the(m)) break;
        // ("Former Bank of England governor X" opening a sentence: "Bank of England")
        // EXAMPLE: tagged "Former Bank of England" -> "Bank of England"; "Veteran Affairs"
        //          in a sentence's middle stays.
        const bool front = units_[m.first].sentence_start && capital(m.first + 1) && kNameFrontModifiers.contains(w);
        if (!(w == "The" || w == "A" || w == "An" || lower_outside_word(w) || front)) break;
        owner_[m.first] = -1;
        ++m.first;
      }
      // (and before a lower-case word and a weekday or month: "Labour Party on Monday")
      // EXAMPLE: tagged "Labour Party on Monday" in "The Labour Party on Monday said" ->
      //          "Labour Party"; "William Herbert \"Buckshot\" May" stays (no lower-case word).
      for (uint32_t u = m.first + 1; u + 1 < m.end; ++u) {
        if (!lower_outside_word(word(u)) || !(kWeekdays.contains(word(u + 1)) || kMonths.contains(word(u + 1)))) continue;
        for (uint32_t v = u; v < m.end; ++v) owner_[v] = -1;
        m.end = u;
        break;
      }
      // (and at no closing bracket it did not open: "Jeff [Drake], who" -> "Drake";
      // "65 Air Division (Defense)" stays)
      auto stray_close = [&](uint32_t last) {
        const std::string_view w = word(last);
        if (w != "]" && w != ")") return false;
        for (uint32_t v = m.first; v < last; ++v) {
          if (word(v) == (w == "]" ? "[" : "(")) return false;
        }
        return true;
      };
      while (m.end - m.first >= 2 && (lower_outside_word(word(m.end - 1)) || stray_close(m.end - 1))) {
        owner_[m.end - 1] = -1;
        --m.end;
      }
      // (and a bracket it opened closes inside it: with the closing bracket right after
      // it the name takes that, else it ends before its bracket)
      // EXAMPLE: tagged "65 Air Division (Defense" in "65 Air Division (Defense) on" ->
      //          "65 Air Division (Defense)"; "Air Division (Defense on" -> "Air Division"
      for (uint32_t u = m.end; u-- > m.first + 1;) {
        const std::string_view w = word(u);
        if (w == ")" || w == "]") break;  // the last bracket closes
        if (w != "(" && w != "[") continue;
        const std::string_view close = w == "(" ? ")" : "]";
        if (m.end < units_.size() && owner_[m.end] < 0 && word(m.end) == close) {
          owner_[m.end] = static_cast<int>(&m - mentions_.data());
          ++m.end;
        } else {
          for (uint32_t v = u; v < m.end; ++v) owner_[v] = -1;
          m.end = u;
        }
        break;
      }
      // A person's name the tagger ran on into an apposition set off by no comma ends before
      // its "the": "Andrei Gromyko the Minister of Foreign Affairs" (roles.cpp reads the title).
      // EXAMPLE: -> "Andrei Gromyko"; "Jean de la Fontaine" stays whole (no title after "the").
      if (m.kind == kPer && m.end - m.first >= 3) {
        for (uint32_t u = m.first + 1; u + 1 < m.end; ++u) {
          if (word(u) != "the" || !(kTitleWords.contains(word(u + 1)) || kTitleModifiers.contains(word(u + 1)) ||
                                    kRoleNouns.contains(word(u + 1)))) {
            continue;
          }
          for (uint32_t v = u; v < m.end; ++v) owner_[v] = -1;
          m.end = u;
          break;
        }
      }
      // A person's name starts after a title ("Prime Minister John Diefenbaker", or a plural
      // role before a list, "Singers Ariana Grande, Lin-Manuel Miranda and ...",
      // "General Douglas MacArthur": roles.cpp reads it as the title); a title alone
      // ("the incumbent President") is no name. The roles stage's own nouns too ("Regent
      // Zdzislaw Lubomirski"). EXAMPLE: -> "Zdzislaw Lubomirski" with the title "Regent".
      while (m.kind == kPer && m.end - m.first >= 2 &&
             (kTitleWords.contains(word(m.first)) || kTitleModifiers.contains(word(m.first)) ||
              kRoleNouns.contains(word(m.first)) || plural_role(word(m.first)))) {
        owner_[m.first] = -1;
        ++m.first;
      }
      // ... and after a title with its country or organisation ("U.S. President Donald
      // Trump", "NASA Administrator Charles Bolden"): up to the last role word before the
      // name's last word.
      if (m.kind == kPer && m.end - m.first >= 3) {
        uint32_t cut = m.first;
        // (the name's last word is the one before a suffix: "Martin Luther King Jr." keeps
        // "King". EXAMPLE: -> "Martin Luther King Jr")
        const uint32_t last = kNameSuffixes.contains(word(m.end - 1)) ? m.end - 1 : m.end;
        for (uint32_t u = m.first + 1; u + 1 < last; ++u) {
          if (kTitleWords.contains(word(u)) && capital(u)) cut = u + 1;
        }
        for (uint32_t u = m.first; u < cut; ++u) owner_[u] = -1;
        m.first = cut;
      }
      // ... and after the office a title word took with "of" or "for": the name starts at
      // its first given name, else after the office's title words; an office alone is
      // no one.
      // EXAMPLE: "US Secretary of State John Kerry" -> "John Kerry"; "Minister of State
      //          Kerry" -> "Kerry"; "as Minister for Agriculture," -> no person.
      //          "Minister for the Middle East Tobias Ellwood" (the tagger's name starts
      //          after "for the") -> "Tobias Ellwood"; without a given name there, the last
      //          two words.
      const bool link_in = m.first > 0 && owner_[m.first - 1] < 0 && (word(m.first) == "of" || word(m.first) == "for") &&
                           kTitleWords.contains(word(m.first - 1));
      const uint32_t link = m.first > 1 && word(m.first - 1) == "the" ? m.first - 2 : m.first - 1;
      const bool link_before = m.first > 1 && link > 0 && owner_[m.first - 1] < 0 && owner_[link] < 0 &&
                               (word(link) == "of" || word(link) == "for") && kTitleWords.contains(word(link - 1)) &&
                               capital(link - 1) && m.end - m.first >= 3;
      if (m.kind == kPer && m.end - m.first >= 2 && (link_in || link_before)) {
        uint32_t office = link_in ? m.first + 1 : m.first;
        if (office + 1 < m.end && word(office) == "the") ++office;
        uint32_t k = office;
        while (k + 1 < m.end && !kGazFirstNames.contains(word(k))) ++k;
        if (!kGazFirstNames.contains(word(k))) {
          // "Minister for the Middle East, Tobias Ellwood": after "for the", an office alone
          if (link_in && office > m.first + 1) {
            drop(static_cast<int>(&m - mentions_.data()));
            continue;
          }
          k = link_before ? m.end - 2 : office;
          while (link_in && k < m.end && (kTitleModifiers.contains(word(k)) || kTitleWords.contains(word(k)))) ++k;
          if (link_in && m.end - m.first <= 2) k = m.end;
        }
        if (k >= m.end) {
          drop(static_cast<int>(&m - mentions_.data()));
          continue;
        }
        for (uint32_t u = m.first; u < k; ++u) owner_[u] = -1;
        m.first = k;
      }
      // "Cyclone Phailin", "Hurricane Katrina" (data/not_person_heads.txt): no person.
      // EXAMPLE: "Once Cyclone Phailin comes on shore" -> no person; "Cyclone" inside a
      //          name ("Mark Cyclone Smith") is not its head.
      if (m.kind == kPer && m.end - m.first >= 2 && kNotPersonHeads.contains(word(m.first))) {
        drop(static_cast<int>(&m - mentions_.data()));
        continue;
      }
      // A role with no name ("Home Secretary", "NASA Administrator") is no person; "John
      // Major" is (a first name before the role word).
      // ... nor is a name of two words the tagger read as a person whose first word is
      // a name (no title, place, organisation, acronym or common word: data/word_case.txt
      // class 2-3) before a title word as the last name.
      // EXAMPLE: "The former governor, Mervyn King, said" -> "Mervyn King"; "NASA
      //          Administrator", "Home Secretary", "Texas King" -> none.
      if (m.kind == kPer && m.end - m.first >= 1 && kTitleWords.contains(word(m.end - 1)) &&
          !(m.end - m.first >= 2 && kGazFirstNames.contains(word(m.end - 2))) &&
          !(m.end - m.first == 2 && name_before_title_word(m.first))) {
        drop(static_cast<int>(&m - mentions_.data()));
        continue;
      }
      // A word that opens sentences ("We", "The", "However") is no name alone, nor is a
      // title's abbreviation ("Regional Gov. Oleh Kiper": "Gov" is the title).
      if (m.end - m.first == 1 && (lower_outside_word(word(m.first)) || kSentenceStarters.contains(word(m.first)) ||
                                   (m.kind == kPer && kTitleWords.contains(word(m.first))) ||
                                   (m.kind == kPer && word(m.first + 1) == "." && kAbbrevTitle.contains(word(m.first))))) {
        drop(static_cast<int>(&m - mentions_.data()));
        continue;
      }
      // A role noun of data/role_nouns.txt alone after "the" or right before another
      // person's name is the role, not a name ("Emperor Naruhito ... The Emperor said": the
      // tagger's "Emperor" would come back as a person wherever the word stands).
      // EXAMPLE: -> no person "Emperor"; "Champion said" (no "the", no name after) stays.
      if (m.kind == kPer && m.end - m.first == 1 && kRoleNouns.contains(word(m.first)) &&
          ((m.first > 0 && lower_ascii(word(m.first - 1)) == "the") ||
           (m.end < units_.size() && owner_[m.end] >= 0 && mentions_[owner_[m.end]].kind == kPer))) {
        drop(static_cast<int>(&m - mentions_.data()));
      }
    }
  }

  // "Ambassador to the United States Hamdullah Mohib": a long title ends in a country
  // that the tagger ran into the name after it. A person mention that starts with a
  // country's name right after "the", "to", "of" or "for" and goes on for two capitalised
  // words or more is the country, then the person.
  // EXAMPLE: "Afghan Ambassador to the United States Hamdullah Mohib said" -> location
  //          "United States", person "Hamdullah Mohib"; not "singer Jordan Smith" (one
  //          word after the country), not "said that Chad Michael Murray" (no "to the").
  void countries_before_people() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kPer || m.end - m.first < 3 || units_[m.first].sentence_start) continue;
      const std::string_view before = word(m.first - 1);
      if (before != "the" && before != "to" && before != "of" && before != "for") continue;
      std::string phrase;
      uint32_t k = m.first;
      for (uint32_t v = m.first; v + 2 < m.end && v < m.first + static_cast<uint32_t>(std::min(kGazCountries.max_words, 5)); ++v) {
        if (v > m.first) phrase += ' ';
        phrase += word(v);
        if (kGazCountries.contains(phrase)) k = v + 1;
        if (!kGazCountries.may_continue(phrase)) break;
      }
      if (k == m.first || m.end - k < 2) continue;
      bool caps = true;
      for (uint32_t v = k; v < m.end; ++v) caps = caps && capital(v);
      if (!caps) continue;
      drop(static_cast<int>(i));
      add(m.first, k, kLoc);
      add(k, m.end, kPer, m.weight);
    }
  }

  // The dateline's place ("PORTO ALEGRE, Brazil (AP) -") is one location, however the
  // tagger cut the capitals.
  void dateline_place() {
    const Article& a = doc_.article;
    if (!a.has_dateline || a.dateline.place.empty()) return;
    uint32_t first = ~0u, end = 0;
    for (uint32_t u = 0; u < units_.size(); ++u) {
      const Span s = units_[u].span;
      if (s.start >= a.dateline.place.start && s.end <= a.dateline.place.end) {
        first = std::min(first, u);
        end = u + 1;
      }
    }
    if (first == ~0u || !same_segment(first, end)) return;
    add(first, end, kLoc);
  }

  // "Gen. Herzi Halevi", "Mr. Netanyahu": capitalised words after a title abbreviation
  // are a person (the abbreviation is a title, not part of the name: roles.cpp).
  void titled_names() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b; u + 2 < e; ++u) {
        if (word(u + 1) != "." || !kAbbrevTitle.contains(word(u)) || !capital(u)) continue;
        uint32_t k = u + 2;
        while (k < e && k < u + 5 && capital(k) && (owner_[k] < 0 || mentions_[owner_[k]].kind == kPer)) ++k;
        // a title after the title is no name: "Mr. President", "Mr. Chief Justice"
        if (k == u + 2 || kTitleWords.contains(word(k - 1))) continue;
        // "St. Louis", "St. Petersburg": a place the geographic gazetteer knows as "saint ..."
        // or "st. ...", with its abbreviation, after "in", "to", "from", "at", "near", "of".
        // EXAMPLE: "in St. Louis" -> location "St. Louis"; "St. Peter said" -> person "Peter".
        const std::string_view before = u > b ? word(u - 1) : std::string_view{};
        if (word(u) == "St" && (before == "in" || before == "to" || before == "from" || before == "at" || before == "near" || before == "of")) {
          std::string rest;
          for (uint32_t v = u + 2; v < k; ++v) (rest += ' ') += word(v);
          if (kGazGeo.contains("saint" + rest) || kGazGeo.contains("st." + rest) || kGazGeo.contains("st" + rest)) {
            if (free(u, k) || (owner_[u + 2] >= 0 && mentions_[owner_[u + 2]].kind != kOrg)) add(u, k, kLoc);
            u = k - 1;
            continue;
          }
        }
        // (the words are free or people's, and a person the tagger found in them ends with
        // them: "Gov. Oleh Kiper" with "Kiper" tagged alone -> "Oleh Kiper")
        if (free(u + 2, k) || (owner_[u + 2] >= 0 && mentions_[owner_[u + 2]].kind == kPer) ||
            (owner_[k - 1] >= 0 && mentions_[owner_[k - 1]].end <= k)) {
          add(u + 2, k, kPer);
        }
        u = k - 1;
      }
    }
  }

  // Two names side by side, one a person's, whose words together are a person named
  // elsewhere in the text are that person: the tagger may split a name at a line's start.
  // EXAMPLE: "the biologist Nick Bos. ... Nick Bos: I was ..." tagged "Nick", "Bos" the
  //          second time -> one "Nick Bos"; "Obama Biden" (no such person) stays.
  void rejoin_split_people() {
    std::unordered_set<std::string_view> names;
    for (const Mention& m : mentions_) {
      if (m.kind == kPer && m.end - m.first >= 2) names.insert(text_view(m.first, m.end));
    }
    if (names.empty()) return;
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention a = mentions_[i];
      if (a.kind == kNone || a.end >= units_.size() || owner_[a.end] < 0) continue;
      const int j = owner_[a.end];
      const Mention b = mentions_[j];
      if (b.kind == kNone || b.first != a.end || (a.kind != kPer && b.kind != kPer) ||
          !names.contains(text_view(a.first, b.end)))
        continue;
      drop(static_cast<int>(i));
      drop(j);
      add(a.first, b.end, kPer, std::max(a.weight, b.weight));
    }
  }

  // A person's name goes on over no lower-case word but a name particle: the tagger's
  // "John Kerry met Lavrov" is two people.
  // EXAMPLE: "Secretary of State John Kerry met Lavrov." -> "John Kerry", "Lavrov";
  //          "Ursula von der Leyen", "Charles de Gaulle" stay whole.
  void split_at_verbs() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kPer || m.end - m.first < 3) continue;
      for (uint32_t u = m.first + 1; u + 1 < m.end; ++u) {
        const std::string_view w = word(u);
        if (w.empty() || w[0] < 'a' || w[0] > 'z' || kNameParticles.contains(w) || joined_particle(w) ||
            kNameParticles.contains(word(u - 1)) || w.find('.') != std::string_view::npos || !capital(u + 1) ||
            // a function word joins a role to its office ("Gromyko the Minister of Foreign
            // Affairs"): the roles' rules read those; a verb is what splits two people
            w == "the" || w == "of" || w == "for" || w == "and" || w == "a" || w == "an" || w == "to" || w == "in" ||
            w == "at" || w == "on" || w == "y" || w == "e" || w == "und" || w == "et")
          continue;
        drop(static_cast<int>(i));
        add(m.first, u, kPer, m.weight);
        add(u + 1, m.end, kPer, m.weight);
        break;
      }
    }
  }

  // A family name of one short capitalised word before a romanised given name of two
  // syllables, the second in lower case, is a person whatever the tagger read: the
  // training text has few such names, and a tagger trained without the text they came from
  // read "Cheng" a place and left "Chung-tai" out.
  // EXAMPLE: "were Cheng Chung-tai of Civic Passion" -> person "Cheng Chung-tai";
  //          "president, Park Geun-hye, said" -> "Park Geun-hye"; not "New York-based"
  //          (a modifier: korean_given_name's rest in -ed) nor "the Hamas-run" (no family name).
  void romanised_names() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b; u + 1 < e; ++u) {
        const std::string_view fam = word(u), given = word(u + 1);
        if (fam.size() < 2 || fam.size() > 6 || !capitalised(fam) || !korean_given_name(given) ||
            modifier_rest(given.substr(given.find('-') + 1)))
          continue;
        bool lower_rest = true;
        for (std::size_t i = 1; i < fam.size(); ++i) lower_rest = lower_rest && fam[i] >= 'a' && fam[i] <= 'z';
        if (!lower_rest || kTitleWords.contains(fam) || kGazCountries.contains(fam) || kGazDemonyms.contains(fam) ||
            kMonths.contains(fam) || kWeekdays.contains(fam) || kSentenceStarters.contains(fam))
          continue;
        // a longer organisation the tagger found around them stays ("the Kim Il-sung
        // University"); a place or other name that starts with them is cut to them ("Cheng
        // Chung-tai of Civic Passion" read as one place)
        bool inside_longer = false;
        for (uint32_t v = u; v < u + 2; ++v) {
          const int o = owner_[v];
          if (o >= 0 && (mentions_[o].first < u || mentions_[o].end > u + 2) && mentions_[o].kind != kPer &&
              (mentions_[o].kind == kOrg || mentions_[o].first < u))
            inside_longer = true;
        }
        if (inside_longer) continue;
        if (owner_[u] >= 0 && owner_[u] == owner_[u + 1] && mentions_[owner_[u]].kind == kPer) continue;
        add(u, u + 2, kPer);
        ++u;
      }
    }
  }

  // A two-word place the gazetteer does not know, whose first word is a given name and
  // no place, and whose second is no place head, is a person: the tagger reads a surname
  // that is a city ("Paris") as the place.
  // EXAMPLE: "Valeska Paris, a former Scientologist, has claimed" -> person "Valeska
  //          Paris"; "Paris Hilton" (a place first), "Jordan River" (a place head) and
  //          "Victoria Falls" (a place the gazetteer knows) are no such names.
  void first_name_places() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kLoc || m.end != m.first + 2) continue;
      const std::string_view first = word(m.first), last = word(m.first + 1);
      if (!kGazFirstNames.contains(first) || kGazGeo.contains(lower_ascii(first)) || kGazCountries.contains(first) ||
          kGazGeo.contains(lower_ascii(text_view(m.first, m.end))) || kNameHeads.contains(last) || !capitalised(last))
        continue;
      drop(static_cast<int>(i));
      add(m.first, m.end, kPer, m.weight);
    }
  }

  // "at X in <place>": capitalised words no rule or tagger named, after "at", "near",
  // "outside" or "inside" and before "in" and a place, are a place (a site in it).
  // EXAMPLE: "She was kept at Flag Land Base in Clearwater, Florida" -> "Flag Land Base";
  //          not "at Smith's in" (a possessive), nor "at Google in London" (an organisation
  //          the tagger found stays).
  void places_in_places() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b + 1; u + 2 < e; ++u) {
        const std::string_view p = word(u - 1);
        if (!(p == "at" || p == "near" || p == "outside" || p == "inside") || !name_word(u)) continue;
        // free words, or the tagger's other name (MISC) over them
        const int o = owner_[u];
        if (o >= 0 && (mentions_[o].kind != kMisc || mentions_[o].first != u)) continue;
        uint32_t k = u;
        while (k < e && k < u + 4 && name_word(k) && owner_[k] == o) ++k;
        if ((o >= 0 && mentions_[o].end != k) || k + 1 >= e || word(k) != "in" || owner_[k + 1] < 0 || mentions_[owner_[k + 1]].kind != kLoc ||
            mentions_[owner_[k + 1]].first != k + 1)
          continue;
        add(u, k, kLoc);
        u = k;
      }
    }
  }

  // A given name of the gazetteer and a capitalised word after it that no one named are a
  // person, when neither word is a place, a month or a head of an organisation's or a
  // place's name.
  // EXAMPLE: "U.S. Ambassador to the United Nations Samantha Power said" -> "Samantha
  //          Power" (the tagger, trained without the text it came from, left it out);
  //          not "Victoria Station", "Jordan River", "Georgia Tech" (a place first).
  void given_name_people() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b; u + 1 < e; ++u) {
        if (owner_[u] >= 0 || owner_[u + 1] >= 0 || units_[u].sentence_start) continue;
        const std::string_view first = word(u), last = word(u + 1);
        // name_word() below needs both words capitalised or joined particles: asked first,
        // it spares the lexicon lookups for most words of a text (a third of find_unfiltered's)
        if (!(capital(u) || joined_particle(first)) || !(capital(u + 1) || joined_particle(last))) continue;
        // not a title's words in quotation marks ('"Star Wars: The Force Awakens"'), nor a
        // given name that is mostly a common word ("Will", "May": data/word_case.txt class 3)
        const std::string_view before = u > b ? word(u - 1) : std::string_view();
        if (before == "\"" || before == "\xE2\x80\x9C" || before == "\xE2\x80\x98" || before == "'") continue;
        const int wc = kWordCase.find(first);
        if (wc >= 0 && kWordCase.canonical(wc) == "3") continue;
        if (!kGazFirstNames.contains(first) || !name_word(u) || !name_word(u + 1) || all_caps(last) ||
            kGazGeo.contains(lower_ascii(first)) || kGazGeo.contains(lower_ascii(last)) || kNameHeads.contains(last) ||
            kLocationHeads.contains(lower_ascii(last)) || kGazFirstNames.contains(last) ||
            (u + 2 < e && capital(u + 2) && !units_[u + 2].sentence_start))
          continue;
        add(u, u + 2, kPer);
        ++u;
      }
    }
  }

  // A place, a comma and the words after it that the geographic gazetteer knows as one
  // name without the comma are that one place, whatever the tagger made of the words.
  // EXAMPLE: "marched in Washington, D.C., on Sunday" -> location "Washington, D.C." (not
  //          "Washington" and an organisation "D.C."); "Paris, France" stays two places.
  void places_with_commas() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kLoc || m.end + 1 >= units_.size() || word(m.end) != "," || !same_segment(m.first, m.end + 2)) continue;
      std::string head;  // the place's words, lower case, as the gazetteer keys them
      for (uint32_t u = m.first; u < m.end; ++u) (head += head.empty() ? "" : " ") += lower_ascii(word(u));
      const bool head_known = kGazGeo.contains(head);
      std::string rest;  // the words after the comma
      for (uint32_t last = m.end + 1; last <= m.end + 2 && same_segment(m.first, last + 1) && capital(last); ++last) {
        (rest += rest.empty() ? "" : " ") += lower_ascii(word(last));
        const int o = owner_[last];
        if (o >= 0 && (mentions_[o].first <= m.end || mentions_[o].end > last + 1)) continue;
        // EXAMPLE: "lives in Occoquan, Virginia": a place the gazetteer lacks before a region
        // it knows is one name too, the region's country its country ("Paris, Texas": two
        // places the gazetteer knows, read by places.cpp)
        const int gi = kGazGeo.find(rest);
        const bool region = !head_known && gi >= 0 && kGazGeo.canonical(gi).substr(2, 3) == ",r," &&
                            (o < 0 || mentions_[o].kind == kLoc);
        if (region || kGazGeo.contains(head + " " + rest)) {
          add(m.first, last + 1, kLoc);
          break;
        }
        // "in Cambridge, Massachusetts": a known place, a comma and a region or country of
        // the gazetteer the tagger left untagged (a name of its own: no capital after it)
        // is a place of its own, which places.cpp reads with the place before it.
        // EXAMPLE: -> locations "Cambridge" (US) and "Massachusetts"; "in Paris, Virginia
        //          Smith said" -> no place "Virginia" (a capital after it).
        const bool whole = last + 1 >= units_.size() || !same_segment(m.first, last + 2) || !capital(last + 1);
        if (head_known && whole && gi >= 0 && free(m.end + 1, last + 1)) {
          const std::string_view kind = kGazGeo.canonical(gi).substr(2, 3);
          if (kind == ",r," || kind == ",n,") {
            add(m.end + 1, last + 1, kLoc);
            break;
          }
        }
      }
    }
  }

  // "Hamas leader Mohammed Deif said ...": the capitalised words before a lower-case role
  // word before a person are the organisation the title names, when the organisation
  // gazetteer knows them or they are an acronym. The tagger leaves a sentence's first word
  // out more often than not (no left context), which lost "Hamas" in a short text.
  // EXAMPLE: "Hamas leader Mohammed Deif said" -> organization "Hamas";
  //          "NATO chief Mark Rutte" -> "NATO"; not "Former leader John Smith" (a modifier).
  void organisations_before_roles() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention& m = mentions_[i];
      if (m.kind != kPer) continue;
      uint32_t r = m.first;  // back over the lower-case role words: "senior official"
      bool role = false;
      while (r > 0 && same_segment(r - 1, m.first + 1) && !capital(r - 1) &&
             (kTitleWords.contains(word(r - 1)) || kTitleModifiers.contains(word(r - 1)))) {
        role = role || kTitleWords.contains(word(r - 1));
        --r;
      }
      if (!role || r == m.first || r == 0 || !same_segment(r - 1, m.first + 1)) continue;
      uint32_t q = r;  // the capitalised run before them, at most four words
      while (q > 0 && r - q < 4 && same_segment(q - 1, m.first + 1) && capital(q - 1) &&
             owner_[q - 1] < 0 && !kTitleModifiers.contains(word(q - 1)) && !kTitleWords.contains(word(q - 1))) {
        --q;
      }
      // the longest known name ending at the role words
      for (; q < r; ++q) {
        if (!free(q, r) || kSentenceStarters.contains(word(q)) || kGazDemonyms.contains(word(q)) ||
            kGazCountries.contains(word(q))) {
          continue;
        }
        const std::string name = text(q, r);
        const std::string_view w = word(q);
        const bool acronym = r == q + 1 && w.size() >= 2 && all_caps(w);
        if (kGazOrgs.contains(name) || acronym) {
          add(q, r, kOrg);
          break;
        }
      }
    }
  }

  // "former Pennsylvania Senator Rick Santorum", "Queensland Premier Anna Bligh": one or two
  // untagged capitalised words before the role words before a person that the gazetteer
  // reads first as a region (a state, a province) are a place; not a sentence's opener.
  // EXAMPLE: -> location "Pennsylvania"; "Police chief Mark Rowley" -> none (no place);
  //          "Liverpool manager Arne Slot" -> none (a city, maybe a club's name).
  void regions_before_roles() {
    auto role = [&](uint32_t u) {
      const std::string_view w = word(u);
      return kTitleWords.contains(w) || kRoleNouns.contains(w) || kTitleModifiers.contains(w);
    };
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention& m = mentions_[i];
      if (m.kind != kPer) continue;
      uint32_t r = m.first;
      while (r > 0 && r + 3 > m.first && same_segment(r - 1, m.first + 1) && owner_[r - 1] < 0 && role(r - 1)) --r;
      if (r == m.first || r == 0 || !same_segment(r - 1, m.first + 1)) continue;
      for (uint32_t len = 2; len >= 1; --len) {
        if (r < len || !same_segment(r - len, m.first + 1)) continue;
        const uint32_t q = r - len;
        bool ok = free(q, r) && !units_[q].sentence_start;
        std::string key;
        for (uint32_t u = q; u < r && ok; ++u) {
          ok = capital(u) && !kSentenceStarters.contains(word(u));
          (key += key.empty() ? "" : " ") += lower_ascii(word(u));
        }
        // (the last words of a longer name are none: "New York Governor" is no "York")
        if (!ok || (q > 0 && same_segment(q - 1, m.first + 1) && capital(q - 1) && !kTitleModifiers.contains(word(q - 1)))) continue;
        const int g = kGazGeo.find(key);
        if (g >= 0 && kGazGeo.canonical(g).substr(2, 3) == ",r,") {
          add(q, r, kLoc);
          break;
        }
      }
    }
  }

  // "Labor MP Josh Burns", "Labour's Wes Streeting, the health secretary,": a party of
  // data/party_short_names.txt (a word that is a common noun too) is an organisation right
  // before a role word, or before a possessive and a capitalised word or a role word.
  // EXAMPLE: -> organization "Labor", "Labour"; "Labour Day", "Labour's share of income",
  //          "Labor market reforms" -> none.
  void party_names_before_roles() {
    auto role = [&](uint32_t u) {
      const std::string_view w = word(u);
      return kTitleWords.contains(w) || kRoleNouns.contains(w) || kTitleModifiers.contains(w) ||
             kPartyMemberNouns.contains(w);
    };
    const uint32_t n = static_cast<uint32_t>(units_.size());
    for (uint32_t u = 0; u + 1 < n; ++u) {
      // (over the tagger's one-word person or MISC: "Tory leader Rishi Sunak")
      const int o = owner_[u];
      const bool lone = o >= 0 && mentions_[o].first == u && mentions_[o].end == u + 1 &&
                        (mentions_[o].kind == kPer || mentions_[o].kind == kMisc);
      if (!capital(u) || (o >= 0 && !lone) || !kPartyShortNames.contains(word(u)) || !same_segment(u, u + 2)) continue;
      bool party = role(u + 1);
      if (!party && possessive(u + 1) && u + 2 < n && same_segment(u, u + 3)) party = capital(u + 2) || role(u + 2);
      if (party) add(u, u + 1, kOrg);
    }
  }

  // "the Justice Department said", "The Metropolitan Police said": capitalised words the
  // tagger left untagged after an article, ending in an organisation's head word of
  // data/name_heads.txt ("Department", "Police", "Ministry"), two to four words, none a
  // sentence opener, a month or a weekday, are an organisation.
  // EXAMPLE: -> organization "Justice Department", "Metropolitan Police"; "the Department
  //          said" -> none (one word); "the Justice John Roberts" -> none (no head word).
  void untagged_org_heads() {
    const uint32_t n = static_cast<uint32_t>(units_.size());
    for (uint32_t h = 1; h < n; ++h) {
      if (!capital(h) || owner_[h] >= 0 || units_[h].sentence_start) continue;
      const int k = kNameHeads.find(word(h));
      if (k < 0 || kNameHeads.canonical(k) != "org") continue;
      // (the name ends at its head: "the Justice Department Inspector" is another name)
      if (h + 1 < n && same_segment(h, h + 2) && capital(h + 1)) continue;
      uint32_t q = h;
      while (q > 0 && h - q < 3 && same_segment(q - 1, h + 1) && capital(q - 1) && owner_[q - 1] < 0 &&
             !units_[q - 1].sentence_start && !kMonths.contains(word(q - 1)) && !kWeekdays.contains(word(q - 1)) &&
             !kSentenceStarters.contains(word(q - 1))) {
        --q;
      }
      if (q == h || q == 0 || !same_segment(q - 1, h + 1)) continue;
      const std::string d = lower_ascii(word(q - 1));
      if (d != "the" && d != "a" && d != "an") continue;
      add(q, h + 1, kOrg);
    }
  }

  // A place and a club word of data/club_words.txt beside it ("Manchester City", "Leeds
  // United", "Real Madrid") are a sports club, an organisation; "City", "Town", "County"
  // only in a sentence about sport (data/sport_context_words.txt, or a score "2-1"), and
  // never a name the gazetteer knows as a place.
  // EXAMPLE: "Manchester City beat Real Madrid 2-1" -> organisations "Manchester City",
  //          "Real Madrid"; "Kansas City beat ..." stays a place; "Stoke City council
  //          met" stays as it was (no sport); "Liverpool County Football Club" (a
  //          longer name) is left to the org heads.
  void club_names() {
    auto digits = [](std::string_view x) {
      if (x.empty() || x.size() > 2) return false;
      for (char c : x) {
        if (c < '0' || c > '9') return false;
      }
      return true;
    };
    auto score = [&](std::string_view x) {
      const std::size_t h = x.find('-');
      return h != std::string_view::npos && digits(x.substr(0, h)) && digits(x.substr(h + 1));
    };
    for (const auto& [b, e] : segments_) {
      int sport = -1;  // (read once a sentence, when a context word asks)
      auto sporty = [&, b = b, e = e]() {
        if (sport < 0) {
          sport = 0;
          for (uint32_t v = b; v < e && sport == 0; ++v) {
            const std::string_view x = word(v);
            if (kSportContextWords.contains(x) || score(x) ||
                (v + 2 < e && digits(x) && word(v + 1) == "-" && digits(word(v + 2)))) {
              sport = 1;
            }
          }
        }
        return sport == 1;
      };
      for (uint32_t k = b; k < e; ++k) {
        if (!capital(k)) continue;
        const int c = kClubWords.find(word(k));
        if (c < 0) continue;
        const std::string_view kind = kClubWords.canonical(c);
        uint32_t f = k, end = k + 1;
        if (kind == "before") {
          if (k + 1 >= e || !capital(k + 1)) continue;
          const int o = owner_[k + 1];
          if (o >= 0 && mentions_[o].kind == kLoc && (mentions_[o].first == k + 1 || mentions_[o].first == k)) {
            end = mentions_[o].end;
          } else if (o < 0 && kGazGeo.contains(lower_ascii(word(k + 1)))) {
            end = k + 2;
          } else {
            continue;
          }
        } else {
          if (k == b || !capital(k - 1)) continue;
          const int o = owner_[k - 1];
          if (o >= 0 && mentions_[o].kind == kLoc && (mentions_[o].end == k || mentions_[o].end == k + 1)) {
            f = mentions_[o].first;
          } else if (o < 0 && kGazGeo.contains(lower_ascii(word(k - 1)))) {
            f = k - 1;
          } else {
            continue;
          }
          if (kind == "context" && !sporty()) continue;
        }
        // (a longer name goes on: "Liverpool County Football Club", "Toronto City Council")
        if (kGazGeo.contains(lower_ascii(text_view(f, end))) || (end < e && capital(end))) continue;
        bool ok = true;
        for (uint32_t v = f; v < end && ok; ++v) {
          const int o = owner_[v];
          ok = o < 0 || ((mentions_[o].kind == kLoc || mentions_[o].kind == kMisc) && mentions_[o].first >= f &&
                         mentions_[o].end <= end);
        }
        if (!ok) continue;
        add(f, end, kOrg);
        k = end - 1;
      }
    }
  }

  // "the Los Angeles Lakers", "the Toronto Raptors": a place the gazetteer knows and one
  // capitalised plural word the gazetteer does not know with it, tagged a place, is a
  // team, an organisation (not a place's head noun: "Golan Heights", "Blue Mountains").
  // EXAMPLE: -> organization "Los Angeles Lakers"; "Falkland Islands" stays a place.
  void team_names() {
    for (Mention& m : mentions_) {
      if (m.kind != kLoc || m.end - m.first < 2) continue;
      const std::string_view last = word(m.end - 1);
      if (last.size() < 4 || last.back() != 's' || !capital(m.end - 1) || all_caps(last)) continue;
      const int h = kNameHeads.find(last);
      if (h >= 0 || kLocationHeads.contains(lower_ascii(last)) || kStreetWords.contains(last)) continue;
      if (kGazGeo.contains(lower_ascii(text_view(m.first, m.end))) ||
          !kGazGeo.contains(lower_ascii(text_view(m.first, m.end - 1))) ||
          kGazGeo.contains(lower_ascii(last)) || kGazDemonyms.contains(last)) {
        continue;
      }
      m.kind = kOrg;
    }
  }

  // "SpaceX launched 20 satellites", "Musk, who also runs SpaceX,": one untagged word with a
  // capital inside (not all capitals) that the organisation gazetteer knows and that is no
  // known given or last name is an organisation.
  // EXAMPLE: -> organization "SpaceX", "PayPal"; "McCain said" -> none (a last name).
  void inner_capital_orgs() {
    for (uint32_t u = 0; u < units_.size(); ++u) {
      if (!capital(u) || owner_[u] >= 0) continue;
      const std::string_view w = word(u);
      if (w.size() < 4 || all_caps(w)) continue;
      bool inner = false;
      for (std::size_t i = 1; i < w.size() && !inner; ++i) inner = w[i] >= 'A' && w[i] <= 'Z';
      if (!inner || !kGazOrgs.contains(w) || kGazSurnames.contains(w) || kGazFirstNames.contains(w)) continue;
      add(u, u + 1, kOrg);
    }
  }

  // data/org_after_demonym.txt: whether the noun (lower case) has the role.
  static bool org_noun(std::string_view noun, std::string_view role) {
    const int i = kOrgAfterDemonym.find(noun);
    return i >= 0 && kOrgAfterDemonym.canonical(i) == role;
  }

  // A storm's or an operation's name (after a word of data/not_person_heads.txt, in a
  // mention of the tagger's or right before one) is no person anywhere in the document:
  // the tagger's person "Phailin" in "Phailin's winds" is the storm "Cyclone Phailin". A
  // storm's (a head other than "Operation") is no place or organisation either.
  // EXAMPLE: "Cyclone Phailin has winds ... Phailin's winds will weaken" -> no person, no
  //          place; "Katrina Smith said" with no "Hurricane Katrina" stays a person;
  //          "Operation Mosul ... in Mosul" keeps the place.
  void storm_names() {
    std::vector<std::string_view> names;  // from the tagger's mentions, dropped ones too
    bool storm = false;                   // a head other than "Operation": a storm's
    for (const Mention& m : mentions_) {
      if (m.end - m.first >= 2 && kNotPersonHeads.contains(word(m.first))) {
        names.push_back(text_view(m.first + 1, m.end));
        storm = storm || word(m.first) != "Operation";
      } else if (m.first > 0 && kNotPersonHeads.contains(word(m.first - 1))) {
        names.push_back(text_view(m.first, m.end));
        storm = storm || word(m.first - 1) != "Operation";
      }
    }
    if (names.empty()) return;
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      const Mention& m = mentions_[id];
      if (m.kind != kPer && !(storm && (m.kind == kOrg || m.kind == kLoc))) continue;
      const std::string_view t = text_view(m.first, m.end);
      if (std::find(names.begin(), names.end(), t) != names.end()) {
        drop(static_cast<int>(id));
        continue;
      }
      // the storm's whole name the tagger read as a place: "Hurricane Milton made landfall"
      // EXAMPLE: -> no location "Hurricane Milton"; "Hurricane Katrina Relief Fund" (more
      //          words) and "Operation Mosul" stay to the rules below.
      if (m.kind != kPer && m.end - m.first == 2 && kNotPersonHeads.contains(word(m.first)) && word(m.first) != "Operation") {
        drop(static_cast<int>(id));
        continue;
      }
      // a person whose last word is a storm's one-word name: "T C Phailin" (a tropical
      // cyclone's initials) after "Cyclone Phailin"
      // EXAMPLE: "Cyclone Phailin has winds ... T C Phailin has winds" -> no person
      if (!storm || m.kind != kPer || m.end - m.first < 2) continue;
      const std::string_view last = word(m.end - 1);
      for (const std::string_view n : names) {
        if (n == last && n.find(' ') == std::string_view::npos) {
          drop(static_cast<int>(id));
          break;
        }
      }
    }
  }

  // An e-mail or web address with a scheme or "www." is no name, nor a word inside one,
  // whatever a rule or the tagger made of it (a bare domain, "Gawker.com", is its owner's
  // name and stays). The address: the text around the mention up to white space, at most
  // 256 bytes each way.
  // EXAMPLE: "write to RobBrnglsn@aol.com", "see http://www.example.org/BirdClub/" -> none;
  //          "Traci Warner@ENRON COMMUNICATIONS on 08/16/2000" -> the person only.
  void no_addresses() {
    const std::string& v = doc_.view;
    auto space = [&](std::size_t i) { return v[i] == ' ' || v[i] == '\n' || v[i] == '\t' || v[i] == '\r'; };
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      const Mention& m = mentions_[id];
      if (m.kind == kNone) continue;
      std::size_t a = units_[m.first].span.start, b = units_[m.end - 1].span.end;
      for (std::size_t k = 0; k < 256 && a > 0 && !space(a - 1); ++k) --a;
      for (std::size_t k = 0; k < 256 && b < v.size() && !space(b); ++k) ++b;
      // (a person right before an "@" is a name in a mail header, "Traci Warner@ENRON"; an
      // "@" inside the name or before it, or after a dotted one, is an address's:
      // "Kevin.A.Boone@accenture.com");
      // an underscore joins the words of a file's or a user's name ("Lisa_resume.doc")
      // EXAMPLE: "Lisa_coverletter.doc" -> no name; "Traci Warner@ENRON" -> person "Traci Warner"
      const std::size_t name_end = units_[m.end - 1].span.end;
      bool address = false, dotted = false;  // dotted: "first.last@" before the "@"
      bool at = false;                        // past an "@": "Jo Smith@ENRON_DEVELOPMENT" stays
      for (std::size_t k = a; k < b && !address; ++k) {
        const char c = v[k];
        if (c == '_') address = !at;
        else if (c == '@') {
          address = m.kind != kPer || k < name_end || dotted;
          at = true;
        }
        else if (c == ':') address = k + 2 < b && v[k + 1] == '/' && v[k + 2] == '/';
        else if (c == '.') {
          dotted = dotted || (k + 1 < b && v[k + 1] != '.' && !space(k + 1));
          address = k >= a + 3 && (v[k - 1] | 32) == 'w' && (v[k - 2] | 32) == 'w' && (v[k - 3] | 32) == 'w';
        }
      }
      if (address) drop(static_cast<int>(id));
    }
  }

  // A name of one word that is an event word of data/event_triggers.txt is none: "Floods
  // in southern Brazil leave dozens dead", "(AP) — Floods in the southern state ..." (a
  // tagger may read a capitalised "Floods" at the start of a headline or after a dateline as
  // an organisation, or a place); places the gazetteer knows are left alone.
  void event_word_names() {
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      const Mention& m = mentions_[id];
      if (m.kind == kNone || m.end != m.first + 1) continue;
      if (all_caps(word(m.first))) continue;  // "Portland FIRE", a team
      // a place the gazetteer knows stays ("Flood", a town); a tagger's place it lacks does not
      if (m.kind == kLoc && (kGazGeo.contains(lower_ascii(word(m.first))) || kGazCountries.contains(word(m.first)))) continue;
      if (kEventTriggers.contains(word(m.first))) drop(static_cast<int>(id));
    }
  }

  // A capitalised plural of a role noun that is no given name: "Singers", "Senators".
  // EXAMPLE: "Singers Ariana Grande, Lin-Manuel Miranda" -> "Ariana Grande"; "Jules Verne" stays.
  static bool plural_role(std::string_view w) {
    if (w.size() < 5 || w.back() != 's' || w[w.size() - 2] == 's' || kGazFirstNames.contains(w)) return false;
    const std::string_view one = w.substr(0, w.size() - 1);
    return kTitleWords.contains(one) || kRoleNouns.contains(one);
  }

  // A name particle joined to a name: "al-Amr", "el-Sisi".
  static bool joined_particle(std::string_view w) {
    const std::size_t h = w.find('-');
    return h != std::string_view::npos && h > 0 && h + 1 < w.size() && w[h + 1] >= 'A' && w[h + 1] <= 'Z' &&
           kNameParticles.contains(w.substr(0, h));
  }

  // A person's name goes on over a name particle joined to a name right after it, which
  // the tagger may leave out (a lower-case word).
  // EXAMPLE: tagged "Muath" in "lieutenant Muath al-Kasasbeh by" -> "Muath al-Kasasbeh";
  //          "Hamas al-Qassam" (an organisation) and "Gaza al-Shifa" (a place) stay.
  void particle_surnames() {
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      Mention& m = mentions_[id];
      if (m.kind != kPer) continue;
      while (m.end < units_.size() && owner_[m.end] < 0 && !units_[m.end].sentence_start &&
             units_[m.end].span.start > units_[m.end - 1].span.end && joined_particle(word(m.end))) {
        owner_[m.end] = static_cast<int>(id);
        ++m.end;
      }
    }
  }

  // Unit u, a capitalised word before a title word ending a person's name, is a given
  // name: mixed case, no title, role, place, organisation or common word.
  bool name_before_title_word(uint32_t u) const {
    const std::string_view w = word(u);
    if (!capitalised(w) || w.size() < 3 || units_[u].sentence_start) return false;
    for (std::size_t i = 1; i < w.size(); ++i) {
      if (!(w[i] >= 'a' && w[i] <= 'z')) return false;  // "NASA", "McCain", "Al-Assad"
    }
    if (kTitleWords.contains(w) || kTitleModifiers.contains(w) || kRoleNouns.contains(w) ||
        kGazCountries.contains(w) || kGazDemonyms.contains(w) || kGazGeo.contains(lower_ascii(w)) ||
        kGazOrgs.contains(w) || kMonths.contains(w) || kWeekdays.contains(w) || kSentenceStarters.contains(w)) {
      return false;
    }
    const int c = kWordCase.find(w);
    return c < 0 || kWordCase.canonical(c) < "2";
  }

  // One or two capitalised words, then a name particle joined to a capitalised word
  // ("al-Assad") or "bin"/"ibn" and one, are a person the tagger missed, even at a
  // sentence's start and with no known given name; not a place's or organisation's
  // (data/particle_name_not_person_heads.txt, the gazetteers: "Jabhat al-Nusra", "Deir
  // al-Zor"), nor a name with a capitalised word before it.
  // EXAMPLE: "Bashar al-Assad fled to Moscow" -> person "Bashar al-Assad"; "Ahrar al-Sham
  //          fighters" -> none; "Al Jazeera", "the Al-Aqsa Mosque" stay.
  void particle_people() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b; u + 1 < e; ++u) {
        const std::string_view w = word(u);
        if (!capital(u) || w.size() < 2 || joined_particle(w)) continue;
        if (u > b && capital(u - 1) && !kTitleWords.contains(word(u - 1)) &&
            !kTitleModifiers.contains(word(u - 1)) && !kRoleNouns.contains(word(u - 1))) {
          continue;
        }
        auto plain = [&](uint32_t v) {
          const std::string_view x = word(v);
          if (!capital(v) || joined_particle(x) || kParticleNameNotPersonHeads.contains(x) ||
              kGazCountries.contains(x) || kGazDemonyms.contains(x) || kTitleWords.contains(x) ||
              kTitleModifiers.contains(x) || kRoleNouns.contains(x) || kSentenceStarters.contains(x) ||
              kMonths.contains(x) || kWeekdays.contains(x) || kGazOrgs.contains(x)) {
            return false;
          }
          if (kGazGeo.contains(lower_ascii(x)) && !kGazFirstNames.contains(x)) return false;
          const int c = kWordCase.find(x);
          return c < 0 || kWordCase.canonical(c) < "2";
        };
        // (no particle one or two words on: nothing to do, before plain()'s lookups)
        auto particle = [&, seg_end = e](uint32_t q) {  // (clang 14: no structured binding captured)
          if (q >= seg_end) return false;
          const std::string_view x = word(q);
          return joined_particle(x) || x == "bin" || x == "ibn" || x == "bint";
        };
        if (!particle(u + 1) && !particle(u + 2)) continue;
        if (!plain(u)) continue;
        uint32_t p = u + 1;
        if (p + 1 < e && plain(p) && !joined_particle(word(p))) ++p;
        const std::string_view pw = word(p);
        uint32_t end = 0;
        if (joined_particle(pw) && units_[p].span.start > units_[p - 1].span.end) {
          end = p + 1;
        } else if ((pw == "bin" || pw == "ibn" || pw == "bint") && p + 1 < e && capital(p + 1) &&
                   !joined_particle(word(p + 1))) {
          end = p + 2;
        }
        if (end == 0) continue;
        // the name's own next word ("Saif al-Islam Gaddafi"), not a place's or group's head
        if (end < e && capital(end) && plain(end)) ++end;
        if (end < e && capital(end) && (kNameHeads.contains(word(end)) || kLocationHeads.contains(word(end)))) continue;
        const std::string name = text(u, end);
        if (kGazOrgs.contains(name) || kGazGeo.contains(lower_ascii(name))) continue;
        bool ok = true, whole = false;
        for (uint32_t v = u; v < end && ok; ++v) {
          const int o = owner_[v];
          if (o < 0) continue;
          const Mention& m = mentions_[o];
          ok = m.kind == kPer && m.first >= u && m.end <= end;
          whole = whole || (m.first == u && m.end == end);
        }
        if (!ok || whole) {
          u = end - 1;
          continue;
        }
        add(u, end, kPer);
        u = end - 1;
      }
    }
  }

  // A capitalised word that may stand in a name the rules below find: not a country, a
  // nationality, a role, a month or weekday, or a word that opens sentences.
  bool name_word(uint32_t u) const {
    const std::string_view w = word(u);
    return (capital(u) || joined_particle(w)) && !units_[u].sentence_start && !kGazCountries.contains(w) && !kGazDemonyms.contains(w) &&
           !kTitleWords.contains(w) && !kTitleModifiers.contains(w) && !kMonths.contains(w) &&
           !kWeekdays.contains(w) && !kSentenceStarters.contains(w);
  }

  // The capitalised run of name words from unit u on, at most `max` units, in u's
  // segment, no mention but a MISC one over it; its end, or u when there is none or a
  // capitalised word follows it (a longer name this rule cannot bound).
  uint32_t name_run(uint32_t u, uint32_t max, bool inner_of) const {
    uint32_t k = u;
    while (k < units_.size() && k - u < max && same_segment(u, k + 1)) {
      if (name_word(k)) {
        ++k;
      } else if (inner_of && k > u && word(k) == "of" && k + 1 < units_.size() && same_segment(u, k + 2) &&
                 name_word(k + 1)) {
        k += 2;
      } else {
        break;
      }
    }
    if (k == u || !free(u, k)) return u;
    if (k < units_.size() && same_segment(u, k + 1) && capital(k) && !units_[k].sentence_start) return u;
    return k;
  }

  // A person's name the tagger cut short at its particle: "Khalid al-Falih", "Mohammed bin
  // Nayef" (a name particle of data/name_particles.txt, alone before a name word or joined
  // to it by a hyphen, goes on the name).
  // EXAMPLE: tagged "Khalid" of "Khalid al-Falih, said" -> "Khalid al-Falih"; "Mohammed bin
  //          Nayef" whole; "Smith al fresco" no (no name word after the particle).
  void person_name_edges() {
    for (Mention& m : mentions_) {
      if (m.kind != kPer) continue;
      const int id = static_cast<int>(&m - mentions_.data());
      for (int more = 0; more < 2 && m.end < units_.size() && same_segment(m.first, m.end + 1) && owner_[m.end] < 0; ++more) {
        const std::string_view w = word(m.end);
        // "Gen. Charles Q. Brown Jr., chairman of ...": a generational suffix of
        // data/name_suffixes.txt right after a name of two words or more is the name's.
        // EXAMPLE: tagged "Charles Q. Brown" -> "Charles Q. Brown Jr"; "Brown Jr." of a
        //          one-word mention stays as it is; "Smith ii" (lower case) no.
        if (m.end - m.first >= 2 && capitalised(w) && kNameSuffixes.contains(w)) {
          owner_[m.end] = id;
          ++m.end;
          break;
        }
        const std::size_t h = w.find('-');
        if (h != std::string_view::npos && name_word(m.end) && !capitalised(w)) {  // "al-Falih"
          owner_[m.end] = id;
          ++m.end;
          continue;
        }
        // (two particles: "Mark van der Linden", "Juan de la Cruz")
        // EXAMPLE: tagged "Mark" of "Mark van der Linden, the minister," -> "Mark van der
        //          Linden"; a one-word place or organisation the tagger made of the name's
        //          last word goes ("Erik ten Hag": "Hag" a place) -> "Erik ten Hag".
        uint32_t k = m.end + 1;
        if (k + 1 < units_.size() && kNameParticles.contains(word(k)) && !capital(k) && owner_[k] < 0) ++k;
        if (kNameParticles.contains(w) && !capitalised(w) && k < units_.size() && same_segment(m.first, k + 1) &&
            name_word(k)) {  // "bin Nayef"
          const int o = owner_[k];
          // (a one-word person too: "Luiz Inacio Lula da Silva" tagged "Luiz Inacio Lula" and "Silva")
          if (o >= 0 && (mentions_[o].first != k || mentions_[o].end != k + 1)) break;
          if (o >= 0) drop(o);
          for (uint32_t v = m.end; v <= k; ++v) owner_[v] = id;
          m.end = k + 1;
          continue;
        }
        break;
      }
    }
  }

  // 'Robert "Bobby" Fairclough': a nickname in quotes between a given name and the last
  // name is one name with them (the tagger makes two people of it: "Robert" and 'Bobby"
  // Fairclough'). A person's mention, a quote, one capitalised word, the quote, and one or
  // two capitalised words, none another kind's.
  // EXAMPLE: -> one person 'Robert "Bobby" Fairclough' ("Fairclough" alone joins him);
  //          'Robert said "Go" Smith' -> none (a lower-case word first).
  void quoted_nicknames() {
    auto quote = [&](uint32_t u) {
      const std::string_view w = word(u);
      return w == "\"" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D";
    };
    for (std::size_t i = 0; i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      const uint32_t q = m.end;
      if (m.kind != kPer || q + 3 >= units_.size() || !same_segment(m.first, q + 4) || !quote(q) || !quote(q + 2) ||
          !capital(q + 1) || !capital(q + 3) || lower_outside_word(word(q + 1))) {
        continue;
      }
      uint32_t k = q + 4;
      if (k < units_.size() && same_segment(m.first, k + 1) && capital(k) && name_word(k)) ++k;
      bool ok = true;
      for (uint32_t u = q; u < k && ok; ++u) {
        const int o = owner_[u];
        ok = o < 0 || (mentions_[o].kind == kPer && mentions_[o].first >= q && mentions_[o].end <= k);
      }
      if (!ok) continue;
      for (uint32_t u = q; u < k; ++u) {
        if (owner_[u] >= 0) drop(owner_[u]);
      }
      Mention& n = mentions_[i];  // (drop leaves the vector as it is)
      for (uint32_t u = q; u < k; ++u) owner_[u] = static_cast<int>(i);
      n.end = k;
    }
  }

  // "musician Tiziano Lugli", "illustrator Johnnie Christmas", "science fiction writer L.
  // Ron Hubbard": two or three capitalised words right after a lower-case role word are
  // a person the tagger missed (it reads an unknown name after a common noun as nothing).
  // EXAMPLE: "including musician Tiziano Lugli and actor Jason Beghe" -> two people; not
  //          "member States" (one word), not "the leader Hamas" (one word); "curator
  //          Elaine Gustafon" -> person (a role_nouns.txt noun, a known given name).
  void people_after_roles() {
    for (uint32_t u = 0; u + 2 < units_.size(); ++u) {
      const std::string_view w = word(u);
      // (most words have no capitalised word after them: the lexicons are not asked)
      // ("al-Amr" is a name word too)
      const std::string_view next = word(u + 1);
      if (owner_[u] >= 0 || capital(u) || !(capital(u + 1) || next.find('-') != std::string_view::npos)) continue;
      const std::size_t h = w.rfind('-');  // "pan-democrat Eddie Chu"
      const bool role_tw = kTitleWords.contains(w) || (h != std::string_view::npos && h > 0 && h + 1 < w.size() &&
                                                       kTitleWords.contains(w.substr(h + 1)));
      if (!(role_tw || kRoleNouns.contains(w))) continue;
      uint32_t f = u + 1;  // past a rank: "director General Suleiman al-Amr"
      while (f < units_.size() && f < u + 3 && same_segment(u, f + 1) && capital(f) &&
             kTitleWords.contains(word(f)) && owner_[f] < 0) {
        ++f;
      }
      uint32_t k = name_run(f, 3, false);
      // "governor Mervyn King", "minister John Major": a known given name, then a capitalised
      // title word as the last name (the run stops at title words).
      // EXAMPLE: "Former Bank of England governor Mervyn King warned" -> "Mervyn King"; "the
      //          governor Mervyn King Charles" -> none (a capital after it).
      // ... or a word the gazetteers know as no place before a lower-case word: "governor
      // Mervyn King warned" ("Mervyn" is no given name of the gazetteer).
      // EXAMPLE: -> "Mervyn King"; "governor Texas King said" -> none (a place).
      if (k == f && f + 2 < units_.size() && same_segment(u, f + 2) && name_word(f) &&
          capital(f + 1) && kTitleWords.contains(word(f + 1)) && free(f, f + 2) &&
          !(same_segment(u, f + 3) && capital(f + 2)) &&
          (kGazFirstNames.contains(word(f)) ||
           (f + 2 < units_.size() && same_segment(u, f + 3) && lower_outside_word(word(f + 2)) &&
            !kTitleWords.contains(word(f)) && !kGazGeo.contains(lower_ascii(word(f))) &&
            !kGazDemonyms.contains(word(f))))) {
        k = f + 2;
      }
      if (k < f + 2) continue;
      const std::string name = text(f, k);
      if (kGazOrgs.contains(name)) continue;
      // (the roles stage's own nouns, data/role_nouns.txt, before a known given name:
      // "according to curator Elaine Gustafon"; "fellow Virginian Edmund Randolph" no)
      if (!role_tw && !kGazFirstNames.contains(word(f))) continue;
      add(f, k, kPer);
      u = k - 1;
    }
  }

  // Units [first, end) are part of a longer address or path ("www.example.com/a"): a
  // word touches them before, or anything but a closing stop or comma after.
  bool inside_address(uint32_t first, uint32_t end) const {
    if (first > 0 && units_[first - 1].span.end == units_[first].span.start) return true;
    if (end >= units_.size() || units_[end].span.start != units_[end - 1].span.end) return false;
    const std::string_view w = word(end);
    return !(w == "," || w == "." || w == ";" || w == ":" || w == ")" || w == "?" || w == "!" || w == "'s" ||
             w == "\xE2\x80\x99s");
  }

  // "security firm Secunia.com", "volunteer organization Comic Corps of Canada": a
  // capitalised name right after a lower-case noun of an organisation's kind; and a web
  // address that names its owner ("sites such as Gawker.com").
  // EXAMPLE: "The Internet security firm Secunia.com, has said" -> organization
  //          "Secunia.com"; not "the company Monday" (a weekday), not "the team" alone.
  void organisations_after_nouns() {
    for (uint32_t u = 0; u < units_.size(); ++u) {
      const std::string_view w = word(u);
      // "Gawker.com": the tokens "Gawker", ".", "com" with nothing between them
      if (capital(u) && u + 2 < units_.size() && same_segment(u, u + 3) && word(u + 1) == "." &&
          units_[u + 1].span.start == units_[u].span.end && units_[u + 2].span.start == units_[u + 1].span.end &&
          org_noun(word(u + 2), "domain") && !capital(u + 2) &&
          (owner_[u] < 0 || (mentions_[owner_[u]].first == u && mentions_[owner_[u]].end == u + 1)) &&
          owner_[u + 1] < 0 && owner_[u + 2] < 0 && !inside_address(u, u + 3)) {
        add(u, u + 3, kOrg);
        u += 2;
      }
    }
    for (uint32_t u = 0; u < units_.size(); ++u) {
      const std::string_view w = word(u);
      if (capital(u) || u + 1 >= units_.size()) continue;
      const int noun = kOrgAfterDemonym.find(w);
      if (noun < 0) continue;
      const std::string_view role = kOrgAfterDemonym.canonical(noun);
      if (role != "before" && role != "media") continue;
      uint32_t k = name_run(u + 1, 4, true);
      // (over the tagger's place of those words alone: "the charity Oxfam in Nairobi")
      // EXAMPLE: -> organization "Oxfam"; "the charity in Nairobi" -> none (no capital).
      if (k == u + 1 && owner_[u + 1] >= 0) {
        const Mention& o = mentions_[owner_[u + 1]];
        if (o.kind == kLoc && o.first == u + 1 && o.end - o.first <= 4 && same_segment(u, o.end) &&
            !(o.end < units_.size() && same_segment(u, o.end + 1) && capital(o.end))) {
          bool names = true;
          for (uint32_t v = o.first; v < o.end && names; ++v) names = name_word(v);
          if (names) k = o.end;
        }
      }
      if (k == u + 1) continue;
      add(u + 1, k, kOrg);
      u = k - 1;
    }
  }

  // A name the tagger called MISC that the organisation gazetteer knows ("YouTube") or that
  // ends in an organisation's head noun ("Flag Consideration Project") is an organisation.
  // EXAMPLE: "Though YouTube is complying" -> organization "YouTube"; "the government's
  //          Flag Consideration Project has planned" -> organization; "World Cup" stays MISC.
  void misc_organisations() {
    for (Mention& m : mentions_) {
      if (m.kind != kMisc) continue;
      const std::string name = text(m.first, m.end);
      const std::string_view last = word(m.end - 1);
      // one word only with a capital inside ("YouTube", "CAFOD"): the gazetteer's companies
      // include plain words ("World", "Energy")
      bool inner_capital = false;
      for (std::size_t i = 1; i < name.size(); ++i) inner_capital = inner_capital || (name[i] >= 'A' && name[i] <= 'Z');
      const bool known = (m.end - m.first >= 2 || inner_capital) && kGazOrgs.contains(name) &&
                         !kGazDemonyms.contains(name) && !kGazCountries.contains(name);
      const bool head = m.end - m.first >= 2 && capitalised(last) && capital(m.first) &&
                        (org_noun(last, "head") || org_noun(last, "before") || org_noun(last, "media"));
      if (known || head) {
        m.kind = kOrg;
        m.weight = 2;
      }
    }
  }

  // "al-Ikhbariya television", "the Guardian newspaper": a name right before a lower-case
  // media noun is the outlet.
  // EXAMPLE: "in remarks to al-Ikhbariya television, said" -> organization "al-Ikhbariya";
  //          not "Monday television" (a weekday), not "the television" alone.
  void media_before_nouns() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b + 1; u < e; ++u) {
        const std::string_view w = word(u);
        if (capital(u) || !org_noun(w, "media")) continue;
        uint32_t f = u;  // the name before: one to three name words
        while (f > b && u - f < 3 && name_word(f - 1)) --f;
        if (f == u || !free(f, u) || (f > b && capital(f - 1) && !units_[f - 1].sentence_start)) continue;
        add(f, u, kOrg);
      }
    }
  }

  // "the [National Library] of the [Netherlands]", "[Movement] for the [Left]": a name that
  // ends in an organisation's head noun (data/org_after_demonym.txt: "head" and "before"
  // nouns), then "of", "for" or "on" (and "the"), then capitalised name words, is one
  // organisation; the tagger cuts such names at the lower-case word.
  // EXAMPLE: "the National Library of the Netherlands said" -> organization "National
  //          Library of the Netherlands"; "the Ministry of Defence and the Bank of England"
  //          -> two; not "the Party on Monday" (a weekday), not "the party of Lincoln" (no
  //          capital on the noun), not "the Union for the first time" (no capital after).
  void organisations_of_names() {
    // An organisation the tagger found whose own name has an organisation's head word
    // (data/name_heads.txt `org`: "Party", "Parti", "Union") is a name of its own, not
    // the rest of this one.
    // EXAMPLE: "leave the Quebec Liberal Party for the Parti Québécois" -> two; "the
    //          Coalition of the Liberal Party of Australia" -> "Coalition", "Liberal Party of
    //          Australia"; "the National Library of the Netherlands" one (a place after it).
    // Free name words that start with such a head word ("Parti Québécois") likewise.
    auto org_head = [&](uint32_t u) {
      if (!capital(u)) return false;
      const int h = kNameHeads.find(word(u));
      return h >= 0 && kNameHeads.canonical(h) == "org";
    };
    auto headed_organisation = [&](const Mention& o) {
      if (o.kind != kOrg && o.kind != kMisc) return false;
      for (uint32_t u = o.first; u < o.end; ++u) {
        if (org_head(u)) return true;
      }
      return false;
    };
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind == kNone || m.kind == kPer || m.kind == kGroup) continue;
      const std::string_view last = word(m.end - 1);
      if (!capitalised(last)) continue;
      const std::string noun = lower_ascii(last);
      if (!org_noun(noun, "head") && !org_noun(noun, "before")) continue;
      uint32_t end = m.end;  // past each "of (the) Name Words"
      for (int links = 0; links < 3; ++links) {
        uint32_t k = end;
        if (k >= units_.size() || !same_segment(m.first, k + 1)) break;
        const std::string_view link = word(k);
        if (!(link == "of" || link == "for" || link == "on" || (links > 0 && link == "and"))) break;
        ++k;
        if (k < units_.size() && same_segment(m.first, k + 1) && word(k) == "the") ++k;
        const uint32_t start = k;
        if (k < units_.size() && owner_[k] < 0 && org_head(k)) break;  // "for the Parti Québécois"
        // free name words, or a name the tagger found there (not a person): "the Advancement
        // of Colored People" whole
        while (k < units_.size() && k < start + 8 && same_segment(m.first, k + 1)) {
          const int o = owner_[k];
          if (o >= 0 && mentions_[o].first == k && mentions_[o].kind != kPer && same_segment(m.first, mentions_[o].end)) {
            if (headed_organisation(mentions_[o])) break;  // another organisation: "Party for the Parti Québécois"
            if (kWeekdays.contains(word(k)) || kMonths.contains(word(k))) break;  // "the Party on Monday"
            k = mentions_[o].end;
          } else if (o < 0 && name_word(k)) {
            ++k;
          } else {
            break;
          }
        }
        if (k == start || k > start + 8) break;
        // a name word cut by the bound
        if (k < units_.size() && same_segment(m.first, k + 1) && capital(k) && !units_[k].sentence_start) break;
        end = k;
      }
      if (end == m.end) continue;
      drop(static_cast<int>(i));
      add(m.first, end, kOrg, std::max(m.weight, 2));
    }
  }

  // "the Party of Socialists and Democrats (PSD)": capitalised words whose initials spell
  // the acronym in parentheses right after them (past up to two short lower-case words
  // between: "of", "and the", "'s") are one name. The tagger's reading of it stands when
  // it is the whole; pieces of it (or nothing) become one organisation, or one place when
  // its last word is a place head (data/name_heads.txt, "River"); people and a name that
  // runs on before it are left alone. acronyms_in_parentheses then adds the acronym.
  // EXAMPLE: "the Popular Civic List (CP)" (untagged) and "Union for a Popular Movement
  //          (UMP)" (two pieces) -> one organisation each; not "the Greens (SDI)" (the
  //          letters differ), not "Barack Obama (BO)" (a person).
  void names_before_acronyms() {
    for (uint32_t p = 2; p + 2 < units_.size(); ++p) {
      if (word(p) != "(" || !same_segment(p, p + 3)) continue;
      const std::string_view close = word(p + 2);
      if (close != ")" && close != ";" && close != ",") continue;
      const std::string_view a = word(p + 1);
      if (a.size() < 2 || a.size() > 8 || a[0] < 'A' || a[0] > 'Z') continue;
      std::string letters;
      bool ok = true;
      for (char c : a) {
        if (c >= 'A' && c <= 'Z') letters += c;
        else if (!((c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '&')) ok = false;
      }
      if (!ok || letters.size() < 2) continue;
      uint32_t j = p;  // the name is [j, p) once every letter has matched
      int skipped = 0;
      while (!letters.empty() && j > 0 && p - j < 14 && same_segment(j - 1, p)) {
        const std::string_view w = word(j - 1);
        if (capitalised(w)) {
          if (w[0] != letters.back()) break;
          letters.pop_back();
          --j;
          skipped = 0;
        } else if (w.size() <= 4 && skipped < 2 && (possessive(j - 1) || all_lower(w))) {
          --j;
          ++skipped;
        } else {
          break;
        }
      }
      if (!letters.empty() || p - j < 2) continue;
      const int o = owner_[j];
      if (o >= 0 && mentions_[o].first == j && mentions_[o].end == p && mentions_[o].kind != kMisc) continue;
      if (j > 0 && owner_[j - 1] >= 0 && owner_[j - 1] == o) continue;  // a name running on before it
      bool person = false, other = false;
      for (uint32_t u = j; u < p; ++u) {
        if (owner_[u] < 0) continue;
        (mentions_[owner_[u]].kind == kPer ? person : other) = true;
      }
      if (person && !other) continue;
      // not a role ("Member of Parliament (MP)") nor common words in capitals ("Internally
      // Displaced Persons (IDPs)", "Gross Domestic Product (GDP)") but for an org head
      if (kTitleWords.contains(word(j)) || kTitleWords.contains(text_view(j, p))) continue;
      bool named = false;
      for (uint32_t u = j; u < p && !named; ++u) {
        if (!capital(u)) continue;
        const int c = kWordCase.find(word(u));
        const int hd = kNameHeads.find(word(u));
        named = c < 0 || kWordCase.canonical(c) != "3" || (hd >= 0 && kNameHeads.canonical(hd) == "org");
      }
      // and something says it is a name: an org head among its words, or the tagger's
      // organisation or place in it ("Computer Aided Design (CAD)",
      // "Geographic Information Systems (GIS)" have neither); not a person's role
      // before "of" an organisation ("a Fellow of the British Academy (FBA)")
      // (the tagger's other name, "Millennium Development Goals (MDGs)", stays as it is)
      bool evidence = false, misc = false;
      for (uint32_t u = j; u < p; ++u) {
        const int hd = kNameHeads.find(word(u));
        const int k = owner_[u] >= 0 ? mentions_[owner_[u]].kind : kNone;
        evidence = evidence || (capital(u) && hd >= 0 && kNameHeads.canonical(hd) == "org") || k == kOrg || k == kLoc;
        misc = misc || k == kMisc;
      }
      if (misc && !evidence) continue;
      if (!named || !evidence) continue;
      if (const int last = owner_[p - 1]; last >= 0 && mentions_[last].kind == kOrg && mentions_[last].first > j &&
                                          !capital(mentions_[last].first - 1)) {
        const int c = kWordCase.find(word(j));
        const int hd = kNameHeads.find(word(j));
        if (c >= 0 && kWordCase.canonical(c) >= "2" && !(hd >= 0 && kNameHeads.canonical(hd) == "org")) continue;
      }
      const int h = kNameHeads.find(word(p - 1));
      add(j, p, h >= 0 && kNameHeads.canonical(h) == "loc" ? kLoc : kOrg);
    }
  }

  // "the World Food Programme (WFP)", "the Movement for the Left (MpS)": a short word of
  // two capitals or more in parentheses right after an organisation or a place is its
  // acronym, of its type (build_entities joins it to the name when its letters are the
  // name's initials).
  // EXAMPLE: "The World Food Programme (WFP) said" -> organization "WFP", the same entity;
  //          not "the Health Ministry (2023)", not "Hamas (pictured)".
  void acronyms_in_parentheses() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind != kOrg && m.kind != kLoc) continue;
      const uint32_t a = m.end + 1;
      if (a + 1 >= units_.size() || !same_segment(m.first, a + 2) || word(m.end) != "(" || word(a + 1) != ")") continue;
      const std::string_view w = word(a);
      int capitals = 0;
      bool letters = w.size() >= 2 && w.size() <= 8 && capitalised(w);
      for (char c : w) {
        capitals += c >= 'A' && c <= 'Z';
        letters = letters && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '&');
      }
      if (!letters || capitals < 2 || !free(a, a + 1)) continue;
      add(a, a + 1, m.kind);
    }
  }

  // "Frederick Fung of ADPL", "Leung Kwok-hung of LSD": an acronym right after a person
  // and "of" or "from" is the organisation the person belongs to.
  // EXAMPLE: "Lee Cheuk-yan of the Labour Party and Frederick Fung of ADPL were defeated"
  //          -> organization "ADPL"; not "John Smith of Texas" (no acronym), not "... of US".
  void acronyms_after_people() {
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention& m = mentions_[i];
      if (m.kind != kPer || m.end + 1 >= units_.size() || !same_segment(m.first, m.end + 2)) continue;
      const std::string_view link = word(m.end);
      if (link != "of" && link != "from") continue;
      const uint32_t a = m.end + 1;
      const std::string_view w = word(a);
      bool letters = w.size() >= 2 && w.size() <= 6;
      for (char c : w) letters = letters && c >= 'A' && c <= 'Z';
      if (!letters || !free(a, a + 1) || kGazCountries.contains(w)) continue;
      if (a + 1 < units_.size() && same_segment(a, a + 2) && capital(a + 1)) continue;
      add(a, a + 1, kOrg);
    }
  }

  // "the Al-Mawasi camp": a name before a place noun is a place; so is "Rustaveli Avenue".
  void place_heads() {
    for (Mention& m : mentions_) {
      if (m.kind != kOrg && m.kind != kPer && m.kind != kMisc) continue;
      if (m.end >= units_.size() || !same_segment(m.first, m.end + 1)) continue;
      std::string phrase(word(m.end));
      bool head = kLocationHeads.contains(phrase);
      if (!head && m.end + 1 < units_.size() && same_segment(m.first, m.end + 2)) {
        phrase.append(" ").append(word(m.end + 1));
        head = kLocationHeads.contains(phrase);
      }
      if (head && !capital(m.end)) {
        m.kind = kLoc;
        m.weight = 2;
      }
      // "Rustaveli Avenue", "Nevsky Prospekt": a street's own name (data/street_words.txt)
      // (not a person with a given name before it: the philosopher "Sharon Street")
      if (m.end - m.first >= 2 && kStreetWords.contains(word(m.end - 1)) && !kGazOrgs.contains(text(m.first, m.end)) &&
          !(m.kind == kPer && kGazFirstNames.contains(word(m.end - 2)))) {
        m.kind = kLoc;
        m.weight = 2;
      }
    }
  }

  // "Israeli military", "Russian army": a nationality word and an institution.
  void demonym_organisations() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b; u + 1 < e; ++u) {
        if (!capital(u) || !kGazDemonyms.contains(word(u)) || !free(u, u + 1)) continue;
        for (uint32_t k = std::min<uint32_t>(e, u + 3); k > u + 1; --k) {
          std::string phrase(word(u + 1));
          for (uint32_t v = u + 2; v < k; ++v) phrase.append(" ").append(word(v));
          if (org_noun(phrase, "demonym") && !capital(u + 1) && free(u + 1, k)) {
            // a nationality of two words: "South African police", "South Sudanese army"
            const bool two = u > b && capital(u - 1) && free(u - 1, u) &&
                             kGazDemonyms.contains(text_view(u - 1, u + 1));
            add(two ? u - 1 : u, k, kOrg);
            break;
          }
        }
      }
    }
  }

  // A country named by its name is a location, whatever the tagger said ("U.S.",
  // "Qatar" in "mediated by Qatar and Egypt"); a news agency an organisation ("told AFP"),
  // and a legislature, party or seat of government an organisation ("the Bundestag", "AfD",
  // "the Kremlin said": data/known_orgs.txt).
  void countries() {
    known_names(kKnownOrgs, kOrg, true);  // "the Bundestag", "the Kremlin", "Alternative for Germany" (over its "Germany")
    known_names(kGazCountries, kLoc);
    known_names(kAgencies, kOrg);
  }

  // The countries of a place name's readings in the geographic gazetteer ("US,c,...;PR,r,...")
  // or of a country's name, as two-letter codes joined ("US PR"); empty if neither knows it.
  // A country's name: data/gaz_countries.txt's, or one that data/gaz_geo.txt reads first
  // as a country ("Syria", which the country list has only as "Syrian Arab Republic").
  static bool country_name(std::string_view name) {
    if (kGazCountries.contains(name)) return true;
    const int g = kGazGeo.find(name);
    return g >= 0 && kGazGeo.canonical(g).substr(2, 3) == ",n,";
  }

  // Two place_countries() lists ("IL PS ") name a country in common.
  static bool share_country(const std::string& a, const std::string& b) {
    for (std::size_t i = 0; i + 2 <= a.size(); i += 3) {
      if (b.find(a.substr(i, 3)) != std::string::npos) return true;
    }
    return false;
  }

  static std::string place_countries(const std::string& name) {
    std::string out;
    if (const int c = kGazCountries.find(name); c >= 0) return std::string(kGazCountries.canonical(c)) + ' ';
    const int g = kGazGeo.find(name);
    if (g < 0) return out;
    const std::string_view all = kGazGeo.canonical(g);
    for (std::size_t at = 0; at + 2 <= all.size();) {
      out.append(all.substr(at, 2)).push_back(' ');
      const std::size_t semi = all.find(';', at);
      if (semi == std::string_view::npos) break;
      at = semi + 1;
    }
    return out;
  }

  // "talks held in Sochi.": after "in", a name the geographic gazetteer knows (up to three
  // words, no capitalised word after it) is a place the tagger missed, unless it is a
  // month, a weekday, a nationality or a role ("in March", "in English").
  // EXAMPLE: "Belgium faced Panama at the Fisht Stadium in Sochi." -> location "Sochi";
  //          not "in March" (a town in England too), not "in Sochi Olympic Park" (a longer name).
  // So after a role word and "of", where a person may follow right after it.
  // EXAMPLE: "incumbent Governor of Oregon Mark Hatfield" -> location "Oregon", person
  //          "Mark Hatfield"; not "Governor of Oregon Health Plan" (no person after it).
  void places_after_in() {
    std::string phrase;
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b + 1; u < e; ++u) {
        const bool of_role = u >= b + 2 && word(u - 1) == "of" && kTitleWords.contains(word(u - 2));
        if (!(word(u - 1) == "in" || of_role) || !name_word(u) || owner_[u] >= 0) continue;
        uint32_t k = u;
        phrase.clear();
        for (uint32_t v = u; v < e && v < u + 3 && name_word(v) && owner_[v] < 0; ++v) {
          if (v > u) phrase += ' ';
          phrase += word(v);
          std::replace(phrase.begin(), phrase.end(), '-', ' ');
          if (kGazGeo.contains(phrase)) k = v + 1;
          if (!kGazGeo.may_continue(phrase)) break;
        }
        const bool person_after = of_role && k < e && owner_[k] >= 0 && mentions_[owner_[k]].kind == kPer && mentions_[owner_[k]].first == k;
        if (k == u || (k < e && capital(k) && !person_after)) continue;
        add(u, k, kLoc);
        u = k - 1;
      }
    }
  }

  // "Clearwater, Florida", "the coast of Aceh, Indonesia": a capitalised name the
  // geographic gazetteer knows, a comma, and a place it has a reading in the country of,
  // is a place the tagger missed.
  // EXAMPLE: "at Flag Land Base in Clearwater, Florida until" -> location "Clearwater";
  //          not "Smith, Florida" (no US reading of Smith), not "Monday, Florida".
  void places_before_places() {
    for (const auto& [b, e] : segments_) {
      for (uint32_t c = b + 1; c + 1 < e; ++c) {
        if (word(c) != ",") continue;
        const int o = owner_[c + 1];
        if (o < 0 || mentions_[o].kind != kLoc || mentions_[o].first != c + 1) continue;
        const std::string right = place_countries(text(c + 1, mentions_[o].end));
        if (right.empty()) continue;
        for (uint32_t u = c - std::min<uint32_t>(3, c - b); u < c; ++u) {
          if (!free(u, c) || !name_word(u)) continue;
          bool caps = true;
          for (uint32_t v = u; v < c; ++v) caps = caps && capital(v);
          if (!caps) continue;
          if (share_country(place_countries(text(u, c)), right)) {
            add(u, c, kLoc);
            break;
          }
        }
      }
    }
  }

  // A name tagged a person (or another name, not a nationality) in a list of
  // organisations is one too: one of its neighbours
  // across a comma, "and" or "or" (and "the") is an organisation, and another item of the
  // list is one too; not a known given name first ("Likud, Sara Cohen and Shas"), nor a known family
  // name last after another word ("Forbes, Whitneys, Junius Spencer Morgan").
  // EXAMPLE: "a coalition with Shas, Meretz, Yisrael BaAliyah and the Centre Party" ->
  //          "Meretz" and "Yisrael BaAliyah" organisations (and "Germanwatch", MISC, in
  //          "WWF, Conservation International and Germanwatch"); not "Apple, Cook said" (one
  //          organisation beside it), not "Likud, Sara Cohen and Shas" ("Sara").
  void organisations_in_lists() {
    const auto joiner = [&](uint32_t u) { return word(u) == "," || word(u) == "and" || word(u) == "or"; };
    // the mention before unit `first` across a joiner (and "the"), or -1
    const auto before = [&](uint32_t first) -> int {
      uint32_t u = first;
      if (u >= 1 && word(u - 1) == "the") --u;
      if (u < 2 || !joiner(u - 1) || !same_segment(u - 2, first)) return -1;
      const int o = owner_[u - 2];
      return o >= 0 && mentions_[o].end == u - 1 ? o : -1;
    };
    const auto after = [&](uint32_t end) -> int {
      uint32_t u = end;
      if (u >= units_.size() || !joiner(u) || !same_segment(end - 1, u + 1)) return -1;
      ++u;
      if (u < units_.size() && word(u) == "the") ++u;
      if (u >= units_.size() || !same_segment(end - 1, u + 1)) return -1;
      const int o = owner_[u];
      return o >= 0 && mentions_[o].first == u ? o : -1;
    };
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      Mention& m = mentions_[id];
      // (a place the gazetteer does not know, too: "Yisrael BaAliyah" read as a place)
      if ((m.kind != kPer && m.kind != kMisc && !(m.kind == kLoc && place_countries(text(m.first, m.end)).empty())) ||
          kGazFirstNames.contains(word(m.first)))
        continue;
      if (m.kind == kMisc && (kGazDemonyms.contains(text_view(m.first, m.end)) || kGazDemonyms.contains(word(m.first)))) continue;
      if (m.end - m.first >= 2 && kGazSurnames.contains(word(m.end - 1))) continue;  // "Junius Spencer Morgan"
      const int l = before(m.first), r = after(m.end);
      if (!((l >= 0 && mentions_[l].kind == kOrg) || (r >= 0 && mentions_[r].kind == kOrg))) continue;
      int orgs = 0;  // the list's other organisations, up to ten items each way
      for (int o = l, k = 0; o >= 0 && k < 10; o = before(mentions_[o].first), ++k) orgs += mentions_[o].kind == kOrg;
      for (int o = r, k = 0; o >= 0 && k < 10; o = after(mentions_[o].end), ++k) orgs += mentions_[o].kind == kOrg;
      if (orgs >= 2) {
        m.kind = kOrg;
        m.weight = 2;
      }
    }
  }

  // A name tagged a person or misc between places of one country in a list is a place too.
  // EXAMPLE: "over the Mykolaiv, Kherson and Odesa regions" -> Kherson (not a person);
  // not a known given name ("Paris, Jordan and Kim": Jordan stays what the tagger said).
  void places_in_lists() {
    const auto joiner = [&](uint32_t u) { return word(u) == "," || word(u) == "and" || word(u) == "or"; };
    for (Mention& m : mentions_) {
      if (m.kind != kPer && m.kind != kMisc) continue;
      if (m.end - m.first == 1 && kGazFirstNames.contains(word(m.first))) continue;
      const std::string mine = place_countries(text(m.first, m.end));
      if (mine.empty()) continue;
      bool near_place = false;
      if (m.first >= 2 && same_segment(m.first - 2, m.first) && joiner(m.first - 1)) {
        const int o = owner_[m.first - 2];
        near_place = o >= 0 && mentions_[o].kind == kLoc &&
                     share_country(mine, place_countries(text(mentions_[o].first, mentions_[o].end)));
      }
      if (!near_place && m.end + 1 < units_.size() && same_segment(m.first, m.end + 1) && joiner(m.end)) {
        const int o = owner_[m.end + 1];
        near_place = o >= 0 && mentions_[o].kind == kLoc && mentions_[o].first == m.end + 1 &&
                     share_country(mine, place_countries(text(mentions_[o].first, mentions_[o].end)));
      }
      if (near_place) {
        m.kind = kLoc;
        m.weight = 2;
      }
    }
  }

  // The form under which mentions are compared: every all-caps run of four letters or
  // more in title case, so that "MERKEL" and "PUTIN" of an all-caps headline meet
  // "Merkel" and "Putin" below ("NATO" and "Nato" meet too; "US", "U.S." stay).
  static std::string fold_caps(std::string t) {
    for (std::size_t i = 0; i < t.size();) {
      if (!(t[i] >= 'A' && t[i] <= 'Z')) { ++i; continue; }
      std::size_t j = i;
      bool lower = false;
      for (; j < t.size() && ((t[j] >= 'A' && t[j] <= 'Z') || (t[j] >= 'a' && t[j] <= 'z')); ++j) {
        if (t[j] >= 'a') lower = true;
      }
      const bool bounded = j >= t.size() || !(static_cast<unsigned char>(t[j]) >= 0x80 || (t[j] >= '0' && t[j] <= '9'));
      if (!lower && bounded && j - i >= 4) {
        for (std::size_t k = i + 1; k < j; ++k) t[k] = static_cast<char>(t[k] + 32);
      }
      i = j;
    }
    return t;
  }

  // A word as the name tables write it: an all-caps word of four letters or more in title
  // case ("ISRAEL" of a headline -> "Israel"; "UNITED ARAB EMIRATES" -> "United Arab
  // Emirates"), and "AND", "OF", "THE" inside a name in lower case; others as they are
  // ("US", "UAE", "U.S.").
  static void append_title_cased(std::string& out, std::string_view w, bool first) {
    if (!all_caps(w) || w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) {
      out += w;
      return;
    }
    if (!first && (w == "AND" || w == "OF" || w == "THE")) {
      out += lower_ascii(w);
      return;
    }
    bool letters = w.size() >= 4;  // "U.S." as it is
    for (char c : w) letters = letters && ((c >= 'A' && c <= 'Z') || c == '-');
    if (!letters) {
      out += w;
      return;
    }
    out += w[0];
    for (std::size_t i = 1; i < w.size(); ++i) {
      const char c = w[i], p = w[i - 1];
      out += c >= 'A' && c <= 'Z' && p != '-' ? static_cast<char>(c + 32) : c;
    }
  }

  // With `over_inner`, a known name also replaces the shorter mentions inside it
  // ("Alternative for Germany" over the tagger's "Germany").
  void known_names(const Lexicon& lex, int kind, bool over_inner = false) {
    for (const auto& [b, e] : segments_) {
      for (uint32_t u = b; u < e; ++u) {
        if (!capital(u)) continue;
        // most capitalised words ("Bundestag", "Merz") are written as the list writes them
        // (a lower-case second letter: no all-caps folding) and start no form: asked as
        // they stand, no phrase is built
        const std::string_view w0 = word(u);
        if (w0.size() > 1 && w0[1] >= 'a' && w0[1] <= 'z' && !lex.may_start(w0)) continue;
        // the longest name from here ("United States of America")
        std::string phrase;
        uint32_t k = u;
        for (uint32_t v = u; v < e && v < u + static_cast<uint32_t>(std::min(lex.max_words, 5)); ++v) {
          if (v > u) phrase += ' ';
          append_title_cased(phrase, word(v), v == u);
          if (lex.contains(phrase)) k = v + 1;
          if (!lex.may_continue(phrase)) break;
        }
        if (k > u) {
          // inside a longer name ("Bank of Israel", "Israel Defense Forces"): leave it
          const int o = owner_[u];
          const bool exact = o >= 0 && mentions_[o].first == u && mentions_[o].end == k;
          bool inner = over_inner && k > u + 1;  // every owned token's mention lies inside [u, k)
          for (uint32_t v = u; v < k && inner; ++v) {
            const int w = owner_[v];
            inner = w < 0 || (mentions_[w].first >= u && mentions_[w].end <= k);
          }
          if (inner && !exact && !free(u, k)) {
            for (uint32_t v = u; v < k; ++v)
              if (owner_[v] >= 0) drop(owner_[v]);
          }
          if (exact || free(u, k)) add(u, k, kind);
          u = k - 1;
        }
      }
    }
  }

  // Nationalities and religious, ethnic and political groups as actors: "Palestinians",
  // "Kurds". A nationality word used as a noun in the plural; the singular is mostly an
  // adjective ("Israeli strike": issue 5 links it to its country).
  void groups() {
    for (uint32_t u = 0; u < units_.size(); ++u) {
      const std::string_view w = word(u);
      if (w.size() < 4 || !capital(u)) continue;
      // free, or a one-word name the tagger called something else ("Bangladeshis" as a person)
      const int o = owner_[u];
      const bool lone = o >= 0 && mentions_[o].first == u && mentions_[o].end == u + 1 && mentions_[o].kind != kOrg;
      if (!free(u, u + 1) && !lone) continue;
      const int d = w.back() == 's' ? kGazDemonyms.find(w) : -1;  // the plural: "Israelis"
      if (d >= 0) add(u, u + 1, kGroup, 2, std::string(kGazDemonyms.canonical(d)));
      else if (kGroupNames.contains(w)) add(u, u + 1, kGroup);  // "Kurds", "Rohingya", "Druze"
    }
  }

  // A name of two words or more is an organisation when its last word is an organisation's
  // head word of data/name_heads.txt ("Club", "Corporation", "Command") or a company's of
  // data/org_last_words.txt ("El Paso Energy"), or when it opens
  // with one before "of"/"for" ("Union of the Centre"), whatever place or person the tagger
  // read in it: names in English end in their head. Not a place the gazetteer knows as a
  // whole ("West Bank", "Union of Soviet Socialist Republics"), nor a given name and one
  // word ("Emily Post"), nor a place ending in a word of data/place_org_heads.txt: a venue's
  // ("the Broad Art Museum"), or another's with two words or after "at"/"in" ("the Soviet
  // Union", "at the Metro Toronto Convention Centre").
  // EXAMPLE: "the Lancashire County Cricket Club" -> organisation (not location);
  //          "Amphibious Task Group" -> organisation (not person); "the West Bank" stays a place.
  void org_head_names() {
    auto org_head = [](std::string_view w) {
      const int h = kNameHeads.find(w);
      return h >= 0 && kNameHeads.canonical(h) == "org";
    };
    for (Mention& m : mentions_) {
      if ((m.kind != kLoc && m.kind != kPer) || m.end - m.first < 2) continue;
      const std::string_view last = word(m.end - 1);
      const std::string_view link = m.end - m.first >= 3 ? word(m.first + 1) : std::string_view();
      const bool head_last = capitalised(last) && (org_head(last) || kOrgLastWords.contains(last));
      const bool head_first = (link == "of" || link == "for") && org_head(word(m.first));
      if (!head_last && !head_first) continue;
      const std::string_view whole = text_view(m.first, m.end);
      if (kGazGeo.contains(lower_ascii(whole)) || kGazCountries.contains(whole)) continue;
      if (m.end - m.first == 2 && kGazFirstNames.contains(word(m.first))) continue;
      // a place ending in a word of place_org_heads.txt stays: a venue's always ("the Broad
      // Art Museum"), the others' when it has two words or follows "at"/"in" ("the Soviet
      // Union", "at the Metro Toronto Convention Centre"; "The US National Hurricane Center
      // said" does not)
      if (const int ph = kPlaceOrgHeads.find(last); m.kind == kLoc && head_last && !head_first && ph >= 0) {
        uint32_t p = m.first;
        if (p > 0 && same_segment(p - 1, p) && lower_ascii(word(p - 1)) == "the") --p;
        const bool venue = p > 0 && same_segment(p - 1, m.first) && (word(p - 1) == "at" || word(p - 1) == "in");
        if (kPlaceOrgHeads.canonical(ph) == "venue" || m.end - m.first == 2 || venue) continue;
      }
      m.kind = kOrg;
      m.weight = 2;
    }
  }

  // A person's name of two words or more the tagger ran on over "of" and a place ends
  // before "of", and the place is a place: "U.S. Senator Dan Quayle of Indiana" (one given
  // name before "of" is a royal's or a saint's name, "Catherine of Aragon"; one other word
  // an office's, "Affairs of Iraq": no person).
  // EXAMPLE: "Senator Dan Quayle of Indiana" -> person "Dan Quayle", location "Indiana";
  //          "the Minister of Foreign Affairs of Iraq" -> location "Iraq", no person.
  void people_of_places() {
    std::vector<std::pair<uint32_t, uint32_t>> places;
    for (Mention& m : mentions_) {
      if (m.kind != kPer || m.end - m.first < 3) continue;
      for (uint32_t u = m.first + 1; u + 1 < m.end; ++u) {
        if (word(u) != "of") continue;
        // one word before "of": a given name's ("Catherine of Aragon") stays, any other
        // word is an office's ("Affairs of Iraq", the rest of "the Minister of Foreign
        // Affairs of Iraq"): no person
        const bool office = u == m.first + 1;
        if (office && kGazFirstNames.contains(word(m.first))) break;
        const std::string_view rest = text_view(u + 1, m.end);
        if (country_name(rest) || kGazGeo.contains(lower_ascii(rest))) {
          for (uint32_t v = office ? m.first : u; v < m.end; ++v) owner_[v] = -1;
          places.emplace_back(u + 1, m.end);
          m.end = u;
          if (office) m.kind = kNone;
        }
        break;
      }
    }
    for (const auto& [a, b] : places) {
      if (free(a, b)) add(a, b, kLoc);
    }
  }

  // A name the tagger read as a person right after a lower-case place noun and "of"
  // (data/place_of_nouns.txt) is a place: "Giacomo Montalto for the province of Trapani",
  // "the Queensland-held seat of Noosa".
  // EXAMPLE: "the province of Trapani" -> location "Trapani"; "the son of Giacomo" stays.
  void places_after_place_nouns() {
    for (Mention& m : mentions_) {
      if (m.kind != kPer || m.first < 2 || !same_segment(m.first - 2, m.first)) continue;
      if (word(m.first - 1) != "of" || !kPlaceOfNouns.contains(word(m.first - 2))) continue;
      m.kind = kLoc;
      m.weight = 2;
    }
  }

  // A transcript's stage direction, one capitalised word alone in parentheses between
  // sentences, is no person: "I appreciate that. (Laughter.) There is a ..." (not a known
  // given name or a word mostly capitalised in running text: "(Smith.)").
  // EXAMPLE: "That's a good point. (Laughter.) But if --" -> no person "Laughter".
  void stage_directions() {
    for (std::size_t id = 0; id < mentions_.size(); ++id) {
      const Mention& m = mentions_[id];
      if (m.kind != kPer || m.end != m.first + 1 || m.first == 0) continue;
      const std::string_view w = word(m.first);
      // (the surname list holds common words, "Laughter": a name is a given name, or a word
      // written capitalised in running text, data/word_case.txt's class 0)
      const int c0 = kWordCase.find(w);
      if (kGazFirstNames.contains(w) || (c0 >= 0 && kWordCase.canonical(c0) == "0")) continue;
      if (word(m.first - 1) != "(") continue;
      uint32_t c = m.end;
      if (c < units_.size() && (word(c) == "." || word(c) == "!")) ++c;
      if (c >= units_.size() || word(c) != ")") continue;
      // before "(": the start of the text or a sentence's end
      const uint32_t o = m.first - 1;
      bool between = o == 0;
      if (!between) {
        const std::string_view p = word(o - 1);
        between = p == "." || p == "?" || p == "!" || p == "\"" || p == "\u201d";
      }
      if (between) drop(static_cast<int>(id));
    }
  }

  // A person's name does not end in a country's name that is no one's given or last name
  // (data/gaz_countries.txt, "Malaysia"; "Jordan", "Georgia" and "Kenya" are names): the
  // tagger's person "Peninsular Malaysia" is a place, "Partai Komunis Indonesia" (an
  // organisation's head word first) an organisation, and the bare country after it stays
  // the country instead of joining that person as a last name; a person that is a country's
  // or a world region's name alone is a place.
  // EXAMPLE: "Peninsular Malaysia shares a border with Thailand." -> location, not person;
  //          "Michael Jordan ... Jordan scored" keeps the person.
  void country_last_words() {
    for (Mention& m : mentions_) {
      if (m.kind != kPer) continue;
      const std::string_view last = word(m.end - 1);
      // (one word: a country's or a continent's name alone, "Asia" left of "the Minister for
      // Central Asia")
      const bool region = m.end - m.first == 1 && kWorldRegions.contains(last);
      // (a world region alone is one even when it is a given name: "Asia")
      if (!capitalised(last) || !(kGazCountries.contains(last) || region) ||
          (!region && (kGazSurnames.contains(last) || kGazFirstNames.contains(last))))
        continue;
      const int h = kNameHeads.find(word(m.first));
      m.kind = h >= 0 && kNameHeads.canonical(h) == "org" ? kOrg : kLoc;
      m.weight = 2;
    }
  }

  // A name the tagger read as a person right before a lower-case noun for a party's members
  // (data/party_member_nouns.txt) is their organisation, and so is every mention of it the
  // tagger read as a person: "Plaid Cymru leaders Gwynfor Evans", "Bangon Pilipinas candidate
  // Eddie Villanueva". Not a name with a known given name first, nor one ending in a known
  // last name ("Smith candidates").
  // EXAMPLE: "Bangon Pilipinas candidate Eddie Villanueva opened his campaign." ->
  //          organization "Bangon Pilipinas", person "Eddie Villanueva".
  void party_member_names() {
    std::unordered_set<std::string> parties;
    for (Mention& m : mentions_) {
      if (m.kind != kPer || m.end >= units_.size() || !same_segment(m.first, m.end + 1)) continue;
      const std::string_view next = word(m.end);
      if (next.empty() || capitalised(next) || !kPartyMemberNouns.contains(next)) continue;
      if (kGazFirstNames.contains(word(m.first)) || kGazSurnames.contains(word(m.end - 1))) continue;
      parties.insert(fold_caps(text(m.first, m.end)));
    }
    if (parties.empty()) return;
    for (Mention& m : mentions_) {
      if (m.kind != kPer || !parties.count(fold_caps(text(m.first, m.end)))) continue;
      m.kind = kOrg;
      m.weight = 2;
    }
  }

  // In a headline in title case or capitals every word is capitalised, and the tagger runs
  // names on ("Gaza Ceasefire Talks Stall"): a headline name the body never uses whose
  // first words are a name the body uses is that name.
  // EXAMPLE: "Gaza Ceasefire Talks Stall as Hamas Rejects Offer" over a body naming Gaza ->
  //          location "Gaza"; "New York Times" stays when the body has "New York Times".
  void headline_names() {
    if (!title_headline_) return;
    std::map<std::string, int> body;  // folded text -> kind
    for (const Mention& m : mentions_) {
      if (m.kind >= kPer && m.kind <= kLoc && m.first >= headline_end_) body[fold_caps(text(m.first, m.end))] = m.kind;
    }
    for (std::size_t i = 0, n = mentions_.size(); i < n; ++i) {
      const Mention m = mentions_[i];
      if (m.kind < kPer || m.kind > kLoc || m.end > headline_end_ || m.end - m.first < 2) continue;
      if (body.count(fold_caps(text(m.first, m.end)))) continue;
      for (uint32_t k = m.end - 1; k > m.first; --k) {
        const auto it = body.find(fold_caps(text(m.first, k)));
        if (it == body.end()) continue;
        drop(static_cast<int>(i));
        add(m.first, k, it->second, 1);
        break;
      }
    }
  }

  // A name the text has used once is the same name elsewhere in it: "Hamas" tagged in
  // one sentence and missed in another; "Deif" after "Mohammed Deif" (a person's last
  // name stands for the person, even where the tagger called it a place).
  void propagate_names() {
    std::unordered_map<std::string, std::array<int, kKinds>> votes;  // text -> kind -> mentions
    std::unordered_map<std::string, int> surnames;
    std::size_t longest = 1;
    for (const Mention& m : mentions_) {
      if (m.kind < kPer || m.kind > kLoc) continue;
      votes[fold_caps(text(m.first, m.end))][m.kind] += m.weight;
      longest = std::max<std::size_t>(longest, m.end - m.first);
      const std::string_view sur = word(surname_at(m));
      if (m.kind == kPer && m.end - m.first >= 2 && sur.size() > 2 &&
          (capitalised(sur) || !particle_other_case(sur).empty())) {
        surnames[fold_caps(std::string(sur))]++;
        if (const std::string o = particle_other_case(sur); !o.empty()) surnames[o]++;
        // "Park Geun-hye", "Kim Jong-un", "Leung Kwok-hung": a family name first, before a
        // hyphenated given name, stands for the person alone too ("Park's office").
        // EXAMPLE: "President Park Geun-hye ... Park's office said" -> one person; "Jean-Paul
        //          Sartre" gives no "Jean-Paul" (the hyphenated name is not the last word).
        if (m.end - m.first == 2 && korean_given_name(word(m.end - 1)) && capital(m.first) &&
            word(m.first).find('-') == std::string_view::npos && word(m.first).size() > 1) {
          surnames[fold_caps(std::string(word(m.first)))]++;
        }
      }
    }
    std::unordered_map<std::string, int, ViewHash, std::equal_to<>> kind_of;  // found by views
    for (const auto& [t, v] : votes) {
      int best = 0, n = 0;
      for (int k = 0; k < kKinds; ++k) {
        if (v[k] > n) { n = v[k]; best = k; }
      }
      kind_of[t] = best;
    }
    for (const auto& [s, n] : surnames) kind_of[s] = kPer;
    // Retype single-word mentions that are a person's last name.
    for (Mention& m : mentions_) {
      if (m.kind >= kOrg && m.kind <= kLoc && m.end - m.first == 1 && surnames.count(fold_caps(std::string(word(m.first))))) {
        m.kind = kPer;
        m.weight = 2;
      }
    }
    for (uint32_t u = 0; u < units_.size(); ++u) {
      // (or a particle joined to a name: "al-Falih")
      if (owner_[u] >= 0 || !(capital(u) || !particle_other_case(word(u)).empty())) continue;
      // Ends past the first owned unit or sentence start after u fail free() or
      // same_segment() (u itself is free): start below them, read once, rather than testing
      // every end with both.
      uint32_t limit = u + 1;
      while (limit < units_.size() && limit < u + longest && owner_[limit] < 0 && !units_[limit].sentence_start) ++limit;
      for (uint32_t k = limit; k > u; --k) {
        // (folded only where a word opens with two capitals: the rest fold to themselves)
        bool shouted = false;
        for (uint32_t v = u; v < k && !shouted; ++v) {
          const std::string_view w = word(v);
          shouted = w.size() >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z';
        }
        const auto it = shouted ? kind_of.find(fold_caps(text(u, k))) : kind_of.find(text_view(u, k));
        if (it == kind_of.end()) continue;
        // not the first part of a longer capitalised name that was not tagged (in an
        // all-caps line or a title-case headline every word is capitalised: there the
        // capital says nothing)
        if (k < units_.size() && same_segment(u, k + 1) && owner_[k] < 0 && capital(k) &&
            !units_[k].sentence_start && !(all_caps(word(k)) && all_caps(text(u, k))) &&
            !(title_headline_ && k < headline_end_)) {
          break;
        }
        // The rest of a person's name right after its first part, which the tagger took
        // alone, joins that mention when the whole is a person named elsewhere.
        // EXAMPLE: "the biologist Nick Bos. ... Nick Bos: I was" tagged "Nick" alone ->
        //          one mention "Nick Bos"; "Nick, Bos" (a comma between) stays two.
        if (const int prev = u > 0 ? owner_[u - 1] : -1;
            prev >= 0 && mentions_[prev].kind == kPer && mentions_[prev].end == u && same_segment(mentions_[prev].first, k)) {
          const auto whole = kind_of.find(text_view(mentions_[prev].first, k));
          if (whole != kind_of.end() && whole->second == kPer) {
            mentions_[prev].end = k;
            for (uint32_t v = u; v < k; ++v) owner_[v] = prev;
            u = k - 1;
            break;
          }
        }
        add(u, k, it->second, 1);
        u = k - 1;
        break;
      }
    }
  }

  // The word of person mention m that is its last name: the last, or the one before a
  // generational suffix (data/name_suffixes.txt).
  // EXAMPLE: "Robert F. Kennedy Jr" -> "Kennedy" (so "Kennedy" alone joins him); "Jr" alone
  //          -> itself.
  uint32_t surname_at(const Mention& m) const {
    return m.end - m.first >= 3 && kNameSuffixes.contains(word(m.end - 1)) ? m.end - 2 : m.end - 1;
  }

  // "al-Falih" as a sentence's first word writes "Al-Falih": the other form of a last name
  // that opens with a name particle and a hyphen, or "" (data/name_particles.txt).
  // EXAMPLE: "al-Falih" -> "Al-Falih"; "Al-Falih" -> "al-Falih"; "Smith-Jones" -> "".
  static std::string particle_other_case(std::string_view last) {
    // (the hyphen within the first four bytes, read without a search: this is asked of
    // every lower-case word names propagate over)
    if (last.size() < 4) return {};
    const std::size_t h = last[1] == '-' ? 1 : last[2] == '-' ? 2 : last[3] == '-' ? 3 : std::string_view::npos;
    if (h == std::string_view::npos || h + 1 >= last.size() ||
        !kNameParticles.contains(lower_ascii(last.substr(0, h)))) {
      return {};
    }
    std::string o(last);
    o[0] = static_cast<char>(o[0] >= 'a' && o[0] <= 'z' ? o[0] - 32 : (o[0] >= 'A' && o[0] <= 'Z' ? o[0] + 32 : o[0]));
    return o;
  }

  // "al-Baghdadi" -> "Baghdadi": a last name that opens with a name particle and a hyphen,
  // its rest when that is capitalised, or "" (data/name_particles.txt).
  // EXAMPLE: "al-Baghdadi" -> "Baghdadi"; "Al-Falih" -> "Falih"; "Smith-Jones" -> "".
  static std::string particle_rest(std::string_view last) {
    if (last.size() < 5) return {};
    const std::size_t h = last[1] == '-' ? 1 : last[2] == '-' ? 2 : last[3] == '-' ? 3 : std::string_view::npos;
    if (h == std::string_view::npos || h + 2 >= last.size() || last[h + 1] < 'A' || last[h + 1] > 'Z' ||
        !kNameParticles.contains(lower_ascii(last.substr(0, h)))) {
      return {};
    }
    return std::string(last.substr(h + 1));
  }

  // A given name written as two syllables joined by a hyphen, the second in lower case
  // ("Geun-hye", "Jong-un", "Kwok-hung"), as Korean and Chinese names are romanised.
  static bool korean_given_name(std::string_view w) {
    const std::size_t h = w.find('-');
    if (h == std::string_view::npos || h < 2 || h > 5 || w.size() - h - 1 < 2 || w.size() - h - 1 > 5) return false;
    for (std::size_t i = h + 1; i < w.size(); ++i) {
      if (w[i] < 'a' || w[i] > 'z') return false;
    }
    return capitalised(w);
  }

  bool same_segment(uint32_t first, uint32_t end) const {
    for (uint32_t u = first + 1; u < end; ++u) {
      if (units_[u].sentence_start) return false;
    }
    return true;
  }

  // A word in lower-case letters ("of", "pour", "für"): no capital, a letter first.
  static bool all_lower(std::string_view s) {
    if (s.empty() || capitalised(s)) return false;
    for (char c : s) {
      if (c >= 'A' && c <= 'Z') return false;
    }
    const auto c = static_cast<unsigned char>(s[0]);
    return (c >= 'a' && c <= 'z') || c >= 0x80;
  }

  static bool all_caps(std::string_view s) {
    for (char c : s) {
      if (c >= 'a' && c <= 'z') return false;
    }
    return true;
  }

  // "the World Food Programme (WFP)": acronym -> the name it stands for, when its
  // letters are the initials of the name's capitalised words.
  std::map<std::string, std::string> defined_acronyms() const {
    std::map<std::string, std::string> out;
    for (const Mention& m : mentions_) {
      if (m.kind != kOrg && m.kind != kLoc) continue;
      if (m.end + 2 >= units_.size() || word(m.end) != "(" || word(m.end + 2) != ")") continue;
      const std::string_view acr = word(m.end + 1);
      std::string initials;
      for (uint32_t u = m.first; u < m.end; ++u) {
        if (capital(u)) initials += word(u)[0];
      }
      std::string letters;
      for (char c : acr) {
        if (c >= 'A' && c <= 'Z') letters += c;
        else if (c != '.') { letters.clear(); break; }
      }
      // (keyed as build_entities keys a mention: an all-caps word of four letters or more
      // folded, "DCCC" -> "Dccc")
      if (letters.size() >= 2 && letters == initials) out[fold_caps(std::string(acr))] = fold_caps(text(m.first, m.end));
    }
    return out;
  }

  // Mentions with the same text are one entity; a person's last name alone joins the
  // person last named in full before it (else the first). The type is the one most
  // mentions have; the name the fullest form.
  // "Abboud Qanbar (Arabic: ...), also known as Abu Haidar": the name after "also known
  // as", "known as", "aka" or "alias" right after a name of the same kind (past a
  // parenthesis and a comma) is another name of the same thing. Mentions in `order`
  // (by position); returns, per mention, the mention it is another name of, or -1.
  // EXAMPLE: "Abboud Qanbar, also known as Abu Haidar, is a general" -> one person;
  //          not "Abboud Qanbar met Abu Haidar" (no naming words between).
  // The words of person mention b are among a's, in order, and both end with the same.
  bool short_form_of(const Mention& b, const Mention& a) const {
    if (fold_caps(std::string(word(b.end - 1))) != fold_caps(std::string(word(a.end - 1)))) return false;
    uint32_t i = a.first;
    for (uint32_t j = b.first; j < b.end; ++j) {
      const std::string w = fold_caps(std::string(word(j)));
      while (i < a.end && fold_caps(std::string(word(i))) != w) ++i;
      if (i == a.end) return false;
      ++i;
    }
    return true;
  }

  static std::vector<std::string> name_words(const std::string& n) {
    std::vector<std::string> w;
    std::size_t i = 0;
    while (i < n.size()) {
      std::size_t j = n.find(' ', i);
      if (j == std::string::npos) j = n.size();
      // (a name particle before another word in either case: "Van der Linden" opening a
      // sentence is "Mark van der Linden"'s last three words)
      // EXAMPLE: "Van der Linden" -> {"van", "der", "Linden"}; "Smith Van" keeps "Van".
      if (j > i) {
        std::string x = fold_caps(n.substr(i, j - i));
        if (j < n.size() && kNameParticles.contains(lower_ascii(x))) x = lower_ascii(x);
        w.push_back(std::move(x));
      }
      i = j + 1;
    }
    return w;
  }

  // A name with the accents of Latin letters taken off (U+00C0-U+017F): "Erdoğan" ->
  // "Erdogan", "Đinđić" -> "Dindic"; other letters as they are.
  static std::string unaccented(std::string_view w) {
    static constexpr std::string_view kLatin1 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
    static constexpr std::string_view kExtendedA =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    std::string o;
    for (std::size_t i = 0; i < w.size();) {
      int len = 1;
      const uint32_t c = decode_at(w, i, len);
      if (c >= 0xC0 && c < 0x100) o += kLatin1[c - 0xC0];
      else if (c >= 0x100 && c < 0x180) o += kExtendedA[c - 0x100];
      else o.append(w.substr(i, static_cast<std::size_t>(len)));
      i += static_cast<std::size_t>(len > 0 ? len : 1);
    }
    return o;
  }

  // A name with every doubled letter written once: "Mohammed" -> "Mohamed".
  static std::string undoubled(const std::string& w) {
    std::string o;
    for (char c : w) {
      if (o.empty() || o.back() != c) o += c;
    }
    return o;
  }

  // Two given names of one person: the same, one a short form of the other
  // (data/name_nicknames.txt), or one of three letters or more that begins the other,
  // three letters longer at least ("Ben", "Benjamin"; not "Joe", "Joel").
  static bool same_given_name(const std::string& a, const std::string& b) {
    if (a == b) return true;
    // "J.K. Rowling" and "JK Rowling": initials with and without their stops.
    // EXAMPLE: -> one person; "JK" and "J.R." stay two.
    if (a.find('.') != std::string::npos || b.find('.') != std::string::npos) {
      std::string x, y;
      for (char c : a) if (c != '.') x += c;
      for (char c : b) if (c != '.') y += c;
      if (x == y && x.size() <= 3 && all_caps(x)) return true;
    }
    const int x = kNameNicknames.find(a), y = kNameNicknames.find(b);
    if (x >= 0 && y >= 0 && kNameNicknames.canonical(x) == kNameNicknames.canonical(y)) return true;
    // "Kristin Wilkins" and "Kristen Wilkins" in one article: a misspelt vowel inside a given
    // name of five letters or more (not its last letter: "Diane", "Diana" are two names).
    // EXAMPLE: -> one person; "Daniel"/"Daniela", "Marin"/"Maria" stay two.
    if (a.size() == b.size() && a.size() >= 5) {
      std::size_t diff = 0, at = 0;
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) { ++diff; at = i; }
      }
      auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
      if (diff == 1 && at > 0 && at + 1 < a.size() && vowel(a[at]) && vowel(b[at])) return true;
    }
    // "Mohammed Al-Sayed" and "Mohamed Al-Sayed": the same given name with a letter written
    // once or doubled (five letters or more). EXAMPLE: -> one person; "Ana"/"Anna" (short)
    // and "Mohamed"/"Mahmoud" stay two.
    if (a.size() >= 5 && b.size() >= 5 && a.size() != b.size() && undoubled(a) == undoubled(b)) return true;
    const std::string& s = a.size() < b.size() ? a : b;
    const std::string& l = a.size() < b.size() ? b : a;
    // three letters more at least: "Joe" is no "Joel", "Ali" no "Alice"
    return s.size() >= 3 && l.size() >= s.size() + 3 && l.compare(0, s.size(), s) == 0 && s.find('.') == std::string::npos;
  }

  // Person entities whose names are forms of one name: the same last word and given name
  // (or its short form), the shorter's other words among the longer's ("George Bush" and
  // "George W. Bush", "Tony Fauci" and "Anthony Fauci"). The shorter joins the longer when
  // it is the only such longer name. Names are short: the pairs of a document's people
  // sharing a last word are few.
  // EXAMPLE: "Hillary Rodham Clinton ... Hillary Clinton" -> one person; "John Adams and
  //          John Quincy Adams ... " in one sentence -> two (a text that names both
  //          together means two); "Bill Clinton ... Hillary Clinton" -> two.
  template <typename Votes>
  void merge_name_variants(Votes& votes, std::vector<bool>& gone) {
    std::unordered_map<std::string, std::vector<std::size_t>> by_last;
    std::vector<std::vector<std::string>> words(doc_.entities.size());
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
      if (votes[k][kPer] == 0 || doc_.entities[k].type == "location") continue;
      words[k] = name_words(doc_.entities[k].name);
      if (words[k].size() >= 2) by_last[words[k].back()].push_back(k);
    }
    for (auto& [last, ks] : by_last) {
      if (ks.size() < 2 || ks.size() > 8) continue;
      for (std::size_t k : ks) {
        const std::vector<std::string>& a = words[k];
        std::size_t into = SIZE_MAX;
        int found = 0;
        for (std::size_t j : ks) {
          const std::vector<std::string>& b = words[j];
          if (j == k || gone[j] || b.size() < a.size() || (b.size() == a.size() && b == a)) continue;
          // "Naor Hilton" after "Tim Naor Hilton": two words or more that end a longer name
          // are its short form whatever its given name. EXAMPLE: -> one person; "Ann Smith"
          // and "Mary Ann Smith" named in one sentence stay two (sentence_together).
          const bool tail = a.size() >= 2 && b.size() > a.size() && std::equal(a.begin(), a.end(), b.end() - static_cast<std::ptrdiff_t>(a.size()));
          if (tail) {
            ++found;
            into = j;
            continue;
          }
          if (!same_given_name(a[0], b[0])) continue;
          std::size_t i = 1;
          bool sub = true;
          for (std::size_t w = 1; w < a.size() && sub; ++w) {
            while (i < b.size() && b[i] != a[w]) ++i;
            if (i == b.size()) sub = false;
            else ++i;
          }
          // (of two as long, the one named less often joins the other when their given names
          // differ by a misspelt vowel: "Kristin Wilkins" once, "Kristen Wilkins" often)
          const bool misspelt = b.size() == a.size() && a[0] != b[0] &&
                                (a[0].size() == b[0].size() || undoubled(a[0]) == undoubled(b[0])) &&
                                (doc_.entities[k].mentions.size() < doc_.entities[j].mentions.size() ||
                                 (doc_.entities[k].mentions.size() == doc_.entities[j].mentions.size() && k > j));
          if (!sub || (b.size() == a.size() && a[0].size() >= b[0].size() && !misspelt)) continue;
          ++found;
          into = j;
        }
        if (found != 1 || sentence_together(k, into)) continue;
        Entity& f = doc_.entities[into];
        Entity& s = doc_.entities[k];
        f.mentions.insert(f.mentions.end(), s.mentions.begin(), s.mentions.end());
        std::stable_sort(f.mentions.begin(), f.mentions.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
        for (int kind = 0; kind < kKinds; ++kind) votes[into][kind] += votes[k][kind];
        gone[k] = true;
      }
    }
  }

  // The index of the sentence holding byte offset o (sentences.size() where none does).
  std::size_t sentence_of(uint32_t o) const {
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), o,
                               [&](uint32_t x, const Sentence& t) { return x < doc_.tokens[t.first_token].span.start; });
    if (it == doc_.sentences.begin()) return doc_.sentences.size();
    return static_cast<std::size_t>(it - doc_.sentences.begin() - 1);
  }

  // Some mention of entity x and some of y in one sentence.
  bool sentence_together(std::size_t x, std::size_t y) const {
    for (const Span& m : doc_.entities[x].mentions) {
      for (const Span& n : doc_.entities[y].mentions) {
        if (sentence_of(m.start) == sentence_of(n.start)) return true;
      }
    }
    return false;
  }

  // 'M' after "Mr", 'F' after "Mrs", "Ms" or "Miss" (with or without the stop) right before
  // unit u, else 0.
  char honorific_sex(uint32_t u) const {
    if (u == 0) return 0;
    uint32_t h = u - 1;
    if (word(h) == "." && h > 0) --h;
    const std::string w = lower_ascii(word(h));
    if (w == "mr" || w == "mr.") return 'M';
    if (w == "mrs" || w == "mrs." || w == "ms" || w == "ms." || w == "miss") return 'F';
    return 0;
  }

  std::vector<int> aliases_known_as(const std::vector<int>& order) const {
    std::vector<int> out(mentions_.size(), -1);
    for (std::size_t k = 0; k + 1 < order.size(); ++k) {
      const Mention& a = mentions_[order[k]];
      const Mention& b = mentions_[order[k + 1]];
      if (a.kind != b.kind || !same_segment(a.first, b.end)) continue;
      uint32_t u = a.end;
      if (u < b.first && word(u) == "(") {
        const uint32_t stop = std::min(b.first, u + 24);
        while (u < stop && word(u) != ")") ++u;
        if (u == stop) continue;
        ++u;
      }
      if (u < b.first && (word(u) == "," || word(u) == "(")) ++u;
      if (u < b.first && word(u) == "also") ++u;
      // "Benjamin Stoloff (1895-1960), best known as Ben Stoloff,"
      if (u + 1 < b.first && (word(u) == "best" || word(u) == "better" || word(u) == "commonly" ||
                              word(u) == "popularly" || word(u) == "widely")) {
        ++u;
      }
      bool naming = false;
      // "I Dewa Gede Budjana or Dewa Budjana": a person's name, "or", and a shorter form
      // of it (its words among the first's, in order, the last the same).
      // EXAMPLE: -> one person; "Bill Clinton or Hillary Clinton" -> two.
      if (a.kind == kPer && u + 1 == b.first && a.end == u && word(u) == "or" && b.end - b.first >= 2 &&
          b.end - b.first < a.end - a.first && short_form_of(b, a)) {
        naming = true;
        ++u;
      }
      if (u + 1 < b.first && word(u) == "known" && word(u + 1) == "as") {
        naming = true;
        u += 2;
      } else if (u < b.first && (word(u) == "aka" || word(u) == "a.k.a." || word(u) == "alias")) {
        naming = true;
        ++u;
      }
      if (naming && u == b.first) out[order[k + 1]] = order[k];
    }
    return out;
  }

  // "K.C. Maurer, chief financial officer ... said Mauer": a bare name of five letters or
  // more that one letter inside it makes the last name of one person of the article (not a
  // final "s": "Water" and "Waters" may be a word and a name), or null.
  // EXAMPLE: "Mauer" -> K.C. Maurer; "Mauer" with both "Maurer" and "Mauser" named -> none.
  template <typename Map>
  static const std::vector<std::size_t>* misspelt_last(const Map& by_last, const std::string& bare) {
    const std::vector<std::size_t>* found = nullptr;
    for (const auto& [l, ks] : by_last) {
      if (l.size() != bare.size() + 1 || ks.size() != 1) continue;
      std::size_t i = 0;
      while (i < bare.size() && bare[i] == l[i]) ++i;
      // (the last letter only where it doubles the one before: "Zelensky" for "Zelenskyy")
      const bool doubled_end = i + 1 == l.size() && l[i] == l[i - 1] && l[i] != 's';
      if (i == 0 || (i + 1 == l.size() && !doubled_end) ||
          l.compare(i + 1, std::string::npos, bare, i, std::string::npos) != 0) {
        continue;
      }
      if (found) return nullptr;
      found = &ks;
    }
    return found;
  }

  void build_entities() {
    std::vector<int> order;
    for (int i = 0; i < static_cast<int>(mentions_.size()); ++i) {
      const int k = mentions_[i].kind;
      if (k == kPer || k == kOrg || k == kLoc || k == kGroup) order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return mentions_[a].first < mentions_[b].first; });
    const std::map<std::string, std::string> acronyms = defined_acronyms();
    // The key mentions of one entity share: a country's code ("U.S." and "United
    // States"), an organisation's alias line ("U.N.", "United Nations"), an acronym the
    // text defines ("World Food Programme (WFP)"), else the text itself.
    auto key_of = [&](const Mention& m, std::string t) {
      if (const auto a = acronyms.find(t); a != acronyms.end()) t = a->second;
      if (m.kind == kLoc) {
        int c = kGazCountries.find(t);
        // "ISRAEL" in a headline or dateline, "Israel" below: the country's table is
        // written in title case ("US", "UAE" as they are)
        if (c < 0 && t.size() > 3 && all_caps(t)) {
          std::string titled = t;
          for (std::size_t i = 1; i < titled.size(); ++i) {
            const char p = titled[i - 1];
            if (titled[i] >= 'A' && titled[i] <= 'Z' && p != ' ' && p != '-') titled[i] = static_cast<char>(titled[i] + 32);
          }
          c = kGazCountries.find(titled);
        }
        if (c >= 0) return "country " + std::string(kGazCountries.canonical(c));
        std::string folded = t;  // "PORTO ALEGRE" in the dateline, "Porto Alegre" after
        for (char& ch : folded) {
          if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
        }
        return "place " + folded;
      }
      if (m.kind == kOrg) {
        const int o = kOrgAliases.find(t);
        if (o >= 0) return "org " + std::string(kOrgAliases.canonical(o));
      }
      return t;
    };
    // "Kim Jong-un" and "Kim Jong Un": a person's name of two words or more is one name
    // whatever its hyphens and case (the text's own key still finds it, and it the same
    // words typed otherwise). EXAMPLE: -> one person; "Jong" alone stays itself.
    auto person_key = [&](const Mention& m, std::string t) {
      if (m.kind != kPer || m.end - m.first < 2 || t.find(' ') == std::string::npos) return std::string();
      for (char& ch : t) {
        if (ch == '-') ch = ' ';
        else if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
      }
      return "person " + t;
    };
    const std::vector<int> alias_of = aliases_known_as(order);
    std::vector<std::size_t> entity_of(mentions_.size(), ~std::size_t{0});
    std::unordered_map<std::string, std::size_t> index;      // key -> entity
    std::unordered_map<std::string, std::size_t> last_named;  // last name -> the person last named in full
    // ... of those whose given name is not a woman's, and not a man's (data/gaz_first_name_sex.txt)
    std::unordered_map<std::string, std::size_t> last_named_m, last_named_f;
    std::vector<std::array<int, kKinds>> votes;                // entity -> kind -> weight
    std::vector<int> first_kind;
    for (int i : order) {
      const Mention& m = mentions_[i];
      const std::string t = text(m.first, m.end), folded = fold_caps(t);
      const std::string key = key_of(m, folded), pkey = person_key(m, folded);
      std::size_t e;
      auto it = index.find(key);
      if (it == index.end() && !pkey.empty()) it = index.find(pkey);
      // The same words typed otherwise elsewhere ("Al-Mawasi" a place, then an
      // organisation) are one entity, its type decided by the vote; a person's name stays
      // apart from a place's ("Jordan").
      if (it == index.end() && m.kind != kPer) {
        Mention as = m;
        as.kind = m.kind == kLoc ? kOrg : kLoc;
        it = index.find(key_of(as, folded));
        if (it != index.end() && votes[it->second][kPer] > 0) it = index.end();
      }
      // A name of two words or more typed a place or an organisation where a person of
      // that name came before is that person (the vote decides its type): "the biologist
      // Nick Bos ... Nick Bos: I was ...". One word stays apart ("Jordan").
      // EXAMPLE: "Wikinews interviewed the biologist Nick Bos.\n\nNick Bos: I was ..." ->
      //          one person with two mentions.
      if (it == index.end() && m.kind != kPer && m.end - m.first >= 2) {
        Mention as = m;
        as.kind = kPer;
        it = index.find(key_of(as, folded));
        if (it != index.end() && votes[it->second][kPer] == 0) it = index.end();
      }
      auto surname = m.end - m.first == 1 ? last_named.find(folded) : last_named.end();
      // "Mike Pompeo and his wife Susan Pompeo arrived. Mr. Pompeo spoke": "Mr." takes the
      // last named who can be a man, "Mrs.", "Ms." and "Miss" the last who can be a woman.
      // EXAMPLE: -> "Mr. Pompeo" is Mike Pompeo; with no such person, the last named.
      if (surname != last_named.end()) {
        const char sex = honorific_sex(m.first);
        auto& by_sex = sex == 'M' ? last_named_m : last_named_f;
        if (sex) {
          auto s2 = by_sex.find(folded);
          if (s2 != by_sex.end()) surname = s2;
        }
      }
      if (alias_of[i] >= 0 && entity_of[alias_of[i]] != ~std::size_t{0}) {
        e = entity_of[alias_of[i]];
        if (it == index.end()) index[key] = e;
        if (!pkey.empty()) index.emplace(pkey, e);
      } else if (surname != last_named.end()) {
        e = surname->second;
      } else if (it != index.end()) {
        e = it->second;
      } else {
        e = doc_.entities.size();
        index[key] = e;
        if (!pkey.empty()) index.emplace(pkey, e);
        Entity ent;
        ent.id = "e" + std::to_string(e + 1);
        ent.name = t;
        ent.country = m.country;
        doc_.entities.push_back(std::move(ent));
        votes.push_back({});
        first_kind.push_back(m.kind);
      }
      entity_of[i] = e;
      Entity& ent = doc_.entities[e];
      ent.mentions.push_back(Span{units_[m.first].span.start, units_[m.end - 1].span.end});
      votes[e][m.kind] += m.weight;
      // the fullest form names it; of two as long, one not in capitals
      if (t.size() > ent.name.size() || (t.size() == ent.name.size() && all_caps(ent.name) && !all_caps(t))) ent.name = t;
      if (m.kind == kPer && m.end - m.first >= 2) {
        const std::string last = fold_caps(std::string(word(surname_at(m))));
        const int g = kGazFirstNameSex.find(word(m.first));
        const char sex = g >= 0 ? kGazFirstNameSex.canonical(g)[0] : 0;
        // "Ahmed Mohamed ... His father Mohamed El-Hassan Mohamed said ... support to
        // Mohamed": a relative brought in by a kinship noun right before the name
        // (data/kinship_nouns.txt) does not take the bare last name from the person of that
        // name named before. EXAMPLE: -> the later "Mohamed" is Ahmed Mohamed; "his wife
        // Susan Pompeo" alone in the article still takes "Pompeo".
        uint32_t before = m.first;
        if (before > 0 && word(before - 1) == ",") --before;
        const bool kin_intro = before > 0 && kKinshipNouns.contains(word(before - 1));
        // ("Al-Falih" for "al-Falih"; "Baghdadi" for "Abu Bakr al-Baghdadi": EXAMPLE:
        // "Abu Bakr al-Baghdadi was killed. Baghdadi had led ..." -> one person)
        for (const std::string& l : {last, particle_other_case(last), particle_rest(last)}) {
          if (l.empty()) continue;
          // (an honorific still finds the relative: "his wife Susan Pompeo ... Mrs. Pompeo")
          const auto had = last_named.find(l);
          if (!kin_intro || had == last_named.end() || had->second == e) last_named[l] = e;
          if (sex != 'F') last_named_m[l] = e;
          if (sex != 'M') last_named_f[l] = e;
        }
      }
    }
    std::vector<bool> gone(doc_.entities.size(), false);
    merge_name_variants(votes, gone);
    // A last name used before the full name ("Warhol" in the headline, "Andy Warhol"
    // below) joins the one person of the article with that last name.
    std::unordered_map<std::string, std::vector<std::size_t>> by_last;
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
      const std::string& n = doc_.entities[k].name;
      std::size_t sp = n.rfind(' ');
      // (before a generational suffix: "Robert F. Kennedy Jr" -> "Kennedy")
      std::size_t stop = n.size();
      if (sp != std::string::npos && sp > 0 && kNameSuffixes.contains(std::string_view(n).substr(sp + 1)) &&
          n.rfind(' ', sp - 1) != std::string::npos) {
        stop = sp;
        sp = n.rfind(' ', sp - 1);
      }
      if (sp != std::string::npos && votes[k][kPer] > 0 && !gone[k]) {
        const std::string last = fold_caps(n.substr(sp + 1, stop - sp - 1));
        by_last[last].push_back(k);
        if (const std::string o = particle_other_case(last); !o.empty()) by_last[o].push_back(k);
      }
    }
    // A first name alone ("Daniel" after "Daniel Montalvo", "Ahmed" for "Ahmed Mohamed")
    // joins the one person of the article with that first name, when it is no one's last
    // name. EXAMPLE: "Daniel Montalvo, 19, ... Daniel was arrested" -> one person; not
    // "John Smith ... John Brown ... John" (two Johns: the bare name stays apart).
    // A family name written first is such a first word: "President Hu" for "Hu Jintao"
    // (two letters too, when not in capitals: "Hu", "Xi", "Ed"; "TK" is initials, above).
    std::unordered_map<std::string, std::vector<std::size_t>> by_first;
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
      const std::string& n = doc_.entities[k].name;
      const std::size_t sp = n.find(' ');
      if (sp != std::string::npos && votes[k][kPer] > 0 && !gone[k]) by_first[fold_caps(n.substr(0, sp))].push_back(k);
    }
    // A middle word alone ("Lula" for "Luiz Inacio Lula da Silva", "Rodham" for "Hillary
    // Rodham Clinton") joins the one person of the article with that word inside a name
    // of three words or more, when it is no one's first or last name (four letters or more,
    // capitalised, no initial), named in full before it. EXAMPLE: -> one person; "Quincy"
    // with "John Quincy Adams" and "Quincy Jones" named joins Quincy Jones (a first name);
    // "Chao and his wife ... His daughter Rulan Chao Pian" -> two.
    std::unordered_map<std::string, std::vector<std::size_t>> by_middle;
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
      if (votes[k][kPer] == 0 || gone[k]) continue;
      const std::vector<std::string> w = name_words(doc_.entities[k].name);
      for (std::size_t i = 1; i + 1 < w.size(); ++i) {
        if (w[i].size() >= 4 && w[i][0] >= 'A' && w[i][0] <= 'Z' && w[i].find('.') == std::string::npos) {
          by_middle[w[i]].push_back(k);
        }
      }
    }
    // A person's initials in capitals ("Terry Kowalke had notified you ..., TK was also made
    // aware", "JFK" for "John F. Kennedy") join the one person of the article whose two or
    // three name words start with them. EXAMPLE: -> one person; "TK" with "Tom Kay" and
    // "Terry Kowalke" both named stays apart.
    std::unordered_map<std::string, std::vector<std::size_t>> by_initials;
    auto initials_like = [&](std::size_t k) {
      const std::string& n = doc_.entities[k].name;
      return !gone[k] && votes[k][kPer] > 0 && n.size() >= 2 && n.size() <= 3 &&
             std::all_of(n.begin(), n.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    bool any_initials = false;  // (most articles have none: the map is built only for them)
    for (std::size_t k = 0; k < doc_.entities.size() && !any_initials; ++k) any_initials = initials_like(k);
    for (std::size_t k = 0; any_initials && k < doc_.entities.size(); ++k) {
      if (votes[k][kPer] == 0 || gone[k]) continue;
      const std::vector<std::string> w = name_words(doc_.entities[k].name);
      if (w.size() < 2 || w.size() > 3) continue;
      std::string ini;
      for (const std::string& x : w) {
        if (!x.empty() && x[0] >= 'A' && x[0] <= 'Z') ini += x[0];
      }
      if (ini.size() == w.size()) by_initials[ini].push_back(k);
    }
    std::unordered_map<std::string, std::vector<const std::vector<std::size_t>*>> by_plain;  // unaccented last name
    bool plain_built = false;
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
      Entity& bare = doc_.entities[k];
      if (gone[k] || bare.name.find(' ') != std::string::npos || votes[k][kPer] == 0) continue;
      if (any_initials && initials_like(k)) {
        const auto it = by_initials.find(bare.name);
        if (it != by_initials.end() && it->second.size() == 1) {
          const std::size_t full = it->second[0];
          Entity& f = doc_.entities[full];
          f.mentions.insert(f.mentions.end(), bare.mentions.begin(), bare.mentions.end());
          std::stable_sort(f.mentions.begin(), f.mentions.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
          for (int kind = 0; kind < kKinds; ++kind) votes[full][kind] += votes[k][kind];
          gone[k] = true;
          continue;
        }
      }
      const std::string bare_name = fold_caps(bare.name);
      const std::vector<std::size_t>* with = nullptr;
      if (auto it = by_last.find(bare_name); it != by_last.end()) {
        with = &it->second;
      } else if (auto f = by_first.find(bare_name);
                 f != by_first.end() && (bare.name.size() >= 3 || (bare.name.size() == 2 && bare.name[1] >= 'a' && bare.name[1] <= 'z'))) {
        with = &f->second;
      } else if (auto mid = by_middle.find(bare_name); mid != by_middle.end()) {
        // (named in full first: "Chao and his wife ... His first daughter Rulan Chao Pian"
        // names the father first, then the daughter)
        if (mid->second.size() == 1 && doc_.entities[mid->second[0]].mentions[0].start < bare.mentions[0].start) {
          with = &mid->second;
        }
      } else if (bare.name.size() >= 5) {
        with = misspelt_last(by_last, bare_name);
      }
      // "Recep Tayyip Erdogan ... Erdoğan told supporters": the last name with or without
      // its accents. EXAMPLE: -> one person; "Erdoğan" with "Erdogan" and "Erdogán" named
      // (two people) -> none.
      if (!with && bare_name.size() >= 3) {
        if (!plain_built) {  // (built once, the first time a bare name is not found)
          for (const auto& [l, ks] : by_last) by_plain[unaccented(l)].push_back(&ks);
          plain_built = true;
        }
        const auto p = by_plain.find(unaccented(bare_name));
        if (p != by_plain.end() && p->second.size() == 1) with = p->second[0];
      }
      if (!with || with->size() != 1) continue;
      const std::size_t full = (*with)[0];
      Entity& f = doc_.entities[full];
      f.mentions.insert(f.mentions.end(), bare.mentions.begin(), bare.mentions.end());
      std::stable_sort(f.mentions.begin(), f.mentions.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
      for (int kind = 0; kind < kKinds; ++kind) votes[full][kind] += votes[k][kind];
      gone[k] = true;
    }
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {  // a tie: the first mention's
      int best = first_kind[k];
      for (int kind = 0; kind < kKinds; ++kind) {
        if (votes[k][kind] > votes[k][best]) best = kind;
      }
      doc_.entities[k].type = kKindNames[best];
    }
    if (std::find(gone.begin(), gone.end(), true) == gone.end()) return;
    // the rest in order of first mention, numbered again
    std::vector<Entity> kept;
    for (std::size_t k = 0; k < doc_.entities.size(); ++k) {
      if (!gone[k]) kept.push_back(std::move(doc_.entities[k]));
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Entity& x, const Entity& y) { return x.mentions[0].start < y.mentions[0].start; });
    for (std::size_t k = 0; k < kept.size(); ++k) kept[k].id = "e" + std::to_string(k + 1);
    doc_.entities = std::move(kept);
  }
};

}  // namespace

void find_entities(Document& doc) { EntityFinder(doc).run(); }

}  // namespace nf
