// Stage 12, quotes: quotations and reported speech with their speakers.
#include "test_util.h"

using nft::json;

namespace {

// "kind|text|speaker_text|cue" of every quote.
std::vector<std::string> quotes_of(const std::string& text) {
  const json r = nft::run("x\n\n" + text);
  std::vector<std::string> out;
  for (const auto& q : r["quotes"]) {
    out.push_back(q["kind"].get<std::string>() + "|" + q["text"].get<std::string>() + "|" +
                  (q["speaker_text"].is_null() ? "-" : q["speaker_text"].get<std::string>()) + "|" +
                  (q["cue"].is_null() ? "-" : q["cue"].get<std::string>()));
  }
  return out;
}

std::string speaker_name(const json& r, const json& q) { return nft::entity_name(r, q["speaker"]); }

}  // namespace

TEST_CASE("a sign-off after the quotation, a name after the verb, and the medium") {
  const json r = nft::run(
      "x\n\n\u201CThe claim that people in Gaza can move to 'safe' zones is false,\u201D said Philippe "
      "Lazzarini on social media site X.");
  REQUIRE(r["quotes"].size() == 1);
  const json& q = r["quotes"][0];
  CHECK(q["kind"] == "direct");
  CHECK(q["text"] == "The claim that people in Gaza can move to 'safe' zones is false");
  CHECK(q["speaker_text"] == "Philippe Lazzarini");
  CHECK(speaker_name(r, q) == "Philippe Lazzarini");
  CHECK(q["cue"] == "said");
  CHECK(q["medium"] == "social media site X");
}

TEST_CASE("reported speech: the subject, its time words and 'that' skipped, a relative clause skipped") {
  CHECK(quotes_of("A Hamas official said Sunday that the group is pulling out of the talks.") ==
        std::vector<std::string>{"indirect|the group is pulling out of the talks|A Hamas official|said"});
  CHECK(quotes_of("Another senior official from the group, which has been fighting a war with Israel, "
                  "said Hamas was withdrawing from the talks.") ==
        std::vector<std::string>{
            "indirect|Hamas was withdrawing from the talks|Another senior official from the group|said"});
  // a clause after a comma ends at the next comma
  CHECK(quotes_of("Al-Mawasi, where the Health Ministry said dozens had been killed, had been declared safe.") ==
        std::vector<std::string>{"indirect|dozens had been killed|the Health Ministry|said"});
}

TEST_CASE("an unnamed source keeps its words; a named one points to its entity") {
  const json r = nft::run(
      "x\n\nThe Health Ministry in the Hamas-run Gaza Strip said at least 92 people had been killed. "
      "A Hamas official said the group would not return.");
  REQUIRE(r["quotes"].size() == 2);
  CHECK(speaker_name(r, r["quotes"][0]) == "Health Ministry");
  CHECK(r["quotes"][1]["speaker_text"] == "A Hamas official");
  // the unnamed source is an entity of its own, tied to Hamas, and not Hamas itself
  const json src = nft::entity_by_id(r, r["quotes"][1]["speaker"]);
  REQUIRE(src != nullptr);
  CHECK(src["unnamed"] == true);
  CHECK(src["type"] == "person");
  CHECK(src["name"] == "Hamas official");
  REQUIRE(src["affiliations"].size() == 1);
  CHECK(nft::entity_by_id(r, src["affiliations"][0])["name"] == "Hamas");
}

TEST_CASE("unnamed sources: 'the official' is the one named before, 'another' a new one, plurals a group") {
  const json r = nft::run(
      "x\n\nA Hamas official said the group would leave the talks. \u201CWe are leaving,\u201D the official said. "
      "Another Hamas official said nothing had been decided. Witnesses said the strike hit a school. "
      "The Israeli military said it was reviewing the strike.");
  std::vector<std::string> speakers;
  for (const auto& q : r["quotes"]) speakers.push_back(q["speaker"].is_null() ? "-" : q["speaker"].get<std::string>());
  REQUIRE(r["quotes"].size() == 5);
  CHECK(speakers[0] == speakers[1]);  // "A Hamas official" ... "the official"
  CHECK(speakers[2] != speakers[0]);  // "Another Hamas official"
  const json w = nft::entity_by_id(r, r["quotes"][3]["speaker"]);
  REQUIRE(w != nullptr);
  CHECK(w["type"] == "group");
  CHECK(w["unnamed"] == true);
  const json m = nft::entity_by_id(r, r["quotes"][4]["speaker"]);  // a named organisation stays itself
  REQUIRE(m != nullptr);
  CHECK_FALSE(m.contains("unnamed"));
  const json first = nft::entity_by_id(r, r["quotes"][0]["speaker"]);
  REQUIRE(first != nullptr);
  CHECK(first["mentions"].size() == 2);
}

TEST_CASE("partial quotations take the sentence's cue; quoted words with no cue are not speech") {
  const json r = nft::run(
      "x\n\nIsraeli Prime Minister Benjamin Netanyahu said there was \u201Cno certainty\u201D either man had "
      "been killed. The area had been declared a \u201Csafe\u201D zone by the army.");
  bool certainty = false;
  for (const auto& q : r["quotes"]) {
    CHECK(q["text"] != "safe");
    if (q["text"] == "no certainty") {
      certainty = true;
      CHECK(q["kind"] == "partial");
      CHECK(speaker_name(r, q) == "Benjamin Netanyahu");
    }
  }
  CHECK(certainty);
}

TEST_CASE("a quotation that runs over paragraphs keeps its speaker; a colon introduction") {
  const json r = nft::run(
      "x\n\nThe minister said: \u201CWe will rebuild every home in the north.\n\n"
      "\u201CAnd we will do it before the winter comes, whatever it costs us.\u201D\n\n"
      "Residents were not convinced by the promise at all.");
  REQUIRE(r["quotes"].size() >= 2);
  CHECK(r["quotes"][0]["text"] == "We will rebuild every home in the north.");
  CHECK(r["quotes"][0]["speaker_text"] == "The minister");
  CHECK(r["quotes"][1]["text"] == "And we will do it before the winter comes, whatever it costs us.");
  CHECK(r["quotes"][1]["speaker_text"] == "The minister");
}

TEST_CASE("'according to', 'told', a pronoun speaker, and no speech in a passive or a relative clause") {
  const json r = nft::run(
      "x\n\nJohn Smith arrived on Monday. He told AFP the talks had failed. The strike, which officials "
      "said was aimed at a commander, was \u201Cfine\u201D according to another Hamas figure. The zone was "
      "declared safe.");
  bool told = false, fine = false;
  for (const auto& q : r["quotes"]) {
    if (q["cue"] == "told") {
      told = true;
      CHECK(q["text"] == "the talks had failed");
      CHECK(q["medium"] == "AFP");
      CHECK(speaker_name(r, q) == "John Smith");
    }
    if (q["text"] == "fine") {
      fine = true;
      CHECK(q["speaker_text"] == "another Hamas figure");
      CHECK(q["cue"] == "according to");
    }
    CHECK(q["cue"] != "declared");
  }
  CHECK(told);
  CHECK(fine);
}

TEST_CASE("a sign-off with the subject first reports the quotation, not the rest of its clause") {
  CHECK(quotes_of("\u201CWe will need years, not months, to rebuild,\u201D Ribeiro told reporters in Porto "
                  "Alegre late on Friday.") ==
        std::vector<std::string>{"direct|We will need years, not months, to rebuild|Ribeiro|told"});
}

TEST_CASE("reported content stops where a clause with its own subject begins") {
  // (the clause after it is the military's own denial)
  CHECK(quotes_of("The ministry said the strike hit a school in the north, and the military has denied any role.") ==
        std::vector<std::string>{"indirect|the strike hit a school in the north|The ministry|said",
                                 "indirect|any role|the military|denied"});
  const json k = nft::run("x\n\nThe ministry said the strike hit a school, a clinic and a bakery.");
  REQUIRE(k["quotes"].size() == 1);
  CHECK(k["quotes"][0]["text"] == "the strike hit a school, a clinic and a bakery");
}

TEST_CASE("'according to' reports the clause on the other side of its comma") {
  CHECK(quotes_of("Two men fled the scene on foot, according to police.") ==
        std::vector<std::string>{"indirect|Two men fled the scene on foot|police|according to"});
  CHECK(quotes_of("According to the agency, the storm killed 107 people.") ==
        std::vector<std::string>{"indirect|the storm killed 107 people|the agency|according to"});
  // inside a clause ("which, according to AFP, ...") the clause before is not the content
  CHECK(quotes_of("The boats, which according to AFP, were turned away, sank.").empty());
}

TEST_CASE("a thought or finding verb reports only a clause; a determiner makes a speech verb an adjective") {
  CHECK(quotes_of("A recent poll found only a quarter of citizens favoured changing the flag.") ==
        std::vector<std::string>{"indirect|only a quarter of citizens favoured changing the flag|A recent poll|found"});
  CHECK(quotes_of("Rescuers found the bodies of two children in the rubble.").empty());
  CHECK(quotes_of("NASA tweeted support of Ahmed Mohamed via its account.").empty());
  CHECK(quotes_of("The government plans two votes at an estimated cost of NZ$26 million this year.").empty());
}

TEST_CASE("a subject after an apposition and an auxiliary; a comma ends the subject's words") {
  // (session 26: "Valeska Paris" of this case before is a name the tagger read as a place once
  // it was trained without the held-out documents; "Jennifer Paris" tests the same shape)
  CHECK(quotes_of("Jennifer Paris, a former Scientologist, has claimed that the church imprisoned her.") ==
        std::vector<std::string>{"indirect|the church imprisoned her|Jennifer Paris|claimed"});
  CHECK(quotes_of("According to the Herald, Professor John Burrows, the chairman of the panel, said the "
                  "flag has never been open to public choice.") ==
        std::vector<std::string>{"indirect|the flag has never been open to public choice|Professor John Burrows|said"});
}

TEST_CASE("a quotation paragraph with no cue: introduced by the line before, or the speaker before carried on") {
  const std::vector<std::string> intro = quotes_of(
      "President Barack Obama tweeted using his account:\n\n\"Cool clock, Ahmed.\n\nWant to bring it to the White "
      "House?\"");
  REQUIRE(intro.size() == 2);
  CHECK(intro[0] == "direct|Cool clock, Ahmed.|President Barack Obama|tweeted");
  CHECK(intro[1] == "direct|Want to bring it to the White House?|President Barack Obama|tweeted");
  const std::vector<std::string> carried = quotes_of(
      "\"Had it happened an hour later it would have been much worse,\" Khaled Al-Maeena said.\n\n\"Had it happened "
      "five hours earlier, the toll would have been more than a thousand.\"\n\nThe crane fell on Friday.");
  REQUIRE(carried.size() == 2);
  CHECK(carried[1] == "direct|Had it happened five hours earlier, the toll would have been more than a thousand.|"
                      "Khaled Al-Maeena|said");
  // a whole-paragraph quotation after a paragraph without one keeps no speaker
  const std::vector<std::string> alone = quotes_of(
      "The crane fell on Friday.\n\n\"Had it happened five hours earlier, the toll would have been higher.\"");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0] == "direct|Had it happened five hours earlier, the toll would have been higher.|-|-");
}

TEST_CASE("', they say.' reports the clause before; a participle after a comma keeps the speaker before") {
  CHECK(quotes_of("The program has expanded well beyond its original intent, they say.") ==
        std::vector<std::string>{"indirect|The program has expanded well beyond its original intent|they|say"});
  CHECK(quotes_of("\"We do not see a link,\" the mayor said, adding that it would take more hours.") ==
        std::vector<std::string>{"direct|We do not see a link|the mayor|said",
                                 "indirect|it would take more hours|the mayor|adding"});
  CHECK(quotes_of("Hamas issued a statement on Sunday, saying the talks had collapsed.") ==
        std::vector<std::string>{"indirect|the talks had collapsed|Hamas|saying"});
}

