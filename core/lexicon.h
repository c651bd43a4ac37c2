// Word lists from data/*.txt, compiled into tables (core/generated/lexicons.inc): small
// lists as sorted arrays, large ones (the gazetteers) as one packed string each, read
// into a hash index on first use (pointers per entry would double the download).
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace nf {

struct LexiconForm {
  std::string_view form;
  uint32_t canonical;
};

struct Lexicon {
  const LexiconForm* forms;             // sorted by (length, bytes); null when packed
  std::size_t size;                     // number of forms
  const std::string_view* canonicals;   // null when packed
  bool fold_case;      // entries are lower case; lookups fold ASCII case
  int max_words;       // most space-separated words in one form
  // Packed: one line per entry, "canonical|form|form...\n" (forms folded as looked up).
  std::string_view packed = {};

  // Index of the canonical entry for this form, or -1. Large lists are looked up through
  // a hash index built on first use; small ones by binary search.
  int find(std::string_view s) const;
  bool contains(std::string_view s) const { return find(s) >= 0; }
  std::string_view canonical(int index) const;
  // False when no form starts with s and a space: a longest-match scan can stop ("Gaza"
  // may go on to "Gaza City"; "Hamas" goes on to nothing). Can be true by mistake
  // (a hashed filter), never false by mistake.
  bool may_continue(std::string_view s) const;

  mutable std::once_flag index_once{};
  mutable std::atomic<bool> indexed{false};  // the fast path: one load once built
  mutable std::vector<LexiconForm> unpacked_forms{};
  mutable std::vector<std::string_view> unpacked_canonicals{};
  mutable std::vector<uint64_t> slots{};     // open addressing: hash << 32 | form index + 1; 0 empty
  mutable std::vector<uint64_t> prefixes{};  // bit filter of the word prefixes of forms
  void build_index() const;
  void ensure_index() const {
    if (!indexed.load(std::memory_order_acquire)) {
      std::call_once(index_once, [this] { build_index(); });
      indexed.store(true, std::memory_order_release);
    }
  }
};

extern const Lexicon kGazCountries, kGazDemonyms, kGazFirstNames, kGazGeo, kGazOrgs, kGazSurnames, kCasualtyAuxiliaries, kCasualtyBetween, kCasualtyCues, kCasualtyCumulative, kCasualtyHedges, kFractions, kNumberScales, kOrdinals, kQuantityPeople, kQuantityQualifiers, kQuantityTriggers,
    kQuantityUnits, kQuantityVague, kAbbrevNumber, kAbbrevOther, kAbbrevTitle, kAgencies, kGroupNames, kNameParticles, kNamingVerbs, kOrgAliases, kQuoteMedia, kTitleModifiers, kTitleWords, kLocationHeads, kOrgAfterDemonym, kDateLinePrefixes,
    kHolidays, kHtmlBlockTags, kHtmlTags, kMonths, kSentenceStarters, kSpeechVerbs, kWeekdays, kNumberWords, kSeasons,
    kEventCues, kEventTriggers, kTimeContextWords, kTimeEventNouns, kTimeFutureCues, kTimeNotAfterWeekday, kTimePastCues, kTimeSetWords, kTimeZones, kTimeTriggers, kTimeUnits, kTimeVague;

inline bool is_html_tag(std::string_view lower_name) { return kHtmlTags.contains(lower_name); }
inline bool is_html_block_tag(std::string_view lower_name) {
  return kHtmlBlockTags.contains(lower_name);
}

}  // namespace nf
