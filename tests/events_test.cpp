// Stage 13, events: triggers, arguments, folding, and what is not an event.
#include "test_util.h"

using nft::json;

namespace {

json events_of(const std::string& body, const std::string& date) {
  nf::Options opt;
  opt.date = date;
  return nft::run("x\n\n" + body, opt);
}

std::vector<std::string> names(const json& r, const json& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(nft::entity_name(r, id));
  return out;
}

}  // namespace

TEST_CASE("a light verb's subject is the actor; the phrase after the trigger gives place and date") {
  const json r = events_of("Russia launched an air strike on Kharkiv on Tuesday, killing at least 12 people, officials said.",
                           "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  const json& e = r["events"][0];
  CHECK(e["type"] == "explosions/remote violence");
  CHECK(e["subtype"] == "air/drone strike");
  CHECK(e["trigger"]["text"] == "air strike");
  CHECK(names(r, e["actors"]) == std::vector<std::string>{"Russia"});
  CHECK(nft::entity_name(r, e["location"]) == "Kharkiv");
  CHECK(e["date"] == "2024-05-14");
  CHECK(e["date_precision"] == "day");
  CHECK(e["fatalities"] == 12);
  CHECK(e["wounded"].is_null());
  CHECK(e["confidence"].get<double>() > 0.5);
}

TEST_CASE("a later mention folds into the event; 'another' starts a new one") {
  const json r = events_of(
      "An Israeli airstrike hit a house in Rafah on Saturday, killing five people. The strike also wounded 10 "
      "others. Another strike on Khan Younis killed three people.",
      "2024-05-15");
  REQUIRE(r["events"].size() == 2);
  const json& a = r["events"][0];
  CHECK(a["mentions"].size() == 2);
  CHECK(nft::entity_name(r, a["location"]) == "Rafah");
  CHECK(a["date"] == "2024-05-11");
  CHECK(a["fatalities"] == 5);
  CHECK(a["wounded"] == 10);
  const json& b = r["events"][1];
  CHECK(nft::entity_name(r, b["location"]) == "Khan Younis");
  CHECK(b["fatalities"] == 3);
}

TEST_CASE("'the attack' refers back to the event before it") {
  const json r = events_of(
      "Gunmen killed seven people in an attack on a village in Zamfara state on Sunday. Police said the attack "
      "was the third this month.",
      "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "attack");
  CHECK(r["events"][0]["mentions"].size() == 2);
  CHECK(r["events"][0]["fatalities"] == 7);
}

TEST_CASE("talks: mediators and the parties between whom they are held") {
  const json r = events_of("Talks mediated by Qatar and Egypt, with U.S. support, resumed this week.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "talks");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Qatar", "Egypt", "U.S."});
  const json w = events_of("Hamas was withdrawing from the ceasefire talks, an official said.", "2024-05-15");
  REQUIRE(w["events"].size() == 1);
  CHECK(w["events"][0]["subtype"] == "withdrawal from talks");
  CHECK(w["events"][0]["trigger"]["text"] == "withdrawing from the ceasefire talks");
  CHECK(names(w, w["events"][0]["actors"]) == std::vector<std::string>{"Hamas"});
}

TEST_CASE("a disaster: the place after a verb of impact, the toll") {
  const json r = events_of("A magnitude 6.8 earthquake struck central Morocco late on Friday, killing more than 2,000 people.",
                           "2023-09-09");
  REQUIRE(r["events"].size() == 1);
  const json& e = r["events"][0];
  CHECK(e["subtype"] == "earthquake");
  CHECK(nft::entity_name(r, e["location"]) == "Morocco");
  CHECK(e["date"] == "2023-09-08");
  CHECK(e["fatalities"] == 2000);
}

TEST_CASE("not events: a heart attack, a generalisation, a word with no evidence, a quotation") {
  CHECK(events_of("He suffered a heart attack on Monday in Paris.", "2024-05-15")["events"].empty());
  CHECK(events_of("Attacks on journalists are common.", "2024-05-15")["events"].empty());
  CHECK(events_of("Analysts said negotiations would be hard.", "2024-05-15")["events"].empty());
  CHECK(events_of("\u201CWe will answer every strike with strikes of our own,\u201D he said.", "2024-05-15")["events"].empty());
  CHECK(events_of("An earthquake struck.", "2024-05-15")["events"].empty());
  // a trigger modifying a noun; a weather word with only a date; a plural with only a place
  CHECK(events_of("He met the attack planners in Mosul on Monday.", "2024-05-15")["events"].empty());
  CHECK(events_of("A sudden rain storm on Sunday night sent people home.", "2024-05-15")["events"].empty());
  CHECK(events_of("Nations which have conducted strikes in Iraq include Canada.", "2024-05-15")["events"].empty());
}

TEST_CASE("an election's country is where it is held; 'the group' refers to the last organisation") {
  const json r = events_of("Nigeria's presidential election was held on Saturday.", "2023-02-27");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "election");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Nigeria");
  CHECK(r["events"][0]["actors"].empty());
  const json g = events_of("A Hamas official said the group had pulled out of the truce talks.", "2024-05-15");
  REQUIRE(g["events"].size() == 1);
  CHECK(names(g, g["events"][0]["actors"]) == std::vector<std::string>{"Hamas"});
}

TEST_CASE("a labour strike is a protest, not an air strike") {
  const json r = events_of("Teachers went on strike in Chicago on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["type"] == "protests");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Chicago");
}

TEST_CASE("every event has a trigger inside its evidence, and every span quotes the input") {
  const std::string text = nft::read_file(std::filesystem::path(NF_TESTS_DIR) / ".." / "web" / "example.txt");
  const json r = nft::run(text);
  for (const auto& e : r["events"]) {
    CHECK(e["trigger"]["start"] >= e["evidence"]["start"]);
    CHECK(e["trigger"]["end"] <= e["evidence"]["end"]);
    CHECK(!e["subtype"].get<std::string>().empty());
  }
}

TEST_CASE("coordinated subjects are all actors; a passive verb of violence needs no attacker") {
  const json r = events_of("Israel and Hamas signed a ceasefire agreement in Cairo on Sunday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "agreement/ceasefire");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Hamas", "Israel"});
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Cairo");
  const json k = events_of("Five aid workers were kidnapped in Kabul on Tuesday.", "2024-05-15");
  REQUIRE(k["events"].size() == 1);
  CHECK(k["events"][0]["subtype"] == "abduction/forced disappearance");
  CHECK(nft::entity_name(k, k["events"][0]["location"]) == "Kabul");
  CHECK(k["events"][0]["actors"].empty());
  // an active verb of violence without its attacker is no event
  CHECK(events_of("The decision struck a chord in Kabul on Tuesday.", "2024-05-15")["events"].empty());
}

TEST_CASE("a meeting is talks only when someone meets") {
  CHECK(events_of("The first meeting is set to take place in Christchurch on Monday.", "2024-05-15")["events"].empty());
  const json r = events_of("Netanyahu met with Biden in Washington on Tuesday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "talks");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Washington");
  // who is met takes part too (re3d's convention: "Carter met with ... al-Abadi" has both)
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Netanyahu", "Biden"});
  CHECK(r["events"][0]["targets"].empty());
}

TEST_CASE("a passive subject past an apposition with a place in it; 'forced to resign'") {
  const json r = events_of("Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school by police.",
                           "2015-09-16");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "arrest");
  CHECK(names(r, r["events"][0]["targets"]) == std::vector<std::string>{"Ahmed Mohamed"});
  const json q = events_of("In May, Maxime Bernier was forced to resign as foreign minister.", "2008-06-01");
  REQUIRE(q["events"].size() == 1);
  CHECK(q["events"][0]["subtype"] == "resignation");
  CHECK(q["events"][0]["date"] == "2008-05");
}

