// Stage 3, header: date line, headline, byline, date lines, datelines, agencies.
#include "test_util.h"

#include "header.h"

using nft::json;
using nft::run;

TEST_CASE("the date first line gives the date and the headline") {
  const std::string in = " date 2024-07-14 Hamas says pulling out of truce talks\n\nA Hamas official said so.";
  const json r = run(in);
  CHECK(r["article"]["date"] == "2024-07-14");
  CHECK(r["article"]["date_source"] == "header");
  CHECK(r["article"]["headline"] == "Hamas says pulling out of truce talks");
  CHECK(r["article"]["body"]["start"] == in.find("A Hamas"));
  CHECK(r["sentences"].size() == 1);
}

TEST_CASE("the date option overrides the text") {
  nf::Options o;
  o.date = "2020-01-02";
  const json r = run("date 2024-07-14 Headline\n\nBody.", o);
  CHECK(r["article"]["date"] == "2020-01-02");
  CHECK(r["article"]["date_source"] == "option");
  o.date = "2020-02-30";
  const json bad = run("date 2024-07-14 Headline\n\nBody.", o);
  CHECK(bad["article"]["date"] == "2024-07-14");
  CHECK(nft::has_warning(bad, "bad_option_date"));
}

TEST_CASE("pasted news-site header: headline, byline, date line, wire dateline") {
  const std::string in =
      "Russian drones hit Kyiv power grid\n"
      "By Jane Doe and Olena Petrenko, Reuters\n"
      "Published July 14, 2024\n"
      "KYIV, July 14 (Reuters) - Russian drones struck the city overnight, officials said.\n";
  const json r = run(in);
  const json& a = r["article"];
  CHECK(a["headline"] == "Russian drones hit Kyiv power grid");
  CHECK(a["bylines"] == json::array({"Jane Doe", "Olena Petrenko"}));
  CHECK(a["date"] == "2024-07-14");
  CHECK(a["date_source"] == "header");
  REQUIRE(a["dateline"].is_object());
  CHECK(a["dateline"]["text"] == "KYIV, July 14 (Reuters) -");
  CHECK(a["dateline"]["place_text"] == "KYIV");
  CHECK(a["dateline"]["agency"] == "Reuters");
  CHECK(a["agencies"] == json::array({"Reuters"}));
  CHECK(a["body"]["start"] == in.find("KYIV"));
  CHECK(r["paragraphs"].size() == 1);
}

TEST_CASE("datelines: AP style, place and country, bare line") {
  json r = run("Headline here\n\nGAZA CITY (AP) \xE2\x80\x94 Israeli strikes hit the city on Sunday.");
  CHECK(r["article"]["dateline"]["text"] == "GAZA CITY (AP) \xE2\x80\x94");
  CHECK(r["article"]["dateline"]["place_text"] == "GAZA CITY");
  CHECK(r["article"]["agencies"] == json::array({"AP"}));
  r = run("Beirut, Lebanon \xE2\x80\x94 Officials said the border was calm.");
  CHECK(r["article"]["dateline"]["text"] == "Beirut, Lebanon \xE2\x80\x94");
  CHECK(r["article"]["dateline"]["place_text"] == "Beirut");
  r = run("Ukraine war latest\nKIEV\nRussian forces advanced, the ministry said.");
  CHECK(r["article"]["headline"] == "Ukraine war latest");
  CHECK(r["article"]["dateline"]["text"] == "KIEV");
  CHECK(r["article"]["body"]["start"] == 19);
  r = run("WASHINGTON: The Senate voted on Tuesday to pass the bill.");
  CHECK(r["article"]["dateline"]["text"] == "WASHINGTON:");
}

TEST_CASE("no dateline where a paragraph merely opens with a name and a dash") {
  const json r = run("Hamas \xE2\x80\x94 the group that runs Gaza \xE2\x80\x94 said so.");
  CHECK(r["article"]["dateline"].is_null());
  const json r2 = run("By then, the army had left the town.\nIt came back later.");
  CHECK(r2["article"]["bylines"].empty());
}

