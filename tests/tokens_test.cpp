// Stage 4, tokens.
#include "test_util.h"

#include "tokens.h"

namespace {

std::vector<std::string> toks(const std::string& s) {
  nf::Document d;
  nf::decode_text(s, d);
  nf::tokenize_span(d, {0, static_cast<uint32_t>(d.text.size())});
  std::vector<std::string> out;
  for (const auto& t : d.tokens) out.emplace_back(d.slice(t.span));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("tokens: possessives, hyphens, acronyms, numbers, quotes") {
  CHECK(toks("Hamas's Qatar-based chief") == V{"Hamas", "'s", "Qatar-based", "chief"});
  CHECK(toks("the group\xE2\x80\x99s commander") == V{"the", "group", "\xE2\x80\x99s", "commander"});
  CHECK(toks("Hamas' surprise") == V{"Hamas", "'", "surprise"});
  CHECK(toks("U.S. support, the U.N. agency") == V{"U.S.", "support", ",", "the", "U.N.", "agency"});
  CHECK(toks("at 3 p.m. local") == V{"at", "3", "p.m.", "local"});
  CHECK(toks("the U.S.-led coalition was U.S.-led.") == V{"the", "U.S.-led", "coalition", "was", "U.S.-led", "."});
  CHECK(toks("21,110 people and 5.4 miles") == V{"21,110", "people", "and", "5.4", "miles"});
  CHECK(toks("a 14-square-kilometre (5.4-square-mile) area") ==
        V{"a", "14-square-kilometre", "(", "5.4-square-mile", ")", "area"});
  CHECK(toks("O'Brien didn't go.") == V{"O'Brien", "didn't", "go", "."});
  CHECK(toks("Wait... what?!") == V{"Wait", "...", "what", "?", "!"});
  CHECK(toks("\"fine\" he said") == V{"\"", "fine", "\"", "he", "said"});
  CHECK(toks("Al-Mawasi, Gen. Halevi") == V{"Al-Mawasi", ",", "Gen", ".", "Halevi"});
  CHECK(toks("Caf\xC3\xA9 M\xC3\xBCller") == V{"Caf\xC3\xA9", "M\xC3\xBCller"});
  CHECK(toks("$5 million, 40%") == V{"$", "5", "million", ",", "40", "%"});
}

TEST_CASE("tokens: straight quotes open after white space and close after a word") {
  nf::Document d;
  nf::decode_text("said \"no certainty\" either", d);
  nf::tokenize_span(d, {0, static_cast<uint32_t>(d.text.size())});
  REQUIRE(d.tokens.size() == 6);
  CHECK((d.tokens[1].flags & nf::kOpenQuote));
  CHECK((d.tokens[4].flags & nf::kCloseQuote));
}

TEST_CASE("tokens: a straight quote that ends its paragraph closes, even after a space") {
  nf::Document d;
  nf::decode_text("in support of Resolve. \"", d);
  nf::tokenize_span(d, {0, static_cast<uint32_t>(d.text.size())});
  REQUIRE(d.tokens.size() == 6);
  CHECK((d.tokens[5].flags & nf::kCloseQuote));
  CHECK_FALSE((d.tokens[5].flags & nf::kOpenQuote));
  nf::Document o;  // one with words after it still opens
  nf::decode_text("Resolve. \"We", o);
  nf::tokenize_span(o, {0, static_cast<uint32_t>(o.text.size())});
  REQUIRE(o.tokens.size() == 4);
  CHECK((o.tokens[2].flags & nf::kOpenQuote));
}

TEST_CASE("tokens: surface flags") {
  nf::Document d;
  nf::decode_text("GAZA Hamas iPhone al-Qassam 2024", d);
  nf::tokenize_span(d, {0, static_cast<uint32_t>(d.text.size())});
  REQUIRE(d.tokens.size() == 5);
  CHECK((d.tokens[0].flags & nf::kAllCaps));
  CHECK((d.tokens[1].flags & nf::kCapitalized));
  CHECK_FALSE((d.tokens[1].flags & nf::kAllCaps));
  CHECK((d.tokens[2].flags & nf::kLower));
  CHECK((d.tokens[3].flags & nf::kHyphenated));
  CHECK(d.tokens[4].kind == nf::TokenKind::Number);
}
