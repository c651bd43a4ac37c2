// libFuzzer target: any bytes through the whole pipeline, in every offset unit; the
// output must be JSON-shaped and the run must not crash, leak or hit UB.
//   cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DNF_FUZZ=ON
//   ninja -C build/fuzz fuzz_extract && build/fuzz/fuzz_extract -max_total_time=60 -max_len=4096
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "newsfacts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  nf::Options opt;
  opt.offsets = size % 3 == 0 ? nf::OffsetUnit::Utf16 : size % 3 == 1 ? nf::OffsetUnit::Utf8
                                                                       : nf::OffsetUnit::Codepoint;
  const std::string out = nf::extract_json(in, opt);
  if (out.size() < 2 || out.front() != '{' || out[out.size() - 2] != '}') std::abort();
  return 0;
}
