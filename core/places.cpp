#include "places.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "lexicon.h"

namespace nf {

namespace {

struct Candidate {
  std::string country;
  char kind = 'c';  // c city, r region, n country (data/gaz_geo.txt)
  double lat = 0, lon = 0;
};

// The form gaz_geo.txt is keyed by: ASCII lower case, hyphens as spaces, one space
// between words, curly apostrophes straight, a leading "the" dropped.
// Latin-1 letters (U+00C0..U+00FF) without their accents, as gen_gazetteers.py folds
// (Unicode NFKD, marks dropped); '#': a letter with no decomposition (æ, ø, ß, ...),
// kept, in lower case.
constexpr char kLatin1Fold[] = "aaaaaa#ceeeeiiii#nooooo##uuuuy##" "aaaaaa#ceeeeiiii#nooooo##uuuuy#y";

std::string geo_key(std::string_view name) {
  std::string k;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '\xC3' && i + 1 < name.size()) {  // "Brasília" -> "brasilia"
      const unsigned char n = static_cast<unsigned char>(name[i + 1]);
      if (n >= 0x80 && n <= 0xBF) {
        const char f = kLatin1Fold[n - 0x80];
        ++i;
        if (f == '#') {
          k += '\xC3';
          k += static_cast<char>(n < 0xA0 && n != 0x97 && n != 0x9F ? n + 0x20 : n);  // Æ -> æ
          continue;
        }
        c = f;
      }
    }
    if (c == '-' || c == ' ') c = ' ';
    else if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '\xE2' && name.substr(i, 3) == "\xE2\x80\x99") {
      c = '\'';
      i += 2;
    }
    if (c == ' ' && (k.empty() || k.back() == ' ')) continue;
    k += c;
  }
  while (!k.empty() && k.back() == ' ') k.pop_back();
  if (k.rfind("the ", 0) == 0) k.erase(0, 4);
  return k;
}

// "PS,c,31.30,34.24;EG,c,31.28,34.24" -> candidates, largest first.
// EXAMPLE: "Rafah" -> PS and EG cities; "Washington, D.C." -> the key "washington d.c."
// (a name with a comma is looked up without it when it is not known with it)
std::vector<Candidate> candidates(std::string_view name) {
  std::vector<Candidate> out;
  std::string key = geo_key(name);
  int i = kGazGeo.find(key);
  if (i < 0 && key.find(',') != std::string::npos) {
    key.erase(std::remove(key.begin(), key.end(), ','), key.end());
    i = kGazGeo.find(key);
  }
  if (i < 0) return out;
  const std::string_view all = kGazGeo.canonical(i);
  for (std::size_t at = 0; at < all.size();) {
    std::size_t end = all.find(';', at);
    if (end == std::string_view::npos) end = all.size();
    const std::string one(all.substr(at, end - at));
    at = end + 1;
    const std::size_t c1 = one.find(','), c2 = one.find(',', c1 + 1), c3 = one.find(',', c2 + 1);
    if (c1 == std::string::npos || c2 == std::string::npos || c3 == std::string::npos) continue;
    Candidate c;
    c.country = one.substr(0, c1);
    c.kind = one[c1 + 1];
    c.lat = std::strtod(one.c_str() + c2 + 1, nullptr);
    c.lon = std::strtod(one.c_str() + c3 + 1, nullptr);
    out.push_back(std::move(c));
  }
  return out;
}

// The reading of a place name the article supports most: its country's weight in the
// article, the gazetteer's first (largest) reading 0.5 more; score -1 when there is none.
struct Reading {
  std::string country;
  double score = -1;
};
Reading supported(const std::vector<Candidate>& cands, const std::map<std::string, double>& context) {
  Reading best;
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const auto it = context.find(cands[k].country);
    const double sc = (it == context.end() ? 0 : it->second) + (k == 0 ? 0.5 : 0);
    if (sc > best.score) best = {cands[k].country, sc};
  }
  return best;
}

