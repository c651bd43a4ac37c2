// Stage 8, entities: the tagger's people, organisations and places, grouped by text.
// Statistical: these cases are clear ones the model must not lose (a regression guard),
// not a measure of its accuracy (scripts/train_ner prints that).
#include <map>

#include "lexicon.h"
#include "test_util.h"

using nft::json;

namespace {

std::string entities_of(const std::string& text) {
  const json r = nft::run("x\n\n" + text);
  std::string out;
  for (const auto& e : r["entities"]) {
    if (!out.empty()) out += "; ";
    out += e["type"].get<std::string>() + ":" + e["name"].get<std::string>();
  }
  return out;
}

bool has(const std::string& all, const std::string& one) { return all.find(one) != std::string::npos; }

}  // namespace

TEST_CASE("clear people, organisations and places") {
  const std::string e = entities_of(
      "Israeli Prime Minister Benjamin Netanyahu said on Sunday that the Health Ministry in Gaza City "
      "had been informed. The political chief, Ismail Haniyeh, told AFP that Hamas would not return to Egypt "
      "for talks.");
  // (A name opening a sentence, "Ismail Haniyeh told AFP", is harder: the model may keep
  // only "Haniyeh". That is measured by scripts/train_ner, not asserted here.)
  CHECK(has(e, "person:Benjamin Netanyahu"));
  CHECK(has(e, "person:Ismail Haniyeh"));
  CHECK(has(e, "organization:Health Ministry"));
  CHECK(has(e, "organization:Hamas"));
  CHECK(has(e, "location:Gaza City"));
  CHECK(has(e, "location:Egypt"));
}

TEST_CASE("mentions with the same text are one entity, with every mention") {
  const json r = nft::run("x\n\nHamas said no. Later Hamas said yes, and Hamas left.");
  int hamas = 0;
  for (const auto& e : r["entities"]) {
    if (e["name"] == "Hamas") {
      ++hamas;
      CHECK(e["mentions"].size() >= 2);
    }
  }
  CHECK(hamas >= 1);
}

TEST_CASE("lower-case prose has no entities") {
  CHECK(entities_of("the rain fell all day and the river rose slowly over the fields.") == "");
}

using nft::entity_named;

TEST_CASE("a person's last name joins the person named in full, whatever the tagger called it") {
  const json r = nft::run(
      "x\n\nIsrael targeted the group's commander Mohammed Deif on Saturday. The army said it "
      "had tried to kill Deif. Deif has been among Israel's most wanted men for decades.");
  const json deif = entity_named(r, "Mohammed Deif");
  REQUIRE(deif != nullptr);
  CHECK(deif["type"] == "person");
  CHECK(deif["mentions"].size() == 3);
  CHECK(entity_named(r, "Deif") == nullptr);
}

TEST_CASE("two people with one last name: the bare name joins the one named last before it") {
  const json r = nft::run(
      "x\n\nJohn Smith met reporters on Monday. Smith said little. Later, Anna Smith spoke. Smith "
      "said more.");
  const json john = entity_named(r, "John Smith"), anna = entity_named(r, "Anna Smith");
  REQUIRE(john != nullptr);
  REQUIRE(anna != nullptr);
  CHECK(john["mentions"].size() == 2);
  CHECK(anna["mentions"].size() == 2);
}

TEST_CASE("a name tagged once is found where the tagger missed it") {
  const json r = nft::run("x\n\nOfficials from Hamas met in Doha. hamas is lower case here. Hamas left.");
  const json h = entity_named(r, "Hamas");
  REQUIRE(h != nullptr);
  CHECK(h["mentions"].size() == 2);  // not the lower-case one
}

TEST_CASE("hyphenated modifiers and possessives split off the name") {
  const json r = nft::run(
      "x\n\nAnother senior official from the Iran-backed Islamist group spoke. Ismail Haniyeh, Hamas's "
      "Qatar-based political chief, said the Hamas-run Gaza Strip was hit.");
  CHECK(entity_named(r, "Iran")["type"] == "location");
  CHECK(entity_named(r, "Qatar")["type"] == "location");
  CHECK(entity_named(r, "Hamas")["type"] == "organization");
  CHECK(entity_named(r, "Gaza Strip")["type"] == "location");
  CHECK(entity_named(r, "Hamas's Qatar") == nullptr);
  CHECK(entity_named(r, "Hamas-run Gaza Strip") == nullptr);
}

TEST_CASE("a country named is a location; a nationality and an institution an organisation") {
  const json r = nft::run(
      "x\n\nTalks mediated by Qatar and Egypt, with U.S. support, failed. The area had been declared "
      "a safe zone by the Israeli military.");
  CHECK(entity_named(r, "U.S.")["type"] == "location");
  CHECK(entity_named(r, "Qatar")["type"] == "location");
  CHECK(entity_named(r, "Israeli military")["type"] == "organization");
}

TEST_CASE("a name before a place noun is a place; names start after their article") {
  const json r = nft::run(
      "x\n\nThe Health Ministry said 92 people were killed in a strike on the Al-Mawasi camp. "
      "Al-Mawasi, where the Health Ministry said dozens had been killed, had been declared safe.");
  CHECK(entity_named(r, "Al-Mawasi")["type"] == "location");
  CHECK(entity_named(r, "Health Ministry")["mentions"].size() == 2);
  CHECK(entity_named(r, "The Health Ministry") == nullptr);
}

TEST_CASE("groups: plural nationalities with their country, named religious and ethnic groups") {
  const json r = nft::run(
      "x\n\nThousands of Palestinians fled south, while Kurds and Sunnis in the north stayed. "
      "An Israeli strike hit the area.");
  const json p = entity_named(r, "Palestinians");
  REQUIRE(p != nullptr);
  CHECK(p["type"] == "group");
  CHECK(p["country"] == "PS");
  CHECK(entity_named(r, "Kurds")["type"] == "group");
  CHECK(entity_named(r, "Sunnis")["type"] == "group");
  CHECK(entity_named(r, "Israeli") == nullptr);  // an adjective here, not a group
}

TEST_CASE("places: the reading the article's countries support, coordinates from the gazetteer") {
  const json gaza = nft::run(
      "x\n\nIsraeli tanks pushed into Rafah in the southern Gaza Strip on Tuesday, residents said.");
  const json rafah = entity_named(gaza, "Rafah");
  REQUIRE(rafah != nullptr);
  CHECK(rafah["place"]["country"] == "PS");
  CHECK(rafah["place"]["kind"] == "city");
  CHECK(rafah["place"]["lat"].get<double>() == doctest::Approx(31.3).epsilon(0.01));
  CHECK(rafah["place"]["lon"].get<double>() == doctest::Approx(34.24).epsilon(0.01));
  CHECK(entity_named(gaza, "Gaza Strip")["place"]["kind"] == "region");

  const json lebanon = nft::run("x\n\nClashes erupted in Tripoli, Lebanon's second city, and spread to Beirut.");
  CHECK(entity_named(lebanon, "Tripoli")["place"]["country"] == "LB");
  const json libya = nft::run("x\n\nClashes erupted in Tripoli, the Libyan capital, and spread to Misrata.");
  CHECK(entity_named(libya, "Tripoli")["place"]["country"] == "LY");

  // a region and its city of one name: the city, unless the text says region
  const json ua = nft::run("x\n\nRussian missiles hit Kharkiv on Monday. Officials in the Donetsk region said two died.");
  CHECK(entity_named(ua, "Kharkiv")["place"]["kind"] == "city");
  CHECK(entity_named(ua, "Donetsk")["place"]["kind"] == "region");

  // a name with a comma the gazetteer knows without it: "Washington, D.C."
  const json dc = nft::run("x\n\nThousands marched in Washington, D.C., on Sunday.");
  const json wdc = entity_named(dc, "Washington, D.C.");
  REQUIRE(wdc != nullptr);
  CHECK(wdc["place"]["country"] == "US");
  CHECK(wdc["place"]["lat"].get<double>() == doctest::Approx(38.9).epsilon(0.01));
  // a place the gazetteer lacks, written with its state: the state's country, not the article's
  // (session 26: "Woodbridge", the town of this case before, is a New Jersey city of the
  // gazetteer; a tagger trained without the held-out documents reads two places there)
  const json va = nft::run("x\n\nSyrian forces shelled Idlib. The soldier's family lives in Occoquan, Virginia.");
  const json wb = entity_named(va, "Occoquan, Virginia");
  REQUIRE(wb != nullptr);
  CHECK(wb["place"]["country"] == "US");
}

TEST_CASE("a place the gazetteers lack: its kind from a place noun, its country from the article") {
  const json r = nft::run(
      "x\n\nA strike hit the Al-Mawasi camp in the Gaza Strip. Al-Mawasi had been declared safe.");
  const json m = entity_named(r, "Al-Mawasi");
  REQUIRE(m != nullptr);
  CHECK(m["place"]["country"] == "PS");
  CHECK(m["place"]["kind"] == "site");
  CHECK(m["place"]["lat"].is_null());
  CHECK(entity_named(r, "Israel") == nullptr);
}

TEST_CASE("titles before a name and in an apposition after it, with their affiliations") {
  const json r = nft::run(
      "x\n\nIsraeli Prime Minister Benjamin Netanyahu met Gen. Herzi Halevi in Israel on Monday. "
      "John Smith, 45, a local teacher, said he heard it. Philippe Lazzarini, head of the U.N. "
      "agency for Palestinian refugees, spoke later. Officials said Netanyahu, who was in Jerusalem, "
      "agreed.");
  const json n = entity_named(r, "Benjamin Netanyahu");
  REQUIRE(n != nullptr);
  CHECK(n["titles"] == json::array({"Israeli Prime Minister"}));
  const json israel = entity_named(r, "Israel");
  REQUIRE(israel != nullptr);
  CHECK(n["affiliations"] == json::array({israel["id"]}));
  CHECK(entity_named(r, "Herzi Halevi")["titles"] == json::array({"Gen."}));
  CHECK(entity_named(r, "John Smith")["titles"] == json::array({"local teacher"}));
  const json l = entity_named(r, "Philippe Lazzarini");
  CHECK(l["titles"] == json::array({"head of the U.N. agency for Palestinian refugees"}));
}

TEST_CASE("a title, a comma, the name: the title is the person's and the person speaks") {
  const json r = nft::run("x\n\nMalaysia's Prime Minister, Najib Razak, said the talks went well. "
                          "On Sunday, John Smith left.");
  const json n = entity_named(r, "Najib Razak");
  REQUIRE(n != nullptr);
  CHECK(n["titles"] == json::array({"Malaysia's Prime Minister"}));
  CHECK(entity_named(r, "John Smith")["titles"] == json::array());
  CHECK(entity_named(r, "Malaysia's Prime Minister") == nullptr);  // not a source of its own
  const json g = nft::run("x\n\nThe talks resumed. Head of the World Food Programme, Cindy McCain, met him.");
  CHECK(entity_named(g, "Cindy McCain")["titles"] == json::array({"Head of the World Food Programme"}));
  REQUIRE(r["quotes"].size() == 1);
  CHECK(r["quotes"][0]["speaker"] == n["id"]);
}

TEST_CASE("a plural nationality or a group name the tagger took for a person is a group") {
  const json r = nft::run("x\n\nThe rescued members included Bangladeshis and Rohingya.");
  for (const char* g : {"Bangladeshis", "Rohingya"}) {
    const json e = entity_named(r, g);
    REQUIRE(e != nullptr);
    CHECK(e["type"] == "group");
  }
}

TEST_CASE("name variants: a defined acronym, an organisation's aliases, a country's names") {
  const json r = nft::run(
      "x\n\nThe World Food Programme (WFP) said on Monday that U.S. aid had stopped. WFP officials and "
      "the United Nations asked the United States to resume it. A U.N. spokesman agreed.");
  const json wfp = entity_named(r, "World Food Programme");
  REQUIRE(wfp != nullptr);
  CHECK(wfp["mentions"].size() == 3);
  const json us = entity_named(r, "United States");
  REQUIRE(us != nullptr);
  CHECK(us["mentions"].size() == 2);
  const json un = entity_named(r, "United Nations");
  REQUIRE(un != nullptr);
  CHECK(un["mentions"].size() == 2);
  CHECK(entity_named(r, "U.N.") == nullptr);
}

TEST_CASE("the dateline's place is one location, the same entity as its later mentions; accents fold") {
  const json r = nft::run(
      "x\n\nPORTO ALEGRE, Brazil (AP) \u2014 Floods killed 39 people. Rescuers in Porto Alegre and the U.S. "
      "Embassy in Bras\u00EDlia said more rain was coming.");
  const json p = entity_named(r, "Porto Alegre");
  REQUIRE(p != nullptr);
  CHECK(p["mentions"].size() == 2);
  CHECK(p["place"]["country"] == "BR");
  CHECK(entity_named(r, "PORTO") == nullptr);
  const json b = entity_named(r, "Bras\u00EDlia");
  REQUIRE(b != nullptr);
  CHECK(b["place"]["kind"] == "city");
  CHECK(b["place"]["country"] == "BR");
}

TEST_CASE("a person's name without the title and its country or organisation; a role alone is no one") {
  const json r = nft::run(
      "x\n\nWarhol's prints sold well. U.S. President Donald Trump met NASA Administrator Charles Bolden on "
      "Monday, and the Home Secretary said little. Later Andy Warhol's estate spoke. John Major agreed.");
  const json t = entity_named(r, "Donald Trump");
  REQUIRE(t != nullptr);
  CHECK(t["titles"] == json::array({"U.S. President"}));
  CHECK(entity_named(r, "Charles Bolden") != nullptr);
  const json role = entity_named(r, "Home Secretary");  // a source that speaks, but no name
  CHECK((role == nullptr || role["unnamed"] == true));
  CHECK(entity_named(r, "John Major") != nullptr);
  const json w = entity_named(r, "Andy Warhol");
  REQUIRE(w != nullptr);
  CHECK(w["mentions"].size() == 2);  // "Warhol" before the full name joins it
  CHECK(entity_named(r, "Warhol") == nullptr);
}

TEST_CASE("a known organisation or an acronym before a role word before a person, even opening the text") {
  for (const char* text : {"Hamas leader Mohammed Deif said the attack would continue.",
                           "x\n\nHamas leader Mohammed Deif said the attack would continue."}) {
    const json r = nft::run(text);
    const json hamas = entity_named(r, "Hamas");
    REQUIRE(hamas != nullptr);
    CHECK(hamas["type"] == "organization");
    const json deif = entity_named(r, "Mohammed Deif");
    REQUIRE(deif != nullptr);
    CHECK(deif["titles"] == json::array({"Hamas leader"}));
    CHECK(deif["affiliations"] == json::array({hamas["id"]}));
  }
  const json n = nft::run("x\n\nNATO chief Mark Rutte spoke.");
  REQUIRE(entity_named(n, "NATO") != nullptr);
  CHECK(entity_named(n, "NATO")["type"] == "organization");
  // a title modifier or an unknown word is no organisation
  const json f = nft::run("x\n\nFormer leader John Smith agreed. Tall leader Anna Brown agreed.");
  CHECK(entity_named(f, "Former") == nullptr);
  CHECK(entity_named(f, "Tall") == nullptr);
}

TEST_CASE("two or three capitalised words right after a lower-case role word are a person") {
  const json r = nft::run(
      "x\n\nMontalvo has been helped by former members, including musician Tiziano Lugli and actor Jason "
      "Beghe. The group was founded by science fiction writer L. Ron Hubbard decades ago.");
  for (const char* p : {"Tiziano Lugli", "Jason Beghe", "L. Ron Hubbard"}) {
    const json e = entity_named(r, p);
    REQUIRE(e != nullptr);
    CHECK(e["type"] == "person");
  }
  CHECK(entity_named(r, "Tiziano Lugli")["titles"] == json::array({"musician"}));
  // one word, a country, or a name that runs on is not read so
  const json n = nft::run("x\n\nThe leader Hamas named was absent. Every member States sent agreed. The envoy "
                          "Monday Tuesday left.");
  CHECK(entity_named(n, "Monday Tuesday") == nullptr);
  CHECK(entity_named(n, "States") == nullptr);
}

TEST_CASE("a name after an organisation's kind of noun is an organisation; so is a web address") {
  const json r = nft::run(
      "x\n\nThe Internet security firm Secunia.com, has said that the browser is weak. Other sites such as "
      "Gawker.com have kept the video. Volunteer organization Comic Corps of Canada collects comics.");
  for (const char* o : {"Secunia.com", "Gawker.com", "Comic Corps of Canada"}) {
    const json e = entity_named(r, o);
    REQUIRE(e != nullptr);
    CHECK(e["type"] == "organization");
  }
  CHECK(entity_named(r, "Secunia") == nullptr);
  const json n = nft::run("x\n\nThe company Monday said no. The team Sunday lost. Visit example.com today.");
  CHECK(entity_named(n, "Monday") == nullptr);
  CHECK(entity_named(n, "Sunday") == nullptr);
  CHECK(entity_named(n, "example.com") == nullptr);  // no capital: no name
}