TEST_CASE("a passive verb of violence: the date before its subject, 'by Israeli aircraft' the actor") {
  const json r = events_of("On Monday the house was bombed by Israeli aircraft in Gaza. Israel said it targeted militants.",
                           "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "air/drone strike");
  CHECK(r["events"][0]["date"] == "2024-05-13");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Israel"});
  // the liberation a statement looks forward to is no event
  CHECK(events_of("There will still be work to do after the liberation of Mosul.", "2024-05-15")["events"].empty());
}

TEST_CASE("'..., which took place in X on DATE' belongs to the trigger before it") {
  const json r = events_of("Officials condemned the attack on a market, which took place in Aleppo on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Aleppo");
  CHECK(r["events"][0]["date"] == "2024-05-13");
  const json h = events_of("Witnesses described the explosion, which happened in Beirut on Monday.", "2024-05-15");
  REQUIRE(h["events"].size() == 1);
  CHECK(nft::entity_name(h, h["events"][0]["location"]) == "Beirut");
  // a relative clause about something else is not the event's: the comma still ends it
  CHECK(events_of("Officials condemned the attack, which they said was planned in Aleppo.", "2024-05-15")["events"].empty());
}

TEST_CASE("rulings, seizing control and talks held are triggers of their own") {
  const json r = events_of("The Supreme Court ruled on Monday that the law was unconstitutional.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "ruling");
  const json s = events_of("Hamas seized control of the town on Monday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "non-state actor overtakes territory");
  CHECK(names(s, s["events"][0]["actors"]) == std::vector<std::string>{"Hamas"});
  const json t = events_of("Foreign ministers of France and Germany held talks in Paris on Monday.", "2024-05-15");
  REQUIRE(t["events"].size() == 1);
  CHECK(t["events"][0]["subtype"] == "talks");
  CHECK(nft::entity_name(t, t["events"][0]["location"]) == "Paris");
}

TEST_CASE("a party without a name ('the U.S.-led coalition', 'regime forces') is an unnamed entity an event can take") {
  const json r = events_of(
      "The U.S.-led coalition conducted an air strike near Raqqa on Monday, killing an ISIL commander. "
      "Regime forces shelled Aleppo on Tuesday. The coalition said the strike was a success.",
      "2016-12-28");
  REQUIRE(r["events"].size() >= 2);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"U.S.-led coalition"});
  CHECK(names(r, r["events"][1]["actors"]) == std::vector<std::string>{"Regime forces"});
  int nominal = 0;
  for (const auto& e : r["entities"]) {
    if (e["name"] == "U.S.-led coalition") {
      ++nominal;
      CHECK(e["unnamed"] == true);
      CHECK(e["type"] == "organization");
      CHECK(e["mentions"].size() == 2);  // "the coalition" later is the same one
    }
  }
  CHECK(nominal == 1);
  // a party no event takes is not kept; ids stay consecutive
  const json quiet = events_of("Government troops patrolled the streets. Officials met the press.", "2016-12-28");
  for (const auto& e : quiet["entities"]) CHECK(e["name"] != "Government troops");
  for (std::size_t i = 0; i < quiet["entities"].size(); ++i) CHECK(quiet["entities"][i]["id"] == "e" + std::to_string(i + 1));
}

TEST_CASE("'this was an attack' refers back to the event before it and brings its toll") {
  const json r = events_of(
      "The aid convoy was struck from the air near Aleppo on Monday.\n\n"
      "Whether deliberate or accidental, this was an indefensible attack, with at least ten people killed.",
      "2016-09-21");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "air/drone strike");
  CHECK(r["events"][0]["fatalities"] == 10);
  // Not after another subject: "The group carried out an attack" starts its own.
  const json r2 = events_of(
      "The aid convoy was struck from the air near Aleppo on Monday.\n\n"
      "On Friday, ISIL gunmen carried out an attack on a checkpoint in Mosul, killing 4 people.",
      "2016-09-21");
  CHECK(r2["events"].size() == 2);
}

TEST_CASE("a day's possessive makes a plural trigger one event; an unanchored time keeps the context's date off") {
  // No article date: "yesterday" has nothing to resolve against, yet names one event.
  const json r = events_of("Also today, Carter commented on yesterday's terrorist bombings in Istanbul, Turkey.", "");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "remote explosive/landmine/IED");
  CHECK(r["events"][0]["date"].is_null());
  const json r2 = events_of(
      "The Prime Minister met President Hollande for the 2016 UK-France Summit at Amiens.\n\n"
      "The Summit is the first since last year's terror attacks in Paris.",
      "");
  bool attack = false;
  for (const auto& e : r2["events"]) {
    if (e["subtype"] != "attack") continue;
    attack = true;
    CHECK(e["date"].is_null());  // not the summit's 2016
  }
  CHECK(attack);
  // Without the possessive date the plural stays a generalisation.
  CHECK(events_of("Carter commented on terrorist bombings in Istanbul.", "")["events"].empty());
}

TEST_CASE("a time between subject and verb; a counted operation with its actor inside a quotation") {
  const json r = events_of("Israel on Monday staged a huge bombing raid on a camp in Khan Younis.", "2024-07-14");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Israel"});
  const json q = events_of(
      "\"In support of these operations, the coalition in the last 24 hours conducted 10 airstrikes,\" Cook said.",
      "2016-12-11");
  REQUIRE(q["events"].size() == 1);
  CHECK(q["events"][0]["subtype"] == "air/drone strike");
  // Quoted words without a counted operation and its actor stay out.
  CHECK(events_of("\"We will answer any attack on our cities with air strikes,\" the minister said.", "2016-12-11")["events"]
            .empty());
}

TEST_CASE("a bomber named as a role after 'as' is no event") {
  CHECK(events_of("We have heard of the recruitment of children as young as 10 as soldiers, executioners and suicide "
                  "bombers in Mosul.",
                  "2015-06-01")["events"]
            .empty());
  const json r = events_of("A suicide bomber killed 12 people in Kabul on Monday.", "2024-07-14");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "suicide bomb");
}

TEST_CASE("'car bomb attacks' is one trigger; 'other ... attacks' no event; a bomber before a name is a title; 'will meet with'") {
  const json r = events_of(
      "The United States condemns both the ISIL attack this morning at a market in Baghdad, and the car bomb attacks in "
      "Diyala Province on Monday, as well as other recent terrorist attacks against the Iraqi people.",
      "2015-01-13");
  REQUIRE(r["events"].size() == 2);
  CHECK(r["events"][0]["subtype"] == "attack");
  CHECK(r["events"][1]["subtype"] == "remote explosive/landmine/IED");
  CHECK(r["events"][1]["trigger"]["text"] == "car bomb attacks");
  // "another" still starts an event of its own; "other" with a date is one.
  CHECK(events_of("Other attacks in Baghdad on Monday killed 5 people.", "2015-01-13")["events"].size() == 1);
  CHECK(events_of("She was hanged with failed suicide bomber Sajida al-Rishawi in Amman.", "2015-02-05")["events"].empty());
  const json m = events_of("In Baghdad, Deputy Secretary Blinken will meet with Iraqi officials.", "2015-11-20");
  REQUIRE(m["events"].size() == 1);
  CHECK(m["events"][0]["subtype"] == "talks");
  CHECK(names(m, m["events"][0]["actors"]) == std::vector<std::string>{"Blinken"});
}

TEST_CASE("'he' or 'she' as the subject of a trigger is the last person named") {
  const json r = events_of("Prosecutors said John Smith had planned the attack.\n\nHe was sentenced to death.", "2006-06-01");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "sentence");
  CHECK(names(r, r["events"][0]["targets"]) == std::vector<std::string>{"John Smith"});
  // No person named before: no one to refer to, no event.
  CHECK(events_of("The court met in Amman.\n\nHe was sentenced to death.", "2006-06-01")["events"].empty());
}

TEST_CASE("'the X area of Y': the event is at X") {
  const auto place = [](const std::string& text) {
    const json r = events_of(text, "2017-01-01");
    REQUIRE(r["events"].size() == 1);
    return nft::entity_name(r, r["events"][0]["location"]);
  };
  CHECK(place("Civilians are facing ongoing shelling in the Wadi Barada area of Damascus.") == "Wadi Barada");
  CHECK(place("Around the Wadi Barada area of Damascus, civilians are facing ongoing shelling by the regime.") ==
        "Wadi Barada");
  CHECK(place("Shelling hit the outskirts of Damascus.") == "Damascus");
}

