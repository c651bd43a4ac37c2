#include "header.h"

#include <cstdio>
#include <vector>

#include "lexicon.h"
#include "paragraphs.h"
#include "token_view.h"
#include "unicode.h"

namespace nf {
namespace {

struct Word {
  std::size_t start, end;  // offsets into the string the words were split from
  std::string_view text;
};

// Splits at white space; commas, pipes and bullets become separate words.
std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    if (i >= s.size()) break;
    std::size_t j = i;
    if (s[i] == ',' || s[i] == '|') {
      j = i + 1;
    } else {
      while (j < s.size() && !is_space(s[j]) && s[j] != ',' && s[j] != '|') ++j;
    }
    out.push_back({i, j, s.substr(i, j - i)});
    i = j;
  }
  return out;
}

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

std::string iso(int y, int m, int d) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool valid_ymd(int y, int m, int d) {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::string_view strip_trailing(std::string_view w, std::string_view chars) {
  while (!w.empty() && chars.find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  return w;
}

// Month number for "July", "Jul", "Jul.", "JULY"; 0 if none.
int month_of(std::string_view w) {
  w = strip_trailing(w, ".");
  std::string t(w);
  if (t.size() > 1) {  // "JULY" -> "July"
    for (std::size_t k = 1; k < t.size(); ++k) {
      if (t[k] >= 'A' && t[k] <= 'Z') t[k] = static_cast<char>(t[k] + 32);
    }
  }
  const int i = kMonths.find(t);
  return i < 0 ? 0 : to_int(kMonths.canonical(i));
}

bool is_weekday(std::string_view w) {
  w = strip_trailing(w, ".,");
  std::string t(w);
  for (std::size_t k = 1; k < t.size(); ++k) {
    if (t[k] >= 'A' && t[k] <= 'Z') t[k] = static_cast<char>(t[k] + 32);
  }
  return kWeekdays.contains(t);
}

// "14", "14th", "1st," -> day number; 0 if none.
int day_of(std::string_view w) { return day_number(strip_trailing(w, ".,")); }

int year_of(std::string_view w) {
  w = strip_trailing(w, ".,");
  if (w.size() != 4 || !all_digits(w)) return 0;
  const int y = to_int(w);
  return y >= 1800 && y <= 2200 ? y : 0;
}

bool is_clock(std::string_view w) {
  // 10:32, 3:15, 10:32:05, 15h30; optionally followed by am/pm glued on ("3:15pm").
  std::size_t i = 0;
  while (i < w.size() && i < 2 && w[i] >= '0' && w[i] <= '9') ++i;
  if (i == 0 || i >= w.size() || (w[i] != ':' && w[i] != 'h')) return false;
  ++i;
  std::size_t k = 0;
  while (i < w.size() && w[i] >= '0' && w[i] <= '9') { ++i; ++k; }
  if (k != 2) return false;
  if (i < w.size() && w[i] == ':') {
    ++i;
    k = 0;
    while (i < w.size() && w[i] >= '0' && w[i] <= '9') { ++i; ++k; }
    if (k != 2) return false;
  }
  std::string rest(w.substr(i));
  for (char& c : rest) c = static_cast<char>(c | 0x20);
  return rest.empty() || rest == "am" || rest == "pm" || rest == "a.m." || rest == "p.m.";
}

bool is_ampm(std::string_view w) {
  std::string t(strip_trailing(w, ","));
  for (char& c : t) c = static_cast<char>(c | 0x20);
  return t == "am" || t == "pm" || t == "a.m." || t == "p.m." || t == "a.m" || t == "p.m";
}

bool is_zone(std::string_view w) {
  w = strip_trailing(w, ",)");
  if (!w.empty() && w.front() == '(') w.remove_prefix(1);
  if (w.size() < 2 || w.size() > 9) return false;
  std::size_t letters = 0;
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (!(c == '+' || c == '-' || c == ':' || (c >= '0' && c <= '9'))) return false;
  }
  return letters >= 2 && w[0] >= 'A' && w[0] <= 'Z';  // GMT, EDT, UTC+3, GMT+0300
}

// 2024-07-14 (optionally followed by T10:32...) -> y, m, d.
bool iso_prefix(std::string_view w, int& y, int& m, int& d) {
  if (w.size() < 10 || !all_digits(w.substr(0, 4)) || w[4] != '-' || !all_digits(w.substr(5, 2)) ||
      w[7] != '-' || !all_digits(w.substr(8, 2)))
    return false;
  if (w.size() > 10 && w[10] != 'T' && w[10] != ' ') return false;
  y = to_int(w.substr(0, 4));
  m = to_int(w.substr(5, 2));
  d = to_int(w.substr(8, 2));
  return valid_ymd(y, m, d);
}

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  int len;
  return is_upper(decode_at(w, 0, len));
}