TEST_CASE("a first name alone joins the one person with that first name") {
  const json r = nft::run(
      "x\n\nDaniel Montalvo, 19, was arrested on Monday. Police said Daniel had left the building.");
  const json d = entity_named(r, "Daniel Montalvo");
  REQUIRE(d != nullptr);
  CHECK(d["mentions"].size() == 2);
  CHECK(entity_named(r, "Daniel") == nullptr);
  // two people share the first name: the bare name joins neither
  const json two = nft::run(
      "x\n\nJohn Smith met John Brown on Monday. Officials said John had left.");
  CHECK(entity_named(two, "John Smith")["mentions"].size() == 1);
  CHECK(entity_named(two, "John Brown")["mentions"].size() == 1);
}

TEST_CASE("a title with its possessor before a comma and the name; a hyphenated role word") {
  const json r = nft::run(
      "x\n\nAccording to the Afghan team's coach, Alireza Mehraban, the robot scored. Her ex-husband and "
      "Paris's father, Albert Jaquier, died. Margaret Atwood, a Booker Prize-winner, was there.");
  CHECK(entity_named(r, "Alireza Mehraban")["titles"] == json::array({"the Afghan team's coach"}));
  CHECK(entity_named(r, "Albert Jaquier")["titles"] == json::array({"Paris's father"}));
  CHECK(entity_named(r, "Margaret Atwood")["titles"] == json::array({"Booker Prize-winner"}));
  // a role of someone a pronoun names is not the next person's title; "far-right" is no role
  const json n = nft::run(
      "x\n\nAfter calling to speak with his mother, Daniel Montalvo was put through. John Smith, a far-right, "
      "left.");
  CHECK(entity_named(n, "Daniel Montalvo")["titles"] == json::array());
  CHECK(entity_named(n, "John Smith")["titles"] == json::array());
}

TEST_CASE("a place, a comma, the larger place: a missed place found, the readings that share a country") {
  const json r = nft::run(
      "x\n\nShe moved to Sydney and later to Switzerland. She was kept at Flag Land Base in Clearwater, Florida "
      "until she was eighteen. They swam along the coast of Aceh, Indonesia.");
  const json c = entity_named(r, "Clearwater");
  REQUIRE(c != nullptr);
  CHECK(c["type"] == "location");
  CHECK(c["place"]["country"] == "US");
  CHECK(entity_named(r, "Florida")["place"]["country"] == "US");  // not Puerto Rico's Florida
  const json a = entity_named(r, "Aceh");
  REQUIRE(a != nullptr);
  CHECK(a["place"]["country"] == "ID");
  // a place the gazetteers lack takes the country of the place it is in, not the article's
  const json f = entity_named(r, "Flag Land Base");
  REQUIRE(f != nullptr);
  CHECK(f["place"]["country"] == "US");
  // no reading in that country, or not a place name: nothing found
  const json n = nft::run("x\n\nOn Monday, Florida officials met. John Smith, Florida's governor, spoke. "
                          "Tuesday, Indonesia said no.");
  CHECK(entity_named(n, "Monday") == nullptr);
  CHECK(entity_named(n, "Tuesday") == nullptr);
}

TEST_CASE("short country names the permissive gazetteer gives in full") {
  const json r = nft::run("x\n\nDelegations from Syria and Laos arrived in Canada.");
  CHECK(entity_named(r, "Syria")["place"]["country"] == "SY");
  CHECK(entity_named(r, "Syria")["place"]["kind"] == "country");
}

TEST_CASE("two names the tagger ran together over 'and the'; MISC names that are organisations") {
  const json r = nft::run(
      "x\n\nBoth the Irving Independent School District and the Irving Police Department have said so. The "
      "government's Flag Consideration Project has planned roadshows. Though YouTube is complying, others "
      "are not.");
  for (const char* o : {"Irving Police Department", "Flag Consideration Project", "YouTube"}) {
    const json e = entity_named(r, o);
    REQUIRE(e != nullptr);
    CHECK(e["type"] == "organization");
  }
  CHECK(entity_named(r, "Irving Independent School District") != nullptr);
  // no article after "and": one name; a plain word the company list has stays what it was
  const json n = nft::run("x\n\nThe leaders of Bosnia and Herzegovina met. The World's Fair museum was closed.");
  CHECK(entity_named(n, "Bosnia and Herzegovina") != nullptr);
  const json w = entity_named(n, "World");
  CHECK((w == nullptr || w["type"] != "organization"));
}

TEST_CASE("a hyphenated given name after a capitalised word stays in the name; a modifier splits off") {
  const json r = nft::run(
      "x\n\nOther candidates elected were Cheng Chung-tai of Civic Passion and Andrew Wan of the "
      "Democratic Party.");
  CHECK(entity_named(r, "Cheng Chung-tai") != nullptr);
  CHECK(entity_named(r, "Cheng Chung") == nullptr);
  const json m = nft::run(
      "x\n\nThe Hamas-run ministry said so. A New York-based group and the Pulitzer Prize-winning author agreed.");
  CHECK(entity_named(m, "Hamas") != nullptr);
  CHECK(entity_named(m, "Hamas-run") == nullptr);
  CHECK(entity_named(m, "New York") != nullptr);
}

TEST_CASE("an office's name of two common words joined by 'and' is one organisation") {
  const json r = nft::run(
      "x\n\nThe complaint, filed with the United States Department of Housing and Urban Development, "
      "accuses the agency of violating a 2003 agreement. He blamed the Department of Justice and FBI agents.");
  CHECK(entity_named(r, "United States Department of Housing and Urban Development") != nullptr);
  CHECK(entity_named(r, "Urban Development") == nullptr);
  CHECK(entity_named(r, "Department of Justice") != nullptr);
  CHECK(entity_named(r, "FBI") != nullptr);
}

TEST_CASE("a company's legal form after a comma joins its name; alone it is no name") {
  const json r = nft::run(
      "x\n\nThe money went from The Mozilla Foundation to Google, Inc. of Mountain View, California.");
  CHECK(entity_named(r, "Google, Inc") != nullptr);
  CHECK(entity_named(r, "Inc") == nullptr);
  CHECK(entity_named(r, "Google") == nullptr);
}

TEST_CASE("an organisation after 'and' that completes a gazetteer place starts at the place") {
  const json r = nft::run("x\n\nAnd therefore what the Newfoundland and Labrador Court of Appeal did is nothing new.");
  CHECK(entity_named(r, "Newfoundland and Labrador Court of Appeal") != nullptr);
  CHECK(entity_named(r, "Labrador Court of Appeal") == nullptr);
  CHECK(entity_named(r, "Newfoundland") == nullptr);
}

TEST_CASE("a capitalised word prefix before a hyphen keeps the word whole") {
  const json r = nft::run(
      "x\n\nPaulley was a Co-operative Commonwealth Federation candidate for St. Boniface in 1953. "
      "He had joined the Co-operative Bank in Winnipeg.");
  CHECK(entity_named(r, "Co-operative Commonwealth Federation") != nullptr);
  CHECK(entity_named(r, "Commonwealth Federation") == nullptr);
  CHECK(entity_named(r, "Co-operative Bank") != nullptr);
}

TEST_CASE("politicians' labels and plural roles before a name are titles; an acronym after 'of' a person") {
  const json r = nft::run(
      "x\n\nIn the district, nonpartisan pan-democrat Eddie Chu was elected. Two veteran politicians Lee "
      "Cheuk-yan of the Labour Party and Frederick Fung of ADPL were defeated.");
  CHECK(entity_named(r, "Eddie Chu")["titles"] == json::array({"nonpartisan pan-democrat"}));
  CHECK(entity_named(r, "Lee Cheuk-yan")["titles"] == json::array({"veteran politicians"}));
  const json adpl = entity_named(r, "ADPL");
  REQUIRE(adpl != nullptr);
  CHECK(adpl["type"] == "organization");
  // a country's code, or no acronym, after "of": nothing new
  const json n = nft::run("x\n\nJohn Smith of Texas spoke. Anna Brown of US Steel agreed. Mark Green of UK said no.");
  CHECK(entity_named(n, "UK")["type"] != "organization");
  CHECK(entity_named(n, "US") == nullptr);
}

TEST_CASE("session 26: a known place after a role word and 'of' is a place, a person may follow it") {
  const std::string e = entities_of("He ran against incumbent Governor of Oregon Mark Hatfield, who won.");
  CHECK(has(e, "location:Oregon"));
  CHECK(has(e, "person:Mark Hatfield"));
  // an office, not a place the gazetteer knows: no location
  const std::string f = entities_of("The Minister of Justice Anna Berg resigned.");
  CHECK_FALSE(has(f, "location:"));
}

TEST_CASE("session 26: a name tagged a person in a list of organisations is an organisation") {
  const std::string e = entities_of("He formed a coalition with Shas, Meretz, Yisrael BaAliyah and the Centre Party.");
  CHECK(has(e, "organization:Meretz"));
  CHECK(has(e, "organization:Yisrael BaAliyah"));
  CHECK_FALSE(has(e, "person:"));
  // one organisation beside it, or a known given name: the person stays
  CHECK(has(entities_of("Apple, Cook said, will grow."), "person:Cook"));
  CHECK(has(entities_of("The alliance joined Likud, Sara Cohen and Shas."), "person:Sara Cohen"));
  // the tagger's other name (MISC) likewise, but for a nationality: a group stays a group
  CHECK(has(entities_of("Greenpeace, WWF, Conservation International and Germanwatch had provided comments."),
            "organization:Germanwatch"));
  const std::string g = entities_of("He joined the Democrats, Republicans and the Green Party.");
  CHECK_FALSE(has(g, "organization:Democrats"));
  CHECK_FALSE(has(g, "organization:Republicans"));
}

TEST_CASE("a place the gazetteers lack takes the country of the known place its name starts with") {
  const json r = nft::run(
      "x\n\nBelgium faced Panama at the Fisht Stadium in Sochi. Sweden faced South Korea at the Nizhny Novgorod "
      "Stadium, and Tunisia faced England at the Volgograd Arena. Later, defender Kyle Walker was booked.");
  for (const char* p : {"Nizhny Novgorod Stadium", "Volgograd Arena"}) {
    const json e = entity_named(r, p);
    REQUIRE(e != nullptr);
    CHECK(e["place"]["country"] == "RU");
  }
  CHECK(entity_named(r, "Kyle Walker")["titles"] == json::array({"defender"}));
  // one word with a reading the article does not support is no evidence
  const json c = nft::run(
      "x\n\nFans came to Toronto, Canada, for the show. It took place at the Metro Toronto Convention Centre.");
  const json m = entity_named(c, "Metro Toronto Convention Centre");
  REQUIRE(m != nullptr);
  CHECK(m["place"]["country"] == "CA");
}

TEST_CASE("a name after a role and a rank, with a joined particle; an outlet before a media noun") {
  const json r = nft::run(
      "x\n\nCivil Defense Authority director General Suleiman al-Amr, in remarks to al-Ikhbariya television, "
      "said all were safe.");
  const json a = entity_named(r, "Suleiman al-Amr");
  REQUIRE(a != nullptr);
  CHECK(a["type"] == "person");
  const json t = entity_named(r, "al-Ikhbariya");
  REQUIRE(t != nullptr);
  CHECK(t["type"] == "organization");
  // a weekday or a lone noun before a media noun is no outlet
  const json n = nft::run("x\n\nOn Monday television showed it. The television was on.");
  CHECK(entity_named(n, "Monday") == nullptr);
}

TEST_CASE("a country the tagger ran into the person after a long title is the country, then the person") {
  const std::string e = entities_of(
      "According to Afghan Ambassador to the United States Hamdullah Mohib, the team was denied visas.");
  CHECK(has(e, "person:Hamdullah Mohib"));
  CHECK_FALSE(has(e, "person:United States"));
  // a person's name that starts with a country's name stays whole
  const std::string f = entities_of("The actor said that Chad Michael Murray had arrived in Paris on Monday.");
  CHECK_FALSE(has(f, "location:Chad"));
}

TEST_CASE("a plural noun's possessive inside a name does not cut it; a title after Mr. is no person") {
  const std::string e = entities_of("The European People's Party won the vote in Brussels on Monday.");
  CHECK(has(e, "organization:European People's Party"));
  CHECK_FALSE(has(e, "organization:European People;"));
  const std::string f = entities_of("Hamas's Qatar-based political chief spoke on Monday.");
  CHECK(has(f, "organization:Hamas"));
  CHECK_FALSE(has(f, "Hamas's"));
  const std::string g = entities_of("\"Thank you, Mr. President,\" the senator said to the chamber.");
  CHECK_FALSE(has(g, "person:President"));
}

TEST_CASE("the name part of a hyphenated modifier is tagged without the rest; a known place after 'in'") {
  // the tagger sees "Hezbollah backed militia": "-backed" as a word is one it never saw
  const std::string e = entities_of("A Hezbollah-backed militia attacked the town on Monday.");
  CHECK(has(e, "organization:Hezbollah"));
  CHECK_FALSE(has(e, "Hezbollah-backed"));
  const std::string f = entities_of("The vote was held in March and the talks in Sochi.");
  CHECK(has(f, "location:Sochi"));
  CHECK_FALSE(has(f, "March"));
}

TEST_CASE("an organisation's head noun, 'of' or 'for' (and 'the'), and capitalised words are one organisation") {
  const std::string e = entities_of(
      "A year later, the National Library of the Netherlands said no. He was a member of the National "
      "Association for the Advancement of Colored People.");
  CHECK(has(e, "organization:National Library of the Netherlands"));
  CHECK(has(e, "organization:National Association for the Advancement of Colored People"));
  CHECK_FALSE(has(e, "location:Netherlands"));
  // a weekday, no capital after "for the": the name stops at the noun
  const std::string f = entities_of("The Labour Party on Monday said the Union for the first time agreed.");
  CHECK_FALSE(has(f, "Monday"));
  CHECK_FALSE(has(f, "first time"));
}

TEST_CASE("an acronym in parentheses right after an organisation is a mention of its type") {
  const json r = nft::run("x\n\nThe World Food Programme (WFP) said it had stopped deliveries on Monday.");
  const json wfp = entity_named(r, "World Food Programme");
  REQUIRE(wfp != nullptr);
  CHECK(wfp["mentions"].size() == 2);  // "WFP" is the same entity: its letters are the initials
  const std::string e = entities_of("They joined the Movement for the Left (MpS) in 2009.");
  CHECK(has(e, "organization:MpS"));
  const std::string f = entities_of("The Health Ministry (pictured) and the Foreign Ministry (2023) agreed.");
  CHECK_FALSE(has(f, "pictured"));
  CHECK_FALSE(has(f, "2023"));
}

TEST_CASE("capitalised words whose initials spell the acronym in parentheses after them are one name") {
  // the tagger's pieces (or nothing) become one organisation, the acronym the same entity
  const json r = nft::run(
      "x\n\nHackers broke into the networks of the Democratic Congressional Campaign Committee (DCCC) last "
      "year. The DCCC said so.");
  const json d = entity_named(r, "Democratic Congressional Campaign Committee");
  REQUIRE(d != nullptr);
  CHECK(d["type"] == "organization");
  CHECK(d["mentions"].size() == 3);  // an acronym of four capitals joins its name too
  const std::string e = entities_of("In 2002 the party merged with the Mouvement des Citoyens pour le Changement (MCC).");
  CHECK(has(e, "organization:Mouvement des Citoyens pour le Changement"));
  // common words in capitals, a role before "of" an organisation, a person: no new name
  const std::string f = entities_of("The Gross Domestic Product (GDP) grew. He was elected a Fellow of the British "
                                    "Academy (FBA) in 1990. The award went to Barack Hussein Obama (BHO).");
  CHECK_FALSE(has(f, "Gross Domestic"));
  CHECK_FALSE(has(f, "Fellow"));
  CHECK(has(f, "person:Barack Hussein Obama"));
  const std::string g = entities_of("Computer Aided Design (CAD) is taught at the Chicago school.");
  CHECK_FALSE(has(g, "Computer Aided Design"));
}

TEST_CASE("a country in an all-caps headline is the country named below, one entity") {
  const json r = nft::run(
      "FOOTBALL - BRAZIL BEAT ARGENTINA IN TENSE FRIENDLY\n\nBrazil beat Argentina 2-1 in a friendly in Sao Paulo "
      "on Tuesday. NATO and U.S. officials watched.");
  for (const char* c : {"Brazil", "Argentina"}) {
    const json e = entity_named(r, c);
    REQUIRE(e != nullptr);
    CHECK(e["type"] == "location");
    CHECK(e["mentions"].size() == 2);
  }
  CHECK(entity_named(r, "BRAZIL") == nullptr);
  CHECK(entity_named(r, "U.S.")["type"] == "location");  // dotted, as it is
  const json nato = entity_named(r, "NATO");
  CHECK((nato == nullptr || nato["type"] == "organization"));  // no country "Nato"
}

TEST_CASE("names in an all-caps headline join the names written below") {
  const json r = nft::run(
      "MERKEL MEETS PUTIN IN SOCHI AS GAS ROW DEEPENS\n\nGerman Chancellor Angela Merkel met Vladimir Putin in "
      "Sochi on Monday. Merkel said the talks were frank.");
  const json merkel = entity_named(r, "Angela Merkel");
  REQUIRE(merkel != nullptr);
  CHECK(merkel["mentions"].size() == 3);
  CHECK(entity_named(r, "MERKEL") == nullptr);
  const json putin = entity_named(r, "Vladimir Putin");
  REQUIRE(putin != nullptr);
  CHECK(putin["mentions"].size() == 2);
  const json sochi = entity_named(r, "Sochi");
  REQUIRE(sochi != nullptr);
  CHECK(sochi["mentions"].size() == 2);
  // the headline's other words are no names
  for (const char* w : {"MEETS", "GAS", "ROW", "DEEPENS", "IN"}) CHECK(entity_named(r, w) == nullptr);
}

