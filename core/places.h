// Stage 9, places: every location entity gets where it is (SPEC entities[].place): the
// gazetteer reading (data/gaz_geo.txt: GeoNames cities, regions, countries) that the
// article's countries support (countries named, places with one reading, nationality
// words, the dateline), the largest place on a tie ("Rafah" in a Gaza story is in
// Gaza; "Tripoli" beside "Lebanon" in Lebanon). A place the gazetteers lack keeps its
// kind from a place noun ("the Al-Mawasi camp": a site) and the article's main country.
#pragma once

#include "document.h"

namespace nf {

void link_places(Document& doc);

// The gazetteer's point for a place of this name, country and kind ("country", "region",
// "city"), for a place entity a later stage makes (events: "the Spanish general election"
// names Spain); false when the gazetteer has no such reading.
bool gazetteer_point(std::string_view name, std::string_view country, std::string_view kind, double& lat, double& lon);

}  // namespace nf
