// Word lists from data/*.txt, compiled into tables (core/generated/lexicons.inc): small
// lists as sorted arrays, large ones (the gazetteers) as one packed string each, read
// into a hash index on first use (pointers per entry would double the download).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

struct LexiconForm {
  std::string_view form;
  uint32_t canonical;
};

// Bytes as they are (the first 256) and with ASCII upper case folded (the next 256).
inline constexpr auto kFoldTableData = [] {
  std::array<uint8_t, 512> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<uint8_t>(c);
    t[256 + c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return t;
}();
inline constexpr const uint8_t* kFoldTable = kFoldTableData.data();

struct Lexicon {
  const LexiconForm* forms;             // sorted by (length, bytes); null when packed
  std::size_t size;                     // number of forms
  const std::string_view* canonicals;   // null when packed
  bool fold_case;      // entries are lower case; lookups fold ASCII case
  int max_words;       // most space-separated words in one form
  // Packed: one line per form, "form|canonical\n", or "form\n" where the form is its own
  // canonical, sorted by the form's bytes (forms folded as looked up). An entry's index is
  // the byte offset of its line.
  std::string_view packed = {};
  // Lists that are not packed: a 2048-bit filter of (length, first two and last bytes) of
  // the forms (as folded), so that most misses are answered without a search.
  const uint64_t* filter = nullptr;
  // The same kind of filter over the forms' leading words ("came to" of "came to the
  // conclusion"), for lists that are not packed and have forms of several words.
  const uint64_t* continues = nullptr;

  // Index of the canonical entry for this form, or -1. Small lists: binary search over
  // the sorted forms; larger ones: a hash index. Packed lists: binary search over the
  // sorted lines until they have served enough lookups to pay for the index (a cold
  // start's first article builds none), then the index.
  [[gnu::always_inline]] int find(std::string_view s) const {
    if (filter && !may_have(s)) return -1;
    return find_unfiltered(s);
  }
  [[gnu::always_inline]] bool contains(std::string_view s) const { return find(s) >= 0; }
  std::string_view canonical(int index) const;
  // False when no form starts with s and a space: a longest-match scan can stop ("Gaza"
  // may go on to "Gaza City"; "Hamas" goes on to nothing). Can be true by mistake
  // (a hashed filter), never false by mistake.
  [[gnu::always_inline]] bool may_continue(std::string_view s) const {
    if (continues && (s.empty() || !has_bit(continues, filter_bit(s, fold_case)))) return false;
    return may_continue_unfiltered(s);
  }
  bool may_continue_unfiltered(std::string_view s) const;
  // contains(s) || may_continue(s): may a form start with s? The two filters share the bit
  // of s, computed once here.
  [[gnu::always_inline]] bool may_start(std::string_view s) const {
    if (s.empty()) return contains(s) || may_continue(s);
    const uint32_t bit = filter_bit(s, fold_case);
    if ((!filter || has_bit(filter, bit)) && find_unfiltered(s) >= 0) return true;
    if (continues && !has_bit(continues, bit)) return false;
    return may_continue_unfiltered(s);
  }
  // The binary search over a packed list (what find does before the index; for tests).
  int find_sorted(std::string_view s) const;

  // The miss filter's answer: false when s is surely no form (lists with a filter only).
  [[gnu::always_inline]] bool may_have(std::string_view s) const {
    if (s.empty()) return false;  // no list has an empty form
    return has_bit(filter, filter_bit(s, fold_case));
  }
  static bool has_bit(const uint64_t* bits, uint32_t bit) { return (bits[bit / 64] >> (bit % 64)) & 1; }
  // The bit of s in the filter, as scripts/gen_lexicons.py's filter_bit() computes it over
  // the folded form: the length and the first two and last bytes (arithmetic modulo 2^32).
  [[gnu::always_inline]] static uint32_t filter_bit(std::string_view s, bool fold_case) {
    // (the fold as a table, its half chosen once: a load a byte instead of a test and two
    // compares; this runs inlined at every lookup of a filtered list)
    const uint8_t* fold = kFoldTable + (fold_case ? 256 : 0);
    auto at = [&](std::size_t i) -> uint32_t { return fold[static_cast<unsigned char>(s[i])]; };
    const std::size_t n = s.size();
    const uint32_t h = ((at(0) * 1031u + (n > 1 ? at(1) : 0u)) * 1031u + at(n - 1)) * 64u +
                       static_cast<uint32_t>(n < 63 ? n : 63);
    return (h * 2654435761u) >> (32 - 11);
  }
  int find_unfiltered(std::string_view s) const;

  mutable std::once_flag index_once{};
  mutable std::atomic<bool> indexed{false};  // the fast path: one load once built
  mutable std::atomic<uint32_t> lookups{0};  // packed lists: lookups before the index
  mutable std::vector<uint64_t> slots{};     // open addressing: hash << 32 | entry + 1; 0 empty
  mutable std::vector<uint64_t> prefixes{};  // bit filter of the word prefixes of forms
  void build_index() const;
  void ensure_index() const {
    if (!indexed.load(std::memory_order_acquire)) {
      std::call_once(index_once, [this] { build_index(); });
      indexed.store(true, std::memory_order_release);
    }
  }
  // Packed lists: true once the hash index is (or is now worth being) built.
  bool use_index() const;
};

#include "generated/lexicon_names.inc"  // extern const Lexicon kAbbrevNumber, ... (one per data file)

inline bool is_html_tag(std::string_view lower_name) { return kHtmlTags.contains(lower_name); }
inline bool is_html_block_tag(std::string_view lower_name) {
  return kHtmlBlockTags.contains(lower_name);
}

}  // namespace nf