TEST_CASE("a title-case headline: names the body uses, not the capitalised words run on after them") {
  const json r = nft::run(
      "Gaza Ceasefire Talks Stall as Hamas Rejects Israeli Offer\n\nHamas rejected an offer from Israel on "
      "Monday, officials in Gaza said.");
  CHECK(entity_named(r, "Gaza Ceasefire") == nullptr);
  const json gaza = entity_named(r, "Gaza");
  REQUIRE(gaza != nullptr);
  CHECK(gaza["mentions"].size() == 2);
  const json hamas = entity_named(r, "Hamas");
  REQUIRE(hamas != nullptr);
  CHECK(hamas["mentions"].size() == 2);
  // a longer name the body uses too stays whole
  const json t = nft::run(
      "New York Times Wins Pulitzer for Gaza Coverage\n\nThe New York Times won a Pulitzer Prize on Monday.");
  const json nyt = entity_named(t, "New York Times");
  REQUIRE(nyt != nullptr);
  CHECK(nyt["mentions"].size() == 2);
}

TEST_CASE("an office with 'of' or 'for' before a name: the person is the name, the office the title") {
  const json r = nft::run(
      "x\n\nUS Secretary of State John Kerry met Deputy Secretary of State Tony Blinken in Paris on Monday.");
  const json k = entity_named(r, "John Kerry");
  REQUIRE(k != nullptr);
  CHECK(k["titles"] == json::array({"US Secretary of State"}));
  const json b = entity_named(r, "Tony Blinken");
  REQUIRE(b != nullptr);
  CHECK(b["titles"] == json::array({"Deputy Secretary of State"}));
  CHECK(entity_named(r, "of State John Kerry") == nullptr);
  // "for the" and an office without a name: no person
  const json m = nft::run("x\n\nIn Iraq, Minister for the Middle East, Tobias Ellwood, said he was safe.");
  const json me = entity_named(m, "Middle East");
  CHECK((me == nullptr || me["type"] != "person"));
  CHECK(entity_named(m, "Tobias Ellwood") != nullptr);
  // no capitalised role word before "of": a relation, no title
  const json n = nft::run("x\n\nThe sister of Anna Jones said on Monday that she was safe.");
  const json a = entity_named(n, "Anna Jones");
  REQUIRE(a != nullptr);
  CHECK(a["titles"] == json::array());
}

TEST_CASE("honours after a name, relative clauses and 'as' roles are titles; a coordination is none") {
  const json r = nft::run(
      "x\n\nThomas Sam, 42, and his wife Manju Sam, 36, are on trial. In the words of the Crown prosecutor, "
      "Mark Tedeschi, QC, the child suffered. Tom Molomby, SC, said they were not guilty.");
  const json s = entity_named(r, "Thomas Sam");
  REQUIRE(s != nullptr);
  CHECK(s["titles"] == json::array());
  const json t = entity_named(r, "Mark Tedeschi");
  REQUIRE(t != nullptr);
  CHECK(t["titles"] == json::array({"the Crown prosecutor", "QC"}));
  CHECK(entity_named(r, "Tom Molomby")["titles"] == json::array({"SC"}));
  const json w = nft::run(
      "x\n\nThere is Jason Reed, who is our editor, and Anna Brown, who heads the World Food Programme. "
      "Mark Green, who is 45, left. Scott Morrison named Bridget McKenzie as Minister for Agriculture on "
      "Monday. Critics saw John Smith as a problem.");
  CHECK(entity_named(w, "Jason Reed")["titles"] == json::array({"our editor"}));
  CHECK(entity_named(w, "Anna Brown")["titles"] == json::array({"heads the World Food Programme"}));
  CHECK(entity_named(w, "Mark Green")["titles"] == json::array());
  CHECK(entity_named(w, "Bridget McKenzie")["titles"] == json::array({"Minister for Agriculture"}));
  CHECK(entity_named(w, "John Smith")["titles"] == json::array());
}

TEST_CASE("offices held against others, styles and callings are role words") {
  const json r = nft::run(
      "x\n\nIncumbent Democrat Walter Mondale defeated Republican challenger Phil Hansen. Thomas Sam, a practising "
      "homeopath, declined. File photo of interviewee David Titley.");
  CHECK(entity_named(r, "Walter Mondale")["titles"] == json::array({"Incumbent Democrat"}));
  CHECK(entity_named(r, "Phil Hansen")["titles"] == json::array({"Republican challenger"}));
  CHECK(entity_named(r, "Thomas Sam")["titles"] == json::array({"practising homeopath"}));
  CHECK(entity_named(r, "David Titley")["titles"] == json::array({"interviewee"}));
  // no role noun: no title
  const json n = nft::run("x\n\nThomas Sam, a tall man, declined.");
  CHECK(entity_named(n, "Thomas Sam")["titles"] == json::array());
}

TEST_CASE("a name after 'also known as' is another name of the same person") {
  const json r = nft::run(
      "x\n\nAbboud Qanbar (Arabic: name), also known as Abu Haidar, is an Iraqi general. He was born in Amarah.");
  int people = 0;
  for (const auto& e : r["entities"]) people += e["type"] == "person";
  CHECK(people == 1);
  const json q = entity_named(r, "Abboud Qanbar");
  REQUIRE(q != nullptr);
  CHECK(q["mentions"].size() == 2);
  // no naming words between: two people
  const json n = nft::run("x\n\nAbboud Qanbar met Abu Haidar in Amarah on Monday.");
  CHECK(entity_named(n, "Abboud Qanbar")["mentions"].size() == 1);
}

TEST_CASE("an organisation after 'of', 'for' or 'from' a person, or a country after 'of', is an affiliation") {
  const json r = nft::run(
      "x\n\nThe seat was fought by Peter Robinson of the Democratic Unionist Party and Anna Brown of France. "
      "John Smith of Texas lost.");
  const json party = entity_named(r, "Democratic Unionist Party");
  REQUIRE(party != nullptr);
  CHECK(entity_named(r, "Peter Robinson")["affiliations"] == json::array({party["id"]}));
  CHECK(entity_named(r, "Peter Robinson")["titles"] == json::array());
  const json france = entity_named(r, "France");
  REQUIRE(france != nullptr);
  CHECK(entity_named(r, "Anna Brown")["affiliations"] == json::array({france["id"]}));
  CHECK(entity_named(r, "John Smith")["affiliations"] == json::array());  // a state, not a country
}

TEST_CASE("a storm's or an operation's name is no person") {
  const json r = nft::run(
      "x\n\nOnce Cyclone Phailin comes on shore it will weaken, said David Titley. Hurricane Katrina was worse.");
  CHECK(entity_named(r, "Cyclone Phailin") == nullptr);
  CHECK(entity_named(r, "Hurricane Katrina") == nullptr);
  const json d = entity_named(r, "David Titley");
  REQUIRE(d != nullptr);
  CHECK(d["type"] == "person");
}

TEST_CASE("titles in parentheses, in an apposition closed by its speech verb, before a rank, and 'for the'") {
  const json r = nft::run(
      "x\n\nSupporters included Margo Kingston (journalist) and Brian Deegan (former magistrate, who ran). "
      "Gen. Joseph Votel, commander of U.S. Central Command said, \"We will win.\" He met the army's top general, "
      "Lt. Gen. Stephen Townsend, on Monday. Minister for the Middle East Tobias Ellwood spoke on Monday.");
  CHECK(entity_named(r, "Margo Kingston")["titles"] == json::array({"journalist"}));
  CHECK(entity_named(r, "Brian Deegan")["titles"] == json::array({"former magistrate"}));
  CHECK(entity_named(r, "Joseph Votel")["titles"] == json::array({"Gen.", "commander of U.S. Central Command"}));
  CHECK(entity_named(r, "Stephen Townsend")["titles"] == json::array({"Lt. Gen.", "the army's top general"}));
  const json t = entity_named(r, "Tobias Ellwood");
  REQUIRE(t != nullptr);
  CHECK(t["titles"] == json::array({"Minister for the Middle East"}));
  // the person's own name in parentheses, a clause after a comma: no title
  const json n = nft::run(
      "x\n\nStanley (then known as the Honourable Edward Stanley) contested Oldham. Anna Brown, who said "
      "she was a teacher, left.");
  CHECK(entity_named(n, "Edward Stanley")["titles"] == json::array({"Honourable"}));
  CHECK(entity_named(n, "Anna Brown")["titles"] == json::array());
}

TEST_CASE("a plural role before two names joined by 'and' is a title of both") {
  const json r = nft::run(
      "x\n\nHe campaigned for U.S. Presidents Richard Nixon and Gerald Ford. Later President Barack Obama and "
      "Anna Brown spoke.");
  CHECK(entity_named(r, "Richard Nixon")["titles"] == json::array({"U.S. Presidents"}));
  CHECK(entity_named(r, "Gerald Ford")["titles"] == json::array({"U.S. Presidents"}));
  CHECK(entity_named(r, "Barack Obama")["titles"] == json::array({"President"}));
  CHECK(entity_named(r, "Anna Brown")["titles"] == json::array());
}

TEST_CASE("'St.' before a place the gazetteer knows, after 'in' or 'to', is part of the place") {
  const json r = nft::run("x\n\nThe band played in St. Louis in 1939. St. Peter said the gate was open.");
  const json l = entity_named(r, "St. Louis");
  REQUIRE(l != nullptr);
  CHECK(l["type"] == "location");
  CHECK(l["place"]["country"] == "US");
  CHECK(entity_named(r, "Louis") == nullptr);
  const json p = entity_named(r, "Peter");  // no place word before it: the saint's name
  REQUIRE(p != nullptr);
  CHECK(p["type"] == "person");
}

TEST_CASE("a relative clause after a role phrase in an apposition ends the title") {
  const json r = nft::run(
      "x\n\nHe beat Haley Barbour, a political operative who campaigned for Nixon. Anna Brown, who said no, left.");
  CHECK(entity_named(r, "Haley Barbour")["titles"] == json::array({"political operative"}));
  CHECK(entity_named(r, "Anna Brown")["titles"] == json::array());
}

TEST_CASE("a name ends before a closing bracket it did not open") {
  const std::string e = entities_of("There is Jeff [Drake], who is behind the camera, and Anna Brown.");
  CHECK_FALSE(has(e, "Drake]"));
  const std::string f = entities_of("It was redesignated 65 Air Division (Defense) on 17 April 1952.");
  CHECK((has(f, "(Defense)") || !has(f, "(Defense")));  // a bracket it opened stays
}

TEST_CASE("a name that opens a bracket takes its closing one or ends before it") {
  const std::string f = entities_of("It was redesignated 65 Air Division (Defense) on 17 April 1952.");
  CHECK(has(f, "65 Air Division (Defense)"));
  // no closing bracket: the name ends before its opening one
  const std::string g = entities_of("The unit joined the 65 Air Division (Defense Command and later the Army.");
  CHECK_FALSE(has(g, "(Defense"));
  CHECK(has(g, "65 Air Division"));
}

TEST_CASE("Army ranks Spc. and Pfc. are titles before a name, not a name") {
  const json r = nft::run("x\n\n\"We trained hard,\" said Spc. Lorraine Walsh, an artillery crewmember.");
  const json w = entity_named(r, "Lorraine Walsh");
  REQUIRE(w != nullptr);
  CHECK(w["titles"] == json::array({"Spc.", "artillery crewmember"}));
  CHECK(entity_named(r, "Spc") == nullptr);
}

TEST_CASE("a name, a comma and a country are two names; the country tells the first one's") {
  const json r = nft::run("x\n\nAnother strike hit Tabqa Dam, Syria, on Monday. A bomb exploded in Istanbul, Turkey.");
  std::map<std::string, std::string> country;
  for (const auto& e : r["entities"]) {
    country[e["name"].get<std::string>()] = e["place"].is_object() && e["place"]["country"].is_string()
                                                ? e["place"]["country"].get<std::string>() : "";
  }
  CHECK(country.count("Tabqa Dam, Syria") == 0);
  CHECK(country["Tabqa Dam"] == "SY");
  CHECK(country["Istanbul"] == "TR");
  CHECK(country["Turkey"] == "TR");
  // no country after the comma: not split by this rule
  CHECK(has(entities_of("They met in Washington, D.C., on Friday."), "location:Washington, D.C."));
}

TEST_CASE("seats of government are organisations; a title's abbreviation is no person") {
  const json d = nft::run("x\n\nKremlin spokesman Dmitry Peskov said talks would go on. White House spokeswoman "
                          "Karine Jean-Pierre said no.\n\nRegional Gov. Oleh Kiper said on Telegram that drones hit a building.");
  REQUIRE(entity_named(d, "Kremlin") != nullptr);
  CHECK(entity_named(d, "Kremlin")["type"] == "organization");
  CHECK(entity_named(d, "White House")["type"] == "organization");
  CHECK(entity_named(d, "Dmitry Peskov")["titles"] == json::array({"Kremlin spokesman"}));
  CHECK(entity_named(d, "Gov") == nullptr);
  CHECK(entity_named(d, "Oleh Kiper")["titles"] == json::array({"Regional Gov."}));
}

TEST_CASE("legislatures and parties are organisations, a longer known name over a country inside it") {
  const json d = nft::run("x\n\nMerz won a vote in the Bundestag. The opposition Alternative for Germany called for an "
                          "election, and Likud said nothing.");
  REQUIRE(entity_named(d, "Bundestag") != nullptr);
  CHECK(entity_named(d, "Bundestag")["type"] == "organization");
  REQUIRE(entity_named(d, "Alternative for Germany") != nullptr);
  CHECK(entity_named(d, "Alternative for Germany")["type"] == "organization");
  CHECK(entity_named(d, "Germany") == nullptr);
  CHECK(entity_named(d, "Likud")["type"] == "organization");
}

TEST_CASE("a plural role before a list is every name's; 'The' before a title; a role after 'as' is the name's before it") {
  const json r = nft::run(
      "x\n\nCongress members Tom Lantos, Jim Saxton, Thad McCotter and Robert Wexler spoke. Six other Republican "
      "senators - Wayne Morse, Irving Ives and George Aiken - joined her. President Obama, John Smith and Al Gore met.");
  for (const char* n : {"Tom Lantos", "Jim Saxton", "Thad McCotter", "Robert Wexler"}) {
    // "Congress" is an organisation (data/political_orgs.txt), so its members' title holds it
    CHECK(entity_named(r, n)["titles"] == json::array({"Congress members"}));
  }
  for (const char* n : {"Wayne Morse", "Irving Ives", "George Aiken"}) {
    CHECK(entity_named(r, n)["titles"] == json::array({"Republican senators"}));
  }
  // a singular role is the first name's only
  CHECK(entity_named(r, "John Smith")["titles"] == json::array());
  CHECK(entity_named(r, "Al Gore")["titles"] == json::array());
  const json m = nft::run(
      "x\n\nThe Prime Minister, Robert Menzies, used the defection. The government was renewed, with Joschka "
      "Fischer as foreign minister, Renate Kuenast as minister for the environment, and others.");
  CHECK(entity_named(m, "Robert Menzies")["titles"] == json::array({"Prime Minister"}));
  CHECK(entity_named(m, "Joschka Fischer")["titles"] == json::array({"foreign minister"}));
  CHECK(entity_named(m, "Renate Kuenast")["titles"] == json::array({"minister for the environment"}));
  // no role word after "as": none
  const json n = nft::run("x\n\nCritics saw John Smith as a problem for the party.");
  CHECK(entity_named(n, "John Smith")["titles"] == json::array());
}

TEST_CASE("a copula after a name gives its role; another person's role in an apposition is not the name's") {
  const json r = nft::run(
      "x\n\nEugenio Calabi (born 1923) is an Italian-American mathematician and professor emeritus. Joschka "
      "Fischer became Vice-Chancellor of Germany and foreign minister. Carlo Citrone was a British professional "
      "poker player.");
  CHECK(entity_named(r, "Eugenio Calabi")["titles"] == json::array({"Italian-American mathematician"}));
  CHECK(entity_named(r, "Joschka Fischer")["titles"] == json::array({"Vice-Chancellor of Germany"}));
  CHECK(entity_named(r, "Carlo Citrone")["titles"] == json::array({"British professional poker player"}));
  const json n = nft::run(
      "x\n\nJohn Smith was arrested by police officers. Mark Green is a good friend. Gray Davis was the last "
      "Democrat until Jerry Brown to carry the county. They named Antonio Di Pietro, Federation of the Greens "
      "leader Alfonso Scanio and others.");
  CHECK(entity_named(n, "John Smith")["titles"] == json::array());
  CHECK(entity_named(n, "Mark Green")["titles"] == json::array());
  CHECK(entity_named(n, "Gray Davis")["titles"] == json::array());
  CHECK(entity_named(n, "Antonio Di Pietro")["titles"] == json::array());
}