TEST_CASE("a verb of killing is an attack only in the active voice with its attacker, and no means named") {
  const json r = events_of("Gunmen killed a village chief, Musa Bello, in Mosul on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  const json& e = r["events"][0];
  CHECK(e["subtype"] == "attack");
  CHECK(e["trigger"]["text"] == "killed");
  CHECK(names(r, e["actors"]) == std::vector<std::string>{"Gunmen"});
  CHECK(names(r, e["targets"]) == std::vector<std::string>{"Musa Bello"});
  CHECK(nft::entity_name(r, e["location"]) == "Mosul");
  // passive: no attacker named, no event of its own
  CHECK(events_of("Five people were killed in Mosul on Monday.", "2024-05-15")["events"].empty());
  // the airstrike is the event, not a second attack
  const json s = events_of("Israel killed five people in an airstrike on Rafah on Monday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "air/drone strike");
  // "assassinated" needs no attacker
  const json a = events_of("Kadhim Husain was assassinated with his driver in Mosul on Monday.", "2024-05-15");
  REQUIRE(a["events"].size() == 1);
  CHECK(a["events"][0]["subtype"] == "attack");
  CHECK(names(a, a["events"][0]["targets"]) == std::vector<std::string>{"Kadhim Husain"});
}

TEST_CASE("'they' names the last group; another town or another victim is another event") {
  const json r = events_of("Guerrillas killed a teacher, Ali Hassan, in Mosul on Monday. They also killed a doctor, "
                           "Omar Khalid, in Tikrit.", "2024-05-15");
  REQUIRE(r["events"].size() == 2);
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Mosul");
  CHECK(nft::entity_name(r, r["events"][1]["location"]) == "Tikrit");
  CHECK(names(r, r["events"][1]["actors"]) == std::vector<std::string>{"Guerrillas"});
  const json p = events_of("John Smith was arrested on Monday. Peter Brown was arrested on Monday.", "2024-05-15");
  CHECK(p["events"].size() == 2);
  // the same detainee again folds
  const json q = events_of("John Smith was arrested on Monday. Smith was arrested at his home.", "2024-05-15");
  CHECK(q["events"].size() == 1);
}

TEST_CASE("'captured' and 'charged' are justice only in the passive; 'the capture of' a person") {
  const json r = events_of("Ahmed Salim was captured in Peshawar in March 2003.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "arrest");
  CHECK(r["events"][0]["date"] == "2003-03");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Peshawar");
  CHECK(names(r, r["events"][0]["targets"]) == std::vector<std::string>{"Ahmed Salim"});
  const json t = events_of("Rebels captured Peshawar on Monday.", "2024-05-15");  // no arrest: territory
  for (const auto& e : t["events"]) CHECK(e["subtype"] != "arrest");
  CHECK(events_of("Rebels captured the imagination of voters.", "2024-05-15")["events"].empty());
  const json c = events_of("The raid led to the capture of Khalid Mohammed.", "2024-05-15");
  REQUIRE(c["events"].size() == 1);
  CHECK(c["events"][0]["subtype"] == "arrest");
  CHECK(events_of("The raid led to the capture of Mosul.", "2024-05-15")["events"].empty());
  const json h = events_of("Abdul Qadoos Khan was charged along with his son for harboring the fugitives.", "2024-05-15");
  REQUIRE(h["events"].size() == 1);
  CHECK(h["events"][0]["subtype"] == "charge");
  CHECK(events_of("The bank charged high fees.", "2024-05-15")["events"].empty());
}

TEST_CASE("a place right before another trigger is that event's, not this one's") {
  const json r = events_of("Hamas pulled out of Gaza truce talks after an Israeli strike that targeted Mohammed Deif.",
                           "2024-05-15");
  bool strike = false;
  for (const auto& e : r["events"]) {
    if (e["subtype"] != "air/drone strike") continue;
    strike = true;
    CHECK(e["location"].is_null());
  }
  CHECK(strike);
}

TEST_CASE("two triggers joined by 'and' share the actor after the second; the plural is as particular as the first") {
  const json r = events_of("Civilians in Aleppo are facing shelling and airstrikes by Russia.", "2024-05-15");
  REQUIRE(r["events"].size() == 2);
  CHECK(r["events"][0]["subtype"] == "shelling/artillery/missile attack");
  CHECK(r["events"][1]["subtype"] == "air/drone strike");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Russia"});
  CHECK(names(r, r["events"][1]["actors"]) == std::vector<std::string>{"Russia"});
  // a bare plural alone stays a generalisation
  CHECK(events_of("Civilians fear airstrikes.", "2024-05-15")["events"].empty());
}

TEST_CASE("a relative clause's subject carries the event out; 'held closed - door talks'; 'held discussions with'") {
  const json r = events_of("The rebels respected a ceasefire that Norway successfully brokered in February 2002.",
                           "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "agreement/ceasefire");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Norway"});
  CHECK(r["events"][0]["date"] == "2002-02");
  // "that" with no verb of carrying out after the name gives no actor
  const json n = events_of("They said the ceasefire that Norway wanted in February 2002 failed.", "2024-05-15");
  for (const auto& e : n["events"]) CHECK(e["actors"].empty());
  const json t = events_of("Anton Balasingham held closed - door talks at the airport on Saturday.", "2024-05-15");
  REQUIRE(t["events"].size() == 1);
  CHECK(names(t, t["events"][0]["actors"]) == std::vector<std::string>{"Anton Balasingham"});
  const json d = events_of("Jan Petersen held discussions with Chandrika Kumaratunga in Colombo.", "2024-05-15");
  REQUIRE(d["events"].size() == 1);
  CHECK(d["events"][0]["subtype"] == "talks");
  CHECK(events_of("Discussions about the budget continue.", "2024-05-15")["events"].empty());
}

TEST_CASE("a verb of taking with a place as its object takes territory; with a person it seizes them") {
  const json r = events_of("Rebels captured the town of Gao on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "non-state actor overtakes territory");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Gao");
  const json g = events_of("Malian troops seized Gao on Monday.", "2024-05-15");
  REQUIRE(g["events"].size() == 1);
  CHECK(g["events"][0]["subtype"] == "government regains territory");
  const json a = events_of("Gunmen seized Ali Hassan in Gao on Monday.", "2024-05-15");
  REQUIRE(a["events"].size() == 1);
  CHECK(a["events"][0]["subtype"] == "abduction/forced disappearance");
  CHECK(events_of("Customs officers seized 20 kilograms of heroin on Monday.", "2024-05-15")["events"].empty());
}

TEST_CASE("protest verbs only when intransitive; 'attacked'/'stormed' only with a place, date or toll") {
  const json r = events_of("Two hundred members of the Batawi clan demonstrated in Baghdad on Friday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "peaceful protest");
  CHECK(events_of("Apple demonstrated its new phone in Cupertino on Friday.", "2024-05-15")["events"].empty());
  CHECK(events_of("The study demonstrated that the drug works.", "2024-05-15")["events"].empty());
  const json s = events_of("Gunmen stormed a hotel in Mogadishu on Friday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "attack");
  CHECK(events_of("Democrats attacked John Kerry's record.", "2024-05-15")["events"].empty());
}

TEST_CASE("'jailed' is a sentence; a grenade thrown is a grenade attack") {
  const json r = events_of("Daniel Montalvo was jailed for five years on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "sentence");
  CHECK(names(r, r["events"][0]["targets"]) == std::vector<std::string>{"Daniel Montalvo"});
  const json g = events_of("A man threw a grenade at a police post in Kabul on Sunday.", "2024-05-15");
  REQUIRE(g["events"].size() == 1);
  CHECK(g["events"][0]["subtype"] == "grenade");
  CHECK(nft::entity_name(g, g["events"][0]["location"]) == "Kabul");
}

TEST_CASE("'X fell to Y': Y takes the place X") {
  const json r = events_of("The fortified city fell to coalition forces on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "government regains territory");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"coalition forces"});
  const json g = events_of("Kabul fell to the Taliban on Sunday.", "2024-05-15");
  REQUIRE(g["events"].size() == 1);
  CHECK(g["events"][0]["subtype"] == "non-state actor overtakes territory");
  CHECK(nft::entity_name(g, g["events"][0]["location"]) == "Kabul");
  CHECK(events_of("The task fell to John Smith on Monday.", "2024-05-15")["events"].empty());
  CHECK(events_of("Prices fell to a record low in Gao on Monday.", "2024-05-15")["events"].empty());
}

TEST_CASE("attacks named by their means: a bomber who blew himself up, a knife attack") {
  const json r = events_of("A man blew himself up at a checkpoint in Kirkuk on Monday, killing four soldiers.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "suicide bomb");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Kirkuk");
  CHECK(r["events"][0]["fatalities"] == 4);
  const json k = events_of("Two people were wounded in a knife attack in Paris on Friday.", "2024-05-15");
  REQUIRE(k["events"].size() == 1);
  CHECK(k["events"][0]["subtype"] == "attack");
  // a plural kind with nothing particular stays a generalisation
  CHECK(events_of("Police warned of knife attacks.", "2024-05-15")["events"].empty());
}

TEST_CASE("a disaster that kills is the event, not an attack by its subject") {
  const json r = events_of("A 2023 earthquake in southern Turkey killed more than 50,000 people.", "2025-03-04");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["type"] == "disaster");
  CHECK(r["events"][0]["actors"].empty());
  // a killer named as the subject still makes an attack
  const json g = events_of("Gunmen killed a village chief in Mosul on Monday.", "2024-05-15");
  REQUIRE(g["events"].size() == 1);
  CHECK(g["events"][0]["type"] != "disaster");
}

TEST_CASE("the context's date is its paragraph's or the date line's, not another paragraph's") {
  // same paragraph: the date before the event is its context
  const json r = events_of("Fighting broke out on Monday near the border. Gunmen attacked a police post in Kirkuk, killing "
                           "two officers.",
                           "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["date"] == "2024-05-13");
  // another paragraph's year is another story's
  const json o = events_of("Turnout fell sharply in 1996.\n\nGunmen attacked a police post in Kirkuk, killing two officers.", "");
  REQUIRE(o["events"].size() == 1);
  CHECK(o["events"][0]["date"].is_null());
  // the article's date line dates what has no date of its own
  const json d = nft::run("Blast in Kirkuk\nMonday, May 13, 2024\n\nTurnout fell sharply in 1996.\n\nGunmen attacked a "
                          "police post in Kirkuk, killing two officers.",
                          nf::Options{});
  REQUIRE(d["events"].size() == 1);
  CHECK(d["events"][0]["date"] == "2024-05-13");
}

TEST_CASE("a verb of killing with no figure counts its victims: a person named, or 'a'/'an' victim") {
  const json r = events_of("Guerrillas killed an engineer, Asi Ali, in Tikrit on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["fatalities"] == 1);
  const json p = events_of("Kadhim Talal Husain was assassinated in the Salikh district of Baghdad on Monday.", "2024-05-15");
  REQUIRE(p["events"].size() == 1);
  CHECK(p["events"][0]["fatalities"] == 1);
  // a figure is the casualty stage's; a bare plural gives none
  const json d = events_of("Gunmen killed a dozen people in Mosul on Monday.", "2024-05-15");
  REQUIRE(d["events"].size() == 1);
  CHECK(d["events"][0]["fatalities"] == 12);
  const json c = events_of("Gunmen killed civilians in Mosul on Monday.", "2024-05-15");
  REQUIRE(c["events"].size() == 1);
  CHECK(c["events"][0]["fatalities"].is_null());
}

TEST_CASE("an agreement between parties; 'proposed', 'planned' before a trigger make no event yet") {
  const json r = events_of("Hammond welcomed the agreement between Iraq and Turkey on oil exports.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "agreement/ceasefire");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Iraq", "Turkey"});
  CHECK(events_of("Iraq signed a deal with National Fuel Marketing on Monday.", "2024-05-15")["events"].empty());
  CHECK(events_of("Police foiled a planned attack on a mosque in Oslo on Monday.", "2024-05-15")["events"].empty());
  CHECK(events_of("Tamils fear the proposed defense agreement between India and Sri Lanka.", "2024-05-15")["events"].empty());
}

TEST_CASE("'the Asad regime' is the party, not Asad; 'militias like Hezbollah' is Hezbollah") {
  const json r = events_of("Civilians are facing shelling by the Asad regime and militias like Hezbollah in Wadi Barada on "
                           "Monday.",
                           "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  const std::vector<std::string> actors = names(r, r["events"][0]["actors"]);
  REQUIRE(!actors.empty());
  CHECK(actors[0] == "Asad regime");
  CHECK(std::find(actors.begin(), actors.end(), "militias") == actors.end());
  // an organisation before its fighters is still the party itself
  const json h = events_of("Hezbollah fighters attacked a village in Qusayr on Monday.", "2024-05-15");
  REQUIRE(h["events"].size() == 1);
  CHECK(names(h, h["events"][0]["actors"]) == std::vector<std::string>{"Hezbollah"});
}

TEST_CASE("an election word before 'day' or 'campaign' names no election") {
  CHECK(events_of("Only 11 percent of the vote was cast before Election Day in 1996.", "2016-11-01")["events"].empty());
  CHECK(events_of("He ran the election campaign in Ohio in 2012.", "2016-11-01")["events"].empty());
  const json r = events_of("Voters in Ohio went to the polls in the election of 2012.", "2016-11-01");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "election");
}

TEST_CASE("who condemns or welcomes an event is not its party") {
  const json r = events_of("Britain condemned attacks on hospitals in Aleppo on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["actors"].empty());
  const json w = events_of("Hammond welcomes agreement between Iraq and Turkey on oil exports.", "2024-05-15");
  REQUIRE(w["events"].size() == 1);
  CHECK(names(w, w["events"][0]["actors"]) == std::vector<std::string>{"Iraq", "Turkey"});
  // a light verb's subject still carries it out
  const json s = events_of("Russia launched attacks on hospitals in Aleppo on Monday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(names(s, s["events"][0]["actors"]) == std::vector<std::string>{"Russia"});
}

TEST_CASE("two passive verbs share their agent: 'was bombed and killed by X'") {
  const json r = events_of("On Monday the commander was bombed and killed by U.S.-led coalition aircraft in Raqqa.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"U.S.-led coalition"});
  // the agent of a verb that is no passive participle is not the event's
  const json o = events_of("On Monday a house was bombed in Raqqa and searched by police.", "2024-05-15");
  for (const auto& e : o["events"]) CHECK(names(o, e["actors"]) != std::vector<std::string>{"police"});
}

TEST_CASE("court words: an appeal thrown out by a court is a ruling, a person cleared of a charge a verdict") {
  const json r = events_of("The appeal was thrown out by the Court of Cassation on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "ruling");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Court of Cassation"});
  const json v = events_of("John Smith was cleared of murder on Monday.", "2024-05-15");
  REQUIRE(v["events"].size() == 1);
  CHECK(v["events"][0]["subtype"] == "verdict");
  CHECK(events_of("Pepsi is being thrown out of India on Monday.", "2024-05-15")["events"].empty());
  CHECK(events_of("Soldiers cleared the road of mines on Monday.", "2024-05-15")["events"].empty());
}

TEST_CASE("the parties of talks: a list across 'and the' and a role phrase, a coordinated subject with a role") {
  const json r = events_of(
      "Petersen held discussions with both Kumaratunga and the reclusive LTTE leader Velupillai Prabhakaran in "
      "Kilinochchi on Monday.",
      "2004-02-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) ==
        std::vector<std::string>{"Petersen", "Kumaratunga", "Velupillai Prabhakaran"});
  const json s = events_of(
      "Chief rebel negotiator Anton Balasingham and Norwegian envoy Erik Solheim held talks in Colombo on Saturday.",
      "2004-02-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(names(s, s["events"][0]["actors"]) == std::vector<std::string>{"Erik Solheim", "Anton Balasingham"});
  // no role word before the second name: the name before "and" is not taken
  const json t = events_of("The son of Anton Balasingham and Erik Solheim held talks in Colombo on Saturday.", "2004-02-15");
  REQUIRE(t["events"].size() == 1);
  CHECK(names(t, t["events"][0]["actors"]) == std::vector<std::string>{"Erik Solheim"});
}

TEST_CASE("a participle of carrying out with its agent makes the agent a party") {
  const json r = events_of("Ellwood commented on violations of the ceasefire in Syria announced by Russia and Turkey on "
                           "29 December 2016.",
                           "2017-01-05");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "agreement/ceasefire");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Russia", "Turkey"});
  // without "by" no agent: "Turkey" after "in" is no party
  const json s = events_of("The ceasefire announced in Turkey on 29 December 2016 held.", "2017-01-05");
  for (const auto& e : s["events"]) CHECK(e["actors"].empty());
}

TEST_CASE("whom a meeting is with, in apposition to an office; no meeting without who met or in an infinitive") {
  const json r = events_of("Julie Bishop met with the foreign minister, Dr Ibrahim Jaafari, in Canberra on 12 February 2016.",
                           "2016-02-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Julie Bishop", "Ibrahim Jaafari"});
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Canberra");
  CHECK(events_of("He traveled to Florida to meet with Devocht in Tampa on Monday.", "2016-02-15")["events"].empty());
  CHECK(events_of("Co-founder of Google, Sergey Brin, personally met with Mohamed in Mountain View on Monday.",
                  "2016-02-15")["events"].empty());
}

TEST_CASE("an earlier attacker is not lent to the killing of a named person the text gives no killer for") {
  const json r = events_of(
      "Guerrillas killed a member of the Kurdistan Democratic Party in Mosul. In Baghdad Kadhim Talal Husain, a dean, "
      "was assassinated with his driver in the Salikh district.",
      "2004-06-15");
  REQUIRE(r["events"].size() == 2);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Guerrillas"});
  CHECK(r["events"][1]["actors"].empty());
  CHECK(names(r, r["events"][1]["targets"]) == std::vector<std::string>{"Kadhim Talal Husain"});
  // an unnamed victim: the earlier attacker is the context's (as the seed's later strikes)
  const json s = events_of("Guerrillas attacked a convoy in Mosul on Monday. A roadside bomb hit a bus in Kirkuk on Tuesday.",
                           "2004-06-15");
  REQUIRE(s["events"].size() == 2);
}

TEST_CASE("a subject placed by a preposition is the party, not the place") {
  const json r = events_of("Guerrillas near Hawijah launched an attack that left 6 dead on Monday.", "2004-06-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Guerrillas"});
  // a place alone before the verb is no actor
  const json s = events_of("In Hawijah militants launched an attack that left 6 dead on Monday.", "2004-06-15");
  REQUIRE(s["events"].size() == 1);
  for (const auto& a : s["events"][0]["actors"]) CHECK(nft::entity_name(s, a) != "Hawijah");
}

TEST_CASE("the use of chemical weapons is a chemical weapon event; a threat to use them is none") {
  const json r = events_of("The use of chemical weapons by Daesh in Marea shows their disregard for human rights.", "2016-10-21");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "chemical weapon");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Daesh"});
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Marea");
  const json s = events_of("The report concluded that the Asad regime has used chemical weapons in Sarmin.", "2016-10-21");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "chemical weapon");
  CHECK(names(s, s["events"][0]["actors"]) == std::vector<std::string>{"Asad regime"});
  CHECK(events_of("Daesh threatened to use chemical weapons in Marea.", "2016-10-21")["events"].empty());
}

TEST_CASE("an agreement with a date before 'between' takes the parties after it, past an apposition") {
  const json r = events_of(
      "I welcome the agreement on 2 December 2014 between the Federal Government of Iraq, led by Prime Minister "
      "Haider Al Abadi, and the Kurdistan Regional Government on oil exports.",
      "2014-12-03");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "agreement/ceasefire");
  CHECK(r["events"][0]["date"] == "2014-12-02");
  CHECK(names(r, r["events"][0]["actors"]) ==
        std::vector<std::string>{"Federal Government of Iraq", "Kurdistan Regional Government"});
  // no "between": a bare "agreement" is none
  CHECK(events_of("I welcome the agreement on 2 December 2014 on oil exports in Baghdad.", "2014-12-03")["events"].empty());
}

TEST_CASE("'force' is a party only with a nationality or a modifier") {
  const json r = events_of("Differences led to clashes between Tiger guerrillas and the Indian peace keeping force in Jaffna "
                           "in 1987.",
                           "2004-02-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) ==
        std::vector<std::string>{"Tiger guerrillas", "Indian peace keeping force"});
  const json s = events_of("Rebels seized two engineers by force in Jaffna in 1987.", "2004-02-15");
  for (const auto& e : s["events"]) {
    for (const auto& a : e["actors"]) CHECK(nft::entity_name(s, a) != "force");
  }
}

TEST_CASE("a nationality in a 'between' list: the list goes on after 'and'") {
  const json r = events_of("Philip Hammond welcomes agreement between Iraqi and Kurdistan Regional governments on oil exports.",
                           "2016-12-03");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "agreement/ceasefire");
  CHECK(!r["events"][0]["actors"].empty());
  // no party after "between": no agreement
  CHECK(events_of("Philip Hammond welcomes agreement between ordinary people on oil exports.", "2016-12-03")["events"].empty());
}

TEST_CASE("a crash's kind by the vehicle before it") {
  const json r = events_of("A helicopter that crashed in Kabul on Sunday killed 3 soldiers.", "2016-02-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["type"] == "accident");
  CHECK(r["events"][0]["subtype"] == "air");
  const json s = events_of("The ferry crashed into a pier in Lagos on Sunday, killing 12 people.", "2016-02-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "maritime");
  // a road vehicle, or none: road
  const json t = events_of("The bus crashed near Lagos on Sunday, killing 12 people.", "2016-02-15");
  REQUIRE(t["events"].size() == 1);
  CHECK(t["events"][0]["subtype"] == "road");
}

TEST_CASE("a fire with its article and a place or toll is an accident; gunfire is not") {
  const json r = events_of("A fire at a nightclub in Bucharest killed 27 people on Friday.", "2015-11-01");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["type"] == "accident");
  CHECK(r["events"][0]["subtype"] == "fire");
  CHECK(r["events"][0]["fatalities"] == 27);
  CHECK(r["events"][0]["trigger"]["text"] == "fire");  // the article is not the trigger
  CHECK(events_of("The convoy came under fire in Kandahar on Friday.", "2015-11-01")["events"].empty());
  CHECK(events_of("The fire department in Bucharest said on Friday that it had new trucks.", "2015-11-01")["events"].empty());
}

TEST_CASE("voters who went to the polls hold an election; those who will go do not yet") {
  const json r = events_of("Voters in Peru went to the polls on Sunday to elect a new president.", "2016-04-11");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "election");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Peru");
  CHECK(r["events"][0]["date"] == "2016-04-10");
  CHECK(events_of("Peruvians will go to the polls in Lima in April.", "2016-02-15")["events"].empty());
}

TEST_CASE("an event dated after the article has not happened: no record") {
  CHECK(events_of("The country will hold elections in Georgia next year.", "2024-11-18")["events"].empty());
  CHECK(events_of("Beridze has promised to hold a referendum in Georgia by the end of next year.", "2024-11-18")["events"].empty());
  CHECK(events_of("The government plans to hold a referendum in Georgia in March.", "2024-11-18")["events"].empty());
  const json r = events_of("Voters in Georgia went to the polls on Saturday in a referendum.", "2024-11-18");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["date"] == "2024-11-16");
}

TEST_CASE("an election's nationality is where it is held") {
  const json r = events_of(
      "Karzai flew back to Afghanistan. With the Taliban failure to disrupt the Afghan elections, the militants are "
      "isolated.",
      "2004-11-10");
  REQUIRE(r["events"].size() == 1);
  const json& e = r["events"][0];
  CHECK(e["subtype"] == "election");
  CHECK(nft::entity_name(r, e["location"]) == "Afghanistan");
  CHECK(e["actors"].empty());
  // a nationality before another kind is still its actor
  const json s = events_of("Israel denied it. An Israeli airstrike hit a house in Rafah on Saturday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(names(s, s["events"][0]["actors"]) == std::vector<std::string>{"Israel"});
}

TEST_CASE("the nearer of two tolls in a sentence is the trigger's") {
  const json r = events_of(
      "In the first eight days of January, eighteen US troops have been killed in Iraq, compounded by another "
      "twelve deaths from a Black Hawk helicopter crash on Saturday.",
      "2006-01-09");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "air");
  CHECK(r["events"][0]["fatalities"] == 12);
}

TEST_CASE("an appointment of someone, past a date and a title") {
  const json r = events_of("Afghan officials welcomed the appointment on October 3 of Lt. General Ashfaq Kiyani as the new ISI chief.",
                           "2004-11-10");
  REQUIRE(r["events"].size() == 1);
  const json& e = r["events"][0];
  CHECK(e["subtype"] == "appointment");
  REQUIRE(e["targets"].size() == 1);
  CHECK(nft::entity_name(r, e["targets"][0]).find("Ashfaq Kiyani") != std::string::npos);
  // no one appointed: no event
  CHECK(events_of("She missed her appointment with the dentist on Monday.", "2024-05-15")["events"].empty());
  CHECK(events_of("The appointment of a new chief is expected soon.", "2024-05-15")["events"].empty());
}

TEST_CASE("a guilty verdict against someone") {
  const json r = events_of("The guilty verdict against Smith was read on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "verdict");
  CHECK(events_of("A guilty verdict would surprise no one.", "2024-05-15")["events"].empty());
}

TEST_CASE("a passive strangling or stabbing is an attack on its subject") {
  const json r = events_of("Investigators said the nun, Margaret Ann Pahl, 71, was strangled in Toledo in 1980.", "2006-05-15");
  REQUIRE(r["events"].size() == 1);
  const json& e = r["events"][0];
  CHECK(e["subtype"] == "attack");
  CHECK(e["fatalities"] == 1);
  CHECK(names(r, e["targets"]) == std::vector<std::string>{"Margaret Ann Pahl"});
  const json s = events_of("A teenager, John Smith, was stabbed in Croydon on Friday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["fatalities"].is_null());
  // active: a figure of speech, no event
  CHECK(events_of("Johnson stabbed his allies in the back in London on Friday.", "2024-05-15")["events"].empty());
}

TEST_CASE("a verb that names the violence may be passive; 'killed' may not") {
  const json r = events_of("Nine people were shot dead at a church in Charleston on Wednesday.", "2015-06-19");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "attack");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Charleston");
  CHECK(r["events"][0]["fatalities"] == 9);
  CHECK(events_of("Nine people were killed in Charleston on Wednesday.", "2015-06-19")["events"].empty());
  // another word of the sentence names the means: that one is the event
  const json s = events_of("Five people were shot dead in an airstrike on Rafah on Monday.", "2024-05-15");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "air/drone strike");
}

TEST_CASE("marches, collisions and custody") {
  const json r = events_of("Thousands of people marched through Kiev on Sunday.", "2014-02-20");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "peaceful protest");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Kiev");
  CHECK(events_of("He marched into the room and sat down.", "2014-02-20")["events"].empty());
  const json c = events_of("Two trains collided near Cairo on Monday, killing 19 people.", "2014-02-20");
  REQUIRE(c["events"].size() == 1);
  CHECK(c["events"][0]["subtype"] == "rail");
  CHECK(c["events"][0]["fatalities"] == 19);
  CHECK(events_of("Their views collided with the board's plans.", "2014-02-20")["events"].empty());
  const json k = events_of("The suspect was taken into custody by police in Irving on Monday.", "2015-09-20");
  REQUIRE(k["events"].size() == 1);
  CHECK(k["events"][0]["subtype"] == "arrest");
  CHECK(events_of("Police took the dog into custody of its owner.", "2015-09-20")["events"].empty());
}

