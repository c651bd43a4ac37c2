#include "lexicon.h"

#include <algorithm>

namespace nf {

#include "generated/lexicons.inc"

namespace {

constexpr std::size_t kIndexed = 8;  // lists of this many forms or more get a hash index (and a
                                     // prefix filter for may_continue)

// FNV-1a of s as the list keys it (ASCII case folded where it folds case), computed as s
// is read; the folded bytes go to out when it is given (room for s.size() bytes).
uint32_t folded_hash(std::string_view s, bool fold_case, char* out = nullptr) {
  uint32_t h = 2166136261u;
  const uint8_t* fold = kFoldTable + (fold_case ? 256 : 0);  // (a load a byte, no compares)
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = static_cast<char>(fold[static_cast<unsigned char>(s[i])]);
    if (out) out[i] = c;
    h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  return h ^ (h >> 15);
}

// The hash of a form as stored (already folded).
uint32_t hash(std::string_view s) { return folded_hash(s, false); }

// s with ASCII upper case folded into buf when the list folds case; empty if too long
// (no form is).
std::string_view fold(std::string_view s, bool fold_case, char (&buf)[64]) {
  if (!fold_case) return s;
  if (s.size() > sizeof buf) return {};
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, s.size());
}

// Packed lists: the binary search serves one lookup per this many forms before the hash
// index is built (geo, 43,107 forms: 1,347 lookups, about four 3 KB articles; building the index
// costs about three times as much as that many binary searches).
constexpr uint32_t kFormsPerLookupBeforeIndex = 32;

// The form of the packed line starting at `at`, and where the next line starts.
std::string_view form_at(std::string_view packed, std::size_t at, std::size_t* next = nullptr) {
  const char* p = packed.data();
  std::size_t bar = at;
  while (bar < packed.size() && p[bar] != '|' && p[bar] != '\n') ++bar;
  if (next) {
    std::size_t nl = bar;
    while (nl < packed.size() && p[nl] != '\n') ++nl;
    *next = nl + 1;
  }
  return packed.substr(at, bar - at);
}

// The first line of packed whose form is not less than key.
std::size_t lower_bound_line(std::string_view packed, std::string_view key) {
  std::size_t lo = 0, hi = packed.size();  // lo: a line start; lines from hi on are >= key
  while (lo < hi) {
    std::size_t at = lo + (hi - lo) / 2;
    while (at > lo && packed[at - 1] != '\n') --at;
    std::size_t next;
    if (form_at(packed, at, &next) < key) lo = next;
    else hi = at;
  }
  return lo;
}

}  // namespace

void Lexicon::build_index() const {
  std::size_t n = 1;
  while (n < size * 2) n <<= 1;
  slots.assign(n, 0);
  auto insert = [&](uint32_t full, std::size_t entry) {
    std::size_t h = full & (n - 1);
    while (slots[h]) h = (h + 1) & (n - 1);
    slots[h] = uint64_t{full} << 32 | static_cast<uint32_t>(entry + 1);
  };
  // The word prefixes of multi-word forms ("gaza" of "gaza city"), about 4 bits a form.
  if (max_words > 1) prefixes.assign(n / 16 + 1, 0);
  const std::size_t bits = prefixes.size() * 64;
  auto add_prefix = [&](uint32_t full) {
    const std::size_t b = full % bits;
    prefixes[b / 64] |= uint64_t{1} << (b % 64);
  };
  if (packed.empty()) {
    for (std::size_t i = 0; i < size; ++i) {
      const std::string_view f = forms[i].form;
      insert(hash(f), i);
      if (max_words <= 1) continue;
      for (std::size_t sp = f.find(' '); sp != std::string_view::npos; sp = f.find(' ', sp + 1)) add_prefix(hash(f.substr(0, sp)));
    }
    return;
  }
  // Packed: one pass over the lines, hashing each form (and its word prefixes) as it is
  // read; an entry is its line's offset.
  const char* p = packed.data();
  const std::size_t end = packed.size();
  for (std::size_t line = 0; line < end;) {
    uint32_t h = 2166136261u;
    std::size_t i = line;
    for (; i < end && p[i] != '|' && p[i] != '\n'; ++i) {
      if (p[i] == ' ' && max_words > 1) add_prefix(h ^ (h >> 15));
      h = (h ^ static_cast<unsigned char>(p[i])) * 16777619u;
    }
    insert(h ^ (h >> 15), line);
    while (i < end && p[i] != '\n') ++i;
    line = i + 1;
  }
}