// A word of a place name in a dateline: "GAZA", "City", "Al-Mawasi", "St.".
bool place_word(std::string_view w, bool& all_caps) {
  if (!starts_upper(w)) return false;
  bool lower = false;
  for (std::size_t i = 0; i < w.size();) {
    int len;
    const uint32_t c = decode_at(w, i, len);
    i += len;
    if (is_lower(c)) lower = true;
    else if (!is_letter(c) && c != '-' && c != '.' && c != '\'' && c != 0x2019) return false;
  }
  if (lower) all_caps = false;
  return true;
}

bool is_dash(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

// Canonical agency for "(AP)", "AP", "Reuters"; empty if none.
std::string_view agency_of(std::string_view w) {
  if (!w.empty() && w.front() == '(') w.remove_prefix(1);
  if (!w.empty() && w.back() == ')') w.remove_suffix(1);
  const int i = kAgencies.find(w);
  return i < 0 ? std::string_view() : kAgencies.canonical(i);
}

bool is_byline(std::string_view line, std::vector<std::string>& names) {
  if (line.size() > 160 || line.size() < 4) return false;
  if (!(line.substr(0, 3) == "By " || line.substr(0, 3) == "BY ")) return false;
  const std::vector<Word> words = split_words(line.substr(3));
  if (words.empty() || words.size() > 16 || !starts_upper(words[0].text)) return false;
  std::vector<std::string> found;
  std::string current;
  auto flush = [&] {
    if (!current.empty() && agency_of(current).empty()) found.push_back(current);
    current.clear();
  };
  for (const Word& w : words) {
    std::string_view t = w.text;
    if (t == "," || t == "|" || t == "and" || t == "&" || t == "AND" || is_dash(t) ||
        t == "\xC2\xB7" || t == "\xE2\x80\xA2") {
      flush();
      continue;
    }
    if (!starts_upper(t) && !(t.size() <= 3 && (t == "de" || t == "al" || t == "van" || t == "von" ||
                                                t == "bin" || t == "da" || t == "del" || t == "la"))) {
      return false;  // "By then, the army had ..." is a sentence, not a byline
    }
    if (!current.empty()) current += ' ';
    current += t;
  }
  flush();
  if (found.empty()) return false;
  names = std::move(found);
  return true;
}

// A word that puts a label, not a place, where a dateline stands: "NOTE", "PRESS RELEASE"
// (data/dateline_not_places.txt), or a single letter ("I – all the clinics were closed").
bool not_place_word(std::string_view w) {
  if (!w.empty() && w.back() == ':') w.remove_suffix(1);
  if (w.size() == 1) return (w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z');
  return kDatelineNotPlaces.contains(w);
}

// EXAMPLE: "KIEV" on its own line after the headline (not "PRESS RELEASE", "NOTE")
bool is_bare_dateline(std::string_view line) {
  if (line.size() > 40) return false;
  const std::vector<Word> words = split_words(line);
  if (words.empty() || words.size() > 4) return false;
  bool all_caps = true;
  int names = 0;
  for (const Word& w : words) {
    if (w.text == ",") continue;
    if (!place_word(w.text, all_caps) || not_place_word(w.text)) return false;
    ++names;
  }
  return all_caps && names >= 1 && names <= 3;
}

// Words of a line, without its commas and pipes.
std::size_t word_count(std::string_view line) {
  std::size_t n = 0;
  for (const Word& w : split_words(line)) n += w.text != "," && w.text != "|";
  return n;
}

bool looks_like_headline(std::string_view line) {
  if (line.size() > 250) return false;
  // The last character that is not a closing quote or bracket.
  std::string_view core = line;
  while (!core.empty()) {
    if (core.back() == '"' || core.back() == ')' || core.back() == '\'') core.remove_suffix(1);
    else if (core.size() >= 3 && (core.substr(core.size() - 3) == "\xE2\x80\x9D" ||
                                  core.substr(core.size() - 3) == "\xE2\x80\x99"))
      core.remove_suffix(3);
    else break;
  }
  if (core.empty()) return false;
  const char last = core.back();
  if (last == '.' && !(core.size() >= 3 && core.substr(core.size() - 3) == "...")) return false;
  if (last == ',' || last == ';' || last == ':') return false;
  // Two sentences are a paragraph, not a headline.
  for (std::size_t i = line.find(". "); i != std::string_view::npos; i = line.find(". ", i + 1)) {
    if (i > 0 && line[i - 1] >= 'a' && line[i - 1] <= 'z' && i + 2 < line.size() &&
        starts_upper(line.substr(i + 2)))
      return false;
  }
  const std::vector<Word> words = split_words(line);
  return !words.empty() && words.size() <= 30;
}

// Wire dateline at the start of the paragraph p; returns its length, or 0.
std::size_t match_dateline(std::string_view para, Dateline& out, std::size_t para_start,
                           std::string& date_month_day) {
  const std::string_view head = para.substr(0, std::min<std::size_t>(para.size(), 120));
  const std::vector<Word> words = split_words(head);
  std::size_t k = 0;
  bool all_caps = true;
  // The place: one to four capitalised words; "NEW DELHI:" ends at its colon.
  std::size_t place_end = 0;
  while (k < words.size() && k < 4 && !is_dash(words[k].text)) {
    const std::string_view w = words[k].text;
    if (not_place_word(w)) return 0;  // "NOTE: You may want ...", "I – all the clinics ..."
    if (w.size() > 1 && w.back() == ':') {
      bool caps = all_caps;
      if (!place_word(w.substr(0, w.size() - 1), caps) || !caps || k + 1 >= words.size()) return 0;
      out.span = {static_cast<uint32_t>(para_start), static_cast<uint32_t>(para_start + words[k].end)};
      out.place = {static_cast<uint32_t>(para_start), static_cast<uint32_t>(para_start + words[k].end - 1)};
      out.agency.clear();
      return words[k].end;
    }
    if (!place_word(w, all_caps)) break;
    place_end = words[k].end;
    ++k;
  }
  if (k == 0) return 0;
  bool second_place = false, has_date = false;
  // ", Lebanon" or ", July 14" (and ", 2024")
  while (k + 1 < words.size() && words[k].text == ",") {
    const std::string_view w = words[k + 1].text;
    int m = month_of(w);
    if (m && k + 2 < words.size() && day_of(words[k + 2].text)) {
      has_date = true;
      date_month_day = iso(2000, m, day_of(words[k + 2].text)).substr(5);
      k += 3;
      if (k + 1 < words.size() && words[k].text == "," && year_of(words[k + 1].text)) {
        date_month_day = std::to_string(year_of(words[k + 1].text)) + "-" + date_month_day;
        k += 2;
      }
      continue;
    }
    bool caps2 = true;
    std::size_t j = k + 1, n2 = 0;
    while (j < words.size() && n2 < 3 && place_word(words[j].text, caps2) && !is_dash(words[j].text) &&
           words[j].text.front() != '(') {
      ++j;
      ++n2;
    }
    if (n2 == 0) return 0;
    second_place = true;
    k = j;
  }
  std::string_view agency;
  if (k < words.size() && words[k].text.front() == '(') {
    agency = agency_of(words[k].text);
    if (agency.empty()) return 0;
    ++k;
  }
  if (k >= words.size()) return 0;
  std::size_t end = 0;
  std::string_view w = words[k].text;
  if (is_dash(w)) {
    end = words[k].end;
  } else if (w == ":" && all_caps) {
    end = words[k].end;
  } else {
    return 0;
  }
  if (!(all_caps || !agency.empty() || has_date || second_place)) return 0;
  if (k + 1 >= words.size()) return 0;  // nothing follows: not a dateline
  out.span = {static_cast<uint32_t>(para_start), static_cast<uint32_t>(para_start + end)};
  out.place = {static_cast<uint32_t>(para_start), static_cast<uint32_t>(para_start + place_end)};
  out.agency = std::string(agency);
  return end;
}

}  // namespace

bool valid_iso_date(std::string_view s) {
  int y, m, d;
  return s.size() == 10 && iso_prefix(s, y, m, d);
}

bool parse_date_line(std::string_view line, std::string& out) {
  if (line.size() > 120) return false;
  std::vector<Word> words = split_words(line);
  if (words.empty() || words.size() > 18) return false;
  std::size_t k = 0;
  // Prefix: "Published", "Last updated", "Updated on", with an optional colon.
  for (int n = 2; n >= 1; --n) {
    if (k + n > words.size()) continue;
    std::string cand;
    for (int j = 0; j < n; ++j) {
      if (j) cand += ' ';
      cand += strip_trailing(words[k + j].text, ":");
    }
    if (kDateLinePrefixes.contains(cand)) {
      k += n;
      break;
    }
  }
  if (k < words.size() && words[k].text == ":") ++k;
  int y = 0, m = 0, d = 0;
  int pending_day = 0;
  for (; k < words.size(); ++k) {
    const std::string_view w = words[k].text;
    int iy, im, id;
    if (w == "," || w == "|" || is_dash(w) || w == "at" || w == "on" || w == "/" || w == "\xE2\x80\xA2" ||
        w == "\xC2\xB7")
      continue;
    if (iso_prefix(w, iy, im, id)) { y = iy; m = im; d = id; continue; }
    if (is_weekday(w) || is_clock(w) || is_ampm(w)) continue;
    if (const int mm = month_of(w)) {
      if (m) return false;
      m = mm;
      if (pending_day) { d = pending_day; pending_day = 0; }
      continue;
    }
    if (const int yy = year_of(w)) { y = yy; continue; }
    if (const int dd = day_of(w)) {
      if (m && !d) d = dd;
      else if (!m) pending_day = dd;
      else return false;
      continue;
    }
    if (is_zone(w)) continue;
    return false;  // a word no date line has
  }
  if (!valid_ymd(y, m, d)) return false;
  out = iso(y, m, d);
  return true;
}

void read_header(Document& doc, const Options& options) {
  Article& a = doc.article;
  if (!options.date.empty()) {
    if (valid_iso_date(options.date)) {
      a.date = options.date;
      a.date_source = "option";
    } else {
      doc.warn("bad_option_date", "the date option '" + options.date.substr(0, 40) +
                                      "' is not a valid YYYY-MM-DD date; ignored");
    }
  }
  auto set_date = [&](const std::string& d, const char* source, Span span) {
    if (!a.date.empty()) return;
    a.date = d;
    a.date_source = source;
    a.date_span = span;
  };
  const std::vector<Paragraph>& lines = doc.lines;
  std::size_t idx = 0;
  bool bare_dateline = false;
  if (!lines.empty()) {
    const Span first = lines[0].span;
    const std::string_view l = doc.vslice(first);
    // `date YYYY-MM-DD <headline>`
    if (l.size() >= 15 && l.substr(0, 5) == "date " && valid_iso_date(l.substr(5, 10)) &&
        (l.size() == 15 || is_space(l[15]))) {
      set_date(std::string(l.substr(5, 10)), "header", {first.start + 5, first.start + 15});
      Span h{first.start + 15, first.end};
      while (h.start < h.end && is_space(doc.view[h.start])) ++h.start;
      a.headline_span = h;
      idx = 1;
    }
  }
  // Pasted header lines: headline, byline, date line, bare dateline.
  const std::size_t header_limit = std::min<std::size_t>(lines.size(), idx + 8);
  while (idx < header_limit && idx + 1 < lines.size()) {
    const Span s = lines[idx].span;
    const std::string_view l = doc.vslice(s);
    std::vector<std::string> names;
    std::string date;
    if (is_byline(l, names)) {
      for (auto& nm : names) a.bylines.push_back(std::move(nm));
      a.byline_spans.push_back(s);
    } else if (parse_date_line(l, date)) {
      set_date(date, "header", s);
      if (a.date_line.empty()) a.date_line = s;
    } else if (is_bare_dateline(l)) {
      a.has_dateline = true;
      a.dateline.span = s;
      a.dateline.place = s;
      bare_dateline = true;
      break;
    } else if (!agency_of(l).empty()) {
      // A credit line of its own ("AFP", "(Reuters)").
    } else if (a.headline_span.empty() && looks_like_headline(l) && (idx == 0 || word_count(l) >= 4)) {
      // first, or after date, byline and credit lines only: "November 18, 2024" above the
      // headline (then of four words or more: not a place line, "Preston, Victoria, Australia")
      a.headline_span = s;
    } else {
      break;
    }
    ++idx;
  }
  if (!a.headline_span.empty()) a.headline = std::string(doc.slice(a.headline_span));
  const auto body_start = static_cast<uint32_t>(idx < lines.size() ? lines[idx].span.start
                                                                   : doc.text.size());
  const auto body_end = static_cast<uint32_t>(lines.empty() ? doc.text.size() : lines.back().span.end);
  a.body = {body_start, std::max(body_start, body_end)};
  // A wire dateline opening the first body paragraph.
  if (!bare_dateline && idx < lines.size()) {
    const Span p = lines[idx].span;
    std::string month_day;
    if (match_dateline(doc.vslice(p), a.dateline, p.start, month_day)) {
      a.has_dateline = true;
      if (month_day.size() == 10) set_date(month_day, "dateline", a.dateline.span);
    }
  }
  if (a.date.empty() && !lines.empty()) {
    doc.warn("no_reference_date",
             "no publication date found in the text and none given: relative times "
             "(\"Sunday\", \"yesterday\") cannot be resolved to calendar dates");
  }
}

void find_agencies(Document& doc) {
  Article& a = doc.article;
  auto add = [&](std::string_view canon) {
    for (const auto& x : a.agencies) {
      if (x == canon) return;
    }
    a.agencies.emplace_back(canon);
  };
  if (!a.dateline.agency.empty()) add(a.dateline.agency);
  const std::vector<Token>& toks = doc.tokens;
  const int max_words = kAgencies.max_words;
  std::string cand;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!(toks[i].flags & (kCapitalized | kLower)) || toks[i].kind != TokenKind::Word) continue;
    // "dpa" is the only lower-case agency; skip other lower-case words cheaply.
    if ((toks[i].flags & kLower) && doc.vslice(toks[i].span) != "dpa") continue;
    if (!kAgencies.may_start(doc.vslice(toks[i].span))) continue;  // most words: no candidate is built
    int best = -1;
    cand.clear();
    for (int n = 0; n < max_words && i + n < toks.size(); ++n) {
      const Token& t = toks[i + n];
      if (n > 0) {
        if (t.span.start != toks[i + n - 1].span.end + 1 || doc.view[t.span.start - 1] != ' ') break;
        cand += ' ';
      }
      cand += doc.vslice(t.span);
      const int hit = kAgencies.find(cand);
      if (hit >= 0) best = hit;
      if (!kAgencies.may_continue(cand)) break;  // no longer name starts so: spares the lookups
    }
    if (best >= 0) add(kAgencies.canonical(best));
  }
}

}  // namespace nf
