// The named-entity tagger: a structured averaged perceptron over BIO labels (PER, ORG,
// LOC, MISC) with first-order transitions and Viterbi decoding. Features are hashed
// into a fixed number of buckets; the same feature code serves the trainer
// (tools/train_ner.cpp) and the runtime (entities.cpp), so they cannot drift apart.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace nf {

inline constexpr int kNerLabels = 9;  // O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC
inline constexpr uint32_t kNerBuckets = 1u << 17;
extern const char* const kNerLabelNames[kNerLabels];

// Label index for "B-PER" etc.; -1 if unknown.
int ner_label(std::string_view name);

// An all-lower-case ASCII word that is no name particle (data/name_particles.txt): names
// neither start nor end with one. The trainer's convention and the entity rules share it.
bool lower_outside_word(std::string_view w);

// The features of one sentence, flat: token i's buckets are ids[begin[i] .. begin[i + 1]).
// A token with no capital letter in it or next to it is outside every entity by rule
// (fixed_o): it gets no features and decodes as O, which is most of running text.
struct NerFeatures {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> begin;
  std::vector<uint8_t> fixed_o;
  std::size_t size() const { return fixed_o.size(); }
};

// Hashed feature buckets of every token of a sentence of words (as written); linear in
// the sentence's length, no allocation once the buffers have grown.
void ner_sentence_features(const std::vector<std::string_view>& words, NerFeatures& out);

// Weights: one score per (bucket, label), and transitions [previous label + 1][label]
// (row 0: sentence start).
struct NerWeights {
  const float* emission = nullptr;     // kNerBuckets * kNerLabels (training)
  const float* transition = nullptr;   // (kNerLabels + 1) * kNerLabels
  const uint8_t* quantised = nullptr;  // or: kNerBuckets * kNerLabels bytes of weight + 128,
                                       // the weight times scale
  float scale = 1;                     // (the shipped model: 9 bytes a bucket, cache-friendly)
};

// The best BIO label sequence for a sentence whose token features are given.
std::vector<int> ner_decode(const NerWeights& w, const NerFeatures& features);

// The shipped model (core/generated/ner_model.inc), read in place.
const NerWeights& ner_model();

}  // namespace nf