TEST_CASE("role nouns only the roles stage reads") {
  const json r = nft::run(
      "x\n\nHe worked with Chinese Generalissimo Chiang Kai-shek and Regent Adam Lubomirski. Michael Behe, a "
      "senior fellow of the Discovery Institute, wrote it.");
  CHECK(entity_named(r, "Chiang Kai-shek")["titles"] == json::array({"Chinese Generalissimo"}));
  CHECK(entity_named(r, "Adam Lubomirski")["titles"] == json::array({"Regent"}));
  CHECK(entity_named(r, "Michael Behe")["titles"] == json::array({"senior fellow of the Discovery Institute"}));
  // "fellow" alone before a demonym is no title
  const json n = nft::run("x\n\nWashington appointed fellow Virginian Edmund Randolph.");
  CHECK(entity_named(n, "Edmund Randolph")["titles"] == json::array());
}

TEST_CASE("a shorter form after 'or' and a name after 'best known as' are the same person") {
  const json r = nft::run(
      "x\n\nI Dewa Gede Budjana or Dewa Budjana (born 1963) is an Indonesian guitarist.");
  int people = 0;
  for (const auto& e : r["entities"]) people += e["type"] == "person";
  CHECK(people == 1);
  const json b = nft::run(
      "x\n\nBenjamin Stoloff (6 October 1895-8 September 1960), best known as Ben Stoloff, was an American film "
      "director.");
  const json s = entity_named(b, "Benjamin Stoloff");
  REQUIRE(s != nullptr);
  CHECK(s["mentions"].size() == 2);
  CHECK(s["titles"] == json::array({"American film director"}));
  // another first name: two people
  const json n = nft::run("x\n\nVoters chose Bill Clinton or Hillary Clinton in the poll.");
  CHECK(entity_named(n, "Bill Clinton") != nullptr);
  CHECK(entity_named(n, "Hillary Clinton") != nullptr);
}

TEST_CASE("a role after 'served as', 'stepped down as'; capitalised and noun-led roles after 'as'") {
  const json r = nft::run(
      "x\n\nWesterwelle stepped down as party leader after the vote. Thompson served as chairman of the National "
      "Governors Association. Washington appointed Samuel Osgood as Postmaster General.");
  CHECK(entity_named(r, "Westerwelle")["titles"] == json::array({"party leader"}));
  CHECK(entity_named(r, "Thompson")["titles"] == json::array({"chairman of the National Governors Association"}));
  CHECK(entity_named(r, "Samuel Osgood")["titles"] == json::array({"Postmaster General"}));
  // a verb with another person as object, and "as well as": none
  const json n = nft::run("x\n\nBush named Smith as his running mate. Reporters saw Mark Jones as well as officials.");
  CHECK(entity_named(n, "Bush")["titles"] == json::array());
  CHECK(entity_named(n, "Mark Jones")["titles"] == json::array());
}

TEST_CASE("an apposition stops before another person's title; a list ends at its 'and'") {
  const json r = nft::run(
      "x\n\nJack Lesmana, a jazz maestro and father of jazz musician Indra Lesmana, taught him. Kostas "
      "Karamanlis, the nephew of long-time Prime Minister and President Konstantinos Karamanlis, won. With "
      "fellow senators Trent Lott, Larry Craig, and Jim Jeffords, John Ashcroft formed a quartet. They named "
      "Irmgard Schwaetzer, a former aide to Hans Genscher, to be the new Foreign Minister.");
  CHECK(entity_named(r, "Jack Lesmana")["titles"] == json::array({"jazz maestro and father"}));
  CHECK(entity_named(r, "Kostas Karamanlis")["titles"] == json::array());
  CHECK(entity_named(r, "Jim Jeffords")["titles"] == json::array({"fellow senators"}));
  CHECK(entity_named(r, "John Ashcroft")["titles"] == json::array());
  CHECK(entity_named(r, "Hans Genscher")["titles"] == json::array());
}

TEST_CASE("plural role nouns, a speaker's 'our President', a capitalised office after 'was'; no kinship or record") {
  const json r = nft::run(
      "x\n\nNorton is found in the work of writers Mark Twain, Robert Louis Stevenson and Neil Gaiman. So, to "
      "our President, Joe Biden, thank you. Rulan Chao Pian was Professor of East Asian Studies at Harvard.");
  CHECK(entity_named(r, "Mark Twain")["titles"] == json::array({"writers"}));
  CHECK(entity_named(r, "Neil Gaiman")["titles"] == json::array({"writers"}));
  CHECK(entity_named(r, "Joe Biden")["titles"] == json::array({"President"}));
  CHECK(entity_named(r, "Rulan Chao Pian")["titles"] == json::array({"Professor of East Asian Studies"}));
  const json n = nft::run(
      "x\n\nDaniel Bernoulli was a son of Johann Bernoulli. Professor Noam Chomsky is the eighth most cited "
      "scholar of all time. Goode has a half-sister, television presenter Sally Meen, from his mother's "
      "previous marriage. Montalvo spoke with his mother, Anna Perez was there.");
  CHECK(entity_named(n, "Daniel Bernoulli")["titles"] == json::array());
  CHECK(entity_named(n, "Noam Chomsky")["titles"] == json::array({"Professor"}));
  CHECK(entity_named(n, "Sally Meen")["titles"] == json::array({"presenter"}));  // none from the "from" phrase
  CHECK(entity_named(n, "Anna Perez")["titles"] == json::array());
}

TEST_CASE("a capitalised speech verb in an apposition is a name's word; a copula makes it a clause") {
  const json r = nft::run(
      "x\n\nBarack Obama, the 44th President of the United States, spoke on Monday. Beginning as an assistant "
      "to Abraham Lincoln, John Hay's highest office was United States Secretary of State.");
  CHECK(entity_named(r, "Barack Obama")["titles"] == json::array({"44th President of the United States"}));
  CHECK(entity_named(r, "Abraham Lincoln")["titles"] == json::array());
}

TEST_CASE("forms of one name in one document are one person: a middle name left out, a short given name") {
  const json r = nft::run(
      "x\n\nGeorge W. Bush met Tony Blair. Later George Bush said the talks went well.\n\nDr. Anthony Fauci "
      "testified. Tony Fauci retired in 2022.");
  const json b = entity_named(r, "George W. Bush");
  REQUIRE(b != nullptr);
  CHECK(b["mentions"].size() == 2);
  CHECK(entity_named(r, "George Bush") == nullptr);
  const json f = entity_named(r, "Anthony Fauci");
  REQUIRE(f != nullptr);
  CHECK(f["mentions"].size() == 2);
  // named together in one sentence, other given names, or two longer forms: apart
  const json n = nft::run(
      "x\n\nThe presidents John Adams and John Quincy Adams were father and son. Bill Clinton met Hillary "
      "Clinton. George H. W. Bush and George W. Bush spoke. George Bush left the room.");
  CHECK(entity_named(n, "John Adams") != nullptr);
  CHECK(entity_named(n, "John Quincy Adams") != nullptr);
  CHECK(entity_named(n, "Bill Clinton") != nullptr);
  CHECK(entity_named(n, "Hillary Clinton") != nullptr);
  CHECK(entity_named(n, "George Bush") != nullptr);
}

TEST_CASE("'Mr.' before a last name joins the last named man of that name, 'Mrs.' the last named woman") {
  const json r = nft::run(
      "x\n\nFormer Secretary of State Mike Pompeo and his wife Susan Pompeo arrived. Mr. Pompeo spoke first. "
      "Mrs. Pompeo thanked the hosts.");
  const json m = entity_named(r, "Mike Pompeo");
  REQUIRE(m != nullptr);
  CHECK(m["mentions"].size() == 2);
  const json s = entity_named(r, "Susan Pompeo");
  REQUIRE(s != nullptr);
  CHECK(s["mentions"].size() == 2);
  // no honorific: the last named, as before
  const json n = nft::run("x\n\nMike Pompeo and Susan Pompeo arrived. Pompeo spoke first.");
  CHECK(entity_named(n, "Susan Pompeo")["mentions"].size() == 2);
}

TEST_CASE("an apposition past 'Jr.'; a person who owns the role in an apposition is no other's title") {
  const json r = nft::run(
      "x\n\nGen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff, testified. Jake Sullivan, Mr. "
      "Biden's national security adviser, met his counterpart.");
  // (the suffix is the name's since session 28)
  CHECK(entity_named(r, "Charles Q. Brown Jr")["titles"] ==
        json::array({"Gen.", "chairman of the Joint Chiefs of Staff"}));
  CHECK(entity_named(r, "Jake Sullivan")["titles"] == json::array({"Mr. Biden's national security adviser"}));
}

TEST_CASE("'would serve as a delegate of ...': the role without its article") {
  const json r = nft::run(
      "x\n\nBefore Congress, Lucius Chapin would also serve as a delegate of the Massachusetts Constitutional "
      "Convention of 1853.");
  CHECK(entity_named(r, "Lucius Chapin")["titles"] ==
        json::array({"delegate of the Massachusetts Constitutional Convention"}));
}

TEST_CASE("the tagger reads how a capitalised word is written inside running text (data/word_case.txt)") {
  // The table: a common word is class 3 (lower case 90% of its uses), a name class 0.
  REQUIRE(nf::kWordCase.find("loan") >= 0);
  CHECK(nf::kWordCase.canonical(nf::kWordCase.find("Loan")) == "3");
  CHECK(nf::kWordCase.canonical(nf::kWordCase.find("aleppo")) == "0");
  CHECK(nf::kWordCase.find("the-tagger-never-saw-this") < 0);
  // A sentence's first word: a common word is no name, a name is one.
  CHECK(entities_of("Loan forgiveness is a relief to borrowers.").empty());
  CHECK(entities_of("Long after his death, the city grew.").empty());
  CHECK(has(entities_of("Aleppo is a city in the north."), "location:Aleppo"));
}

TEST_CASE("a nationality word alone the tagger called a name is none; a place or 'Israeli military' stays") {
  const std::string e = entities_of(
      "The deal was imposed on the Iraqi people, including a wide range of Iraqi political forces. "
      "Americans voted. The Israeli military said Iraq and the U.S. agreed.");
  CHECK_FALSE(has(e, ":Iraqi;"));
  CHECK_FALSE(has(e, "organization:Iraqi"));
  CHECK(has(e, "group:Americans"));
  CHECK(has(e, "organization:Israeli military"));
  CHECK(has(e, "location:Iraq"));
  CHECK(has(e, "location:U.S."));
}

TEST_CASE("session 24 places: size against the article's weight; a country is the country; world regions") {
  const auto country_of = [](const json& r, const char* name) -> json {
    const json e = entity_named(r, name);
    if (e == nullptr || e["place"] == nullptr) return nullptr;
    return e["place"]["country"];
  };
  // a world city is not a US town because the article is about the US
  const json us = nft::run(
      "x\n\nU.S. officials in Texas and Florida said Mrs. Arafat lives in Paris and visits Rome and Vienna.");
  CHECK(country_of(us, "Paris") == "FR");
  CHECK(country_of(us, "Rome") == "IT");
  CHECK(country_of(us, "Vienna") == "AT");
  // the comma still names the small one
  CHECK(country_of(nft::run("x\n\nHe was born in Paris, Texas, and moved to Dallas."), "Paris") == "US");
  // a country's name is the country, whatever the article's weight for a town's country
  const json ir = nft::run("x\n\nIran said Iran and Iran's allies would answer. Jets struck targets in Iraq.");
  CHECK(country_of(ir, "Iraq") == "IQ");
  // a country against a region of another: the article decides
  CHECK(country_of(nft::run("x\n\nVoters in Georgia, Texas, Florida and Ohio went to the polls, U.S. officials "
                            "said."),
                   "Georgia") == "US");
  CHECK(country_of(nft::run("x\n\nRussia and Georgia fought in 2008, officials in Tbilisi said."), "Georgia") ==
        "GE");
  // the region and its large namesake city: Washington is D.C., Oregon stays the state
  const json w = nft::run("x\n\nOfficials in Washington and in Oregon said so.");
  CHECK(entity_named(w, "Washington")["place"]["kind"] == "city");
  CHECK(entity_named(w, "Oregon")["place"]["kind"] == "region");
  // the second round: Valencia among Spanish cities that have namesakes elsewhere
  CHECK(country_of(nft::run("x\n\nThe tour visits Madrid, Seville, Barcelona and Valencia."), "Valencia") == "ES");
  // continents and regions across countries: no country at all
  const json c = nft::run("x\n\nTrade between Asia and Europe grew, Chinese officials said in Beijing.");
  REQUIRE(entity_named(c, "Asia") != nullptr);
  CHECK(entity_named(c, "Asia")["place"] == nullptr);
  CHECK(entity_named(c, "Europe")["place"] == nullptr);
  // press names: Bosnia, Burma, Holland; "Fallujah" is GeoNames' "Al Fallujah" where the
  // article is about Iraq, and no Libyan "At Taj" in an article on India
  CHECK(country_of(nft::run("x\n\nTroops left Bosnia for Holland."), "Bosnia") == "BA");
  CHECK(country_of(nft::run("x\n\nTroops left Bosnia for Holland."), "Holland") == "NL");
  CHECK(country_of(nft::run("x\n\nFighting in Fallujah killed 20, officials in Iraq said."), "Fallujah") == "IQ");
}

#include "ner.h"

namespace {
// How many feature buckets the tagger gives word i of a sentence.
std::size_t feature_count(const std::vector<std::string_view>& words, std::size_t i) {
  nf::NerFeatures f;
  nf::ner_sentence_features(words, f);
  return f.begin[i + 1] - f.begin[i];
}
}  // namespace

TEST_CASE("the tagger sees the head word of the name run a word stands in (data/name_heads.txt)") {
  REQUIRE(nf::kNameHeads.find("Fund") >= 0);
  CHECK(nf::kNameHeads.canonical(nf::kNameHeads.find("fund")) == "org");
  CHECK(nf::kNameHeads.canonical(nf::kNameHeads.find("river")) == "loc");
  // "Justice" stands in "Jewish Fund for Justice", a run with an org head across "for";
  // after a lower-case "fund" there is no run, and "Justice" has one feature less.
  const std::size_t run = feature_count({"the", "Jewish", "Fund", "for", "Justice", "said", "so"}, 4);
  const std::size_t none = feature_count({"the", "Jewish", "fund", "for", "Justice", "said", "so"}, 4);
  CHECK(run == none + 1);
  // A title-case headline is one long run: no run features there.
  const std::size_t headline = feature_count({"Jewish", "Fund", "For", "Justice", "Wins", "Award"}, 0);
  const std::size_t plain = feature_count({"Jewish", "Pride", "For", "Justice", "Wins", "Award"}, 0);
  CHECK(headline == plain);
}

TEST_CASE("session 25: the tagger sees the names listed next to a name (across a comma, 'and', 'or', '/')") {
  // "Meretz" between "Shas" and "Likud" in a list: what each neighbour has and its word,
  // on both sides (four features more than with verbs between).
  const std::size_t listed = feature_count({"with", "Shas", ",", "Meretz", "and", "Likud", "said"}, 3);
  const std::size_t apart = feature_count({"with", "Shas", "met", "Meretz", "then", "Likud", "said"}, 3);
  CHECK(listed == apart + 4);
  // One side only: a verb after it.
  CHECK(feature_count({"with", "Shas", ",", "Meretz", "then", "Likud", "said"}, 3) == apart + 2);
}

TEST_CASE("a name particle joined to a name right after a person is part of the person's name") {
  const json r = nft::run(
      "x\n\nThe pilot was Royal Jordanian Air Force lieutenant Muath al-Kasasbeh by all accounts.");
  const json p = entity_named(r, "Muath al-Kasasbeh");
  REQUIRE(p != nullptr);
  CHECK(p["type"] == "person");
  CHECK(entity_named(r, "Muath") == nullptr);
  // not after an organisation, nor across a comma
  const json o = nft::run("x\n\nFighters of Hamas al-Qassam left. He met Ali, al-Sisi said.");
  CHECK(entity_named(o, "Hamas al-Qassam") == nullptr);
  CHECK(entity_named(o, "Ali, al-Sisi") == nullptr);
}

TEST_CASE("a storm's name is no person anywhere in the document once a storm word heads it") {
  const json r = nft::run(
      "x\n\nCyclone Phailin has winds of 190 km/h. Forecasters expect Phailin to weaken inland. "
      "Phailin's winds will drop. Katrina Smith said so.");
  CHECK(entity_named(r, "Phailin") == nullptr);
  CHECK(entity_named(r, "Cyclone Phailin") == nullptr);
  const json k = entity_named(r, "Katrina Smith");
  REQUIRE(k != nullptr);
  CHECK(k["type"] == "person");
  // an operation's name is no person, but a place of that name stays a place
  const json m = nft::run("x\n\nThe Operation Mosul offensive began. Troops entered Mosul on Monday.");
  REQUIRE(entity_named(m, "Mosul") != nullptr);
  CHECK(entity_named(m, "Mosul")["type"] == "location");
}