// The kind of place a noun after one of the entity's mentions makes it ("the Al-Mawasi
// camp": site, "the Donetsk region": region; data/location_heads.txt), or empty.
std::string_view place_noun_after(const Document& doc, const Entity& ent) {
  for (const Span& m : ent.mentions) {
    const std::size_t t = doc.token_at(m.end);
    if (t >= doc.tokens.size()) continue;
    std::string phrase(doc.vslice(doc.tokens[t].span));
    int h = kLocationHeads.find(phrase);
    if (h < 0 && t + 1 < doc.tokens.size()) {
      phrase.append(" ").append(doc.vslice(doc.tokens[t + 1].span));
      h = kLocationHeads.find(phrase);
    }
    if (h >= 0) return kLocationHeads.canonical(h);
  }
  return {};
}

const char* kind_name(char k) { return k == 'n' ? "country" : k == 'r' ? "region" : "city"; }

// Location entities written next to each other: "Clearwater, Florida", "the coast of Aceh,
// Indonesia" (a place, a comma, the larger place) and "Flag Land Base in Clearwater" (a
// place in another). For each location, the locations written right after one of its
// mentions, as (entity, joined by a comma) pairs. Linear: one pass over the mentions.
std::vector<std::vector<std::pair<std::size_t, bool>>> next_places(const Document& doc) {
  std::vector<std::vector<std::pair<std::size_t, bool>>> out(doc.entities.size());
  const std::vector<int> owner = doc.token_entities();
  std::vector<bool> starts(doc.tokens.size() + 1, false);  // a mention starts at the token
  for (const Entity& ent : doc.entities) {
    for (const Span& m : ent.mentions) starts[doc.token_at(m.start)] = true;
  }
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != "location") continue;
    for (const Span& m : doc.entities[e].mentions) {
      const uint32_t t = doc.token_at(m.end);
      if (t + 1 >= doc.tokens.size()) continue;
      const std::string_view w = doc.vslice(doc.tokens[t].span);
      if (w != "," && w != "in") continue;
      const int o = owner[t + 1];
      if (o < 0 || static_cast<std::size_t>(o) == e || doc.entities[static_cast<std::size_t>(o)].type != "location") {
        continue;
      }
      // the next entity's mention starts right there
      if (starts[t + 1]) out[e].emplace_back(static_cast<std::size_t>(o), w == ",");
    }
  }
  return out;
}

}  // namespace

