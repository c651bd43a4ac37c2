// Stage 5, sentences: numbered golden rules (after pragmatic_segmenter's), each one input
// and the exact sentences it must give. A rule fails on a missing, extra or moved boundary.
#include "test_util.h"

namespace {

std::vector<std::string> sentences_of(const std::string& text) {
  nf::Options utf8;
  utf8.offsets = nf::OffsetUnit::Utf8;
  const nft::json r = nft::run(text, utf8);
  std::vector<std::string> out;
  for (const auto& s : r["sentences"]) {
    out.push_back(text.substr(s["start"].get<std::size_t>(),
                              s["end"].get<std::size_t>() - s["start"].get<std::size_t>()));
  }
  return out;
}

struct Rule {
  int number;
  const char* name;
  std::string input;
  std::vector<std::string> want;
};

// Inputs start with a blank first line where the first sentence could pass for a
// headline; the header stage is tested elsewhere.
const Rule kRules[] = {
    {1, "simple period", "x\n\nHe left. She stayed.", {"He left.", "She stayed."}},
    {2, "question and exclamation", "x\n\nIs it over? No! It goes on.",
     {"Is it over?", "No!", "It goes on."}},
    {3, "U.S. before a noun", "x\n\nTalks with U.S. support failed.", {"Talks with U.S. support failed."}},
    {4, "U.S. at a sentence end", "x\n\nHe flew to the U.S. The talks begin Monday.",
     {"He flew to the U.S.", "The talks begin Monday."}},
    {5, "U.N. agency", "x\n\nThe U.N. agency for refugees, UNRWA, said so.",
     {"The U.N. agency for refugees, UNRWA, said so."}},
    {6, "month abbreviation before a day", "x\n\nThe Oct. 7 attack on southern Israel began it.",
     {"The Oct. 7 attack on southern Israel began it."}},
    {7, "title abbreviation", "x\n\nGen. Herzi Halevi and Mr. Smith met Dr. Jones.",
     {"Gen. Herzi Halevi and Mr. Smith met Dr. Jones."}},
    {8, "No. before a number", "x\n\nHe lives at No. 10 Downing Street.", {"He lives at No. 10 Downing Street."}},
    {9, "initials", "x\n\nJohn F. Kennedy and George W. Bush were presidents.",
     {"John F. Kennedy and George W. Bush were presidents."}},
    {10, "decimals", "x\n\nThe area is 5.4 square miles. It is small.",
     {"The area is 5.4 square miles.", "It is small."}},
    {11, "end inside a closing curly quote",
     "x\n\nHe called it \"a sandy land, with no roads.\u201D The UN agreed.",
     {"He called it \"a sandy land, with no roads.\u201D", "The UN agreed."}},
    {12, "end inside a straight closing quote", "x\n\nShe said \"we will win.\" He left.",
     {"She said \"we will win.\"", "He left."}},
    {13, "question in a quote, then a lower-case verb", "x\n\n\u201CWhy now?\u201D he asked. Nobody knew.",
     {"\u201CWhy now?\u201D he asked.", "Nobody knew."}},
    {14, "ellipsis before lower case", "x\n\nWe waited ... and waited. Then it came.",
     {"We waited ... and waited.", "Then it came."}},
    {15, "ellipsis before a capital", "x\n\nWe waited\u2026 Then it came.", {"We waited\u2026", "Then it came."}},
    {16, "p.m. before lower case", "x\n\nAt 3 p.m. local time the sirens sounded.",
     {"At 3 p.m. local time the sirens sounded."}},
    {17, "p.m. at a sentence end", "x\n\nThe strike came at 3 p.m. The toll rose.",
     {"The strike came at 3 p.m.", "The toll rose."}},
    {18, "Inc. before a verb", "x\n\nAcme Inc. said profits rose.", {"Acme Inc. said profits rose."}},
    {19, "Inc. at a sentence end", "x\n\nHe works for Acme Inc. It makes tools.",
     {"He works for Acme Inc.", "It makes tools."}},
    {20, "sentence starting with a number", "x\n\nThe toll rose to 92. 300 were hurt.",
     {"The toll rose to 92.", "300 were hurt."}},
    {21, "sentence starting with a quote", "x\n\nHe spoke. \"We are ready,\" he said.",
     {"He spoke.", "\"We are ready,\" he said."}},
    {22, "line breaks end sentences", "x\n\nFirst line without stop\nSecond line.",
     {"First line without stop", "Second line."}},
    {23, "parenthesis after the stop", "x\n\nIt was late (very late.) We left.",
     {"It was late (very late.)", "We left."}},
    {24, "no space after the stop", "x\n\nVisit example.com today. Or not.", {"Visit example.com today.", "Or not."}},
    {25, "abbreviated weekday and month", "x\n\nThe vote is on Tue. Nov. 5 this year.",
     {"The vote is on Tue. Nov. 5 this year."}},
    {26, "Washington D.C. before a verb", "x\n\nThey met in Washington D.C. on Friday.",
     {"They met in Washington D.C. on Friday."}},
    {27, "Sen. and Rep. titles", "x\n\nSen. Warren and Rep. Ocasio-Cortez voted no.",
     {"Sen. Warren and Rep. Ocasio-Cortez voted no."}},
    {28, "sign-off after a quoted question", "x\n\n\"Is this safe?\" asked one resident.",
     {"\"Is this safe?\" asked one resident."}},
    {29, "multiple terminal marks", "x\n\nReally?! Yes. Fine.", {"Really?!", "Yes.", "Fine."}},
    {30, "e.g. mid-sentence", "x\n\nSome towns, e.g. Rafah, were hit.", {"Some towns, e.g. Rafah, were hit."}},
    {31, "Jr. before a comma", "x\n\nMartin Luther King Jr., the leader, spoke.",
     {"Martin Luther King Jr., the leader, spoke."}},
    {32, "Ph.D. before lower case", "x\n\nShe has a Ph.D. in physics.", {"She has a Ph.D. in physics."}},
    {33, "a headline-like line keeps no full stop", "x\n\nHamas pulls out of talks\nThe group said so.",
     {"Hamas pulls out of talks", "The group said so."}},
    {34, "mixed straight and curly marks",
     "x\n\n\"The claim is false,\u201D said Lazzarini on X. He added more.",
     {"\"The claim is false,\u201D said Lazzarini on X.", "He added more."}},
};

}  // namespace

TEST_CASE("sentence golden rules") {
  for (const Rule& r : kRules) {
    CAPTURE(r.number);
    CAPTURE(std::string(r.name));
    std::string got, want;
    for (const auto& x : sentences_of(r.input)) got += "[" + x + "] ";
    for (const auto& x : r.want) want += "[" + x + "] ";
    CHECK(got == want);
  }
}

TEST_CASE("sentences never cross paragraphs and carry their paragraph index") {
  const nft::json r = nft::run("x\n\nOne. Two.\n\nThree.");
  REQUIRE(r["sentences"].size() == 3);
  CHECK(r["sentences"][0]["paragraph"] == 0);
  CHECK(r["sentences"][1]["paragraph"] == 0);
  CHECK(r["sentences"][2]["paragraph"] == 1);
  CHECK(r["paragraphs"].size() == 2);
}

TEST_CASE("a sentence with no punctuation is cut at kMaxSentenceTokens") {
  std::string s = "x\n\n";
  for (int i = 0; i < 2500; ++i) s += "word ";
  const nft::json r = nft::run(s);
  CHECK(r["sentences"].size() == 3);
  CHECK(nft::has_warning(r, "long_sentence"));
}