TEST_CASE("no name inside an e-mail or web address; a bare domain and a person in a mail header stay") {
  const json r = nft::run(
      "x\n\nPlease write to RobBrnglsn@aol.com today. See http://www.wildlifeofpakistan.com/PakistanBirdClub/index.html "
      "for help. Gawker.com reported it.\n\nTraci Warner@ENRON COMMUNICATIONS on 08/16/2000 wrote back.");
  CHECK(entity_named(r, "PakistanBirdClub") == nullptr);
  CHECK(entity_named(r, "RobBrnglsn@aol.com") == nullptr);
  CHECK(entity_named(r, "ENRON COMMUNICATIONS") == nullptr);
  const json g = entity_named(r, "Gawker.com");
  REQUIRE(g != nullptr);
  CHECK(g["type"] == "organization");
  CHECK(entity_named(r, "Traci Warner") != nullptr);
}
TEST_CASE("a title before a comma: an untagged office, one after a determiner or a sentence's opener") {
  const json r = nft::run(
      "x\n\nAnd the head of NATO, Hoop Scheffer, he has explained that NATO must act.\n\nOur NASA Administrator, "
      "Bill Nelson, and the Office of Science and Technology Policy Acting Director, Dr. Alondra Nelson.\n\nThe "
      "politicians included Foreign Minister Jozef Beck and the Commander-in-Chief of the Polish Army, Edward "
      "Rydz-Smigly.");
  CHECK(entity_named(r, "Hoop Scheffer")["titles"] == json::array({"the head of NATO"}));
  CHECK(entity_named(r, "Bill Nelson")["titles"] == json::array({"NASA Administrator"}));
  CHECK(entity_named(r, "Alondra Nelson")["titles"] ==
        json::array({"Dr.", "Office of Science and Technology Policy Acting Director"}));
  CHECK(entity_named(r, "Edward Rydz-Smigly")["titles"] == json::array({"the Commander-in-Chief of the Polish Army"}));
  // a title right after another person's name is that person's apposition
  const json n = nft::run(
      "x\n\nThe commission consisted of Yuri Andropov the KGB chairman, Andrei Gromyko the Minister of Foreign "
      "Affairs, Defence Minister Dmitriy Ustinov and others.");
  CHECK(entity_named(n, "Dmitriy Ustinov")["titles"] == json::array({"Defence Minister"}));
}

TEST_CASE("a possessive pronoun's role is the name's when the name is set off by commas and the role is no kin") {
  const json r = nft::run(
      "x\n\nLincoln was accompanied by his secretary John Nicolay, and his assistant secretary, John Hay. Bill "
      "Clinton and his spokesman, Mike McCurry, left.");
  CHECK(entity_named(r, "John Hay")["titles"] == json::array({"assistant secretary"}));
  CHECK(entity_named(r, "Mike McCurry")["titles"] == json::array({"spokesman"}));
  const json n = nft::run(
      "x\n\nDaniel wanted to speak with his mother, Montalvo was put through. The store came from Bilka, which "
      "its founder, Herman Salling had seen in West Germany.");
  CHECK(entity_named(n, "Montalvo")["titles"] == json::array());
  CHECK(entity_named(n, "Herman Salling")["titles"] == json::array());
}

TEST_CASE("'major', 'general', 'private' in lower case before a name are no title but after a role word") {
  const json r = nft::run(
      "x\n\nMajor general Fuad Basya and former party secretary general Reinhard Buetikofer came. USI is a "
      "recipient of a major Warhol donor program.");
  CHECK(entity_named(r, "Fuad Basya")["titles"] == json::array({"Major general"}));
  CHECK(entity_named(r, "Reinhard Buetikofer")["titles"] == json::array({"secretary general"}));
  CHECK(entity_named(r, "Warhol")["titles"] == json::array());
}

TEST_CASE("an apposition set off by no comma: 'the' and a role phrase up to a comma or the end") {
  const json r = nft::run(
      "x\n\nThe commission consisted of Yuri Andropov the KGB chairman, Andrei Gromyko the Minister of Foreign "
      "Affairs, and others.");
  CHECK(entity_named(r, "Yuri Andropov")["titles"] == json::array({"KGB chairman"}));
  // the tagger's "Andrei Gromyko the Minister of Foreign Affairs" ends before its "the"
  CHECK(entity_named(r, "Andrei Gromyko")["titles"] == json::array({"Minister of Foreign Affairs"}));
  CHECK(entity_named(r, "Affairs") == nullptr);
  const json n = nft::run("x\n\nNetanyahu told John Smith the president would come.");
  CHECK(entity_named(n, "John Smith")["titles"] == json::array());
}

TEST_CASE("list items with a parenthesis or an organisation after the name share the plural role") {
  const json r = nft::run(
      "x\n\nThe exhibit includes Polaroids of disco club owner Steve Rubell of Studio 54; and athletes Vitas "
      "Gerulaitis (tennis) and Jack Nicklaus (golf).");
  CHECK(entity_named(r, "Jack Nicklaus")["titles"] == json::array({"athletes"}));
  const json n = nft::run("x\n\nPresident Barack Obama (left) and Michelle Obama waved.");
  CHECK(entity_named(n, "Michelle Obama")["titles"] == json::array());
}

TEST_CASE("a copula past 'both'; a title, a comma and a lower-case title; callings of data/role_nouns.txt") {
  const json r = nft::run(
      "x\n\nWilkins also said Warhol was both an artist and a businessperson. The first campaign was by radical "
      "third-party nominee, veteran Wisconsin Senator Robert La Follette, who spoke. Kevin Allton, a USI "
      "instructor in English, came. Tina McKenzie, a silver and bronze Paralympic medalist, retired.");
  CHECK(entity_named(r, "Warhol")["titles"] == json::array({"artist"}));
  CHECK(entity_named(r, "Robert La Follette")["titles"] == json::array({"veteran Wisconsin Senator", "nominee"}));
  CHECK(entity_named(r, "Kevin Allton")["titles"] == json::array({"USI instructor in English"}));
  CHECK(entity_named(r, "Tina McKenzie")["titles"] == json::array({"silver and bronze Paralympic medalist"}));
  // a roles-only noun before a known given name: a person the tagger missed
  const json g = nft::run(
      "x\n\nThe museum saw attendance levels reach 11,000 visitors when it exhibited its Warhol collection in "
      "2010, according to curator Elaine Gustafon.");
  CHECK(entity_named(g, "Elaine Gustafon")["titles"] == json::array({"curator"}));
  CHECK(entity_named(nft::run("x\n\nWashington appointed fellow Virginian Edmund Randolph."), "Virginian Edmund Randolph") ==
        nullptr);
  const json n = nft::run(
      "x\n\nWarhol was both rich and famous. Kristen Wilkins, curator of \"Andy Warhol: Prints\" at USI, "
      "spoke.");
  CHECK(entity_named(n, "Warhol")["titles"] == json::array());
  CHECK(entity_named(n, "Kristen Wilkins")["titles"] == json::array({"curator"}));
}

TEST_CASE("a misspelt given name's vowel or a last name one letter short is the same person") {
  const json r = nft::run(
      "x\n\nKristin Wilkins spoke. Then Kristen Wilkins said so, and Kristen Wilkins left. K.C. Maurer, the "
      "treasurer, arrived. Institutional recipients, said Mauer, are required to exhibit.");
  const json k = entity_named(r, "Kristen Wilkins");
  REQUIRE(k != nullptr);
  CHECK(k["mentions"].size() == 3);
  CHECK(entity_named(r, "Kristin Wilkins") == nullptr);
  const json m = entity_named(r, "K.C. Maurer");
  REQUIRE(m != nullptr);
  CHECK(m["mentions"].size() == 2);
  // another last vowel, or two people one letter away: apart
  const json n = nft::run(
      "x\n\nDiane Smith met the press on Monday. Later Diana Smith was elected. K.C. Maurer, the treasurer, and "
      "Hans Mauser, the chair, arrived. Institutional recipients, said Mauer, are required to exhibit.");
  CHECK(entity_named(n, "Diane Smith") != nullptr);
  CHECK(entity_named(n, "Diana Smith") != nullptr);
  CHECK(entity_named(n, "Mauer") != nullptr);
}

TEST_CASE("capitalised office words the tagger left untagged before a title are the title's") {
  const json r = nft::run(
      "x\n\nSenate Majority Leader Harry Reid said the bill would pass. Opposition leader Tony Abbott agreed.");
  CHECK(entity_named(r, "Harry Reid")["titles"] == json::array({"Senate Majority Leader"}));
  CHECK(entity_named(r, "Tony Abbott")["titles"] == json::array({"Opposition leader"}));
  // a weekday, a month or a sentence's opener is none
  const json n = nft::run("x\n\nOn Monday Health Minister Nicola Roxon said so. In May Prime Minister Kevin Rudd left.");
  CHECK(entity_named(n, "Nicola Roxon")["titles"] == json::array({"Health Minister"}));
  CHECK(entity_named(n, "Kevin Rudd")["titles"] == json::array({"Prime Minister"}));
}

TEST_CASE("a family name before a hyphenated given name stands for the person alone") {
  const json r = nft::run(
      // (the tagger of session 24 misses the name in "South Korean President Park Geun-hye said":
      // a known miss, not this rule's)
      "x\n\nSouth Korea's president, Park Geun-hye, said Seoul would respond. Park's office called it a "
      "provocation.");
  const json p = entity_named(r, "Park Geun-hye");
  REQUIRE(p != nullptr);
  CHECK(p["mentions"].size() == 2);
  // a hyphenated first name gives no bare name
  const json n = nft::run("x\n\nJean-Paul Sartre wrote it. Then Jean-Paul left.");
  CHECK(entity_named(n, "Jean-Paul Sartre")["mentions"].size() == 1);
}

TEST_CASE("a name particle after a person's name goes on it; its capitalised form joins the person") {
  const json r = nft::run(
      "x\n\nSaudi Arabia's health minister, Khalid al-Falih, said the toll had reached 717. Al-Falih blamed "
      "pilgrims. Later al-Falih left. Crown Prince Mohammed bin Nayef ordered an inquiry.");
  const json k = entity_named(r, "Khalid al-Falih");
  REQUIRE(k != nullptr);
  CHECK(k["mentions"].size() == 3);
  CHECK(entity_named(r, "Mohammed bin Nayef") != nullptr);
  // no name word after the particle: the name ends before it
  const json n = nft::run("x\n\nJohn Smith al fresco dining was the theme.");
  CHECK(entity_named(n, "John Smith al") == nullptr);
}

TEST_CASE("a role for or to another person, a comma and the name: the name's title; no kinship") {
  const json r = nft::run(
      "x\n\nPrime Minister Benjamin Netanyahu spoke. An aide to Netanyahu, Ron Dermer, said so.");
  CHECK(entity_named(r, "Ron Dermer")["titles"] == json::array({"aide to Netanyahu"}));
  const json n = nft::run("x\n\nSam Brown spoke. The son of Sam Brown, Bob Brown, left.");
  CHECK(entity_named(n, "Bob Brown")["titles"] == json::array());
}

TEST_CASE("a relative clause's role may have one lower-case word before its role noun") {
  const json r = nft::run(
      "x\n\nProf. Eastman, who is a clinical professor of medicine at the University of Sydney, said so.");
  CHECK(entity_named(r, "Eastman")["titles"] == json::array({"Prof.", "a clinical professor"}));
  const json n = nft::run("x\n\nJohn Smith, who is a good friend, came.");
  CHECK(entity_named(n, "John Smith")["titles"] == json::array());
}

TEST_CASE("a possessive's lower-case office words; the last words of a longer name are its short form") {
  const json r = nft::run(
      "x\n\nLabour's shadow home secretary, Yvette Cooper, called it chaos. Tim Naor Hilton, the chief "
      "executive of Refugee Action, said people would be hurt. Naor Hilton added that it was unfair.");
  CHECK(entity_named(r, "Yvette Cooper")["titles"] == json::array({"Labour's shadow home secretary"}));
  const json h = entity_named(r, "Tim Naor Hilton");
  REQUIRE(h != nullptr);
  CHECK(h["mentions"].size() == 2);
  CHECK(entity_named(r, "Naor Hilton") == nullptr);
  const json n = nft::run(
      "x\n\nThe shadow home secretary, Yvette Cooper, called it chaos. Mary Ann Smith and Ann Smith met on "
      "Monday.");
  CHECK(entity_named(n, "Yvette Cooper")["titles"] == json::array({"secretary"}));
  CHECK(entity_named(n, "Ann Smith") != nullptr);
}

TEST_CASE("'to' links a role and its office: 'Ambassador to the United Nations'") {
  const json r = nft::run(
      "x\n\nU.S. Ambassador to the United Nations Samantha Power said so. Britain's Ambassador to the United "
      "Nations, Barbara Woodward, agreed.");
  CHECK(entity_named(r, "Samantha Power")["titles"] == json::array({"U.S. Ambassador to the United Nations"}));
  CHECK(entity_named(r, "Barbara Woodward")["titles"] == json::array({"Britain's Ambassador to the United Nations"}));
  // a lower-case role before "to": none
  const json n = nft::run("x\n\nThe money went to the United Nations Samantha Power said.");
  CHECK(entity_named(n, "Samantha Power")["titles"] == json::array());
}

TEST_CASE("an apposition opened by 'as' is the role without it; ', as well as ...,' is none") {
  const json r = nft::run("x\n\nThey hired Ron Dermer, as envoy, in May.");
  CHECK(entity_named(r, "Ron Dermer")["titles"] == json::array({"envoy"}));
  const json n = nft::run("x\n\nThey hired Ron Dermer, as well as officials, to help.");
  CHECK(entity_named(n, "Ron Dermer")["titles"] == json::array());
}

TEST_CASE("'critic' is a role noun of the roles stage") {
  const json r = nft::run("x\n\nUjjal Dosanjh, the party's public safety critic, told reporters it was serious.");
  CHECK(entity_named(r, "Ujjal Dosanjh")["titles"] == json::array({"party's public safety critic"}));
  const json n = nft::run("x\n\nUjjal Dosanjh, the party's public safety spokesman, said so. Critics of Ujjal Dosanjh spoke.");
  CHECK(entity_named(n, "Ujjal Dosanjh")["titles"] == json::array({"party's public safety spokesman"}));
}

TEST_CASE("session 24: a nationality of two words is no place, and an organisation tagged from its second word takes the first") {
  const json k = nft::run("x\n\nNorth Korean leader Kim Jong Un fired missiles, South Korean officials said.");
  CHECK(entity_named(k, "North Korean") == nullptr);
  CHECK(entity_named(k, "South") == nullptr);
  CHECK(entity_named(k, "Kim Jong Un") != nullptr);
  const json p = nft::run("x\n\nPolice said South African police arrested two men.");
  CHECK(entity_named(p, "South African police") != nullptr);
  CHECK(entity_named(p, "African police") == nullptr);
  // a country of two words stays a place
  const json c = nft::run("x\n\nHe flew to South Korea and South Africa.");
  CHECK(entity_named(c, "South Korea")["type"] == "location");
  CHECK(entity_named(c, "South Africa")["type"] == "location");
}

TEST_CASE("session 24: press names of countries are locations whatever the tagger said") {
  const json r = nft::run("x\n\nTroops left Bosnia for Burma, the U.K. said.");
  for (const char* name : {"Bosnia", "Burma", "U.K."}) {
    const json e = entity_named(r, name);
    REQUIRE(e != nullptr);
    CHECK(e["type"] == "location");
  }
  CHECK(entity_named(r, "Burma")["place"]["country"] == "MM");
  // a surname that is also a press name of a country is left to the tagger
  const json h = nft::run("x\n\nTom Holland spoke on Monday. Holland said no.");
  CHECK(entity_named(h, "Tom Holland")["type"] == "person");
}

TEST_CASE("session 25: a street's own name is a place; not a person with a given name before it") {
  const auto types = [](const std::string& text) {
    std::string out;
    const json r = nft::run("x\n\n" + text);
    for (const auto& e : r["entities"]) out += e["name"].get<std::string>() + "=" + e["type"].get<std::string>() + "; ";
    return out;
  };
  CHECK(types("Thousands gathered outside parliament on Rustaveli Avenue.").find("Rustaveli Avenue=location") != std::string::npos);
  CHECK(types("Police closed Nevsky Prospekt to traffic.").find("Nevsky Prospekt=location") != std::string::npos);
  CHECK(types("Relatedly, Sharon Street, for example, argues that morality evolved.").find("Sharon Street=person") !=
        std::string::npos);
}

TEST_CASE("session 25: a place name tagged a person between places of its country in a list is a place") {
  const json r = nft::run("x\n\nThe drones flew mostly over the Mykolaiv, Kherson and Odesa regions.");
  std::string out;
  for (const auto& e : r["entities"]) out += e["name"].get<std::string>() + "=" + e["type"].get<std::string>() + "; ";
  CHECK(out.find("Kherson=location") != std::string::npos);
  CHECK(out.find("person") == std::string::npos);
}

TEST_CASE("session 25: a capitalised 'The' inside a sentence stays in an organisation the tagger gave it to") {
  // The name's own article: "The Greens".
  CHECK(has(entities_of("He was elected for The Greens in 2019."), "organization:The Greens"));
  // A sentence's first word is capitalised for its place: "Health Ministry".
  const std::string e = entities_of("The Health Ministry said 92 people were killed.");
  CHECK(has(e, "organization:Health Ministry"));
  CHECK_FALSE(has(e, "The Health Ministry"));
  // Lower case is no part of the name.
  CHECK(has(entities_of("He joined the Social Democrats in 2019."), "organization:Social Democrats"));
}

