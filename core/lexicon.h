// Word lists from data/*.txt, compiled into sorted tables (core/generated/lexicons.inc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace nf {

struct LexiconForm {
  std::string_view form;
  uint16_t canonical;
};

struct Lexicon {
  const LexiconForm* forms;
  std::size_t size;
  const std::string_view* canonicals;
  bool fold_case;      // entries are lower case; lookups fold ASCII case
  int max_words;       // most space-separated words in one form

  // Index of the canonical entry for this form, or -1.
  int find(std::string_view s) const;
  bool contains(std::string_view s) const { return find(s) >= 0; }
  std::string_view canonical(int index) const { return canonicals[index]; }
};

extern const Lexicon kGazDemonyms, kGazFirstNames, kGazPlaces, kCasualtyAuxiliaries, kCasualtyBetween, kCasualtyCues, kCasualtyCumulative, kCasualtyHedges, kFractions, kNumberScales, kOrdinals, kQuantityPeople, kQuantityQualifiers, kQuantityTriggers,
    kQuantityUnits, kQuantityVague, kAbbrevNumber, kAbbrevOther, kAbbrevTitle, kAgencies, kDateLinePrefixes,
    kHolidays, kHtmlBlockTags, kHtmlTags, kMonths, kSentenceStarters, kSpeechVerbs, kWeekdays, kNumberWords, kSeasons,
    kTimeContextWords, kTimeEventNouns, kTimeFutureCues, kTimeNotAfterWeekday, kTimePastCues, kTimeSetWords, kTimeZones, kTimeTriggers, kTimeUnits, kTimeVague;

inline bool is_html_tag(std::string_view lower_name) { return kHtmlTags.contains(lower_name); }
inline bool is_html_block_tag(std::string_view lower_name) {
  return kHtmlBlockTags.contains(lower_name);
}

}  // namespace nf