TEST_CASE("'the militants' with no group named before is a party of its own") {
  const json r = events_of("The militants attacked a police station in Arish on Sunday, killing five officers.", "2015-06-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"militants"});
  // with a group named before, the group
  const json s = events_of(
      "Hamas denied the report. The militants attacked a police station in Arish on Sunday.", "2015-06-10");
  REQUIRE(s["events"].size() == 1);
  CHECK(names(s, s["events"][0]["actors"]) == std::vector<std::string>{"Hamas"});
}

TEST_CASE("two parties before 'held talks'") {
  const json r = events_of("Ukraine and Russia held talks in Minsk on Wednesday.", "2015-06-10");
  REQUIRE(r["events"].size() == 1);
  std::vector<std::string> a = names(r, r["events"][0]["actors"]);
  std::sort(a.begin(), a.end());
  CHECK(a == std::vector<std::string>{"Russia", "Ukraine"});
  // a place before "and" is no party
  const json s = events_of("In Kiev and Minsk the two sides held talks on Wednesday.", "2015-06-10");
  for (const auto& e : s["events"]) CHECK(e["actors"].empty());
}

TEST_CASE("tear gas, hostages, a car that hit someone, a named outbreak") {
  const json r = events_of("Police fired tear gas at protesters in Ferguson on Monday night.", "2014-08-20");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "protest with intervention");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Police"});
  const json h = events_of("Five aid workers were taken hostage at a hotel in Bamako on Friday.", "2015-11-22");
  REQUIRE(h["events"].size() == 1);
  CHECK(h["events"][0]["subtype"] == "abduction/forced disappearance");
  CHECK(events_of("The troops liberated the hostages on Monday.", "2015-11-22")["events"].empty());
  const json c = events_of("He was hit by a car in Brooklyn on Monday and died at the scene.", "2015-11-22");
  REQUIRE(c["events"].size() == 1);
  CHECK(c["events"][0]["subtype"] == "road");
  CHECK(events_of("The idea was hit by a car analogy.", "2015-11-22")["events"].empty());
  const json o = events_of("A measles outbreak at Disneyland in California infected 40 people in January.", "2015-02-10");
  REQUIRE(o["events"].size() == 1);
  CHECK(o["events"][0]["subtype"] == "epidemic");
  CHECK(events_of("The outbreak of war in Europe changed everything.", "2015-02-10")["events"].empty());
}

