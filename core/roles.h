// Stage 10, roles: the titles of people, verbatim, and the organisations and countries
// they tie them to (SPEC entities[].titles, affiliations). A title is a run of role
// words before a name ("Israeli Prime Minister Benjamin Netanyahu", "the group's
// commander Mohammed Deif" -> "commander") or an apposition after one that a role word
// heads ("Rafa Salama, a brigade commander," -> "brigade commander"; "Ismail Haniyeh,
// Hamas's Qatar-based political chief,"). Role words: data/title_words.txt and
// data/title_modifiers.txt. The organisations, places and nationality words inside a
// title are the person's affiliations ("Israeli" -> the entity of Israel).
#pragma once

#include "document.h"

namespace nf {

void find_roles(Document& doc);

}  // namespace nf