bool Lexicon::use_index() const {
  if (indexed.load(std::memory_order_acquire)) return true;
  if (lookups.fetch_add(1, std::memory_order_relaxed) < size / kFormsPerLookupBeforeIndex) return false;
  ensure_index();
  return true;
}

std::string_view Lexicon::canonical(int index) const {
  if (packed.empty()) return canonicals[index];
  std::size_t next;
  const std::size_t at = static_cast<std::size_t>(index);
  const std::string_view form = form_at(packed, at, &next);
  const std::size_t form_end = at + form.size();
  if (form_end >= packed.size() || packed[form_end] != '|') return form;  // "form": its own canonical
  return packed.substr(form_end + 1, next - 1 - (form_end + 1));
}

int Lexicon::find_sorted(std::string_view s) const {
  char buf[64];
  if (fold_case) {
    s = fold(s, true, buf);
    if (s.empty()) return -1;
  }
  const std::size_t at = lower_bound_line(packed, s);
  return at < packed.size() && form_at(packed, at) == s ? static_cast<int>(at) : -1;
}

bool Lexicon::may_continue_unfiltered(std::string_view s) const {
  if (max_words <= 1) return false;
  if (size < kIndexed && packed.empty()) return true;
  char buf[65];
  if (!packed.empty() && !use_index()) {  // exact: is the first form from "s " one that starts so?
    if (s.size() + 1 > sizeof buf) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      buf[i] = fold_case && c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    buf[s.size()] = ' ';
    const std::string_view key(buf, s.size() + 1);
    const std::size_t at = lower_bound_line(packed, key);
    return at < packed.size() && form_at(packed, at).substr(0, key.size()) == key;
  }
  ensure_index();
  if (s.empty() || s.size() > 64) return false;  // as fold() would answer
  const std::size_t b = folded_hash(s, fold_case) % (prefixes.size() * 64);
  return (prefixes[b / 64] >> (b % 64)) & 1;
}

int Lexicon::find_unfiltered(std::string_view s) const {
  if (!packed.empty() && !use_index()) return find_sorted(s);
  char buf[64];  // no allocation
  if (size >= kIndexed || !packed.empty()) {
    // Fold (where the list folds) and hash in one pass over the bytes.
    if (s.size() > sizeof buf) return -1;  // no form is that long
    const uint32_t full = folded_hash(s, fold_case, buf);
    s = std::string_view(buf, s.size());
    ensure_index();
    const std::size_t mask = slots.size() - 1;
    for (std::size_t h = full & mask; slots[h]; h = (h + 1) & mask) {
      if (slots[h] >> 32 != full) continue;  // the stored hash spares reading the form
      const uint32_t entry = static_cast<uint32_t>(slots[h]) - 1;
      if (packed.empty()) {
        if (forms[entry].form == s) return static_cast<int>(forms[entry].canonical);
      } else if (form_at(packed, entry) == s) {
        return static_cast<int>(entry);
      }
    }
    return -1;
  }
  if (fold_case) {
    s = fold(s, true, buf);
    if (s.empty()) return -1;
  }
  // Forms are sorted by (length, bytes), so most comparisons stop at the length.
  const LexiconForm* end = forms + size;
  const LexiconForm* it = std::lower_bound(forms, end, s, [](const LexiconForm& f, std::string_view key) {
    if (f.form.size() != key.size()) return f.form.size() < key.size();
    return f.form < key;
  });
  if (it != end && it->form == s) return static_cast<int>(it->canonical);
  return -1;
}

}  // namespace nf
