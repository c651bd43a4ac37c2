#include "lexicon.h"

#include <algorithm>

namespace nf {

#include "generated/lexicons.inc"

namespace {

constexpr std::size_t kIndexed = 64;  // lists of this many forms or more get a hash index

uint32_t hash(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h ^ (h >> 15);
}

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

}  // namespace

void Lexicon::build_index() const {
  const LexiconForm* all = forms;
  if (!packed.empty()) {
    unpacked_forms.reserve(size);
    for (std::size_t at = 0; at < packed.size();) {
      std::size_t nl = packed.find('\n', at);
      if (nl == std::string_view::npos) nl = packed.size();
      const std::string_view line = packed.substr(at, nl - at);
      at = nl + 1;
      std::size_t bar = line.find('|');
      const auto entry = static_cast<uint32_t>(unpacked_canonicals.size());
      unpacked_canonicals.push_back(line.substr(0, bar));
      while (bar != std::string_view::npos) {
        const std::size_t next = line.find('|', bar + 1);
        unpacked_forms.push_back({line.substr(bar + 1, next == std::string_view::npos ? next : next - bar - 1), entry});
        bar = next;
      }
    }
    all = unpacked_forms.data();
  }
  std::size_t n = 1;
  while (n < size * 2) n <<= 1;
  slots.assign(n, 0);
  for (std::size_t i = 0; i < size; ++i) {
    const uint32_t full = hash(all[i].form);
    std::size_t h = full & (n - 1);
    while (slots[h]) h = (h + 1) & (n - 1);
    slots[h] = uint64_t{full} << 32 | static_cast<uint32_t>(i + 1);
  }
  if (max_words > 1) {
    prefixes.assign(n / 16 + 1, 0);  // about 4 bits a form
    const std::size_t bits = prefixes.size() * 64;
    for (std::size_t i = 0; i < size; ++i) {
      const std::string_view f = all[i].form;
      for (std::size_t sp = f.find(' '); sp != std::string_view::npos; sp = f.find(' ', sp + 1)) {
        const std::size_t b = hash(f.substr(0, sp)) % bits;
        prefixes[b / 64] |= uint64_t{1} << (b % 64);
      }
    }
  }
}

std::string_view Lexicon::canonical(int index) const {
  return packed.empty() ? canonicals[index] : unpacked_canonicals[static_cast<std::size_t>(index)];
}

bool Lexicon::may_continue(std::string_view s) const {
  if (max_words <= 1) return false;
  if (size < kIndexed) return true;
  ensure_index();
  char buf[64];
  s = fold(s, fold_case, buf);
  if (s.empty()) return false;
  const std::size_t b = hash(s) % (prefixes.size() * 64);
  return (prefixes[b / 64] >> (b % 64)) & 1;
}

int Lexicon::find(std::string_view s) const {
  char buf[64];  // no allocation
  if (fold_case) {
    s = fold(s, true, buf);
    if (s.empty()) return -1;
  }
  if (size >= kIndexed) {
    ensure_index();
    const LexiconForm* all = packed.empty() ? forms : unpacked_forms.data();
    const std::size_t mask = slots.size() - 1;
    const uint32_t full = hash(s);
    for (std::size_t h = full & mask; slots[h]; h = (h + 1) & mask) {
      if (slots[h] >> 32 != full) continue;  // the stored hash spares reading the form
      const LexiconForm& f = all[static_cast<uint32_t>(slots[h]) - 1];
      if (f.form == s) return static_cast<int>(f.canonical);
    }
    return -1;
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
