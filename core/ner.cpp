#include "ner.h"

#include <algorithm>
#include <mutex>
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

namespace {

uint32_t fnv(std::string_view a, std::string_view b) {
  uint32_t h = 2166136261u;
  for (char c : a) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  h = (h ^ 0x1Fu) * 16777619u;
  for (char c : b) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h % kNerBuckets;
}

std::string lower(std::string_view w) {
  std::string s(w);
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return s;
}

// Word shape with runs collapsed: "Hamas" -> "Xx", "U.N." -> "X.X.", "2024" -> "d", "Al-Mawasi" -> "Xx-Xx".
std::string shape(std::string_view w) {
  std::string s;
  for (std::size_t i = 0; i < w.size();) {
    int len;
    const uint32_t c = decode_at(w, i, len);
    i += len;
    char k;
    if (is_upper(c)) k = 'X';
    else if (is_letter(c)) k = 'x';
    else if (is_digit(c)) k = 'd';
    else k = c < 0x80 ? static_cast<char>(c) : '*';
    if (s.empty() || s.back() != k) s += k;
  }
  return s;
}

bool capitalised(std::string_view w) {
  if (w.empty()) return false;
  int len;
  return is_upper(decode_at(w, 0, len));
}

}  // namespace

void ner_sentence_features(const std::vector<std::string_view>& words, std::vector<std::vector<uint32_t>>& out) {
  const std::size_t n = words.size();
  out.resize(n);
  // Per word once: lower case, shape, capitalised.
  std::vector<std::string> lw(n), sh(n);
  std::vector<bool> cap(n);
  std::size_t caps = 0;
  for (std::size_t i = 0; i < n; ++i) {
    lw[i] = lower(words[i]);
    sh[i] = shape(words[i]);
    cap[i] = capitalised(words[i]);
    caps += sh[i] == "X";
  }
  const bool allcaps_sentence = n > 3 && caps * 2 > n;  // a dateline, a shouted headline
  // Gazetteers (data/gaz_*.txt from ../shared/gazetteers): the longest place name from
  // each word, words joined by one space whatever the spacing ("Gaza City").
  std::vector<char> place(n, 0);  // 'B' first word of a place name, 'I' inside one
  for (std::size_t i = 0; i < n;) {
    if (!cap[i]) { ++i; continue; }
    std::string cand;
    std::size_t best = 0;
    for (std::size_t k = i; k < n && k < i + std::min<std::size_t>(5, static_cast<std::size_t>(kGazPlaces.max_words)); ++k) {
      if (k > i) cand += ' ';
      cand += words[k];
      if (kGazPlaces.contains(cand)) best = k - i + 1;
    }
    if (!best) { ++i; continue; }
    place[i] = 'B';
    for (std::size_t k = i + 1; k < i + best; ++k) place[k] = 'I';
    i += best;
  }
  static const std::string kStart = "<s>", kEnd = "</s>";
  auto word_at = [&](long k) -> const std::string& {
    if (k < 0) return kStart;
    if (k >= static_cast<long>(n)) return kEnd;
    return lw[static_cast<std::size_t>(k)];
  };
  auto shape_at = [&](long k) -> const std::string& {
    if (k < 0) return kStart;
    if (k >= static_cast<long>(n)) return kEnd;
    return sh[static_cast<std::size_t>(k)];
  };
  for (std::size_t i = 0; i < n; ++i) {
    std::vector<uint32_t>& f = out[i];
    f.clear();
    const long li = static_cast<long>(i);
    const std::string& w = lw[i];
    f.push_back(fnv("bias", ""));
    f.push_back(fnv("w", w));
    f.push_back(fnv("sh", sh[i]));
    f.push_back(fnv("w-1", word_at(li - 1)));
    f.push_back(fnv("w+1", word_at(li + 1)));
    f.push_back(fnv("w-2", word_at(li - 2)));
    f.push_back(fnv("w+2", word_at(li + 2)));
    f.push_back(fnv("w-1w", word_at(li - 1) + "|" + w));
    f.push_back(fnv("ww+1", w + "|" + word_at(li + 1)));
    f.push_back(fnv("sh-1", shape_at(li - 1)));
    f.push_back(fnv("sh+1", shape_at(li + 1)));
    f.push_back(fnv("sh3", shape_at(li - 1) + "|" + sh[i] + "|" + shape_at(li + 1)));
    if (w.size() >= 3) {
      f.push_back(fnv("p3", std::string_view(w).substr(0, 3)));
      f.push_back(fnv("s3", std::string_view(w).substr(w.size() - 3)));
    }
    if (w.size() >= 2) f.push_back(fnv("s2", std::string_view(w).substr(w.size() - 2)));
    if (w.size() >= 4) f.push_back(fnv("s4", std::string_view(w).substr(w.size() - 4)));
    // Capitalisation in context: the first word of a sentence is capitalised anyway.
    if (cap[i]) f.push_back(fnv(i == 0 ? "cap0" : "cap", ""));
    if (allcaps_sentence) f.push_back(fnv("allcaps-sentence", sh[i]));
    if (cap[i] && i > 0 && cap[i - 1]) f.push_back(fnv("cap-run", ""));
    if (cap[i] && i + 1 < n && cap[i + 1]) f.push_back(fnv("cap-next", ""));
    if (place[i]) f.push_back(fnv(place[i] == 'B' ? "gaz-place-B" : "gaz-place-I", sh[i]));
    if (cap[i] && kGazFirstNames.contains(words[i])) {
      f.push_back(fnv("gaz-first", ""));
      if (i + 1 < n && cap[i + 1]) f.push_back(fnv("gaz-first-cap-next", ""));
    }
    if (i > 0 && cap[i] && kGazFirstNames.contains(words[i - 1])) f.push_back(fnv("gaz-after-first", ""));
    if (cap[i] && kGazDemonyms.contains(words[i])) f.push_back(fnv("gaz-demonym", ""));
  }
}

