#include "entities.h"

#include <map>
#include <string>

#include "ner.h"

namespace nf {

void find_entities(Document& doc) {
  const NerWeights& model = ner_model();
  // Mentions with the same text are one entity; its type is the one most of its mentions
  // were tagged with (the first on a tie).
  std::map<std::string, std::size_t> index;         // text -> entity
  std::vector<std::map<std::string, int>> votes;    // entity -> type -> mentions
  std::vector<std::string_view> words;
  std::vector<std::vector<uint32_t>> feats;
  auto run = [&](uint32_t b, uint32_t e) {
    if (e <= b) return;
    words.clear();
    for (uint32_t i = b; i < e; ++i) words.push_back(doc.vslice(doc.tokens[i].span));
    ner_sentence_features(words, feats);
    const std::vector<int> labels = ner_decode(model, feats);
    for (std::size_t i = 0; i < labels.size();) {
      const int l = labels[i];
      if (l % 2 != 1) { ++i; continue; }
      std::size_t j = i + 1;
      while (j < labels.size() && labels[j] == l + 1) ++j;
      const char* type = l == 1 ? "person" : l == 3 ? "organization" : l == 5 ? "location" : nullptr;
      if (type) {
        const Span span{doc.tokens[b + i].span.start, doc.tokens[b + j - 1].span.end};
        const std::string text(doc.slice(span));
        auto [it, fresh] = index.try_emplace(text, doc.entities.size());
        if (fresh) {
          Entity ent;
          ent.id = "e" + std::to_string(doc.entities.size() + 1);
          ent.name = text;
          doc.entities.push_back(std::move(ent));
          votes.emplace_back();
        }
        doc.entities[it->second].mentions.push_back(span);
        votes[it->second][type]++;
      }
      i = j;
    }
  };
  const Article& a = doc.article;
  run(a.headline_first_token, a.headline_end_token);
  for (const Sentence& s : doc.sentences) run(s.first_token, s.end_token);
  for (std::size_t k = 0; k < doc.entities.size(); ++k) {
    int best = 0;
    for (const auto& [type, n] : votes[k]) {
      if (n > best) {
        best = n;
        doc.entities[k].type = type;
      }
    }
  }
}

}  // namespace nf
