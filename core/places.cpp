#include "places.h"

#include <algorithm>
#include <cmath>
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
  int size = 0;     // a name with several readings: the digits of the population less one (r 8, n 9)
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
// (a name with a comma is looked up without it when it is not known with it); "Fallujah"
// -> "al fallujah" (a one-word name not known alone, with an Arabic article)
std::vector<Candidate> candidates(std::string_view name, bool* guessed = nullptr) {
  std::vector<Candidate> out;
  if (guessed) *guessed = false;
  std::string key = geo_key(name);
  // a press name first ("Holland": the Netherlands, not the US town; data/place_press_names.txt)
  const int press = kPlacePressNames.find(key);
  if (press >= 0) key = std::string(kPlacePressNames.canonical(press));
  int i = kGazGeo.find(key);
  if (i < 0 && key.find(',') != std::string::npos) {
    key.erase(std::remove(key.begin(), key.end(), ','), key.end());
    i = kGazGeo.find(key);
  }
  // "Fallujah", "Hillah": the press drops the Arabic article GeoNames writes ("Al Fallujah")
  for (const char* article : {"al ", "an ", "ar ", "as ", "ad ", "ash ", "az ", "at "}) {
    if (i >= 0 || key.find(' ') != std::string::npos) break;
    i = kGazGeo.find(article + key);
    if (i >= 0 && guessed) *guessed = true;
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
    const std::size_t c4 = one.find(',', c3 + 1);
    if (c4 != std::string::npos) c.size = std::atoi(one.c_str() + c4 + 1);
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
  // (the largest reading first, past a municipality of data/municipal_region_countries.txt:
  // "Siesta Key, Florida" -> US)
  std::size_t first = 0;
  while (first + 1 < cands.size() && cands[first].kind == 'r' && kMunicipalRegionCountries.contains(cands[first].country)) {
    ++first;
  }
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const auto it = context.find(cands[k].country);
    const double sc = (it == context.end() ? 0 : it->second) + (k == first ? 0.5 : 0);
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

// The reading of an ambiguous name the article supports: the article's weight for its
// country, in bits (log2(1 + weight)), against the reading's size, 2 bits a digit of
// population (a region counts as a city of a million, a country as one of three million):
// a US town called Paris needs about 16 times the weight France has in the article to be
// the Paris meant. A country's name is the country, never a town of the same name; the
// comma pair's country ("Paris, Texas") wins whatever the sizes; the largest on a tie.
// EXAMPLE: "Paris" in an article about the US -> FR; "Tripoli" in an article about Lebanon
//          -> LB; "Iraq" in an article about Iran -> IQ (not Iran's town); "Georgia" among
//          US states -> the US state, among Caucasus countries -> the country.
// "Kharkiv": a region and its city of the same name, the city unless a mention is followed
// by a region noun ("the Kharkiv region"); a region reads as its city's size there.
// "Washington": the region's large namesake city in its country (D.C.); not a small one
// ("Oregon" stays the state, not Oregon, Ohio).
std::size_t best_reading(const std::vector<Candidate>& cands, const std::map<std::string, double>& context,
                         const std::string& shared, bool region_named) {
  const auto near = [](const Candidate& a, const Candidate& b) {
    return std::abs(a.lat - b.lat) < 0.5 && std::abs(a.lon - b.lon) < 0.5;
  };
  const auto size = [&](const Candidate& c) {
    double sz = c.kind == 'n' ? 6.5 : c.kind == 'r' ? 6 : c.size;
    // (a municipality of data/municipal_region_countries.txt counts as a town: EXAMPLE:
    // "Nelson spoke in Florida." -> US, not Puerto Rico's municipio of the same name)
    if (c.kind == 'r' && kMunicipalRegionCountries.contains(c.country)) sz = 4;
    if (c.kind == 'r') {  // the region of a city of the same name: the city's size
      for (const Candidate& o : cands) {
        if (o.kind == 'c' && o.country == c.country && near(o, c)) sz = std::min<double>(sz, o.size);
      }
    }
    return sz;
  };
  const bool country_named = std::any_of(cands.begin(), cands.end(), [](const Candidate& c) { return c.kind == 'n'; });
  std::size_t best = 0;
  double best_score = -1e9;
  for (std::size_t k = 0; k < cands.size(); ++k) {
    const Candidate& c = cands[k];
    // (a city of the comma pair's country only when that country has no reading of its own:
    // "Mexico" in "Mérida, Mexico" is the country, not Mexico City)
    if (country_named && c.kind == 'c' &&
        (c.country != shared || std::any_of(cands.begin(), cands.end(), [&](const Candidate& o) {
           return o.kind == 'n' && o.country == shared;
         })))
      continue;
    const auto it = context.find(c.country);
    const double weight = it == context.end() ? 0 : it->second;
    const double s = std::log2(1 + weight) + 2 * size(c) + (k == 0 ? 0.01 : 0) + (c.country == shared ? 1000 : 0);
    if (s > best_score) { best_score = s; best = k; }
  }
  if (cands[best].kind == 'r' && !region_named) {
    for (std::size_t k = 0; k < cands.size(); ++k) {
      const Candidate& o = cands[k];
      if (o.kind == 'c' && o.country == cands[best].country && (near(o, cands[best]) || o.size >= 5)) return k;
    }
  }
  return best;
}

}  // namespace

void link_places(Document& doc) {
  // The countries the article is about, weighted: countries named, places with a single
  // reading, nationality words and groups, and the dateline (five times).
  std::map<std::string, double> context;
  std::vector<std::vector<Candidate>> cands(doc.entities.size());
  // Continents, oceans and regions across countries (data/world_regions.txt) get no place.
  std::vector<bool> world(doc.entities.size(), false);
  std::vector<bool> ambiguous(doc.entities.size(), false);  // readings in two countries, not counted
  std::vector<std::size_t> guessed_at;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& ent = doc.entities[e];
    if (ent.type == "group" && !ent.country.empty()) context[ent.country] += static_cast<double>(ent.mentions.size());
    if (ent.type != "location") continue;
    std::string_view name = ent.name;
    if (name.size() > 4 && (name.substr(0, 4) == "the " || name.substr(0, 4) == "The ")) name.remove_prefix(4);
    if (kWorldRegions.contains(name)) {
      world[e] = true;
      continue;
    }
    bool guessed = false;
    cands[e] = candidates(ent.name, &guessed);
    for (std::size_t m = 0; cands[e].empty() && m < ent.mentions.size(); ++m) {
      cands[e] = candidates(doc.slice(ent.mentions[m]), &guessed);
    }
    if (guessed) guessed_at.push_back(e);  // weighed when the article's countries are known
    if (cands[e].empty() || guessed) continue;
    // one country for all readings, or a country's name that no region shares ("Iraq", also
    // a town in Iran; not "Georgia", also a US state: the article decides that one); the
    // others are read again in a second round below
    bool one_country = true, region = false;
    for (const Candidate& c : cands[e]) {
      one_country = one_country && c.country == cands[e][0].country;
      region = region || (c.kind == 'r' && c.country != cands[e][0].country);
    }
    if (one_country || (cands[e][0].kind == 'n' && !region))
      context[cands[e][0].country] += static_cast<double>(ent.mentions.size());
    else
      ambiguous[e] = true;
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
  // A name found only with an Arabic article ("Fallujah" as "Al Fallujah") counts when the
  // article has weight for its country ("Taj" is no Libyan town in an article on India).
  for (const std::size_t e : guessed_at) {
    const auto it = context.find(cands[e][0].country);
    if (it == context.end() || it->second <= 0) cands[e].clear();
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

  // Two rounds: first by the weights above; then each ambiguous name again, with the
  // countries the other ambiguous names were read in added ("Valencia" among "Madrid",
  // "Seville" and "Barcelona", each of which has namesakes elsewhere, is Spain's).
  // EXAMPLE: "Madrid, Seville, Barcelona, Valencia" -> all ES (Valencia, Venezuela is
  //          larger than Valencia, Spain).
  std::vector<std::size_t> pick(doc.entities.size(), 0);
  std::vector<bool> region_named(doc.entities.size(), false);
  std::map<std::string, double> located = context;  // context with the ambiguous names read
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != "location" || cands[e].empty()) continue;
    region_named[e] = place_noun_after(doc, doc.entities[e]) == "region";
    pick[e] = best_reading(cands[e], context, shared[e], region_named[e]);
    if (ambiguous[e]) located[cands[e][pick[e]].country] += static_cast<double>(doc.entities[e].mentions.size());
  }
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& ent = doc.entities[e];
    if (ent.type != "location" || cands[e].empty()) continue;
    if (ambiguous[e]) {
      std::map<std::string, double> others = located;  // without its own first reading
      others[cands[e][pick[e]].country] -= static_cast<double>(ent.mentions.size());
      pick[e] = best_reading(cands[e], others, shared[e], region_named[e]);
    }
    const Candidate& c = cands[e][pick[e]];
    ent.has_place = true;
    ent.place.country = c.country;
    ent.place.kind = kind_name(c.kind);
    ent.place.lat = c.lat;
    ent.place.lon = c.lon;
    ent.place.has_coordinates = true;
    ent.place.precision = ent.place.kind;
  }
  // The article's main country for the places below: the places located (each mention),
  // nationality words and the dateline.
  {
    double most = 0;
    for (const auto& [cc, w] : located) {
      if (w > most) { most = w; top = cc; }
    }
  }
  // Not in the gazetteers ("Al-Mawasi"): the kind from a place noun after a mention
  // ("the Al-Mawasi camp"), the country of the place it is said to be in ("Flag Land Base
  // in Clearwater", "Al-Mawasi, Gaza"), else the article's.
  // EXAMPLE: "kept at Flag Land Base in Clearwater, Florida" -> Flag Land Base US, not the
  //          article's Australia.
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& ent = doc.entities[e];
    if (ent.type != "location" || !cands[e].empty() || world[e]) continue;
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
    bool settled = in.score >= 0;
    if (settled) country = in.country;
    // "Nizhny Novgorod Stadium", "Volgograd Arena": the longest known place its name starts
    // with, its reading the article supports most.
    // EXAMPLE: "at the Nizhny Novgorod Stadium" in an article about Belgium and Sweden -> RU;
    //          "Flag Land Base" (no known start) keeps the rules below; "Metro Toronto Convention
    //          Centre" is not Indonesia's (one word, an unsupported reading).
    for (std::size_t cut = in.score >= 0 ? std::string::npos : ent.name.rfind(' ');
         cut != std::string::npos && cut > 0; cut = ent.name.rfind(' ', cut - 1)) {
      const std::string_view prefix = std::string_view(ent.name).substr(0, cut);
      const Reading start = supported(candidates(prefix), context);
      if (start.score < 0) continue;
      // one word the article gives no support ("Metro" of "Metro Toronto Convention Centre"
      // is a town in Indonesia): not enough
      if (prefix.find(' ') != std::string_view::npos || start.score > 0.5) {
        country = start.country;
        settled = true;
      }
      break;
    }
    // "the Metro Toronto Convention Centre" when the article names Toronto: a located place
    // of the article written inside its name, as whole words, and nothing before settled it
    // EXAMPLE: "Metro Toronto Convention Centre" with "in Toronto" in an article that also
    //          names the US -> CA
    if (!settled) {
      for (const Entity& other : doc.entities) {
        if (&other == &ent || other.type != "location" || !other.has_place || other.place.country.empty()) continue;
        const std::size_t at = ent.name.find(other.name);
        if (at == std::string::npos || other.name.size() >= ent.name.size()) continue;
        const std::size_t after = at + other.name.size();
        const bool whole = (at == 0 || ent.name[at - 1] == ' ') && (after == ent.name.size() || ent.name[after] == ' ');
        if (!whole) continue;
        country = other.place.country;
        break;
      }
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

bool gazetteer_point(std::string_view name, std::string_view country, std::string_view kind, double& lat, double& lon) {
  const char want = kind == "country" ? 'n' : kind == "region" ? 'r' : 'c';
  for (const Candidate& c : candidates(name)) {
    if (c.country == country && c.kind == want) {
      lat = c.lat;
      lon = c.lon;
      return true;
    }
  }
  return false;
}

}  // namespace nf
