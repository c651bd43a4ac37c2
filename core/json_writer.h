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
  // A key of the schema: a string literal of letters, digits and '_', checked when the
  // call is compiled, so it is written as it is.
  struct Key {
    std::string_view text;
    // '"', the key, '":' and a space, as written (the space when pretty): one append a key
    // instead of three (about a third of the writer's cost went to keys)
    char quoted[36] = {};
    uint8_t quoted_size = 0;  // without the space
    template <std::size_t N>
    consteval Key(const char (&k)[N]) : text(k, N - 1) {
      for (char c : text) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
          throw "a schema key is letters, digits and '_' only";
      }
      if (N + 2 >= sizeof quoted) throw "a schema key is at most 32 bytes";
      quoted[0] = '"';
      for (std::size_t i = 0; i + 1 < N; ++i) quoted[i + 1] = k[i];
      quoted[N] = '"';
      quoted[N + 1] = ':';
      quoted[N + 2] = ' ';
      quoted_size = static_cast<uint8_t>(N + 2);
    }
  };
  JsonWriter& key(const Key& k);             // the schema's keys
  JsonWriter& key_text(std::string_view k);  // any other key, escaped
  JsonWriter& value(std::string_view s);  // valid UTF-8 required
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(int64_t n);
  JsonWriter& value(uint32_t n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(double d);
  JsonWriter& value(bool b);
  JsonWriter& null();
  // A key with a string value, or null when the string is empty.
  JsonWriter& string_or_null(const Key& k, std::string_view s);

  std::string take() { return std::move(out_); }

 private:
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