TEST_CASE("a partial quotation inside reported speech takes that speech's cue") {
  const std::vector<std::string> q = quotes_of(
      "Officials at Homeland Security Investigations, a division of the agency, said they were concerned that "
      "brokers \"may try to use sophisticated methods to circumvent\" the program. In a memo, the agency suggested "
      "that the program end.");
  REQUIRE(q.size() == 2);
  CHECK(q[0] == "direct|may try to use sophisticated methods to circumvent|Officials at Homeland Security "
                "Investigations|said");
}

TEST_CASE("an -ly adverb and a noun after a speech participle make it an adjective") {
  CHECK(quotes_of("Hacking of the party, it is clear from publicly disclosed information, was Russian.").empty());
  CHECK(quotes_of("He publicly announced that he would resign.") ==
        std::vector<std::string>{"indirect|he would resign|He|announced"});
}

TEST_CASE("'told' after an apposition has its object after it, not an inverted subject") {
  CHECK(quotes_of("Steve Whitmore, a representative for the sheriff's office, told LA Weekly in a statement that "
                  "the case was being dealt with as grand theft.") ==
        std::vector<std::string>{"indirect|the case was being dealt with as grand theft|Steve Whitmore|told"});
  // a real inversion after a comma stays one
  CHECK(quotes_of("The talks have failed, said Philippe Lazzarini.") ==
        std::vector<std::string>{"indirect|The talks have failed|Philippe Lazzarini|said"});
}

TEST_CASE("'According to X' with no comma, when a determiner or pronoun opens the clause after the name") {
  CHECK(quotes_of("According to Rathbun the property was returned by mail to the organization.") ==
        std::vector<std::string>{"indirect|the property was returned by mail to the organization|Rathbun|according to"});
  // no comma and no clause opener: nothing is guessed
  CHECK(quotes_of("According to Rathbun family members, nothing was returned.").size() == 1);
}

TEST_CASE("a participle after its noun phrase introduces a quotation; 'and wrote' shares the subject") {
  CHECK(quotes_of("Critics were angry, with one poster writing \"How can people look at both sides if one side is "
                  "gone?\"") ==
        std::vector<std::string>{"direct|How can people look at both sides if one side is gone?|one poster|writing"});
  CHECK(quotes_of("Posts on the board theorized that an attack had occurred, and wrote that the site was not "
                  "loading at all.") ==
        std::vector<std::string>{"indirect|an attack had occurred|Posts on the board|theorized",
                                 "indirect|the site was not loading at all|Posts on the board|wrote"});
}

TEST_CASE("a quoted label in the speaker's words is no quotation and no sign-off") {
  CHECK(quotes_of("The \"History\" section of the site explains, in a satirical fashion, that the incident was "
                  "prompted by the video.") ==
        std::vector<std::string>{"indirect|the incident was prompted by the video|section of the site|explains"});
}

TEST_CASE("a negated speech verb reports nothing; a naming participle before a label names its noun") {
  CHECK(quotes_of("Citing privacy rules, officials have not said why the team was denied visas.").empty());
  CHECK(quotes_of("The attack was launched on Wednesday by a user labelled \"Anonymous\", on the website "
                  "\"Insurgency Wiki\".").empty());
  // an active naming verb with its object keeps its label
  CHECK(quotes_of("He characterized the conflict as \"another small skirmish in a long war\".").size() == 1);
}

TEST_CASE("'said the post by ...': an inverted noun phrase right after a quotation") {
  CHECK(quotes_of("\"It is an interesting tool, created to crash a website's database,\" said the post by an "
                  "unknown author on pigmy.") ==
        std::vector<std::string>{"direct|It is an interesting tool, created to crash a website's database|the post by "
                                 "an unknown author|said"});
}

TEST_CASE("an inverted name after a quotation may be followed by whom it was said to") {
  CHECK(quotes_of("\"We want to thank all of the locations that applied,\" said Bolden to the gathered crowd.") ==
        std::vector<std::string>{"direct|We want to thank all of the locations that applied|Bolden|said"});
  // a lower-case phrase before "to" is no name
  CHECK(quotes_of("\"We want to thank all of the locations that applied,\" said many to the gathered crowd.") ==
        std::vector<std::string>{"direct|We want to thank all of the locations that applied|-|-"});
}

TEST_CASE("a quotation paragraph after a paragraph that ends in a cue's sentence takes that cue") {
  CHECK(quotes_of("Wilkins also said Warhol was both an artist and a businessperson.\n\n\"As a way to "
                  "commercialize his work, he would make a blue Marilyn.\"") ==
        std::vector<std::string>{"indirect|Warhol was both an artist and a businessperson|Wilkins|said",
                                 "direct|As a way to commercialize his work, he would make a blue Marilyn.|Wilkins|said"});
  // a cue in an earlier sentence of that paragraph hands nothing on
  CHECK(quotes_of("Wilkins said Warhol was an artist. The show closes in March.\n\n\"As a way to commercialize "
                  "his work, he would make a blue Marilyn.\"")[1] ==
        "direct|As a way to commercialize his work, he would make a blue Marilyn.|-|-");
}

TEST_CASE("'issued a statement' introduces the quotation paragraph after it") {
  CHECK(quotes_of("Senator John Cornyn issued a statement regarding the decision.\n\n\"Like many Texans, I am "
                  "disappointed with the decision.\"") ==
        std::vector<std::string>{"direct|Like many Texans, I am disappointed with the decision.|Senator John Cornyn|issued"});
  // an object that is no medium: no cue
  CHECK(quotes_of("The weather service issued a warning regarding the storm.\n\n\"Like many Texans, I am "
                  "disappointed with the decision.\"") ==
        std::vector<std::string>{"direct|Like many Texans, I am disappointed with the decision.|-|-"});
}

TEST_CASE("a quotation that runs on resumes after a pasted caption and its credit line") {
  const std::vector<std::string> q = quotes_of(
      "Chris Gregoire said, \"The museum put a tremendous amount of effort into landing a shuttle.\n\nSeattle would "
      "have been a perfect fit.\n\nIn 2008, Endeavour and Atlantis await a journey.\n\nImage: NASA.\n\n\"However, "
      "the trainer will soon call the museum home.\"");
  REQUIRE(q.size() == 3);
  CHECK(q[1] == "direct|Seattle would have been a perfect fit.|Chris Gregoire|said");
  CHECK(q[2] == "direct|However, the trainer will soon call the museum home.|Chris Gregoire|said");
  // no paragraph resumes it: the paragraphs after it are not quoted
  CHECK(quotes_of("Chris Gregoire said, \"The museum put a tremendous amount of effort into landing a shuttle.\n\n"
                  "Seattle would have been a perfect fit.\n\nThe decision was announced on Tuesday.")
            .size() == 1);
}

TEST_CASE("a straight mark glued to 'said,' opens a quotation") {
  CHECK(quotes_of("Wilkins said,\" [Warhol] liked the way photo booths and the front flash looked\".") ==
        std::vector<std::string>{"direct|[Warhol] liked the way photo booths and the front flash looked|Wilkins|said"});
  // after a word that is no speech verb it stays a closing mark
  CHECK(quotes_of("Wilkins liked,\" [Warhol] liked the way photo booths and the front flash looked\".").empty());
}

TEST_CASE("quoted words after 'on' after the cue are where it was said; a short run-on paragraph is speech") {
  CHECK(quotes_of("\"Now it is time to say goodbye to an old browser,\" Microsoft says on \"The Countdown\".") ==
        std::vector<std::string>{"direct|Now it is time to say goodbye to an old browser|Microsoft|says"});
  // quoted words after "on" elsewhere in the sentence stay a partial quotation
  CHECK(quotes_of("Microsoft says on Friday the plan is \"dead on arrival\".")[1] == "partial|dead on arrival|Microsoft|says");
  CHECK(quotes_of("Why did she want to attend?\n\n\"It's Warhol.\n\nHe is a legend.\"").size() == 2);
  CHECK(quotes_of("Why did she want to attend?\n\n\"It's Warhol.\"").empty());
}

TEST_CASE("'concluded' reports a clause; a relative clause after the object is no reported clause") {
  CHECK(quotes_of("The analysis concluded, \"Usually, Internet Explorer is the second browser after Firefox.\"") ==
        std::vector<std::string>{"direct|Usually, Internet Explorer is the second browser after Firefox.|The analysis|concluded"});
  CHECK(quotes_of("In the 62nd minute Kim Min-Woo conceded a penalty which the referee awarded Sweden.").empty());
  CHECK(quotes_of("The minister conceded that the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|The minister|conceded"});
}

TEST_CASE("speech cues of several words are data: 'pointed out', 'came to the conclusion'") {
  CHECK(quotes_of("Waters pointed out the touches of the Warhol Factory to attendees.") ==
        std::vector<std::string>{"indirect|the touches of the Warhol Factory to attendees|Waters|pointed out"});
  CHECK(quotes_of("Montalvo had known Devocht personally, and came to the conclusion that the claims were lies.") ==
        std::vector<std::string>{"indirect|the claims were lies|Montalvo|came to the conclusion"});
  // "pointed" alone, or "came to" another noun, is no cue
  CHECK(quotes_of("Waters pointed to the refreshment table with the soup.").empty());
  CHECK(quotes_of("Montalvo had known Devocht personally, and came to the office that the claims named.").empty());
}

TEST_CASE("a cue coordinated after 'and': a passive before it has no speaker, an active one its subject") {
  CHECK(quotes_of("I was basically hauled in and told that my mum had attacked the church.").empty());
  CHECK(quotes_of("The mayor stood up and said the city would rebuild the bridge.") ==
        std::vector<std::string>{"indirect|the city would rebuild the bridge|The mayor stood up|said"});
  CHECK(quotes_of("She stood up and said the city would rebuild the bridge.") ==
        std::vector<std::string>{"indirect|the city would rebuild the bridge|She|said"});
}

TEST_CASE("a stray comma before an auxiliary keeps the subject; 'according to X, apposition.'") {
  CHECK(quotes_of("The security firm Secunia.com, has said that IE6 has 277 vulnerabilities.") ==
        std::vector<std::string>{"indirect|IE6 has 277 vulnerabilities|The security firm Secunia.com|said"});
  CHECK(quotes_of("The Polaroids were all donated by the program, according to Kristen Wilkins, assistant professor "
                  "of photography.") ==
        std::vector<std::string>{"indirect|The Polaroids were all donated by the program|Kristen Wilkins|according to"});
  // a clause after the source's comma: not what the source reports
  CHECK(quotes_of("The aid was blocked, according to AFP, which the UN criticised.").empty());
}

TEST_CASE("a cue between commas after a short subject reports the sentence around it") {
  CHECK(quotes_of("Institutional recipients, said Mauer, are required to exhibit their photographs.") ==
        std::vector<std::string>{
            "indirect|Institutional recipients, said Mauer, are required to exhibit their photographs|Mauer|said"});
  // a verb before the cue: no such subject; the clause before it is what it reports
  CHECK(quotes_of("The ship that sank was old, said Mauer, and it was never repaired.").empty());
  CHECK(quotes_of("The ship was old, said Mauer, and it was never repaired.") ==
        std::vector<std::string>{"indirect|The ship was old|Mauer|said"});
  CHECK(quotes_of("It would be much safer, Plato thought, to entrust power to guardians.") ==
        std::vector<std::string>{"indirect|It would be much safer|Plato|thought"});
  // a name and its apposition before the cue are no clause; a quotation after it is the sign-off rules'
  CHECK(quotes_of("Gen. Joseph Votel, commander of U.S. Central Command said, \"We have been very clear.\"") ==
        std::vector<std::string>{"direct|We have been very clear.|Joseph Votel, commander of U.S. Central Command|said"});
}

TEST_CASE("a quotation that is a whole sentence with no cue takes the cue of the sentence before") {
  CHECK(quotes_of("\"It was terrible,\" said Ahmed Khan, a shopkeeper. \"We lost everything in one night.\"") ==
        std::vector<std::string>{"direct|It was terrible|Ahmed Khan|said",
                                 "direct|We lost everything in one night.|Ahmed Khan|said"});
  CHECK(quotes_of("The storm hit on Monday. \"We lost everything in one night and the roof too.\"") ==
        std::vector<std::string>{"direct|We lost everything in one night and the roof too.|-|-"});
  // a quoted title that opens a sentence is no whole sentence
  CHECK(quotes_of("Doe said the film was a hit. \"Star Wars: The Force Awakens Again\" earned $200 million.").size() == 1);
}