TEST_CASE("a name and a verb right after a noun trigger start a new clause") {
  const json r = events_of(
      "Karzai won in Afghanistan. Several days before the Afghan elections Pakistan closed the border crossing point at "
      "Chaman.",
      "2004-11-10");
  for (const auto& e : r["events"]) CHECK(nft::entity_name(r, e["location"]) != "Chaman");
  // a name after a preposition is still read
  const json s = events_of("The elections in Afghanistan were held on Saturday.", "2004-11-10");
  REQUIRE(s["events"].size() == 1);
  CHECK(nft::entity_name(s, s["events"][0]["location"]) == "Afghanistan");
}

TEST_CASE("a party named by its examples in a list after 'by'") {
  const json r = events_of(
      "Civilians in Damascus are facing shelling by the Asad regime and militias like Hezbollah, officials said on "
      "Monday.",
      "2017-01-05");
  REQUIRE(r["events"].size() == 1);
  std::vector<std::string> a = names(r, r["events"][0]["actors"]);
  CHECK(std::find(a.begin(), a.end(), "Hezbollah") != a.end());
  // a lower-case word after "and" with no example: no party
  const json s = events_of("Civilians in Damascus are facing shelling by the Asad regime and militias on Monday.", "2017-01-05");
  REQUIRE(s["events"].size() == 1);
  for (const auto& id : s["events"][0]["actors"]) CHECK(nft::entity_name(s, id) != "Hezbollah");
}

