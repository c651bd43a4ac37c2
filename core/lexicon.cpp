#include "lexicon.h"

#include <algorithm>

namespace nf {

#include "generated/lexicons.inc"

int Lexicon::find(std::string_view s) const {
  std::string folded;
  if (fold_case) {
    folded.assign(s);
    for (char& c : folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    s = folded;
  }
  const LexiconForm* end = forms + size;
  const LexiconForm* it = std::lower_bound(
      forms, end, s, [](const LexiconForm& f, std::string_view key) { return f.form < key; });
  if (it != end && it->form == s) return it->canonical;
  return -1;
}

}  // namespace nf