TEST_CASE("'the statement read' signs off a quotation; a participle clause between commas is skipped") {
  CHECK(quotes_of("Doe spoke first.\n\n\"This is a disaster for the whole region,\" she said.\n\n\"We will need "
                  "help from everyone in the country,\" the statement read.")[1] ==
        "direct|We will need help from everyone in the country|the statement|read");
  CHECK(quotes_of("The report, published on Monday, said the government failed to act.") ==
        std::vector<std::string>{"indirect|the government failed to act|The report|said"});
  // a capitalised word after the comma opens no participle clause
  CHECK(quotes_of("The report, Smith said, was wrong about the dates.").size() == 1);
}

TEST_CASE("'according to' with no comma: a number opens the clause; a source that ends the sentence") {
  CHECK(quotes_of("According to the Saudi Interior Ministry over 345 pilgrims have been killed in a stampede.") ==
        std::vector<std::string>{"indirect|over 345 pilgrims have been killed in a stampede|the Saudi Interior "
                                 "Ministry|according to"});
  CHECK(quotes_of("Last year over 4 million visitors attended the event according to the event website.") ==
        std::vector<std::string>{"indirect|Last year over 4 million visitors attended the event|the event website|according to"});
  // no source: an order, not an attribution
  CHECK(quotes_of("The winners were sorted according to their size.").empty());
}

TEST_CASE("'that according to X, ...' opens the reported clause as at a sentence's start") {
  CHECK(quotes_of("Wikinews has learned that according to an Internet posting, the website is being attacked by "
                  "hackers.") ==
        std::vector<std::string>{"indirect|the website is being attacked by hackers|an Internet posting|according to"});
  // in the middle of a clause with no comma after the source: nothing
  CHECK(quotes_of("The list is ordered so that according to size the largest ships sail first.").empty());
}

TEST_CASE("'in the words of X, \"...\"' gives the quotation its source, as 'according to' does") {
  CHECK(quotes_of("The child was ill, and in the words of the Crown prosecutor, Mark Tedeschi, \"Gloria spent a lot "
                  "of the last five months of her life crying.\"") ==
        std::vector<std::string>{"direct|Gloria spent a lot of the last five months of her life crying.|the Crown "
                                 "prosecutor|in the words of"});
  // "in the words" without "of" and a source is no cue
  CHECK(quotes_of("The child was ill, and in the words she used, \"Gloria spent a lot of the last five months of "
                  "her life crying.\"").empty());
}

TEST_CASE("a pull quote signed with a dash and a name, or a name and a comma, is that name's") {
  CHECK(quotes_of("Sites have stated that they will keep the video.\n\n\"So far, it's the Internet: 1, Scientology: "
                  "0. But it's a long game.\" - Matthew Ingram") ==
        std::vector<std::string>{"indirect|they will keep the video|Sites|stated",
                                 "direct|So far, it's the Internet: 1, Scientology: 0. But it's a long game.|Matthew Ingram|-"});
  CHECK(quotes_of("\"Prompted I think by the video, a new obsession is taking hold.\" Anonymous blogger, \"Anon "
                  "declares war\"")[0] == "direct|Prompted I think by the video, a new obsession is taking hold.|Anonymous blogger|-");
  // a verb after the quotation: a cue's sign-off, not a pull quote's
  CHECK(quotes_of("\"Prompted I think by the video, a new obsession is taking hold.\" Smith said.") ==
        std::vector<std::string>{"direct|Prompted I think by the video, a new obsession is taking hold.|Smith|said"});
}

TEST_CASE("'and' between capitalised words joins a name or two subjects") {
  CHECK(quotes_of("Matthew Ingram of The Globe and Mail wrote that the conflict was an all-out war.") ==
        std::vector<std::string>{"indirect|the conflict was an all-out war|Matthew Ingram of The Globe and Mail|wrote"});
  // ", and the military has labelled ...": a clause of its own still starts at "and"
  CHECK(quotes_of("He announced the attack, and the military said the leader was killed.")[0] ==
        "indirect|the leader was killed|the military|said");
}

TEST_CASE("a title's abbreviation stop inside a name; an apposition after an inverted name") {
  CHECK(quotes_of("\"The data is clear about the cause of the decline,\" explained Dr. Alan Brown.") ==
        std::vector<std::string>{"direct|The data is clear about the cause of the decline|Dr. Alan Brown|explained"});
  CHECK(quotes_of("The data is clear, explained Dr. Alan Brown, a researcher at the university.") ==
        std::vector<std::string>{"indirect|The data is clear|Dr. Alan Brown|explained"});
  // a sentence's stop after a name ends it
  CHECK(quotes_of("\"The data is clear about the cause of the decline,\" explained Brown. Dr. Smith agreed.")[0] ==
        "direct|The data is clear about the cause of the decline|Brown|explained");
}

TEST_CASE("'The study's lead author, Dr. Maria Lopez of Harvard University, said': the person between commas") {
  CHECK(quotes_of("The study's lead author, Dr. Maria Lopez of Harvard University, said the findings were "
                  "alarming for everyone.") ==
        std::vector<std::string>{"indirect|the findings were alarming for everyone|Dr. Maria Lopez of Harvard "
                                 "University|said"});
  // no person between the commas: no speaker found there
  CHECK(quotes_of("The study's lead author, in the end, said the findings were alarming for everyone.") ==
        std::vector<std::string>{"indirect|the findings were alarming for everyone|The study's lead author|said"});
}

TEST_CASE("a name and a colon before a quotation, as in a transcript; 'continued' next to a quotation") {
  CHECK(quotes_of("John Smith: \"We will keep fighting for our rights as long as it takes.\"") ==
        std::vector<std::string>{"direct|We will keep fighting for our rights as long as it takes.|John Smith|-"});
  CHECK(quotes_of("Update: \"We will keep fighting for our rights as long as it takes.\"").empty());
  CHECK(quotes_of("He continued, \"We will not stop until the law is changed.\"") ==
        std::vector<std::string>{"direct|We will not stop until the law is changed.|He|continued"});
  CHECK(quotes_of("The Taipei lantern festival continues a 2000 year old tradition of light related festivals.").empty());
  CHECK(quotes_of("\"It was a joke,\" the mayor quipped.") == std::vector<std::string>{"direct|It was a joke|the mayor|quipped"});
}

TEST_CASE("inverted speakers: a quantifier opens the phrase; a person in an apposition after it is part of it") {
  CHECK(quotes_of("Dr. Lee said: \"We found that the salt was not iodised.\"\n\n\"This questionnaire is "
                  "intrusive,\" wrote one respondent. \"I refuse to answer it.\"") ==
        std::vector<std::string>{"direct|We found that the salt was not iodised.|Dr. Lee|said",
                                 "direct|This questionnaire is intrusive|one respondent|wrote",
                                 "direct|I refuse to answer it.|one respondent|wrote"});
  CHECK(quotes_of("\"We are committed to the process,\" said the group's spokesman, Ali Hassan, on Sunday.") ==
        std::vector<std::string>{"direct|We are committed to the process|the group's spokesman, Ali Hassan|said"});
  // an apposition that is no person stays outside
  CHECK(quotes_of("\"We are committed to the process,\" said the group's spokesman, a former teacher.") ==
        std::vector<std::string>{"direct|We are committed to the process|the group's spokesman|said"});
}

TEST_CASE("subjects: 'the Rev. John Miller' between commas; a participle's subject opens the sentence") {
  CHECK(quotes_of("The church's pastor, the Rev. John Miller, told worshippers that \"God does not abandon us.\"") ==
        std::vector<std::string>{"direct|God does not abandon us.|the Rev. John Miller|told"});
  CHECK(quotes_of("A spokeswoman for the ministry declined to comment, saying only that \"the matter is under "
                  "investigation.\"") ==
        std::vector<std::string>{"direct|the matter is under investigation.|A spokeswoman for the ministry|saying"});
  // a preposition opens the sentence: no subject there
  CHECK(quotes_of("In the end the ministry declined to comment, saying only that \"the matter is under "
                  "investigation.\"").empty());
}

TEST_CASE("a failed sign-off keeps the speaker before; an infinitive is no cue") {
  // the inverted verb ends the subject of a cue after it; the paragraph before is not the speaker
  const std::vector<std::string> q = quotes_of(
      "\"We are leaving,\" Smith said.\n\n\"This is the end of the road for all of us,\" said a spokesman who "
      "asked not to be named.");
  REQUIRE(q.size() >= 2);
  CHECK(q[1] == "direct|This is the end of the road for all of us|a spokesman|said");
  CHECK(quotes_of("The government announced a public process to suggest designs for a new flag.") ==
        std::vector<std::string>{"indirect|a public process to suggest designs for a new flag|The government|announced"});
}

TEST_CASE("an inverted name may open with a title word; a failed sign-off takes no speaker from before") {
  CHECK(quotes_of("\"This is the end of the road for all of us,\" said police spokesman Tom Reed.") ==
        std::vector<std::string>{"direct|This is the end of the road for all of us|police spokesman Tom Reed|said"});
  CHECK(quotes_of("\"We are leaving,\" Smith said.\n\n\"This is the end of the road for all of us,\" said nothing "
                  "else.")[1] == "direct|This is the end of the road for all of us|-|-");
}

TEST_CASE("a cue word after a preposition is a noun; whom it was said to is no content; 'read' only by a quotation") {
  CHECK(quotes_of("Frank Rack got in touch after they returned in hopes I could help with the anemone.").empty());
  CHECK(quotes_of("Stan remarked to The Brooklyn Paper, \"We will keep it around until he is irrelevant.\"") ==
        std::vector<std::string>{"direct|We will keep it around until he is irrelevant.|Stan|remarked"});
  CHECK(quotes_of("We read about six hundred headline ideas on a Monday coming from our staff.").empty());
}

TEST_CASE("a pronoun speaker skips the names inside quotation marks") {
  const json r = nft::run("x\n\nJohn Smith arrived on Monday.\n\n\"I met Barack Obama in Washington last year,\" he said.");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(speaker_name(r, r["quotes"][0]) == "John Smith");
  // a name outside the quotation, nearer, is the one
  const json r2 = nft::run("x\n\nJohn Smith arrived on Monday with Peter Jones.\n\n\"It was a long trip for all of us,\" he said.");
  REQUIRE(r2["quotes"].size() == 1);
  CHECK(speaker_name(r2, r2["quotes"][0]) == "Peter Jones");
}

TEST_CASE("'he' and 'she' skip a person whose first name is of the other sex") {
  const json r = nft::run("x\n\nMary Smith arrived on Monday with Peter Jones.\n\n\"It was a long trip for all of us,\" she said.");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(speaker_name(r, r["quotes"][0]) == "Mary Smith");
  const json r2 = nft::run("x\n\nPeter Jones arrived on Monday with Mary Smith.\n\n\"It was a long trip for all of us,\" he said.");
  REQUIRE(r2["quotes"].size() == 1);
  CHECK(speaker_name(r2, r2["quotes"][0]) == "Peter Jones");
  // a name that tells no sex (Jordan) can be either; with only a man named, "she" is no one
  const json r3 = nft::run("x\n\nMary Smith arrived on Monday with Jordan Lee.\n\n\"It was a long trip for all of us,\" he said.");
  REQUIRE(r3["quotes"].size() == 1);
  CHECK(speaker_name(r3, r3["quotes"][0]) == "Jordan Lee");
  const json r4 = nft::run("x\n\nPeter Jones arrived on Monday.\n\n\"It was a long trip for all of us,\" she said.");
  REQUIRE(r4["quotes"].size() == 1);
  CHECK(r4["quotes"][0]["speaker"].is_null());
  // Mr., Mrs., Ms. and Miss tell it too
  const json r5 = nft::run("x\n\nMs. Pugh met Mr. Vance on Monday.\n\n\"It was a long trip for all of us,\" she said.");
  REQUIRE(r5["quotes"].size() == 1);
  CHECK(speaker_name(r5, r5["quotes"][0]) == "Pugh");
}

