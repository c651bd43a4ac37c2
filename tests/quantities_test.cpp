// Stage 10, quantities: numbers, qualifiers, units, vague counts, ranges, restatements,
// and numbers that are not quantities (parts of times, names).
#include "test_util.h"

using nft::json;

namespace {

// "text=value[..max] qualifier unit" for each quantity of one sentence.
std::string quantities_of(const std::string& sentence) {
  nf::Options o;
  o.date = "2024-07-14";
  const json r = nft::run("x\n\n" + sentence, o);
  std::string out;
  for (const auto& q : r["quantities"]) {
    if (!out.empty()) out += "; ";
    char v[64];
    std::snprintf(v, sizeof v, "%g", q["value"].get<double>());
    out += q["text"].get<std::string>() + "=" + v;
    if (!q["max"].is_null()) {
      std::snprintf(v, sizeof v, "%g", q["max"].get<double>());
      out += std::string("..") + v;
    }
    out += " " + q["qualifier"].get<std::string>();
    if (!q["unit"].is_null()) out += " " + q["unit"].get<std::string>();
  }
  return out;
}

}  // namespace

TEST_CASE("the seed's figures") {
  CHECK(quantities_of("The ministry said at least 92 people had been killed, more than half of them women "
                      "and children, and 300 wounded in a strike.") ==
        "at least 92 people=92 at_least person; more than half=0.5 more_than fraction; 300 wounded=300 exact person");
  CHECK(quantities_of("Al-Mawasi, where the ministry said dozens had been killed, was hit.") == "dozens=12 about");
  CHECK(quantities_of("He described a sandy 14-square-kilometre (5.4-square-mile) agricultural land.") ==
        "14-square-kilometre (5.4-square-mile)=14 exact km2");
  CHECK(quantities_of("Rescuers said at least eight people were killed.") == "at least eight people=8 at_least person");
}

TEST_CASE("numbers: digits, words, scales, fractions, percentages, ordinals") {
  CHECK(quantities_of("The toll rose to 21,110.") == "21,110=21110 exact");
  CHECK(quantities_of("Ninety-two bodies were found.") == "Ninety-two=92 exact");
  CHECK(quantities_of("A dozen soldiers were hurt.") == "A dozen soldiers=12 exact person");
  CHECK(quantities_of("Aid of 2.5 million was sent.") == "2.5 million=2.5e+06 exact");
  CHECK(quantities_of("It costs $5m a year.") == "$5m=5e+06 exact USD");
  CHECK(quantities_of("It costs $40 million.") == "$40 million=4e+07 exact USD");
  CHECK(quantities_of("Turnout was 40% in the north.") == "40%=40 exact percent");
  CHECK(quantities_of("Turnout was 40 percent.") == "40 percent=40 exact percent");
  CHECK(quantities_of("A third of homes are gone.") == "A third=0.333333 exact fraction");
  CHECK(quantities_of("It was the 3rd attack.") == "3rd=3 exact ordinal");
  CHECK(quantities_of("It is one-and-a-half times larger.") == "one-and-a-half=1.5 exact");
}

TEST_CASE("qualifiers, ranges, vague counts") {
  CHECK(quantities_of("Nearly 300 were hurt.") == "Nearly 300=300 about");
  CHECK(quantities_of("Up to 40 trucks crossed.") == "Up to 40=40 at_most");
  CHECK(quantities_of("Fewer than 10 remain.") == "Fewer than 10=10 less_than");
  CHECK(quantities_of("Between 20 and 30 died.") == "Between 20 and 30=20..30 range");
  CHECK(quantities_of("Some 8-10 people fled.") == "Some 8-10 people=8..10 range person");  // a range stays one
  CHECK(quantities_of("Hundreds fled.") == "Hundreds=100 about");
  CHECK(quantities_of("Tens of thousands fled.") == "Tens of thousands=10000 about");
  CHECK(quantities_of("Scores of people were hurt.") == "Scores of people=20 about person");
  CHECK(quantities_of("Dozens of civilians were hurt.") == "Dozens of civilians=12 about person");
}

