// Native benchmark driver: runs extract_json over each file REPEAT times and prints one
// JSON line of timings (used by scripts/bench; not installed).
//   newsfacts_bench REPEAT FILE...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "newsfacts.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: newsfacts_bench REPEAT FILE...\n");
    return 2;
  }
  const int repeat = std::max(1, std::atoi(argv[1]));
  std::vector<std::string> docs;
  for (int i = 2; i < argc; ++i) {
    std::ifstream f(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    docs.push_back(ss.str());
  }
  using clock = std::chrono::steady_clock;
  std::vector<double> per_doc_ms;
  std::size_t bytes = 0, out_bytes = 0;
  const nf::Options opt;
  const auto t0 = clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const std::string& d : docs) {
      const auto a = clock::now();
      out_bytes += nf::extract_json(d, opt).size();
      const auto b = clock::now();
      per_doc_ms.push_back(std::chrono::duration<double, std::milli>(b - a).count());
      bytes += d.size();
    }
  }
  const double total_s = std::chrono::duration<double>(clock::now() - t0).count();
  std::sort(per_doc_ms.begin(), per_doc_ms.end());
  auto pct = [&](double p) { return per_doc_ms[static_cast<std::size_t>(p * (per_doc_ms.size() - 1))]; };
  std::printf("{\"bytes\":%zu,\"seconds\":%.6f,\"mb_per_s\":%.3f,\"p50_ms\":%.4f,\"p90_ms\":%.4f,\"runs\":%zu,\"out_bytes\":%zu}\n",
              bytes, total_s, bytes / 1e6 / total_s, pct(0.5), pct(0.9), per_doc_ms.size(), out_bytes);
  return 0;
}