TEST_CASE("a transcript's turn: a paragraph opened by its speaker's label and a colon") {
  const json r = nft::run("x\n\nThe State Department briefed reporters.\n\nSECRETARY KERRY: We talked about Aleppo.\n\n"
                          "Wikinews interviewed the biologist Nick Bos.\n\nNick Bos: I was always interested in ants.");
  REQUIRE(r["quotes"].size() == 2);
  CHECK(r["quotes"][0]["kind"] == "direct");
  CHECK(r["quotes"][0]["speaker_text"] == "SECRETARY KERRY");
  CHECK(speaker_name(r, r["quotes"][0]) == "KERRY");
  CHECK(r["quotes"][0]["text"] == "We talked about Aleppo.");
  CHECK(speaker_name(r, r["quotes"][1]) == "Nick Bos");
  // headings, a letter's greeting and a title are no turns
  CHECK(quotes_of("WHEN: 11 am on Friday.\n\nUPDATE: The toll rose to 12.\n\nImage: Mathias Krumbholz.").empty());
  CHECK(quotes_of("Dan met Ann Lee on Monday.\n\nDan: please see if the attached draft works.").empty());
  CHECK(quotes_of("Frank Messina wrote the poems.\n\nFrank Messina: An Interview with the Mets Poet").empty());
}

TEST_CASE("'As one analyst put it, \"...\"': a phrase that introduces a quotation only next to one") {
  CHECK(quotes_of("As one analyst put it, \"the sanctions are not working and everybody knows it.\"") ==
        std::vector<std::string>{"direct|the sanctions are not working and everybody knows it.|one analyst|put it"});
  CHECK(quotes_of("The workers put it on the table before the meeting started.").empty());
}

TEST_CASE("a passive speech verb with no agent reports with no source") {
  CHECK(quotes_of("In 1995, she was told to disconnect from her mother.") ==
        std::vector<std::string>{"indirect|to disconnect from her mother|-|was told"});
  CHECK(quotes_of("The parents are also accused of putting their social life ahead of their child.") ==
        std::vector<std::string>{"indirect|putting their social life ahead of their child|-|are also accused"});
  // an agent, a pronoun after "to", or no such word after the verb: nothing
  CHECK(quotes_of("She was told by officials that the office had closed.").empty());
  CHECK(quotes_of("The same opportunities that were promised to us are gone.").empty());
  CHECK(quotes_of("The man was found dead in his home on Sunday.").empty());
}

TEST_CASE("a verb whose object is what it reports takes a short object") {
  CHECK(quotes_of("The Church denied these allegations.") ==
        std::vector<std::string>{"indirect|these allegations|The Church|denied"});
  CHECK(quotes_of("Rathbun requested donations.") == std::vector<std::string>{"indirect|donations|Rathbun|requested"});
  // other speech verbs still need three words
  CHECK(quotes_of("The Church said nothing.").empty());
}

TEST_CASE("a verb form before an auxiliary and a speech verb is the subject's noun") {
  CHECK(quotes_of("Recent reports have revealed that the defector was arrested in California.") ==
        std::vector<std::string>{"indirect|the defector was arrested in California|Recent reports|revealed"});
  CHECK(quotes_of("Reports said the defector was arrested in California.") ==
        std::vector<std::string>{"indirect|the defector was arrested in California|Reports|said"});
}

TEST_CASE("speaker words: a modal before the verb is left out; a subject pronoun ends a leading phrase") {
  CHECK(quotes_of("With tears in her eyes she said the team had played its best game.") ==
        std::vector<std::string>{"indirect|the team had played its best game|she|said"});
  CHECK(quotes_of("The coach would say the team had played its best game.") ==
        std::vector<std::string>{"indirect|the team had played its best game|The coach|say"});
  // a name and "and" before the pronoun keep both
  CHECK(quotes_of("Smith and she said the team had played its best game.") ==
        std::vector<std::string>{"indirect|the team had played its best game|Smith and she|said"});
}

TEST_CASE("speech and finding verbs of data/ added in session 22: argue, caution, proclaimed, estimates, ', charging that'") {
  CHECK(quotes_of("Many people, including Indigenous groups, argue they trivialize First Nations culture.") ==
        std::vector<std::string>{"indirect|they trivialize First Nations culture|Many people|argue"});
  CHECK(quotes_of("The feasibility study estimates that it would take passengers about four minutes to cross.") ==
        std::vector<std::string>{
            "indirect|it would take passengers about four minutes to cross|The feasibility study|estimates"});
  // a finding verb reports a clause only: "maintained a policy" reports nothing
  CHECK(quotes_of("Malaysia and Indonesia have maintained a policy of turning away boats of migrants.").empty());
  // "These estimates coincide": a noun after a determiner
  CHECK(quotes_of("These estimates coincide with the percentages of new condos entering the market.").empty());
  const auto q = quotes_of("Clinton and allies are seeking to keep the spotlight on Trump, charging that his comments make "
                           "him unfit for office.");
  REQUIRE(q.size() == 1);
  CHECK(q[0] == "indirect|his comments make him unfit for office|Clinton|charging");
}

TEST_CASE("an inverted speaker: a description ending in a person's name; a name and then 'from'") {
  CHECK(quotes_of("Intro line here.\n\"It is amazing,\" reported SaskTel unlimited data customer Lindsay Gay last month.") ==
        std::vector<std::string>{"direct|It is amazing|SaskTel unlimited data customer Lindsay Gay|reported"});
  CHECK(quotes_of("Intro line here.\n\"This strain helps with back pain,\" says Dietrich from the company's headquarters in "
                  "Denver.") ==
        std::vector<std::string>{"direct|This strain helps with back pain|Dietrich|says"});
  // no person's name at the end of the words (and no article opening them): no speaker there
  CHECK(quotes_of("Intro line here.\n\"It is a plan for the whole region and more,\" said SaskTel unlimited data "
                  "plans last month.") ==
        std::vector<std::string>{"direct|It is a plan for the whole region and more|-|-"});
}

TEST_CASE("a sign-off subject: a noun phrase and a capitalised name between commas") {
  CHECK(quotes_of("Intro line here.\n\u201CComplete neglect of his own health,\u201D his wife, Alice, reported.") ==
        std::vector<std::string>{"direct|Complete neglect of his own health|his wife, Alice|reported"});
  // a relative clause between the commas is no name: the noun phrase alone
  CHECK(quotes_of("Intro line here.\n\u201CComplete neglect of his own health,\u201D his wife, who was ill, reported.") ==
        std::vector<std::string>{"direct|Complete neglect of his own health|his wife|reported"});
}

TEST_CASE("no statement after 'tells' and a possessive, or after a verb and a conjunction or a topic") {
  CHECK(quotes_of("Each map in the exhibition tells its own story, not all factual.").empty());
  CHECK(quotes_of("The minister told her that the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|The minister|told"});
  CHECK(quotes_of("What she is saying and what she is doing, it is unbelievable.").empty());
  CHECK(quotes_of("The ministry reports on aggregate performance pay for each department.").empty());
  // time words after the verb are skipped before the test
  CHECK(quotes_of("The ministry said on Friday that the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|The ministry|said"});
}

TEST_CASE("a thought verb's clause: \"'s\" after a pronoun is a verb") {
  CHECK(quotes_of("In the corner is a girl who looks so unassuming I think it\u2019s another assistant.") ==
        std::vector<std::string>{"indirect|it\u2019s another assistant|I|think"});
  // a possessive after a noun is no verb: a thought verb with no clause reports nothing
  CHECK(quotes_of("Officials thought the company's offer generous and fair to all.").empty());
}

TEST_CASE("a quotation after a colon that ends its sentence is speech; the sentence's subject its source") {
  CHECK(quotes_of("One of their many grieving Facebook posts has a line which would have delighted Chris: \u201CMore "
                  "African than you, I have not known.\u201D") ==
        std::vector<std::string>{
            "direct|More African than you, I have not known.|One of their many grieving Facebook posts|-"});
  // short quoted words after a colon are not speech; nor a quotation the sentence goes on after
  CHECK(quotes_of("The new rules are simple: \u201CNo entry\u201D.").empty());
  CHECK(quotes_of("The film has a title: \u201CThe Man Who Knew Too Much About Everything\u201D which won prizes in Cannes.")
            .empty());
}

TEST_CASE("a quotation opened inside its sentence does not sign it off: the cue reports what follows, or the clause before") {
  CHECK(quotes_of("Warning that the NHS was now under \"enormous pressure,\" he urged the public to take more "
                  "responsibility for their own health.") ==
        std::vector<std::string>{"partial|enormous pressure|he|urged",
                                 "indirect|the public to take more responsibility for their own health|he|urged"});
  CHECK(quotes_of("The plan is \"dead,\" he said.") ==
        std::vector<std::string>{"indirect|The plan is \"dead|he|said", "partial|dead|he|said"});
  // a quotation that opens the sentence signs it off: no reported clause besides
  CHECK(quotes_of("\"The plan is dead,\" he said.") == std::vector<std::string>{"direct|The plan is dead|he|said"});
  // a quoted label right before the speaker's words stays a label
  CHECK(quotes_of("The \"History\" section of the site explains the origins of the group in the sixties.") ==
        std::vector<std::string>{
            "indirect|the origins of the group in the sixties|section of the site|explains"});
}

TEST_CASE("'According to' after a colon; 'argue with' names no statement; a colon-led quotation's speaker by name") {
  CHECK(quotes_of("The signs will not disappear: According to information from the news agency dpa, they will only "
                  "be activated if the label has no agreement.") ==
        std::vector<std::string>{"indirect|they will only be activated if the label has no agreement|information from "
                                 "the news agency dpa|according to"});
  CHECK(quotes_of("Do you argue with your alarm clock every morning?").empty());
  CHECK(quotes_of("Adnan Z. Amin, General Director of the agency, is certain: \"Offshore wind power can become the top "
                  "power generator in a global economy.\"") ==
        std::vector<std::string>{
            "direct|Offshore wind power can become the top power generator in a global economy.|Adnan Z. Amin|-"});
}

TEST_CASE("a short title opening a paragraph is not the quotation the paragraph before introduced") {
  CHECK(quotes_of("As the movie makes clear, the Lovings were reluctant participants in history.\n\n\"Loving\" opens with "
                  "Richard and Mildred already a couple.") ==
        std::vector<std::string>{});
  // a quotation paragraph after the cue's sentence is still its speaker's
  CHECK(quotes_of("Wilkins also said Warhol was both an artist and a businessperson.\n\n\"As a way to commercialize "
                  "his work, he was very business minded.\"") ==
        std::vector<std::string>{"indirect|Warhol was both an artist and a businessperson|Wilkins|said",
                                 "direct|As a way to commercialize his work, he was very business minded.|Wilkins|said"});
}

TEST_CASE("finding verbs report only a clause 'that' opens; a speech verb in the passive with 'that' has no source") {
  CHECK(quotes_of("A Swedish study has shown that animals seldom land after the breeding period.") ==
        std::vector<std::string>{"indirect|animals seldom land after the breeding period|A Swedish study|shown"});
  CHECK(quotes_of("The photo clearly shows the narrow touch display bar above the keyboard that has been anticipated.")
            .empty());
  CHECK(quotes_of("It has been emphasised that we absolutely can not continue with them.") ==
        std::vector<std::string>{"indirect|we absolutely can not continue with them|-|been emphasised"});
  // no "that": nothing reported, no source either
  CHECK(quotes_of("Ten people were reported killed in the attack on the market.").empty());
}

TEST_CASE("a subject with a relative clause 'that represents ...'; a passive participle after a noun; an acronym after the name") {
  CHECK(quotes_of("The association that represents real estate agents in Ontario says more needs to be done to punish "
                  "agents found to have engaged in unethical behaviour.") ==
        std::vector<std::string>{"indirect|more needs to be done to punish agents found to have engaged in unethical "
                                 "behaviour|The association that represents real estate agents in Ontario|says"});
  // "that" with the verb's own subject after it: a relative clause, not a statement
  CHECK(quotes_of("The report that it said was false has gone missing from the archive.").empty());
  CHECK(quotes_of("It is possible to have low iron stores overall, says Canadian Blood Services (CBS).") ==
        std::vector<std::string>{
            "indirect|It is possible to have low iron stores overall|Canadian Blood Services|says"});
  CHECK(quotes_of("Let's just say he is wrong about all of it.").empty());
}

