// Stage 11, casualties: counts linked to their cue, partial and cumulative counts, zero,
// hedges, and the figures that are not casualties.
#include "test_util.h"

using nft::json;

namespace {

json casualties_of(const std::string& text, const std::string& dct = "2024-07-14") {
  nf::Options o;
  o.date = dct;
  return nft::run("x\n\n" + text, o)["casualties"];
}

std::string counts(const json& c) {
  std::string out;
  for (const char* k : {"killed", "wounded", "missing", "kidnapped", "arrested", "displaced"}) {
    if (!c.contains(k) || c[k].is_null()) continue;
    char v[64];
    std::snprintf(v, sizeof v, "%g", c[k]["value"].get<double>());
    if (!out.empty()) out += " ";
    out += std::string(k) + "=" + v + "/" + c[k]["qualifier"].get<std::string>();
  }
  return out;
}

}  // namespace

TEST_CASE("the seed's three casualty statements") {
  json c = casualties_of(
      "Israel staged a huge bombing raid on a camp on July 13.\n\n"
      "The Health Ministry in the Hamas-run Gaza Strip said at least 92 people had been killed, more than half "
      "of them women and children, and 300 wounded in a strike on the Al-Mawasi camp.\n\n"
      "Al-Mawasi, where the Health Ministry said dozens had been killed, had in May been declared a safe zone.\n\n"
      "Rescuers also said yesterday at least eight people were killed in three separate strikes on different "
      "parts of Gaza City.");
  REQUIRE(c.size() == 3);
  CHECK(counts(c[0]) == "killed=92/at_least wounded=300/exact");
  CHECK(c[0]["date"] == "2024-07-13");
  CHECK(c[0]["location_text"] == "Al-Mawasi");
  CHECK(c[0]["source_text"] == "The Health Ministry");
  CHECK(c[0]["victims"] == "people");
  REQUIRE(c[0]["partial"].size() == 1);
  CHECK(c[0]["partial"][0]["victims"] == "women and children");
  CHECK(c[0]["partial"][0]["qualifier"] == "more_than");
  CHECK(counts(c[1]) == "killed=12/about");
  CHECK(c[1]["location_text"] == "Al-Mawasi");
  CHECK(counts(c[2]) == "killed=8/at_least");
  CHECK(c[2]["location_text"] == "Gaza City");
  CHECK(c[2]["source_text"] == "Rescuers");
  CHECK(c[2]["date"] == "2024-07-13");
}

TEST_CASE("cue before the count, partial counts, other categories") {
  CHECK(counts(casualties_of("The attack killed 16 soldiers.")[0]) == "killed=16/exact");
  CHECK(casualties_of("The attack killed 16 soldiers.")[0]["victims"] == "soldiers");
  json c = casualties_of("The blast killed 40 people, including 16 children.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=40/exact");
  REQUIRE(c[0]["partial"].size() == 1);
  CHECK(c[0]["partial"][0]["value"] == 16);
  CHECK(c[0]["partial"][0]["victims"] == "children");
  CHECK(counts(casualties_of("Gunmen abducted 20 students.")[0]) == "kidnapped=20/exact");
  CHECK(counts(casualties_of("Police arrested 35 protesters.")[0]) == "arrested=35/exact");
  CHECK(counts(casualties_of("Floods left 68 missing.")[0]) == "missing=68/exact");
  CHECK(counts(casualties_of("Nearly 200 were injured.")[0]) == "wounded=200/about");
}

TEST_CASE("cumulative tolls are marked and kept apart") {
  json c = casualties_of("The death toll in the war rose to 38,000, the ministry said.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=38000/exact");
  CHECK(c[0]["cumulative"] == true);
  json d = casualties_of("The death toll from the strike rose to 92.");
  REQUIRE(d.size() == 1);
  CHECK(counts(d[0]) == "killed=92/exact");
  CHECK_FALSE(d[0].contains("cumulative"));
}

TEST_CASE("no casualties is zero; hedges are marked") {
  CHECK(counts(casualties_of("There were no casualties, officials said.")[0]) == "killed=0/exact wounded=0/exact");
  CHECK(counts(casualties_of("No one was hurt in the blast.")[0]) == "wounded=0/exact");
  json c = casualties_of("At least 12 people died and the toll could rise.");
  REQUIRE(c.size() == 1);
  CHECK(c[0]["hedge"] == "could rise");
}

