// Helpers shared by the doctest suites (native and wasm).
#pragma once

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "newsfacts.h"
#include "text.h"

namespace nft {

using nlohmann::json;

inline json run(std::string_view input, nf::Options opt = {}) {
  return json::parse(nf::extract_json(input, opt));
}

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The input as the caller's unit sees it: UTF-16 code units, code points or bytes.
inline std::u32string to_codepoints(const std::string& utf8) {
  std::u32string out;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto c = static_cast<unsigned char>(utf8[i]);
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    out += cp;
    i += len;
  }
  return out;
}

inline std::u16string to_utf16(const std::string& utf8) {
  std::u16string out;
  for (char32_t cp : to_codepoints(utf8)) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (cp >> 10));
      out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out += static_cast<char16_t>(cp);
    }
  }
  return out;
}

struct SpanChecker {
  std::string text;  // repaired UTF-8 input
  std::string unit;
  std::u16string u16;
  std::u32string u32;
  std::size_t limit = 0;
  std::size_t checked = 0;

  SpanChecker(std::string_view input, std::string unit_name) : unit(std::move(unit_name)) {
    nf::repair_utf8(input, text);
    if (unit == "utf16") { u16 = to_utf16(text); limit = u16.size(); }
    else if (unit == "codepoint") { u32 = to_codepoints(text); limit = u32.size(); }
    else limit = text.size();
  }

  std::string slice(std::size_t a, std::size_t b) const {
    if (unit == "utf8") return text.substr(a, b - a);
    std::u32string cps;
    if (unit == "codepoint") cps = u32.substr(a, b - a);
    else {
      const std::u16string part = u16.substr(a, b - a);
      for (std::size_t i = 0; i < part.size(); ++i) {
        char32_t c = part[i];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < part.size()) {
          c = 0x10000 + ((c - 0xD800) << 10) + (part[i + 1] - 0xDC00);
          ++i;
        }
        cps += c;
      }
    }
    std::string out;
    for (char32_t c : cps) {
      if (c < 0x80) out += static_cast<char>(c);
      else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
      else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        out += static_cast<char>(0xF0 | (c >> 18)); out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    return out;
  }

  // Every {start, end} is an ordered range inside the input; with "text", the slice.
  void check(const json& j) {
    if (j.is_array()) {
      for (const auto& e : j) check(e);
      return;
    }
    if (!j.is_object()) return;
    if (j.contains("start") && j.contains("end")) {
      const auto a = j["start"].get<std::size_t>(), b = j["end"].get<std::size_t>();
      REQUIRE(a <= b);
      REQUIRE(b <= limit);
      if (j.contains("text") && j["text"].is_string()) {
        CHECK(slice(a, b) == j["text"].get<std::string>());
      }
      ++checked;
    }
    for (const auto& [k, v] : j.items()) check(v);
  }
};

// Checks the span invariant of a result over its input; returns how many spans.
inline std::size_t check_spans(std::string_view input, const json& result) {
  SpanChecker c(input, result.value("offsets", "utf16"));
  c.check(result);
  return c.checked;
}

// Every section of newsfacts/1 is present with the right JSON type.
inline void check_shape(const json& r) {
  REQUIRE(r.is_object());
  CHECK(r["schema"] == "newsfacts/1");
  REQUIRE_FALSE(r.contains("error"));
  CHECK(r["engine"]["version"].is_string());
  CHECK(r["article"].is_object());
  for (const char* k : {"paragraphs", "sentences", "entities", "times", "quantities", "quotes",
                        "casualties", "events", "warnings"}) {
    CHECK_MESSAGE(r[k].is_array(), k);
  }
  CHECK(r["article"]["bylines"].is_array());
  CHECK(r["article"]["agencies"].is_array());
  CHECK(r["article"]["body"].is_object());
}

inline bool has_warning(const json& r, const std::string& code) {
  for (const auto& w : r["warnings"]) {
    if (w["code"] == code) return true;
  }
  return false;
}

// Subset match: every key of `expect` matches in `actual`; arrays match element-wise
// and in length; {"$count": n} matches an array of n elements; {"$contains": [...]}
// an array holding a match for each listed element.
inline bool matches(const json& actual, const json& expect, std::string path, std::string& why) {
  if (expect.is_object() && expect.contains("$count")) {
    if (!actual.is_array() || actual.size() != expect["$count"].get<std::size_t>()) {
      why = path + ": expected " + expect["$count"].dump() + " elements, got " +
            (actual.is_array() ? std::to_string(actual.size()) : actual.dump());
      return false;
    }
    return true;
  }
  if (expect.is_object() && expect.contains("$contains")) {
    if (!actual.is_array()) { why = path + ": not an array"; return false; }
    for (const auto& e : expect["$contains"]) {
      bool found = false;
      std::string ignored;
      for (const auto& a : actual) {
        if (matches(a, e, path, ignored)) { found = true; break; }
      }
      if (!found) { why = path + ": no element matches " + e.dump(); return false; }
    }
    return true;
  }
  if (expect.is_object()) {
    if (!actual.is_object()) { why = path + ": not an object"; return false; }
    for (const auto& [k, v] : expect.items()) {
      if (!actual.contains(k)) { why = path + "." + k + ": missing"; return false; }
      if (!matches(actual[k], v, path + "." + k, why)) return false;
    }
    return true;
  }
  if (expect.is_array()) {
    if (!actual.is_array() || actual.size() != expect.size()) {
      why = path + ": expected " + expect.dump() + ", got " + actual.dump();
      return false;
    }
    for (std::size_t i = 0; i < expect.size(); ++i) {
      if (!matches(actual[i], expect[i], path + "[" + std::to_string(i) + "]", why)) return false;
    }
    return true;
  }
  if (actual != expect) {
    why = path + ": expected " + expect.dump() + ", got " + actual.dump();
    return false;
  }
  return true;
}

// The entity of result r named `name`, or null.
inline json entity_named(const json& r, const std::string& name) {
  for (const auto& e : r["entities"]) {
    if (e["name"] == name) return e;
  }
  return nullptr;
}

// The entity whose id is `id`, or null.
inline json entity_by_id(const json& r, const json& id) {
  for (const auto& e : r["entities"]) {
    if (e["id"] == id) return e;
  }
  return nullptr;
}

// The name of the entity whose id is `id` ("-" for none: a null id or no such entity).
inline std::string entity_name(const json& r, const json& id) {
  for (const auto& e : r["entities"]) {
    if (e["id"] == id) return e["name"];
  }
  return "-";
}

}  // namespace nft