std::vector<int> ner_decode(const NerWeights& wt, const std::vector<std::vector<uint32_t>>& features) {
  const std::size_t n = features.size();
  std::vector<int> out(n, 0);
  if (n == 0) return out;
  constexpr float kNeg = -1e30f;
  std::vector<float> score(n * kNerLabels, kNeg);
  std::vector<int> back(n * kNerLabels, 0);
  auto allowed = [](int prev, int cur) {  // I-X only after B-X or I-X
    if (cur == 0 || cur % 2 == 1) return true;
    return prev == cur || prev == cur - 1;
  };
  std::vector<float> emit(kNerLabels);
  for (std::size_t i = 0; i < n; ++i) {
    if (wt.quantised) {
      int sum[kNerLabels] = {};
      for (uint32_t f : features[i]) {
        const int8_t* row = wt.quantised + static_cast<std::size_t>(f) * kNerLabels;
        for (int l = 0; l < kNerLabels; ++l) sum[l] += row[l];
      }
      for (int l = 0; l < kNerLabels; ++l) emit[l] = static_cast<float>(sum[l]) * wt.scale;
    } else {
      for (int l = 0; l < kNerLabels; ++l) emit[l] = 0;
      for (uint32_t f : features[i]) {
        const float* row = wt.emission + static_cast<std::size_t>(f) * kNerLabels;
        for (int l = 0; l < kNerLabels; ++l) emit[l] += row[l];
      }
    }
    for (int l = 0; l < kNerLabels; ++l) {
      if (i == 0) {
        if (!allowed(-1, l)) continue;
        score[l] = wt.transition[l] + emit[l];
        continue;
      }
      float best = kNeg;
      int arg = 0;
      for (int p = 0; p < kNerLabels; ++p) {
        const float prev = score[(i - 1) * kNerLabels + p];
        if (prev <= kNeg || !allowed(p, l)) continue;
        const float s = prev + wt.transition[(p + 1) * kNerLabels + l];
        if (s > best) { best = s; arg = p; }
      }
      if (best <= kNeg) continue;
      score[i * kNerLabels + l] = best + emit[l];
      back[i * kNerLabels + l] = arg;
    }
  }
  int last = 0;
  for (int l = 1; l < kNerLabels; ++l) {
    if (score[(n - 1) * kNerLabels + l] > score[(n - 1) * kNerLabels + last]) last = l;
  }
  for (std::size_t i = n; i-- > 0;) {
    out[i] = last;
    last = back[i * kNerLabels + last];
  }
  return out;
}

namespace {
#include "generated/ner_model.inc"
}  // namespace

const NerWeights& ner_model() {
  static std::vector<int8_t> emission;
  static NerWeights w;
  static std::once_flag once;
  std::call_once(once, [] {
    // The model is stored as runs: (zeros to skip, value) pairs over emission weights.
    emission.assign(static_cast<std::size_t>(kNerBuckets) * kNerLabels, 0);
    std::size_t at = 0;
    for (std::size_t k = 0; k + 1 < sizeof kNerRuns / sizeof kNerRuns[0]; k += 2) {
      at += kNerRuns[k];
      if (at < emission.size()) emission[at++] = static_cast<int8_t>(static_cast<int16_t>(kNerRuns[k + 1]));
    }
    w.quantised = emission.data();
    w.scale = kNerScale;
    w.transition = kNerTransitions;
  });
  return w;
}

}  // namespace nf