TEST_CASE("date lines as pasted from news sites") {
  std::string d;
  CHECK(nf::parse_date_line("Published July 14, 2024", d));
  CHECK(d == "2024-07-14");
  CHECK(nf::parse_date_line("14 July 2024 10:32 GMT", d));
  CHECK(d == "2024-07-14");
  CHECK(nf::parse_date_line("Updated 3:15 PM EDT, Sun July 14, 2024", d));
  CHECK(d == "2024-07-14");
  CHECK(nf::parse_date_line("Friday, July 21, 2017", d));
  CHECK(d == "2017-07-21");
  CHECK(nf::parse_date_line("Last updated: 2024-07-14T10:32:00Z", d));
  CHECK(d == "2024-07-14");
  CHECK(nf::parse_date_line("Sun 14 Jul 2024 10.32 BST", d) == false);  // 10.32 is no clock we read
  CHECK_FALSE(nf::parse_date_line("July 14, 2024 was a hot day", d));
  CHECK_FALSE(nf::parse_date_line("February 30, 2024", d));
  CHECK_FALSE(nf::parse_date_line("July 2024", d));
}

TEST_CASE("agencies credited in the text, canonical and in order") {
  const json r = run("x\n\nThe official told AFP. Xinhua news agency reported it, as did the "
                     "Associated Press and Reuters. AFP said more.");
  CHECK(r["article"]["agencies"] == json::array({"AFP", "Xinhua", "AP", "Reuters"}));
}

TEST_CASE("no reference date is a warning") {
  const json r = run("x\n\nSomething happened on Sunday.");
  CHECK(r["article"]["date"].is_null());
  CHECK(nft::has_warning(r, "no_reference_date"));
}

TEST_CASE("section labels and single letters are no datelines") {
  // a bare place line is one; a label line is not
  CHECK(run("Ukraine repels attacks\n\nKIEV\n\nTroops held the line.\n")["article"]["dateline"]["place_text"] == "KIEV");
  CHECK(run("Floor speech on policing\n\nPRESS RELEASE\n\nThe Speaker spoke.\n")["article"]["dateline"].is_null());
  CHECK(run("Methods\n\nNOTE\n\nA potential outlier is a data point.\n")["article"]["dateline"].is_null());
  // an opening word with a colon or dash: a place, not a label or a pronoun
  CHECK(run("Title\n\nNOTE: You may want to keep every name sent to you.\n")["article"]["dateline"].is_null());
  CHECK(run("Title\n\nI \xE2\x80\x93 all the clinics were closed by then.\n")["article"]["dateline"].is_null());
  CHECK(run("Title\n\nGAZA CITY \xE2\x80\x93 Strikes hit the city.\n")["article"]["dateline"]["place_text"] == "GAZA CITY");
}

TEST_CASE("a dateline with a country or a date after its comma still is one") {
  CHECK(run("Title\n\nTaipei, Taiwan \xE2\x80\x94 The island held drills.\n")["article"]["dateline"]["place_text"] == "Taipei");
  CHECK(run("Title\n\nKYIV, July 14 (Reuters) - Drones struck.\n")["article"]["dateline"]["place_text"] == "KYIV");
  CHECK(run("Title\n\nWHEN : Saturday at noon.\n")["article"]["dateline"].is_null());
}

TEST_CASE("a date line above the headline: the headline and the dateline still found") {
  const json r = run("November 18, 2024\n\nOpposition claims victory in runoff\n\n"
                     "TBILISI, Nov 18 (AP) - The alliance won the vote on Sunday.");
  CHECK(r["article"]["date"] == "2024-11-18");
  CHECK(r["article"]["headline"] == "Opposition claims victory in runoff");
  CHECK(r["article"]["dateline"]["text"] == "TBILISI, Nov 18 (AP) -");
  const json p = run("Updated 18 November 2024, 10:32 GMT\nOpposition claims victory in runoff\nTBILISI (AP) - The alliance won.");
  CHECK(p["article"]["headline"] == "Opposition claims victory in runoff");
  CHECK(p["entities"][0]["type"] == "location");
  // a first body sentence is no headline: it ends with a full stop
  const json b = run("November 18, 2024\n\nThe alliance won the vote on Sunday.\n\nIt was a record.");
  CHECK(b["article"]["headline"].is_null());
  // nor a place line of three words after the date line (Wikinews)
  const json w = run("November 18, 2024\nPreston, Victoria, Australia\nThe council met on Sunday.");
  CHECK(w["article"]["headline"].is_null());
}
