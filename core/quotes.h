// Stage 12, quotes: who said what (SPEC quotes). Quotations are double quotation marks
// paired within a paragraph (one left open runs on into the next paragraph that opens
// with a mark, keeping its speaker). Speech cues are the verbs of data/speech_verbs.txt
// and "according to"; a cue's speaker is its subject ("A Hamas official said", with a
// relative clause skipped: "Another senior official from ..., which ..., said") or, after
// a quotation or a comma, the name after it ("..., said Lazzarini"). Each quotation takes
// the nearest cue of the sentences it touches; quoted words with no cue that are not a
// whole paragraph are not speech ("safe" zones). Each subject cue's clause is reported
// speech (kind indirect). The speaker is an entity when the phrase names one (a person
// first; "the military" -> "Israeli military"; "he" -> the last person); an unnamed
// source ("a Hamas official") keeps only its words. A quotation paragraph with no cue takes
// the cue of the paragraph before (an introduction, its last sentence's cue, or the speaker
// of the quotation it ended with); a quotation that runs on resumes after a pasted caption;
// a pull quote signed by a name ('"..." - Matthew Ingram', 'John Smith: "..."') is that
// name's, with no cue; a passive speech verb with no agent ("she was told to ...") reports
// with no source. Cue words by role are data (data/quote_cues.txt: several-word cues,
// "according to"-like phrases, verbs only next to a quotation, statement verbs).
#pragma once

#include "document.h"

namespace nf {

void find_quotes(Document& doc);

}  // namespace nf