TEST_CASE("quoted words inside the speaker's words; a speech verb as an adjective after \"'s\"; a cue before a colon") {
  CHECK(quotes_of("\"We staged this fair to explore the limits of freedom Westerners believe in,\" Masoud Shojai, head of "
                  "the country's \"Iran Cartoon\" association, said.") ==
        std::vector<std::string>{"direct|We staged this fair to explore the limits of freedom Westerners believe in|"
                                 "Masoud Shojai|said"});
  CHECK(quotes_of("Investors read the company's stated goals as a promise of higher profits next year.").empty());
  CHECK(quotes_of("Darin Fisher wrote this response on January 25, 2005:").empty());
  // an object verb keeps its object before the colon
  CHECK(quotes_of("In a statement, the Church denied these allegations:") ==
        std::vector<std::string>{"indirect|these allegations|the Church|denied"});
}

TEST_CASE("a naming verb with 'as' reports its object and what it is called; present 'urge', 'reiterate'") {
  CHECK(quotes_of("Critics have characterized homeopathy as a form of quackery.") ==
        std::vector<std::string>{"indirect|homeopathy as a form of quackery|Critics|characterized"});
  CHECK(quotes_of("Scientologists sent her to the Freewinds, which the Church describes as a religious retreat.") ==
        std::vector<std::string>{"indirect|as a religious retreat|the Church|describes"});
  // no "as": nothing reported; a mostly quoted predicate is its partial quotation's only
  CHECK(quotes_of("The military has labelled him a traitor.").empty());
  CHECK(quotes_of("He described the area as \u201Ca sandy wasteland\u201D.") ==
        std::vector<std::string>{"partial|a sandy wasteland|He|described"});
  // a relative clause with another verb still reports nothing
  CHECK(quotes_of("The plan, which the mayor said was expensive, failed.").empty());
  CHECK(quotes_of("The Members of the Security Council urge all political parties to remain calm.") ==
        std::vector<std::string>{"indirect|all political parties to remain calm|The Members of the Security Council|urge"});
  CHECK(quotes_of("The ministers reiterate their support for the process.") ==
        std::vector<std::string>{"indirect|their support for the process|The ministers|reiterate"});
  CHECK(quotes_of("He felt the urge to leave the room.").empty());
}

TEST_CASE("a pull quote that repeats a quotation of the body is left out; one quoted nowhere else stays") {
  CHECK(quotes_of("\"Prompted I think by the video, a new obsession is taking hold.\" Anonymous blogger, \"Anon "
                  "declares war\"\n\nThe poster wrote that \"Prompted I think by the video, a new obsession is "
                  "taking hold.\"") ==
        std::vector<std::string>{"direct|Prompted I think by the video, a new obsession is taking hold.|The poster|wrote"});
  CHECK(quotes_of("\"Prompted I think by the video, a new obsession is taking hold.\" Anonymous blogger, \"Anon "
                  "declares war\"\n\nThe poster wrote that \"It is a long game.\"") ==
        std::vector<std::string>{"direct|Prompted I think by the video, a new obsession is taking hold.|Anonymous blogger|-",
                                 "direct|It is a long game.|The poster|wrote"});
}

TEST_CASE("a quotation with no cue that opens with a transcript turn's label is that speaker's, carried on") {
  CHECK(quotes_of("Froomkin quoted the exchange.\n\n\"Q What will your memoirs say?\n\n\" THE PRESIDENT: I appreciate "
                  "that.\n\n\"And so we sang this hymn, a long story.\"") ==
        std::vector<std::string>{"direct|Q What will your memoirs say?|-|-", "direct|I appreciate that.|THE PRESIDENT|-",
                                 "direct|And so we sang this hymn, a long story.|THE PRESIDENT|-"});
  // a heading's label (no role word, no person) names nobody
  CHECK(quotes_of("The storm passed.\n\n\"UPDATE: the road is open again after the storm.\"") ==
        std::vector<std::string>{"direct|UPDATE: the road is open again after the storm.|-|-"});
}

TEST_CASE("a headline's cue reports as a sentence's; a topic after whom it was told is no content") {
  const json r = nft::run("Australian woman claims Church imprisoned her for twelve years\n\nThe ship sailed on.");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(r["quotes"][0]["text"] == "Church imprisoned her for twelve years");
  CHECK(r["quotes"][0]["speaker_text"] == "Australian woman");
  CHECK(r["quotes"][0]["kind"] == "indirect");
  CHECK(nft::run("Biologist Nick Bos tells Wikinews about self-medicating ants\n\nAnts are small.")["quotes"].empty());
  CHECK(nft::run("Hackers attack Church of Scientology website\n\nThe site is down.")["quotes"].empty());
  CHECK(quotes_of("Bos told reporters about the ants in his garden.").empty());
}

TEST_CASE("frame verbs report object and phrase; 'pleaded with', 'agreed that'; a sign-off's content with a cue inside") {
  CHECK(quotes_of("Israel blamed the attack on Hamas militants.") ==
        std::vector<std::string>{"indirect|the attack on Hamas militants|Israel|blamed"});
  CHECK(quotes_of("It was the mood that critics blame for denying them entry.") ==
        std::vector<std::string>{"indirect|for denying them entry|critics|blame"});
  CHECK(quotes_of("Von Beust justified the cost increases as lack of detailed planning.") ==
        std::vector<std::string>{"indirect|the cost increases as lack of detailed planning|Von Beust|justified"});
  // a participle after its noun, or no link word: nothing reported
  CHECK(quotes_of("There have been multiple deadly incidents there blamed on Israeli strikes.").empty());
  CHECK(quotes_of("The farmers blamed the weather.").empty());
  CHECK(quotes_of("Thomas' sister pleaded with him to send Gloria to a doctor.") ==
        std::vector<std::string>{"indirect|him to send Gloria to a doctor|Thomas' sister|pleaded with"});
  CHECK(quotes_of("Bush and Baker agreed that NATO would not expand.") ==
        std::vector<std::string>{"indirect|NATO would not expand|Bush and Baker|agreed"});
  CHECK(quotes_of("He agreed to let a united Germany join NATO.").empty());
  CHECK(quotes_of("The ministers agreed that there will still be work to do, the release said.") ==
        std::vector<std::string>{"indirect|there will still be work to do|The ministers|agreed"});
}

TEST_CASE("a finding verb reports a clause with no 'that'; it hands no speaker to a quotation after it") {
  CHECK(quotes_of("But a scan has shown the tumour in her right lung is growing.") ==
        std::vector<std::string>{"indirect|the tumour in her right lung is growing|a scan|shown"});
  CHECK(quotes_of("The photo clearly shows the narrow bar that has been anticipated.").empty());
  CHECK(quotes_of("The video shows a man wounded in the attack.").empty());
  CHECK(quotes_of("A scan has shown the tumour is growing.\n\n\"If Trump becomes president, the government will "
                  "still have to work with him.\"") ==
        std::vector<std::string>{"indirect|the tumour is growing|A scan|shown",
                                 "direct|If Trump becomes president, the government will still have to work with him.|-|-"});
}

TEST_CASE("'was told' and a clause with no 'that' reports with no source") {
  CHECK(quotes_of("The mother was told her unborn child had a rare condition.") ==
        std::vector<std::string>{"indirect|her unborn child had a rare condition|-|was told"});
  CHECK(quotes_of("The mother was told the news by her doctor.").empty());
}

TEST_CASE("'according to X' closed by a dash reports the words from the dash before it") {
  CHECK(quotes_of("The share has been rising \u2014 only 11 percent of the vote was cast early in 1996, according to "
                  "the Census Bureau -- and seems likely to jump.") ==
        std::vector<std::string>{"indirect|only 11 percent of the vote was cast early in 1996|the Census Bureau|according to"});
  // no dash before the comma: nothing (the content would be the whole clause)
  CHECK(quotes_of("The share has been rising, according to the Census Bureau -- and seems likely to jump.").empty());
}

TEST_CASE("'called for', 'expressed concern' are cues of several words; 'criticised' reports its object") {
  CHECK(quotes_of("The unions called for the repeal of the labour law.") ==
        std::vector<std::string>{"indirect|the repeal of the labour law|The unions|called for"});
  CHECK(quotes_of("The mayor expressed concern that the bridge would not be ready.") ==
        std::vector<std::string>{"indirect|the bridge would not be ready|The mayor|expressed concern"});
  CHECK(quotes_of("Santorum criticized the response of the press.") ==
        std::vector<std::string>{"indirect|the response of the press|Santorum|criticized"});
  CHECK(quotes_of("The minister was criticised for the delay.").empty());
  CHECK(quotes_of("They called for help.").empty());
}

TEST_CASE("a quotation paragraph with no speaker whose words the text says again is a pull quote") {
  CHECK(quotes_of("\"The future is only peace. The problem is how long it will take.\"\n\nShimon Peres image.\n\nDo you "
                  "think there is a future?\n\nThe future is only peace.\n\nThe problem is how long it will take.") ==
        std::vector<std::string>{"indirect|there is a future|Do you|think"});
  CHECK(quotes_of("\"The future is only peace. The problem is how long it will take.\"\n\nShimon Peres image.") ==
        std::vector<std::string>{"direct|The future is only peace. The problem is how long it will take.|-|-"});
}

TEST_CASE("a role phrase after a comma with no comma closing it is the apposition of the person before it") {
  const json r = nft::run("x\n\nGen. Joseph Votel, commander of U.S. Central Command said, \"We have been very clear.\"");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(r["quotes"][0]["speaker_text"] == "Joseph Votel, commander of U.S. Central Command");
  CHECK(speaker_name(r, r["quotes"][0]) == "Joseph Votel");
  // no person before the comma: the role phrase alone
  CHECK(quotes_of("In Baghdad, officials said the road was open again.") ==
        std::vector<std::string>{"indirect|the road was open again|officials|said"});
}

TEST_CASE("a one-question paragraph about 'he' or 'she' hands that person the quotation that answers it") {
  const json r = nft::run("x\n\nKiara Perkins, an art major, skipped class to attend the exhibit.\n\nWhy did she so badly "
                          "want to attend?\n\n\"It's Warhol.\n\nHe is a legend.\"");
  REQUIRE(r["quotes"].size() == 2);
  CHECK(r["quotes"][0]["speaker_text"] == "she");
  CHECK(speaker_name(r, r["quotes"][0]) == "Kiara Perkins");
  CHECK(speaker_name(r, r["quotes"][1]) == "Kiara Perkins");
  // a question about no one: no speaker
  CHECK(quotes_of("Kiara Perkins skipped class.\n\nWhy was the exhibit so popular?\n\n\"It is Warhol, and everyone "
                  "knows his name.\"") ==
        std::vector<std::string>{"direct|It is Warhol, and everyone knows his name.|-|-"});
}

TEST_CASE("a participle that opens the sentence reports up to its comma; the subject after it speaks") {
  CHECK(quotes_of("Citing privacy rules, U.S. officials declined to say more.") ==
        std::vector<std::string>{"indirect|privacy rules|U.S. officials|citing"});
  // where it was said, or too few words: nothing
  CHECK(quotes_of("Writing in a blog post, Matthew Ingram praised the video.").empty());
  CHECK(quotes_of("Saying goodbye, she left the room.").empty());
}

TEST_CASE("reported content in the first paragraph starts after the wire dateline") {
  const json r = nft::run("Drones hit Odesa\n\nKYIV, Ukraine (AP) \xE2\x80\x94 A drone attack on Odesa killed five people "
                          "overnight, Ukrainian officials said Friday.\n");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(r["quotes"][0]["text"] == "A drone attack on Odesa killed five people overnight");
}