TEST_CASE("session 25: an organisation after 'of'/'for' that has a head word of its own is a second name") {
  const std::string e = entities_of("He will leave the Quebec Liberal Party for the Parti Québécois next year.");
  CHECK(has(e, "organization:Quebec Liberal Party"));
  CHECK_FALSE(has(e, "Party for the"));
  const std::string c = entities_of("It joined the Coalition of the Liberal Party of Australia in 1946.");
  CHECK(has(c, "organization:Liberal Party of Australia"));
  CHECK_FALSE(has(c, "Coalition of the"));
  // No head word after the link: one name.
  CHECK(has(entities_of("The National Association for the Advancement of Colored People sued."),
            "organization:National Association for the Advancement of Colored People"));
  CHECK(has(entities_of("the Ministry of Defence and the Bank of England said"), "organization:Bank of England"));
}

TEST_CASE("session 25: a name of two words typed a place where a person of that name came before is the person") {
  const json r = nft::run("x\n\nWikinews interviewed the biologist Nick Bos.\n\nNick Bos: I was always interested in ants.");
  const json p = entity_named(r, "Nick Bos");
  REQUIRE(p != nullptr);
  CHECK(p["type"] == "person");
  CHECK(p["mentions"].size() == 2);
  // (the tagger of session 26 reads "Nick Bos:" as a person "Nick" alone, whose rest joins
  // it above; "Dan Rio:" it reads as a place)
  const json d = nft::run("x\n\nWikinews interviewed the biologist Dan Rio.\n\nDan Rio: I was always interested in ants.");
  REQUIRE(entity_named(d, "Dan Rio") != nullptr);
  CHECK(entity_named(d, "Dan Rio")["type"] == "person");
  CHECK(entity_named(d, "Dan Rio")["mentions"].size() == 2);
  // the rest of a name joins its first part only right after it
  const json s = nft::run("x\n\nNick Bos spoke. Later Nick met Bos in Leiden.");
  REQUIRE(entity_named(s, "Nick Bos") != nullptr);
  CHECK(entity_named(s, "Nick Bos")["mentions"].size() == 3);
  // no person of that name before: the place stays a place
  const json q = nft::run("x\n\nThe delegates flew to New York on Monday.");
  REQUIRE(entity_named(q, "New York") != nullptr);
  CHECK(entity_named(q, "New York")["type"] == "location");
}

TEST_CASE("session 25: an organisation run over 'and' after 'Party' is two (data/name_ends_before_and.txt)") {
  const std::string e = entities_of("Politicians from the former Italian Socialist Party and Federation of the Greens joined.");
  CHECK(has(e, "organization:Italian Socialist Party"));
  CHECK(has(e, "organization:Federation of the Greens"));
  CHECK_FALSE(has(e, "Party and"));
  // (session 26: organisation heads that end a name, "Foundation", "Institute", "Council")
  const std::string f = entities_of("Donors included the Earhart Foundation, the John M. Olin Foundation and Foreign "
                                    "Policy Research Institute among others.");
  CHECK(has(f, "organization:John M. Olin Foundation"));
  CHECK(has(f, "organization:Foreign Policy Research Institute"));
  CHECK_FALSE(has(f, "Foundation and"));
  // no such word before "and": one name
  CHECK(has(entities_of("He sat for the Party of Socialists and Democrats in 2002."),
            "organization:Party of Socialists and Democrats"));
}

TEST_CASE("session 25: occupations of data/role_nouns.txt; 'another' opens an apposition") {
  const json r = nft::run(
      "x\n\nThey played with keyboardist Butch Taylor and warlord Ismail Khan. Howard Lee, a Spanish reformer, "
      "spoke. Susan Bailey, another paralegal in our group, called. Carl Sagan, the astronomer, died.");
  CHECK(entity_named(r, "Butch Taylor")["titles"] == json::array({"keyboardist"}));
  CHECK(entity_named(r, "Ismail Khan")["titles"] == json::array({"warlord"}));
  CHECK(entity_named(r, "Howard Lee")["titles"] == json::array({"Spanish reformer"}));
  CHECK(entity_named(r, "Susan Bailey")["titles"] == json::array({"paralegal in our group"}));
  CHECK(entity_named(r, "Carl Sagan")["titles"] == json::array({"astronomer"}));
  const json y = nft::run("x\n\nJenna Marbles is an American YouTube personality, vlogger and actress.");
  CHECK(entity_named(y, "Jenna Marbles")["titles"] == json::array({"American YouTube personality"}));
  // a word that is not an occupation stays none; a surname like a calling stays a name
  const json n = nft::run("x\n\nHoward Lee, a good neighbour, spoke. Later Dean Martin sang.");
  CHECK(entity_named(n, "Howard Lee")["titles"] == json::array());
  CHECK(entity_named(n, "Dean Martin") != nullptr);
}

TEST_CASE("session 25: kinship is no title unless the text names whose kin it is") {
  const json r = nft::run(
      "x\n\nThomas Sam and his wife Manju Sam were charged. The company was run by his son Bruno Caloi. "
      "Maria Lopez, the mother of two, spoke. Paris's father, Albert Jaquier, said so.");
  CHECK(entity_named(r, "Manju Sam")["titles"] == json::array());
  CHECK(entity_named(r, "Bruno Caloi")["titles"] == json::array());
  CHECK(entity_named(r, "Maria Lopez")["titles"] == json::array());
  CHECK(entity_named(r, "Albert Jaquier")["titles"] == json::array({"Paris's father"}));
  const json j = nft::run(
      "x\n\nJack Lesmana, a jazz maestro and father of jazz musician Indra Lesmana, died.");
  CHECK(entity_named(j, "Jack Lesmana")["titles"] == json::array({"jazz maestro and father"}));
}

TEST_CASE("session 25: an apposition ends at 'and' before another person; a work's title in parentheses is no role") {
  const json r = nft::run(
      "x\n\nShe is the sister of Howie Payne, the frontman of the band The Stands and Sean Payne, the drummer.");
  CHECK(entity_named(r, "Howie Payne")["titles"] == json::array({"frontman of the band The Stands"}));
  const json w = nft::run(
      "x\n\nHe worked with Luis Bunuel (Diary of a Chambermaid), Elia Kazan (The Last Tycoon) and Carl Foreman "
      "(Champion and The Victors). Margo Kingston (journalist) spoke.");
  CHECK(entity_named(w, "Elia Kazan")["titles"] == json::array());
  CHECK(entity_named(w, "Carl Foreman")["titles"] == json::array());
  CHECK(entity_named(w, "Margo Kingston")["titles"] == json::array({"journalist"}));
}

TEST_CASE("session 25: a role of an untagged noun phrase before a comma; '-designate'; an apposition never closed") {
  const json r = nft::run(
      "x\n\nU.S. Army veteran and captain of the U.S. Invictus team, Will Reynolds, races. The head of the agency, "
      "Nora Quinn, spoke. The Council urged the Prime Minister-designate, John Harper, to act.");
  CHECK(entity_named(r, "Will Reynolds")["titles"] == json::array({"captain of the U.S. Invictus team"}));
  CHECK(entity_named(r, "Nora Quinn")["titles"] == json::array({"head of the agency"}));
  // (the tagger of session 25's merge misses "Haider al-Abadi" in this sentence: a name it finds)
  CHECK(entity_named(r, "John Harper")["titles"] == json::array({"the Prime Minister-designate"}));
  const json n = nft::run("x\n\nHe met a friend of the family, Bob Grant, and the son of the farmer, Tom Hill.");
  CHECK(entity_named(n, "Bob Grant")["titles"] == json::array());
  CHECK(entity_named(n, "Tom Hill")["titles"] == json::array());
  const json u = nft::run(
      "x\n\nTobias Ellwood, Minister for the Middle East welcomes the liberation of Sinjar and reiterates support "
      "for the Government of Iraq in the fight against ISIL.");
  CHECK(entity_named(u, "Tobias Ellwood")["titles"] == json::array({"Minister for the Middle East"}));
  const json l = nft::run(
      "x\n\nAccording to Mark Rathbun, a detective for the Los Angeles Sheriff's office was provided with money "
      "and a car by the church.");
  CHECK(entity_named(l, "Mark Rathbun")["titles"] == json::array());
}

TEST_CASE("session 25: a person's initials in capitals are the one person they stand for") {
  const json r = nft::run(
      "x\n\nI was under the impression that Terry Kowalke had notified you of the implementation, TK was also "
      "made aware.");
  const json t = entity_named(r, "Terry Kowalke");
  REQUIRE(t != nullptr);
  CHECK(t["mentions"].size() == 2);
  CHECK(entity_named(r, "TK") == nullptr);
  // two people with those initials: apart
  const json n = nft::run(
      "x\n\nTerry Kowalke and Tom Kline had notified you of the implementation, TK was also made aware.");
  CHECK(entity_named(n, "Terry Kowalke")["mentions"].size() == 1);
  CHECK(entity_named(n, "Tom Kline")["mentions"].size() == 1);
}

TEST_CASE("session 25: 'a professor called X'; 'had been a lieutenant'; a plural role after 'as' is no one's") {
  const json r = nft::run(
      "x\n\nIt was discovered in 1925 by a professor called Abraham Perold in the University of Stellenbosch. "
      "Murph Archibald had been a lieutenant, too.");
  CHECK(entity_named(r, "Abraham Perold")["titles"] == json::array({"professor"}));
  CHECK(entity_named(r, "Murph Archibald")["titles"] == json::array({"lieutenant"}));
  const json n = nft::run(
      "x\n\nShe met a man called Abraham Perold. Murph Archibald had a lieutenant with him. To refer to fans "
      "of Saddam, Arafat or Osama Bin Laden as peace activists is too much. He served John Reid as party leader.");
  CHECK(entity_named(n, "Abraham Perold")["titles"] == json::array());
  CHECK(entity_named(n, "Murph Archibald")["titles"] == json::array());
  CHECK(entity_named(n, "Osama Bin Laden")["titles"] == json::array());
}

TEST_CASE("session 25: a title before a comma read back from its role word past untagged capitals; a person as possessor") {
  const json r = nft::run(
      "x\n\nThe head of the WHO, Tedros Adhanom Ghebreyesus, warned. Mark Twain's biographer, Ron Powers, spoke.");
  CHECK(entity_named(r, "Tedros Adhanom Ghebreyesus")["titles"] == json::array({"head of the WHO"}));
  CHECK(entity_named(r, "Ron Powers")["titles"] == json::array({"Mark Twain's biographer"}));
  CHECK(entity_named(r, "Mark Twain")["titles"] == json::array());
  // kinship with a named possessor stays a title; a name and a comma alone give none
  const json n = nft::run("x\n\nMark Twain's daughter, Clara Clemens, spoke. Mark Twain, Ron Powers, spoke.");
  CHECK(entity_named(n, "Clara Clemens")["titles"] == json::array({"Mark Twain's daughter"}));
  CHECK(entity_named(n, "Ron Powers")["titles"] == json::array());
}

TEST_CASE("session 25: a two-letter family name written first stands for the person ('President Hu')") {
  const json r = nft::run(
      "x\n\nChinese leader Hu Jintao visited Moscow. Since President Hu ordered state firms abroad, prices rose.");
  const json h = entity_named(r, "Hu Jintao");
  REQUIRE(h != nullptr);
  CHECK(h["mentions"].size() == 2);
  CHECK(entity_named(r, "Hu") == nullptr);
  // two people with that first word: the bare name stays apart
  const json n = nft::run(
      "x\n\nHu Jintao met Hu Shih's grandson in Beijing. Later President Hu ordered state firms abroad.");
  CHECK(entity_named(n, "Hu Jintao")["mentions"].size() == 1);
}

TEST_CASE("session 25: a named possessor before a role before a name is the title's") {
  const json r = nft::run(
      "x\n\nHamas's Qatar-based political chief Ismail Haniyeh said so. Tunisia's coach Nabil Maaloul spoke.");
  CHECK(entity_named(r, "Ismail Haniyeh")["titles"] == json::array({"Hamas's Qatar-based political chief"}));
  CHECK(entity_named(r, "Ismail Haniyeh")["affiliations"].size() == 1);
  CHECK(entity_named(r, "Nabil Maaloul")["titles"] == json::array({"Tunisia's coach"}));
  // a pronoun is no possessor; an abbreviated style stays alone
  const json n = nft::run("x\n\nHis coach Nabil Maaloul spoke. He read Clement's St. Methodius.");
  CHECK(entity_named(n, "Nabil Maaloul")["titles"] == json::array({"coach"}));
}

TEST_CASE("session 25: a role 'of' one lower-case noun right before a name") {
  const json r = nft::run("x\n\nObama's chief of staff Rahm Emanuel left. Member of parliament Jo Cox was killed.");
  CHECK(entity_named(r, "Rahm Emanuel")["titles"] == json::array({"Obama's chief of staff"}));
  CHECK(entity_named(r, "Jo Cox")["titles"] == json::array({"Member of parliament"}));
  const json n = nft::run("x\n\nThe son of farmer Bob Hill spoke. The killing of protester Ali Reza angered many.");
  CHECK(entity_named(n, "Bob Hill")["titles"] == json::array({"farmer"}));
  CHECK(entity_named(n, "Ali Reza")["titles"] == json::array());
}

TEST_CASE("session 25: 'works as' and ', who works as' give the role") {
  const json r = nft::run(
      "x\n\nWe spoke with Laura Hill, who works as a nurse in Boston. It was the bar where Dave Matthews worked as "
      "a bartender.");
  CHECK(entity_named(r, "Laura Hill")["titles"] == json::array({"nurse"}));
  CHECK(entity_named(r, "Dave Matthews")["titles"] == json::array({"bartender"}));
  const json n = nft::run("x\n\nWe spoke with Laura Hill, who works as hard as anyone.");
  CHECK(entity_named(n, "Laura Hill")["titles"] == json::array());
}

TEST_CASE("session 25: a one-word name that is an event word is none ('Floods' opening a headline or after a dateline)") {
  nf::Options o;
  o.date = "2025-05-04";
  const json r = nft::run("Floods in southern Brazil leave dozens dead\n\nPORTO ALEGRE, Brazil (AP) — Floods in the southern "
                          "state have killed at least 39 people, officials said Saturday.", o);
  CHECK(entity_named(r, "Floods") == nullptr);
  REQUIRE(r["events"].size() == 1);
  CHECK(r["events"][0]["type"] == "disaster");
  // a place the gazetteer knows, or a team written in capitals, stays
  const json t = nft::run("x\n\nGame 8: Monday, July 2 vs. Portland FIRE.");
  CHECK(t["entities"].size() >= 1);
  const json u = nft::run("x\n\nProtesters gathered in Summit on Monday.");
  REQUIRE(entity_named(u, "Summit") != nullptr);
  CHECK(entity_named(u, "Summit")["type"] == "location");
}

TEST_CASE("session 26: rules where a tagger trained without the held-out documents is weak") {
  // a romanised family and given name
  json r = nft::run("x\n\nOther candidates elected were Cheng Chung-tai of Civic Passion.");
  REQUIRE(entity_named(r, "Cheng Chung-tai") != nullptr);
  CHECK(entity_named(r, "Cheng Chung-tai")["type"] == "person");
  r = nft::run("x\n\nThe New York-based group met at Kim Il-sung University.");
  CHECK(entity_named(r, "York-based") == nullptr);
  CHECK(entity_named(r, "Kim Il-sung") == nullptr);  // inside the university's name
  // a place, a comma and what the gazetteer knows as one name; a known city and its region stay two
  r = nft::run("x\n\nThey met in Paris, France, and in Bogota, D.C., on Friday.");
  CHECK(entity_named(r, "Bogota, D.C.") != nullptr);
  CHECK(entity_named(r, "Paris") != nullptr);
  CHECK(entity_named(r, "France") != nullptr);
  // a lower-case verb splits two people; a particle or a function word does not
  r = nft::run("x\n\nSecretary of State John Kerry met Lavrov in Geneva.");
  CHECK(entity_named(r, "John Kerry") != nullptr);
  r = nft::run("x\n\nCharles de Gaulle spoke.");
  CHECK(entity_named(r, "Charles de Gaulle") != nullptr);
  // a given name before a city's name the gazetteer does not know together: a person
  r = nft::run("x\n\nMaria Berlin, a former nurse, said she was fired.");
  REQUIRE(entity_named(r, "Maria Berlin") != nullptr);
  CHECK(entity_named(r, "Maria Berlin")["type"] == "person");
  r = nft::run("x\n\nThey flew over Victoria Falls and met Paris Hilton.");
  CHECK(entity_named(r, "Victoria Falls")["type"] == "location");
  // armed groups the tagger may miss are organisations
  r = nft::run("x\n\nA Hamas official said the group had pulled out of the truce talks.");
  REQUIRE(entity_named(r, "Hamas") != nullptr);
  CHECK(entity_named(r, "Hamas")["type"] == "organization");
}