TEST_CASE("the sentencing or conviction of someone") {
  const json r = events_of("Supporters wept after the sentencing of Gerald Robinson in Toledo on Friday.", "2006-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "sentence");
  CHECK(names(r, r["events"][0]["targets"]) == std::vector<std::string>{"Gerald Robinson"});
  const json c = events_of("Prosecutors welcomed the conviction of Gerald Robinson on Friday.", "2006-05-15");
  REQUIRE(c["events"].size() == 1);
  CHECK(c["events"][0]["subtype"] == "verdict");
  // a belief, and "one of X's" after the noun: no one sentenced or convicted
  CHECK(events_of("It is his conviction that Smith was right all along.", "2006-05-15")["events"].empty());
  CHECK(events_of("After the sentencing one of Robinson's supporters wept.", "2006-05-15")["events"].empty());
}

TEST_CASE("conditions, purposes, 'any' and conference calls are no events") {
  CHECK(events_of("If the US attacks Iran in March, prices will soar.", "2006-01-09")["events"].empty());
  CHECK(events_of("Any US attack on Iran could be perceived by China as a threat.", "2006-01-09")["events"].empty());
  CHECK(events_of("The briefing was headed Bin Laden Determined to Strike in US on 6 August 2001.", "2006-01-09")["events"].empty());
  CHECK(events_of("We had a conference call with Bob Fagan in Calgary on Friday.", "2001-07-20")["events"].empty());
  // a protest after "to" is the gathering's purpose and the protest itself
  CHECK(events_of("Thousands gathered to protest in Kiev on Sunday.", "2014-02-20")["events"].size() == 1);
  // a report stays one: "led to clashes", a plain attack
  const json r = events_of("Differences led to clashes between Tiger guerrillas and Indian troops in Jaffna in 1988.", "2004-11-16");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "armed clash");
  const json s = events_of("The US attacked Iran in March, officials said.", "2006-05-09");
  REQUIRE(s["events"].size() == 1);
}

