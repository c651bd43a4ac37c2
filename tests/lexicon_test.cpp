// The word lists (core/lexicon.cpp): the packed lists' binary search and hash index
// must give the same answers, so results do not depend on how many lookups came before.
#include "test_util.h"

#include "lexicon.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>

namespace {

// "w000|c0\n" ... sorted, some forms with two or three words.
std::string make_packed(int n) {
  std::vector<std::string> forms;
  for (int i = 0; i < n; ++i) {
    char b[32];
    std::snprintf(b, sizeof b, "w%03d", i);
    std::string f = b;
    if (i % 7 == 0) f += " city";
    if (i % 21 == 0) f += " east";
    forms.push_back(f);
  }
  std::sort(forms.begin(), forms.end());
  std::string out;
  for (std::size_t i = 0; i < forms.size(); ++i) out += forms[i] + "|c" + std::to_string(i) + "\n";
  return out;
}

}  // namespace

TEST_CASE("lexicon: a packed list answers the same before and after its hash index") {
  const std::string packed = make_packed(600);
  const nf::Lexicon lex{nullptr, 600, nullptr, true, 3, {packed.data(), packed.size()}};
  std::vector<std::string> keys = {"W000 City", "w000 city east", "w001", "W007", "w007 city", "w599",
                                   "w600", "w", "", "w000 cit", "w000 city ea", "zzz", "'a", "w021 city east"};
  for (int i = 0; i < 600; i += 13) keys.push_back("w" + std::to_string(1000 + i).substr(1));
  CHECK_FALSE(lex.indexed.load());
  CHECK(lex.may_continue("W000 city"));        // goes on to "w000 city east"
  CHECK_FALSE(lex.may_continue("w001"));       // exact before the index: nothing starts "w001 "
  CHECK_FALSE(lex.may_continue("w000 cit"));
  CHECK_FALSE(lex.indexed.load());
  std::vector<int> before;
  for (const auto& k : keys) before.push_back(lex.find_sorted(k));  // find_sorted never indexes
  CHECK(lex.find_sorted("w001") >= 0);
  CHECK(lex.canonical(lex.find_sorted("w001")) == "c1");
  CHECK(lex.find_sorted("w000") == -1);  // only "w000 city east" exists
  CHECK(lex.find_sorted("W000 City East") >= 0);
  auto continues = [&](std::string k) {  // the truth, from the packed text itself
    for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return !k.empty() && (packed.find("\n" + k + " ") != std::string::npos || packed.rfind(k + " ", 0) == 0);
  };
  for (int i = 0; i < 200; ++i) (void)lex.find("w001");  // enough lookups for the index
  CHECK(lex.indexed.load());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    CAPTURE(keys[i]);
    CHECK(lex.find(keys[i]) == before[i]);
    if (continues(keys[i])) CHECK(lex.may_continue(keys[i]));  // the filter never says no wrongly
  }
  CHECK(lex.canonical(lex.find("w599")) == "c599");
}

TEST_CASE("lexicon: the shipped gazetteers agree between binary search and index") {
  const char* words[] = {"Gaza", "gaza city", "Rafah", "Khan Younis", "Al Mawasi", "Tel Aviv", "Paris", "Xyzzy",
                         "New York", "new york city", "Washington", "Hamas", "United Nations", "Smith", "Netanyahu",
                         "Mohammed", "Deif", "Reuters", "the", "Zurich", "'afak"};
  for (const nf::Lexicon* lex : {&nf::kGazGeo, &nf::kGazOrgs, &nf::kGazSurnames, &nf::kGazFirstNames}) {
    lex->ensure_index();
    for (const char* w : words) {
      CAPTURE(w);
      CHECK(lex->find(w) == lex->find_sorted(w));
    }
  }
  CHECK(nf::kGazGeo.find("Gaza") >= 0);
  CHECK(nf::kGazGeo.canonical(nf::kGazGeo.find("Gaza")).substr(0, 3) == "PS,");
  CHECK(nf::kGazSurnames.find("Netanyahu") >= 0);
}

TEST_CASE("lexicon: the miss filter of a small list never hides one of its forms") {
  // Every form of every small list is found as written and, where the list folds case,
  // in upper case too; a word in no list is not.
  for (const nf::Lexicon* lex : {&nf::kSpeechVerbs, &nf::kTitleWords, &nf::kEventTriggers, &nf::kGazCountries,
                                 &nf::kMonths, &nf::kAbbrevTitle, &nf::kQuoteCues, &nf::kTimeTriggers}) {
    REQUIRE(lex->filter != nullptr);
    for (std::size_t i = 0; i < lex->size; ++i) {
      const std::string form(lex->forms[i].form);
      CAPTURE(form);
      CHECK(lex->find(form) == static_cast<int>(lex->forms[i].canonical));
      if (lex->fold_case) {
        std::string upper = form;
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        CHECK(lex->find(upper) == static_cast<int>(lex->forms[i].canonical));
      }
    }
    CHECK(lex->find("qqqxqqq") < 0);
    CHECK(lex->find("") < 0);
  }
  CHECK(nf::kGazGeo.filter == nullptr);  // packed lists: the filter would be full
}

TEST_CASE("lexicon: may_continue is true for every leading run of words of a form") {
  for (const nf::Lexicon* lex : {&nf::kQuoteCues, &nf::kEventTriggers, &nf::kTimeModifiers, &nf::kAgencies,
                                 &nf::kQuantityQualifiers, &nf::kOrgAliases}) {
    for (std::size_t i = 0; i < lex->size; ++i) {
      const std::string form(lex->forms[i].form);
      for (std::size_t sp = form.find(' '); sp != std::string::npos; sp = form.find(' ', sp + 1)) {
        CAPTURE(form);
        CHECK(lex->may_continue(form.substr(0, sp)));
      }
    }
    CHECK_FALSE(lex->may_continue("qqqxqqq"));
    CHECK_FALSE(lex->may_continue(""));
  }
}