void link_places(Document& doc) {
  // The countries the article is about, weighted: countries named, places with a single
  // reading, nationality words and groups, and the dateline (five times).
  std::map<std::string, double> context;
  std::vector<std::vector<Candidate>> cands(doc.entities.size());
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& ent = doc.entities[e];
    if (ent.type == "group" && !ent.country.empty()) context[ent.country] += static_cast<double>(ent.mentions.size());
    if (ent.type != "location") continue;
    cands[e] = candidates(ent.name);
    for (std::size_t m = 0; cands[e].empty() && m < ent.mentions.size(); ++m) {
      cands[e] = candidates(doc.slice(ent.mentions[m]));
    }
    if (cands[e].empty()) continue;
    bool one_country = true;
    for (const Candidate& c : cands[e]) one_country = one_country && c.country == cands[e][0].country;
    if (one_country) context[cands[e][0].country] += static_cast<double>(ent.mentions.size());
  }
  for (const Token& t : doc.tokens) {
    if (t.kind != TokenKind::Word) continue;
    const std::string_view w = doc.vslice(t.span);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') continue;
    const int d = kGazDemonyms.find(w);
    if (d >= 0) context[std::string(kGazDemonyms.canonical(d))] += 0.5;
  }
  if (doc.article.has_dateline && !doc.article.dateline.place.empty()) {
    const std::vector<Candidate> dc = candidates(doc.slice(doc.article.dateline.place));
    if (!dc.empty()) context[dc[0].country] += 5;
  }
  std::string top;
  for (const auto& [cc, w] : context) {
    if (top.empty() || w > context[top]) top = cc;
  }
  // "Clearwater, Florida": the readings of a place and of the larger place after its
  // comma that share a country are the ones meant (Florida of the US, not of Puerto Rico).
  // EXAMPLE: "Flag Land Base in Clearwater, Florida" -> Florida US; "Sydney, Nova Scotia" ->
  //          Sydney CA. Not "Paris, Texas" when no reading of Paris is in the US: unchanged.
  const auto next = next_places(doc);
  std::vector<std::string> shared(doc.entities.size());  // the country a comma pair agrees on
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    for (const auto& [o, comma] : next[e]) {
      if (!comma || cands[e].empty() || cands[o].empty()) continue;
      for (const Candidate& a : cands[e]) {
        const bool both = std::any_of(cands[o].begin(), cands[o].end(),
                                      [&](const Candidate& b) { return b.country == a.country; });
        if (both) {
          if (shared[e].empty()) shared[e] = a.country;
          if (shared[o].empty()) shared[o] = a.country;
          break;
        }
      }
    }
  }

  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& ent = doc.entities[e];
    if (ent.type != "location") continue;
    if (!cands[e].empty()) {
      // The reading the context supports most; the largest place on a tie.
      std::size_t best = 0;
      double best_score = -1;
      for (std::size_t k = 0; k < cands[e].size(); ++k) {
        const auto it = context.find(cands[e][k].country);
        const double s = (it == context.end() ? 0 : it->second) + (k == 0 ? 0.5 : 0) +
                         (cands[e][k].country == shared[e] ? 1000 : 0);
        if (s > best_score) { best_score = s; best = k; }
      }
      // "Kharkiv": a region and its city of the same name; the city unless a mention is
      // followed by a region noun ("the Kharkiv region", "Donetsk province").
      if (cands[e][best].kind == 'r') {
        const bool region_named = place_noun_after(doc, ent) == "region";
        for (std::size_t k = 0; k < cands[e].size() && !region_named; ++k) {
          if (cands[e][k].kind == 'c' && cands[e][k].country == cands[e][best].country) {
            best = k;
            break;
          }
        }
      }
      const Candidate& c = cands[e][best];
      ent.has_place = true;
      ent.place.country = c.country;
      ent.place.kind = kind_name(c.kind);
      ent.place.lat = c.lat;
      ent.place.lon = c.lon;
      ent.place.has_coordinates = true;
      ent.place.precision = ent.place.kind;
    }
  }
  // Not in the gazetteers ("Al-Mawasi"): the kind from a place noun after a mention
  // ("the Al-Mawasi camp"), the country of the place it is said to be in ("Flag Land Base
  // in Clearwater", "Al-Mawasi, Gaza"), else the article's.
  // EXAMPLE: "kept at Flag Land Base in Clearwater, Florida" -> Flag Land Base US, not the
  //          article's Australia.
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& ent = doc.entities[e];
    if (ent.type != "location" || !cands[e].empty()) continue;
    const std::string_view kind = place_noun_after(doc, ent);
    std::string country = top;
    // "Woodbridge, Virginia", "Kafr Nabl, Idlib": a place written with the region or
    // country it is in, which the gazetteer knows: that one's country, the reading the
    // article supports most.
    // EXAMPLE: "Woodbridge, Virginia" in an article about Syria -> US
    const std::size_t comma = ent.name.rfind(", ");
    const Reading in = comma == std::string::npos
                           ? Reading{}
                           : supported(candidates(std::string_view(ent.name).substr(comma + 2)), context);
    if (in.score >= 0) country = in.country;
    // "Nizhny Novgorod Stadium", "Volgograd Arena": the longest known place its name starts
    // with, its reading the article supports most.
    // EXAMPLE: "at the Nizhny Novgorod Stadium" in an article about Belgium and Sweden -> RU;
    //          "Flag Land Base" (no known start) keeps the rule below; "Metro Toronto Convention
    //          Centre" in a Canadian article stays CA (one word, an unsupported reading).
    for (std::size_t cut = in.score >= 0 ? std::string::npos : ent.name.rfind(' ');
         cut != std::string::npos && cut > 0; cut = ent.name.rfind(' ', cut - 1)) {
      const std::string_view prefix = std::string_view(ent.name).substr(0, cut);
      const Reading start = supported(candidates(prefix), context);
      if (start.score < 0) continue;
      // one word the article gives no support ("Metro" of "Metro Toronto Convention Centre"
      // is a town in Indonesia): not enough
      if (prefix.find(' ') != std::string_view::npos || start.score > 0.5) country = start.country;
      break;
    }
    for (const auto& [o, comma] : next[e]) {
      const Entity& in = doc.entities[o];
      if (in.has_place && !in.place.country.empty()) {
        country = in.place.country;
        break;
      }
    }
    if (country.empty()) continue;
    ent.has_place = true;
    ent.place.country = country;
    ent.place.kind = kind.empty() ? "unknown" : std::string(kind);
    ent.place.precision = "country";
  }
}

}  // namespace nf
