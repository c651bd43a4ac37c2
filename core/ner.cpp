#include "ner.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "lexicon.h"
#include "unicode.h"

namespace nf {

const char* const kNerLabelNames[kNerLabels] = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                                "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

int ner_label(std::string_view name) {
  for (int i = 0; i < kNerLabels; ++i) {
    if (name == kNerLabelNames[i]) return i;
  }
  return -1;
}

bool lower_outside_word(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return !kNameParticles.contains(w);
}

namespace {

// 64-bit FNV-1a, extended byte by byte, and a finaliser that mixes a feature template
// with one or two token hashes into a bucket (no strings are built).
constexpr uint64_t kFnvBasis = 14695981039346656037ull, kFnvPrime = 1099511628211ull;
inline uint64_t fnv_add(uint64_t h, unsigned char c) { return (h ^ c) * kFnvPrime; }
inline uint64_t fnv_str(std::string_view s, uint64_t h = kFnvBasis) {
  for (char c : s) h = fnv_add(h, static_cast<unsigned char>(c));
  return h;
}
constexpr uint32_t bucket(uint64_t tmpl, uint64_t a = 0, uint64_t b = 0) {
  uint64_t x = tmpl * 0x9E3779B97F4A7C15ull ^ (a + 0x632BE59BD9B4E019ull) * 0xBF58476D1CE4E5B9ull;
  x ^= (x >> 31) ^ b * 0x94D049BB133111EBull;
  x ^= x >> 29;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 32;
  return static_cast<uint32_t>(x) & (kNerBuckets - 1);
}

// Feature templates (the numbers only need to differ).
enum Template : uint64_t {
  kBias = 1, kWord, kShape, kWordPrev, kWordNext, kWordPrev2, kWordNext2, kBigramPrev, kBigramNext,
  kShapePrev, kShapeNext, kShape3, kPrefix, kSuffix, kCapFirst, kCap, kAllCapsLine, kTitleLine, kCapRun,
  kCapNext, kPlace, kOrg, kFirstName, kFirstNameCapNext, kAfterFirstName, kSurname, kDemonym,
  kWordPrevShape, kShapeWordNext, kPrevPrefixCap, kLength, kRolePrev, kCaseClass, kCaseNext, kCasePrev,
  kRunHead, kRunLast, kRunFirst, kListPrev, kListNext, kListPrevLast, kListNextLast,
};

// The bucket of a template that has no token values, computed once at compile time.
template <Template T>
struct Fixed {
  static constexpr uint32_t id = bucket(T);
};

struct TokenInfo {
  uint64_t word = 0, shape = 0;     // hashes of the lower-cased word and its shape
  uint32_t word_bucket = 0;         // kWord's
  uint32_t own[10] = {};            // the buckets of its prefixes, suffixes and length
  uint8_t owns = 0;
  bool cap = false, upper = false;  // first letter capital; any capital letter
  bool shape_is_caps = false;       // shape "X": an all-capital word
  bool first_name = false;          // capitalised and a first name (gazetteer)
  bool role = false;                // a role word (data/title_words.txt): "minister", "Mr"
  uint8_t case_class = 4;           // data/word_case.txt's class of the word, 4: not there
  uint8_t head = 0;                 // data/name_heads.txt: 1 org head, 2 loc head, 3 connector
  uint8_t gaz = 0;                  // GazFlag bits of a capitalised word
  uint8_t run_org = 0, run_loc = 0;  // a head of the name run it stands in: 1 itself, 2 after it, 4 before it
  int32_t run_first = -1, run_last = -1;  // its name run's first and last word (runs of 2+ words)
  char place = 0, org = 0;          // 'B' / 'I' inside the longest gazetteer name from here
  int32_t list_prev = -1, list_next = -1;  // the stretch of capitals before / after its own in a list (its last / first word)
  uint8_t list_prev_kind = 0, list_next_kind = 0;  // what that stretch has: 1 org head, 2 loc head, 4 org name, 8 place name, 16 first name
};

constexpr uint64_t kStart = 0x5354415254ull, kEnd = 0x454E44ull;

// Word shape with runs collapsed: "Hamas" -> "Xx", "U.N." -> "X.X.", "2024" -> "d",
// "Al-Mawasi" -> "Xx-Xx"; at most 12 symbols.
uint64_t shape_hash(std::string_view w, bool& upper, bool& caps) {
  char s[12];
  std::size_t n = 0;
  upper = false;
  bool lower_seen = false;
  for (std::size_t i = 0; i < w.size();) {
    uint32_t c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      ++i;  // ASCII: no decoding
    } else {
      int len;
      c = decode_at(w, i, len);
      i += len;
    }
    char k;
    if (is_upper(c)) { k = 'X'; upper = true; }
    else if (is_letter(c)) { k = 'x'; lower_seen = true; }
    else if (is_digit(c)) k = 'd';
    else k = c < 0x80 ? static_cast<char>(c) : '*';
    if (n == 0 || s[n - 1] != k) {
      if (n == sizeof s) break;
      s[n++] = k;
    }
  }
  caps = upper && !lower_seen && n == 1;
  return fnv_str(std::string_view(s, n));
}

// The features one word as written gives whatever its neighbours (the lower-cased word's
// hash, the buckets of kWord, its prefixes, suffixes and length), cached per thread by
// the word's bytes: words repeat within an article and across articles, and each costs
// a dozen hashes. Words over 24 bytes are computed each time.
struct WordFacts {
  char text[24];
  uint8_t size = 0xFF;  // 0xFF: an empty slot
  uint8_t owns = 0;
  bool role = false;
  uint8_t case_class = 4;
  uint8_t head = 0;
  uint64_t word = 0;
  uint32_t word_bucket = 0;
  uint32_t own[10] = {};
};

void compute_word_facts(std::string_view w, bool cap, WordFacts& f) {
  uint64_t prefix[4], suffix[5];
  std::size_t prefixes = 0, suffixes = 0;
  uint64_t h = kFnvBasis;
  for (std::size_t k = 0; k < w.size(); ++k) {
    char c = w[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    h = fnv_add(h, static_cast<unsigned char>(c));
    if (k < 4 && k + 1 < w.size()) prefix[prefixes++] = h;
  }
  for (std::size_t k = 1; k <= 5 && k < w.size(); ++k) {
    uint64_t x = kFnvBasis;
    for (std::size_t j = w.size() - k; j < w.size(); ++j) {
      char c = w[j];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      x = fnv_add(x, static_cast<unsigned char>(c));
    }
    suffix[suffixes++] = x;
  }
  f.word = h;
  f.word_bucket = bucket(kWord, h);
  f.owns = 0;
  for (std::size_t k = 0; k < prefixes; ++k) f.own[f.owns++] = bucket(kPrefix + 100 * (k + 1), prefix[k]);
  for (std::size_t k = 0; k < suffixes; ++k) f.own[f.owns++] = bucket(kSuffix + 100 * (k + 1), suffix[k]);
  f.own[f.owns++] = bucket(kLength, std::min<std::size_t>(w.size(), 12), cap);
  f.role = kTitleWords.contains(w);
  const int c = kWordCase.find(w);
  f.case_class = c < 0 ? 4 : static_cast<uint8_t>(kWordCase.canonical(c)[0] - '0');
  const int hd = kNameHeads.find(w);
  f.head = 0;
  if (hd >= 0) {
    const std::string_view kind = kNameHeads.canonical(hd);
    f.head = kind == "org" ? 1 : kind == "loc" ? 2 : 3;
  }
}

// The cache starts small and doubles, keeping what it holds, each time it has served twice
// as many words as it has slots, up to 16,384 slots (1.4 MB): a first article fits in
// 2,048 (180 kB; a cold start pays for every page it touches) and an article stream has
// the full size within about 30,000 words. Where a word is cached changes nothing but speed.
struct WordCache {
  static constexpr std::size_t kMaxSlots = 16384;
  std::vector<WordFacts> slots = std::vector<WordFacts>(2048);
  std::size_t served = 0;  // words since the last doubling

  // A word's set of two slots: by its first and last eight bytes (or fewer), mixed with
  // the size. (Two ways rather than one: a pass of the benchmark corpus recomputed about
  // half as many words.)
  WordFacts* set(const char* w, std::size_t n) {
    uint64_t a = 0, z = 0;
    std::memcpy(&a, w, std::min<std::size_t>(n, 8));
    if (n > 8) std::memcpy(&z, w + n - 8, 8);
    const uint64_t key = (a ^ (z * 0x9E3779B97F4A7C15ull) ^ (static_cast<uint64_t>(n) << 56)) * 0xBF58476D1CE4E5B9ull;
    return &slots[2 * ((key >> 50) & (slots.size() / 2 - 1))];
  }

  void grow() {
    std::vector<WordFacts> old(slots.size() * 2);
    old.swap(slots);
    for (const WordFacts& f : old) {
      if (f.size == 0xFF) continue;
      WordFacts* s = set(f.text, f.size);
      s[s[0].size == 0xFF ? 0 : 1] = f;
    }
    served = 0;
  }
};

const WordFacts& word_facts(std::string_view w, bool cap) {
  static thread_local WordCache cache;
  static thread_local WordFacts scratch;
  if (w.size() > sizeof scratch.text) {
    compute_word_facts(w, cap, scratch);
    return scratch;
  }
  ++cache.served;
  WordFacts* s = cache.set(w.data(), w.size());
  for (int k = 0; k < 2; ++k) {
    if (s[k].size == w.size() && std::memcmp(s[k].text, w.data(), w.size()) == 0) return s[k];
  }
  if (cache.served > 2 * cache.slots.size() && cache.slots.size() < WordCache::kMaxSlots) {
    cache.grow();
    s = cache.set(w.data(), w.size());
  }
  s[1] = s[0];  // the older word goes second, the one there out
  compute_word_facts(w, cap, s[0]);
  std::memcpy(s[0].text, w.data(), w.size());
  s[0].size = static_cast<uint8_t>(w.size());
  return s[0];
}

// A name as data/gaz_geo.txt keys it, but for case (the lexicon folds that): hyphens as
// spaces ("Al-Mawasi" -> "Al Mawasi"); buf holds the copy when one is needed.
std::string_view geo_form(std::string_view w, std::string& buf) {
  if (w.find('-') == std::string_view::npos) return w;
  buf.assign(w);
  std::replace(buf.begin(), buf.end(), '-', ' ');
  return buf;
}

// What the gazetteers say of one word as written, cached: capitalised words repeat
// within an article and across articles ("Hamas", "The", "U.S."), and each answer costs
// several lookups in large tables (a few thousand instructions). The cache has 4,096 sets
// of two by a 64-bit hash of the word, the one last used first; a hit needs the whole hash
// to match. (Direct-mapped with 4,096 slots, a pass of the benchmark corpus missed 811
// times in 5,572 words; two ways of 4,096, about 140.)
enum GazFlag : uint8_t {
  kIsFirstName = 1, kIsSurname = 2, kIsDemonym = 4,
  kPlaceWord = 8, kPlaceMore = 16, kOrgWord = 32, kOrgMore = 64,  // a name; the start of a longer one
};

uint8_t gazetteer_flags(std::string_view w) {
  struct Entry {
    uint64_t hash = 0;
    uint8_t flags = 0;
  };
  constexpr std::size_t kSets = 4096;
  static thread_local std::vector<Entry> cache(2 * kSets);
  const uint64_t h = fnv_str(w) | 1;
  Entry* set = &cache[2 * ((h >> 7) & (kSets - 1))];
  if (set[0].hash == h) return set[0].flags;
  if (set[1].hash == h) {
    std::swap(set[0], set[1]);
    return set[0].flags;
  }
  uint8_t f = 0;
  if (kGazFirstNames.contains(w)) f |= kIsFirstName;
  if (kGazSurnames.contains(w)) f |= kIsSurname;
  if (kGazDemonyms.contains(w)) f |= kIsDemonym;
  static thread_local std::string buf;
  const std::string_view g = geo_form(w, buf);
  if (kGazGeo.contains(g)) f |= kPlaceWord;
  if (kGazGeo.may_continue(g)) f |= kPlaceMore;
  if (kGazOrgs.contains(w)) f |= kOrgWord;
  if (kGazOrgs.may_continue(w)) f |= kOrgMore;
  set[1] = set[0];
  set[0] = {h, f};
  return f;
}

// Marks the longest name from each capitalised word that lex knows, 'B' then 'I's.
// word_bit / more_bit: the gazetteer flags that say a word is a name / may start one
// (0: look it up, as for the title-cased words of an all-caps line).
template <class Key>
void mark_gazetteer(const std::vector<std::string_view>& words, std::vector<TokenInfo>& info,
                    const Lexicon& lex, std::size_t max_words, char TokenInfo::*field, std::string& cand, Key key,
                    uint8_t word_bit, uint8_t more_bit) {
  const std::size_t n = words.size();
  for (std::size_t i = 0; i < n;) {
    if (!info[i].cap) { ++i; continue; }
    if (word_bit && !(info[i].gaz & more_bit)) {
      if (info[i].gaz & word_bit) info[i].*field = 'B';
      ++i;
      continue;
    }
    std::size_t best = 0;
    cand.clear();
    for (std::size_t k = i; k < n && k < i + max_words; ++k) {
      if (k > i) cand += ' ';
      cand += words[k];
      if (cand.size() > 60) break;
      const std::string_view c = key(cand);
      if (lex.contains(c)) best = k - i + 1;
      if (!lex.may_continue(c)) break;
    }
    if (!best) { ++i; continue; }
    info[i].*field = 'B';
    for (std::size_t k = i + 1; k < i + best; ++k) info[k].*field = 'I';
    i += best;
  }
}

}  // namespace

void ner_sentence_features(const std::vector<std::string_view>& words, NerFeatures& out) {
  const std::size_t n = words.size();
  out.ids.clear();
  out.begin.assign(1, 0);
  out.fixed_o.assign(n, 0);
  static thread_local std::vector<TokenInfo> info;
  static thread_local std::string cand, folded;
  info.assign(n, TokenInfo());
  std::size_t caps = 0, titled = 0, lettered = 0;
  // First every token's shape and capitals; then the rest only for the tokens features
  // will read: those with a capital in or next to them and their neighbours two away.
  for (std::size_t i = 0; i < n; ++i) {
    TokenInfo& t = info[i];
    const std::string_view w = words[i];
    t.shape = shape_hash(w, t.upper, t.shape_is_caps);
    int len;
    t.cap = !w.empty() && is_upper(decode_at(w, 0, len));
    caps += t.shape_is_caps;
    if (!w.empty() && is_letter(decode_at(w, 0, len))) {
      ++lettered;
      titled += t.cap;
    }
  }
  std::size_t uppers = 0;  // tokens with a capital among i - 3 .. i + 3
  for (std::size_t k = 0; k < 3 && k < n; ++k) uppers += info[k].upper;
  for (std::size_t i = 0; i < n; ++i) {
    if (i + 3 < n) uppers += info[i + 3].upper;
    if (i >= 4) uppers -= info[i - 4].upper;
    if (!uppers) continue;
    TokenInfo& t = info[i];
    const std::string_view w = words[i];
    const WordFacts& facts = word_facts(w, t.cap);
    t.word = facts.word;
    t.word_bucket = facts.word_bucket;
    t.owns = facts.owns;
    std::memcpy(t.own, facts.own, sizeof t.own);
    t.role = facts.role;
    t.case_class = facts.case_class;
    t.head = facts.head;
    if (t.cap) t.gaz = gazetteer_flags(w);
    t.first_name = t.gaz & kIsFirstName;
  }
  const bool allcaps_line = n > 3 && caps * 2 > n;          // a dateline, a shouted headline
  const bool title_line = n > 3 && titled * 10 >= lettered * 7;  // a headline in title case
  // Gazetteers (data/gaz_*.txt from ../shared/gazetteers), words joined by one space;
  // both fold case, so an all-caps dateline ("GAZA CITY") is looked up as any line.
  mark_gazetteer(words, info, kGazGeo, 5, &TokenInfo::place, cand,
                 [&](const std::string& c) { return geo_form(c, folded); }, kPlaceWord, kPlaceMore);
  mark_gazetteer(words, info, kGazOrgs, std::min(6, kGazOrgs.max_words), &TokenInfo::org, cand,
                 [](const std::string& c) -> std::string_view { return c; }, kOrgWord, kOrgMore);
  // Name runs: capitalised words, joined by up to two lower-case connectors of
  // data/name_heads.txt ("of", "for the") that a capitalised word follows, at most
  // kMaxRun words. A head word of the run (`org` or `loc`) is a feature of every word of
  // it, by where it stands: the word itself, after or before it among capitalised words
  // alone, after or before it across a connector ("Yvon Godin of the New Democratic
  // Party": a person before an organisation; "Bank of England": after the head). The
  // first and last words of each stretch of capitalised words are features of its words
  // too (learnt: "Fund", "Party", "Street"). Not on a headline or an all-caps line, which
  // are one long run.
  // EXAMPLE: "the Jewish Fund for Justice": "Jewish" sees an org head after it, "for"
  //          and "Justice" one before them across a connector.
  if (!allcaps_line && !title_line) {
    constexpr std::size_t kMaxRun = 12;
    // A sentence's first word that is mostly written in lower case ("A", "The") is
    // capitalised for its place only: it starts no run.
    auto cap = [&](std::size_t k) { return info[k].cap && !(k == 0 && info[k].case_class == 3); };
    for (std::size_t a = 0; a < n;) {
      if (!cap(a)) { ++a; continue; }
      std::size_t b = a + 1;  // the run is [a, b)
      while (b < n && b - a < kMaxRun) {
        if (cap(b)) { ++b; continue; }
        std::size_t c = b;
        while (c < n && c < b + 2 && !info[c].cap && info[c].head == 3) ++c;
        if (c == b || c >= n || !cap(c) || c + 1 - a > kMaxRun) break;
        b = c + 1;
      }
      if (b - a >= 2) {
        // Left to right, then right to left: the nearest head on each side, and whether
        // a connector stands between (1 itself; 2/4 after it, 8/16 before it, the
        // second of each across a connector).
        bool org = false, loc = false, org_far = false, loc_far = false;
        std::size_t stretch = a;  // the first word of the current stretch of capitals
        for (std::size_t k = a; k < b; ++k) {
          TokenInfo& t = info[k];
          if (!t.cap) { org_far = org_far || org; loc_far = loc_far || loc; org = loc = false; }
          if (t.cap && (k == a || !info[k - 1].cap)) stretch = k;
          t.run_first = static_cast<int32_t>(stretch);
          if (org) t.run_org |= 8; else if (org_far) t.run_org |= 16;
          if (loc) t.run_loc |= 8; else if (loc_far) t.run_loc |= 16;
          if (t.cap && t.head == 1) { t.run_org |= 1; org = true; }
          if (t.cap && t.head == 2) { t.run_loc |= 1; loc = true; }
        }
        org = loc = org_far = loc_far = false;
        std::size_t last = b - 1;
        for (std::size_t k = b; k-- > a;) {
          TokenInfo& t = info[k];
          if (!t.cap) { org_far = org_far || org; loc_far = loc_far || loc; org = loc = false; }
          if (t.cap && (k + 1 == b || !info[k + 1].cap)) last = k;
          t.run_last = static_cast<int32_t>(last);
          if (!t.cap) t.run_first = t.run_last = -1;  // a connector: heads only
          if (org) t.run_org |= 2; else if (org_far) t.run_org |= 4;
          if (loc) t.run_loc |= 2; else if (loc_far) t.run_loc |= 4;
          if (t.cap && t.head == 1) org = true;
          if (t.cap && t.head == 2) loc = true;
        }
        for (std::size_t k = a; k < b; ++k) {  // a stretch of one word: its word feature says it
          if (info[k].run_first >= 0 && info[k].run_first == info[k].run_last) info[k].run_first = info[k].run_last = -1;
        }
      }
      a = b;
    }
  }
  // Lists: a stretch of capitalised words and the one before and after it across a
  // comma, "and", "or" or "/" (at most two such tokens) see what the other has (a head
  // word, a gazetteer name, a first name) and its last / first word: "Labor, Likud, Shas,
  // the Centre Party" (parties listed with a party).
  // EXAMPLE: in "Shas , Meretz , Yisrael BaAliyah , the Centre Party" "Yisrael BaAliyah"
  //          sees an org head in the stretch after it (across ", the" no: "the" is none of
  //          the links) and "Meretz" before it.
  if (!allcaps_line && !title_line) {
    auto cap = [&](std::size_t k) { return info[k].cap && !(k == 0 && info[k].case_class == 3); };
    auto link = [&](std::size_t k) {
      const std::string_view w = words[k];
      return w == "," || w == "and" || w == "or" || w == "/" || w == "&";
    };
    std::size_t pa = 0, pb = 0;  // the previous stretch [pa, pb), pb == 0: none
    uint8_t pkind = 0;
    for (std::size_t a = 0; a < n;) {
      if (!cap(a)) { ++a; continue; }
      std::size_t b = a;
      uint8_t kind = 0;
      while (b < n && cap(b)) {
        const TokenInfo& t = info[b];
        if (t.head == 1) kind |= 1;
        if (t.head == 2) kind |= 2;
        if (t.org) kind |= 4;
        if (t.place) kind |= 8;
        ++b;
      }
      if (info[a].first_name) kind |= 16;
      bool linked = pb > 0 && a > pb && a - pb <= 2;
      for (std::size_t k = pb; linked && k < a; ++k) linked = link(k);
      if (linked) {
        for (std::size_t k = a; k < b; ++k) { info[k].list_prev = static_cast<int32_t>(pb - 1); info[k].list_prev_kind = pkind; }
        for (std::size_t k = pa; k < pb; ++k) { info[k].list_next = static_cast<int32_t>(a); info[k].list_next_kind = kind; }
      }
      pa = a; pb = b; pkind = kind;
      a = b;
    }
  }
  auto word_at = [&](long k) { return k < 0 ? kStart : k >= static_cast<long>(n) ? kEnd : info[k].word; };
  auto shape_at = [&](long k) { return k < 0 ? kStart : k >= static_cast<long>(n) ? kEnd : info[k].shape; };
  // Buckets are written through a pointer into room for the most a token can have.
  constexpr std::size_t kMaxPerToken = 52;  // 48 templates at most fire for one token
  static thread_local std::vector<uint32_t> room;  // grows, never shrinks: no refill
  if (room.size() < n * kMaxPerToken) room.resize(n * kMaxPerToken);
  uint32_t* f = room.data();
  auto add = [&f](uint32_t bucket_id) { *f++ = bucket_id; };
  for (std::size_t i = 0; i < n; ++i) {
    const TokenInfo& t = info[i];
    const bool near_upper = t.upper || (i > 0 && info[i - 1].upper) || (i + 1 < n && info[i + 1].upper);
    if (!near_upper) {
      out.fixed_o[i] = 1;
      out.begin.push_back(static_cast<uint32_t>(f - room.data()));
      continue;
    }
    const long li = static_cast<long>(i);
    add(Fixed<kBias>::id);
    add(t.word_bucket);
    add(bucket(kShape, t.shape));
    add(bucket(kWordPrev, word_at(li - 1)));
    add(bucket(kWordNext, word_at(li + 1)));
    add(bucket(kWordPrev2, word_at(li - 2)));
    add(bucket(kWordNext2, word_at(li + 2)));
    add(bucket(kBigramPrev, word_at(li - 1), t.word));
    add(bucket(kBigramNext, t.word, word_at(li + 1)));
    add(bucket(kShapePrev, shape_at(li - 1)));
    add(bucket(kShapeNext, shape_at(li + 1)));
    add(bucket(kShape3, shape_at(li - 1) * 31 + t.shape, shape_at(li + 1)));
    add(bucket(kWordPrevShape, word_at(li - 1), t.shape));
    add(bucket(kShapeWordNext, t.shape, word_at(li + 1)));
    for (int k = 0; k < t.owns; ++k) add(t.own[k]);  // prefixes, suffixes, length
    // Capitalisation in context: the first word of a sentence is capitalised anyway.
    if (t.cap) add(i == 0 ? Fixed<kCapFirst>::id : Fixed<kCap>::id);
    if (allcaps_line) add(bucket(kAllCapsLine, t.shape));
    if (title_line) add(bucket(kTitleLine, t.shape));
    if (t.cap && i > 0 && info[i - 1].cap) add(Fixed<kCapRun>::id);
    if (t.cap && i + 1 < n && info[i + 1].cap) add(Fixed<kCapNext>::id);
    // How the word is written inside running text (data/word_case.txt), by where this
    // capital stands: a sentence's first word, a headline, an all-caps word, elsewhere.
    // EXAMPLE: "Loan forgiveness is ..." (class 3: a common word) vs "Aleppo is ..." (0).
    if (t.cap) add(bucket(kCaseClass, t.case_class, i == 0 ? 0 : title_line ? 1 : t.shape_is_caps ? 2 : 3));
    if (i + 1 < n && info[i + 1].cap) add(bucket(kCaseNext, info[i + 1].case_class, t.cap));
    if (i > 0 && info[i - 1].cap) add(bucket(kCasePrev, info[i - 1].case_class, t.cap + 2 * (i == 1)));
    if (t.run_org) add(bucket(kRunHead, t.run_org, t.cap));
    if (t.run_loc) add(bucket(kRunHead, 8 + t.run_loc, t.cap));
    if (t.run_first >= 0) {
      add(bucket(kRunFirst, info[t.run_first].word, static_cast<long>(i) == t.run_first));
      add(bucket(kRunLast, info[t.run_last].word, static_cast<long>(i) == t.run_last));
    }
    if (t.list_prev >= 0) {
      add(bucket(kListPrev, t.list_prev_kind));
      add(bucket(kListPrevLast, info[t.list_prev].word));
    }
    if (t.list_next >= 0) {
      add(bucket(kListNext, t.list_next_kind));
      add(bucket(kListNextLast, info[t.list_next].word));
    }
    if (t.place) add(bucket(kPlace, t.place, t.shape));
    if (t.org) add(bucket(kOrg, t.org, t.shape));
    if (t.cap) {
      if (t.first_name) {
        add(Fixed<kFirstName>::id);
        if (i + 1 < n && info[i + 1].cap) add(Fixed<kFirstNameCapNext>::id);
      }
      if (i > 0 && info[i - 1].first_name) add(Fixed<kAfterFirstName>::id);
      if (t.gaz & kIsSurname) add(bucket(kSurname, i > 0 && info[i - 1].cap));
      if (t.gaz & kIsDemonym) add(Fixed<kDemonym>::id);
      // A role word before: "minister X", "Mr. X".
      if ((i > 0 && info[i - 1].role) || (i > 1 && info[i - 2].role && words[i - 1] == ".")) add(Fixed<kRolePrev>::id);
    }
    out.begin.push_back(static_cast<uint32_t>(f - room.data()));
  }
  out.ids.assign(room.data(), f);
}

std::vector<int> ner_decode(const NerWeights& wt, const NerFeatures& features) {
  const std::size_t n = features.size();
  std::vector<int> out(n, 0);
  if (n == 0) return out;
  constexpr float kNeg = -1e30f;
  constexpr int L = kNerLabels;
  // Transitions with the BIO constraint folded in (I-X only after B-X or I-X): a
  // forbidden step costs kNeg, which no reachable path's score can overcome, so the
  // search needs no test per step. Row 0: the sentence start.
  float trans[(L + 1) * L];
  for (int p = -1; p < L; ++p) {
    for (int l = 0; l < L; ++l) {
      const bool allowed = l == 0 || l % 2 == 1 || p == l || p == l - 1;
      trans[(p + 1) * L + l] = allowed ? wt.transition[(p + 1) * L + l] : kNeg;
    }
  }
  static thread_local std::vector<float> score;
  static thread_local std::vector<int> back;
  score.assign(n * L, kNeg);
  back.assign(n * L, 0);
  for (std::size_t i = 0; i < n; ++i) {
    float emit[L];
    // A token fixed as O (no capital near it) can only be O.
    const int labels = features.fixed_o[i] ? 1 : L;
    if (labels == 1) {
      emit[0] = 0;
    } else if (wt.quantised) {
      // Bytes hold weight + 128: 36 features of at most 255 fit 16 bits, and the 128s
      // come off once at the end.
      static_assert(kNerLabels == 9, "eight labels in a vector, one more alone");
      typedef uint8_t U8x8 __attribute__((vector_size(8)));
      typedef int16_t I16x8 __attribute__((vector_size(16)));
      I16x8 low = {};  // labels 0..7, widened and added eight at a time
      int last = 0;    // label 8
      for (uint32_t k = features.begin[i]; k < features.begin[i + 1]; ++k) {
        const uint8_t* row = wt.quantised + static_cast<std::size_t>(features.ids[k]) * L;
        U8x8 bytes;
        std::memcpy(&bytes, row, sizeof bytes);
        low += __builtin_convertvector(bytes, I16x8);
        last += row[8];
      }
      const int offset = 128 * static_cast<int>(features.begin[i + 1] - features.begin[i]);
      for (int l = 0; l < 8; ++l) emit[l] = static_cast<float>(low[l] - offset) * wt.scale;
      last -= offset;
      emit[8] = static_cast<float>(last) * wt.scale;
    } else {
      for (int l = 0; l < L; ++l) emit[l] = 0;
      for (uint32_t k = features.begin[i]; k < features.begin[i + 1]; ++k) {
        const float* row = wt.emission + static_cast<std::size_t>(features.ids[k]) * L;
        for (int l = 0; l < L; ++l) emit[l] += row[l];
      }
    }
    float* cur = score.data() + i * L;
    if (i == 0) {
      for (int l = 0; l < labels; ++l) {
        if (trans[l] > kNeg) cur[l] = trans[l] + emit[l];
      }
      continue;
    }
    const float* prev = cur - L;
    if (labels == 1 && features.fixed_o[i - 1]) {  // O after O: the one path there is
      cur[0] = prev[0] + trans[L] + emit[0];
      continue;
    }
    // The best previous label for each label; on a tie the lowest, as p rises.
    float best[L];
    int arg[L];
    for (int l = 0; l < L; ++l) { best[l] = kNeg; arg[l] = 0; }
    if (labels == 1) {
      for (int p = 0; p < L; ++p) {
        const float from = prev[p];
        if (from <= kNeg) continue;  // unreachable
        const float s = from + trans[(p + 1) * L];
        if (s > best[0]) { best[0] = s; arg[0] = p; }
      }
    } else {
      // Labels 0..7 as four-lane vectors (the same additions and comparisons, lane by
      // lane; on a tie the lower p stays), label 8 alone.
      typedef float F4 __attribute__((vector_size(16)));
      typedef int32_t I4 __attribute__((vector_size(16)));
      F4 best_lo = {kNeg, kNeg, kNeg, kNeg}, best_hi = best_lo;
      I4 arg_lo = {}, arg_hi = {};
      // Where s beats best (strictly), s and p replace best and arg.
      auto keep_best = [](F4 s, int p, F4& best, I4& arg) {
        const I4 more = s > best;
        best = reinterpret_cast<F4>((reinterpret_cast<I4>(s) & more) | (reinterpret_cast<I4>(best) & ~more));
        arg = (p & more) | (arg & ~more);
      };
      for (int p = 0; p < L; ++p) {
        const float from = prev[p];
        if (from <= kNeg) continue;  // unreachable (after a token fixed as O: all but O)
        const float* row = trans + (p + 1) * L;
        F4 r_lo, r_hi;
        std::memcpy(&r_lo, row, sizeof r_lo);
        std::memcpy(&r_hi, row + 4, sizeof r_hi);
        keep_best(from + r_lo, p, best_lo, arg_lo);
        keep_best(from + r_hi, p, best_hi, arg_hi);
        const float s8 = from + row[8];
        if (s8 > best[8]) { best[8] = s8; arg[8] = p; }
      }
      for (int l = 0; l < 4; ++l) {
        best[l] = best_lo[l];
        arg[l] = arg_lo[l];
        best[l + 4] = best_hi[l];
        arg[l + 4] = arg_hi[l];
      }
    }
    int* bk = back.data() + i * L;
    for (int l = 0; l < labels; ++l) {
      if (best[l] <= kNeg) continue;
      cur[l] = best[l] + emit[l];
      bk[l] = arg[l];
    }
  }
  int last = 0;
  for (int l = 1; l < L; ++l) {
    if (score[(n - 1) * L + l] > score[(n - 1) * L + last]) last = l;
  }
  for (std::size_t i = n; i-- > 0;) {
    out[i] = last;
    last = back[i * L + last];
  }
  return out;
}

namespace {
#include "generated/ner_model.inc"
}  // namespace

const NerWeights& ner_model() {
  static_assert(sizeof kNerEmission - 1 == static_cast<std::size_t>(kNerBuckets) * kNerLabels,
                "ner_model.inc has one byte per bucket and label");
  static const NerWeights w{nullptr, kNerTransitions, reinterpret_cast<const uint8_t*>(kNerEmission), kNerScale};
  return w;
}

}  // namespace nf