TEST_CASE("session 26: an e-mail signature's role on the line after the name") {
  const json r = nft::run(
      "x\n\nThanks for the update.\n\nJohn Whitaker\nSenior Policy Analyst, Harbor Ridge Partners\n\nBest,\nKaren "
      "Liu\nDirector of Communications");
  CHECK(entity_named(r, "John Whitaker")["titles"] == json::array({"Senior Policy Analyst"}));
  CHECK(entity_named(r, "Karen Liu")["titles"] == json::array({"Director of Communications"}));
  // no role word, or a sentence on the next line: none
  const json n = nft::run(
      "x\n\nThanks for the update.\n\nJohn Whitaker\nHarbor Ridge Partners\n\nKaren Liu\nChief executives met on "
      "Monday.");
  CHECK(entity_named(n, "John Whitaker")["titles"] == json::array());
  CHECK(entity_named(n, "Karen Liu")["titles"] == json::array());
}

TEST_CASE("session 26: a possessive pronoun opening the sentence before a role, a comma, the name") {
  const json r = nft::run("x\n\nHis biographer, Anne Loomis, wrote that he rarely slept.");
  CHECK(entity_named(r, "Anne Loomis")["titles"] == json::array({"biographer"}));
  const json n = nft::run("x\n\nHis mother, Anne Loomis, wrote that he rarely slept.");
  CHECK(entity_named(n, "Anne Loomis")["titles"] == json::array());
}

TEST_CASE("session 26: 'PM' in capitals is a title, 'pm' none; a role noun after 'the' is no person") {
  const json r = nft::run(
      "PM Ardern under fire over housing\n\nPrime Minister Jacinda Ardern defended her record. Ardern said 18,000 "
      "homes had been built.");
  const json a = entity_named(r, "Jacinda Ardern");
  REQUIRE(a != nullptr);
  CHECK(a["titles"] == json::array({"PM", "Prime Minister"}));
  const json n = nft::run("x\n\nAt 5 pm, Ardern said 18,000 homes had been built.");
  CHECK(entity_named(n, "Ardern")["titles"] == json::array());
  const json e = nft::run(
      "x\n\nEmperor Naruhito addressed the nation on Thursday. The Emperor said he shared the grief of the families.");
  CHECK(entity_named(e, "Emperor") == nullptr);
  CHECK(entity_named(e, "Naruhito")["titles"] == json::array({"Emperor"}));
  // a role noun as a last name, alone but not after "the": the person
  const json c = nft::run("x\n\nAnn Pitcher spoke first. Pitcher said the plan would work.");
  REQUIRE(entity_named(c, "Ann Pitcher") != nullptr);
  CHECK(entity_named(c, "Ann Pitcher")["mentions"].size() == 2);
}

TEST_CASE("session 26: name variants: a doubled letter, a suffix after the last name, two particles") {
  const json r = nft::run(
      "x\n\nMohammed Al-Sayed, a spokesman for the ministry, said 14 people had been arrested. Mohamed Al-Sayed "
      "later said the number could rise.");
  const json m = entity_named(r, "Mohammed Al-Sayed");
  REQUIRE(m != nullptr);
  CHECK(m["mentions"].size() == 2);
  CHECK(entity_named(r, "Mohamed Al-Sayed") == nullptr);
  const json n = nft::run("x\n\nMohamed Ali met Mahmoud Ali. Mahmoud Ali said they had talked.");
  CHECK(entity_named(n, "Mohamed Ali") != nullptr);
  CHECK(entity_named(n, "Mahmoud Ali") != nullptr);
  const json k = nft::run(
      "x\n\nRobert F. Kennedy Jr., the health secretary, said the review would take six months. Kennedy did not "
      "say who would carry it out.");
  const json rfk = entity_named(k, "Robert F. Kennedy Jr");
  REQUIRE(rfk != nullptr);
  CHECK(rfk["mentions"].size() == 2);
  CHECK(rfk["titles"] == json::array({"health secretary"}));
  const json v = nft::run(
      "x\n\nMark van der Linden, the Dutch minister for foreign trade, will lead the delegation. Van der Linden "
      "said he expected a deal by June.");
  const json vl = entity_named(v, "Mark van der Linden");
  REQUIRE(vl != nullptr);
  CHECK(vl["mentions"].size() == 2);
  CHECK(entity_named(v, "Mark") == nullptr);
  const json t = nft::run("x\n\nManchester United manager Erik ten Hag said his side had been unlucky.");
  CHECK(entity_named(t, "Erik ten Hag") != nullptr);
  // no name word after the particle: outside
  const json o = nft::run("x\n\nWe gave Mark ten dollars yesterday.");
  CHECK(entity_named(o, "Mark") != nullptr);
}

TEST_CASE("session 26: a signature run together on one line; a plural role on the next line is none") {
  const json r = nft::run("x\n\nThanks.\n\nLeon Branom Senior Tax Analyst Networks and Services (713) 345-8702");
  CHECK(entity_named(r, "Leon Branom")["titles"] == json::array({"Senior Tax Analyst"}));
  const json j = nft::run("x\n\nThanks.\n\nJoy Powell Executive Assistant to Richard Everett 713/871-5119");
  CHECK(entity_named(j, "Joy Powell")["titles"] == json::array({"Executive Assistant"}));
  const json n = nft::run("x\n\nThanks.\n\nLeon Branom Senior Tax Analyst said the plan would work.\n\nKaren Liu\nDear Judges");
  const json ents = n["entities"];
  for (const json& e : ents) CHECK(e["titles"] == json::array());
}

TEST_CASE("session 26: a second predicate role after 'and'; a role opening the next sentence") {
  const json r = nft::run("x\n\nGustavo Reyes is the mayor of Valparaiso and a former member of the Chilean Senate.");
  CHECK(entity_named(r, "Gustavo Reyes")["titles"].size() == 2);
  const json f = nft::run("x\n\nGustavo Reyes is the mayor of Valparaiso and a good friend of the governor.");
  CHECK(entity_named(f, "Gustavo Reyes")["titles"].size() == 1);
  const json k = nft::run(
      "x\n\nKwame Mensah arrived in Accra on Sunday after talks in London. The former finance minister told "
      "reporters he had not decided whether to run.");
  CHECK(entity_named(k, "Kwame Mensah")["titles"] == json::array({"former finance minister"}));
  // another person in the sentence before, or the role named there: none
  const json n = nft::run(
      "x\n\nKwame Mensah met Ama Owusu in Accra on Sunday. The former finance minister told reporters he had "
      "not decided.\n\nJohn Dramani met the minister in Accra on Sunday. The minister told reporters he was "
      "pleased.");
  CHECK(entity_named(n, "Kwame Mensah")["titles"] == json::array());
  CHECK(entity_named(n, "John Dramani")["titles"] == json::array());
}

TEST_CASE("session 26: a nickname in quotes inside a name; 'governor John King'; 'X former Marine commandant is'") {
  const json r = nft::run(
      "x\n\nRobert \"Bobby\" Fairclough, the union's general secretary, said members would vote. Fairclough said "
      "the offer was low.");
  CHECK(entity_named(r, "Robert") == nullptr);
  const json f = entity_named(r, "Robert \"Bobby\" Fairclough");
  REQUIRE(f != nullptr);
  CHECK(f["mentions"].size() == 2);
  const json k = nft::run("x\n\nBank of England governor John King warned on Tuesday.");
  CHECK(entity_named(k, "John King") != nullptr);
  const json j = nft::run("x\n\nObama's national security advisor James Jones former Marine commandant is on record.");
  const json jj = entity_named(j, "James Jones");
  REQUIRE(jj != nullptr);
  CHECK(jj["titles"].size() == 2);
  const json n = nft::run("x\n\nThey asked James Jones former colleagues about him.");
  const json nj = entity_named(n, "James Jones");
  REQUIRE(nj != nullptr);
  CHECK(nj["titles"] == json::array());
}

TEST_CASE("session 26: a lower-case role noun phrase right after the name with no comma") {
  const json r = nft::run(
      "x\n\nThe candidates were Brian Deegan, Alex Broun playwright and Nicole Campbell. Carl Levin won over Ronna "
      "Romney radio talk show host and former daughter-in-law of George Romney.");
  CHECK(entity_named(r, "Alex Broun")["titles"] == json::array({"playwright"}));
  CHECK(entity_named(r, "Ronna Romney")["titles"] == json::array({"radio talk show host"}));
  const json n = nft::run(
      "x\n\nYau Wai-ching defeated another localist candidate. George Bush and Mike Pence were elected president "
      "and vice president. Reporters asked a Biden spokesman.");
  const json ents = n["entities"];
  for (const json& e : ents) CHECK(e["titles"] == json::array());
}

TEST_CASE("session 26: a relative brought in by a kinship noun does not take the bare last name") {
  const json r = nft::run(
      "x\n\nAhmed Mohamed, a 14-year-old boy, was arrested. Mohamed received support online. His father Mohamed "
      "El-Hassan Mohamed said he was proud. Jafari wanted to issue her support to Mohamed.");
  const json a = entity_named(r, "Ahmed Mohamed");
  REQUIRE(a != nullptr);
  CHECK(a["mentions"].size() == 3);
  CHECK(entity_named(r, "Mohamed El-Hassan Mohamed")["mentions"].size() == 1);
  // the relative alone of that name still takes it
  const json n = nft::run("x\n\nThe minister arrived with his wife Susan Pompeo. Pompeo said the trip was long.");
  CHECK(entity_named(n, "Susan Pompeo")["mentions"].size() == 2);
}

TEST_CASE("session 26: a particle before a tagged last name; a middle name alone; initials with and without stops; a doubled last letter") {
  const json r = nft::run(
      "x\n\nBrazilian President Luiz Inacio Lula da Silva arrived in Beijing. Lula met the premier on Friday. Da "
      "Silva said the talks went well.");
  const json l = entity_named(r, "Luiz Inacio Lula da Silva");
  REQUIRE(l != nullptr);
  CHECK(l["mentions"].size() == 3);
  const json k = nft::run(
      "x\n\nJ.K. Rowling criticised the decision. JK Rowling has 14 million followers.\n\nUkrainian President "
      "Volodymyr Zelenskyy met officials. Zelensky said more air defence was needed.");
  CHECK(entity_named(k, "J.K. Rowling")["mentions"].size() == 2);
  CHECK(entity_named(k, "Volodymyr Zelenskyy")["mentions"].size() == 2);
  // a final "s" is no doubled letter; a middle name that is another's first name
  const json n = nft::run(
      "x\n\nThe firm hired Ann Waters. Water levels rose.\n\nJohn Quincy Adams met Quincy Jones. Quincy sang.");
  CHECK(entity_named(n, "Ann Waters")["mentions"].size() == 1);
  CHECK(entity_named(n, "John Quincy Adams")["mentions"].size() == 1);
  const json c = nft::run("x\n\nChao and his wife returned to China. His first daughter Rulan Chao Pian taught at Harvard.");
  CHECK(entity_named(c, "Rulan Chao Pian")["mentions"].size() == 1);
}

TEST_CASE("session 26: a role given by 'was named', 'has been appointed', 'was elected'") {
  const json r = nft::run(
      "x\n\nPaul Smith was named the team's new head coach on Monday. Ann Lee has been appointed chief executive.");
  CHECK(entity_named(r, "Paul Smith")["titles"] == json::array({"the team's new head coach"}));
  CHECK(entity_named(r, "Ann Lee")["titles"] == json::array({"chief executive"}));
  const json n = nft::run(
      "x\n\nPaul Smith was named after his grandfather. Ann Lee was named in the report. Tom Holt was named "
      "defensive player of the year.");
  const json ents = n["entities"];
  for (const json& e : ents) CHECK(e["titles"] == json::array());
}

TEST_CASE("session 26: a title, a comma and an age before the name") {
  const json r = nft::run("x\n\nThe suspect, 24-year-old Tom Hill, was charged with murder.");
  CHECK(entity_named(r, "Tom Hill")["titles"] == json::array({"suspect"}));
  const json n = nft::run("x\n\nPolice named the victim as 34-year-old Daniel Harker, a keen cyclist.");
  CHECK(entity_named(n, "Daniel Harker")["titles"] == json::array({"keen cyclist"}));
}

TEST_CASE("session 26: a bare last name with or without its accents") {
  const json r = nft::run("x\n\nRecep Tayyip Erdogan won the runoff. Erdoğan told supporters in Istanbul that the nation had won.");
  const json e = entity_named(r, "Recep Tayyip Erdogan");
  REQUIRE(e != nullptr);
  CHECK(e["mentions"].size() == 2);
  // two people whose names fold alike: the bare name joins neither
  const json n = nft::run("x\n\nAna Peña met Luis Pena. Pena said the talks went well.");
  CHECK(entity_named(n, "Luis Pena")["mentions"].size() == 2);
  CHECK(entity_named(n, "Ana Peña")["mentions"].size() == 1);
}

TEST_CASE("session 27: a name ending in an organisation's head word is an organisation") {
  // the tagger reads a place in "Lancashire County Cricket Club", a person in "Amphibious Task Group"
  const std::string a = entities_of(
      "He was president of the Duchy of Lancaster, Lancashire County Cricket Club and Lancashire County Football "
      "Association.");
  CHECK(has(a, "organization:Lancashire County Cricket Club"));
  CHECK(!has(a, "location:Lancashire County Cricket Club"));
  CHECK(has(entities_of("Forces of the Amphibious Task Group landed on Monday."), "organization:Amphibious Task Group"));
  // an organisation's head word before "of"
  CHECK(has(entities_of("The Liberals gathered in the Union of the Centre were elected."),
            "organization:Union of the Centre"));
  // not a place the gazetteer knows, nor a place of two words ending in a word of
  // data/place_org_heads.txt, nor a given name and one word
  CHECK(has(entities_of("Settlers moved into the West Bank on Monday."), "location:West Bank"));
  CHECK(has(entities_of("Finland fought against the Soviet Union in the Winter War."), "location:Soviet Union"));
  CHECK(has(entities_of("He was elected for Brampton Centre in the 1997 election."), "location:Brampton Centre"));
  CHECK(has(entities_of("Emily Post wrote a book on manners."), "person:Emily Post"));
  // a venue the tagger read as a place stays one (data/place_org_heads.txt's venue words)
  CHECK(has(entities_of("A wax figure was displayed in Madame Tussauds Museum, located in New York."),
            "location:Madame Tussauds Museum"));
  CHECK(has(entities_of("It opened at Michigan State University's Broad Art Museum in the US, and in Berlin."),
            "location:Broad Art Museum"));
  CHECK(has(entities_of("The attack on a dog occurred at Hosanna Church. The sheriff's office said so."),
            "location:Hosanna Church"));
}

TEST_CASE("session 27: no name in a file's name or a dotted e-mail address") {
  CHECK(entities_of("Please see the attached files Lisa_coverletter.doc and Lisa_resume.doc for details.") == "");
  CHECK(entities_of("Write to Kevin.A.Boone@accenture.com today.") == "");
  // a person right before an "@" in a mail header stays
  CHECK(has(entities_of("From: Traci Warner@ENRON on 03/27/2001"), "person:Traci Warner"));
  CHECK(has(entities_of("Contact J. Smith@ENRON today."), "person:J. Smith"));
  // an underscore in the mail system's name after the "@" is no file's name
  CHECK(has(entities_of("Please call Robert Williams@ENRON_DEVELOPMENT on 11/28/2000."), "person:Robert Williams"));
}

TEST_CASE("session 27: a person's name does not end in a country's name") {
  // the tagger's person "Peninsular Malaysia" is a place, and "Malaysia" alone no last name
  const std::string a = entities_of("Peninsular Malaysia shares a land border with Thailand. Malaysia is a federation.");
  CHECK(has(a, "location:Peninsular Malaysia"));
  CHECK(has(a, "location:Malaysia"));
  CHECK(!has(a, "person:"));
  // an organisation's head word first: an organisation
  const std::string b = entities_of(
      "It was banned with the Communist Party of Indonesia (Partai Komunis Indonesia, PKI) in 1965. Indonesia then "
      "changed.");
  CHECK(has(b, "organization:Partai Komunis Indonesia"));
  CHECK(has(b, "location:Indonesia"));
  // a country's name that is also a given or last name: the person stays
  const json r = nft::run("x\n\nMichael Jordan scored 40 points. Jordan left early.");
  const json j = entity_named(r, "Michael Jordan");
  REQUIRE(j != nullptr);
  CHECK(j["type"] == "person");
  CHECK(j["mentions"].size() == 2);
}

TEST_CASE("session 27: a name before a noun for a party's members is an organisation") {
  // the tagger reads persons in "Bangon Pilipinas" and "Plaid Cymru"
  const std::string a = entities_of("Meanwhile, Bangon Pilipinas candidate Eddie Villanueva opened his campaign.");
  CHECK(has(a, "organization:Bangon Pilipinas"));
  CHECK(has(a, "person:Eddie Villanueva"));
  CHECK(has(entities_of("Gwynfor Evans was among the Plaid Cymru leaders of the Celtic League."),
            "organization:Plaid Cymru"));
  CHECK(has(entities_of("It won a majority of seats for the then-new Kadima party, followed by Labor."),
            "organization:Kadima"));
  // a person's spokesman, supporters or aide: the person stays (data/party_member_nouns.txt lacks them)
  CHECK(has(entities_of("Putin spokesman Dmitry Peskov said no."), "person:Putin"));
  // a known given name first, or a known last name last: the person stays
  CHECK(has(entities_of("Voters chose between two candidates, and John Smith candidates lost."), "person:John Smith"));
}