TEST_CASE("a named organisation's people are the organisation; 'liberated' a place") {
  const json r = events_of("Coalition forces conducted 12 strikes near Mosul yesterday.", "2016-10-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Coalition"});
  const json l = events_of("Iraqi Security Forces liberated the city of Ramadi in December 2015.", "2016-10-10");
  REQUIRE(l["events"].size() == 1);
  CHECK(l["events"][0]["subtype"] == "government regains territory");
  CHECK(nft::entity_name(l, l["events"][0]["location"]) == "Ramadi");
  CHECK(events_of("The song liberated a generation in 1967.", "2016-10-10")["events"].empty());
}

TEST_CASE("'X and Y met' with a place or time: talks of two parties with an office or a state") {
  const json r = events_of("Chancellor Merkel and President Putin met in Minsk on Wednesday.", "2015-02-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "talks");
  CHECK(r["events"][0]["actors"].size() == 2);
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Minsk");
  CHECK(events_of("Brin and Page met at Stanford in 1995.", "2015-02-15")["events"].empty());
  CHECK(events_of("President Putin met in Minsk on Wednesday.", "2015-02-15")["events"].empty());
  CHECK(events_of("Israel and Egypt met expectations on Monday.", "2015-02-15")["events"].empty());
}

TEST_CASE("an attack ad, a protest song, a strike by teachers are no violence") {
  CHECK(events_of("The campaign released an attack ad in Ohio on Tuesday.", "2015-06-10")["events"].empty());
  CHECK(events_of("The protest song became a hit in London in 1968.", "2015-06-10")["events"].empty());
  // a strike of workers is a protest, no violence
  const json w = events_of("The strike by teachers in Chicago ended on Monday.", "2015-06-10");
  REQUIRE(w["events"].size() == 1);
  CHECK(w["events"][0]["subtype"] == "peaceful protest");
  const json r = events_of("The strike by Israeli warplanes in Gaza on Monday killed five people.", "2015-06-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "air/drone strike");
}

TEST_CASE("a heading in the body and a planned attack are no events") {
  const json r = events_of("Attack on Iran: A Looming Folly\n\nThe wires have been humming with reports that the Bush "
                           "administration is planning an attack on Iran.",
                           "2006-01-09");
  CHECK(r["events"].empty());
  // a heading's words in a sentence of the body are read
  const json s = events_of("Israel launched an attack on Gaza on Monday.", "2014-07-10");
  REQUIRE(s["events"].size() == 1);
  // a body line in title case that ends a sentence is read
  const json t = events_of("Israel Launched An Airstrike On Rafah On Monday.", "2014-07-10");
  CHECK(t["events"].size() == 1);
}

TEST_CASE("an incident in a list of places is one event in each place") {
  const json r = events_of("In 1981, there were riots in Brixton, Handsworth and Toxteth.", "2015-06-10");
  REQUIRE(r["events"].size() == 3);
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Brixton");
  CHECK(nft::entity_name(r, r["events"][1]["location"]) == "Handsworth");
  CHECK(nft::entity_name(r, r["events"][2]["location"]) == "Toxteth");
  CHECK(r["events"][2]["date"] == "1981");
  // one place, or a town and its country, is one event
  CHECK(events_of("In 1981, there were riots in Brixton.", "2015-06-10")["events"].size() == 1);
  const json c = events_of("On Monday there were riots in Baghdad, Iraq.", "2015-06-10");
  REQUIRE(c["events"].size() == 1);
  CHECK(nft::entity_name(c, c["events"][0]["location"]) == "Baghdad");
  // a place within a place's possessive is where it happened
  const json g = events_of("A storm yesterday caused a crane to fall into Mecca's Grand Mosque, killing 107 people.",
                           "2015-09-12");
  REQUIRE(g["events"].size() == 1);
  CHECK(nft::entity_name(g, g["events"][0]["location"]) == "Grand Mosque");
  // also against a town named alone before (the headline's), and with the mark apart
  nf::Options opt;
  opt.date = "2015-09-12";
  const json h = nft::run("At least 107 killed in Mecca crane collapse\n\nA storm yesterday caused a crane to fall into "
                          "Mecca 's Grand Mosque, killing 107 people.",
                          opt);
  REQUIRE(h["events"].size() == 1);
  CHECK(nft::entity_name(h, h["events"][0]["location"]) == "Grand Mosque");
}

TEST_CASE("a named election or summit takes the year before its name") {
  const json r = events_of("Wood was unopposed in the 1922 United Kingdom general election.", "2015-06-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "election");
  CHECK(r["events"][0]["date"] == "1922");
  const json s = events_of("The 2015 CELAC summit was the third summit of the community.", "2016-06-10");
  REQUIRE(s["events"].size() == 1);
  CHECK(s["events"][0]["subtype"] == "summit");
  CHECK(s["events"][0]["date"] == "2015");
  // a capitalised name before a conflict word is no election's name
  CHECK(events_of("The Senate Armed Services Committee met.", "2016-06-10")["events"].empty());
}

TEST_CASE("a booking on charges is an arrest; an interception a disrupted weapons use; a strike of workers a protest") {
  const json r = events_of("On Monday, Louis Lamonica, 45, was booked with two counts of aggravated rape.", "2004-06-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "arrest");
  CHECK(names(r, r["events"][0]["targets"]) == std::vector<std::string>{"Louis Lamonica"});
  CHECK(events_of("In the second half, Kyle Walker was booked for a bad foul.", "2004-06-10")["events"].empty());
  const json i = events_of("The freighter was intercepted by the Indian navy off Sri Lanka's east coast in February 2001.",
                           "2004-06-10");
  REQUIRE(i["events"].size() == 1);
  CHECK(i["events"][0]["subtype"] == "disrupted weapons use");
  CHECK(events_of("Smith intercepted the pass in London on Sunday.", "2004-06-10")["events"].empty());
  const json p = events_of("A widespread strike took place in Amsterdam in May 1943.", "2004-06-10");
  REQUIRE(p["events"].size() == 1);
  CHECK(p["events"][0]["subtype"] == "peaceful protest");
  CHECK(events_of("A cyber strike hit banks in London on Monday.", "2004-06-10")["events"].empty());
  const json sh = events_of("Widespread shelling hit Aleppo on Monday, killing five people.", "2004-06-10");
  REQUIRE(sh["events"].size() == 1);
  CHECK(sh["events"][0]["subtype"] == "shelling/artillery/missile attack");
}

TEST_CASE("was elected is an election; found X guilty a verdict; discussed X with Y talks") {
  const json r = events_of("Barack Obama was elected president of the United States on Tuesday.", "2008-11-06");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "election");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "United States");
  CHECK(r["events"][0]["actors"].empty());
  CHECK(events_of("Rowse was elected a Fellow of the British Academy.", "2008-11-06")["events"].empty());
  CHECK(events_of("He was one of two Democrats to be elected president in the era from 1861 to 1933.", "2008-11-06")["events"].empty());
  CHECK(events_of("Smith is expected to be charged in Leeds on Monday.", "2008-11-06")["events"].empty());
  CHECK(events_of("The democratically elected government of Chile fell in 1973.", "2008-11-06")["events"].empty());
  const json v = events_of("A jury in Boston found Tsarnaev guilty on Wednesday.", "2015-04-10");
  REQUIRE(v["events"].size() == 1);
  CHECK(v["events"][0]["subtype"] == "verdict");
  CHECK(names(v, v["events"][0]["targets"]) == std::vector<std::string>{"Tsarnaev"});
  CHECK(events_of("Smith found it hard to stay guilty-free in Boston on Monday.", "2015-04-10")["events"].empty());
  const json t = events_of("Merkel discussed the crisis in Syria with Putin on Monday.", "2015-04-10");
  REQUIRE(t["events"].size() == 1);
  CHECK(t["events"][0]["subtype"] == "talks");
  CHECK(names(t, t["events"][0]["actors"]) == std::vector<std::string>{"Merkel", "Putin"});
  CHECK(t["events"][0]["location"].is_null());
  CHECK(events_of("The report discussed the crisis in Syria at length.", "2015-04-10")["events"].empty());
  CHECK(events_of("Val will discuss with Ed the terms in London on Monday.", "2015-04-10")["events"].empty());
}

TEST_CASE("an incident's attacker is read from the same kind of event before it in the same country") {
  const json far = events_of(
      "Clashes between rebels and the army in Aleppo killed 12 people on Monday.\n\nThe talks in Geneva went on.\n\n"
      "The weather was fine.\n\nMarkets rose.\n\nTwo soldiers were wounded when their patrol was ambushed near "
      "Kandahar on Wednesday.",
      "2016-06-10");
  REQUIRE(far["events"].size() >= 2);
  CHECK(far["events"].back()["subtype"] == "armed clash");
  CHECK(far["events"].back()["actors"].empty());
  const json near = events_of(
      "Clashes between rebels and the army in Aleppo killed 12 people on Monday.\n\nTwo soldiers were wounded when "
      "their patrol was ambushed near Homs on Wednesday.",
      "2016-06-10");
  REQUIRE(near["events"].size() == 2);
  CHECK(near["events"][1]["actors"].size() == 2);
}

TEST_CASE("heavy fighting is an armed clash; a bus plunging into a ravine a road accident") {
  const json r = events_of("Heavy fighting broke out between Kurdish forces and ISIL in Kobani on Sunday.", "2016-06-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "armed clash");
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Kobani");
  CHECK(r["events"][0]["actors"].size() == 2);
  CHECK(events_of("The mayor is fighting corruption in Chicago.", "2016-06-10")["events"].empty());
  const json a = events_of("Five people were killed when a bus plunged into a ravine in Nepal on Sunday.", "2016-06-10");
  REQUIRE(a["events"].size() == 1);
  CHECK(a["events"][0]["subtype"] == "road");
  CHECK(a["events"][0]["fatalities"] == 5);
}

TEST_CASE("an active 'charged X with' is a charge by its subject; a court overturning a conviction a ruling") {
  const json r = events_of("In early February, India charged 34 Arakan separatists from Myanmar with hiding in the "
                           "Landfall Islands.",
                           "2004-06-10");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["subtype"] == "charge");
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"India"});
  CHECK(r["events"][0]["location"].is_null());  // where they hid is the offence's place
  CHECK(events_of("Barclays charged customers a fee in London on Monday.", "2004-06-10")["events"].empty());
  const json o = events_of("The appeals court overturned his conviction on Monday.", "2004-06-10");
  REQUIRE(o["events"].size() == 1);
  CHECK(o["events"][0]["subtype"] == "ruling");
  CHECK(events_of("He threw out the old sofa in Leeds on Monday.", "2004-06-10")["events"].empty());
}