TEST_CASE("an unnamed source's nationality gives its country and ties it to the country named") {
  const json r = nft::run("x\n\nUkraine said drones hit Odesa. A drone attack killed five people overnight, Ukrainian "
                          "officials said Friday.\n");
  const json* src = nullptr;
  for (const json& e : r["entities"])
    if (e.contains("unnamed") && e["name"] == "Ukrainian officials") src = &e;
  REQUIRE(src != nullptr);
  CHECK((*src)["country"] == "UA");
  REQUIRE((*src)["affiliations"].size() == 1);
  CHECK(nft::entity_name(r, (*src)["affiliations"][0]) == "Ukraine");
}

TEST_CASE("a thought verb that reports no clause is no attribution nested in a sign-off's content") {
  CHECK(quotes_of("Iraqi forces maintained their positions on three sides of Mosul, Capt. Jeff Davis said today.") ==
        std::vector<std::string>{
            "indirect|Iraqi forces maintained their positions on three sides of Mosul|Capt. Jeff Davis|said"});
  // a cue that reports a clause inside it is still the innermost attribution
  CHECK(quotes_of("Officials believe that the plan failed, the report said.") ==
        std::vector<std::string>{"indirect|the plan failed|Officials|believe"});
}

TEST_CASE("a cue between commas after a leading phrase reports the clause after its comma") {
  CHECK(quotes_of("In Syria, the press secretary said, Syrian democratic forces continue to liberate territory.") ==
        std::vector<std::string>{
            "indirect|Syrian democratic forces continue to liberate territory|the press secretary|said"});
  // a subordinate clause's cue reports nothing of the main clause after it
  CHECK(quotes_of("As the movie makes clear, the Lovings were reluctant participants in history.").empty());
}

TEST_CASE("the 'that' after a participle is the participle's; the cue before it reports the clause before its comma") {
  CHECK(quotes_of("The bridge will reopen, the mayor said, adding that the repairs would cost more.") ==
        std::vector<std::string>{"indirect|The bridge will reopen|the mayor|said",
                                 "indirect|the repairs would cost more|the mayor|adding"});
  CHECK(quotes_of("The mayor said, adding that the bridge would reopen in May.") ==
        std::vector<std::string>{"indirect|the bridge would reopen in May|The mayor|adding"});
  // "that" after the cue and a phrase between commas is still the cue's
  CHECK(quotes_of("The mayor said, however, that the bridge would reopen in May.") ==
        std::vector<std::string>{"indirect|the bridge would reopen in May|The mayor|said"});
}

TEST_CASE("an opening mark after a comma and before a speech verb closes the open quotation") {
  CHECK(quotes_of("\u201CI\u2019m convinced tankers are the key to global reach, \u201CCaughlin said.") ==
        std::vector<std::string>{"direct|I\u2019m convinced tankers are the key to global reach|Caughlin|said"});
  // no speech verb after it: the mark opens or closes as before
  CHECK(quotes_of("He said, \u201CWe will not stop until the job is done.") ==
        std::vector<std::string>{"direct|We will not stop until the job is done.|He|said"});
}

TEST_CASE("'provided the following statement' introduces the quotation after it") {
  CHECK(quotes_of("The commander, Lt. Gen. Stephen Townsend, provided the following statement on the advance:\n\n"
                  "\"The forces have begun their operation to isolate the city.\"") ==
        std::vector<std::string>{
            "direct|The forces have begun their operation to isolate the city.|Lt. Gen. Stephen Townsend|provided"});
  // no medium after the verb: nobody speaks
  CHECK(quotes_of("The company provided the following figures on the advance:\n\n"
                  "\"The forces have begun their operation to isolate the city.\"") ==
        std::vector<std::string>{"direct|The forces have begun their operation to isolate the city.|-|-"});
}

TEST_CASE("'according to' a source noun of data/quote_cues.txt role source ends the sentence with no comma") {
  CHECK(quotes_of("With operations continuing, support from the Air Reserve Component is vital according to wing "
                  "leadership.") ==
        std::vector<std::string>{"indirect|With operations continuing, support from the Air Reserve Component is "
                                 "vital|wing leadership|according to"});
  CHECK(quotes_of("The files in the archive were sorted according to size.").empty());
}

TEST_CASE("a sign-off's time words, medium and addressee end the sentence as its speaker would") {
  CHECK(quotes_of("The bridge will be closed for months, the mayor said on Monday.") ==
        std::vector<std::string>{"indirect|The bridge will be closed for months|the mayor|said"});
  CHECK(quotes_of("The bridge will be closed for months, the mayor told reporters.") ==
        std::vector<std::string>{"indirect|The bridge will be closed for months|the mayor|told"});
  CHECK(quotes_of("The bridge will be closed for months, the mayor told the BBC on Monday.") ==
        std::vector<std::string>{"indirect|The bridge will be closed for months|the mayor|told"});
  CHECK(quotes_of("These changes are occurring across all species, Parmesan told UPI's Climate.") ==
        std::vector<std::string>{"indirect|These changes are occurring across all species|Parmesan|told"});
  // words after the addressee or the time that are no time: not a sign-off that ends the
  // sentence, the clause before the comma is not reported by it
  for (const char* text : {"The bridge will be closed for months, the mayor told reporters standing in the rain.",
                           "The bridge will be closed for months, the mayor said on Monday after the council voted."}) {
    for (const std::string& q : quotes_of(text)) CHECK(q.find("The bridge will be closed") == std::string::npos);
  }
}

TEST_CASE("whom it was told is no part of the content") {
  CHECK(quotes_of("Moussaoui told his trial judge that he had a mission.") ==
        std::vector<std::string>{"indirect|he had a mission|Moussaoui|told"});
  CHECK(quotes_of("My vet told me the dog could be sick.") ==
        std::vector<std::string>{"indirect|the dog could be sick|My vet|told"});
  // a possessive and a noun with no "that" after them is what is told
  CHECK(quotes_of("Each map in the exhibition tells its own story about the city.").empty());
}

TEST_CASE("'according to X' between commas after a short phrase with no verb") {
  CHECK(quotes_of("In 2001, according to Indian army officials, security forces launched an operation in the islands.") ==
        std::vector<std::string>{
            "indirect|security forces launched an operation in the islands|Indian army officials|according to"});
  CHECK(quotes_of("The death toll, according to the ministry, rose to 45 on Sunday.") ==
        std::vector<std::string>{
            "indirect|The death toll, according to the ministry, rose to 45 on Sunday|the ministry|according to"});
  // a clause before the commas: the source is no attribution of the clause after it
  CHECK(quotes_of("Malaysia has kept a policy of turning away boats which, according to AFP, the UN has criticised.").empty());
}

TEST_CASE("'was quoted as saying' and 'in an interview with X' are no speaker's or content's words") {
  CHECK(quotes_of("The minister was quoted as saying the talks had stalled.") ==
        std::vector<std::string>{"indirect|the talks had stalled|The minister|saying"});
  CHECK(quotes_of("The talks have stalled, the minister said in an interview with the BBC.") ==
        std::vector<std::string>{"indirect|The talks have stalled|the minister|said"});
  CHECK(quotes_of("The minister said in an interview with the BBC that the talks had stalled.") ==
        std::vector<std::string>{"indirect|the talks had stalled|The minister|said"});
  // "with" and no name after the medium: the words stay
  CHECK(quotes_of("The minister said in an interview that the talks had stalled.") ==
        std::vector<std::string>{"indirect|the talks had stalled|The minister|said"});
}

TEST_CASE("a base form of a speech verb reports after a plural subject, not in a question or a request") {
  CHECK(quotes_of("Sunni Iraqis contend elections are impossible to hold under occupation.") ==
        std::vector<std::string>{"indirect|elections are impossible to hold under occupation|Sunni Iraqis|contend"});
  CHECK(quotes_of("Pakistani officials insist the decision was unconnected to the meeting.") ==
        std::vector<std::string>{"indirect|the decision was unconnected to the meeting|Pakistani officials|insist"});
  CHECK(quotes_of("Can you please confirm which price is correct and make the change?").empty());
  CHECK(quotes_of("Kindly confirm your availability to attend the meeting on Thursday.").empty());
  CHECK(quotes_of("Tumour DNA may help explain the underlying causes of other cancers.").empty());
}

TEST_CASE("an inverted sign-off's name may open with a lower-case word before a title") {
  CHECK(quotes_of("Requests like that weren't unusual, says retired Col. William Campenni, who flew with Bush.") ==
        std::vector<std::string>{"indirect|Requests like that weren't unusual|retired Col. William Campenni|says"});
  // no title after the lower-case word: no name
  CHECK(quotes_of("The plan was dead, said many officials.").empty());
}

TEST_CASE("'As stated,' opening a sentence reports the rest with no source") {
  CHECK(quotes_of("As noted, the decision is the prerogative of the bank and would appear inappropriate.") ==
        std::vector<std::string>{"indirect|the decision is the prerogative of the bank and would appear inappropriate|-|as noted"});
  CHECK(quotes_of("As expected, the decision is the prerogative of the bank and would appear inappropriate.").empty());
}

TEST_CASE("'the' and a title speak as the person last named with that title") {
  const json r = nft::run(
      "x\n\nSenator Maria Lopez met Governor Tom Hart on Tuesday. \"We have met many times,\" the governor told "
      "reporters. \"Yes,\" the mayor said.");
  REQUIRE(r["quotes"].size() == 2);
  CHECK(r["quotes"][0]["speaker_text"] == "the governor");
  CHECK(speaker_name(r, r["quotes"][0]) == "Tom Hart");
  // no person titled mayor: an unnamed source
  const json src = nft::entity_by_id(r, r["quotes"][1]["speaker"]);
  REQUIRE(src != nullptr);
  CHECK(src["unnamed"] == true);
}

TEST_CASE("where and how it was said after a sign-off: no content, and the sentence still ends there") {
  for (const char* text : {"The plan failed, the minister told a French newspaper.",
                           "The plan failed, the official told AFP on condition of anonymity.",
                           "The plan failed, a spokesman told Reuters by phone.",
                           "The plan failed, Smith said at a news conference in Kabul."}) {
    const std::vector<std::string> qs = quotes_of(text);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].rfind("indirect|The plan failed|", 0) == 0);
  }
  CHECK(quotes_of("Smith said at a news conference in Kabul that the plan failed.") ==
        std::vector<std::string>{"indirect|the plan failed|Smith|said"});
  CHECK(quotes_of("Smith said at a news conference in Kabul.").empty());
  // other words after the sign-off: not its sentence's end
  for (const std::string& q : quotes_of("The plan failed, Smith said at a news conference after the vote was lost.")) {
    CHECK(q.find("The plan failed|") == std::string::npos);
  }
}

TEST_CASE("speaker words: 'on Monday', 'both', 'is reported to have' leave them; 'went on to say'; 'indicate that'") {
  CHECK(quotes_of("Smith on Monday said the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|Smith|said"});
  CHECK(quotes_of("Smith and Jones both said the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|Smith and Jones|said"});
  CHECK(quotes_of("Smith is reported to have said the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|Smith|said"});
  CHECK(quotes_of("Smith went on to say the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|Smith|went on to say"});
  CHECK(quotes_of("Reports indicate that the plan has failed.") ==
        std::vector<std::string>{"indirect|the plan has failed|Reports|indicate"});
  // an infinitive alone is no statement made; "indicate" with no clause reports nothing
  CHECK(quotes_of("Smith wanted to say the plan had failed.").empty());
  CHECK(quotes_of("The signs indicate the way to the station.").empty());
}

TEST_CASE("a straight mark between spaces closes the quotation open before it (tokenised text)") {
  CHECK(quotes_of("Clinton says Bush \" should, and probably will, pick up \" those names.") ==
        std::vector<std::string>{"direct|should, and probably will, pick up|Clinton|says"});
  // and before a comma: three short quotations, none running on to the sentence's end
  CHECK(quotes_of("\" They are targeting ambulances \", \" snipers are shooting children \", and \" They are "
                  "using cluster bombs \" is all you hear from him.")
            .empty());
  // a mark a word follows opens the second part of a broken quotation
  CHECK(quotes_of("He said, \"We will fight,\" and then, \"We will win.\"").size() == 2);
}

