#include "times.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "lexicon.h"
#include "token_view.h"

namespace nf {
namespace {

// ---------------------------------------------------------------- calendar arithmetic

// Days since 1970-01-01 of a proleptic Gregorian date (the classic era-based method).
int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int y = 0, m = 0, d = 0;
};

Ymd civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int64_t days_of(Ymd a) { return days_from_civil(a.y, a.m, a.d); }

int iso_weekday(int64_t days) {  // Monday = 1 ... Sunday = 7; 1970-01-01 was a Thursday
  const int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int month_days(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

std::string fmt(const char* f, int a, int b = 0, int c = 0) {
  char buf[48];
  std::snprintf(buf, sizeof buf, f, a, b, c);
  return buf;
}

std::string ymd_str(Ymd a) { return fmt("%04d-%02d-%02d", a.y, a.m, a.d); }

std::string iso_week_str(int64_t days) {
  const int64_t thursday = days - iso_weekday(days) + 4;
  const Ymd t = civil_from_days(thursday);
  const int64_t jan1 = days_from_civil(t.y, 1, 1);
  return fmt("%04d-W%02d", t.y, static_cast<int>((thursday - jan1) / 7 + 1));
}

Ymd add_months(Ymd a, int n) {
  int idx = a.y * 12 + (a.m - 1) + n;
  Ymd r{idx / 12, idx % 12 + 1, a.d};
  if (r.d > month_days(r.y, r.m)) r.d = month_days(r.y, r.m);
  return r;
}

// ---------------------------------------------------------------- what a rule found

enum class Kind {
  Absolute,    // y (maybe unknown), m (maybe unknown), d (maybe unknown)
  Weekday,     // weekday, dir
  DayOffset,   // n days from the article date; tod
  UnitOffset,  // unit D/W/E(weekend)/M/Q/Y/X(decade), n units from the article date ("last week", "two years ago")
  Season,      // part = SP/SU/FA/WI; y stated or dir
  Part,        // part = Q1..Q4, H1, H2; y stated or dir
  DayOfMonth,  // d alone ("on the 20th"): in the article's month, or the one before or after by tense
  Decade,      // literal = "199" (decade) or "20" (century)
  Clock,       // hour, minute; or part (MO AF EV NI) with no hour: "late morning"
  Holiday,     // literal = "12-25" or a computed holiday's name; y stated or dir
  Literal,     // type and literal value as written (durations, sets, vague references)
};

struct Spec {
  Kind kind = Kind::Literal;
  const char* type = "date";
  int y = -1, m = -1, d = -1;
  int d_end = -1, y_end = -1;  // ranges: "May 3-5", "2010-2015"
  int y_rel = 0;               // with y_rel_set: the year is the article's plus this ("October 24 last year")
  bool y_rel_set = false;
  int weekday = 0;
  int dir = 0;        // -1 last / past, +1 next / future, 0 by tense
  char unit = 0;      // D W M Y Q
  int n = 0;
  bool ref = false;   // UnitOffset from the time the text last named, not the article date
  bool generic = false;  // "today" as "nowadays" when no past or future tense governs it
  bool day_end = false;  // "midnight" ending a span ("from 6am to midnight"): T24:00 whatever the tense
  bool generic_local = false;  // "today" as "nowadays" unless a tense cue stands right before it in its clause
  bool era = false;  // a year or century with its era ("450 BC"): a modifier before it is in the span
  bool generic_state = false;  // "today" as "nowadays" whatever the tense ("would be a Libertarian today")
  bool comparison = false;  // "the year-earlier period": a comparison with the period in view, no new reference
  bool ref_else_article = false;  // with ref: the article's unit when the text named none ("later in the month")
  bool ref_past_only = false;     // with ref: the named time only in a past-tense clause, else the article's ("the rest of the year")
  int hour = -1, minute = 0;
  int shift_days = 0;  // Weekday, DayOffset: days added ("a week from Friday": 7)
  int nth = 0;         // Absolute with a month: the nth weekday (or week when weekday is 0) of it; -1 the last
  bool ahead_ok = false;  // Absolute: a date up to three months after the article stays ahead ("adjourned until March 28")
  std::string part;   // season / quarter / part of day code
  std::string literal;
  std::string mod;
};

struct Match {
  uint32_t start = 0, end = 0;  // token range
  Spec spec;
  const char* rule = "";
};

// ---------------------------------------------------------------- token access

using Unit = TokenView;

// Month at token i ("July", "Oct", "Oct." with its stop); sets next to the token after.
// Lower-case names that cannot be anything else ("july", "monday"); "may", "march",
// "april", "june" and "august" must be capitalised.
bool lower_name_ok(std::string_view w, bool month) {
  if (!month) return w.size() >= 6 && w.substr(w.size() - 3) == "day";
  return w == "january" || w == "february" || w == "july" || w == "september" || w == "october" ||
         w == "november" || w == "december";
}

std::string capitalised(const Unit& u, uint32_t i, bool month) {
  std::string s(u.t(i));
  if (s.empty()) return s;
  if (!u.cap(i)) {
    if (!lower_name_ok(s, month)) return {};
    s[0] = static_cast<char>(s[0] - 32);
  }
  return s;
}

int month_at(const Unit& u, uint32_t i, uint32_t& next) {
  if (!u.in(i) || u.tok(i).kind != TokenKind::Word) return 0;
  std::string s = capitalised(u, i, true);
  if (s.empty()) return 0;
  if (s.size() > 1 && (u.tok(i).flags & kAllCaps)) {
    for (std::size_t k = 1; k < s.size(); ++k) s[k] = static_cast<char>(s[k] + 32);
  }
  const int idx = kMonths.find(s);
  if (idx < 0) return 0;
  next = i + 1;
  const bool abbreviated = s.size() <= 4 && s != "May" && s != "June" && s != "July";
  if (abbreviated && u.is(i + 1, ".") && u.adjacent(i + 1)) next = i + 2;  // "Oct."
  return to_int(kMonths.canonical(idx));
}

int weekday_at(const Unit& u, uint32_t i, uint32_t& next) {
  if (!u.in(i) || u.tok(i).kind != TokenKind::Word) return 0;
  std::string s = capitalised(u, i, false);
  if (s.empty()) return 0;
  if (s.size() > 1 && (u.tok(i).flags & kAllCaps)) {
    for (std::size_t k = 1; k < s.size(); ++k) s[k] = static_cast<char>(s[k] + 32);
  }
  const int idx = kWeekdays.find(s);
  if (idx < 0) return 0;
  next = i + 1;
  if (s.size() <= 5 && u.is(i + 1, ".") && u.adjacent(i + 1)) next = i + 2;  // "Tues." 
  return to_int(kWeekdays.canonical(idx));
}

// Day of month: "13", "13th", "1st".
int day_at(const Unit& u, uint32_t i) {
  return u.in(i) && u.tok(i).kind == TokenKind::Number ? day_number(u.t(i)) : 0;
}

// "3-5" as a day range.
bool day_range_at(const Unit& u, uint32_t i, int& d1, int& d2) {
  if (!u.in(i) || u.tok(i).kind != TokenKind::Number) return false;
  const std::string_view s = u.t(i);
  const std::size_t dash = s.find('-');
  if (dash == std::string_view::npos || !all_digits(s.substr(0, dash)) || !all_digits(s.substr(dash + 1)) ||
      dash > 2 || s.size() - dash - 1 > 2)
    return false;
  d1 = to_int(s.substr(0, dash));
  d2 = to_int(s.substr(dash + 1));
  return d1 >= 1 && d1 < d2 && d2 <= 31;
}

int year_of(std::string_view s) {
  if (s.size() != 4 || !all_digits(s)) return 0;
  const int y = to_int(s);
  return y >= 1000 && y <= 2999 ? y : 0;
}

int year_at(const Unit& u, uint32_t i) {
  return u.in(i) && u.tok(i).kind == TokenKind::Number ? year_of(u.t(i)) : 0;
}

// A count in digits or words: "24", "two", "twenty-four", "three-and-a-half", "a".
bool count_of(std::string_view s, double& n) {
  if (all_digits(s) && s.size() <= 4) { n = to_int(s); return true; }
  if (s.size() > 5 && s.substr(s.size() - 5) == "-plus") return count_of(s.substr(0, s.size() - 5), n);  // "20-plus"
  return number_word(s, n);
}

bool count_at(const Unit& u, uint32_t i, double& n) { return u.in(i) && count_of(u.t(i), n); }

// Time unit code (D W M Y DE CE TH TM TS) of a word; plural tells whether it was plural.
std::string unit_of(std::string_view s, bool* plural = nullptr) {
  const int idx = kTimeUnits.find(s);
  if (idx < 0) return {};
  if (plural) *plural = !s.empty() && (s.back() == 's' || s.back() == 'S');
  return std::string(kTimeUnits.canonical(idx));
}

std::string number_str(double n) {
  if (n == static_cast<int>(n)) return std::to_string(static_cast<int>(n));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

// TIMEX3 duration: P2Y, PT24H, P3.5Y, PXM.
std::string duration(const std::string& unit, const std::string& count) {
  if (unit.size() == 2 && unit[0] == 'T') return "PT" + count + unit.substr(1);
  if (unit == "FN") {  // EXAMPLE: "a fortnight" -> P2W, "three fortnights" -> P6W, "fortnights" -> PXW
    if (count == "X") return "PXW";
    return "P" + number_str(2 * std::atof(count.c_str())) + "W";
  }
  return "P" + count + unit;
}

bool context_before(const Unit& u, uint32_t i) {
  return i > u.b && u.in(i - 1) && kTimeContextWords.contains(u.lower(i - 1));
}

const char* part_of_day(std::string_view w) {
  if (w == "morning") return "MO";
  if (w == "afternoon") return "AF";
  if (w == "evening") return "EV";
  if (w == "night") return "NI";
  return nullptr;
}

// ---------------------------------------------------------------- the rules

using RuleFn = bool (*)(const Unit&, uint32_t, Match&);

// The kinds of token a rule can start at (bits of 1 << TokenKind): most rules read a word
// first, and a number start is tried only by those that can begin with one.
constexpr uint8_t kAtWord = 1 << static_cast<int>(TokenKind::Word);
constexpr uint8_t kAtNumber = 1 << static_cast<int>(TokenKind::Number);
constexpr uint8_t kAtPunct = 1 << static_cast<int>(TokenKind::Punct);
constexpr uint8_t kAtSymbol = 1 << static_cast<int>(TokenKind::Symbol);
constexpr uint8_t kAtAny = kAtWord | kAtNumber | kAtPunct | kAtSymbol;
constexpr uint8_t kAtWordOnly = kAtWord | kAtSymbol;  // (a symbol start is rare: every rule is tried)

struct Rule {
  const char* name;
  const char* example;  // fired by tests/times_test.cpp
  RuleFn fn;
  uint8_t at = kAtAny;
};

// The year after a day and month, from token k: "2024", ", 2024", "last year", "this year",
// "next year" (relative to the article's). Returns the token after a stated year (k when
// none, and after "last year", which stays an expression of its own).
uint32_t year_after(const Unit& u, uint32_t k, Spec& s) {
  if (u.is(k, ",") && year_at(u, k + 1)) { s.y = year_at(u, k + 1); return k + 2; }
  if (year_at(u, k)) { s.y = year_at(u, k); return k + 1; }
  if (u.ieq(k + 1, "year") && (u.ieq(k, "last") || u.ieq(k, "this") || u.ieq(k, "next"))) {
    s.y_rel_set = true;
    s.y_rel = u.ieq(k, "last") ? -1 : u.ieq(k, "next") ? 1 : 0;
    return k;  // "March 11 this year": two expressions, the second read on its own
  }
  return k;
}

// "the Sept. 11 attacks", "the 11 September attacks", "September 11 hijackers": the day of
// the 2001 attacks, a name (as "9/11" in rule_numeric_date); "on Sept. 11, the rebels
// attacked" stays a date of the article's time. A month-day match without a year of its own.
void september_eleventh(const Unit& u, Match& m) {
  if (m.spec.m != 9 || m.spec.d != 11 || m.spec.d_end >= 0 || m.spec.y >= 0 || m.spec.y_rel_set) return;
  if (u.in(m.end) && kTimeSeptemberEleventhNouns.contains(u.lower(m.end))) m.spec.y = 2001;
}

// EXAMPLE: "on July 13", "Oct. 7", "July 13, 2024", "May 3-5", "late on July 13", "October 24 last year",
//          "the Sept. 11 attacks" (2001)
bool rule_month_day(const Unit& u, uint32_t i, Match& m) {
  uint32_t k;
  const int mon = month_at(u, i, k);
  if (!mon) return false;
  int d = day_at(u, k), d2 = -1;
  int r1, r2;
  if (!d && day_range_at(u, k, r1, r2)) { d = r1; d2 = r2; }
  if (!d) return false;
  if (u.is(k + 1, "-") && day_at(u, k + 2) > d) d2 = day_at(u, k + 2), k += 2;
  m.end = year_after(u, k + 1, m.spec);
  // "from July 3 to 7, 2023", "between July 3 and 7, 2023": the year the range's end states
  // (outside this span: the end day is an expression of its own, rule_range_end_day)
  if (m.end == k + 1 && m.spec.y < 0 && !m.spec.y_rel_set && d2 < 0 && i > u.b &&
      (u.ieq(i - 1, "from") || u.ieq(i - 1, "between")) &&
      (u.ieq(k + 1, "to") || u.ieq(k + 1, "and") || u.ieq(k + 1, "through") || u.ieq(k + 1, "until") ||
       u.ieq(k + 1, "till")) &&
      day_at(u, k + 2) > d) {
    Spec end;
    year_after(u, k + 3, end);
    if (end.y > 0) m.spec.y = end.y;
  }
  m.spec.kind = Kind::Absolute;
  m.spec.m = mon;
  m.spec.d = d;
  m.spec.d_end = d2;
  september_eleventh(u, m);
  return true;
}

// EXAMPLE: "13 July 2024", "the 13th of July", "the 25th of March, 1927", "the 24th of October last year", "the first of March",
//          "11-13 Dec."
bool rule_day_month(const Unit& u, uint32_t i, Match& m) {
  const bool the = u.ieq(i, "the");  // "the 13th of July": the span from "the"
  const uint32_t at = the ? i + 1 : i;
  int d = day_at(u, at), d2 = -1;
  // "the first of March", "the twenty-third of May" (data/ordinals.txt; after "the" only)
  if (!d && the && u.ieq(at + 1, "of") && u.tok(at).kind == TokenKind::Word) {
    if (const int o = kOrdinals.find(u.lower(at)); o >= 0) {
      const int v = to_int(kOrdinals.canonical(o));
      if (v >= 1 && v <= 31) d = v;
    }
  }
  if (!d && !the && day_range_at(u, at, d, d2)) {}  // "11-13 Dec."
  if (!d) return false;
  m.spec.d_end = d2;
  uint32_t j = at + 1;
  if (u.is(j, "of")) ++j;
  else if (the) return false;  // "the 13 July" is rare; "the 2 month period" is no date
  uint32_t k;
  const int mon = month_at(u, j, k);
  if (!mon) return false;
  m.end = year_after(u, k, m.spec);
  m.spec.kind = Kind::Absolute;
  m.spec.m = mon;
  m.spec.d = d;
  september_eleventh(u, m);
  return true;
}

// EXAMPLE: "July 2024", "in May", "since March", "March of 2023", "since April, 2004", "early June", "June to August 2010",
//          "last December", "mid-March"
bool rule_month(const Unit& u, uint32_t i, Match& m) {
  // "mid-March", "mid-March 2020"
  if ((u.tok(i).flags & kHyphenated) && u.lower(i).size() > 6 && u.lower(i).substr(0, 4) == "mid-") {
    const std::string_view name = u.t(i).substr(4);
    if (name.empty() || name[0] < 'A' || name[0] > 'Z') return false;
    const int idx = kMonths.find(name);
    if (idx < 0) return false;
    m.end = i + 1;
    if (year_at(u, i + 1)) { m.spec.y = year_at(u, i + 1); m.end = i + 2; }
    m.spec.kind = Kind::Absolute;
    m.spec.m = to_int(kMonths.canonical(idx));
    m.spec.mod = "MID";
    return true;
  }
  // "last December", "next March", "this June": the month before or after the article's
  if (u.cap(i + 1) && (u.ieq(i, "last") || u.ieq(i, "next") || u.ieq(i, "this"))) {
    uint32_t k;
    const int mon = month_at(u, i + 1, k);
    if (!mon || year_at(u, k)) return false;
    m.end = k;
    m.spec.kind = Kind::Absolute;
    m.spec.m = mon;
    m.spec.dir = u.ieq(i, "last") ? -1 : u.ieq(i, "next") ? 1 : 2;
    return true;
  }
  uint32_t k;
  const int mon = month_at(u, i, k);
  if (!mon) return false;
  int y = -1;
  if (year_at(u, k)) { y = year_at(u, k); ++k; }
  else if (u.is(k, "of") && year_at(u, k + 1)) { y = year_at(u, k + 1); k += 2; }
  // "since April, 2004,": the comma before a year that ends its clause (not "In March, 2000
  // people marched")
  else if (u.is(k, ",") && year_at(u, k + 1) && (!u.in(k + 2) || u.punct(k + 2))) { y = year_at(u, k + 1); k += 2; }
  // "June to August 2010", "between May and July 2019": the range's year (the span stays "June")
  int range_year = -1;
  if (y < 0 && (u.ieq(k, "to") || u.ieq(k, "through") || u.ieq(k, "until") || u.ieq(k, "and") || u.is(k, "-") ||
                u.is(k, "\xE2\x80\x93"))) {
    uint32_t k2;
    const int mon2 = month_at(u, k + 1, k2);
    if (mon2 > mon && year_at(u, k2)) range_year = year_at(u, k2);
    else if (mon2 > mon && u.is(k2, "of") && year_at(u, k2 + 1)) range_year = year_at(u, k2 + 1);  // "June and July of 1973"
  }
  // "September Eleventh Families for Peace": inside a name (no time word before it)
  uint32_t after_next;
  if (y < 0 && range_year < 0 && u.in(k) && u.cap(k) && u.tok(k).kind == TokenKind::Word && !context_before(u, i) &&
      !month_at(u, k, after_next) && !kWeekdays.contains(u.t(k)))
    return false;
  if (y < 0) {
    // A bare month needs a reason to be one: "May" and "March" are verbs, "April" and
    // "June" names. Abbreviations ("Jan") need a preceding time word too.
    const std::string_view w = u.t(i);
    const bool ambiguous = w == "May" || w == "March" || w == "April" || w == "June" || w.size() <= 4;
    if (ambiguous && !context_before(u, i)) return false;
    if (i == u.b && ambiguous) return false;
  }
  m.end = k;
  m.spec.kind = Kind::Absolute;
  m.spec.y = y >= 0 ? y : range_year;
  m.spec.m = mon;
  return true;
}

// EXAMPLE: "2024-07-13", "7/13/2024", "13/7/2024", "13.07.2024"
bool rule_numeric_date(const Unit& u, uint32_t i, Match& m) {
  if (!u.in(i) || u.tok(i).kind != TokenKind::Number) return false;
  const std::string_view s = u.t(i);
  int y = 0, mo = 0, d = 0;
  uint32_t end = i + 1;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-' && all_digits(s.substr(0, 4)) &&
      all_digits(s.substr(5, 2)) && all_digits(s.substr(8, 2))) {
    y = to_int(s.substr(0, 4));
    mo = to_int(s.substr(5, 2));
    d = to_int(s.substr(8, 2));
  } else if (s.size() >= 8 && s.size() <= 10 && s.find('.') != std::string_view::npos) {
    const std::size_t p1 = s.find('.'), p2 = s.find('.', p1 + 1);
    if (p2 == std::string_view::npos || s.find('.', p2 + 1) != std::string_view::npos) return false;
    const std::string_view a = s.substr(0, p1), b = s.substr(p1 + 1, p2 - p1 - 1), c = s.substr(p2 + 1);
    if (a.size() > 2 || b.size() > 2 || c.size() != 4 || !all_digits(a) || !all_digits(b) || !all_digits(c)) return false;
    d = to_int(a);  // dotted dates are day first
    mo = to_int(b);
    y = to_int(c);
  } else if (all_digits(s) && s.size() <= 2 && u.is(i + 1, "/") && u.adjacent(i + 1) && u.adjacent(i + 2) &&
             u.in(i + 2) && all_digits(u.t(i + 2)) && u.t(i + 2).size() <= 2 && u.is(i + 3, "/") &&
             u.adjacent(i + 3) && u.adjacent(i + 4) && u.in(i + 4) && all_digits(u.t(i + 4)) &&
             (u.t(i + 4).size() == 4 || u.t(i + 4).size() == 2)) {
    const int a = to_int(s), b = to_int(u.t(i + 2));
    y = to_int(u.t(i + 4));
    if (u.t(i + 4).size() == 2) y += y < 50 ? 2000 : 1900;
    if (a > 12) { d = a; mo = b; }   // 13/7/2024
    else { mo = a; d = b; }          // 7/13/2024, and 7/6/2024 read month first
    end = i + 5;
    if (u.in(i - 1) && u.adjacent(i) && u.tok(i - 1).kind == TokenKind::Word) return false;  // Reuters/7
  } else if (s == "9" && u.is(i + 1, "/") && u.adjacent(i + 1) && u.adjacent(i + 2) && u.in(i + 2) &&
             (u.t(i + 2) == "11" || u.t(i + 2).substr(0, 3) == "11-") && !u.is(i + 3, "/")) {
    y = 2001;  // "9/11", "9/11-related": the day of the September 11 attacks, a name
    mo = 9;
    d = 11;
    end = i + 3;
  } else {
    return false;
  }
  if (mo < 1 || mo > 12 || d < 1 || y < 1000 || d > month_days(y, mo)) return false;
  m.end = end;
  m.spec.kind = Kind::Absolute;
  m.spec.y = y;
  m.spec.m = mo;
  m.spec.d = d;
  return true;
}

// EXAMPLE: "Sunday", "last Tuesday", "next Friday", "Monday night", "this Saturday"
bool rule_weekday(const Unit& u, uint32_t i, Match& m) {
  uint32_t j = i;
  int dir = 0;
  if (u.ieq(i, "last") || u.ieq(i, "past")) { dir = -1; ++j; }
  else if (u.ieq(i, "next") || u.ieq(i, "coming")) { dir = 1; ++j; }
  else if (u.ieq(i, "this")) { dir = 2; ++j; }
  uint32_t k;
  const int wd = weekday_at(u, j, k);
  if (!wd) return false;
  // An abbreviation without its stop ("Sun", "Sat", "Wed") is a weekday only before a date
  // and not after a capitalised word: "The Sun reported", "the Edmonton Sun, August 16"
  const bool bare_abbreviation = k == j + 1 && u.t(j).size() <= 5;
  if (bare_abbreviation && j > u.b && u.cap(j - 1) && u.tok(j - 1).kind == TokenKind::Word) return false;
  // "on Saturday Night." is the night; "Saturday Night Live" (a name goes on) is not
  const bool night_capitalised = u.cap(k) && part_of_day(u.lower(k)) &&
                                 !(u.in(k + 1) && u.tok(k + 1).kind == TokenKind::Word && u.cap(k + 1));
  // "the Sunday Times", "Saturday Night Live"
  if (u.cap(k) && kTimeNotAfterWeekday.contains(u.t(k)) && !night_capitalised) return false;
  if (dir == 0) {
    // "Friday, July 21, 2017" and "Sun 14 July": the date decides; the weekday is redundant.
    const uint32_t at = u.is(k, ",") ? k + 1 : k;
    Match date;
    if (rule_month_day(u, at, date) || rule_day_month(u, at, date)) {
      m.spec = date.spec;
      m.end = date.end;
      return true;
    }
  }
  if (bare_abbreviation) return false;
  if (dir == 0 && i > u.b && u.ieq(i - 1, "a")) {  // "on a Friday": any Friday
    m.end = k;
    m.spec.literal = fmt("XXXX-WXX-%d", wd);
    return true;
  }
  m.spec.kind = Kind::Weekday;
  m.spec.weekday = wd;
  m.spec.dir = dir;
  // "Saturday night", "Saturday Night"
  if (const char* tod = (u.in(k) && ((u.tok(k).flags & kLower) || (night_capitalised && u.cap(i))))
                            ? part_of_day(u.lower(k)) : nullptr) {
    m.spec.part = tod;
    ++k;
  }
  m.end = k;
  return true;
}

// EXAMPLE: "on the 20th", "by the 1st", "from the 3rd": a day of the month alone, after a
//          preposition, written with its ordinal ending (not "the 20th century", "the 3rd floor")
bool rule_day_of_month(const Unit& u, uint32_t i, Match& m) {
  if (!u.ieq(i, "the") || i == u.b || !u.in(i + 1) || u.tok(i + 1).kind != TokenKind::Number) return false;
  const std::string_view w = u.t(i + 1);
  if (w.size() < 3 || !std::isalpha(static_cast<unsigned char>(w.back()))) return false;  // "20th", not "20"
  const int d = day_number(w);
  if (!d) return false;
  if (!kTimeDayPrepositions.contains(u.lower(i - 1))) return false;
  const bool range = u.ieq(i + 2, "to") || u.ieq(i + 2, "through") || u.ieq(i + 2, "until") || u.ieq(i + 2, "and") ||
                     u.ieq(i + 2, "or");
  if (u.in(i + 2) && u.tok(i + 2).kind == TokenKind::Word && !range)
    return false;  // "the 20th century", "the 3rd floor", "the 4th of July" (rule_day_month's)
  // a range whose other end names its unit: "from the 15th to the 19th century", "from the
  // 13th to 15th July", "from the 6th to the 12th week"
  if (range) {
    const uint32_t k = u.ieq(i + 3, "the") ? i + 4 : i + 3;
    if (u.in(k) && u.tok(k).kind == TokenKind::Number && u.in(k + 1) && u.tok(k + 1).kind == TokenKind::Word) return false;
  }
  m.end = i + 2;
  m.spec.kind = Kind::DayOfMonth;
  m.spec.d = d;
  return true;
}

// EXAMPLE: "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "earlier today",
//          "the day before yesterday" (and not "USA Today", "the Today show")
bool rule_relative_day(const Unit& u, uint32_t i, Match& m) {
  // "earlier today", "later tonight": the span from "earlier"
  if ((u.ieq(i, "earlier") || u.ieq(i, "later")) && (u.ieq(i + 1, "today") || u.ieq(i + 1, "tonight"))) {
    if (!rule_relative_day(u, i + 1, m)) return false;
    m.spec.generic = false;
    return true;
  }
  // "the day before yesterday", "the day after tomorrow": two days off
  if (u.ieq(i, "the") && u.ieq(i + 1, "day") &&
      ((u.ieq(i + 2, "before") && u.ieq(i + 3, "yesterday")) || (u.ieq(i + 2, "after") && u.ieq(i + 3, "tomorrow")))) {
    m.end = i + 4;
    m.spec.kind = Kind::DayOffset;
    m.spec.n = u.ieq(i + 2, "before") ? -2 : 2;
    return true;
  }
  const std::string_view w = u.lower(i);
  int n;
  if (w == "yesterday") n = -1;
  else if (w == "today") n = 0;
  else if (w == "tomorrow") n = 1;
  else if (w == "tonight") { n = 0; m.spec.part = "NI"; }
  else return false;
  // "USA Today", "Psychology Today", "the Today show", "NBC's Today programme": a capitalised
  // day word inside a sentence after a capitalised word, "the" or a possessive is a name
  // (a headline in title case is read as it stands)
  if (u.cap(i) && i > u.b && u.b != u.doc.article.headline_first_token &&
      ((u.cap(i - 1) && u.tok(i - 1).kind == TokenKind::Word && !u.ieq(i - 1, "am") && !u.ieq(i - 1, "pm")) ||
       u.ieq(i - 1, "the") || u.possessive_s(i - 1)))
    return false;  // (not "at 01:00 PM Today")
  uint32_t k = i + 1;
  if (m.spec.part.empty()) {
    if (const char* tod = part_of_day(u.lower(k))) { m.spec.part = tod; ++k; }
  }
  m.end = k;
  m.spec.kind = Kind::DayOffset;
  m.spec.n = n;
  // "today" as "nowadays" (PRESENT_REF when no past or future tense governs it): "Today,
  // about 100,000 Greeks worship ...", "which I still own today", "as strong today as",
  // "more magicians working today than ever"
  if (w == "today" && k == i + 1) {
    const bool opens = i == u.b && u.is(k, ",");
    bool still = false;  // "still" within the three words before
    for (uint32_t back = 1; back <= 3 && i >= u.b + back; ++back) still = still || u.ieq(i - back, "still");
    // "as strong today as it was", not "held today as planned", "today as usual"
    const auto ends = [&](uint32_t at, std::string_view tail) {
      const std::string_view x = u.lower(at);
      return x.size() > tail.size() + 1 && x.substr(x.size() - tail.size()) == tail;
    };
    const bool compared = u.ieq(k, "than") || (u.ieq(k, "as") && !u.ieq(k + 1, "well") && !u.ieq(k + 1, "usual") &&
                                                !ends(k + 1, "ed"));
    // "what events are today important", "Kabul is today a city of ...": a present copula,
    // then its complement (not "is today in Geneva", "is today expected", "is today.")
    const bool copula = i > u.b && (u.ieq(i - 1, "is") || u.ieq(i - 1, "are") || u.ieq(i - 1, "remains") ||
                                    u.ieq(i - 1, "remain")) &&
                        u.in(k) && u.tok(k).kind == TokenKind::Word && (u.tok(k).flags & kLower) &&
                        !kTimeNotAfterCopulaToday.contains(u.lower(k)) && !ends(k, "ed") && !ends(k, "ing");
    // "the size it is today", "the company they are today": a pronoun's present copula
    // ending its clause (not "The vote is today.": a noun's)
    // EXAMPLE: "How did you grow the site to the size it is today?" -> PRESENT_REF
    const bool what_it_is = i > u.b + 1 && (u.ieq(i - 1, "is") || u.ieq(i - 1, "are")) &&
                            (u.ieq(i - 2, "it") || u.ieq(i - 2, "they") || u.ieq(i - 2, "we") ||
                             u.ieq(i - 2, "you") || u.ieq(i - 2, "he") || u.ieq(i - 2, "she")) &&
                            i > u.b + 2 && u.tok(i - 3).kind == TokenKind::Word && (u.tok(i - 3).flags & kLower) &&
                            (!u.in(k) || u.punct(k));
    // Rule today_state: "today" ending a question whose verb is a present copula ("is",
    // "are", "remains"), or a clause of "be" after "would", "could", "might", with its
    // complement between: a state now, not an event of the day (no participle, no "-ing"
    // word, no tense cue in between; not "The vote is today.", "will be held today", "is
    // meeting in Geneva today", "Thousands are without power today.")
    // EXAMPLE: "Do you think magic is alive as a viable form of entertainment today?" -> PRESENT_REF;
    //          "He would be a Libertarian today." -> PRESENT_REF
    bool state = false;
    if (!u.in(k) || u.punct(k)) {
      for (uint32_t j = i, n = 0; j > u.b && n < 12; ++n) {
        --j;
        if (u.clause_break(j) || u.tok(j).kind != TokenKind::Word) break;
        const std::string_view x = u.lower(j);
        const bool be_modal = x == "be" && j > u.b && (u.ieq(j - 1, "would") || u.ieq(j - 1, "could") ||
                                                        u.ieq(j - 1, "might"));
        if (x == "is" || x == "are" || x == "remains" || x == "remain" || be_modal) {
          // only a question's or a modal's state: "Schools are shut across the region today",
          // "Thousands are without power today" are the article's day
          state = j + 2 < i && !(j > u.b && (u.ieq(j - 1, "that") || u.ieq(j - 1, "which"))) &&
                  (be_modal || u.is(k, "?"));
          m.spec.generic_state = state && be_modal;  // the modal is the state's, no time ahead
          break;
        }
        if (ends(j, "ed") || ends(j, "ing") || kTimePastCues.contains(x) || kTimeFutureCues.contains(x) ||
            x == "in" || x == "at" || x == "on" || x == "to")
          break;
      }
    }
    m.spec.generic = opens;
    // These say "nowadays" whatever the sentence's other verbs say: only a tense cue
    // right before "today" in its clause ("still raged today") makes it the article's day.
    m.spec.generic_local = still || compared || copula || what_it_is || state;
  }
  return true;
}

// EXAMPLE: "last week", "this year", "next month", "last night", "this morning", "this weekend",
//          "the end of the year", "the end of the month",
//          "earlier this month", "later this year", "earlier in the week", "at year-end", "by mid-year"
bool rule_this_unit(const Unit& u, uint32_t i, Match& m) {
  // "the end of the year", "the beginning of the month", "the end of the week" (the
  // modifier's words go before): the article's year, month or week
  // "the end of the decade": the article's decade (EXAMPLE: "by the end of the decade" -> 202, END)
  if (u.ieq(i, "the") &&
      (u.ieq(i + 1, "year") || u.ieq(i + 1, "month") || u.ieq(i + 1, "week") || u.ieq(i + 1, "decade") ||
       u.ieq(i + 1, "century")) &&
      i > u.b + 2 && u.ieq(i - 1, "of") &&
      (u.ieq(i - 2, "end") || u.ieq(i - 2, "beginning") || u.ieq(i - 2, "start") || u.ieq(i - 2, "middle") ||
       u.ieq(i - 2, "rest") || u.ieq(i - 2, "remainder") || u.ieq(i - 2, "balance")) &&
      !u.ieq(i + 2, "before") && !u.ieq(i + 2, "after")) {
    m.end = i + 2;
    m.spec.kind = Kind::UnitOffset;
    // EXAMPLE: "by the end of the century" -> 20, END (the article's century)
    m.spec.unit = u.ieq(i + 1, "year") ? 'Y' : u.ieq(i + 1, "month") ? 'M' : u.ieq(i + 1, "decade") ? 'X'
                : u.ieq(i + 1, "century") ? 'C' : 'W';
    m.spec.n = 0;
    // "In March 1983 the single charted. For the rest of the year they toured": 1983; "will
    // be closed for the rest of the year": the article's
    if (u.ieq(i - 2, "rest") || u.ieq(i - 2, "remainder") || u.ieq(i - 2, "balance"))
      m.spec.ref = m.spec.ref_else_article = m.spec.ref_past_only = m.spec.unit != 'X' && m.spec.unit != 'C';
    return true;
  }
  // "over the weekend", "throughout the weekend": the weekend by tense.
  if (u.ieq(i, "the") && u.ieq(i + 1, "weekend") && i > u.b &&
      (u.ieq(i - 1, "over") || u.ieq(i - 1, "throughout") || u.ieq(i - 1, "during") || u.ieq(i - 1, "at") ||
       u.ieq(i - 1, "on"))) {
    m.end = i + 2;
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = 'E';
    m.spec.n = 0;
    return true;
  }
  // "earlier in the week", "later in the month": the article's week or month, its part
  if ((u.ieq(i, "earlier") || u.ieq(i, "later")) && u.ieq(i + 1, "in") && u.ieq(i + 2, "the") &&
      (u.ieq(i + 3, "week") || u.ieq(i + 3, "month") || u.ieq(i + 3, "year")) && !u.ieq(i + 4, "of")) {
    m.end = i + 4;
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = u.ieq(i + 3, "year") ? 'Y' : u.ieq(i + 3, "month") ? 'M' : 'W';
    m.spec.n = 0;
    m.spec.mod = u.ieq(i, "earlier") ? "START" : "END";
    m.spec.ref = m.spec.ref_else_article = true;  // "In 2014 he won. Earlier in the year he had lost": 2014
    return true;
  }
  // "at year-end", "by mid-year", "month-end figures", "quarter-end": the article's year,
  // quarter, month, week or decade, its part (data/time_period_edges.txt: "Y:END")
  if (const int idx = kTimePeriodEdges.find(u.lower(i)); idx >= 0) {
    const std::string_view code = kTimePeriodEdges.canonical(idx);
    m.end = i + 1;
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = code[0];
    m.spec.n = 0;
    m.spec.mod = std::string(code.substr(2));
    return true;
  }
  // "the current quarter": the span from "the"; "the latest quarter", "the most recent
  // quarter": the last one before the article's (EXAMPLE: "Sales in the latest quarter rose")
  if (u.ieq(i, "the") && u.ieq(i + 1, "current")) return rule_this_unit(u, i + 1, m);
  if (u.ieq(i, "the") && (u.ieq(i + 1, "latest") || (u.ieq(i + 1, "most") && u.ieq(i + 2, "recent")))) {
    const uint32_t k = u.ieq(i + 1, "latest") ? i + 2 : i + 3;
    const std::string unit = u.ieq(k, "quarter") ? "Q" : unit_of(u.lower(k));
    if (unit != "Q" && unit != "W" && unit != "M") return false;
    m.end = k + 1;
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = unit[0];
    m.spec.n = -1;
    return true;
  }
  uint32_t j = i;
  std::string mod;
  if (u.ieq(j, "earlier")) { mod = "START"; ++j; }
  else if (u.ieq(j, "later")) { mod = "END"; ++j; }
  int n;
  if (u.ieq(j, "last") || u.ieq(j, "past")) n = -1;
  else if (u.ieq(j, "this") && u.ieq(j + 1, "past")) { n = -1; ++j; }  // "this past week"
  else if (u.ieq(j, "this") || u.ieq(j, "current")) n = 0;
  else if (u.ieq(j, "next") || u.ieq(j, "coming")) n = 1;
  else return false;
  if (!mod.empty() && n != 0) return false;  // "earlier last week" is rare; keep it simple
  if (i > u.b && u.ieq(i - 1, "the") && n != 0) return false;  // "the past week": a duration
  const std::string_view w = u.lower(j + 1);
  m.end = j + 2;
  m.spec.mod = mod;
  if (const char* tod = part_of_day(w)) {
    if (n == 1) return false;  // "next morning" is relative to a story's event
    m.spec.kind = Kind::DayOffset;
    m.spec.n = n;  // "last night": the day before; "this morning": the article's day
    m.spec.part = tod;
    return true;
  }
  if (w == "weekend") {
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = 'E';
    m.spec.n = n;
    m.spec.dir = n == 0 ? 0 : n;  // "this weekend": the one before or after, by tense
    return true;
  }
  const int season = kSeasons.find(w);
  if (season >= 0) {
    m.spec.kind = Kind::Season;
    m.spec.part = std::string(kSeasons.canonical(season));
    m.spec.dir = n == 0 ? 2 : n;
    return true;
  }
  if (w == "quarter") {
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = 'Q';
    m.spec.n = n;
    return true;
  }
  const std::string unit = unit_of(w);
  if (unit != "D" && unit != "W" && unit != "M" && unit != "Y" && unit != "DE") return false;
  // "our last day here", "next day delivery": the final or the following day of a story,
  // never yesterday or tomorrow ("last night" is yesterday's, above)
  if (unit == "D" && n != 0) return false;
  if (w.back() == 's') {
    // "in past years", "in last months" (no "the"): some time before
    if (n == -1 && mod.empty() && j == i && i > u.b && u.ieq(i - 1, "in")) {
      m.spec.literal = "PAST_REF";
      return true;
    }
    return false;
  }
  if (unit == "DE") return false;
  m.spec.kind = Kind::UnitOffset;
  m.spec.unit = unit[0];
  m.spec.n = n;
  return true;
}

// EXAMPLE: "two days ago", "a week ago", "three years ago", "several months ago",
//          "a couple of years ago", "two years back" ("back" after a count of days, weeks,
//          months or years is "ago"; not "set the clocks back two hours")
bool rule_ago(const Unit& u, uint32_t i, Match& m) {
  if (u.ieq(i + 1, "ago")) {  // "years ago", "decades ago": some time before
    bool plural = false;
    if (!unit_of(u.lower(i), &plural).empty() && plural) {
      m.end = i + 2;
      m.spec.literal = "PAST_REF";
      return true;
    }
  }
  double n = 0;
  uint32_t j = (u.ieq(i, "a") && u.ieq(i + 1, "few")) ? i + 1 : i;  // "a few months ago"
  const bool vague = u.ieq(j, "several") || u.ieq(j, "few") || u.ieq(j, "many") || u.ieq(j, "some");
  if (u.ieq(i, "a") && u.ieq(i + 1, "couple") && u.ieq(i + 2, "of")) {  // "a couple of years ago": two
    n = 2;
    j = i + 2;
  } else if (!vague && !count_at(u, j, n)) {
    return false;
  }
  bool plural;
  const std::string unit = unit_of(u.lower(j + 1), &plural);
  if (unit.empty()) return false;
  const bool back = u.ieq(j + 2, "back") && (unit == "D" || unit == "W" || unit == "M" || unit == "Y" || unit == "DE");
  if (!u.ieq(j + 2, "ago") && !back) return false;
  m.end = j + 3;
  if (unit == "FN" && !vague && n == static_cast<int>(n)) {  // "a fortnight ago": two weeks back
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = 'W';
    m.spec.n = -2 * static_cast<int>(n);
    return true;
  }
  if (unit == "DE" && !vague && n == static_cast<int>(n)) {  // "a decade ago": the decade ten years back
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = 'X';
    m.spec.n = -static_cast<int>(n);
    return true;
  }
  if (vague || n != static_cast<int>(n) || unit[0] == 'T' || unit.size() > 1) {
    m.spec.kind = Kind::Literal;
    m.spec.literal = "PAST_REF";
    return true;
  }
  m.spec.kind = Kind::UnitOffset;
  m.spec.unit = unit[0];
  m.spec.n = -static_cast<int>(n);
  return true;
}

// EXAMPLE: "the year before", "the next day", "the following week", "a day later",
//          "two years earlier", "that year", "the same day": n units from the time the text last named (its paragraph's
//          last date), else from the article date.
bool rule_relative_to_ref(const Unit& u, uint32_t i, Match& m) {
  const auto unit_at = [&](uint32_t k) -> char {
    bool plural = false;
    const std::string unit = unit_of(u.lower(k), &plural);
    return unit == "D" || unit == "W" || unit == "M" || unit == "Y" ? unit[0] : 0;
  };
  const auto at_clause_end = [&](uint32_t k) { return !u.in(k) || u.tok(k).kind == TokenKind::Punct; };
  char unit = 0;
  int n = 0;
  // "that year", "the same day": the time the text last named, at the unit's grain
  if ((u.ieq(i, "that") && (unit = unit_at(i + 1)) && u.lower(i + 1).back() != 's') ||
      (u.ieq(i, "the") && u.ieq(i + 1, "same") && (unit = unit_at(i + 2)) && u.lower(i + 2).back() != 's')) {
    m.end = u.ieq(i, "that") ? i + 2 : i + 3;
    if (u.ieq(m.end, "of")) return false;  // "the same month of 2019": rule_month's
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = unit;
    m.spec.n = 0;
    m.spec.ref = true;
    return true;
  }
  if (u.ieq(i, "the")) {
    if ((unit = unit_at(i + 1)) && (u.ieq(i + 2, "before") || u.ieq(i + 2, "earlier") || u.ieq(i + 2, "after") ||
                                    u.ieq(i + 2, "later")) && at_clause_end(i + 3)) {
      n = u.ieq(i + 2, "before") || u.ieq(i + 2, "earlier") ? -1 : 1;
      m.end = i + 3;
    } else if ((n = u.ieq(i + 1, "previous") || u.ieq(i + 1, "preceding") || u.ieq(i + 1, "prior") ? -1
                    : u.ieq(i + 1, "following") || u.ieq(i + 1, "next")                        ? 1
                                                                                               : 0) != 0 &&
               (unit = unit_at(i + 2)) && u.lower(i + 2).back() != 's') {
      m.end = i + 3;
    } else {
      return false;
    }
  } else if (u.ieq(i, "several") || u.ieq(i, "many") || (u.ieq(i, "a") && u.ieq(i + 1, "few"))) {
    // "a few years earlier", "several months before.": some time before the time named
    const uint32_t k = u.ieq(i, "a") ? i + 2 : i + 1;
    bool plural = false;
    if (!unit_at(k) || (unit_of(u.lower(k), &plural), !plural)) return false;
    if (!(u.ieq(k + 1, "earlier") || (u.ieq(k + 1, "before") && at_clause_end(k + 2)))) return false;
    m.end = k + 2;
    m.spec.literal = "PAST_REF";
    return true;
  } else {
    double count = 0;
    // Rule decade_later: "a decade later", "two decades earlier" count years from the time named
    // EXAMPLE: "founded in 1998 and listed a decade later" -> 2008
    int per = 1;
    if (count_at(u, i, count) && !unit_at(i + 1) && unit_of(u.lower(i + 1)) == "DE") {
      unit = 'Y';
      per = 10;
    }
    if (!count_at(u, i, count) || count != static_cast<int>(count) || count <= 0 || !(unit || (unit = unit_at(i + 1))))
      return false;
    const bool earlier = u.ieq(i + 2, "earlier") || (u.ieq(i + 2, "before") && at_clause_end(i + 3));
    const bool later = u.ieq(i + 2, "later") || (u.ieq(i + 2, "after") && at_clause_end(i + 3));
    if (!earlier && !later) return false;
    n = (earlier ? -1 : 1) * static_cast<int>(count) * per;
    m.end = i + 3;
  }
  m.spec.kind = Kind::UnitOffset;
  m.spec.unit = unit;
  m.spec.n = n;
  m.spec.ref = true;
  return true;
}

// EXAMPLE: "the past 24 hours", "the last two years", "the past week", "the coming days",
//          "the last couple of days",
//          "in recent weeks"
bool rule_past_period(const Unit& u, uint32_t i, Match& m) {
  // "in coming weeks", "the months ahead", "the years to come": some time after
  if (u.ieq(i, "coming") && i > u.b && u.ieq(i - 1, "in")) {
    bool plural = false;
    if (unit_of(u.lower(i + 1), &plural).empty() || !plural) return false;
    m.end = i + 2;
    m.spec.literal = "FUTURE_REF";
    return true;
  }
  if (u.ieq(i, "the") && (u.ieq(i + 2, "ahead") || (u.ieq(i + 2, "to") && u.ieq(i + 3, "come")))) {
    bool plural = false;
    if (!unit_of(u.lower(i + 1), &plural).empty() && plural) {
      m.end = u.ieq(i + 2, "ahead") ? i + 3 : i + 4;
      m.spec.literal = "FUTURE_REF";
      return true;
    }
  }
  if (u.ieq(i, "recent") || (u.ieq(i, "the") && u.ieq(i + 1, "coming"))) {
    const uint32_t k = u.ieq(i, "recent") ? i + 1 : i + 2;
    bool plural = false;
    if (unit_of(u.lower(k), &plural).empty() || !plural) return false;
    m.end = k + 1;
    m.spec.literal = u.ieq(i, "recent") ? "PAST_REF" : "FUTURE_REF";
    return true;
  }
  if (!u.ieq(i, "the")) return false;
  int dir;
  if (u.ieq(i + 1, "past") || u.ieq(i + 1, "last") || u.ieq(i + 1, "previous")) dir = -1;
  else if (u.ieq(i + 1, "next") || u.ieq(i + 1, "coming")) dir = 1;
  else return false;
  double n = 1;
  uint32_t k = i + 2;
  std::string count = "1";
  if (u.ieq(k, "couple") && u.ieq(k + 1, "of")) { count = "2"; k += 2; }  // "the last couple of days"
  else if (count_at(u, k, n)) { count = number_str(n); ++k; }
  else if (u.ieq(k, "few") || u.ieq(k, "several")) { count = "X"; ++k; }
  bool plural = false;
  const std::string unit = unit_of(u.lower(k), &plural);
  if (unit.empty()) return false;
  if (count == "1" && plural && k == i + 2) count = "X";  // "the past weeks"
  if (k == i + 2 && !plural && (unit == "D" || unit == "TH")) return false;  // "the next day": no duration
  m.end = k + 1;
  m.spec.type = "duration";
  m.spec.literal = duration(unit, count);
  (void)dir;
  return true;
}

// EXAMPLE: "recently", "now", "currently", "these days", "at the moment", "in those days",
//          "not long ago", "at this point" (and not "now that it is over")
bool rule_vague_word(const Unit& u, uint32_t i, Match& m) {
  // "the future", "in the past" (not "the past 24 hours": rule_past_period's, longer)
  if (u.ieq(i, "the") && (u.ieq(i + 1, "future") || u.ieq(i + 1, "past"))) {
    const bool future = u.ieq(i + 1, "future");
    if (!future && u.in(i + 2) && (u.tok(i + 2).kind == TokenKind::Number || !unit_of(u.lower(i + 2)).empty() ||
                                   u.ieq(i + 2, "few") || u.ieq(i + 2, "several"))) {
      return false;
    }
    if (u.in(i + 2) && u.tok(i + 2).kind == TokenKind::Word && !(u.tok(i + 2).flags & kLower)) return false;  // "The Future Group"
    if (u.cap(i + 1) && i > u.b) return false;  // "the Future of Babylon project": a name
    m.end = i + 2;
    m.spec.literal = future ? "FUTURE_REF" : "PAST_REF";
    return true;
  }
  if (u.ieq(i, "late") && i > u.b + 1 && u.ieq(i - 1, "of") && u.ieq(i - 2, "as")) {  // "as of late"
    m.end = i + 1;
    m.spec.literal = "PAST_REF";
    return true;
  }
  if (u.ieq(i, "those") && u.ieq(i + 1, "days") && i > u.b && u.ieq(i - 1, "in") && !u.ieq(i + 2, "of")) {
    m.end = i + 2;  // "In those days it was all or nothing": some time before
    m.spec.literal = "PAST_REF";
    return true;
  }
  if (u.ieq(i, "these") && u.ieq(i + 1, "days") && !u.ieq(i + 2, "of")) {  // "these days"
    m.end = i + 2;
    m.spec.literal = "PRESENT_REF";
    return true;
  }
  if (u.ieq(i, "the") && u.ieq(i + 1, "moment") && i > u.b && u.ieq(i - 1, "at")) {  // "at the moment"
    static const char* kClause[] = {"of", "when", "that", "where", "which", "he", "she", "it", "they", "we", "i", "you"};
    for (const char* w : kClause)
      if (u.ieq(i + 2, w)) return false;  // "at the moment of impact", "at the moment he left"
    m.end = i + 2;
    m.spec.literal = "PRESENT_REF";
    return true;
  }
  // "not long ago", "long ago": some time before (not "how long ago did it start?")
  if ((u.ieq(i, "not") && u.ieq(i + 1, "long") && u.ieq(i + 2, "ago")) ||
      (u.ieq(i, "long") && u.ieq(i + 1, "ago") && !(i > u.b && (u.ieq(i - 1, "how") || u.ieq(i - 1, "not"))))) {
    m.end = u.ieq(i, "not") ? i + 3 : i + 2;
    m.spec.literal = "PAST_REF";
    return true;
  }
  // "at this point": now (not "at this point of the route": a place)
  if (u.ieq(i, "this") && u.ieq(i + 1, "point") && i > u.b && u.ieq(i - 1, "at") && !u.ieq(i + 2, "of")) {
    m.end = i + 2;
    m.spec.literal = "PRESENT_REF";
    return true;
  }
  if (u.ieq(i, "right") && u.ieq(i + 1, "now")) {  // "right now"
    m.end = i + 2;
    m.spec.literal = "PRESENT_REF";
    return true;
  }
  const int idx = kTimeVague.find(u.lower(i));
  if (idx < 0) return false;
  if (i > u.b && u.ieq(i - 1, "every")) return false;                 // every now and again
  if (u.ieq(i, "now") && u.ieq(i + 1, "and") && (u.ieq(i + 2, "then") || u.ieq(i + 2, "again"))) return false;
  // "now that there was no union": since, in a past narrative, no time ("Now that we're in
  // 2011" is the present)
  if (u.ieq(i, "now") && u.ieq(i + 1, "that")) {
    for (uint32_t k = i + 2; k < i + 6 && u.in(k); ++k)
      if (u.ieq(k, "was") || u.ieq(k, "were") || u.ieq(k, "had")) return false;
  }
  m.end = i + 1;
  m.spec.literal = std::string(kTimeVague.canonical(idx));
  return true;
}

// Digits, with a decimal point or thousands groups: "180", "50,000", "1.5".
bool all_digits_or_grouped(std::string_view s) {
  if (s.empty() || s[0] < '0' || s[0] > '9') return false;
  for (const char c : s)
    if (!((c >= '0' && c <= '9') || c == ',' || c == '.')) return false;
  return true;
}

// A plural noun after a number ("2000 people"), not a word that merely ends in s ("as").
bool plural_noun(std::string_view w) {
  if (w == "people" || w == "men" || w == "women" || w == "children") return true;
  if (w.size() < 4 || w.back() != 's') return false;
  const char c = w[w.size() - 2];
  return c != 's' && c != 'u' && c != 'i';
}

// EXAMPLE: "in 2023", "since 1948", "the 2024 election", "mid-2024", "2010-2015", "the 1990-91 recession",
//          "fiscal 1989", "the year-earlier period", "fellow 2012 presidential candidate"
bool rule_year(const Unit& u, uint32_t i, Match& m) {
  if (!u.in(i) || u.tok(i).kind == TokenKind::Punct) return false;
  const std::string_view s = u.t(i);
  std::string mod;
  int y = 0, y2 = -1;
  // "fiscal 1989": TimeML's FY1989
  if (u.ieq(i, "fiscal") && year_at(u, i + 1)) {
    m.end = i + 2;
    m.spec.literal = fmt("FY%04d", year_at(u, i + 1));
    return true;
  }
  // EXAMPLE: "in fiscal year 2026" -> FY2026
  if (u.ieq(i, "fiscal") && u.ieq(i + 1, "year") && year_at(u, i + 2)) {
    m.end = i + 3;
    m.spec.literal = fmt("FY%04d", year_at(u, i + 2));
    return true;
  }
  // Rule era_year: a year with its era (data/time_eras.txt), BC as TimeML writes it, any
  // size of year (the era says it is one)
  // EXAMPLE: "built around 450 BC" -> BC0450; "restored in AD 1200" -> 1200; "1200 AD" -> 1200
  if (const int era = kTimeEras.find(u.t(i)); era >= 0 && kTimeEras.canonical(era) == "AD" && u.in(i + 1) &&
      u.tok(i + 1).kind == TokenKind::Number && all_digits(u.t(i + 1)) && u.t(i + 1).size() <= 4 &&
      to_int(u.t(i + 1)) > 0) {
    m.end = i + 2;
    m.spec.literal = fmt("%04d", to_int(u.t(i + 1)));
    m.spec.era = true;
    return true;
  }
  if (u.tok(i).kind == TokenKind::Number && all_digits(s) && s.size() <= 4 && to_int(s) > 0 && u.in(i + 1)) {
    if (const int era = kTimeEras.find(u.t(i + 1)); era >= 0) {
      m.end = i + 2;
      if (u.is(m.end, ".") && u.adjacent(m.end) && u.t(i + 1).back() != '.' && u.t(i + 1).find('.') != std::string_view::npos)
        ++m.end;  // "B.C" + "."
      m.spec.literal = fmt(kTimeEras.canonical(era) == "BC" ? "BC%04d" : "%04d", to_int(s));
      m.spec.era = true;
      return true;
    }
  }
  // "512-511 BC": the range's first year (EXAMPLE: "in 512-511 BC" -> BC0512)
  if (const std::size_t dash = s.find('-'); u.tok(i).kind == TokenKind::Number && dash != std::string_view::npos &&
      dash > 0 && dash <= 4 && all_digits(s.substr(0, dash)) && s.size() - dash - 1 <= 4 && dash + 1 < s.size() &&
      all_digits(s.substr(dash + 1)) && u.in(i + 1)) {
    if (const int era = kTimeEras.find(u.t(i + 1)); era >= 0 && kTimeEras.canonical(era) == "BC") {
      m.end = i + 2;
      m.spec.literal = fmt("BC%04d", to_int(s.substr(0, dash)));
      m.spec.era = true;
      return true;
    }
  }
  // "the year-earlier period", "the year-ago quarter": the year before the article's
  if (u.ieq(i, "year-earlier") || u.ieq(i, "year-ago")) {
    m.end = i + 1;
    m.spec.kind = Kind::UnitOffset;
    m.spec.unit = 'Y';
    m.spec.n = -1;
    m.spec.comparison = true;  // "rose to $45 million from $38 million a year earlier" still counts from now
    return true;
  }
  if (u.tok(i).kind == TokenKind::Word && s.size() == 8 && (s.substr(0, 4) == "mid-" || s.substr(0, 4) == "Mid-")) {
    y = year_of(s.substr(4));
    mod = "MID";
  } else if (u.tok(i).kind == TokenKind::Number && s.size() == 9 && s[4] == '-') {
    y = year_of(s.substr(0, 4));
    y2 = year_of(s.substr(5));
    if (y2 <= y) return false;
  } else if (u.tok(i).kind == TokenKind::Number && s.size() == 7 && s[4] == '-' && all_digits(s.substr(5))) {
    y = year_of(s.substr(0, 4));  // "the 1990-91 recession", "the 2015-16 season"
    y2 = y / 100 * 100 + to_int(s.substr(5));
    if (!y || y2 != y + 1) return false;
  } else if (u.tok(i).kind == TokenKind::Number) {
    y = year_of(s);
  }
  if (!y || y > 2100) return false;
  // "Suite 1810", "Flight 1549", "No. 1990": a label after a word that numbers things
  // (data/time_label_nouns.txt), never a year
  if (mod.empty() && i > u.b) {
    const uint32_t w = u.is(i - 1, ".") && u.adjacent(i - 1) && i > u.b + 1 ? i - 2 : i - 1;
    if (u.tok(w).kind == TokenKind::Word && kTimeLabelNouns.contains(u.t(w))) return false;
  }
  // before 1800 only after "in", "by", "since", "until", "from" and before punctuation:
  // "in 1492, sparking", "By 1340, Cairo" (not "in 1500 cases", "Room 1200")
  if (y < 1800 && !(mod.empty() && y2 < 0 && i > u.b &&
                    (u.ieq(i - 1, "in") || u.ieq(i - 1, "by") || u.ieq(i - 1, "since") || u.ieq(i - 1, "until") ||
                     u.ieq(i - 1, "from")) &&
                    (!u.in(i + 1) || u.punct(i + 1)) && !(i > u.b + 1 && u.is(i - 2, "$"))))
    return false;
  if (mod.empty() && y2 < 0) {
    // A bare number is a year only in a time context: after "in", "since", "the"...,
    // or standing alone before punctuation; never as a count ("2000 people").
    const bool count_noun = u.in(i + 1) && (u.tok(i + 1).flags & kLower) && plural_noun(u.t(i + 1)) &&
                            !kTimeEventNouns.contains(u.lower(i + 1));  // "for 2000 people"
    const bool ctx = context_before(u, i) && !count_noun;
    const bool the = i > u.b && (u.ieq(i - 1, "the") || u.ieq(i - 1, "a") || u.ieq(i - 1, "an")) && !count_noun;
    const bool alone = (!u.in(i + 1) || u.punct(i + 1)) && (i == u.b || u.punct(i - 1)) &&
                       !(i > u.b && u.is(i - 1, "$"));
    // "Expo 2016", "Euro 2024": a name with its year.
    const bool named = i > u.b + 1 && u.cap(i - 1) && u.tok(i - 1).kind == TokenKind::Word && y >= 1900 &&
                       !(u.in(i + 1) && (u.tok(i + 1).flags & kLower) && u.t(i + 1).back() == 's');
    // "2010 World Cup", "the 2016 Rio Olympics": a year before the name of an event (not
    // a count before a nationality, "1500 Israeli soldiers", or a plural, "2000 Palestinians")
    const bool before_name = y >= 1800 && u.in(i + 1) && u.cap(i + 1) && u.tok(i + 1).kind == TokenKind::Word &&
                             u.t(i + 1).back() != 's' && !kGazDemonyms.contains(u.t(i + 1)) &&
                             !(i > u.b && u.is(i - 1, "$"));
    // "the 2014 Ukrainian parliamentary election" (a nationality, then a singular word: a
    // year), not "2000 Israeli soldiers" (a plural: a count)
    bool before_nationality = false;
    if (y >= 1900 && u.in(i + 1) && u.cap(i + 1) && u.t(i + 1).back() != 's' && kGazDemonyms.contains(u.t(i + 1)) &&
        !(i > u.b && u.is(i - 1, "$"))) {
      for (uint32_t k = i + 2; k < i + 5 && u.in(k) && u.tok(k).kind == TokenKind::Word; ++k) {
        if (u.cap(k)) continue;  // "2014 Ukrainian Parliamentary ..." reads on to the first lower-case word
        before_nationality = !plural_noun(u.lower(k));
        break;
      }
    }
    // "fellow 2012 presidential candidate", "his 2008 mayoral bid": a year before an
    // adjective of elections and offices (data/time_event_adjectives.txt), then a singular
    // noun or an event noun (not a count: "2000 local residents")
    const bool before_event_adjective =
        y >= 1900 && u.in(i + 2) && (u.tok(i + 1).flags & kLower) && kTimeEventAdjectives.contains(u.lower(i + 1)) &&
        u.tok(i + 2).kind == TokenKind::Word && (!plural_noun(u.lower(i + 2)) || kTimeEventNouns.contains(u.lower(i + 2))) &&
        !(i > u.b && u.is(i - 1, "$"));
    // "the United States' 2003 invasion": a possessive before the number
    const bool after_possessive = y >= 1900 && i > u.b && (u.possessive_s(i - 1) || u.is(i - 1, "'") ||
                                                         u.is(i - 1, "\xE2\x80\x99"));
    // "2009, 2010 World Cup", "over 2000 - 2050": a year beside another year
    const auto other_year = [&](uint32_t k) { const int o = year_at(u, k); return o >= 1800 && o <= 2100; };
    const bool listed = (u.in(i + 1) && (u.is(i + 1, ",") || u.is(i + 1, "-") || u.is(i + 1, "\xE2\x80\x93") ||
                                         u.ieq(i + 1, "and") || u.ieq(i + 1, "or") || u.ieq(i + 1, "to")) &&
                         other_year(i + 2) && !count_noun) ||
                        (i > u.b + 1 && (u.is(i - 1, "-") || u.is(i - 1, "\xE2\x80\x93") || u.is(i - 1, ",") ||
                                         u.ieq(i - 1, "and") || u.ieq(i - 1, "or")) &&
                         other_year(i - 2) && !count_noun);
    // "1987 was proclaimed ...": a sentence that opens with a year and a verb
    const bool opens = i == u.b && (u.ieq(i + 1, "was") || u.ieq(i + 1, "is") || u.ieq(i + 1, "saw") ||
                                    u.ieq(i + 1, "marked") || u.ieq(i + 1, "will") || u.ieq(i + 1, "brought"));
    if (!ctx && !the && !alone && !named && !before_name && !listed && !opens && !before_nationality && !after_possessive &&
        !before_event_adjective)
      return false;
    if (i > u.b && (u.is(i - 1, "$") || u.is(i - 1, "No") || u.ieq(i - 1, "about"))) return false;
  }
  m.end = i + 1;
  m.spec.kind = Kind::Absolute;
  m.spec.y = y;
  m.spec.y_end = y2;
  m.spec.mod = mod;
  return true;
}

// EXAMPLE: "the 1990s", "the '90s", "the 21st century", "the mid-1990s", "the late 1970s"
bool rule_decade(const Unit& u, uint32_t i, Match& m) {
  if (!u.in(i)) return false;
  if (u.ieq(i, "the") && u.in(i + 1)) {  // "the 1990s", "the 20th century" (the span from "the")
    // "the sixties": data/time_decade_words.txt (not "her sixties": an age)
    if (const int idx = kTimeDecadeWords.find(u.t(i + 1)); idx >= 0) {
      m.end = i + 2;
      m.spec.kind = Kind::Decade;
      m.spec.literal = std::string(kTimeDecadeWords.canonical(idx));
      return true;
    }
    // "the late 1970s", "the early 20th century": the modifier inside the span from "the"
    if ((u.ieq(i + 1, "early") || u.ieq(i + 1, "late")) && rule_decade(u, i + 2, m) && m.spec.mod.empty()) {
      m.spec.mod = u.ieq(i + 1, "early") ? "START" : "END";
      return true;
    }
    return rule_decade(u, i + 1, m);
  }
  const std::string_view s = u.t(i);
  if (s.size() > 4 && (s.substr(0, 4) == "mid-" || s.substr(0, 4) == "Mid-")) {  // "the mid-1990s", "the mid-Sixties"
    const std::string_view rest = s.substr(4);
    std::string literal;
    // EXAMPLE: "established in the mid-19th century" -> 18, MID
    if (u.ieq(i + 1, "century") && rest.size() >= 3 && rest.size() <= 4 && all_digits(rest.substr(0, rest.size() - 2)) &&
        to_int(rest.substr(0, rest.size() - 2)) > 0) {
      m.end = i + 2;
      m.spec.kind = Kind::Decade;
      m.spec.literal = fmt("%02d", to_int(rest.substr(0, rest.size() - 2)) - 1);
      m.spec.mod = "MID";
      return true;
    }
    if (rest.size() == 5 && rest.back() == 's' && rest[3] == '0' && year_of(rest.substr(0, 4))) literal = rest.substr(0, 3);
    else if (const int idx = kTimeDecadeWords.find(rest); idx >= 0) literal = kTimeDecadeWords.canonical(idx);
    if (literal.empty()) return false;
    m.end = i + 1;
    m.spec.kind = Kind::Decade;
    m.spec.literal = literal;
    m.spec.mod = "MID";
    return true;
  }
  if (u.tok(i).kind == TokenKind::Number && s.size() == 5 && s.back() == 's' && s[3] == '0' &&
      year_of(s.substr(0, 4))) {
    m.end = i + 1;
    m.spec.kind = Kind::Decade;
    m.spec.literal = std::string(s.substr(0, 3));
    // "the 1800s", "the 1700s": the century (before 1900; "the 1900s", "the 2000s" may be the decade)
    // EXAMPLE: "first described the species in the 1800s" -> 18
    if (s[2] == '0' && to_int(s.substr(0, 4)) < 1900) m.spec.literal = std::string(s.substr(0, 2));
    return true;
  }
  if (u.tok(i).kind == TokenKind::Number && s.size() == 4 && s[3] == '0' && year_of(s) && u.in(i + 1) &&
      u.adjacent(i + 1) && (u.t(i + 1) == "'s" || u.t(i + 1) == "\xE2\x80\x99s")) {
    m.end = i + 2;  // the 1930's
    m.spec.kind = Kind::Decade;
    m.spec.literal = std::string(s.substr(0, 3));
    return true;
  }
  // "the 60s" (after "the" only: "her 60s" is an age)
  if (u.tok(i).kind == TokenKind::Number && s.size() == 3 && s.back() == 's' && s[1] == '0' && all_digits(s.substr(0, 2)) &&
      i > u.b && u.ieq(i - 1, "the") && !u.ieq(i + 1, "degrees")) {
    m.end = i + 1;
    m.spec.kind = Kind::Decade;
    m.spec.literal = std::string("19") + s[0];
    return true;
  }
  if ((s == "'" || s == "\xE2\x80\x99") && u.in(i + 1) && u.adjacent(i + 1)) {
    const std::string_view t = u.t(i + 1);
    if (t.size() == 3 && t.back() == 's' && t[1] == '0' && all_digits(t.substr(0, 2))) {
      m.end = i + 2;
      m.spec.kind = Kind::Decade;
      m.spec.literal = std::string("19") + t[0];  // the '90s; the '20s is read as the 1920s
      return true;
    }
  }
  if (u.tok(i).kind == TokenKind::Number && u.ieq(i + 1, "century") && s.size() >= 3) {
    const std::string_view num = s.substr(0, s.size() - 2);
    if (all_digits(num) && num.size() <= 2) {
      m.end = i + 2;
      m.spec.kind = Kind::Decade;
      m.spec.literal = fmt("%02d", to_int(num) - 1);
      // EXAMPLE: "the 5th century BC" -> BC04 (data/time_eras.txt; "the 6th century AD" -> 05)
      if (const int era = u.in(i + 2) ? kTimeEras.find(u.t(i + 2)) : -1; era >= 0) {
        ++m.end;
        if (kTimeEras.canonical(era) == "BC") m.spec.literal = "BC" + m.spec.literal;
      }
      return true;
    }
  }
  return false;
}

// "last year", "next year", "this year" at k (after "of" of "the autumn of next year"):
// the year relative to the article's, in rel.
bool relative_year_at(const Unit& u, uint32_t k, int& rel) {
  if (!u.ieq(k + 1, "year")) return false;
  if (u.ieq(k, "last")) rel = -1;
  else if (u.ieq(k, "next")) rel = 1;
  else if (u.ieq(k, "this")) rel = 0;
  else return false;
  return true;
}

// EXAMPLE: "summer 2024", "the summer of 2023", "in the spring", "in winter", "this winter" (with rule_this_unit),
//          "the autumn of next year" (the article's year plus one)
//          (and not "during the summer months")
bool rule_season(const Unit& u, uint32_t i, Match& m) {
  uint32_t j = i;
  std::string mod;
  if (u.ieq(j, "early")) { mod = "START"; ++j; }
  else if (u.ieq(j, "late")) { mod = "END"; ++j; }
  const bool the = u.ieq(j, "the");
  if (the) ++j;
  const int s = kSeasons.find(u.lower(j));
  if (s < 0) return false;
  uint32_t k = j + 1;
  int y = -1;
  if (year_at(u, k)) { y = year_at(u, k); ++k; }
  else if (u.is(k, "of") && year_at(u, k + 1)) { y = year_at(u, k + 1); k += 2; }
  else if (u.is(k, "of") && relative_year_at(u, k + 1, m.spec.y_rel)) { m.spec.y_rel_set = true; k += 3; }
  // "in winter", "during summer": a bare season after a preposition
  const bool bare = !the && i == j && i > u.b && (u.ieq(i - 1, "in") || u.ieq(i - 1, "during") || u.ieq(i - 1, "until") ||
                                                  u.ieq(i - 1, "since") || u.ieq(i - 1, "by"));
  if (y < 0 && !m.spec.y_rel_set && !(the && context_before(u, i)) && mod.empty() && !bare) return false;
  // "during the summer months", "in the winter time": any year's season, no date
  if (y < 0 && (u.ieq(k, "months") || u.ieq(k, "time"))) return false;
  if (u.ieq(j, "fall") && y < 0 && !m.spec.y_rel_set) return false;  // "the fall of Kabul"
  m.end = k;
  m.spec.kind = Kind::Season;
  m.spec.part = std::string(kSeasons.canonical(s));
  m.spec.y = y;
  m.spec.mod = mod;
  return true;
}

// EXAMPLE: "the first quarter", "Q3 2023", "the second half of 2024", "fourth-quarter profit", "the 4th quarter of 2018",
//          "1988's fourth quarter", "the 1989 first half"
bool rule_quarter(const Unit& u, uint32_t i, Match& m) {
  const std::string_view s = u.t(i);
  if (s.size() == 2 && s[0] == 'Q' && s[1] >= '1' && s[1] <= '4') {
    m.spec.part = std::string(s);
    m.end = i + 1;
    if (year_at(u, i + 1)) { m.spec.y = year_at(u, i + 1); m.end = i + 2; }
    m.spec.kind = Kind::Part;
    return true;
  }
  static const char* kOrd[] = {"first", "second", "third", "fourth"};
  if (u.tok(i).flags & kHyphenated) {  // "fourth-quarter earnings", "first-half profit"
    const std::string_view low = u.lower(i);
    const std::size_t dash = low.find('-');
    if (dash == std::string_view::npos) return false;
    const std::string_view what = low.substr(dash + 1);
    if (what != "quarter" && what != "half") return false;
    for (int k = 0; k < 4; ++k) {
      static const char* kOrdDigit[] = {"1st", "2nd", "3rd", "4th"};  // "4th-quarter"
      if ((low.substr(0, dash) != kOrd[k] && low.substr(0, dash) != kOrdDigit[k]) || (what == "half" && k > 1)) continue;
      m.spec.kind = Kind::Part;
      m.spec.part = std::string(what == "half" ? "H" : "Q") + static_cast<char>('1' + k);
      m.end = i + 1;
      return true;
    }
    return false;
  }
  // "1988's fourth quarter", "the 1989 third quarter": the year before the part
  int year = 0;
  uint32_t o = i + 1;  // the ordinal
  if (year_at(u, i) && u.possessive_s(i + 1)) {
    year = year_at(u, i);
    o = i + 2;
  } else if (u.ieq(i, "the") && year_at(u, i + 1)) {
    year = year_at(u, i + 1);
    o = i + 2;
  } else if (!u.ieq(i, "the")) {
    return false;
  }
  int q = 0;
  static const char* kOrdDigits[] = {"1st", "2nd", "3rd", "4th"};  // "the 4th quarter of 2018"
  for (int k = 0; k < 4; ++k) {
    if (u.ieq(o, kOrd[k]) || u.ieq(o, kOrdDigits[k])) q = k + 1;
  }
  if (year) {
    if (!q || !(u.ieq(o + 1, "quarter") || (u.ieq(o + 1, "half") && q <= 2))) return false;
    m.spec.kind = Kind::Part;
    m.spec.part = std::string(u.ieq(o + 1, "half") ? "H" : "Q") + static_cast<char>('0' + q);
    m.spec.y = year;
    m.end = o + 2;
    return true;
  }
  if (!q) return false;
  const bool half = u.ieq(i + 2, "half");
  if (!half && !u.ieq(i + 2, "quarter")) return false;
  if (half && q > 2) return false;
  m.spec.kind = Kind::Part;
  m.spec.part = std::string(half ? "H" : "Q") + static_cast<char>('0' + q);
  m.end = i + 3;
  if (u.ieq(i + 3, "of") && year_at(u, i + 4)) { m.spec.y = year_at(u, i + 4); m.end = i + 5; }
  else if (u.ieq(i + 3, "of") && u.ieq(i + 4, "the") && u.ieq(i + 5, "year")) { m.end = i + 6; }
  else if (u.ieq(i + 3, "of") && relative_year_at(u, i + 4, m.spec.y_rel)) {  // "the first half of next year"
    m.spec.y_rel_set = true;
    m.end = i + 6;
  }
  return true;
}

bool zone_word(std::string_view w) { return kTimeZones.contains(w); }  // data/time_zones.txt

// EXAMPLE: "3 p.m.", "3:15 p.m.", "10 a.m. local time", "1200 GMT", "noon", "midnight", "10 o'clock", "at 23.45",
//          "3PM", "at 3 in the morning", "15:15"
bool rule_clock(const Unit& u, uint32_t i, Match& m) {
  if (!u.in(i)) return false;
  const std::string_view s = u.t(i);
  int h = -1, mi = 0;
  uint32_t k = i + 1;
  if (u.ieq(i, "noon") || u.ieq(i, "midday")) { h = 12; }
  else if (u.ieq(i, "midnight")) {
    h = 24;
    m.spec.day_end = i > u.b && (u.ieq(i - 1, "to") || u.ieq(i - 1, "until") || u.ieq(i - 1, "till") ||
                                 u.ieq(i - 1, "through") || u.ieq(i - 1, "before"));
  }
  else if (u.tok(i).kind == TokenKind::Number) {
    std::string_view digits = s;
    std::string ampm;
    bool dotted = false;  // "at 23.45"
    // glued am/pm: "3pm", "3PM"
    const std::string_view low = u.lower(i);
    if (s.size() > 2 && (low.substr(s.size() - 2) == "am" || low.substr(s.size() - 2) == "pm")) {
      ampm = std::string(low.substr(s.size() - 2));
      digits = s.substr(0, s.size() - 2);
    }
    const std::size_t colon = digits.find(':');
    if (colon != std::string_view::npos) {
      if (!all_digits(digits.substr(0, colon)) || digits.size() - colon - 1 != 2 ||
          !all_digits(digits.substr(colon + 1)))
        return false;
      h = to_int(digits.substr(0, colon));
      mi = to_int(digits.substr(colon + 1));
    } else if (all_digits(digits) && digits.size() <= 2) {
      h = to_int(digits);
    } else if ((digits.size() == 4 || digits.size() == 5) && digits[digits.size() - 3] == '.' &&
               all_digits(digits.substr(0, digits.size() - 3)) && all_digits(digits.substr(digits.size() - 2)) &&
               (!ampm.empty() || u.ieq(k, "pm") || u.ieq(k, "am") || u.ieq(k, "p.m.") || u.ieq(k, "a.m.") ||
                u.ieq(k, "p.m") || u.ieq(k, "a.m"))) {
      // EXAMPLE: "at 9.30pm on Friday", "9.30 a.m." (a British clock, its stop before the minutes)
      h = to_int(digits.substr(0, digits.size() - 3));
      mi = to_int(digits.substr(digits.size() - 2));
    } else if (digits.size() == 5 && digits[2] == '.' && all_digits(digits.substr(0, 2)) && all_digits(digits.substr(3)) &&
               ampm.empty() && i > u.b && u.ieq(i - 1, "at") && (!u.in(i + 1) || u.punct(i + 1))) {
      h = to_int(digits.substr(0, 2));  // "at 23.45." (a 24-hour clock with a stop)
      mi = to_int(digits.substr(3));
      if (h > 23) return false;
      dotted = true;
    } else if (all_digits(digits) && digits.size() == 4 && ampm.empty() && u.in(i + 1) && zone_word(u.t(i + 1))) {
      h = to_int(digits.substr(0, 2));  // 1200 GMT
      mi = to_int(digits.substr(2));
    } else {
      return false;
    }
    bool oclock = false;
    // "at 3 in the morning", "10 in the evening": the part of the day says am or pm
    // EXAMPLE: "at 3:15 in the afternoon" -> T15:15
    if (ampm.empty() && (colon != std::string_view::npos || all_digits(digits)) && h >= 1 && h <= 12 && u.ieq(k, "in") &&
        u.ieq(k + 1, "the") && (u.ieq(k + 2, "morning") || u.ieq(k + 2, "afternoon") || u.ieq(k + 2, "evening"))) {
      ampm = u.ieq(k + 2, "morning") ? "am" : "pm";
      k += 3;
    }
    if (ampm.empty() && colon == std::string_view::npos && h >= 1 && h <= 12) {  // "10 o'clock"
      if (u.ieq(k, "o'clock") || u.ieq(k, "o\xE2\x80\x99" "clock")) { oclock = true; ++k; }
      else if (u.ieq(k, "o") && u.in(k + 1) && (u.t(k + 1) == "'" || u.t(k + 1) == "\xE2\x80\x99") && u.ieq(k + 2, "clock")) {
        oclock = true;
        k += 3;
      } else if (u.ieq(k, "o") && u.in(k + 1) && (u.t(k + 1) == "'clock" || u.t(k + 1) == "\xE2\x80\x99" "clock")) {
        oclock = true;
        k += 2;
      }
    }
    if (ampm.empty() && !oclock) {
      const std::string_view next = u.lower(k);
      if (next == "p.m." || next == "pm" || next == "a.m." || next == "am") {
        ampm = next[0] == 'p' ? "pm" : "am";
        ++k;
      } else if (next == "p.m" || next == "a.m") {
        ampm = next[0] == 'p' ? "pm" : "am";
        ++k;
        if (u.is(k, ".") && u.adjacent(k)) ++k;
      }
    }
    const bool zoned = u.in(i + 1) && zone_word(u.t(i + 1));
    if (ampm.empty() && colon == std::string_view::npos && !zoned && !oclock && !dotted) return false;
    const bool day_clock = colon != std::string_view::npos && h >= 13 && h <= 23;  // "15:15": a 24-hour clock
    if (ampm.empty() && !zoned && !oclock && !day_clock && !(i > u.b && (u.ieq(i - 1, "at") || u.ieq(i - 1, "by") || u.ieq(i - 1, "until") ||
                                                u.ieq(i - 1, "till") || u.ieq(i - 1, "from") || u.ieq(i - 1, "to") ||
                                                u.ieq(i - 1, "around") || u.ieq(i - 1, "about") ||
                                                u.ieq(i - 1, "before") || u.ieq(i - 1, "after") ||
                                                u.ieq(i - 1, "since") || u.ieq(i - 1, "of"))))
      return false;  // "First Corinthians 9:25" is no time
    if (h > 24 || mi > 59) return false;
    if (!ampm.empty()) {
      if (h < 1 || h > 12) return false;
      if (ampm == "pm" && h != 12) h += 12;
      if (ampm == "am" && h == 12) h = 0;
    }
  } else {
    return false;
  }
  if (u.ieq(k, "local") && u.ieq(k + 1, "time")) k += 2;
  else if (u.in(k) && zone_word(u.t(k))) ++k;
  m.end = k;
  m.spec.kind = Kind::Clock;
  m.spec.type = "time";
  m.spec.hour = h;
  m.spec.minute = mi;
  return true;
}

// EXAMPLE: "late morning", "early evening": a part of the day, dated like a clock time
bool rule_part_of_day(const Unit& u, uint32_t i, Match& m) {
  const bool early = u.ieq(i, "early");
  if (!early && !u.ieq(i, "late")) return false;
  const char* part = part_of_day(u.lower(i + 1));
  if (!part || !(u.tok(i + 1).flags & kLower) || u.ieq(i + 2, "of")) return false;  // "early morning of ..."
  m.end = i + 2;
  m.spec.kind = Kind::Clock;
  m.spec.type = "time";
  m.spec.part = part;
  m.spec.mod = early ? "START" : "END";
  return true;
}

// EXAMPLE: "nine-month-long", "three-and-a-half year war", "two years", "24 hours", "a year and a half",
//          "so that one day he can return" (FUTURE_REF),
//          "a couple of years", "a couple of seconds",
//          "a decade", "a 24-hour truce", "months-long"
bool rule_duration(const Unit& u, uint32_t i, Match& m) {
  if (!u.in(i)) return false;
  const std::string_view low = u.lower(i);
  // "so that one day Asad can be held to account", "One day, they will return": some day to
  // come (a modal near it), not a day's duration ("for one day", "only one day to test it")
  if (low == "one" && u.ieq(i + 1, "day") &&
      (i == u.b || u.is(i - 1, ",") || u.ieq(i - 1, "that") || u.ieq(i - 1, "and") || u.ieq(i - 1, "but") ||
       u.ieq(i - 1, "will") || u.ieq(i - 1, "would") || u.ieq(i - 1, "could") || u.ieq(i - 1, "can") ||
       u.ieq(i - 1, "may") || u.ieq(i - 1, "might") || u.ieq(i - 1, "hope") || u.ieq(i - 1, "hopes") ||
       u.ieq(i - 1, "to")) &&
      u.in(i + 2) && (u.tok(i + 2).kind == TokenKind::Word || u.is(i + 2, ",")) && !u.ieq(i + 2, "after") &&
      !u.ieq(i + 2, "before") && !u.ieq(i + 2, "later") && !u.ieq(i + 2, "earlier") && !u.ieq(i + 2, "ago") &&
      !u.ieq(i + 2, "of") && !u.ieq(i + 2, "a") && !u.ieq(i + 2, "per") && !u.ieq(i + 2, "each")) {
    bool modal = false;  // data/time_modals.txt
    const uint32_t lo = i > u.b + 3 ? i - 3 : u.b;
    for (uint32_t k = lo; k < i + 18 && u.in(k) && !modal; ++k) {  // to the clause's end
      if (k > i + 2 && u.clause_break(k)) break;
      if (k == i || k == i + 1) continue;
      modal = kTimeModals.contains(u.lower(k));
    }
    if (modal) {
      m.end = i + 2;
      m.spec.literal = "FUTURE_REF";
      return true;
    }
  }
  // One hyphenated token: nine-month-long, 24-hour, year-long, months-long (but a
  // hyphenated count, "three-and-a-half", is read below).
  double hyphen_count;
  if ((u.tok(i).flags & kHyphenated) && !count_of(low, hyphen_count)) {
    std::string_view s = low;
    bool longish = false;
    if (s.size() > 5 && (s.substr(s.size() - 5) == "-long" || s.substr(s.size() - 4) == "-old")) {
      longish = true;
      s = s.substr(0, s.rfind('-'));
    }
    const std::size_t dash = s.rfind('-');
    std::string unit;
    std::string count;
    bool plural = false;
    if (dash == std::string_view::npos) {
      unit = unit_of(s, &plural);
      if (unit.empty() || !longish) return false;
      count = plural ? "X" : "1";  // months-long, year-long
    } else {
      unit = unit_of(s.substr(dash + 1), &plural);
      double n;
      if (unit.empty() || !count_of(s.substr(0, dash), n)) return false;
      count = number_str(n);
    }
    m.end = i + 1;
    m.spec.type = "duration";
    m.spec.literal = duration(unit, count);
    return true;
  }
  // "hours long", "weeks-long" as two words: an unstated number of the unit
  {
    bool plural = false;
    const std::string unit = unit_of(low, &plural);
    if (!unit.empty() && plural && (u.ieq(i + 1, "long") || (u.is(i + 1, "-") && u.ieq(i + 2, "long")))) {
      m.end = i + 1;
      m.spec.type = "duration";
      m.spec.literal = duration(unit, "X");
      return true;
    }
  }
  // "half an hour", "half a day", "half a century": the half in the next smaller unit
  if (low == "half" && (u.ieq(i + 1, "a") || u.ieq(i + 1, "an"))) {
    bool plural = false;
    const std::string unit = unit_of(u.lower(i + 2), &plural);
    static const std::pair<const char*, const char*> kHalf[] = {
        {"TH", "PT30M"}, {"TM", "PT30S"}, {"D", "PT12H"}, {"W", "PT84H"}, {"M", "P2W"},
        {"Y", "P6M"},    {"DE", "P5Y"},   {"CE", "P50Y"}};
    for (const auto& [from, to] : kHalf) {
      if (unit != from || plural) continue;
      m.end = i + 3;
      m.spec.type = "duration";
      m.spec.literal = to;
      return true;
    }
    return false;
  }
  double n;
  std::string count;
  uint32_t k = i;
  if (count_at(u, i, n)) {
    if (u.ieq(i, "a") || u.ieq(i, "an") || u.ieq(i, "one")) n = 1;
    count = number_str(n);
    ++k;
    if (u.ieq(k, "and") && u.ieq(k + 1, "a") && u.ieq(k + 2, "half")) { count = number_str(n + 0.5); k += 3; }
    else if ((u.ieq(k, "more") || u.ieq(k, "additional") || u.ieq(k, "further")) && !u.ieq(i, "a") && !u.ieq(i, "an"))
      ++k;  // "four more days of fighting"
    // "three consecutive months", "two full days" (data/time_count_adjectives.txt)
    if (kTimeCountAdjectives.contains(u.lower(k)) && !unit_of(u.lower(k + 1)).empty()) ++k;
  } else if (u.ieq(i, "several") || u.ieq(i, "many") || (u.ieq(i, "a") && u.ieq(i + 1, "few"))) {
    count = "X";
    k = u.ieq(i, "a") ? i + 2 : i + 1;
  } else {
    return false;
  }
  bool couple = false;  // "a couple of seconds": a count, not the article "a"
  if (count == "1" && u.ieq(i, "a") && u.ieq(k, "couple") && u.ieq(k + 1, "of")) {  // "a couple of years"
    count = "2";
    k += 2;
    couple = true;
  }
  bool plural;
  std::string_view unit_word = u.lower(k);
  bool suffixed = false;  // "28 year-old", "a 10 year-long ban": the suffix glued to the unit
  if (unit_word.size() > 5 && (unit_word.substr(unit_word.size() - 4) == "-old" || unit_word.substr(unit_word.size() - 5) == "-long")) {
    unit_word = unit_word.substr(0, unit_word.rfind('-'));
    suffixed = true;
  }
  const std::string unit = unit_of(unit_word, &plural);
  if (unit.empty()) return false;
  if (suffixed) {
    m.end = k + 1;
    m.spec.type = "duration";
    m.spec.literal = duration(unit, count);
    return true;
  }
  // "a year and a half", "two hours and a half"
  std::string counted = count;
  uint32_t half_end = 0;
  if (!plural || count != "1") {
    if (u.ieq(k + 1, "and") && u.ieq(k + 2, "a") && u.ieq(k + 3, "half") && count != "X" && count.find('.') == std::string::npos) {
      counted = number_str(to_int(count) + 0.5);
      half_end = k + 4;
    }
  }
  // relative to another time: rule_ago and rule_relative_to_ref ("two days later", "a
  // year before."); "two days after the attack" is a duration before its anchor event
  // "an hour later", "five hours earlier": the duration (the time it leads to has no date)
  const bool clause_end = !u.in(k + 2) || u.tok(k + 2).kind == TokenKind::Punct;
  if (u.ieq(k + 1, "ago") || ((u.ieq(k + 1, "later") || u.ieq(k + 1, "earlier")) && unit[0] != 'T') ||
      ((u.ieq(k + 1, "before") || u.ieq(k + 1, "after")) && clause_end))
    return false;
  // "a second", "a minute" alone are no durations often enough ("a second time"); "a
  // couple of seconds" is one.
  // After a comparison they are: "less than a second", "nearly a minute"
  // EXAMPLE: "finished less than a second behind" -> PT1S (not "a second trial")
  const bool compared = i > u.b && (u.ieq(i - 1, "than") || u.ieq(i - 1, "nearly") || u.ieq(i - 1, "almost") ||
                                    u.ieq(i - 1, "about") || u.ieq(i - 1, "roughly") || u.ieq(i - 1, "around") ||
                                    u.ieq(i - 1, "approximately")) &&
                        (!u.in(k + 1) || u.punct(k + 1) || u.ieq(k + 1, "behind") || u.ieq(k + 1, "ahead") ||
                         u.ieq(k + 1, "faster") || u.ieq(k + 1, "slower") || u.ieq(k + 1, "off") ||
                         u.ieq(k + 1, "from") || u.ieq(k + 1, "to") || u.ieq(k + 1, "in") || u.ieq(k + 1, "and") ||
                         u.ieq(k + 1, "or") || u.ieq(k + 1, "before") || u.ieq(k + 1, "after"));  // not "a second trial"
  if ((u.ieq(i, "a") || u.ieq(i, "an")) && !couple && !(compared && (unit == "TS" || unit == "TM")) &&
      !(unit == "Y" || unit == "DE" || unit == "W" || unit == "M" || unit == "D" || unit == "CE" || unit == "TH" ||
        unit == "FN"))
    return false;
  // A rate: "a"/"an" and a unit after a count ("180 officers a year", "5 times a year",
  // "$50,000 a year", "one day a week"): how often, a set; after a measure, an hour is part
  // of a unit of speed or dose ("240 kilometers an hour", "1.5 microsieverts an hour",
  // data/time_rate_measures.txt): no time, as "per hour"
  if ((u.ieq(i, "a") || u.ieq(i, "an")) && !half_end && i > u.b + 1 && !u.ieq(k + 1, "before") &&
      !u.ieq(k + 1, "after") && !u.ieq(k + 1, "later") && !u.ieq(k + 1, "earlier") && !u.ieq(k + 1, "ago") &&
      !u.ieq(k + 1, "of") && !u.ieq(k + 1, "old") && !u.ieq(k + 1, "long") && !u.is(k + 1, "-")) {
    double c = 0;
    const auto counted_at = [&](uint32_t at) {
      return u.in(at) && ((u.tok(at).kind == TokenKind::Number && all_digits_or_grouped(u.t(at))) ||
                          ((u.tok(at).flags & kLower) && number_word(u.lower(at), c) && !u.ieq(at, "a") &&
                           !u.ieq(at, "an")));
    };
    const bool measure = kTimeRateMeasures.contains(u.lower(i - 1));
    // a count with its scale word: "1.2 million shares a day", "$1.5 billion a year"
    const auto scaled_at = [&](uint32_t at) {
      return at > u.b && u.tok(at).kind == TokenKind::Word && kNumberScales.contains(u.lower(at)) && counted_at(at - 1);
    };
    const bool rate = u.ieq(i - 1, "times") || counted_at(i - 1) || scaled_at(i - 1) ||
                      (u.tok(i - 1).kind == TokenKind::Word &&
                       (plural_noun(u.lower(i - 1)) || !unit_of(u.lower(i - 1)).empty()) &&
                       (counted_at(i - 2) || (i > u.b + 2 && scaled_at(i - 2))));
    if (rate && measure && unit[0] == 'T') return false;
    if (rate) {
      m.end = k + 1;
      m.spec.type = "set";
      m.spec.literal = duration(unit, "1");
      return true;
    }
  }
  m.end = k + 1;
  if (half_end) { m.end = half_end; count = counted; }
  else if (u.is(m.end, "-") && u.ieq(m.end + 1, "long")) m.end += 2;
  else if (u.in(m.end) && (u.lower(m.end) == "-long")) m.end += 1;
  else if (u.ieq(m.end, "old")) m.end += 1;  // an age: "25 years old", "a 19 year old"
  m.spec.type = "duration";
  m.spec.literal = duration(unit, count);
  return true;
}

// A duration in capitals inside a sentence, before a capitalised word or an apostrophe, is
// a name: "the Thirty Years' War", "The Five-Year Engagement" (a headline in title case is
// read as it stands).
// EXAMPLE: "two years" (and not "the Thirty Years' War")
bool rule_duration_not_name(const Unit& u, uint32_t i, Match& m) {
  if (!rule_duration(u, i, m)) return false;
  if (!u.cap(i) || i == u.b || !u.cap(m.end - 1) || u.b == u.doc.article.headline_first_token) return true;
  if (u.punct(i - 1) && !u.is(i - 1, "'") && !u.is(i - 1, "\xE2\x80\x99")) return true;  // after a sentence's punctuation
  const bool name_goes_on = u.in(m.end) && ((u.cap(m.end) && u.tok(m.end).kind == TokenKind::Word) ||
                                            u.is(m.end, "'") || u.is(m.end, "\xE2\x80\x99") || u.possessive_s(m.end));
  return !name_goes_on;
}

// EXAMPLE: "for months", "for decades", "for years", "for hours", "thousands of years", "weeks of fighting",
//          "a number of years", "will take decades"
//          (and not "the hours of the day")
bool rule_vague_duration(const Unit& u, uint32_t i, Match& m) {
  // An unstated number of the plural unit at token `at`, the match ending before `end`.
  auto unstated = [&](uint32_t at, uint32_t end) {
    bool plural = false;
    const std::string unit = unit_of(u.lower(at), &plural);
    if (unit.empty() || !plural) return false;
    m.end = end;
    m.spec.type = "duration";
    m.spec.literal = duration(unit, "X");
    return true;
  };
  // "over the years", "throughout the year", "during the months": the span is "the ...";
  // a plural is an unstated number of the unit, "throughout the year" one whole year
  if (u.ieq(i, "the") && i > u.b &&
      (u.ieq(i - 1, "over") || u.ieq(i - 1, "throughout") || u.ieq(i - 1, "during"))) {
    bool plural = false;
    const std::string unit = unit_of(u.lower(i + 1), &plural);
    if (unit.empty() || unit[0] == 'T' || unit == "D" || (!plural && !u.ieq(i - 1, "throughout"))) return false;
    if (u.in(i + 2) && (u.ieq(i + 2, "of") || u.ieq(i + 2, "before") || u.ieq(i + 2, "after"))) return false;
    m.end = i + 2;
    m.spec.type = "duration";
    m.spec.literal = duration(unit, plural ? "X" : "1");
    return true;
  }
  // "thousands of years", "hundreds of years", "millions of years": an unstated number
  if (u.ieq(i, "thousands") || u.ieq(i, "hundreds") || u.ieq(i, "millions") || u.ieq(i, "dozens"))
    return u.ieq(i + 1, "of") && unstated(i + 2, i + 3);
  // "after weeks of fighting", "years of war": an unstated number of the unit (not "the
  // hours of the day", "days of the week": the parts of a unit)
  if (u.ieq(i + 1, "of") && !(u.ieq(i + 2, "the") && !unit_of(u.lower(i + 3)).empty())) {
    bool plural = false;
    const std::string unit = unit_of(u.lower(i), &plural);
    if (!unit.empty() && plural && unit != "TS" && ((u.tok(i).flags & kLower) || i == u.b) &&
        !(i > u.b && (u.ieq(i - 1, "the") || u.ieq(i - 1, "those") || u.ieq(i - 1, "these") || u.ieq(i - 1, "first") ||
                      u.ieq(i - 1, "last") || u.ieq(i - 1, "final") || u.ieq(i - 1, "its") || u.ieq(i - 1, "their") ||
                      u.ieq(i - 1, "early") || u.ieq(i - 1, "late") || u.ieq(i - 1, "small") || u.ieq(i - 1, "wee")))) {
      // (not "the early hours of Sunday": a time of day)
      m.end = i + 1;
      m.spec.type = "duration";
      m.spec.literal = duration(unit, "X");
      return true;
    }
  }
  // "a number of years": an unstated number of the unit
  if (u.ieq(i, "a") && u.ieq(i + 1, "number") && u.ieq(i + 2, "of")) return unstated(i + 3, i + 4);
  // "will take decades", "spent years in prison": a bare plural unit as what a verb of
  // duration takes (data/time_duration_verbs.txt)
  if (i > u.b && kTimeDurationVerbs.contains(u.lower(i - 1)) && (u.tok(i).flags & kLower) && !u.ieq(i + 1, "of") &&
      !u.ieq(i + 1, "ago") && !u.ieq(i + 1, "later") && !u.ieq(i + 1, "earlier") && !u.ieq(i + 1, "before") &&
      !u.ieq(i + 1, "after") && unstated(i, i + 1))
    return true;
  // Rule superlative_in: "the worst drought in decades", "the first time in years": a bare
  // plural unit after "in", ending its clause, after a superlative or "first" (a word in
  // "-est" after "the", "its", "their") within eight words: the unstated stretch it looks back over
  // EXAMPLE: "It is the worst drought in decades." -> decades PXDE (not "in years to come")
  if (i > u.b && u.ieq(i - 1, "in") && (u.tok(i).flags & kLower) &&
      (!u.in(i + 1) || u.punct(i + 1) || u.ieq(i + 1, "that") || u.ieq(i + 1, "when"))) {
    bool plural = false;
    const std::string unit = unit_of(u.lower(i), &plural);
    if (unit.empty() || !plural || unit[0] == 'T') return false;
    for (uint32_t j = i - 1, n = 0; j > u.b + 1 && n < 8; ++n) {
      --j;
      if (u.clause_break(j)) break;
      const std::string_view x = u.lower(j);
      const bool superlative = x.size() > 3 && x.substr(x.size() - 3) == "est" &&
                               (u.ieq(j - 1, "the") || u.ieq(j - 1, "its") || u.ieq(j - 1, "their"));
      if (x == "first" || x == "worst" || x == "most" || x == "least" || superlative) return unstated(i, i + 1);
    }
    return false;
  }
  return u.ieq(i, "for") && unstated(i + 1, i + 2);
}

// EXAMPLE: "every Friday", "each year", "every two weeks", "daily", "weekly", "on Fridays", "per year",
//          "avoid the weekends"
bool rule_set(const Unit& u, uint32_t i, Match& m) {
  const std::string_view w = u.lower(i);
  if (const int idx = kTimeSetWords.find(w); idx >= 0) {  // data/time_set_words.txt
    // a name's word: "LA Weekly", "Daily Mail", "the New York Daily News"
    if (u.cap(i) && ((i > u.b && u.cap(i - 1) && u.tok(i - 1).kind == TokenKind::Word) ||
                     (u.in(i + 1) && u.cap(i + 1) && u.tok(i + 1).kind == TokenKind::Word)))
      return false;
    if (u.cap(i) && u.ieq(i + 1, "et") && u.ieq(i + 2, "al")) return false;  // "Image: Daily et al.": a surname
    m.end = i + 1;
    m.spec.type = "set";
    m.spec.literal = std::string(kTimeSetWords.canonical(idx));
    return true;
  }
  // "every summer", "each winter": every season of the kind (not "every summer camp")
  // EXAMPLE: "The festival takes place every summer." -> XXXX-SU
  if ((w == "every" || w == "each") && u.in(i + 1) && (u.tok(i + 1).flags & kLower)) {
    if (const int season = kSeasons.find(u.lower(i + 1));
        season >= 0 && (!u.in(i + 2) || u.punct(i + 2) || !(u.tok(i + 2).flags & kLower) ||
                        !unit_of(u.lower(i + 2)).empty() || u.ieq(i + 2, "and") || u.ieq(i + 2, "since") ||
                        u.ieq(i + 2, "in") || u.ieq(i + 2, "when") || u.ieq(i + 2, "for"))) {
      m.end = i + 2;
      m.spec.type = "set";
      m.spec.literal = "XXXX-" + std::string(kSeasons.canonical(season));
      return true;
    }
  }
  // "weekends", "on weekends", "avoid the weekends": every weekend.
  if (w == "weekends" || (w == "the" && u.ieq(i + 1, "weekends"))) {
    m.end = w == "the" ? i + 2 : i + 1;
    m.spec.type = "set";
    m.spec.literal = "XXXX-WXX-WE";
    return true;
  }
  // "Fridays" (plural weekday) on its own: a set.
  if (u.cap(i) && w.size() > 4 && w.back() == 's') {
    const int idx = kWeekdays.find(std::string(u.t(i).substr(0, u.t(i).size() - 1)));
    if (idx >= 0 && (i > u.b && (u.ieq(i - 1, "on") || u.ieq(i - 1, "every")))) {
      m.end = i + 1;
      m.spec.type = "set";
      m.spec.literal = "XXXX-WXX-" + std::string(kWeekdays.canonical(idx));
      return true;
    }
  }
  // "per year", "per day" (not "per hour", "per second": speeds and rates of measure)
  if (w == "per") {
    bool plural = false;
    const std::string unit = unit_of(u.lower(i + 1), &plural);
    if (plural || (unit != "D" && unit != "W" && unit != "M" && unit != "Y")) return false;
    m.end = i + 2;
    m.spec.type = "set";
    m.spec.literal = duration(unit, "1");
    return true;
  }
  // "twice a year", "once a week", "three times per day", "10 times a month": how often, a
  // set spanning the count (not "three times the size", "once a year's pay" is rare)
  {
    uint32_t k = 0;
    double c = 0;
    if (w == "once" || w == "twice" || w == "thrice") k = i + 1;
    else if (u.ieq(i + 1, "times") && count_at(u, i, c) && !u.ieq(i, "a") && !u.ieq(i, "an")) k = i + 2;
    // EXAMPLE: "check the news several times a day" -> the whole as a set, P1D
    else if (u.ieq(i + 1, "times") && (w == "several" || w == "many" || w == "multiple")) k = i + 2;
    if (k && (u.ieq(k, "a") || u.ieq(k, "an") || u.ieq(k, "per") || u.ieq(k, "every") || u.ieq(k, "each"))) {
      bool plural = false;
      const std::string unit = unit_of(u.lower(k + 1), &plural);
      if (!unit.empty() && !plural && !u.ieq(k + 2, "ago") && !u.possessive_s(k + 2)) {
        m.end = k + 2;
        m.spec.type = "set";
        m.spec.literal = duration(unit, "1");
        return true;
      }
    }
    if (k) return false;
  }
  if (w != "every" && w != "each") return false;
  // "people's every day lives", "his every day life": the adjective everyday
  if (i > u.b && (u.possessive_s(i - 1) || u.ieq(i - 1, "his") || u.ieq(i - 1, "her") ||
                  u.ieq(i - 1, "their") || u.ieq(i - 1, "our") || u.ieq(i - 1, "my") || u.ieq(i - 1, "your") ||
                  u.ieq(i - 1, "its")))
    return false;
  uint32_t k;
  const int wd = weekday_at(u, i + 1, k);
  if (wd) {
    m.end = k;
    m.spec.type = "set";
    m.spec.literal = fmt("XXXX-WXX-%d", wd);
    return true;
  }
  double n = 1;
  std::string count = "1";
  uint32_t j = i + 1;
  if (count_at(u, j, n) && !u.ieq(j, "a")) { count = number_str(n); ++j; }
  else if (w == "every" && u.ieq(j, "other")) { count = "2"; ++j; }  // "every other week": P2W
  const std::string unit = unit_of(u.lower(j));
  if (unit.empty()) return false;
  m.end = j + 1;
  m.spec.type = "set";
  m.spec.literal = duration(unit, count);
  return true;
}

// EXAMPLE: "on Christmas Day", "Thanksgiving 2013", "last Easter", "New Year's Eve"
bool rule_holiday(const Unit& u, uint32_t i, Match& m) {
  if (!u.in(i) || u.tok(i).kind != TokenKind::Word) return false;
  if (!(u.tok(i).flags & kCapitalized)) {
    const std::string_view w = u.lower(i);
    if (w != "last" && w != "next" && w != "this" && w != "christmas" && w != "easter" && w != "halloween" &&
        w != "thanksgiving" && w != "xmas")
      return false;
  }
  uint32_t j = i;
  int dir = 0;
  if (u.ieq(j, "last")) { dir = -1; ++j; }
  else if (u.ieq(j, "next")) { dir = 1; ++j; }
  else if (u.ieq(j, "this")) { dir = 2; ++j; }
  int best = -1;
  const uint32_t n = longest_match(u, j, kHolidays, best, 6);
  if (!n) return false;
  const uint32_t best_end = j + n;
  // a surname: "illustrator Johnnie Christmas" (a first name right before)
  if (j == i && i > u.b && u.cap(i - 1) && u.tok(i - 1).kind == TokenKind::Word && kGazFirstNames.contains(u.t(i - 1)) &&
      !u.ieq(i - 1, "merry") && !u.ieq(i - 1, "happy") && !kHolidays.contains(u.t(i - 1))) {
    return false;
  }
  // Capitalised in running text ("christmas" in lower case is still read: it has no
  // other meaning), but "may day" needs its capitals.
  if (std::string_view(kHolidays.canonical(best)) == "05-01" && !u.cap(j)) return false;
  m.spec.kind = Kind::Holiday;
  m.spec.literal = std::string(kHolidays.canonical(best));
  m.spec.dir = dir;
  m.end = best_end;
  if (year_at(u, m.end)) { m.spec.y = year_at(u, m.end); ++m.end; }
  else if (u.ieq(m.end, "of") && year_at(u, m.end + 1)) { m.spec.y = year_at(u, m.end + 1); m.end += 2; }
  return true;
}

// EXAMPLE: "a week from Friday", "two days from now", "a year from today", "three weeks from
//          tomorrow", "in two weeks' time": a count of days, weeks, months or years from a day
//          the text names or from the article's day
bool rule_from_day(const Unit& u, uint32_t i, Match& m) {
  double n = 0;
  if (!count_at(u, i, n)) return false;
  if (u.ieq(i, "a") || u.ieq(i, "an") || u.ieq(i, "one")) n = 1;
  const int count = static_cast<int>(n);
  if (count < 1 || count != n || count > 400) return false;
  bool plural = false;
  const std::string unit = unit_of(u.lower(i + 1), &plural);
  if (unit != "D" && unit != "W" && unit != "M" && unit != "Y" && unit != "FN") return false;
  const int days = unit == "D" ? count : unit == "W" ? 7 * count : unit == "FN" ? 14 * count : 0;
  const uint32_t k = i + 2;
  // "in two weeks' time", "in a month's time": from the article's day
  const bool time_word = (u.possessive_s(k) || u.is(k, "'") || u.is(k, "\xE2\x80\x99")) && u.ieq(k + 1, "time") &&
                         i > u.b && u.ieq(i - 1, "in");
  if (time_word || (u.ieq(k, "from") && (u.ieq(k + 1, "now") || u.ieq(k + 1, "today")))) {
    m.end = k + 2;
    if (days) {
      m.spec.kind = Kind::DayOffset;
      m.spec.n = days;
    } else {
      m.spec.kind = Kind::UnitOffset;
      m.spec.unit = unit[0];
      m.spec.n = count;
    }
    return true;
  }
  if (!u.ieq(k, "from") || !days) return false;
  if (u.ieq(k + 1, "tomorrow") || u.ieq(k + 1, "yesterday")) {
    m.end = k + 2;
    m.spec.kind = Kind::DayOffset;
    m.spec.n = days + (u.ieq(k + 1, "tomorrow") ? 1 : -1);
    return true;
  }
  uint32_t after = 0;
  const int wd = weekday_at(u, k + 1, after);
  if (!wd) return false;
  m.end = after;
  m.spec.kind = Kind::Weekday;
  m.spec.weekday = wd;
  m.spec.dir = 1;  // "a week from Friday": the coming Friday, a week on
  m.spec.shift_days = days;
  return true;
}

// EXAMPLE: "the first Tuesday in November", "the last Friday of March 2024", "the first week
//          of July" (the ISO week of July 1; "the last week of" that of the month's last day), "the
//          first weekend of August" (the weekend of its first Saturday)
bool rule_nth_in_month(const Unit& u, uint32_t i, Match& m) {
  if (!u.ieq(i, "the")) return false;
  static const char* kOrd[] = {"first", "second", "third", "fourth", "fifth"};
  int nth = 0;
  for (int k = 0; k < 5; ++k)
    if (u.ieq(i + 1, kOrd[k])) nth = k + 1;
  if (u.ieq(i + 1, "last")) nth = -1;
  if (!nth) return false;
  uint32_t k = i + 2, next = 0;
  int wd = 0;
  bool weekend = false;
  if (u.ieq(k, "weekend")) {  // "the first weekend of August": the week of its nth Saturday
    weekend = true;
    ++k;
  } else if (!u.ieq(k, "week")) {
    wd = weekday_at(u, k, next);
    if (!wd) return false;
    k = next;
  } else {
    ++k;
  }
  if (!u.ieq(k, "of") && !u.ieq(k, "in")) return false;
  const int month = month_at(u, k + 1, next);
  if (!month) return false;
  m.end = next;
  m.spec.kind = Kind::Absolute;
  m.spec.m = month;
  m.spec.nth = nth;
  m.spec.weekday = weekend ? 6 : wd;
  if (weekend) m.spec.part = "WE";
  if (year_at(u, next)) { m.spec.y = year_at(u, next); m.end = next + 1; }
  else if (u.is(next, ",") && year_at(u, next + 1)) { m.spec.y = year_at(u, next + 1); m.end = next + 2; }
  return true;
}

// EXAMPLE: "between July 1 and 5", "from March 3 to 7": the day that ends a range whose start
//          named the month (the month's own rules read "July 1"); not "between July 1 and 5 p.m."
//          (a clock time is longer) nor "July 1 and 5 others"
bool rule_range_end_day(const Unit& u, uint32_t i, Match& m) {
  if (i < u.b + 4 || u.tok(i).kind != TokenKind::Number) return false;
  const int d = day_at(u, i);
  if (d < 1 || d > 31 || day_at(u, i - 2) < 1 || day_at(u, i - 2) >= d) return false;
  const bool and_ = u.ieq(i - 1, "and");
  if (!and_ && !u.ieq(i - 1, "to") && !u.ieq(i - 1, "through") && !u.ieq(i - 1, "until") && !u.ieq(i - 1, "till"))
    return false;
  // the month before the first day: "July 1", "Aug. 1" (two tokens)
  uint32_t next = 0;
  int month = month_at(u, i - 3, next);
  uint32_t month_start = i - 3;
  if (!month || next != i - 2) {
    month = i >= u.b + 5 ? month_at(u, i - 4, next) : 0;
    month_start = i - 4;
    if (!month || next != i - 2) return false;
  }
  if (month_start == u.b || !u.ieq(month_start - 1, and_ ? "between" : "from")) return false;
  if (u.in(i + 1) && u.tok(i + 1).kind == TokenKind::Word &&
      (plural_noun(u.lower(i + 1)) || !unit_of(u.lower(i + 1)).empty() || month_at(u, i + 1, next)))
    return false;
  m.end = i + 1;
  m.spec.kind = Kind::Absolute;
  m.spec.m = month;
  m.spec.d = d;
  if (u.is(i + 1, ",") && year_at(u, i + 2)) { m.spec.y = year_at(u, i + 2); m.end = i + 3; }
  else if (year_at(u, i + 1)) { m.spec.y = year_at(u, i + 1); m.end = i + 2; }
  return true;
}

// EXAMPLE: "the evening of March 2", "the morning of Tuesday", "the night of 4 July": a part of
//          a named day (not "the night of the attack": no day named)
bool rule_part_of_named_day(const Unit& u, uint32_t i, Match& m) {
  if (!u.ieq(i, "the") || !u.ieq(i + 2, "of")) return false;
  const char* part = part_of_day(u.lower(i + 1));
  if (!part) return false;
  Match day;
  if (!rule_month_day(u, i + 3, day) && !rule_day_month(u, i + 3, day) && !rule_weekday(u, i + 3, day)) return false;
  if (!(day.spec.kind == Kind::Absolute && day.spec.d > 0 && day.spec.d_end < 0) &&
      !(day.spec.kind == Kind::Weekday && day.spec.part.empty()))
    return false;
  m.end = day.end;
  m.spec = day.spec;
  m.spec.part = part;
  m.spec.type = "time";
  return true;
}

// In priority order (the longest match wins; on a tie, the earlier rule).
const Rule kRules[] = {
    {"month day year", "July 13, 2024", rule_month_day, kAtWordOnly},
    {"day month year", "13 July 2024", rule_day_month, kAtAny},
    {"numeric date", "7/13/2024", rule_numeric_date, kAtNumber | kAtSymbol},
    {"month", "in May", rule_month, kAtWordOnly},
    {"weekday", "last Tuesday", rule_weekday, kAtWordOnly},
    {"relative day", "yesterday", rule_relative_day, kAtWordOnly},
    {"day of the month", "on the 20th", rule_day_of_month, kAtWordOnly},
    {"this/last/next unit", "last week", rule_this_unit, kAtWordOnly},
    {"units ago", "two days ago", rule_ago, kAtAny},
    {"relative to the time named", "the year before", rule_relative_to_ref, kAtAny},
    {"past period", "the past 24 hours", rule_past_period, kAtWordOnly},
    {"vague word", "recently", rule_vague_word, kAtWordOnly},
    {"decade", "the 1990s", rule_decade, kAtAny},
    {"season", "summer 2024", rule_season, kAtWordOnly},
    {"quarter or half", "the first quarter of 2024", rule_quarter, kAtAny},
    {"clock time", "3 p.m. local time", rule_clock, kAtAny},
    {"part of the day", "late morning", rule_part_of_day, kAtWordOnly},
    {"duration", "nine-month-long", rule_duration_not_name, kAtAny},
    {"vague duration", "for months", rule_vague_duration, kAtWordOnly},
    {"set", "every Friday", rule_set, kAtWordOnly},
    {"holiday", "on Christmas Day", rule_holiday, kAtWordOnly},
    {"year", "since 1948", rule_year, kAtAny},
    {"count from a day", "a week from Friday", rule_from_day, kAtAny},
    {"nth weekday or week of a month", "the first Tuesday in November", rule_nth_in_month, kAtWordOnly},
    {"range end day", "between July 1 and 5", rule_range_end_day, kAtNumber},
    {"part of a named day", "the evening of March 2", rule_part_of_named_day, kAtWordOnly},
};

// Modifiers before an expression: "early", "late", "mid" (inside the span), and
// "late on" (the span starts after "on").
struct Modifier {
  uint32_t skip = 0;       // tokens consumed
  bool in_span = false;
  bool bound = false;      // data/time_modifiers.txt: only before a duration or "... ago"
  std::string mod;
};

Modifier modifier_at(const Unit& u, uint32_t i) {
  Modifier md;
  const std::string_view w = u.lower(i);
  const char* mod = w == "early" ? "START" : w == "late" ? "END" : w == "mid" ? "MID" : nullptr;
  if (mod) {
    md.mod = mod;
    if (u.ieq(i + 1, "on") || u.ieq(i + 1, "in")) { md.skip = 2; md.in_span = false; }
    else { md.skip = 1; md.in_span = true; }
    return md;
  }
  if (w == "the" && (u.ieq(i + 1, "end") || u.ieq(i + 1, "beginning") || u.ieq(i + 1, "start") ||
                     u.ieq(i + 1, "middle")) && u.ieq(i + 2, "of")) {
    md.mod = u.ieq(i + 1, "end") ? "END" : u.ieq(i + 1, "middle") ? "MID" : "START";
    md.skip = 3;
    md.in_span = true;
    return md;
  }
  // "for the rest of the year", "the remainder of 2024": the period itself, no mod
  // EXAMPLE: "The plant will be closed for the rest of the year" -> the article's year
  if (w == "the" && (u.ieq(i + 1, "rest") || u.ieq(i + 1, "remainder") || u.ieq(i + 1, "balance")) &&
      u.ieq(i + 2, "of") && (u.ieq(i + 3, "the") || u.ieq(i + 3, "this") || year_at(u, i + 3))) {
    md.skip = 3;
    md.in_span = true;
    return md;
  }
  // "for over 50 years", "Over 50 years.", "over two years ago": more than; not "over the
  // years", "spread over two days" (a period)
  double count = 0;
  if (w == "over" && count_at(u, i + 1, count) && !u.ieq(i + 1, "a") && !u.ieq(i + 1, "an") &&
      (i == u.b || u.ieq(i - 1, "for") || u.ieq(i + 3, "ago") || u.ieq(i + 3, "old"))) {
    md.mod = "MORE_THAN";
    md.skip = 1;
    md.in_span = true;
    md.bound = true;
    return md;
  }
  int idx = -1;
  if (const uint32_t n = longest_match(u, i, kTimeModifiers, idx, 3)) {  // "nearly", "more than"
    md.mod = std::string(kTimeModifiers.canonical(idx));
    md.skip = n;
    md.in_span = true;
    md.bound = true;
  }
  return md;
}

// Can a time expression start at token i? Numbers, a decade's apostrophe ("the '90s"),
// "mid-2024", and the words of data/time_triggers.txt; every other token is skipped.
bool may_start(const Unit& u, uint32_t i) {
  const Token& t = u.tok(i);
  if (t.kind == TokenKind::Number) return true;
  const std::string_view s = u.t(i);
  if (t.kind == TokenKind::Punct) return s == "'" || s == "\xE2\x80\x99";
  if (t.kind != TokenKind::Word) return false;
  if ((t.flags & kHyphenated) && s.size() > 4) {
    if ((s[0] | 0x20) == 'm' && (s[1] | 0x20) == 'i' && (s[2] | 0x20) == 'd' && s[3] == '-') return true;
    return true;  // nine-month-long, year-long, three-and-a-half
  }
  if (!kTimeTriggers.contains(s)) return false;
  // Frequent words that open one form each: "that year", "these days", "per year" (a unit
  // next), "thousands of years" ("of" next)
  switch (s.size()) {
    case 3:
      if (u.ieq(i, "per")) return !unit_of(u.lower(i + 1)).empty();
      if (u.ieq(i, "not")) return u.ieq(i + 1, "long") && u.ieq(i + 2, "ago");
      break;
    case 4:
      if (u.ieq(i, "that")) return !unit_of(u.lower(i + 1)).empty();
      if (u.ieq(i, "long")) return u.ieq(i + 1, "ago");
      break;
    case 5:
      if (u.ieq(i, "these") || u.ieq(i, "those")) return u.ieq(i + 1, "days");
      break;
    case 6:
      if (u.ieq(i, "dozens")) return u.ieq(i + 1, "of");
      break;
    case 8:
      if (u.ieq(i, "hundreds") || u.ieq(i, "millions")) return u.ieq(i + 1, "of");
      break;
    case 9:
      if (u.ieq(i, "thousands")) return u.ieq(i + 1, "of");
      break;
    default:
      break;
  }
  // "the", "a", "an" open a time expression only before a time word, a number or a
  // word of the few that go between ("the past 24 hours", "a few months ago", "the
  // 1990s"): most articles are never worth trying every rule at
  if (s.size() <= 3 && (u.ieq(i, "the") || u.ieq(i, "a") || u.ieq(i, "an"))) {
    if (!u.in(i + 1)) return false;
    const Token& n = u.tok(i + 1);
    if (n.kind == TokenKind::Number || (n.kind == TokenKind::Punct && (u.t(i + 1) == "'" || u.t(i + 1) == "\xE2\x80\x99")))
      return true;
    const std::string_view next = u.lower(i + 1);
    if ((n.flags & kHyphenated) && next.size() > 4 && next.substr(0, 4) == "mid-") return true;  // "the mid-1990s"
    return n.kind == TokenKind::Word && (kTimeTriggers.contains(u.t(i + 1)) || !unit_of(u.lower(i + 1)).empty() ||
                                         kTimeDeterminerFollowers.contains(u.t(i + 1)) ||
                                         kTimeDecadeWords.contains(u.t(i + 1)));
  }
  return true;
}

// Is token i the first word of a form of data/time_modifiers.txt ("nearly", "more" of
// "more than")? A few comparisons, no lookup: most tokens are no time's start.
bool may_start_modifier(const Unit& u, uint32_t i) {
  struct FirstWords {
    std::vector<std::string> words;
    uint32_t lengths[26] = {};  // bit n of [c - 'a']: a first word of n bytes starts with c
    bool any_other = false;     // a first word that does not start with a-z: no quick answer
  };
  static const FirstWords first = [] {
    FirstWords fw;
    for (std::size_t k = 0; k < kTimeModifiers.size; ++k) {
      const std::string_view f = kTimeModifiers.forms[k].form;
      const std::string w(f.substr(0, f.find(' ')));
      if (std::find(fw.words.begin(), fw.words.end(), w) == fw.words.end()) fw.words.push_back(w);
      if (w[0] >= 'a' && w[0] <= 'z' && w.size() < 32) fw.lengths[w[0] - 'a'] |= 1u << w.size();
      else fw.any_other = true;
    }
    fw.words.push_back("over");  // modifier_at's own "over" before a count
    fw.lengths['o' - 'a'] |= 1u << 4;
    return fw;
  }();
  if (u.tok(i).kind != TokenKind::Word) return false;
  const std::string_view s = u.t(i);
  const char c = static_cast<char>(s[0] | 0x20);
  if (!first.any_other && (c < 'a' || c > 'z' || s.size() >= 32 || !(first.lengths[c - 'a'] >> s.size() & 1)))
    return false;
  for (const std::string& w : first.words)
    if (w.size() == s.size() && w[0] == c && u.ieq(i, w)) return true;
  return false;
}

// starts: may_start(u, i), which the caller asked (with may_start_modifier: most tokens
// start nothing, and are passed over without setting up a result here).
std::optional<Match> match_at(const Unit& u, uint32_t i, bool starts) {
  std::optional<Match> best;
  // "nearly", "more than" start nothing of their own: they go only before what may start
  if (!starts && !may_start_modifier(u, i)) return best;
  auto try_rules = [&](uint32_t at, uint32_t span_start, const std::string& mod) {
    const uint8_t kind = static_cast<uint8_t>(1 << static_cast<int>(u.tok(at).kind));
    for (const Rule& r : kRules) {
      if (!(r.at & kind)) continue;
      Match m;
      if (!r.fn(u, at, m) || m.end <= at || m.end > u.e) continue;
      m.start = span_start;
      m.rule = r.name;
      if (!mod.empty() && m.spec.mod.empty()) m.spec.mod = mod;
      if (!best || m.end > best->end) best = m;
    }
  };
  if (starts) try_rules(i, i, "");
  // modifier_at finds nothing unless the token is one of its first words
  const bool modifier_word = may_start_modifier(u, i) || u.ieq(i, "early") || u.ieq(i, "late") ||
                             u.ieq(i, "mid") || u.ieq(i, "the");
  if (!modifier_word) return best;
  const Modifier md = modifier_at(u, i);
  if (md.skip && i + md.skip < u.e && (!md.bound || may_start(u, i + md.skip))) {
    const std::optional<Match> plain = best;
    best.reset();
    try_rules(i + md.skip, md.in_span ? i : i + md.skip, md.mod);
    // EXAMPLE: "built around 450 BC" -> "around 450 BC", APPROX (a year with its era)
    if (best && md.bound && std::string_view(best->spec.type) != "duration" && std::string_view(best->rule) != "units ago" &&
        std::string_view(best->rule) != "relative to the time named" &&
        !((best->spec.era || (best->spec.kind == Kind::Clock && best->spec.hour >= 0)) && md.mod == "APPROX"))
      best.reset();  // "nearly two years", "almost 120 years earlier", not "about Monday's vote"
    // A modifier only counts when something follows it; otherwise keep the plain match.
    if (!best) best = plain;
    else if (!md.in_span) {
      // "late on July 13": report from July 13 (the caller resumes after it).
    }
  }
  return best;
}

// ---------------------------------------------------------------- tense and resolution

enum class Tense { Unknown, Past, Future };

// The tense cue a token gives, if any.
Tense cue_at(const Unit& u, uint32_t j) {
  const Token& t = u.tok(j);
  if (t.kind != TokenKind::Word) return Tense::Unknown;
  const std::string_view w = u.lower(j);
  Tense cue = Tense::Unknown;
  if (kTimeFutureCues.contains(w) || kTimeScheduleVerbs.contains(w)) cue = Tense::Future;
  else if (kTimePastCues.contains(w)) cue = Tense::Past;
  else if (w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 && (t.flags & kLower)) cue = Tense::Past;
  // Rule base_form: a past form that is also the base ("hit", "put", "cut", "set") after a
  // modal or "to" is the base form, no past ("will hit the coast on Saturday" is ahead)
  // EXAMPLE: "The storm will hit the coast on Saturday." -> the coming Saturday
  if (cue == Tense::Past && j > u.b && !(w.size() >= 2 && w.compare(w.size() - 2, 2, "ed") == 0) &&
      (u.ieq(j - 1, "to") || kTimeModals.contains(u.lower(j - 1)) ||
       (u.ieq(j - 1, "not") && j > u.b + 1 && kTimeModals.contains(u.lower(j - 2)))))
    return Tense::Unknown;
  if (w == "be" && j > u.b + 1 && u.ieq(j - 1, "to") &&
      (u.ieq(j - 2, "is") || u.ieq(j - 2, "are") || u.ieq(j - 2, "am") || u.ieq(j - 2, "was") || u.ieq(j - 2, "were")))
    cue = Tense::Future;  // "is to be held" (not "are likely to be the attacks of 21 October")
  if (w == "to" && j > u.b && (u.ieq(j - 1, "is") || u.ieq(j - 1, "are") || u.ieq(j - 1, "am"))) {
    cue = Tense::Future;  // "are to travel"
  }
  if (cue == Tense::Unknown) return cue;
  // A participle after a present auxiliary is passive, not past: "is held", "are expected".
  if (cue == Tense::Past && w != "was" && w != "were" && w != "had" && w != "did" && j > u.b &&
      (u.ieq(j - 1, "be") || u.ieq(j - 1, "is") || u.ieq(j - 1, "are") || u.ieq(j - 1, "being")))
    return Tense::Unknown;
  if (cue == Tense::Future && (w == "set" || w == "due") && !u.ieq(j + 1, "to") && !u.ieq(j + 1, "for"))
    return Tense::Unknown;  // "is set to", "set for mid-March", "due to", "due for": plans
  // "had expected to start in July", "had planned": a plan in the past
  if (cue == Tense::Future && w != "will" && w != "shall" && j > u.b && u.ieq(j - 1, "had")) return Tense::Past;
  if (cue == Tense::Future && w == "going" && !u.ieq(j + 1, "to")) return Tense::Unknown;
  return cue;
}

// The tense that governs the expression [start, end): the nearest cue to its left within
// its clause ("will reopen on Monday, officials said"), else to its right within the
// clause, else the nearest anywhere in the sentence.
constexpr uint32_t kTenseWindow = 24;  // tokens looked at on each side: keeps the stage linear

// skip_b, skip_e: the expression found before this one in the sentence, whose words ("last"
// of "last year's conference") describe that expression's time, not the sentence's tense;
// the nearest-anywhere search passes over them ("will be hosting ..., follow-up to last
// year's conference, in spring": spring is to come).
Tense tense_near(const Unit& u, uint32_t start, uint32_t end, uint32_t skip_b = 0, uint32_t skip_e = 0) {
  const uint32_t lo = start > u.b + kTenseWindow ? start - kTenseWindow : u.b;
  const uint32_t hi = std::min(u.e, end + kTenseWindow);
  // the first cue after the expression in its clause; with stop_at_that, none past a "that" or
  // a quotation mark, which open the reported words ("said in a statement Monday night that ...
  // will": the time is the saying's)
  const auto cue_after = [&](bool stop_at_that = false) {
    for (uint32_t j = end; j < hi; ++j) {
      if (u.clause_break(j)) break;
      if (stop_at_that && (u.ieq(j, "that") || u.tok(j).kind == TokenKind::Punct)) break;
      const Tense c = cue_at(u, j);
      if (c != Tense::Unknown) return c;
    }
    return Tense::Unknown;
  };
  for (uint32_t j = start; j > lo;) {
    --j;
    if (u.clause_break(j)) {
      // Rule restatement_aside: an aside between commas that restates a figure is passed over
      // (its first words: data/time_aside_openers.txt).
      // EXAMPLE: "it would cut about 4,000 jobs, or 9% of its workforce, by the end of June" (future)
      uint32_t k = j;
      while (k > lo + 1 && k + 10 > j && !u.clause_break(k - 1)) --k;
      if (u.t(j) == "," && k > lo + 1 && k < j && u.t(k - 1) == "," && kTimeAsideOpeners.contains(u.lower(k))) {
        j = k - 1;
        continue;
      }
      break;
    }
    // Rule subordinate_clause_tense: "after", "because", "when" open a clause of their own,
    // whose verb after the expression sets its tense.
    // EXAMPLE: "would cut jobs after its fourth-quarter profit fell" (past)
    if (kTimeSubordinators.contains(u.lower(j))) {
      if (const Tense after = cue_after(); after != Tense::Unknown) return after;
      continue;
    }
    const Tense c = cue_at(u, j);
    if (c == Tense::Unknown) continue;
    // Rule reported_clause_tense: a speech verb two or more words before the expression
    // introduces the clause it sits in, whose own verb after it sets the tense.
    // EXAMPLE: "The company said the results for the fourth quarter would be released" (future),
    // "said fourth-quarter sales would rise"; not "said on Friday" or "said Friday" (the time of the saying).
    if (c == Tense::Past && (j + 2 < start || (u.tok(start).flags & kHyphenated)) && kSpeechVerbs.contains(u.lower(j))) {
      const Tense after = cue_after(true);
      if (after != Tense::Unknown) return after;
    }
    return c;
  }
  if (const Tense c = cue_after(); c != Tense::Unknown) return c;
  int best_dist = 1 << 30;
  Tense best = Tense::Unknown;
  for (uint32_t j = lo; j < hi; ++j) {
    if ((j >= start && j < end) || (j >= skip_b && j < skip_e)) continue;
    const Tense c = cue_at(u, j);
    if (c == Tense::Unknown) continue;
    const int dist = j < start ? static_cast<int>(start - j) : static_cast<int>(j - end + 1);
    if (dist < best_dist) {
      best_dist = dist;
      best = c;
    }
  }
  return best;
}

// The tense cue among the four tokens before `start`, within its clause: "Fighting still
// raged today" (past), "which I still own today" (none).
Tense tense_just_before(const Unit& u, uint32_t start) {
  for (uint32_t j = start; j > u.b && j + 4 > start;) {
    --j;
    if (u.clause_break(j)) break;
    const Tense c = cue_at(u, j);
    if (c != Tense::Unknown) return c;
  }
  return Tense::Unknown;
}

// A weekday or a date without a year after a present "is"/"are" in its clause, with no
// tense cue in the sentence: a scheduled time, the coming one ("The deadline is Friday",
// "The meeting is on Friday", "Elections are in November", "The vote is held on Sunday");
// not after "since", "after", "from" ("is stable since Monday").
bool present_schedule(const Unit& u, uint32_t start, const Spec& s) {
  const bool open_date = s.kind == Kind::Weekday ? s.dir == 0
                                                  : s.kind == Kind::Absolute && s.y < 0 && !s.y_rel_set && s.dir == 0;
  if (!open_date || start == u.b) return false;
  if (u.ieq(start - 1, "since") || u.ieq(start - 1, "after") || u.ieq(start - 1, "from") ||
      (start > u.b + 1 && (u.ieq(start - 2, "since") || u.ieq(start - 2, "after"))))
    return false;
  // the copula is the main verb: at most three words between it and the time, none a
  // participle or an auxiliary ("Police are investigating a shooting on Sunday" is past)
  for (uint32_t j = start; j > u.b && j + 5 > start;) {
    --j;
    if (u.clause_break(j) || u.tok(j).kind != TokenKind::Word) return false;
    if (u.ieq(j, "is") || u.ieq(j, "are") || u.ieq(j, "am")) return j > u.b;  // not a question's "Is it Friday?"
    const std::string_view w = u.lower(j);
    const auto ends = [&](std::string_view tail) { return w.size() > tail.size() + 1 && w.substr(w.size() - tail.size()) == tail; };
    if (ends("ing") || ends("ed") || ends("en") || w == "have" || w == "has" || w == "had" || w == "been" || w == "was" ||
        w == "were" || w == "not" || w == "than")
      return false;
  }
  return false;
}

struct Dct {
  bool known = false;
  Ymd date;
  int64_t days = 0;
};

// Is the expression at `start` where something was put off to ("adjourned the case until
// March 28", "postponed to Monday")? "until", "till" or "to" right before it and a verb of
// data/time_deferral_verbs.txt among the four tokens before that, within the clause.
bool deferred_to(const Unit& u, uint32_t start) {
  if (start < u.b + 2 || !(u.ieq(start - 1, "until") || u.ieq(start - 1, "till") || u.ieq(start - 1, "to")))
    return false;
  for (uint32_t k = start - 1; k > u.b && k + 5 > start; --k) {
    if (u.clause_break(k - 1)) return false;
    if (kTimeDeferralVerbs.contains(u.lower(k - 1))) return true;
  }
  return false;
}

// "YYYY-MM-DD" (or "YYYY-MM", "YYYY": the first day of it) as a reference date; empty: unknown.
Dct dct_of(std::string_view ymd) {
  Dct d;
  if (ymd.size() < 4) return d;
  const auto part = [&](std::size_t at, std::size_t n) { return std::atoi(std::string(ymd.substr(at, n)).c_str()); };
  d.known = true;
  d.date = {part(0, 4), ymd.size() >= 7 ? part(5, 2) : 1, ymd.size() >= 10 ? part(8, 2) : 1};
  d.days = days_of(d.date);
  return d;
}

// Days of a holiday in year y: "12-25" or a computed one.
int64_t nth_weekday(int y, int m, int weekday, int n) {  // n = -1: the last one
  if (n > 0) {
    const int64_t first = days_from_civil(y, m, 1);
    return first + (weekday - iso_weekday(first) + 7) % 7 + 7 * (n - 1);
  }
  const int64_t last = days_from_civil(y, m, month_days(y, m));
  return last - (iso_weekday(last) - weekday + 7) % 7;
}

int64_t easter_days(int y) {  // the anonymous Gregorian computus
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  const int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7, mm = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * mm + 114) / 31, day = (h + l - 7 * mm + 114) % 31 + 1;
  return days_from_civil(y, month, day);
}

int64_t holiday_days(const std::string& code, int y) {
  if (code == "easter") return easter_days(y);
  if (code == "good-friday") return easter_days(y) - 2;
  if (code == "palm-sunday") return easter_days(y) - 7;
  if (code == "ash-wednesday") return easter_days(y) - 46;
  if (code == "easter-monday") return easter_days(y) + 1;
  if (code == "thanksgiving") return nth_weekday(y, 11, 4, 4);
  if (code == "memorial-day") return nth_weekday(y, 5, 1, -1);
  if (code == "labor-day") return nth_weekday(y, 9, 1, 1);
  if (code == "mlk-day") return nth_weekday(y, 1, 1, 3);
  return days_from_civil(y, std::atoi(code.substr(0, 2).c_str()), std::atoi(code.substr(3, 2).c_str()));
}

void set_date_value(Time& t, Ymd d) {
  t.value = ymd_str(d);
  t.grain = "day";
}

// Fills t (value, anchor, grain, inferred) from the spec.
void resolve(const Spec& s, const Dct& dct, Tense tense, Time& t) {
  t.type = s.type;
  t.mod = s.mod;
  t.anchor = dct.known ? "article" : "unresolved";
  switch (s.kind) {
    case Kind::Literal:
      t.value = s.literal;
      t.anchor = "absolute";
      t.grain = s.type == std::string("duration") ? "duration" : s.type == std::string("set") ? "set" : "vague";
      return;
    case Kind::Decade:
      t.value = s.literal;
      t.grain = s.literal.size() == 3 ? "decade" : "century";
      t.anchor = "absolute";
      return;
    case Kind::Absolute: {
      if (s.y > 0 && s.m < 0) {
        t.value = fmt("%04d", s.y);
        t.grain = "year";
        t.anchor = "absolute";
        if (s.y_end > 0) t.range_end = fmt("%04d", s.y_end);
        return;
      }
      int y = s.y;
      if (s.y_rel_set && dct.known) {
        y = dct.date.y + s.y_rel;  // "October 24 last year": the year stated relative to the article's
      } else if (s.dir != 0 && y < 0 && s.d < 0 && dct.known) {
        y = dct.date.y;  // "last December": the latest one before the article's month; "next March"
        if (s.dir == -1 && s.m >= dct.date.m) --y;
        if (s.dir == 1 && s.m <= dct.date.m) ++y;
      } else if (y < 0) {
        t.inferred.push_back("year");
        if (!dct.known) {
          t.value = s.d > 0 ? fmt("XXXX-%02d-%02d", s.m, s.d) : fmt("XXXX-%02d", s.m);
          t.grain = s.d > 0 ? "day" : "month";
          return;
        }
        y = dct.date.y;
        // Compare at the expression's own grain.
        const int64_t lo = days_from_civil(y, s.m, s.d > 0 ? std::min(s.d, month_days(y, s.m)) : 1);
        const int64_t hi = s.d > 0 ? lo : days_from_civil(y, s.m, month_days(y, s.m));
        if (tense == Tense::Future) {
          if (hi + 7 < dct.days) ++y;  // "is to run from January 23 through March 9", said on the 28th
        } else if (s.ahead_ok && lo > dct.days && lo <= dct.days + 92) {
          // "The court adjourned the case until March 28", said on March 14: this March 28
        } else if (tense == Tense::Past) {
          if (lo > dct.days) --y;
        } else if (lo > dct.days + 7) {
          --y;  // no tense cue: news looks back, but a date in the coming week stays
        }
      } else {
        t.anchor = "absolute";
      }
      if (s.d > 0) {
        if (s.d > month_days(y, s.m)) { t.value.clear(); return; }
        set_date_value(t, {y, s.m, s.d});
        if (s.d_end > 0 && s.d_end <= month_days(y, s.m)) t.range_end = ymd_str({y, s.m, s.d_end});
        if (!s.part.empty()) t.value += "T" + s.part;  // "the evening of March 2"
      } else if (s.nth != 0) {
        // "the first Tuesday in November", "the last Friday of March", "the first week of July"
        const int64_t first = days_from_civil(y, s.m, 1), last = days_from_civil(y, s.m, month_days(y, s.m));
        const int64_t day = s.weekday != 0 ? nth_weekday(y, s.m, s.weekday, s.nth)
                            : s.nth > 0    ? first + 7 * (s.nth - 1)
                                           : last;
        if (day > last) { t.value.clear(); return; }
        if (s.weekday == 0 || s.part == "WE") {
          t.value = iso_week_str(day) + (s.part == "WE" ? "-WE" : "");
          t.grain = "week";
        } else {
          set_date_value(t, civil_from_days(day));
        }
      } else {
        t.value = fmt("%04d-%02d", y, s.m);
        t.grain = "month";
      }
      return;
    }
    case Kind::DayOfMonth: {
      t.grain = "day";
      t.inferred = {"year", "month"};
      if (!dct.known) {
        t.value = fmt("XXXX-XX-%02d", s.d);
        return;
      }
      const bool other = tense == Tense::Future ? s.d < dct.date.d
                         : tense == Tense::Past ? s.d > dct.date.d
                                                : s.d > dct.date.d + 7;
      const Ymd month = add_months(dct.date, other ? (tense == Tense::Future ? 1 : -1) : 0);
      if (s.d > month_days(month.y, month.m)) { t.value.clear(); return; }
      set_date_value(t, {month.y, month.m, s.d});
      return;
    }
    case Kind::Weekday: {
      t.grain = "day";
      t.inferred = {"year", "month", "day"};
      if (!dct.known) {
        t.value = fmt("XXXX-WXX-%d", s.weekday);
        return;
      }
      const int today = iso_weekday(dct.days);
      int64_t day;
      int dir = s.dir;
      if (dir == 0) dir = tense == Tense::Future ? 1 : -1;
      if (dir == 2) {
        day = dct.days - today + s.weekday;  // this Friday: in the article's week
      } else if (dir < 0) {
        int back = (today - s.weekday + 7) % 7;
        if (back == 0 && s.dir == -1) back = 7;  // "last Sunday" said on a Sunday
        day = dct.days - back;
      } else {
        int fwd = (s.weekday - today + 7) % 7;
        if (fwd == 0 && s.dir == 1) fwd = 7;
        day = dct.days + fwd;
      }
      set_date_value(t, civil_from_days(day + s.shift_days));
      if (!s.part.empty()) {
        t.value += "T" + s.part;
        t.type = "time";
      }
      return;
    }
    case Kind::DayOffset: {
      t.grain = "day";
      if ((s.generic || s.generic_local) && tense == Tense::Unknown) {
        t.value = "PRESENT_REF";
        t.anchor = "absolute";
        t.grain = "vague";
        return;
      }
      if (!dct.known) {
        t.value = s.n == 0 ? "PRESENT_REF" : s.n < 0 ? "PAST_REF" : "FUTURE_REF";
        return;
      }
      set_date_value(t, civil_from_days(dct.days + s.n));
      if (!s.part.empty()) {
        t.value += "T" + s.part;
        t.type = "time";
      }
      return;
    }
    case Kind::UnitOffset: {
      if (!dct.known) {
        t.value = s.n == 0 ? "PRESENT_REF" : s.n < 0 ? "PAST_REF" : "FUTURE_REF";
        return;
      }
      switch (s.unit) {
        case 'D':
          set_date_value(t, civil_from_days(dct.days + s.n));
          return;
        case 'W':
          t.value = iso_week_str(dct.days + 7 * s.n);
          t.grain = "week";
          return;
        case 'E': {
          // The weekend of the article's week, or with a tense and no "last"/"next", the
          // latest past one (or the coming one) as seen from a weekday.
          int64_t day = dct.days + 7 * s.n;
          const int wd = iso_weekday(dct.days);
          if (s.n == 0 && wd < 6 && tense == Tense::Past) day -= 7;
          t.value = iso_week_str(day) + "-WE";
          t.grain = "week";
          return;
        }
        case 'M': {
          const Ymd r = add_months(dct.date, s.n);
          t.value = fmt("%04d-%02d", r.y, r.m);
          t.grain = "month";
          return;
        }
        case 'Q': {
          int q = (dct.date.m - 1) / 3 + s.n, y = dct.date.y;
          while (q < 0) { q += 4; --y; }
          while (q > 3) { q -= 4; ++y; }
          t.value = fmt("%04d-Q%d", y, q + 1);
          t.grain = "quarter";
          return;
        }
        case 'Y':
          t.value = fmt("%04d", dct.date.y + s.n);
          t.grain = "year";
          return;
        case 'X':  // decades: "a decade ago" in 2011 is the 2000s
          t.value = fmt("%03d", (dct.date.y + 10 * s.n) / 10);
          t.grain = "decade";
          return;
        case 'C':  // "the end of the century": the article's
          t.value = fmt("%02d", (dct.date.y + 100 * s.n) / 100);
          t.grain = "century";
          return;
        default:
          t.value.clear();
          return;
      }
    }
    case Kind::Season:
    case Kind::Part: {
      t.grain = s.kind == Kind::Season ? "season" : (s.part[0] == 'Q' ? "quarter" : "half");
      if (s.y > 0) {
        t.value = fmt("%04d-", s.y) + s.part;
        t.anchor = "absolute";
        return;
      }
      if (!dct.known) {
        t.inferred.push_back("year");
        t.value = "XXXX-" + s.part;
        return;
      }
      if (s.y_rel_set) {  // "the autumn of next year"
        t.value = fmt("%04d-", dct.date.y + s.y_rel) + s.part;
        return;
      }
      t.inferred.push_back("year");
      int y = dct.date.y;
      // Start month of the season or part, to place it before or after the article date.
      int start = 1;
      if (s.part == "SP") start = 3;
      else if (s.part == "SU") start = 6;
      else if (s.part == "FA") start = 9;
      else if (s.part == "WI") start = 12;
      else if (s.part[0] == 'Q') start = 1 + 3 * (s.part[1] - '1');
      else if (s.part == "H2") start = 7;
      const int dir = s.kind == Kind::Season ? s.dir : 0;
      if (dir == -1) {
        // "last fall" said in October is the fall before this one
        if (start >= dct.date.m || (s.part != "WI" && start + 2 >= dct.date.m)) --y;
      } else if (dir == 1) {
        if (start <= dct.date.m) ++y;
      } else if (dir == 0 && tense != Tense::Future && start > dct.date.m) {
        --y;
      } else if (dir == 0 && tense == Tense::Past && s.kind == Kind::Part && s.part[0] == 'Q' &&
                 start + 2 >= dct.date.m) {
        --y;  // "third-quarter profit fell", said in August: a quarter is reported once over
      } else if (dir == 0 && tense == Tense::Future && start + 2 < dct.date.m) {
        ++y;
      }
      t.value = fmt("%04d-", y) + s.part;
      return;
    }
    case Kind::Holiday: {
      t.grain = "day";
      if (s.y < 0) t.inferred.push_back("year");
      if (s.y < 0 && !dct.known) {
        t.value = s.literal.size() == 5 && s.literal[2] == '-' ? "XXXX-" + s.literal : "";
        return;
      }
      int y = s.y > 0 ? s.y : dct.date.y;
      if (s.y > 0) t.anchor = "absolute";
      const int64_t day = holiday_days(s.literal, y);
      if (s.y < 0) {
        int dir = s.dir == 2 ? 0 : s.dir;
        if (dir == 0) dir = tense == Tense::Future ? 1 : (tense == Tense::Past ? -1 : 0);
        if (dir < 0 && day > dct.days) --y;
        else if (dir > 0 && day < dct.days) ++y;
        else if (dir == 0 && day > dct.days + 7) --y;
      }
      set_date_value(t, civil_from_days(holiday_days(s.literal, y)));
      return;
    }
    case Kind::Clock:
      if (!s.part.empty()) {  // "late morning": TMO
        t.grain = "day";
        t.value = "T" + s.part;
        return;
      }
      t.grain = "minute";
      // "midnight" told in the past is the one that began the day ("the drones hit shortly
      // after midnight" -> T00:00); ahead, the one that ends it ("closes at midnight": T24:00)
      // EXAMPLE: "hit shortly after midnight" -> 2025-03-07T00:00 in a 2025-03-07 article
      if (s.hour == 24 && s.minute == 0 && tense == Tense::Past && !s.day_end) t.value = "T00:00";
      else t.value = fmt("T%02d:%02d", s.hour, s.minute);  // the date is prefixed by the caller
      return;
  }
}

}  // namespace

std::vector<TimeRuleInfo> time_rules() {
  std::vector<TimeRuleInfo> out;
  for (const Rule& r : kRules) out.push_back({r.name, r.example});
  return out;
}

void find_times(Document& doc) {
  const Dct dct = dct_of(doc.article.date);
  std::string paragraph_date;  // the last day-grain date mentioned in the current paragraph
  std::string paragraph_ref;   // the last date, month or year named in it ("YYYY[-MM[-DD]]")
  std::string document_ref;    // the same, anywhere before: "that year", "two years later" may look past their paragraph
  std::string paragraph_part;  // "Q3" when paragraph_ref is the year of a quarter or half the paragraph named
  uint32_t paragraph = ~0u;
  // the reference of "the year before": a calendar date, month or year the text named
  const auto note_ref = [&](const Time& t) {
    const std::string& v = t.value;
    if (t.type != "duration" && t.type != "set" && v.size() >= 4 && std::isdigit(static_cast<unsigned char>(v[0])) &&
        std::isdigit(static_cast<unsigned char>(v[3])) && (v.size() == 4 || v[4] == '-') &&
        (v.size() < 6 || std::isdigit(static_cast<unsigned char>(v[5])))) {
      paragraph_ref = v.substr(0, std::min<std::size_t>(v.size(), 10));
      document_ref = paragraph_ref;
      paragraph_part.clear();
    } else if (t.type == "date" && v.size() == 7 && std::isdigit(static_cast<unsigned char>(v[0])) &&
               std::isdigit(static_cast<unsigned char>(v[3])) && v[4] == '-' && (v[5] == 'Q' || v[5] == 'H') &&
               std::isdigit(static_cast<unsigned char>(v[6]))) {
      // "the third quarter" (1989-Q3): its year, and the part for "a year earlier" (1988-Q3)
      paragraph_ref = v.substr(0, 4);
      document_ref = paragraph_ref;
      paragraph_part = v.substr(5);
    }
  };
  auto run_unit = [&](uint32_t b, uint32_t e) {
    const Unit u{doc, b, e};
    const std::size_t first = doc.times.size();
    // An expression with no tense cue of its own takes the one before it in the sentence:
    // "I am going to Las Vegas next month, Italy in November, ..., Mexico in January"
    Tense last_tense = Tense::Unknown;
    uint32_t prev_start = 0, prev_end = 0;  // the expression before, in token indices
    int sentence_year = -1;  // a year the sentence stated before ("the 1944 primaries on April 5")
    for (uint32_t i = b; i < e;) {
      const bool starts = may_start(u, i);
      if (!starts && !may_start_modifier(u, i)) { ++i; continue; }
      const std::optional<Match> m = match_at(u, i, starts);
      if (!m) { ++i; continue; }
      Time t;
      t.span = {doc.tokens[m->start].span.start, doc.tokens[m->end - 1].span.end};
      t.rule = m->rule;
      // "the year before": from the time the paragraph last named when that is fine
      // enough for the unit, else (years, months) from the article's date; "the next
      // day" with no day named is left out (a guess from the article date is more often
      // wrong than right)
      const Dct* from = &dct;
      Dct ref;
      std::string from_part;  // EXAMPLE: "Net income in the third quarter rose from $4.5 million a year earlier" -> 1988-Q3
      if (m->spec.ref) {
        const std::size_t need = m->spec.unit == 'Y' ? 4 : m->spec.unit == 'M' ? 7 : 10;
        if (paragraph_ref.size() >= need) {
          from = &(ref = dct_of(paragraph_ref));
          from_part = m->spec.unit == 'Y' && m->spec.kind == Kind::UnitOffset && m->spec.n != 0 && !m->spec.comparison
                          ? paragraph_part : std::string();
        } else if (document_ref.size() >= need) from = &(ref = dct_of(document_ref));  // "that year", "two years later"
        else if (m->spec.ref_else_article) from = &dct;
        else if (m->spec.n == 0 || (m->spec.unit != 'Y' && m->spec.unit != 'M')) from = nullptr;
      }
      // A month or a day without a year, after the sentence stated one, is in that year.
      const bool in_sentence_year = m->spec.kind == Kind::Absolute && m->spec.y < 0 && m->spec.m > 0 &&
                                    !m->spec.y_rel_set && m->spec.dir == 0 && sentence_year > 0;
      if (from) {
        Tense tense = tense_near(u, m->start, m->end, prev_start, prev_end);
        if (tense == Tense::Unknown) tense = last_tense;
        else last_tense = tense;
        if (tense == Tense::Unknown && present_schedule(u, m->start, m->spec)) tense = Tense::Future;
        if (m->spec.generic_local) tense = m->spec.generic_state ? Tense::Unknown : tense_just_before(u, m->start);
        if (m->spec.ref_past_only && tense != Tense::Past) from = &dct;
        // "The court adjourned the case until March 28", "postponed to Monday": a date up to
        // three months ahead stays ahead, whatever the tense; a weekday is the coming one
        Spec deferred;
        const Spec* spec = &m->spec;
        if (tense != Tense::Future && (m->spec.kind == Kind::Absolute || m->spec.kind == Kind::Weekday) &&
            deferred_to(u, m->start)) {
          if (m->spec.kind == Kind::Weekday) {
            tense = Tense::Future;
          } else {
            deferred = m->spec;
            deferred.ahead_ok = true;
            spec = &deferred;
          }
        }
        if (in_sentence_year) {
          Spec dated = m->spec;
          dated.y = sentence_year;
          resolve(dated, *from, tense, t);
          t.anchor = "sentence";
          t.inferred = {"year"};
        } else {
          resolve(*spec, *from, tense, t);
        }
        if (from == &ref) t.anchor = "sentence";
        if (!from_part.empty() && t.value.size() == 4) {
          t.value += "-" + from_part;
          t.grain = from_part[0] == 'Q' ? "quarter" : "half";
        }
      }
      if (m->spec.kind == Kind::Absolute && m->spec.y > 0 && m->spec.m < 0 && m->spec.y_end < 0 && m->spec.mod.empty())
        sentence_year = m->spec.y;
      // "fiscal 1988, which ended June 30": the fiscal year names the sentence's year
      if (m->spec.literal.size() == 6 && m->spec.literal.compare(0, 2, "FY") == 0)
        sentence_year = std::atoi(m->spec.literal.c_str() + 2);
      prev_start = m->start;
      prev_end = m->end;
      if (!t.value.empty() || t.type == "duration") {
        if (!m->spec.comparison) note_ref(t);
        doc.times.push_back(std::move(t));
      }
      i = m->end;
    }
    // Clock times take the date of the sentence when it has one, else the article's.
    for (std::size_t k = first; k < doc.times.size(); ++k) {
      Time& t = doc.times[k];
      if (t.type != "time" || t.value.empty() || t.value[0] != 'T') continue;
      std::string date;
      for (std::size_t j = first; j < doc.times.size(); ++j) {
        const Time& d = doc.times[j];  // a day, with or without its part ("Thursday night")
        if (d.grain == "day" && d.type != "duration" && d.type != "set" && d.value.size() >= 10 && d.value[0] != 'X') {
          date = doc.times[j].value.substr(0, 10);
          if (j > k) break;
        }
      }
      if (date.empty()) date = paragraph_date;
      if (!date.empty()) {
        t.value = date + t.value;
        t.anchor = "sentence";
      } else if (dct.known) {
        t.value = ymd_str(dct.date) + t.value;
        t.anchor = "article";
        t.inferred = {"year", "month", "day"};
      } else {
        t.value = "XXXX-XX-XX" + t.value;
        t.anchor = "unresolved";
      }
    }
    // Rule clock_on_day: a clock time, then "on" and the day it took its date from, is one
    // TIME (the convention of news_dev.txt)
    // EXAMPLE: "at 3:30 p.m. local time on Saturday" -> one TIME 2025-02-01T15:30
    for (std::size_t k = first; k + 1 < doc.times.size(); ++k) {
      Time& t = doc.times[k];
      const Time& d = doc.times[k + 1];
      if (t.type != "time" || t.grain != "minute" || t.value.size() < 16 || t.value[10] != 'T' ||
          d.type != "date" || d.grain != "day" || d.value.size() != 10 || t.value.compare(0, 10, d.value) != 0 ||
          !d.mod.empty() || d.span.start != t.span.end + 4)
        continue;
      const std::string_view between = std::string_view(doc.text).substr(t.span.end, d.span.start - t.span.end);
      if (between != " on " && between != " On ") continue;  // re3d_dev: "10 a.m. Nov. 29, 2016" is two
      t.span.end = d.span.end;
      t.rule = kClockOnDayRule;
      doc.times.erase(doc.times.begin() + static_cast<std::ptrdiff_t>(k) + 1);
    }
    for (std::size_t k = first; k < doc.times.size(); ++k) {
      const Time& t = doc.times[k];
      if (t.type != "duration" && t.type != "set" && t.grain == "day" && t.value.size() >= 10 && t.value[0] != 'X') {
        paragraph_date = t.value.substr(0, 10);
      }
    }
  };
  const Article& a = doc.article;
  if (a.headline_end_token > a.headline_first_token) run_unit(a.headline_first_token, a.headline_end_token);
  if (a.date_line_end_token > a.date_line_first_token) run_unit(a.date_line_first_token, a.date_line_end_token);
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph != paragraph) {
      paragraph = s.paragraph;
      paragraph_date.clear();
      paragraph_ref.clear();
      paragraph_part.clear();
    }
    run_unit(s.first_token, s.end_token);
  }
  // Header lines may come in any order: keep the list in text order.
  std::stable_sort(doc.times.begin(), doc.times.end(),
                   [](const Time& x, const Time& y) { return x.span.start < y.span.start; });
}

}  // namespace nf
