// Trains the named-entity tagger (core/ner.h) and writes core/generated/ner_model.inc.
//
//   build/native/newsfacts_train_ner OUT.inc TRAIN.iob2... [--dev DEV.iob2]... [--epochs N] [--seed N]
//                                    [--orders N] [--prune N]
//   (scripts/train_ner runs it on ../shared/corpus/ner with the project's choice of sets)
//
// Structured averaged perceptron (Collins 2002): decode each training sentence with the
// current weights, add the gold sequence's features, subtract the predicted one's;
// the model is the average of the weights over all steps. Sentences are visited in a
// fixed pseudo-random order, so the output is deterministic. Weights are quantised to
// 8 bits (one scale for all) and written as one string literal of kNerBuckets * kNerLabels
// bytes of weight + 128, which the runtime reads in place: no expansion at start-up. (Not
// the weights themselves: most are zero, and the wasm optimiser would cut the zero runs
// into thousands of data segments, which compress worse than the bytes.)
#include <algorithm>
#include <array>
#include <tuple>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lexicon.h"
#include "ner.h"

namespace {

struct Sentence {
  std::vector<std::string> words;
  std::vector<int> labels;
};

// Reads token<TAB>IOB2 lines, blank lines between sentences; unknown tags become O and
// an I- without its B- becomes B- (a few sets have such lines).
std::vector<Sentence> read_iob2(const std::string& path) {
  std::ifstream f(path);
  std::vector<Sentence> out;
  Sentence cur;
  std::string line;
  auto flush = [&] {
    if (!cur.words.empty()) out.push_back(std::move(cur));
    cur = Sentence();
  };
  while (std::getline(f, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.rfind("-DOCSTART-", 0) == 0) {
      flush();
      continue;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string tag = line.substr(tab + 1);
    int label = nf::ner_label(tag);
    if (label < 0) label = 0;
    if (label > 0 && label % 2 == 0) {
      const int prev = cur.labels.empty() ? 0 : cur.labels.back();
      if (prev != label && prev != label - 1) label -= 1;  // I-X after O: B-X
    }
    cur.words.push_back(line.substr(0, tab));
    cur.labels.push_back(label);
  }
  flush();
  return out;
}

// One convention for every training set (scored sets are left as they are): a name
// starts at its first capitalised word ("the Taliban", "northern Iraq": re3d includes
// the lower-case words, CoNLL-2003 and the others do not), except for lower-case name
// particles ("al-Qassam", "de Gaulle"); a span with no capital letter at all ("the
// coalition", "we", "election") is not a name.
bool has_upper(const std::string& w) {
  for (char c : w) if (c >= 'A' && c <= 'Z') return true;
  for (unsigned char c : w) if (c >= 0x80) return true;  // non-ASCII: leave it be
  return false;
}

// Calls rewrite(sentence, i, j) for every name span [i, j) of the data (its B- label at i),
// which may relabel the span's tokens and says whether it did; returns how many did.
template <class Rewrite>
long each_span(std::vector<Sentence>& data, Rewrite rewrite) {
  long changed = 0;
  for (Sentence& s : data) {
    const auto& l = s.labels;
    for (std::size_t i = 0; i < l.size();) {
      if (l[i] == 0 || l[i] % 2 == 0) { ++i; continue; }
      std::size_t j = i + 1;
      while (j < l.size() && l[j] == l[i] + 1) ++j;
      changed += rewrite(s, i, j) ? 1 : 0;
      i = j;
    }
  }
  return changed;
}

long normalise(std::vector<Sentence>& data) {
  return each_span(data, [](Sentence& s, std::size_t i, std::size_t j) {
    auto& l = s.labels;
    const int b = l[i];
    std::size_t k = i;
    while (k < j && nf::lower_outside_word(s.words[k])) ++k;
    bool upper = false;
    for (std::size_t m = k; m < j; ++m) upper = upper || has_upper(s.words[m]);
    if (k == i && upper) return false;
    for (std::size_t m = i; m < j; ++m) l[m] = 0;
    if (upper) {
      l[k] = b;
      for (std::size_t m = k + 1; m < j; ++m) l[m] = b + 1;
    }
    return true;
  });
}

// The runtime's convention for what the sets disagree on (CoNLL-2003's): a title is no
// part of a person's name ("President Trump" -> "Trump", "Mr. Kelly" -> "Kelly": GUM and
// re3d put it inside; a title alone, GUM's "the Secretary", is no name), and a
// nationality alone is MISC ("Americans", "Thais": PER in GUM; "Syrians": ORG in re3d).
// A title is a role word of data/title_words.txt, one to three tokens ("Vice President",
// "Lt. Gen."), with the stop of an abbreviation as its own token.
std::size_t title_at(const std::vector<std::string>& w, std::size_t i, std::size_t end) {
  std::string cand;
  std::size_t best = 0;
  for (std::size_t k = i; k < end && k < i + 4; ++k) {
    if (k > i && w[k] != ".") cand += ' ';
    cand += w[k];
    if (nf::kTitleWords.contains(cand)) best = k - i + 1;
  }
  if (best && i + best < end && w[i + best] == ".") ++best;  // "Dr ."
  return best;
}

bool starts_upper(const std::string& w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0x80);
}

long conventions(std::vector<Sentence>& data) {
  return each_span(data, [](Sentence& s, std::size_t i, std::size_t j) {
    auto& l = s.labels;
    const int b = l[i];
    if (b == 1) {  // B-PER: titles off the front
      std::size_t k = i;
      while (k < j) {
        const std::size_t t = title_at(s.words, k, j);
        if (!t) break;
        k += t;
      }
      if (k == i || !(k == j || starts_upper(s.words[k]))) return false;
      for (std::size_t m = i; m < k; ++m) l[m] = 0;
      if (k < j) l[k] = b;
      return true;
    }
    if (b != 7 && j == i + 1 && nf::kGazDemonyms.contains(s.words[i]) && !nf::kGazCountries.contains(s.words[i]) &&
        !nf::kGazGeo.contains(s.words[i])) {
      l[i] = 7;  // B-MISC
      return true;
    }
    return false;
  });
}

struct Trainer {
  static constexpr std::size_t emission_size = static_cast<std::size_t>(nf::kNerBuckets) * nf::kNerLabels;
  std::vector<float> w, u;  // weights and the running sum for averaging
  long long c = 1;

