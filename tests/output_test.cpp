// Output: every section, the span invariant in every offset unit.
#include "test_util.h"

#include "json_writer.h"

using nft::json;

namespace {
const std::string kMixed =
    "date 2024-07-14 Caf\xC3\xA9 owner \xF0\x9F\x98\x80 speaks\n\n"
    "Jos\xC3\xA9 M\xC3\xBCller said \xE2\x80\x9Cno\xE2\x80\x9D in K\xC3\xB8" "benhavn. "
    "The \xF0\x9F\x8C\x8D turned. \xE2\x80\x9CWe\xE2\x80\x99re fine,\xE2\x80\x9D he said.\n";
}

TEST_CASE("every section is present and every span slices its text, in each unit") {
  for (const char* unit : {"utf16", "utf8", "codepoint"}) {
    CAPTURE(unit);
    nf::Options o;
    REQUIRE(nf::parse_offset_unit(unit, o.offsets));
    const json r = nft::run(kMixed, o);
    nft::check_shape(r);
    CHECK(r["offsets"] == unit);
    CHECK(nft::check_spans(kMixed, r) >= 6);
    CHECK(r["sentences"].size() == 3);
  }
}

TEST_CASE("units differ where they should") {
  nf::Options a, b, c;
  a.offsets = nf::OffsetUnit::Utf8;
  b.offsets = nf::OffsetUnit::Utf16;
  c.offsets = nf::OffsetUnit::Codepoint;
  const json ra = nft::run(kMixed, a), rb = nft::run(kMixed, b), rc = nft::run(kMixed, c);
  const auto end = [](const json& r) { return r["article"]["body"]["end"].get<int>(); };
  CHECK(end(ra) > end(rb));
  CHECK(end(rb) == end(rc) + 2);  // two astral characters
}

TEST_CASE("pretty output parses to the same document") {
  nf::Options p;
  p.pretty = true;
  CHECK(json::parse(nf::extract_json(kMixed, p)) == nft::run(kMixed));
  CHECK(nf::extract_json(kMixed, p).find("\n  \"schema\"") != std::string::npos);
}

TEST_CASE("the error document for oversized input") {
  const json e = json::parse(nf::error_json("input_too_large", "too big", false));
  CHECK(e["schema"] == "newsfacts/1");
  CHECK(e["error"]["code"] == "input_too_large");
}

TEST_CASE("the JSON writer's numbers are printf's %.10g, and keys are quoted as written") {
  auto num = [](double d) { nf::JsonWriter w(false); w.value(d); return w.take(); };
  CHECK(num(5) == "5");
  CHECK(num(-3) == "-3");
  CHECK(num(0) == "0");
  CHECK(num(-0.0) == "-0");
  CHECK(num(9999999999) == "9999999999");
  CHECK(num(1e10) == "1e+10");
  CHECK(num(31.5017) == "31.5017");
  CHECK(num(0.1) == "0.1");
  CHECK(num(1.0 / 0.0) == "null");
  nf::JsonWriter w(false);
  w.begin_object().key("plain_1").value(int64_t{-9223372036854775807 - 1}).key_text("a\"b").value(int64_t{42}).end_object();
  CHECK(w.take() == "{\"plain_1\":-9223372036854775808,\"a\\\"b\":42}");
}

TEST_CASE("the dateline's place is the id of the entity named there") {
  const json d = nft::run("Protest in the capital\n\nWASHINGTON (AP) — Thousands marched in Washington on Sunday.\n");
  const json& dl = d["article"]["dateline"];
  REQUIRE(dl.is_object());
  CHECK(dl["place_text"] == "WASHINGTON");
  REQUIRE(dl["place"].is_string());
  bool found = false;
  for (const json& e : d["entities"]) {
    if (e["id"] != dl["place"]) continue;
    found = true;
    CHECK(e["type"] == "location");
    CHECK(e["name"] == "Washington");
  }
  CHECK(found);
  // no dateline place entity: null
  const json none = nft::run("Headline here\n\nThousands marched on Sunday.\n");
  CHECK(none["article"]["dateline"].is_null());
}
