// Golden cases: tests/golden/NAME.txt (the input) with NAME.json ({"options", "expect"}):
// `expect` is matched as a subset (test_util.h: matches). The same files are read by
// tests/js/golden.test.mjs against the wasm module, which also checks that the wasm and
// native JSON are byte-identical.
#include "test_util.h"

#include <algorithm>

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