TEST_CASE("quoted words in title case are a title, not speech") {
  for (const std::string& q : quotes_of("The critic said she enjoyed \"The Breakfast Club in Chicago\" a lot.")) {
    CHECK(q.rfind("partial|", 0) != 0);
  }
  CHECK(quotes_of("\" A View from the Eye of the Storm \"\n\nThe talk was given in April.").empty());
  // lower-case words, or a sign, make it speech
  CHECK(quotes_of("The critic said she enjoyed \"the breakfast club in Chicago\" a lot.").back() ==
        "partial|the breakfast club in Chicago|The critic|said");
  CHECK(quotes_of("The critic said the crowd chanted \"We Will Win!\" all night.").back() ==
        "partial|We Will Win!|The critic|said");
}

TEST_CASE("short quoted words in what the writer ('I', 'we') says are scare quotes") {
  CHECK(quotes_of("I think a \"modest\" increase may be necessary.") ==
        std::vector<std::string>{"indirect|a \"modest\" increase may be necessary|I|think"});
  CHECK(quotes_of("He thinks a \"modest\" increase may be necessary.").back() == "partial|modest|He|thinks");
}

TEST_CASE("'X said:' ending a paragraph reports the paragraphs after it that hold no quotation mark") {
  CHECK(quotes_of("Foreign Office Minister, Tobias Ellwood, said:\n\nThe attack was a horrific act of terror.\n\n"
                  "I offer my sincere condolences.\n\nNext story") ==
        std::vector<std::string>{
            "indirect|The attack was a horrific act of terror.\n\nI offer my sincere condolences|Tobias Ellwood|said"});
  // an object before the colon stays the cue's own content too
  CHECK(quotes_of("The Church denied these allegations:\n\nShe was never forced to work there.") ==
        std::vector<std::string>{"indirect|these allegations|The Church|denied",
                                 "indirect|She was never forced to work there|The Church|denied"});
  // a quotation after the colon is read as such; no cue, no statement
  CHECK(quotes_of("The minister said:\n\n\"The attack was a horrific act of terror.\"") ==
        std::vector<std::string>{"direct|The attack was a horrific act of terror.|The minister|said"});
  CHECK(quotes_of("The fund has three aims:\n\nIt pays for schools.").empty());
}

TEST_CASE("a colon right after the cue opens what it reports") {
  CHECK(quotes_of("The minister said: the attack was a horrific act of terror.") ==
        std::vector<std::string>{"indirect|the attack was a horrific act of terror|The minister|said"});
  CHECK(quotes_of("The minister said: \"The attack was a horrific act of terror.\"") ==
        std::vector<std::string>{"direct|The attack was a horrific act of terror.|The minister|said"});
}

TEST_CASE("'were critical of', 'critics charge that', 'rates X among': reported with their sources") {
  CHECK(quotes_of("Human rights groups were critical of the decision to close the border.") ==
        std::vector<std::string>{"indirect|the decision to close the border|Human rights groups|were critical of"});
  CHECK(quotes_of("Critics charge that the law favours the rich.") ==
        std::vector<std::string>{"indirect|the law favours the rich|Critics|charge"});
  CHECK(quotes_of("Amnesty International rates the Rohingya among the most persecuted minorities.") ==
        std::vector<std::string>{
            "indirect|the Rohingya among the most persecuted minorities|Amnesty International|rates"});
  // money charged, rates as a noun, a ranking with no "among": nothing reported
  CHECK(quotes_of("Cruise lines charge you more to sail alone.").empty());
  CHECK(quotes_of("The hotels charge $15 for the first hour.").empty());
  CHECK(quotes_of("Our high tax rates still prevent the economy from growing as fully as it must.").empty());
}

TEST_CASE("a comma and 'with' before a later cue's speaker end the content") {
  CHECK(quotes_of("Critics were critical of the attacks on the website, with one poster writing \"How can people "
                  "look at both sides if one side is gone?\"")
            .front() == "indirect|the attacks on the website|Critics|were critical of");
}

TEST_CASE("'the minister' is the person last titled with a title whose head word is 'minister'") {
  const json r = nft::run("x\n\nInterior Minister Ahmed Khalil visited the site on Monday. \"We will rebuild,\" the "
                          "minister said.");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(speaker_name(r, r["quotes"][0]) == "Ahmed Khalil");
  const json s = nft::run("x\n\nSecretary of State John Kerry met Lavrov. \"It was useful,\" the secretary said.");
  REQUIRE(s["quotes"].size() == 1);
  CHECK(speaker_name(s, s["quotes"][0]) == "John Kerry");
  // a title said in full wins over a head word; no such title: an unnamed source
  const json t = nft::run("x\n\nForeign Minister Ali Hassan met Interior Minister Omar Saleh. \"We agree,\" the "
                          "foreign minister said.");
  REQUIRE(t["quotes"].size() == 1);
  CHECK(speaker_name(t, t["quotes"][0]) == "Ali Hassan");
  const json u = nft::run("x\n\nAli Hassan visited the site. \"We agree,\" the minister said.");
  REQUIRE(u["quotes"].size() == 1);
  CHECK(speaker_name(u, u["quotes"][0]) != "Ali Hassan");
}

TEST_CASE("quoted words after 'the word', 'the slogan', 'so-called' are a mention, not speech") {
  CHECK(quotes_of("He said the word \"freedom\" appears 12 times in the speech.") ==
        std::vector<std::string>{"indirect|the word \"freedom\" appears 12 times in the speech|He|said"});
  CHECK(quotes_of("Officials said the so-called \"peace plan\" had collapsed.") ==
        std::vector<std::string>{"indirect|the so-called \"peace plan\" had collapsed|Officials|said"});
  // after another noun the quoted words are still a partial quotation
  CHECK(quotes_of("He said the plan \"was dead\" by Friday.").back() == "partial|was dead|He|said");
}

TEST_CASE("two straight single marks with nothing between them are a double mark (wire text)") {
  CHECK(quotes_of("\" All hell broke loose, '' Robinson said.") ==
        std::vector<std::string>{"direct|All hell broke loose|Robinson|said"});
  CHECK(quotes_of("'' Every morning the kids had to stand before a poster and shout praises, '' Nadereh Afshari "
                  "told me.")
            .front() == "direct|Every morning the kids had to stand before a poster and shout praises|Nadereh Afshari|told");
  // single marks with words between them stay quotes within quotes
  CHECK(quotes_of("\"He said 'no' to us,\" Robinson said.") ==
        std::vector<std::string>{"direct|He said 'no' to us|Robinson|said"});
}

TEST_CASE("', while noting', 'further stressed', 'expressed his desire that'") {
  CHECK(quotes_of("He further stressed the need to develop future leaders through timely feedback, while noting "
                  "the importance of timely recognition.") ==
        std::vector<std::string>{"indirect|the need to develop future leaders through timely feedback|He|stressed",
                                 "indirect|the importance of timely recognition|He|noting"});
  CHECK(quotes_of("Votel expressed his desire that the command attracts the very best people.") ==
        std::vector<std::string>{"indirect|the command attracts the very best people|Votel|expressed his desire"});
  CHECK(quotes_of("She left early, while noting nothing.").empty());
}

TEST_CASE("session 25: a speaker starts after the wire dateline; the organisation after a possessive speaks") {
  nf::Options o;
  o.date = "2025-02-06";
  json r = nft::run("Chipmaker to cut jobs as profit slumps\n\n"
                    "SAN FRANCISCO, Feb 6 (Reuters) - Nexora Inc said on Thursday it would cut about 4,000 jobs.", o);
  REQUIRE(r["quotes"].size() >= 1);
  CHECK(r["quotes"][0]["speaker_text"] == "Nexora Inc");
  r = nft::run("x\n\nRussia's Defense Ministry said its forces had captured the village.", o);
  REQUIRE(r["quotes"].size() == 1);
  const std::string id = r["quotes"][0]["speaker"].get<std::string>();
  for (const auto& e : r["entities"])
    if (e["id"] == id) CHECK(e["name"] == "Defense Ministry");
}

TEST_CASE("session 26: a place alone between commas qualifies the name before it; the apposition goes on") {
  CHECK(quotes_of("Cynthia Thompson, curator of exhibits at the University of Arkansas, Fayetteville, said, "
                  "\"These images serve as documentation of his every day life.\"") ==
        std::vector<std::string>{"direct|These images serve as documentation of his every day life.|Cynthia Thompson|said"});
  // a place after a person is no qualifier of an organisation: the words before it speak
  CHECK(quotes_of("Officials at the ministry, in Kabul, said the road was closed.") ==
        std::vector<std::string>{"indirect|the road was closed|Officials at the ministry|said"});
}

TEST_CASE("session 26: who saw a document does not speak its words; 'every claim' is a noun") {
  json r = nft::run("x\n\nA leaked internal letter seen by Sky News says \"failure to return the form may end the claim\".");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(r["quotes"][0]["speaker"].is_null());
  CHECK(r["quotes"][0]["speaker_text"] == "A leaked internal letter seen by Sky News");
  r = nft::run("x\n\nA statement issued by the Interior Ministry says \"the border is closed\".");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(speaker_name(r, r["quotes"][0]) == "Interior Ministry");
  r = nft::run("x\n\nOfficials tell BBC News every claim will be considered \"based solely on the response\".");
  REQUIRE(r["quotes"].size() == 2);  // the reported clause and the partial quotation in it
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(r["quotes"][i]["cue"] == "tell");
    CHECK(r["quotes"][i]["speaker_text"] == "Officials");
  }
}

TEST_CASE("session 26: whom a paper quotes speaks; a quotation inside a passive report is part of it") {
  CHECK(quotes_of("State media quoted an unnamed official saying the talks had stalled.") ==
        std::vector<std::string>{"indirect|the talks had stalled|an unnamed official|saying"});
  CHECK(quotes_of("The minister was quoted as saying the talks had stalled.") ==
        std::vector<std::string>{"indirect|the talks had stalled|The minister|saying"});
  const json r = nft::run("x\n\nThe man was said to be \"a danger to the public.\"");
  REQUIRE(r["quotes"].size() == 1);
  CHECK(r["quotes"][0]["text"] == "to be \"a danger to the public.\"");
  CHECK(r["quotes"][0]["speaker"].is_null());
}

TEST_CASE("session 26: a person after another's role words speaks; no quote without a letter or digit") {
  const json r = nft::run("x\n\nGov. Gray Davis met the generators.\n\n"
                          "Davis spokesman Steve Maviglio said the governor was \"betrayed\".");
  REQUIRE(r["quotes"].size() == 2);
  for (const auto& q : r["quotes"]) CHECK(speaker_name(r, q) == "Steve Maviglio");
  const json o = nft::run("x\n\nObama and Biden said the talks failed.");
  REQUIRE(o["quotes"].size() == 1);
  CHECK(speaker_name(o, o["quotes"][0]) == "Obama");  // a list: its first name, as before
  const json p = nft::run("x\n\nIt is time to say goodbye, \"Microsoft says on\" The Countdown \".\n\nThe next paragraph.");
  const json qs = p["quotes"];
  for (const auto& q : qs) CHECK(q["text"] != ".");
}

TEST_CASE("session 26: a cue between commas after a short subject reports the sentence around it") {
  CHECK(quotes_of("The talks, he said, were constructive, and the sides would meet again.") ==
        std::vector<std::string>{"indirect|The talks, he said, were constructive, and the sides would meet again|he|said"});
  CHECK(quotes_of("Prices, Davis said, did not spike as a result.") ==
        std::vector<std::string>{"indirect|Prices, Davis said, did not spike as a result|Davis|said"});
  // a phrase a preposition opens is no subject: the clause after the comma is reported
  CHECK(quotes_of("In Paris, he said, the talks had stalled.") ==
        std::vector<std::string>{"indirect|the talks had stalled|he|said"});
}

TEST_CASE("session 26: 'according to' a company or a report at the sentence's end names a source") {
  CHECK(quotes_of("Sales rose 5 percent according to the company.") ==
        std::vector<std::string>{"indirect|Sales rose 5 percent|the company|according to"});
  CHECK(quotes_of("The list is sorted according to size.").empty());
  CHECK(quotes_of("Prices are set according to government rules.").empty());
}

