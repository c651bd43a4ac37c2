#include "lexicon.h"

#include <algorithm>

namespace nf {

#include "generated/lexicons.inc"

int Lexicon::find(std::string_view s) const {
  char buf[64];  // no allocation: no form is this long
  if (fold_case) {
    if (s.size() > sizeof buf) return -1;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    s = std::string_view(buf, s.size());
  }
  // Forms are sorted by (length, bytes), so most comparisons stop at the length.
  const LexiconForm* end = forms + size;
  const LexiconForm* it = std::lower_bound(forms, end, s, [](const LexiconForm& f, std::string_view key) {
    if (f.form.size() != key.size()) return f.form.size() < key.size();
    return f.form < key;
  });
  if (it != end && it->form == s) return it->canonical;
  return -1;
}

}  // namespace nf