TEST_CASE("figures that are not casualties") {
  CHECK(casualties_of("The strike was killed in committee by 12 votes.").empty());
  CHECK(casualties_of("At least eight people were killed in three separate strikes.").size() == 1);
  CHECK(casualties_of("Some 300 people attended the rally.").empty());
  CHECK(casualties_of("He described a 14-square-kilometre (5.4-square-mile) area.").empty());
  CHECK(casualties_of("Turnout was 40% and 3 parties won seats.").empty());
}

TEST_CASE("a figure's place and source point to their entities") {
  const json r = nft::run(
      "x\n\nThe Health Ministry in the Hamas-run Gaza Strip said at least 92 people had been killed in "
      "a strike on Khan Younis.");
  REQUIRE(r["casualties"].size() == 1);
  const json& c = r["casualties"][0];
  CHECK(nft::entity_name(r, c["source"]) == "Health Ministry");
  CHECK(nft::entity_name(r, c["location"]) == c["location_text"].get<std::string>());
}

TEST_CASE("counts with modifiers before the victims, 'reported dead', and speculation left uncoded") {
  const auto killed = [](const std::string& text) {
    const nft::json r = nft::run("x\n\n" + text);
    return r["casualties"].empty() || r["casualties"][0]["killed"].is_null()
               ? std::string("-")
               : std::to_string(r["casualties"][0]["killed"]["value"].get<int>());
  };
  CHECK(killed("Two other Dulaim leaders have been killed in the past week.") == "2");
  CHECK(killed("In Biloxi, 30 people were reported dead in one block of flats.") == "30");
  CHECK(killed("Over 300 Iraqis are reported dead in Fallujah alone.") == "300");
  CHECK(killed("The town's death toll may be in the hundreds, a spokesman said.") == "-");
  CHECK(killed("\"You're going to be looking at hundreds dead along the coast,\" an official said.") == "-");
  CHECK(killed("Al-Mawasi, where the ministry said dozens had been killed, was hit.") == "12");
}

TEST_CASE("killed and wounded in one clause, asides, several-word cues") {
  // "6 and wounded" is no count of wounded people: the conjunction is no modifier.
  CHECK(counts(casualties_of("The car bomb killed 6 and wounded 15, the ministry said.")[0]) ==
        "killed=6/exact wounded=15/exact");
  CHECK(counts(casualties_of("The clashes killed at least five and injured scores.")[0]) ==
        "killed=5/at_least wounded=20/about");
  CHECK(counts(casualties_of("Two soldiers were killed and five wounded in the attack.")[0]) ==
        "killed=2/exact wounded=5/exact");
  // An aside with the part between commas: the total is still the count of the cue after it.
  json c = casualties_of("Five people, including two children, were killed.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=5/exact");
  REQUIRE(c[0]["partial"].size() == 1);
  CHECK(c[0]["partial"][0]["value"] == 2);
  CHECK(counts(casualties_of("A suicide bomber killed himself and 11 others at a checkpoint.")[0]) ==
        "killed=11/exact");
  CHECK(counts(casualties_of("The quake claimed the lives of 300 villagers.")[0]) == "killed=300/exact");
  CHECK(counts(casualties_of("Amnesty cites reports describing the murder of fifty people.")[0]) ==
        "killed=50/exact");
  CHECK(counts(casualties_of("He was appalled by reports of the murder of hundreds of people.")[0]) ==
        "killed=100/about");
}

TEST_CASE("lives lost, coordinated figures, the smaller one") {
  CHECK(counts(casualties_of("Apart from the 1,200 Indian lives lost in 1987, the force was unpopular.")[0]) ==
        "killed=1200/exact");
  CHECK(counts(casualties_of("We lost thousands of lives in Iraq.")[0]) == "killed=1000/about");
  CHECK(casualties_of("We lost thousands of lives in Iraq.")[0]["victims"] == "people");
  CHECK(counts(casualties_of("Cyclones have struck with 10,000 and as many as 300,000 people killed.")[0]) ==
        "killed=10000/at_least");
  CHECK(counts(casualties_of("Five or six people were killed in the fire.")[0]) == "killed=5/at_least");
  // Two figures that are not one count keep their own cue.
  CHECK(counts(casualties_of("Police said 14 people were killed and 27 injured.")[0]) ==
        "killed=14/exact wounded=27/exact");
}

