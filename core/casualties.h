// Stage 11, casualties: who was killed, wounded, missing, kidnapped, arrested or
// displaced, and how many, from the quantities of each sentence and the cue words of
// data/casualty_cues.txt. ACLED's conservative rules: a figure is never invented ("no
// casualties" is 0; "dozens" is 12, about); parts ("including 16 children") are attached
// to their total, never added to it; a war's running toll is marked cumulative.
//
//  * count, cue:   EXAMPLE: "at least 92 people had been killed", "300 wounded"
//  * cue, count:   EXAMPLE: "the attack killed 16 soldiers", "the death toll rose to 38,000"
//  * partial:      EXAMPLE: "including 16 children", "more than half of them women and children"
//  * zero:         EXAMPLE: "there were no casualties", "no one was hurt"
//  * hedges (data/casualty_hedges.txt):  EXAMPLE: "the toll could rise"
// Each record gets the sentence's date (else the latest date mentioned before it), the
// place and the source as written (location_text, source_text: entity ids come with the
// entity stage), and the sentence as evidence.
#pragma once

#include "document.h"

namespace nf {

// Fills doc.casualties (after find_times and find_quantities).
void find_casualties(Document& doc);

}  // namespace nf