  Trainer() : w(emission_size + (nf::kNerLabels + 1) * nf::kNerLabels), u(w.size()) {}

  nf::NerWeights view() const { return {w.data(), w.data() + emission_size}; }

  void update(std::size_t index, float delta) {
    w[index] += delta;
    u[index] += static_cast<float>(c) * delta;
  }

  void step(const nf::NerFeatures& feats, const std::vector<int>& gold) {
    const std::vector<int> pred = nf::ner_decode(view(), feats);
    if (pred != gold) {
      for (std::size_t i = 0; i < gold.size(); ++i) {
        const int pg = i ? gold[i - 1] + 1 : 0, pp = i ? pred[i - 1] + 1 : 0;
        if (gold[i] != pred[i] || pg != pp) {
          for (uint32_t k = feats.begin[i]; k < feats.begin[i + 1]; ++k) {
            const uint32_t f = feats.ids[k];
            update(static_cast<std::size_t>(f) * nf::kNerLabels + gold[i], 1);
            update(static_cast<std::size_t>(f) * nf::kNerLabels + pred[i], -1);
          }
          update(emission_size + static_cast<std::size_t>(pg) * nf::kNerLabels + gold[i], 1);
          update(emission_size + static_cast<std::size_t>(pp) * nf::kNerLabels + pred[i], -1);
        }
      }
    }
    ++c;
  }

