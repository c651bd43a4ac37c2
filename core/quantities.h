// Stage 10, quantities: numbers with their qualifier and unit, in the headline and every
// sentence, outside time expressions (times are found first).
//
//  * digits with separators and decimals, glued or separate scales:
//        EXAMPLE: "21,110", "5.4", "2.5 million", "$5m", "40%"
//  * words and compounds (data/number_words.txt, number_scales.txt, fractions.txt,
//    ordinals.txt):  EXAMPLE: "ninety-two", "a dozen", "one-and-a-half", "more than half"
//  * ranges:         EXAMPLE: "8-10", "between 20 and 30"
//  * qualifiers (data/quantity_qualifiers.txt):  EXAMPLE: "at least 92", "nearly 300"
//  * vague counts with ACLED's conservative values, qualified "about"
//    (data/quantity_vague.txt):  EXAMPLE: "dozens" -> 12, "tens of thousands" -> 10000
//  * units (data/quantity_units.txt; people nouns in data/quantity_people.txt give
//    "person"):     EXAMPLE: "92 people", "14-square-kilometre", "300 wounded"
//  * a quantity restated in other units in brackets is one quantity:
//                    EXAMPLE: "14-square-kilometre (5.4-square-mile)"
#pragma once

#include "document.h"

namespace nf {

// Fills doc.quantities (after find_times).
void find_quantities(Document& doc);

}  // namespace nf