TEST_CASE("session 26: a speech verb after 'and'/'but' shares the first clause's subject and ends its content") {
  CHECK(quotes_of("The minister denied the charges and said he would appeal.") ==
        std::vector<std::string>{"indirect|the charges|The minister|denied", "indirect|he would appeal|The minister|said"});
  CHECK(quotes_of("The clerk agreed that it was gross, but said it was not her problem.") ==
        std::vector<std::string>{"indirect|it was gross|The clerk|agreed", "indirect|it was not her problem|The clerk|said"});
  // "and" between two nouns is no coordinated verb
  CHECK(quotes_of("Smith and Jones said the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|Smith and Jones|said"});
}

TEST_CASE("session 28: a count opens the clause after 'officials said,'") {
  CHECK(quotes_of("Yesterday, officials said, two people died when the river burst its banks.") ==
        std::vector<std::string>{"indirect|two people died when the river burst its banks|officials|said"});
  CHECK(quotes_of("On Monday, police said, 12 people were arrested near the stadium.") ==
        std::vector<std::string>{"indirect|12 people were arrested near the stadium|police|said"});
  // no count and no clause after the comma: nothing reported there
  CHECK(quotes_of("Yesterday, officials said, adding nothing.").empty());
}

TEST_CASE("session 28: whom it was told before a quotation or a pronoun is no content") {
  CHECK(quotes_of("Commuters told the police, \"We just want to get to work,\" as crowds built up.") ==
        std::vector<std::string>{"direct|We just want to get to work|Commuters|told"});
  CHECK(quotes_of("Ortiz told the court he was innocent.") ==
        std::vector<std::string>{"indirect|he was innocent|Ortiz|told"});
  // a story told is its object
  CHECK(quotes_of("She told the story again.") == std::vector<std::string>{"indirect|the story again|She|told"});
}

TEST_CASE("session 28: a speech verb's noun after a preposition and an adjective in -ed is no cue") {
  CHECK(quotes_of("The talks had been delayed by weeks, he noted, after repeated requests from Colombo for more time.") ==
        std::vector<std::string>{"indirect|The talks had been delayed by weeks|he|noted"});
  CHECK(quotes_of("The army withdrew amid reports of shelling.").empty());
  // a participle after "after" keeps its cue
  CHECK(quotes_of("He resigned after saying the plan had failed.").size() == 1);
}

TEST_CASE("session 28: 'asked not to be named' reports nothing; 'what' ends a subject; a name between commas at the start") {
  CHECK(quotes_of("A spokesman, who asked not to be named, said the damage was large.") ==
        std::vector<std::string>{"indirect|the damage was large|A spokesman|said"});
  CHECK(quotes_of("The strike followed what the union described as \"years of broken promises\" on pay.") ==
        std::vector<std::string>{"partial|years of broken promises|the union|described"});
  CHECK(quotes_of("The company, Northern Lines, said that fewer than half of its drivers had joined the strike.") ==
        std::vector<std::string>{"indirect|fewer than half of its drivers had joined the strike|The company, Northern Lines|said"});
}

TEST_CASE("session 28: quoted words right after 'known as' or a naming participle are a name") {
  CHECK(quotes_of("Witnesses testified that they had paid cash to an aide known as \"the Banker\".") ==
        std::vector<std::string>{"indirect|they had paid cash to an aide known as \"the Banker\"|Witnesses|testified"});
  CHECK(quotes_of("He said they paid an aide nicknamed \"the big boss\" every week.") ==
        std::vector<std::string>{"indirect|they paid an aide nicknamed \"the big boss\" every week|He|said"});
  // a word between: the quotation stays
  CHECK(quotes_of("He said it was known as a \"safe\" zone.").size() == 2);
}

TEST_CASE("session 28: thanks and praise for something report it; 'calling for'") {
  CHECK(quotes_of("Carter thanked Abadi for two years of close partnership.").size() == 1);
  CHECK(quotes_of("The mayor praised the crews for their courage.").size() == 1);
  CHECK(quotes_of("The mayor praised the crews.").empty());
  CHECK(quotes_of("The union issued a statement calling for a new round of talks.").size() == 1);
}

TEST_CASE("session 28: a lower-case 'the' and capitalised words quoted are a name") {
  CHECK(quotes_of("Residents call the area \"the Jungle\".").empty());
  CHECK(quotes_of("The group, which calls itself \"the Resistance\", claimed the attack.").empty());
  // words in lower case after "the" stay a quotation
  CHECK(quotes_of("Residents call the area \"the worst place on earth\".").size() == 1);
}

TEST_CASE("session 28: a short quotation inside the clause a sign-off reports is part of it") {
  CHECK(quotes_of("The operation, code-named \"Desert Storm\", began in January, officials said.") ==
        std::vector<std::string>{"indirect|The operation, code-named \"Desert Storm\", began in January|officials|said"});
  // a quotation that ends the clause is the sign-off's own
  CHECK(quotes_of("The plan is \"dead\", he said.") == std::vector<std::string>{"partial|dead|he|said"});
}

TEST_CASE("session 28: 'called on X to' is an appeal; 'quoted X as saying' names X") {
  CHECK(quotes_of("Human Rights Watch called on the government to release the prisoners.") ==
        std::vector<std::string>{"indirect|the government to release the prisoners|Human Rights Watch|called on"});
  CHECK(quotes_of("The doctor called on the family yesterday.").empty());
  CHECK(quotes_of("The agency quoted the minister as saying the talks had failed.") ==
        std::vector<std::string>{"indirect|the talks had failed|the minister|saying"});
}

TEST_CASE("session 28: an age after a determiner is the subject; a quotation after the cue's second comma") {
  CHECK(quotes_of("\"We will rebuild,\" the 54-year-old said.") ==
        std::vector<std::string>{"direct|We will rebuild|the 54-year-old|said"});
  CHECK(quotes_of("Officials on Sunday said the town would be rebuilt.") ==
        std::vector<std::string>{"indirect|the town would be rebuilt|Officials|said"});
  CHECK(quotes_of("In an interview, Smith said, \"We will rebuild.\"") ==
        std::vector<std::string>{"partial|We will rebuild.|Smith|said"});
}

TEST_CASE("session 28: one quoted capitalised word after a determiner, possessive, noun or 'as' is a name") {
  CHECK(quotes_of("The film \"Parasite\" won the award, organisers said.") ==
        std::vector<std::string>{"indirect|The film \"Parasite\" won the award|organisers|said"});
  CHECK(quotes_of("Police said the suspect, known locally as \"Bobo\", had fled.") ==
        std::vector<std::string>{"indirect|the suspect, known locally as \"Bobo\", had fled|Police|said"});
  // after a speech verb it is speech
  CHECK(quotes_of("He said \"Never\" and left.") == std::vector<std::string>{"partial|Never|He|said"});
}

TEST_CASE("session 28: a short object ends before a later sign-off") {
  CHECK(quotes_of("Islamic State claimed the attack, the agency said.") ==
        std::vector<std::string>{"indirect|the attack|Islamic State|claimed"});
}

TEST_CASE("session 28: an adverb in -ly after a subject keeps the verb; 'demanded'; 'determined that'") {
  CHECK(quotes_of("Smith repeatedly denied wrongdoing.") == std::vector<std::string>{"indirect|wrongdoing|Smith|denied"});
  CHECK(quotes_of("The widely reported clashes ended.").empty());
  CHECK(quotes_of("The opposition has demanded an inquiry into the deaths.") ==
        std::vector<std::string>{"indirect|an inquiry into the deaths|The opposition|demanded"});
  CHECK(quotes_of("Investigators determined that the pilot had fallen asleep.") ==
        std::vector<std::string>{"indirect|the pilot had fallen asleep|Investigators|determined"});
  CHECK(quotes_of("The council determined the budget.").empty());
}

TEST_CASE("session 28: a short quotation sentence ending the paragraph before hands on its speaker") {
  const std::vector<std::string> q = quotes_of(
      "Mayor John Smith visited the site on Monday.\n\n\"This is a tragedy for our town,\" he said. \"We will "
      "rebuild.\"\n\n\"Nobody expected this.\"");
  REQUIRE(q.size() == 3);
  CHECK(q[2] == "direct|Nobody expected this.|he|said");
}

TEST_CASE("session 28: a relative 'who' ends an inverted speaker; 'the WHO' is a name") {
  CHECK(quotes_of("\"The outbreak is over,\" said a doctor who treated patients.") ==
        std::vector<std::string>{"direct|The outbreak is over|a doctor|said"});
  CHECK(quotes_of("According to the WHO, 500 people have died.") ==
        std::vector<std::string>{"indirect|500 people have died|the WHO|according to"});
}

TEST_CASE("session 28: 'fear' and 'hinted' report a clause; a thought word before an auxiliary is a noun") {
  CHECK(quotes_of("Experts fear the virus could spread.") ==
        std::vector<std::string>{"indirect|the virus could spread|Experts|fear"});
  CHECK(quotes_of("Smith hinted that he might run again.") ==
        std::vector<std::string>{"indirect|he might run again|Smith|hinted"});
  CHECK(quotes_of("Widespread fear has gripped the city.").empty());
  CHECK(quotes_of("I fear the worst.").empty());
  CHECK(quotes_of("Murder suspect John Smith appeared in court on Monday.").empty());
}

TEST_CASE("session 28b: a quoted programme name inside the addressee of 'told'") {
  CHECK(quotes_of("He told the BBC's \"Today\" programme that the deal was dead.") ==
        std::vector<std::string>{"indirect|the deal was dead|He|told"});
  CHECK(quotes_of("She told the \"Newsnight\" programme that talks would resume.") ==
        std::vector<std::string>{"indirect|talks would resume|She|told"});
  // a quotation that is speech is no name: it stays what was told
  CHECK(quotes_of("He told reporters \"we will win\" and left.").size() >= 1);
}

TEST_CASE("session 28b: a participle after a preposition takes the clause's subject") {
  CHECK(quotes_of("He resigned after saying the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|He|saying"});
  CHECK(quotes_of("The minister resigned after saying the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|The minister|saying"});
  CHECK(quotes_of("John Smith, the mayor, resigned after saying the plan had failed.") ==
        std::vector<std::string>{"indirect|the plan had failed|John Smith|saying"});
}

TEST_CASE("session 28b: 'called X \"...\"' is the subject's partial quotation, not the sign-off's") {
  CHECK(quotes_of("He called the plan \"a disaster\", officials said.") ==
        std::vector<std::string>{"partial|a disaster|He|called"});
  CHECK(quotes_of("The minister called it \"a national tragedy\" on Monday.") ==
        std::vector<std::string>{"partial|a national tragedy|The minister|called"});
  // no object, or a quoted name: no naming cue
  CHECK(quotes_of("A man called \"Bobo\" was arrested, police said.") ==
        std::vector<std::string>{"indirect|A man called \"Bobo\" was arrested|police|said"});
}

TEST_CASE("session 28b: a speech verb opening the sentence, its speaker after it and a colon") {
  CHECK(quotes_of("Said the mayor: \"We will rebuild the town from scratch.\"") ==
        std::vector<std::string>{"direct|We will rebuild the town from scratch.|the mayor|said"});
  CHECK(quotes_of("Added Smith: \"We will rebuild the town.\"") ==
        std::vector<std::string>{"direct|We will rebuild the town.|Smith|added"});
  // no speaker between the verb and the colon
  CHECK(quotes_of("Said to be the oldest: \"We will rebuild the town.\"") ==
        std::vector<std::string>{"direct|We will rebuild the town.|-|-"});
}

TEST_CASE("session 28b: a coordinated verb after a name's quoted verb phrase is that name's") {
  const std::vector<std::string> q =
      quotes_of("Whitmore said that Montalvo \"walked out\" and told the police he was innocent.");
  REQUIRE(!q.empty());
  CHECK(q.back() == "indirect|he was innocent|Montalvo|told");
  // no name before the quotation: the speaker of the cue before
  const std::vector<std::string> r = quotes_of("Smith said the plan \"failed badly\" and told reporters it was over.");
  REQUIRE(!r.empty());
  CHECK(r.back() == "indirect|it was over|Smith|told");
}
