// Stage 8, entities: the tagger's people, organisations and places, grouped by text.
// Statistical: these cases are clear ones the model must not lose (a regression guard),
// not a measure of its accuracy (scripts/train_ner prints that).
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
