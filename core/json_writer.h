// A small streaming JSON writer (compact or indented), for the result document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

class JsonWriter {
 public:
  explicit JsonWriter(bool pretty, std::size_t reserve = 0) : pretty_(pretty) { out_.reserve(reserve); }

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);  // valid UTF-8 required
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(int64_t n);
  JsonWriter& value(uint32_t n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();
  // A key with a string value, or null when the string is empty.
  JsonWriter& string_or_null(std::string_view k, std::string_view s);

  std::string take() { return std::move(out_); }

 private:
  static bool plain_key(std::string_view k);  // letters, digits and '_' only
  void append_int(int64_t n);                  // the digits alone
  void before_value();
  JsonWriter& close(char bracket);
  void newline();
  bool pretty_;
  bool after_key_ = false;
  std::vector<char> has_items_;  // per open container (char: vector<bool>'s bit access is slow)
  std::string out_;
};

// Appends s to out as a JSON string literal (with quotes).
void append_json_string(std::string& out, std::string_view s);

}  // namespace nf
