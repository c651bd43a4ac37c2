// Golden cases: tests/golden/NAME.txt (the input) with NAME.json ({"options", "expect"}):
// `expect` is matched as a subset (test_util.h: matches). The same files are read by
// tests/js/golden.test.mjs against the wasm module, which also checks that the wasm and
// native JSON are byte-identical.
#include "test_util.h"

#include <algorithm>
#include <map>
#include <set>

namespace fs = std::filesystem;
using nft::json;

namespace {

nf::Options options_of(const json& o) {
  nf::Options opt;
  if (o.contains("date")) opt.date = o["date"].get<std::string>();
  if (o.contains("offsets")) nf::parse_offset_unit(o["offsets"].get<std::string>(), opt.offsets);
  return opt;
}

}  // namespace

TEST_CASE("golden cases") {
  const fs::path dir = fs::path(NF_TESTS_DIR) / "golden";
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".json") cases.push_back(e.path());
  }
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 5);
  for (const fs::path& c : cases) {
    CAPTURE(c.filename().string());
    const json spec = json::parse(nft::read_file(c));
    fs::path txt = c;
    txt.replace_extension(".txt");
    REQUIRE(fs::exists(txt));
    const std::string input = nft::read_file(txt);
    const json r = nft::run(input, options_of(spec.value("options", json::object())));
    nft::check_shape(r);
    nft::check_spans(input, r);
    std::string why;
    CHECK_MESSAGE(nft::matches(r, spec["expect"], "$", why), why);
  }
}

TEST_CASE("the seed article (when ../shared is beside the repo)") {
  const fs::path seed = fs::path(NF_SHARED_DIR) / "corpus" / "seed" / "seed.txt";
  if (!fs::exists(seed)) {
    MESSAGE("skipped: ../shared/corpus/seed/seed.txt is not here");
    return;
  }
  const std::string input = nft::read_file(seed);
  const json r = nft::run(input);
  nft::check_shape(r);
  nft::check_spans(input, r);
  CHECK(r["article"]["date"] == "2024-07-14");
  CHECK(r["article"]["headline"] == "Hamas says pulling out of truce talks after Israeli strike in Gaza");
  CHECK(r["sentences"].size() == 18);
  CHECK(r["paragraphs"].size() == 16);
  CHECK(r["article"]["agencies"] == json::array({"AFP"}));
}

// The seed article's result and its gold facts, when ../shared is beside the repo
// (false, with a message, when it is not).
static bool seed_with_gold(json& gold, json& result) {
  const fs::path dir = fs::path(NF_SHARED_DIR) / "corpus" / "seed";
  if (!fs::exists(dir / "seed.gold.json")) {
    MESSAGE("skipped: ../shared/corpus/seed is not here");
    return false;
  }
  gold = json::parse(nft::read_file(dir / "seed.gold.json"));
  result = nft::run(nft::read_file(dir / "seed.txt"));
  return true;
}

// Issue 4 and 5's bar on the seed: every person, organisation and place of
// seed.gold.json with its type (and for places, kind and country), each person one
// entity with its aliases and titles, and no other person.
TEST_CASE("the seed's entities match seed.gold.json (when ../shared is beside the repo)") {
  json gold, r;
  if (!seed_with_gold(gold, r)) return;
  auto find = [&](const json& name) { return nft::entity_named(r, name.get<std::string>()); };
  auto texts = [](const json& e) {
    std::set<std::string> out;
    for (const auto& m : e["mentions"]) out.insert(m["text"].get<std::string>());
    return out;
  };
  std::size_t people = 0;
  for (const auto& e : r["entities"]) people += e["type"] == "person" && !e.contains("unnamed");
  CHECK(people == gold["people"].size());
  for (const auto& p : gold["people"]) {
    const json e = find(p["name"]);
    CHECK_MESSAGE(e != nullptr, p["name"]);
    if (e == nullptr) continue;
    CHECK(e["type"] == "person");
    for (const auto& alias : p["aliases"]) CHECK_MESSAGE(texts(e).count(alias.get<std::string>()), alias);
    for (const auto& t : p["titles"]) {
      CHECK_MESSAGE(std::find(e["titles"].begin(), e["titles"].end(), t) != e["titles"].end(), t);
    }
  }
  for (const auto& o : gold["organizations"]) {
    const json e = find(o["name"]);
    CHECK_MESSAGE(e != nullptr, o["name"]);
    if (e != nullptr) CHECK_MESSAGE(e["type"] == "organization", o["name"]);
  }
  for (const auto& l : gold["locations"]) {
    const json e = find(l["name"]);
    CHECK_MESSAGE(e != nullptr, l["name"]);
    if (e == nullptr) continue;
    CHECK_MESSAGE(e["type"] == "location", l["name"]);
    REQUIRE(e["place"].is_object());
    CHECK_MESSAGE(e["place"]["country"] == l["country"], l["name"]);
    CHECK_MESSAGE(e["place"]["kind"] == l["kind"], l["name"]);
  }
}

// Issue 8's bar on the seed: its 5 events with their types, dates, places, actors and
// tolls, and nothing else (gold types "talks/negotiation" and "attack (on civilians)"
// are SPEC's "talks" and "attack").
TEST_CASE("the seed's events match seed.gold.json (when ../shared is beside the repo)") {
  json gold, r;
  if (!seed_with_gold(gold, r)) return;
  REQUIRE(r["events"].size() == gold["events"].size());
  const std::map<std::string, std::string> alias = {{"talks/negotiation", "talks"}, {"attack (on civilians)", "attack"}};
  for (std::size_t i = 0; i < gold["events"].size(); ++i) {
    const json& g = gold["events"][i];
    const json& e = r["events"][i];
    std::string type = g["type"];
    if (alias.count(type)) type = alias.at(type);
    CAPTURE(type);
    CHECK(e["subtype"] == type);
    CHECK(e["date"] == g["date"]);
    CHECK(nft::entity_name(r, e["location"]) == (g["location"].is_null() ? "-" : g["location"].get<std::string>()));
    CHECK(e["fatalities"] == g["killed"]);
    std::vector<std::string> actors;
    for (const auto& a : e["actors"]) actors.push_back(nft::entity_name(r, a));
    CHECK(actors == g["actors"].get<std::vector<std::string>>());
    for (const auto& t : g["targets"]) {
      if (nft::entity_named(r, t.get<std::string>()) == nullptr) continue;  // "displaced people": no name
      bool found = false;
      for (const auto& x : e["targets"]) found = found || nft::entity_name(r, x) == t.get<std::string>();
      CHECK_MESSAGE(found, t);
    }
  }
}