TEST_CASE("an election's country from its nationality word or from the name the tagger kept whole") {
  // a nationality word with no country named in the article
  const json r = events_of("The People's Party won the most seats at the 1996 Spanish general election.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(nft::entity_name(r, r["events"][0]["location"]) == "Spain");
  // the made place has the gazetteer's point, as a place the entity stage found has
  for (const json& e : r["entities"]) {
    if (e["name"] == "Spain") {
      CHECK(e["place"]["lat"].is_number());
      CHECK(e["mentions"].empty());  // "Spanish" is a nationality, no name of Spain (CoNLL: MISC)
    }
  }
  // the place after "in" inside a name the entity stage left out
  const json l = events_of("Landrieu won a close race in the 1996 United States Senate election in Louisiana.", "2024-05-15");
  REQUIRE(l["events"].size() == 1);
  CHECK(nft::entity_name(l, l["events"][0]["location"]) == "Louisiana");
  for (const json& e : l["entities"]) {
    if (e["name"] == "Louisiana") CHECK(e["place"]["lon"].is_number());
  }
  // a region inside the election's own name
  const json m = events_of("Johnson lost the 1955 Mississippi gubernatorial election.", "2024-05-15");
  REQUIRE(m["events"].size() == 1);
  CHECK(nft::entity_name(m, m["events"][0]["location"]) == "Mississippi");
  // no place made for a capitalised word that is only a town's name elsewhere
  const json n = events_of("Smith won the 1996 Senate election.", "2024-05-15");
  REQUIRE(n["events"].size() == 1);
  CHECK(n["events"][0]["location"].is_null());
}

TEST_CASE("an organisation's short form after 'the' is the organisation named before") {
  const json r = events_of(
      "The Liberation Tigers of Tamil Eelam have fought for a separate state since 1983. "
      "Colombo held six rounds of talks with the Tigers between September 2002 and March 2003.",
      "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  const auto a = names(r, r["events"][0]["actors"]);
  CHECK(std::find(a.begin(), a.end(), "Liberation Tigers of Tamil Eelam") != a.end());
  // a generic head word is no short form: "the Party" after "the Communist Party" stays untagged
  const json p = events_of("The Communist Party met on Monday. Later the Party Congress voted.", "2024-05-15");
  for (const auto& e : p["entities"]) {
    for (const auto& m : e["mentions"]) CHECK(m["text"] != "Party");
  }
}

TEST_CASE("a place elsewhere in the sentence that is a party's nationality is not the event's place") {
  const json r = events_of(
      "Differences between India and the LTTE led to clashes between Tiger guerrillas and the Indian peace keeping force.",
      "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["location"].is_null());
  // a place after "in" stays, nationality or not
  const json k = events_of("Indian troops clashed with militants in India on Monday.", "2024-05-15");
  REQUIRE(k["events"].size() == 1);
  CHECK(nft::entity_name(k, k["events"][0]["location"]) == "India");
}

TEST_CASE("a place in a party's title after 'of' is not the event's place") {
  const json r = events_of("Foreign Minister Julie Bishop held talks with the foreign minister of Iraq on Monday.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["location"].is_null());
  // a place noun before "of" still gives the place
  const json a = events_of("Rebels attacked the outskirts of Aleppo on Monday.", "2024-05-15");
  REQUIRE(a["events"].size() == 1);
  CHECK(nft::entity_name(a, a["events"][0]["location"]) == "Aleppo");
}

TEST_CASE("a nationality word before a violent trigger is its country, named in the article or not") {
  const json r = events_of("An Israeli air strike killed five people on Monday, according to Lebanon's health ministry.", "2024-05-15");
  REQUIRE(r["events"].size() == 1);
  CHECK(names(r, r["events"][0]["actors"]) == std::vector<std::string>{"Israel"});
  // not a protest's: "Syrian protesters" are the protesters
  const json p = events_of("Syrian protesters demonstrated in Homs on Monday.", "2024-05-15");
  REQUIRE(p["events"].size() == 1);
  for (const auto& a : names(p, p["events"][0]["actors"])) CHECK(a != "Syria");
}

TEST_CASE("a measure of the trigger between a light verb and it: both parties of the talks") {
  const json r = events_of("Israel held three rounds of talks with Hamas in Cairo in May 2024.", "2024-06-15");
  REQUIRE(r["events"].size() == 1);
  const auto a = names(r, r["events"][0]["actors"]);
  CHECK(a.size() == 2);
  CHECK(std::find(a.begin(), a.end(), "Israel") != a.end());
  CHECK(std::find(a.begin(), a.end(), "Hamas") != a.end());
}
