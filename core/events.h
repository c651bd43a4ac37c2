// Stage 13, events: what happened (SPEC events), precision first. Triggers are the words
// of data/event_triggers.txt (with SPEC's type and subtype); the words the rules read
// around them are data/event_cues.txt. Every body sentence outside direct quotations is
// read; a mention is kept only with evidence of its own (an actor, a target, a place, a
// date, a toll) or as a reference back to an event already found ("the attack").
//
//  * actors:     a nationality or name before the trigger ("an Israeli strike" -> Israel),
//                the subject of a light verb ("Israel staged a huge bombing raid") or of a
//                verb trigger ("Hamas was withdrawing from ceasefire talks"), "by X",
//                talks' mediators ("talks mediated by Qatar and Egypt, with U.S. support");
//                "the group" / "it" refer back to the last organisation or country.
//  * targets:    the object of "targeted", "to kill" ("a strike that targeted ... Deif"),
//                a person or group after "on" / "against".
//  * place:      a location in the phrase after the trigger ("a strike on the Al-Mawasi
//                camp", "strikes on different parts of Gaza City"), else (incidents only)
//                one after a preposition in the sentence, its paragraph, the dateline.
//  * date:       a date in the trigger's phrase ("the Oct. 7 attack", "a strike on July
//                13"), else the sentence's nearest date ("Rescuers said yesterday ..."),
//                else (incidents only) the last date mentioned before.
//  * toll:       the casualty record of the sentence (fatalities: the most conservative).
//  * folding:    a mention joins the latest event of its kind unless its date, place or
//                actors differ or it says it is another ("three separate strikes").
#pragma once

#include "document.h"

namespace nf {

// Fills doc.events (after find_quotes and find_casualties).
void find_events(Document& doc);

}  // namespace nf
