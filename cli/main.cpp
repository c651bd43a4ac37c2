// The native command line: one article, or a JSON-lines batch over several threads.
//
//   newsfacts [--date YYYY-MM-DD] [--offsets utf16|utf8|codepoint] [--pretty] [FILE|-]
//   newsfacts --jsonl [--threads N] < in.jsonl > out.jsonl
//
// Exit codes: 0 a result was written (warnings included); 2 bad usage; 3 the input is
// over the size limit (the error document is still written); 4 the file cannot be read.
#include <nlohmann/json.hpp>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "newsfacts.h"
#include "text.h"

namespace {

const char kUsage[] =
    "usage: newsfacts [--date YYYY-MM-DD] [--offsets utf16|utf8|codepoint] [--pretty] [FILE|-]\n"
    "       newsfacts --jsonl [--threads N] [--date YYYY-MM-DD] [--offsets UNIT] < in.jsonl > out.jsonl\n"
    "\n"
    "Prints the newsfacts/1 JSON for one article (from FILE, or standard input with - or\n"
    "no FILE). With --jsonl, reads one {\"id\", \"text\", \"date\"?} object a line and writes\n"
    "one {\"id\", \"result\"} or {\"id\", \"error\"} line for each, in input order.\n"
    "Input over 32 MiB gets an error document and exit code 3.\n";

// Reads at most limit + 1 bytes, so that an oversized input is detected without
// holding all of it.
bool read_all(std::FILE* f, std::string& out, std::size_t limit) {
  char buf[1 << 16];
  while (out.size() <= limit) {
    const std::size_t n = std::fread(buf, 1, sizeof buf, f);
    if (n == 0) break;
    out.append(buf, n);
  }
  return !std::ferror(f);
}

std::string error_line(const nlohmann::json& id, std::string_view code, std::string_view message) {
  nlohmann::json line;
  line["id"] = id;
  line["error"] = {{"code", code}, {"message", message}};
  return line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One JSON-lines input line to one output line; never throws.
std::string process_line(const std::string& raw, std::size_t line_no, const nf::Options& base) {
  std::string line;
  const std::size_t repaired = nf::repair_utf8(raw, line);
  nlohmann::json in;
  try {
    in = nlohmann::json::parse(line);
  } catch (const std::exception& e) {
    return error_line(nullptr, "bad_line", "line " + std::to_string(line_no) + " is not JSON: " + e.what());
  }
  const nlohmann::json id = in.is_object() && in.contains("id") ? in["id"] : nlohmann::json(nullptr);
  if (!in.is_object() || !in.contains("text") || !in["text"].is_string()) {
    return error_line(id, "bad_line", "line " + std::to_string(line_no) +
                                          " has no \"text\" string");
  }
  nf::Options opt = base;
  if (in.contains("date") && in["date"].is_string()) opt.date = in["date"].get<std::string>();
  const std::string& text = in["text"].get_ref<const std::string&>();
  if (text.size() > nf::kMaxInputBytes) {
    return error_line(id, "input_too_large", "text is over the 32 MiB limit");
  }
  std::string result;
  try {
    result = nf::extract_json(text, opt);
  } catch (const std::exception& e) {
    return error_line(id, "internal_error", e.what());
  }
  if (!result.empty() && result.back() == '\n') result.pop_back();
  std::string out = "{\"id\":" + id.dump() + ",\"result\":" + result;
  if (repaired) {
    out += ",\"warnings\":[{\"code\":\"invalid_utf8\",\"message\":\"" + std::to_string(repaired) +
           " invalid UTF-8 sequence(s) in the line were replaced by U+FFFD\"}]";
  }
  out += "}";
  return out;
}

int run_jsonl(const nf::Options& opt, unsigned threads) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t batch = 64 * threads;
  std::vector<std::string> lines, outs;
  std::size_t line_no = 0;
  std::string raw;
  bool eof = false;
  while (!eof) {
    lines.clear();
    while (lines.size() < batch) {
      if (!std::getline(std::cin, raw)) { eof = true; break; }
      if (!raw.empty() && raw.back() == '\r') raw.pop_back();
      lines.push_back(std::move(raw));
      raw.clear();
    }
    outs.assign(lines.size(), {});
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < lines.size();) {
        bool blank = true;
        for (char c : lines[i]) {
          if (c != ' ' && c != '\t') { blank = false; break; }
        }
        outs[i] = blank ? std::string() : process_line(lines[i], line_no + i + 1, opt);
      }
    };
    std::vector<std::thread> pool;
    const unsigned n = std::min<std::size_t>(threads, lines.size());
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (const std::string& o : outs) {
      if (o.empty()) continue;  // blank input lines give no output
      std::fwrite(o.data(), 1, o.size(), stdout);
      std::fputc('\n', stdout);
    }
    line_no += lines.size();
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  nf::Options opt;
  bool jsonl = false;
  unsigned threads = 1;
  const char* file = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto need = [&](const char* what) -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "newsfacts: %s needs a value\n%s", what, kUsage);
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--help" || a == "-h") { std::fputs(kUsage, stdout); return 0; }
    if (a == "--version") { std::printf("newsfacts %s\n", nf::kVersion); return 0; }
    if (a == "--pretty") opt.pretty = true;
    else if (a == "--jsonl") jsonl = true;
    else if (a == "--date") opt.date = need("--date");
    else if (a == "--offsets") {
      if (!nf::parse_offset_unit(need("--offsets"), opt.offsets)) {
        std::fprintf(stderr, "newsfacts: --offsets takes utf16, utf8 or codepoint\n");
        return 2;
      }
    } else if (a == "--threads") {
      const char* v = need("--threads");
      char* end = nullptr;
      const long n = std::strtol(v, &end, 10);
      if (!*v || *end || n < 0 || n > 1024) {
        std::fprintf(stderr, "newsfacts: --threads takes a number from 0 (all cores) to 1024\n");
        return 2;
      }
      threads = static_cast<unsigned>(n);
    } else if (a.size() > 1 && a[0] == '-' ) {
      std::fprintf(stderr, "newsfacts: unknown option %s\n%s", a.c_str(), kUsage);
      return 2;
    } else if (a == "-" || !file) {
      file = argv[i];
    } else {
      std::fprintf(stderr, "newsfacts: one FILE at most\n%s", kUsage);
      return 2;
    }
  }
  if (jsonl) {
    if (file && std::strcmp(file, "-") != 0) {
      std::fprintf(stderr, "newsfacts: --jsonl reads standard input\n");
      return 2;
    }
    opt.pretty = false;
    return run_jsonl(opt, threads);
  }
  std::FILE* f = stdin;
  if (file && std::strcmp(file, "-") != 0) {
    f = std::fopen(file, "rb");
    if (!f) {
      std::fprintf(stderr, "newsfacts: cannot read %s: %s\n", file, std::strerror(errno));
      return 4;
    }
  }
  std::string input;
  const bool ok = read_all(f, input, nf::kMaxInputBytes);
  if (f != stdin) std::fclose(f);
  if (!ok) {
    std::fprintf(stderr, "newsfacts: read error\n");
    return 4;
  }
  const std::string out = nf::extract_json(input, opt);
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (input.size() > nf::kMaxInputBytes) {
    std::fprintf(stderr, "newsfacts: the input is over the 32 MiB limit\n");
    return 3;
  }
  return 0;
}