TEST_CASE("session 27: a person's name ends before 'of' and a place; starts after a plural role") {
  const std::string a = entities_of("George W. Bush selected U.S. Senator Dan Quayle of Indiana as his nominee.");
  CHECK(has(a, "person:Dan Quayle;"));
  CHECK(has(a, "location:Indiana"));
  CHECK(!has(a, "Quayle of"));
  // one given name before "of": a royal's name stays as the tagger has it
  CHECK(!has(entities_of("Catherine of Aragon was queen."), "person:Catherine of"));
  CHECK(!has(entities_of("The Duke of Wellington won."), "person:Duke"));
  // a plural role opening the sentence is no part of the name
  const std::string s = entities_of(
      "Students Cameron Kasky and Alex Wind spoke. Singers Ariana Grande, Lin-Manuel Miranda, Ben Platt and Lady Gaga "
      "joined them.");
  CHECK(has(s, "person:Ariana Grande"));
  CHECK(!has(s, "Singers"));
  CHECK(has(entities_of("Jules Verne wrote novels."), "person:Jules Verne"));
}

TEST_CASE("session 27: a person whose last word is a storm's name is none") {
  const std::string a = entities_of(
      "Cyclone Phailin has winds that have been clocked at 190 km/h. As of the last advisory, T C Phailin has winds "
      "of 190 kilometers.");
  CHECK(!has(a, "person:"));
  // not after a military operation's name
  CHECK(has(entities_of("Operation Barbarossa began in June. Frederick Barbarossa had died centuries before."),
            "person:Frederick Barbarossa"));
}

TEST_CASE("session 27: an office's words before 'of' and a country, and a region alone, are no person") {
  const std::string a = entities_of(
      "Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim Al-Ja'afari, in "
      "Canberra on 12 February.");
  CHECK(!has(a, "Affairs"));
  CHECK(has(a, "location:Iraq"));
  CHECK(has(a, "person:Julie Bishop"));
  const std::string b = entities_of("The Minister for Central Asia, Tobias Ellwood, visited Turkey on 4 April.");
  CHECK(!has(b, "person:Asia"));
  CHECK(has(b, "person:Tobias Ellwood"));
  // a given name before "of" stays as the tagger has it
  CHECK(!has(entities_of("Catherine of Aragon was queen."), "location:Catherine"));
  // a one-word person that is a country's name and a given name stays
  CHECK(has(entities_of("Michael Jordan scored 40 points. Jordan left early."), "person:Michael Jordan"));
}

TEST_CASE("session 27: a name after a place noun and 'of' is a place") {
  const std::string a = entities_of(
      "A Central Committee was elected: Giacomo Montalto for the province of Trapani, Nicola Petrina for the province "
      "of Messina.");
  CHECK(has(a, "location:Trapani"));
  CHECK(!has(a, "person:Trapani"));
  CHECK(has(a, "person:Giacomo Montalto"));
  // "of" after a noun that is no place's: the person stays
  CHECK(has(entities_of("Reporters met the family of Giacomo Montalto in Rome."), "person:Giacomo Montalto"));
}

TEST_CASE("session 27: a name ending in a company's last word is an organisation") {
  CHECK(has(entities_of("Calls are now forwarded to Malcolm Smith Motorsports down the road."),
            "organization:Malcolm Smith Motorsports"));
  CHECK(has(entities_of("She worked for the gas team at El Paso Energy for years."), "organization:El Paso Energy"));
  // the place alone stays a place
  CHECK(has(entities_of("She worked for the gas team in El Paso for years."), "location:El Paso"));
}

TEST_CASE("session 27: a transcript's stage direction in parentheses is no person") {
  CHECK(!has(entities_of("I appreciate that. (Laughter.) There is a point here."), "Laughter"));
  // a given name or a word written capitalised in running text stays
  CHECK(has(entities_of("We asked the chief. (Maria.) She said no."), "person:Maria"));
}

TEST_CASE("session 28: a generational suffix after a name is the name's") {
  const json r = nft::run(
      "x\n\nGen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff, told the committee that the Army was "
      "short of recruits.");
  const json b = entity_named(r, "Charles Q. Brown Jr");
  REQUIRE(b != nullptr);
  CHECK(b["titles"].size() == 2);
  CHECK(entity_named(r, "Charles Q. Brown") == nullptr);
}

TEST_CASE("session 28: a region before a role word before a person is a place; a region after a place's comma") {
  const std::string a = entities_of("The term answered comments made by former Pennsylvania Senator Rick Santorum in 2003.");
  CHECK(has(a, "location:Pennsylvania"));
  CHECK(has(a, "person:Rick Santorum"));
  // no place in the role words: "Police chief"
  CHECK(!has(entities_of("Police chief Mark Rowley said officers had arrested two men."), "location:"));
  const json c = nft::run("x\n\nHe sat down for an interview in his office in Cambridge, Massachusetts.");
  const json m = entity_named(c, "Massachusetts");
  REQUIRE(m != nullptr);
  CHECK(m["type"] == "location");
  const json cam = entity_named(c, "Cambridge");
  REQUIRE(cam != nullptr);
  CHECK(cam["place"]["country"] == "US");
}

TEST_CASE("session 28: a one-word party name before a role word or a possessive and a name") {
  CHECK(has(entities_of("Labor MP Josh Burns welcomed the decision on Monday."), "organization:Labor"));
  CHECK(has(entities_of("Ministers met on Monday. Labour's Wes Streeting, the health secretary, said the NHS was broken."),
            "organization:Labour"));
  CHECK(!has(entities_of("Shops will close on Labour Day next week, the council said."), "organization:Labour"));
  CHECK(!has(entities_of("Economists said Labour's share of income fell last year."), "organization:Labour"));
}

TEST_CASE("session 28: 'counterpart'; an apposition ends before 'in' and a place; 'remains' and a bare role 'of'") {
  const json w = nft::run(
      "x\n\nForeign minister Penny Wong arrived in Beijing on Wednesday for talks with her Chinese counterpart, Wang Yi.");
  const json wy = entity_named(w, "Wang Yi");
  REQUIRE(wy != nullptr);
  CHECK(wy["titles"] == json::array({"Chinese counterpart"}));
  const json k = nft::run(
      "x\n\n\"The policy is a gift to polluters,\" said Rachel Kessler, a senior fellow at the Brookings Institution in "
      "Washington.");
  const json rk = entity_named(k, "Rachel Kessler");
  REQUIRE(rk != nullptr);
  CHECK(rk["titles"] == json::array({"senior fellow at the Brookings Institution"}));
  const json b = nft::run("x\n\nJeff Bezos sold 12 million shares last week. Bezos remains executive chairman of the company.");
  const json jb = entity_named(b, "Jeff Bezos");
  REQUIRE(jb != nullptr);
  CHECK(jb["titles"] == json::array({"executive chairman"}));
  const json p = nft::run("x\n\nJeff Bezos said on Monday that he was proud of the company.");
  const json pb = entity_named(p, "Jeff Bezos");
  REQUIRE(pb != nullptr);
  CHECK(pb["titles"] == json::array());
}

TEST_CASE("session 28: 'Former' opening a sentence is no organisation's; a last name that is a title word after a role") {
  const json r = nft::run("x\n\nFormer Bank of England governor Mervyn King warned on Tuesday that inflation would return.");
  const json m = entity_named(r, "Mervyn King");
  REQUIRE(m != nullptr);
  CHECK(m["type"] == "person");
  CHECK(m["titles"] == json::array({"Former Bank of England governor"}));
  CHECK(entity_named(r, "Bank of England") != nullptr);
  CHECK(entity_named(r, "Former Bank of England") == nullptr);
  // a place before the title word is no given name
  CHECK(!has(entities_of("The state's governor Texas King said nothing."), "person:Texas King"));
}

TEST_CASE("session 28: untagged capitalised words after an article ending in an org head word; 'Google and Apple'") {
  CHECK(has(entities_of("On Monday, the Justice Department said it would appeal the ruling."),
            "organization:Justice Department"));
  CHECK(has(entities_of("The Metropolitan Police said both men were in custody."), "organization:Metropolitan Police"));
  // no article before the words: none from this rule
  CHECK(!has(entities_of("Justice Department officials said nothing."), "organization:Justice Department officials"));
  const std::string g = entities_of("He studied at Stanford and later worked at Google and Apple.");
  CHECK(has(g, "organization:Google"));
  CHECK(has(g, "organization:Apple"));
  CHECK(!has(g, "Google and Apple"));
}

TEST_CASE("session 28: name variants: hyphen or space, a last name past its particle, a title word before a suffix") {
  const json k = nft::run("x\n\nKim Jong-un met officials on Monday. Kim Jong Un later left for Beijing.");
  const json kj = entity_named(k, "Kim Jong-un");
  REQUIRE(kj != nullptr);
  CHECK(kj["mentions"].size() == 2);
  CHECK(entity_named(k, "Kim Jong Un") == nullptr);
  const json b = nft::run("x\n\nAbu Bakr al-Baghdadi was killed in the raid. Baghdadi had led the group since 2010.");
  const json bb = entity_named(b, "Abu Bakr al-Baghdadi");
  REQUIRE(bb != nullptr);
  CHECK(bb["mentions"].size() == 2);
  CHECK(entity_named(b, "Baghdadi") == nullptr);
  const json m = nft::run("x\n\nMartin Luther King Jr. spoke in Washington in 1963. King said he had a dream.");
  const json mk = entity_named(m, "Martin Luther King Jr");
  REQUIRE(mk != nullptr);
  CHECK(mk["mentions"].size() == 2);
  CHECK(entity_named(m, "Jr") == nullptr);
}

TEST_CASE("session 28: a party's one word over the tagger's one-word person; an '-ologist' is a role") {
  const json r = nft::run("x\n\nLabour leader Keir Starmer and Tory leader Rishi Sunak met on Monday.");
  CHECK(entity_named(r, "Tory") != nullptr);
  CHECK(entity_named(r, "Tory")["type"] == "organization");
  CHECK(entity_named(r, "Rishi Sunak")["titles"] == json::array({"Tory leader"}));
  const json g = nft::run("x\n\nProfessor Jane Goodall, the primatologist, spoke at the meeting.");
  const json jg = entity_named(g, "Jane Goodall");
  REQUIRE(jg != nullptr);
  CHECK(jg["titles"] == json::array({"Professor", "primatologist"}));
}

TEST_CASE("session 28: an office's untagged capitalised words before its tagged place, a comma, the name") {
  const json r = nft::run("x\n\nThe Minister for Central Asia, Tobias Ellwood, visited Turkey on 4 April.");
  const json t = entity_named(r, "Tobias Ellwood");
  REQUIRE(t != nullptr);
  CHECK(t["titles"] == json::array({"Minister for Central Asia"}));
}

TEST_CASE("session 28: two-word roles of data/role_phrases.txt") {
  const json r = nft::run("x\n\nSinger Taylor Swift and Kansas City Chiefs tight end Travis Kelce attended the game.");
  const json k = entity_named(r, "Travis Kelce");
  REQUIRE(k != nullptr);
  CHECK(k["titles"] == json::array({"Kansas City Chiefs tight end"}));
  const json w = nft::run("x\n\nHarris spoke first. Her running mate, Tim Walz, spoke next.");
  const json tw = entity_named(w, "Tim Walz");
  REQUIRE(tw != nullptr);
  CHECK(tw["titles"].size() == 1);
  // "end" alone is no role
  const json e = nft::run("x\n\nAt the end Tim Walz spoke.");
  CHECK(entity_named(e, "Tim Walz")["titles"] == json::array());
}

TEST_CASE("session 28: a name after 'the charity'/'the journal' over the tagger's place; a city and a plural a team") {
  const std::string o = entities_of("She works for the charity Oxfam in Nairobi.");
  CHECK(has(o, "organization:Oxfam"));
  CHECK(has(o, "location:Nairobi"));
  CHECK(has(entities_of("The study was published in the journal Nature on Wednesday."), "organization:Nature"));
  CHECK(has(entities_of("He played for the Los Angeles Lakers for seven seasons."), "organization:Los Angeles Lakers"));
  CHECK(has(entities_of("They sailed to the Falkland Islands in June."), "location:Falkland Islands"));
}

TEST_CASE("session 28: a municipality's region reading counts as a town: 'Florida' is the US state") {
  const json r = nft::run("x\n\nNASA administrator Bill Nelson spoke at the Kennedy Space Center in Florida.");
  const json f = entity_named(r, "Florida");
  REQUIRE(f != nullptr);
  CHECK(f["place"]["country"] == "US");
  const json k = nft::run("x\n\nThe storm made landfall near Siesta Key, Florida, on Wednesday.");
  const json sk = entity_named(k, "Siesta Key, Florida");
  REQUIRE(sk != nullptr);
  CHECK(sk["place"]["country"] == "US");
  // a municipality's country still wins where the article is about it
  const json s = nft::run("x\n\nSlovenia's president visited Ljubljana on Monday.");
  CHECK(entity_named(s, "Ljubljana")["place"]["country"] == "SI");
}

TEST_CASE("session 28: a storm's whole name the tagger read as a place is none") {
  const std::string h = entities_of("Hurricane Milton made landfall near Siesta Key, Florida, on Wednesday.");
  CHECK(!has(h, "Hurricane Milton"));
  CHECK(has(h, "location:Siesta Key, Florida"));
}

TEST_CASE("session 28: one untagged word with an inner capital that the org gazetteer knows is an organisation") {
  CHECK(has(entities_of("Musk, who also runs SpaceX, has made similar promises before."), "organization:SpaceX"));
  // a last name with an inner capital stays the tagger's
  CHECK(!has(entities_of("Senator John McCain said no."), "organization:McCain"));
}

TEST_CASE("session 28 titles2: a tagged person's name ending in a title word after a given name stays") {
  const json r = nft::run("x\n\nThe former governor, Mervyn King, said the bank would act.");
  const json m = entity_named(r, "Mervyn King");
  REQUIRE(m != nullptr);
  CHECK(m["type"] == "person");
  CHECK(m["titles"] == json::array({"former governor"}));
  // a role with no name is still no person (an acronym or a common word before the title)
  CHECK(!has(entities_of("Officials said NASA Administrator visited on Monday."), "person:NASA Administrator"));
  CHECK(!has(entities_of("Officials said Home Secretary visited on Monday."), "person:Home Secretary"));
}

TEST_CASE("session 28 titles2: a name with a joined Arabic particle is a person, not an Arabic group's or place's") {
  const json r = nft::run("x\n\nBashar al-Assad fled to Moscow on Sunday.");
  const json a = entity_named(r, "Bashar al-Assad");
  REQUIRE(a != nullptr);
  CHECK(a["type"] == "person");
  CHECK(has(entities_of("Officials said Saif al-Islam Gaddafi would run."), "person:Saif al-Islam Gaddafi"));
  // groups and places with a particle are no people
  CHECK(!has(entities_of("Jabhat al-Nusra claimed the attack."), "person:"));
  CHECK(!has(entities_of("Fighters took Deir al-Zor on Monday."), "person:"));
  CHECK(!has(entities_of("Ahrar al-Sham fighters entered Idlib."), "person:"));
  CHECK(has(entities_of("Police closed the Al-Aqsa Mosque on Friday."), "location:Al-Aqsa Mosque"));
  CHECK(has(entities_of("Al Jazeera reported the strike."), "organization:Al Jazeera"));
}

TEST_CASE("session 28 titles2: a place and a club word is a sports club") {
  const std::string r = entities_of("Manchester City beat Real Madrid 2-1 on Tuesday.");
  CHECK(has(r, "organization:Manchester City"));
  CHECK(has(r, "organization:Real Madrid"));
  CHECK(!has(r, "location:Manchester City"));
  CHECK(has(entities_of("Leeds United sacked their manager."), "organization:Leeds United"));
  // a gazetteer place stays; "City" makes a club only in a sentence about sport
  CHECK(has(entities_of("Kansas City beat Denver 24-10 on Sunday."), "location:Kansas City"));
  CHECK(has(entities_of("Flooding hit Mexico City on Monday."), "location:Mexico City"));
  CHECK(!has(entities_of("Stoke City council met on Monday."), "organization:Stoke City"));
}

TEST_CASE("session 28 titles2: a club word inside a longer name is left to it") {
  const std::string r = entities_of("He played for Liverpool County Football Club in the league.") + ";";
  CHECK(has(r, "organization:Liverpool County Football Club;"));
  CHECK(!has(r, "organization:Liverpool County;"));
}

TEST_CASE("session 28 titles2: US party and state tags after a name are no entity or title (guard)") {
  const json r = nft::run("x\n\nSen. Chuck Schumer (D-NY) said on Monday the bill would fail.");
  REQUIRE(r["entities"].size() == 1);
  CHECK(r["entities"][0]["name"] == "Chuck Schumer");
  CHECK(r["entities"][0]["titles"] == json::array({"Sen."}));
  const std::string s = entities_of("Rep. Adam Schiff, D-Calif., said the report was damning.");
  CHECK(s == "person:Adam Schiff");
}