TEST_CASE("denied killings, the toll idiom and fractions are no figures") {
  CHECK(casualties_of("Assad did not kill tens of thousands of his own citizens because of Israel.").empty());
  CHECK(casualties_of("The guards did not kill 20 prisoners, the report found.").empty());
  CHECK(counts(casualties_of("The guards did kill 20 prisoners, the report found.")[0]) == "killed=20/exact");
  CHECK(casualties_of("Their single \"Time Has Taken Its Toll On You\" reached 65 in the Top 100.").empty());
  CHECK(casualties_of("The storm took a heavy toll on the 3 islands.").empty());
  CHECK(casualties_of("They managed to capture or kill about 2 / 3s of the top 25 commanders.").empty());
  // The genuine toll still counts.
  CHECK(counts(casualties_of("The death toll from Sunday's blast rose to 31, officials said.")[0]) ==
        "killed=31/exact");
  CHECK(counts(casualties_of("A heavy death toll of 40 was reported.")[0]) == "killed=40/exact");
}

TEST_CASE("running totals after 'since', manner of death, adverbs of injury") {
  json c = casualties_of("The ministry said 38,000 people have been killed since the war began. "
                         "On Tuesday, strikes killed 30 people in Rafah.");
  REQUIRE(c.size() == 2);
  CHECK(counts(c[0]) == "killed=38000/exact");
  CHECK(c[0]["cumulative"] == true);
  CHECK(counts(c[1]) == "killed=30/exact");
  CHECK_FALSE(c[1].contains("cumulative"));
  // "since" before the count is no running total.
  json d = casualties_of("The deadliest attack since 2015 killed 40 people.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].contains("cumulative"));
  CHECK(counts(casualties_of("Five people were shot dead at a checkpoint.")[0]) == "killed=5/exact");
  CHECK(counts(casualties_of("Two men were stabbed to death in the market.")[0]) == "killed=2/exact");
  CHECK(counts(casualties_of("At least 40 migrants drowned when their boat capsized.")[0]) == "killed=40/at_least");
  json e = casualties_of("The attack left 3 people dead. Two others were critically injured.");
  REQUIRE(e.size() == 2);
  CHECK(counts(e[1]) == "wounded=2/exact");
  CHECK(counts(casualties_of("About two dozen people were killed.")[0]) == "killed=24/about");
}

TEST_CASE("a count before an active cue with an object is the agents, not the victims") {
  json c = casualties_of("Three gunmen killed 12 people at a wedding.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=12/exact");
  CHECK(counts(casualties_of("Two suicide bombers killed 30 worshippers in the mosque.")[0]) == "killed=30/exact");
  CHECK(casualties_of("Two gunmen killed a policeman on Sunday.").empty());
  // Passive, or no object: the count is the victims.
  CHECK(counts(casualties_of("Three gunmen were killed by the police.")[0]) == "killed=3/exact");
  CHECK(counts(casualties_of("Troops found 3 dead the next morning.")[0]) == "killed=3/exact");
  CHECK(counts(casualties_of("Six insurgents were killed and 2 others wounded.")[0]) == "killed=6/exact wounded=2/exact");
}

TEST_CASE("two reports of one toll set against each other: the smaller") {
  json c = casualties_of("Local media said 19 people died, but officials put the toll at 12.");
  REQUIRE(c.size() == 2);
  CHECK(counts(c[0]) == "killed=12/exact");
  CHECK(counts(casualties_of("Rebels said they had killed 50 soldiers, but the army said 12 died.")[0]) ==
        "killed=12/exact");
  // Without a contrast, two figures stay as written.
  CHECK(counts(casualties_of("Officials said 19 people died in Homs and 12 in Hama.")[0]) == "killed=19/exact");
  // The smaller figure first is kept.
  CHECK(counts(casualties_of("Officials said 12 people died, but local media put the toll at 19.")[0]) ==
        "killed=12/exact");
}

TEST_CASE("a speculative hedge drops only the counts it governs") {
  CHECK(counts(casualties_of("At least 12 people died, and the toll may be higher.")[0]) == "killed=12/at_least");
  json c = casualties_of("At least 40 people were killed and officials said the toll could reach 100.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=40/at_least");
  CHECK(casualties_of("Officials fear the toll could exceed 100.").empty());
  CHECK(casualties_of("Up to 50 people may have been killed, witnesses said.").empty());
  CHECK(casualties_of("Suppose, for the sake of argument, that a bomb killed 30 people.").empty());
}

TEST_CASE("injuries sustained, the dead numbered") {
  CHECK(counts(casualties_of("A total of 14 people lost their lives, while 23 sustained injuries.")[0]) ==
        "killed=14/exact wounded=23/exact");
  CHECK(counts(casualties_of("The dead numbered 40.")[0]) == "killed=40/exact");
}

TEST_CASE("the number of people killed has risen to N") {
  CHECK(counts(casualties_of("The number of people killed in the floods has risen to 45.")[0]) == "killed=45/exact");
  CHECK(counts(casualties_of("The number of injured rose to 230.")[0]) == "wounded=230/exact");
  // A count in the phrase itself, or not after "to"/"at", is no total.
  CHECK(casualties_of("The number of people killed in 3 attacks is unknown.").empty());
  CHECK(casualties_of("The number of refugees has reached 4 million.").empty());
}

TEST_CASE("the rest of a count's noun phrase before its cue") {
  CHECK(counts(casualties_of("Two police officers were killed and five others were wounded.")[0]) ==
        "killed=2/exact wounded=5/exact");
  CHECK(counts(casualties_of("Nine members of the security forces were killed.")[0]) == "killed=9/exact");
  CHECK(counts(casualties_of("At Antioch, two of his companions died.")[0]) == "killed=2/exact");
  CHECK(counts(casualties_of("8,000 men and boys were massacred at Srebrenica.")[0]) == "killed=8000/exact");
  // A bare number before a name is a year; a relative clause ends the phrase; a cue
  // inside the phrase, or a cue noun after it, is not the count's verb.
  CHECK(casualties_of("In 348 Pachomius died, naming his successor.").empty());
  CHECK(casualties_of("3 men who attacked the village were arrested, and the police said it was killed.").empty());
  CHECK(casualties_of("Four of the wounded were children.").empty());
  CHECK(casualties_of("The total number is smaller than hundreds of suicide murders.").empty());
  CHECK(casualties_of("the draft, similar to the one previously executed with ENA.").empty());
}

TEST_CASE("ages are no counts; 'lost' soldiers are killed; beheaded") {
  CHECK(casualties_of("She wrote little as she lived a brief life - she died at 24 - but her stories lasted.").empty());
  CHECK(casualties_of("He died aged 81.").empty());
  CHECK(casualties_of("He died at the age of 81.").empty());
  CHECK(counts(casualties_of("The toll stood at 24.")[0]) == "killed=24/exact");
  CHECK(counts(casualties_of("This year alone we have lost at least 80 peacekeepers in attacks.")[0]) ==
        "killed=80/at_least");
  CHECK(counts(casualties_of("We lost 80 soldiers in the battle.")[0]) == "killed=80/exact");
  CHECK(casualties_of("The company lost 80 employees.").empty());
  CHECK(casualties_of("We did not lose 80 soldiers.").empty());
  CHECK(counts(casualties_of("21 hostages were beheaded.")[0]) == "killed=21/exact");
}

TEST_CASE("asides of parts, 'known to have died', a toll with an aside") {
  CHECK(counts(casualties_of("Three civilians, two of them children, were killed.")[0]) == "killed=3/exact");
  CHECK(counts(casualties_of("At least 60 people are now known to have died.")[0]) == "killed=60/at_least");
  CHECK(counts(casualties_of("At least 60 people are thought to have been killed.")[0]) == "killed=60/at_least");
  CHECK(casualties_of("He sent 300 troops to kill militants.").empty());
  CHECK(counts(casualties_of("The death toll, including 5 children, stands at 40.")[0]) == "killed=40/exact");
  CHECK(casualties_of("The flood, including 5 houses, cost 40.").empty());
}

TEST_CASE("an acronym or a reference in brackets inside the count's phrase") {
  CHECK(counts(casualties_of("12 members of the Iraqi Security Forces (ISF) were killed.")[0]) == "killed=12/exact");
  CHECK(counts(casualties_of("12 people [3] were killed in the attack.")[0]) == "killed=12/exact");
  CHECK(casualties_of("12 people (see below) were killed in the attack.").empty());
}

TEST_CASE("a stated count and an unknown number: the stated one, at least") {
  CHECK(counts(casualties_of("At least 10 U.S. Marines and an unknown number of Iraqi soldiers died.")[0]) ==
        "killed=10/at_least");
  CHECK(casualties_of("An unknown number of Iraqi soldiers died.").empty());
}

TEST_CASE("a toll's date and place: its own year is no article day; a compass word before the place") {
  nf::Options o;
  o.date = "2025-03-04";
  const json d = nft::run(
      "x\n\nAn earthquake struck western Turkey on Tuesday, killing at least 37 people.\n\n"
      "A 2023 earthquake in southern Turkey killed more than 50,000 people.\n", o);
  const json& c = d["casualties"];
  REQUIRE(c.size() == 2);
  CHECK(c[0]["date"] == "2025-03-04");
  CHECK(c[1]["date"].is_null());  // 2023: not the article's day, and no day known
  std::string place;
  for (const json& e : d["entities"])
    if (e["id"] == c[1]["location"]) place = e["name"];
  CHECK(place == "Turkey");
  // a month in another clause keeps the day: "had in May been declared a safe zone"
  const json m = casualties_of("Strikes hit Al-Mawasi on Saturday. Al-Mawasi, where the ministry said 90 had been "
                               "killed, had in May been declared a safe zone.");
  REQUIRE(m.size() == 1);
  CHECK(m[0]["date"] == "2024-07-13");
  // "today" as nowadays is no date
  const json t = casualties_of("Today, attacks like these have killed at least 35 civilians.");
  REQUIRE(t.size() == 1);
  CHECK((t[0]["date"].is_null() || t[0]["date"].get<std::string>().size() == 10));
  // "the southern port city of Odesa": the place after a place noun and "of"; not "at the
  // hands of Hamas"
  nf::Options o2;
  o2.date = "2025-03-07";
  const json od = nft::run("x\n\nA drone attack on the southern port city of Odesa killed five people, officials said.\n", o2);
  REQUIRE(od["casualties"].size() == 1);
  CHECK(od["casualties"][0]["location_text"] == "Odesa");
  const json hands = nft::run("x\n\nThree people were killed at the hands of Hamas fighters.\n", o2);
  REQUIRE(hands["casualties"].size() == 1);
  CHECK(hands["casualties"][0]["location_text"].is_null());
}

TEST_CASE("a count before a killing verb with an object is the agents: bombs, earthquakes, bombers") {
  json c = casualties_of("Two bombs killed 14 people in Baghdad.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=14/exact");
  c = casualties_of("In February 2023, two earthquakes killed more than 50,000 people in Turkey.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=50000/more_than");
  c = casualties_of("Two suicide bombers killed themselves and 12 others.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=12/exact");
  c = casualties_of("Two bystanders killed in shootout.");  // no object: the victims
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=2/exact");
  c = casualties_of("Five killed, 12 wounded in Kabul.");
  REQUIRE(c.size() == 1);
  CHECK(counts(c[0]) == "killed=5/exact wounded=12/exact");
}

TEST_CASE("a clock time joined with its day dates the toll as the day would") {
  nf::Options o;
  o.date = "2025-02-06";
  const json d = nft::run("x\n\nTwo people were killed at 3 p.m. on Saturday in a blast in Kabul, police said.\n", o);
  const json& c = d["casualties"];
  REQUIRE(c.size() == 1);
  CHECK(c[0]["date"] == "2025-02-01");  // the time is "3 p.m. on Saturday" (times: clock_on_day)
}
