// Stage 8, entities: people, organisations, places (and, from MISC, nothing yet) from
// the statistical tagger (ner.h) over every sentence and the headline; mentions with the
// same text form one entity (name variants, titles and affiliations: issue 5).
#pragma once

#include "document.h"

namespace nf {

void find_entities(Document& doc);

}  // namespace nf