TEST_CASE("units") {
  CHECK(quantities_of("The convoy drove 40 km.") == "40 km=40 exact km");
  CHECK(quantities_of("It rose to 4.7 meters (15.4 feet).") == "4.7 meters (15.4 feet)=4.7 exact m");
  CHECK(quantities_of("Temperatures hit 45 degrees Celsius.") == "45 degrees Celsius=45 exact celsius");
  CHECK(quantities_of("They seized 3 tonnes of cocaine.") == "3 tonnes=3 exact t");
  CHECK(quantities_of("16 Palestinian children died.") == "16 Palestinian children=16 exact person");
}

TEST_CASE("numbers inside times and names are not quantities") {
  CHECK(quantities_of("It happened on July 13, 2024 at 3 p.m.") == "");
  CHECK(quantities_of("The nine-month-long war and the 1990s.") == "");
  CHECK(quantities_of("He spent two years in prison.") == "");
  CHECK(quantities_of("The COVID-19 rules and F-16 jets.") == "");
}

TEST_CASE("a conjunction is no modifier; a slash makes a fraction; more people nouns") {
  CHECK(quantities_of("The car bomb killed 6 and wounded 15.") == "6=6 exact; 15=15 exact");
  CHECK(quantities_of("They killed about 2 / 3s of the top 25 commanders.") ==
        "about 2 / 3s=0.666667 about fraction; 25 commanders=25 exact person");
  CHECK(quantities_of("She and about 100 followers were executed.") == "about 100 followers=100 about person");
  CHECK(quantities_of("The bomber killed himself and 11 others.") == "11 others=11 exact person");
  CHECK(quantities_of("Thousands lost their lives.") == "Thousands=1000 about");
}

TEST_CASE("'two dozen' is 24, 'a dozen' 12") {
  CHECK(quantities_of("About two dozen people were killed.") == "About two dozen people=24 about person");
  CHECK(quantities_of("A dozen people came.") == "A dozen people=12 exact person");
}

TEST_CASE("people nouns of defence press releases") {
  CHECK(quantities_of("Airstrikes killed 25 ISIL terrorists.") == "25 ISIL terrorists=25 exact person");
  CHECK(quantities_of("Attackers killed 14 Iraqi security personnel.") ==
        "14 Iraqi security personnel=14 exact person");
  CHECK(quantities_of("The strikes destroyed 3 tactical units.") == "3=3 exact");
}

TEST_CASE("compounds after a scale, thousands grouped by spaces, half a dozen") {
  CHECK(quantities_of("One hundred and twenty people came.") == "One hundred and twenty people=120 exact person");
  CHECK(quantities_of("Two hundred fifty people came.") == "Two hundred fifty people=250 exact person");
  CHECK(quantities_of("Over 2 000 people came.") == "Over 2 000 people=2000 more_than person");
  CHECK(quantities_of("Half a dozen soldiers came.") == "Half a dozen soldiers=6 exact person");
  // Groups of three digits after a space join; numbers apart stay apart.
  CHECK(quantities_of("He counted 12 345 678 votes.") == "12 345 678=1.23457e+07 exact");
  CHECK(quantities_of("Route 66 was closed, 2 km away.") == "66=66 exact; 2 km=2 exact km");
}

TEST_CASE("'one' as a pronoun is no count") {
  CHECK(quantities_of("No one will be left behind.") == "");
  CHECK(quantities_of("The one who spoke was calm.") == "");
  CHECK(quantities_of("They helped one another.") == "");
  CHECK(quantities_of("The one soldier killed was a child.") == "one soldier=1 exact person");
  CHECK(quantities_of("One of the men died.") == "One of the men=1 exact person");
}

TEST_CASE("cents and pence are a unit of their own") {
  CHECK(quantities_of("Net income was 38 cents per share.") == "38 cents=38 exact cent");
  CHECK(quantities_of("Fuel rose 5 pence a litre.") == "5 pence=5 exact cent");
}