  std::vector<float> averaged() const {
    std::vector<float> a(w.size());
    for (std::size_t i = 0; i < w.size(); ++i) a[i] = w[i] - u[i] / static_cast<float>(c);
    return a;
  }
};

nf::NerFeatures features_of(const Sentence& s) {
  std::vector<std::string_view> words(s.words.begin(), s.words.end());
  nf::NerFeatures out;
  nf::ner_sentence_features(words, out);
  return out;
}

// Entity-level F1 (exact span and type) of the model over sentences.
void report(const char* name, const nf::NerWeights& w, const std::vector<Sentence>& data) {
  auto spans = [](const std::vector<int>& l) {
    std::vector<std::tuple<std::size_t, std::size_t, int>> out;
    for (std::size_t i = 0; i < l.size();) {
      if (l[i] % 2 == 1) {
        std::size_t j = i + 1;
        while (j < l.size() && l[j] == l[i] + 1) ++j;
        out.emplace_back(i, j, (l[i] + 1) / 2);
        i = j;
      } else {
        ++i;
      }
    }
    return out;
  };
  std::map<int, std::array<long, 3>> per;  // type -> tp, fp, fn
  for (const Sentence& s : data) {
    const auto gold = spans(s.labels), pred = spans(nf::ner_decode(w, features_of(s)));
    for (const auto& p : pred) {
      const bool hit = std::find(gold.begin(), gold.end(), p) != gold.end();
      per[std::get<2>(p)][hit ? 0 : 1]++;
    }
    for (const auto& g : gold) {
      if (std::find(pred.begin(), pred.end(), g) == pred.end()) per[std::get<2>(g)][2]++;
    }
  }
  long tp = 0, fp = 0, fn = 0;  // over PER, ORG and LOC, as scripts/eval ner scores
  std::string detail;
  static const char* kTypes[] = {"", "PER", "ORG", "LOC", "MISC"};
  for (const auto& [type, v] : per) {
    if (type != 4) { tp += v[0]; fp += v[1]; fn += v[2]; }
    const double p = v[0] + v[1] ? double(v[0]) / (v[0] + v[1]) : 0, r = v[0] + v[2] ? double(v[0]) / (v[0] + v[2]) : 0;
    char buf[64];
    std::snprintf(buf, sizeof buf, " %s %.3f", kTypes[type], p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    detail += buf;
  }
  const double p = tp + fp ? double(tp) / (tp + fp) : 0, r = tp + fn ? double(tp) / (tp + fn) : 0;
  std::printf("%-40s PER/ORG/LOC P %.3f R %.3f F1 %.3f |%s\n", name, p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0, detail.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: newsfacts_train_ner OUT.inc TRAIN.iob2... [--dev FILE]... [--epochs N] [--seed N] [--orders N] [--prune N]\n");
    return 2;
  }
  const std::string out_path = argv[1];
  std::vector<Sentence> train;
  std::vector<std::pair<std::string, std::vector<Sentence>>> devs;
  std::vector<std::string> train_files;
  int epochs = 8;
  int orders = 1;
  long prune = 0;  // --prune N: quantised weights of N steps or fewer become zero (a smaller download)
  uint64_t seed = 42;  // the shuffle order's (--seed: another order, to tell a gain from noise)
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--dev" && i + 1 < argc) {
      devs.emplace_back(argv[i + 1], read_iob2(argv[i + 1]));
      ++i;
    } else if (a == "--prune" && i + 1 < argc) {
      prune = std::atol(argv[++i]);
    } else if (a == "--orders" && i + 1 < argc) {
      orders = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--epochs" && i + 1 < argc) {
      epochs = std::atoi(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else {
      auto s = read_iob2(a);
      const long changed = normalise(s), mapped = conventions(s);
      std::fprintf(stderr, "train: %s, %zu sentences, %ld names trimmed or dropped, %ld titles or nationalities mapped\n",
                   a.c_str(), s.size(), changed, mapped);
      train_files.push_back(a.substr(a.find_last_of('/') + 1));
      for (auto& x : s) train.push_back(std::move(x));
    }
  }
  std::vector<nf::NerFeatures> feats;
  feats.reserve(train.size());
  long forced = 0, entity_tokens = 0;
  for (Sentence& s : train) {
    feats.push_back(features_of(s));
    // Tokens the tagger fixes as O (no capital letter in or next to them) cannot be
    // learnt otherwise; an I- that follows one becomes B-.
    for (std::size_t i = 0; i < s.labels.size(); ++i) {
      entity_tokens += s.labels[i] != 0;
      if (feats.back().fixed_o[i] && s.labels[i] != 0) {
        ++forced;
        s.labels[i] = 0;
      } else if (s.labels[i] > 0 && s.labels[i] % 2 == 0 && (i == 0 || (s.labels[i - 1] != s.labels[i] && s.labels[i - 1] != s.labels[i] - 1))) {
        s.labels[i] -= 1;
      }
    }
  }
  std::fprintf(stderr, "%ld of %ld entity tokens have no capital letter in or next to them (fixed O)\n", forced, entity_tokens);
  // --orders N: N perceptrons, each over its own shuffle order (the seed's sequence runs
  // on), their averaged weights averaged again. The model is linear, so this is the mean of
  // the N models' scores (an ensemble at no cost at run time), and it steadies what one
  // order's luck decides.
  std::vector<float> avg;
  for (int o = 0; o < orders; ++o) {
    Trainer t;
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int e = 0; e < epochs; ++e) {
      for (std::size_t i = order.size(); i > 1; --i) {  // deterministic shuffle
        seed = seed * 6364136223846793005ull + 1442695040888963407ull;
        std::swap(order[i - 1], order[(seed >> 33) % i]);
      }
      for (std::size_t k : order) t.step(feats[k], train[k].labels);
      std::fprintf(stderr, "order %d epoch %d done\n", o + 1, e + 1);
    }
    const std::vector<float> a = t.averaged();
    if (avg.empty()) avg.assign(a.size(), 0.0f);
    for (std::size_t i = 0; i < a.size(); ++i) avg[i] += a[i] / static_cast<float>(orders);
  }
  // Quantise the emission weights; keep transitions as floats.
  float maxabs = 0;
  for (std::size_t i = 0; i < Trainer::emission_size; ++i) maxabs = std::max(maxabs, std::fabs(avg[i]));
  const float scale = maxabs > 0 ? maxabs / 127.0f : 1.0f;
  std::vector<float> q(avg.size());
  // The bytes as a C string literal, 64 weights a line: printable ASCII as itself, other
  // bytes as the shortest octal escape that the next character cannot extend.
  std::string bytes;
  std::size_t nonzero = 0;
  for (std::size_t i = 0; i < Trainer::emission_size; ++i) {
    long v = std::lround(avg[i] / scale);
    if (std::labs(v) <= prune) v = 0;
    q[i] = static_cast<float>(v) * scale;
    nonzero += v != 0;
    bytes += static_cast<char>(static_cast<uint8_t>(v + 128));  // -127..127 as 1..255
  }
  std::ostringstream literal;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i % 64 == 0) literal << (i ? "\"\n\"" : "\"");
    const auto c = static_cast<unsigned char>(bytes[i]);
    const bool next_digit = i + 1 < bytes.size() && i % 64 != 63 && bytes[i + 1] >= '0' && bytes[i + 1] <= '7';
    if (c >= 0x20 && c < 0x7F && c != '\\' && c != '"' && c != '?') {
      literal << static_cast<char>(c);
    } else {
      char esc[8];
      std::snprintf(esc, sizeof esc, next_digit ? "\\%03o" : "\\%o", c);
      literal << esc;
    }
  }
  literal << "\"";
  for (std::size_t i = Trainer::emission_size; i < avg.size(); ++i) q[i] = avg[i];
  if (std::getenv("NF_NER_REPORT_FLOAT")) {
    const nf::NerWeights fv{avg.data(), avg.data() + Trainer::emission_size};
    for (const auto& [name, data] : devs) report((name.substr(name.find_last_of('/') + 1) + " (float)").c_str(), fv, data);
  }
  const nf::NerWeights qv{q.data(), q.data() + Trainer::emission_size};
  for (const auto& [name, data] : devs) report(name.substr(name.find_last_of('/') + 1).c_str(), qv, data);
  // NF_NER_DUMP=DIR: each dev set's tagging as DIR/NAME.pred (token, gold, predicted tag
  // a line), for error analysis of the tagger alone against the whole pipeline.
  if (const char* dir = std::getenv("NF_NER_DUMP")) {
    for (const auto& [name, data] : devs) {
      std::ofstream d(std::string(dir) + "/" + name.substr(name.find_last_of('/') + 1) + ".pred");
      for (const Sentence& s : data) {
        const std::vector<int> pred = nf::ner_decode(qv, features_of(s));
        for (std::size_t i = 0; i < s.words.size(); ++i) {
          d << s.words[i] << '\t' << nf::kNerLabelNames[s.labels[i]] << '\t' << nf::kNerLabelNames[pred[i]] << '\n';
        }
        d << '\n';
      }
    }
  }
  std::ofstream f(out_path);
  f.precision(9);
  f << "// GENERATED BY tools/train_ner.cpp (scripts/train_ner) FROM ../shared/corpus/ner: ";
  for (const auto& tf : train_files) f << tf << ' ';
  f << "\n// " << epochs << " epochs" << (orders > 1 ? " x " + std::to_string(orders) + " orders" : std::string()) << "; " << nonzero << " non-zero weights of " << Trainer::emission_size
    << "; DO NOT EDIT.\n";
  f << "static constexpr float kNerScale = " << scale << ";\n";
  f << "static const float kNerTransitions[] = {";
  for (std::size_t i = Trainer::emission_size; i < avg.size(); ++i) f << avg[i] << ",";
  f << "};\n";
  f << "static const char kNerEmission[] =\n" << literal.str() << ";\n";
  std::fprintf(stderr, "wrote %s: %zu non-zero weights\n", out_path.c_str(), nonzero);
  return 0;
}
