// Bad input: a valid result with warnings, never a crash, a hang or unbounded memory.
// The same cases run in the wasm build (this file is compiled into both suites).
#include "test_util.h"

using nft::json;

namespace {

json checked(const std::string& in, const char* unit = "utf16") {
  nf::Options o;
  nf::parse_offset_unit(unit, o.offsets);
  const json r = nft::run(in, o);
  nft::check_shape(r);
  nft::check_spans(in, r);
  return r;
}

}  // namespace

TEST_CASE("empty and blank input") {
  for (const std::string in : {std::string(), std::string("   \n\n\t  \n")}) {
    const json r = checked(in);
    CHECK(r["sentences"].empty());
    CHECK(r["paragraphs"].empty());
    CHECK(nft::has_warning(r, "empty_input"));
  }
}

TEST_CASE("invalid UTF-8 is repaired and reported, offsets exact") {
  const std::string in = "date 2024-07-14 Bad \xFF bytes\n\nThe \xC3 strike hit \xED\xA0\x80 Gaza. It \x80 ended.";
  for (const char* unit : {"utf16", "utf8", "codepoint"}) {
    const json r = checked(in, unit);
    CHECK(nft::has_warning(r, "invalid_utf8"));
    CHECK(r["sentences"].size() == 2);
    CHECK(r["article"]["headline"] == "Bad \xEF\xBF\xBD bytes");
  }
}

TEST_CASE("NUL bytes and control characters") {
  static const char kRaw[] = "x\n\nThe\0strike\0hit.\x07 It ended.\x1B";
  const std::string in(kRaw, sizeof kRaw - 1);
  const json r = checked(in);
  CHECK(nft::has_warning(r, "nul_bytes"));
  CHECK(nft::has_warning(r, "control_characters"));
  CHECK(r["sentences"].size() == 2);
}

TEST_CASE("pasted HTML: tags and scripts are ignored, paragraphs kept") {
  const std::string in =
      "<!doctype html><html><head><title>Strike hits camp</title><style>p{color:red}</style>"
      "</head><body><p>The strike hit the camp on Sunday.</p><p>Rescuers said 8 died.</p>"
      "<script>alert('x')</script><img src=x onerror=alert(1)></body></html>";
  const json r = checked(in);
  CHECK(nft::has_warning(r, "html_input"));
  CHECK(r["article"]["headline"] == "Strike hits camp");
  REQUIRE(r["sentences"].size() == 2);
  const std::string first = in.substr(r["sentences"][0]["start"].get<std::size_t>(),
                                      r["sentences"][0]["end"].get<std::size_t>() -
                                          r["sentences"][0]["start"].get<std::size_t>());
  CHECK(first == "The strike hit the camp on Sunday.");
}

TEST_CASE("unbalanced quotes are reported, and a quote running over paragraphs is not") {
  const json r = checked("x\n\nHe said \"we will fight on. And on.\n\nThe end.");
  CHECK(nft::has_warning(r, "unbalanced_quotes"));
  CHECK(r["sentences"].size() == 3);
  const json ok = checked("x\n\n\"We will fight on.\n\n\"And we will win,\" he said.");
  CHECK_FALSE(nft::has_warning(ok, "unbalanced_quotes"));
  const json stray = checked("x\n\nHe said no\xE2\x80\x9D and left.");
  CHECK(nft::has_warning(stray, "unbalanced_quotes"));
}

TEST_CASE("a one-million-character line") {
  std::string in;
  in.reserve(1'000'000);
  while (in.size() < 1'000'000) in += "Strike hits camp ";
  in.resize(1'000'000);
  const json r = checked(in);
  CHECK(r["sentences"].size() >= 100);  // cut at kMaxSentenceTokens
  CHECK(nft::has_warning(r, "long_sentence"));
}

TEST_CASE("10 MB of text") {
  const std::string para =
      "Israel staged a huge bombing raid on a camp in southern Gaza on July 13, officials said. "
      "At least 92 people were killed, the U.N. agency said.\n\n";
  std::string in = "date 2024-07-14 Big\n\n";
  while (in.size() < 10'000'000) in += para;
  const json r = nft::run(in);
  nft::check_shape(r);
  CHECK(r["sentences"].size() == 2 * r["paragraphs"].size());
  CHECK(r["article"]["date"] == "2024-07-14");
}

TEST_CASE("input over the size limit is a clear error") {
  const std::string in(nf::kMaxInputBytes + 1, 'a');
  const json r = json::parse(nf::extract_json(in, {}));
  CHECK(r["error"]["code"] == "input_too_large");
}

TEST_CASE("lone punctuation, brackets and marks") {
  for (const std::string in : {std::string("\"\"\"\"\""), std::string("...."), std::string("\xE2\x80\x9C"),
                               std::string("(((((("), std::string("<<<<>>>>"), std::string("'s's's"),
                               std::string("-\n-\n-"), std::string("U.S.U.S.U.S."), std::string("a.b.c.d.e.f.g")}) {
    CAPTURE(in);
    checked(in);
  }
}
