// Stage 1, text: UTF-8 repair, blanking, offset conversion.
#include "test_util.h"

using namespace nft;

TEST_CASE("repair_utf8 replaces each maximal invalid subpart with one U+FFFD") {
  std::string out;
  const std::string r = "\xEF\xBF\xBD";
  struct Case { std::string in, want; std::size_t n; };
  const Case cases[] = {
      {"plain", "plain", 0},
      {"caf\xC3\xA9", "caf\xC3\xA9", 0},
      {"a\xFF" "b", "a" + r + "b", 1},
      {"\xC3", r, 1},                                 // truncated two-byte sequence
      {"\xE2\x82", r, 1},                             // truncated three-byte: one subpart
      {"\xE2\x82" "x", r + "x", 1},
      {"\xED\xA0\x80", r + r + r, 3},                 // encoded surrogate: three subparts
      {"\xC0\xAF", r + r, 2},                         // overlong
      {"\xF4\x90\x80\x80", r + r + r + r, 4},         // above U+10FFFF
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 0},    // emoji, valid
      {"\x80\x80", r + r, 2},                         // stray continuation bytes
  };
  for (const Case& c : cases) {
    CHECK(nf::repair_utf8(c.in, out) == c.n);
    CHECK(out == c.want);
  }
}

TEST_CASE("OffsetMap converts byte offsets to UTF-16 units and code points") {
  const std::string s = "a\xC3\xA9" "b\xF0\x9F\x98\x80" "c";  // a é b 😀 c
  const nf::OffsetMap u16(s, nf::OffsetMap::Unit::Utf16), cp(s, nf::OffsetMap::Unit::Codepoint),
      u8(s, nf::OffsetMap::Unit::Utf8);
  CHECK(u16(0) == 0);
  CHECK(u16(3) == 2);   // after é
  CHECK(u16(4) == 3);   // after b
  CHECK(u16(8) == 5);   // emoji is two UTF-16 units
  CHECK(u16(9) == 6);
  CHECK(cp(8) == 4);
  CHECK(cp(9) == 5);
  CHECK(u8(8) == 8);
  // Across checkpoint strides.
  std::string big;
  for (int i = 0; i < 1000; ++i) big += "\xC3\xA9x";  // 3 bytes, 2 units
  const nf::OffsetMap m(big, nf::OffsetMap::Unit::Utf16);
  for (uint32_t i = 0; i <= 1000; ++i) CHECK(m(i * 3) == i * 2);
}

TEST_CASE("the view blanks NUL, controls, invisible spaces and HTML, keeping every offset") {
  nf::Document d;
  nf::decode_text(std::string("a\0b\x01" "c\xC2\xA0" "d\xE2\x80\x8B" "e", 12), d);
  CHECK(d.view.size() == d.text.size());
  CHECK(d.view == std::string("a b c  d   e"));
  nf::Document h;
  nf::decode_text("<html><body><p>Hello <b>world</b></p><script>alert(1)</script>"
                  "<p>Next &amp; last</p></body></html>", h);
  CHECK(h.view.size() == h.text.size());
  CHECK(h.view.find("alert") == std::string::npos);
  CHECK(h.view.find("Hello") != std::string::npos);
  CHECK(h.view.find("<") == std::string::npos);
  bool html = false;
  for (const auto& w : h.warnings) html = html || w.code == "html_input";
  CHECK(html);
}

TEST_CASE("the view blanks bidirectional marks: a name after an LRM starts at its letters") {
  nf::Document d;
  nf::decode_text("x\xE2\x80\x8EHaider \xE2\x80\x8F\xE2\x80\xAB\xE2\x81\xA6y \xE2\x80\x90z", d);
  CHECK(d.view.size() == d.text.size());
  CHECK(d.view == "x   Haider          y \xE2\x80\x90z");  // U+2010 (a hyphen) is kept
  const auto doc = nf::extract("date: 2016-10-10\n\nx\n\nDefense Secretary Ash Carter met with Iraqi Prime Minister "
                               "\xE2\x80\x8E Haider al-Abadi in Baghdad.\n", nf::Options{});
  bool found = false;
  for (const auto& e : doc.entities) found = found || e.name == "Haider al-Abadi";
  CHECK(found);
}

TEST_CASE("text that only mentions a tag is not HTML") {
  nf::Document d;
  nf::decode_text("Profits rose 5% as x < y and y > z in the report.", d);
  CHECK(d.warnings.empty());
  CHECK(d.view == d.text);
}
