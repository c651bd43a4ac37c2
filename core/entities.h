// Stage 8, entities: people, organisations, places and groups. The statistical tagger
// (ner.h) runs over the headline and every sentence; then rules, in order: names start
// after "The"; a nationality word and an institution ("Israeli military") is an
// organisation; a country's name is a location; plural nationalities and named groups
// ("Palestinians", "Kurds") are groups; a name used once in the text is that name
// wherever else it appears, and a person's last name stands for the person. Mentions with
// the same text, and a last name after the full name, form one entity (titles and
// affiliations: issue 5).
#pragma once

#include "document.h"

namespace nf {

void find_entities(Document& doc);

}  // namespace nf
