// Stage 8, times: time expressions (TimeML TIMEX3) in the headline and every sentence,
// each resolved against the article's reference date (article.date).
//
// Recognition is a list of named rules over tokens (times.cpp, kRules), each with an
// example that tests/times_test.cpp fires; the longest match at a token wins. Lexicons:
// data/months.txt, weekdays.txt, time_units.txt, number_words.txt, seasons.txt,
// time_vague.txt, time_context_words.txt, time_not_after_weekday.txt.
//
// Resolution (news past bias, after HeidelTime's news strategy):
//  * a date without a year takes the article's year; when the sentence looks to the past
//    (past-tense cues, data/time_past_cues.txt, or any word ending in -ed, and by default)
//    and the date would fall more than a week after the article date, it moves back a
//    year; when it looks to the future (data/time_future_cues.txt: will, next, scheduled)
//    and the date would fall before the article date, it moves forward a year.
//    EXAMPLE: article 2024-07-14, "sparked by the Oct. 7 attack" -> 2023-10-07.
//  * a weekday is the latest such day on or before the article date, or with a future
//    cue the next one on or after it; "last"/"next" force the direction.
//    EXAMPLE: article 2024-07-14 (a Sunday), "said Sunday" -> 2024-07-14.
//  * ambiguous numeric dates (both parts <= 12) are month first, as in US wire copy;
//    "13/7/2024" is day first because 13 is no month; "13.07.2024" (dots) is day first.
//  * with no article date, relative expressions keep TimeML's unknowns ("XXXX-07-13",
//    "XXXX-WXX-7" would be a set; a weekday is "XXXX-WXX-7" as a date) with anchor
//    "unresolved"; nothing is taken from the clock.
// Every Time says what it was resolved against (anchor: absolute | article | sentence |
// unresolved) and which fields were inferred rather than stated (inferred: year, ...).
#pragma once

#include <vector>

#include "document.h"

namespace nf {

// Fills doc.times from doc.tokens, doc.sentences and doc.article.
void find_times(Document& doc);

// The rule of a clock time joined with the day after it ("3 p.m. on Saturday"): a TIME
// whose day the text states (casualties date a figure by it as by a day).
inline constexpr const char* kClockOnDayRule = "clock time on a day";

// The rules, in priority order, with the example each one must match (for tests).
struct TimeRuleInfo {
  const char* name;
  const char* example;
};
std::vector<TimeRuleInfo> time_rules();

}  // namespace nf
