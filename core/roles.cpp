#include "roles.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon.h"
#include "token_view.h"

namespace nf {

namespace {

constexpr uint32_t kMaxApposition = 15;  // tokens

class RoleFinder {
 public:
  explicit RoleFinder(Document& doc) : doc_(doc), entity_of_(doc.token_entities()) {}

  void run() {
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      if (doc_.entities[e].type != "person") continue;
      const std::vector<Span> mentions = doc_.entities[e].mentions;
      for (const Span& m : mentions) {
        const uint32_t a = doc_.token_at(m.start);
        uint32_t b = a;
        while (b < doc_.tokens.size() && doc_.tokens[b].span.end <= m.end) ++b;
        if (b == a) continue;
        const auto [first, end] = sentence_of(a);
        before(e, a, first);
        after(e, b, end);
        signature(e, a, b);
      }
    }
    next_sentence_roles();
  }

 private:
  Document& doc_;
  std::vector<int> entity_of_;  // token -> entity whose mention covers it, or -1

  std::string_view word(uint32_t t) const { return doc_.vslice(doc_.tokens[t].span); }

  // The token range of the sentence (or headline) holding token t.
  std::pair<uint32_t, uint32_t> sentence_of(uint32_t t) const {
    const Article& a = doc_.article;
    if (t >= a.headline_first_token && t < a.headline_end_token) return {a.headline_first_token, a.headline_end_token};
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), t,
                               [](uint32_t x, const Sentence& s) { return x < s.first_token; });
    if (it == doc_.sentences.begin()) return {t, t + 1};
    --it;
    return {it->first_token, it->end_token};
  }

  // "Kwame Mensah arrived in Accra on Sunday. The former finance minister told reporters
  // ...": a sentence that opens with "The", a singular role phrase and a lower-case word
  // names the person who opened the sentence before it, when no other person is named
  // there and the role word is not there already (no kinship, no plural).
  // EXAMPLE: -> "former finance minister" for Kwame Mensah; "Kwame Mensah met Ann Lee. The
  //          minister said" -> none (two people); "Kwame Mensah met the minister. The
  //          minister said" -> none (the role named before); "The Brazilian injured" none.
  void next_sentence_roles() {
    for (std::size_t i = 0; i + 1 < doc_.sentences.size(); ++i) {
      const Sentence& s = doc_.sentences[i];
      const Sentence& n = doc_.sentences[i + 1];
      const uint32_t f = s.first_token, g = n.first_token;
      if (!person_at(f) || n.end_token < g + 4 || word(g) != "The" || n.paragraph > s.paragraph + 1) continue;
      const uint32_t u = role_phrase(g, n.end_token, false);
      if (u <= g + 1 || u >= n.end_token || doc_.tokens[u].kind != TokenKind::Word || capitalised(u) ||
          title_link(u) || tail_stop(lower_ascii(word(u)))) {
        continue;
      }
      uint32_t r = u;
      while (r > g + 1 && !role_word(r - 1)) --r;
      if (r == g + 1 && !role_word(g + 1)) continue;
      const uint32_t role = r - 1;
      if (plural_role(role) || kKinshipNouns.contains(word(role))) continue;
      const int e = entity_of_[f];
      const std::string rl = lower_ascii(word(role));
      bool clear = true;
      for (uint32_t t = s.first_token; t < s.end_token && clear; ++t) {
        if (person_at(t) && entity_of_[t] != e) clear = false;
        if (t > f && lower_ascii(word(t)) == rl) clear = false;
      }
      for (uint32_t t = g + 1; t < u && clear; ++t) clear = !person_at(t);
      if (clear) add_title(static_cast<std::size_t>(e), g + 1, u);
    }
  }

  // A lower-case word that may stand in a noun phrase before a role noun: no possessive,
  // pronoun, link, verb of data/not_before_role.txt or past form in "-ed" ("Yau defeated
  // another localist camp candidate", "Bush were elected president"). EXAMPLE: "radio",
  // "talk", "show" -> yes; "defeated", "were", "'s", "my", "as" -> no.
  bool noun_like(uint32_t t) const {
    const std::string l = lower_ascii(word(t));
    if (doc_.tokens[t].kind != TokenKind::Word || capitalised(t) || possessive(t) || tail_stop(l) || determiner(l) ||
        possessive_pronoun(l) || kNotBeforeRole.contains(l)) {
      return false;
    }
    const bool ed = l.size() > 4 && l.compare(l.size() - 2, 2, "ed") == 0;
    return !ed || kTitleModifiers.contains(l);
  }

  // A line break between token x - 1 and token x (the first token starts a line).
  bool line_starts(uint32_t x) const {
    if (x == 0) return true;
    const uint32_t from = doc_.tokens[x - 1].span.end, to = doc_.tokens[x].span.start;
    return to > from && doc_.vslice(Span{from, to}).find('\n') != std::string_view::npos;
  }

  // "John Whitaker\nSenior Policy Analyst, Harbor Ridge Partners": an e-mail's signature,
  // the name alone on its line and on the next a capitalised role phrase (a role word among
  // its words, "of", "for", "and" or "&" between them) up to a comma or the line's end.
  // EXAMPLE: -> "Senior Policy Analyst"; "Karen Liu\nDirector of Communications" -> the
  //          line; "John Smith\nChief executives met on Monday" -> none (lower-case words);
  //          "John Smith\nReuters" -> none (no role word).
  void signature(std::size_t e, uint32_t a, uint32_t b) {
    const uint32_t n = static_cast<uint32_t>(doc_.tokens.size());
    if (b >= n || !line_starts(a)) return;
    const Article& art = doc_.article;
    // "Leon Branom Senior Tax Analyst Networks and Services (713) ...": a signature whose
    // lines were run together; the name opens a body line and capitalised words follow it
    // at once: the title ends at their last role word (within five words), and no
    // lower-case word comes right after it.
    // EXAMPLE: -> "Senior Tax Analyst"; "Michael Gapinski Account Vice President Emery
    //          Financial Group" -> "Account Vice President"; "John Smith Director said"
    //          -> none; "Ann Lee Smith" (no role word) -> none.
    if (!line_starts(b)) {
      if (a >= art.headline_first_token && a < art.headline_end_token) return;
      uint32_t role_end = 0;
      for (uint32_t t = b; t < n && t < b + 5 && !line_starts(t); ++t) {
        if (!capitalised(t) || doc_.tokens[t].kind != TokenKind::Word || person_at(t)) break;
        if (role_word(t)) role_end = t + 1;
        // ("Joy Powell Executive Assistant to ...": a modifier after the role word is the title's)
        else if (role_end == t && kTitleModifiers.contains(word(t))) role_end = t + 1;
      }
      // (not a modifier that opens the next capitalised name: "Project Manager National
      // Energy Group" -> "Project Manager")
      if (role_end && !role_word(role_end - 1) && role_end < n && !line_starts(role_end) && capitalised(role_end)) --role_end;
      if (!role_end || plural_role(role_end - 1)) return;
      if (role_end < n && !line_starts(role_end) && doc_.tokens[role_end].kind == TokenKind::Word &&
          !capitalised(role_end) && (!title_link(role_end) || word(role_end) == "the")) {
        return;
      }
      add_title(e, b, role_end);
      return;
    }
    uint32_t t = b;
    bool role = false;
    for (; t < n && (t == b || !line_starts(t)) && word(t) != ","; ++t) {
      if (t >= b + 7 || person_at(t)) return;
      const std::string_view w = word(t);
      if (capitalised(t) && doc_.tokens[t].kind == TokenKind::Word) {
        role = role || role_word(t);
      } else if (t == b || t + 1 >= n || line_starts(t + 1) ||
                 !(w == "of" || w == "for" || w == "and" || w == "&")) {
        return;
      }
    }
    // ("Kingel\nDear Judges": a plural role is no one person's)
    if (role && !plural_role(t - 1)) add_title(e, b, t);
  }

  bool capitalised(uint32_t t) const { return doc_.tokens[t].flags & kCapitalized; }
  bool person_at(uint32_t t) const {
    const int e = entity_of_[t];
    return e >= 0 && doc_.entities[static_cast<std::size_t>(e)].type == "person";
  }

  // A role noun, also as the last part of a hyphenated word: "Booker Prize-winner",
  // "ex-husband". EXAMPLE: ", a Booker Prize-winner," heads an apposition; "far-right" no.
  bool role_word(uint32_t t) const {
    const std::string_view w = word(t);
    if (kTitleWords.contains(w) || kRoleNouns.contains(w) || kTitleCapitals.contains(w)) return true;
    // the last word of a two-word role of data/role_phrases.txt ("tight end", "running mate")
    // EXAMPLE: "Kansas City Chiefs tight end Travis Kelce" -> "tight end" heads the title.
    if (t > 0 && in_role_phrase(t - 1)) return true;
    // a scientist named by a field ending in "-ologist" ("primatologist", "epidemiologist")
    // EXAMPLE: "Jane Goodall, the primatologist," -> "primatologist"; "ideologist" too.
    if (w.size() > 9 && (w.substr(w.size() - 7) == "ologist" || w.substr(w.size() - 8) == "ologists")) return true;
    // the plural of a role noun ("writers Mark Twain, Robert Louis Stevenson, ...")
    // EXAMPLE: "writers" -> a role word; "Jones" no ("Jone" is none).
    if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'') {
      const std::string_view one = w.substr(0, w.size() - 1);
      if (kTitleWords.contains(one) || kRoleNouns.contains(one)) return true;
    }
    const std::size_t h = w.rfind('-');
    if (h == std::string_view::npos || h == 0 || h + 1 >= w.size()) return false;
    const std::string_view tail = w.substr(h + 1);
    // "Prime Minister-designate", "President-elect": the role before "-designate"/"-elect".
    // EXAMPLE: "Minister-designate" -> a role word; "self-designate" no.
    if (tail == "designate" || tail == "elect") {
      const std::string_view head = w.substr(0, h);
      return kTitleWords.contains(head) || kRoleNouns.contains(head);
    }
    return kTitleWords.contains(tail) || kRoleNouns.contains(tail);
  }

  // Tokens t and t + 1 are a two-word role of data/role_phrases.txt ("tight end").
  bool in_role_phrase(uint32_t t) const {
    if (t + 1 >= doc_.tokens.size() || doc_.tokens[t].kind != TokenKind::Word || doc_.tokens[t + 1].kind != TokenKind::Word) {
      return false;
    }
    const std::string_view a = word(t), b = word(t + 1);
    if (a.size() + b.size() > 30) return false;
    std::string key(a);
    (key += ' ') += b;
    return kRolePhrases.contains(key);
  }

  // A role word in the plural ("activists", "ministers"): its singular is a role word.
  bool plural_role(uint32_t t) const {
    const std::string_view w = word(t);
    if (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's') return false;
    const std::string_view one = w.substr(0, w.size() - 1);
    return kTitleWords.contains(one) || kRoleNouns.contains(one);
  }

  static bool possessive_pronoun(std::string_view w) {
    const std::string l = lower_ascii(w);
    return l == "his" || l == "her" || l == "their" || l == "its" || l == "my" || l == "our" || l == "your";
  }

  // A token that may stand in a title before a name.
  bool title_part(uint32_t t) const {
    const std::string_view w = word(t);
    if (role_word(t) || kTitleModifiers.contains(w) || in_role_phrase(t)) return true;
    const int e = entity_of_[t];
    // a lower-case word inside an organisation's name is the name's too: "the Office of
    // Science and Technology Policy Acting Director" ("of", "and")
    // EXAMPLE: -> the whole office; "and" outside any name stays no title word.
    if (!capitalised(t)) return e >= 0 && doc_.entities[static_cast<std::size_t>(e)].type != "person" && t > 0 && entity_of_[t - 1] == e;
    if (kGazDemonyms.contains(w)) return true;
    return e >= 0 && doc_.entities[static_cast<std::size_t>(e)].type != "person";
  }

  // A capitalised word that may name an office before a title ("Senate", "Opposition"):
  // not a person's, not a sentence's opener, a month, a weekday, a holiday or a time word.
  bool office_word(uint32_t t) const {
    const std::string_view w = word(t);
    return capitalised(t) && doc_.tokens[t].kind == TokenKind::Word && !person_at(t) && w.size() > 1 &&
           !kSentenceStarters.contains(w) && !kMonths.contains(w) && !kWeekdays.contains(w) && !kHolidays.contains(w) &&
           !kTimeTriggers.contains(w);
  }

  void add_title(std::size_t e, uint32_t first, uint32_t end) {
    if (end <= first) return;
    // Kinship is no title unless the text names whose kin it is: "his son Bruno Caloi",
    // "Thomas Sam and his wife Manju Sam", "Maria Lopez, the mother of two," give none;
    // "Paris's father, Albert Jaquier" and "a jazz maestro and father of ..." stay titles.
    // The role words read are those before the first link: "the son of the farmer" is kin.
    // EXAMPLE: "his wife Manju Sam" -> no title; "Paris's father, X," -> "Paris's father".
    {
      bool kin = false, other = false;
      for (uint32_t t = first; t < end; ++t) {
        if (possessive(t)) other = true;
        if (t > first && title_link(t) && lower_ascii(word(t)) != "the") break;
        if (!role_word(t)) continue;
        if (kKinshipNouns.contains(word(t))) kin = true;
        else other = true;
      }
      if (kin && !other) return;
    }
    const Span span{doc_.tokens[first].span.start, doc_.tokens[end - 1].span.end};
    const std::string text(doc_.slice(span));
    Entity& ent = doc_.entities[e];
    auto same = [&](const std::string& t) {
      if (t.size() != text.size()) return false;
      for (std::size_t i = 0; i < t.size(); ++i) {
        if ((t[i] | 0x20) != (text[i] | 0x20)) return false;
      }
      return true;
    };
    if (std::none_of(ent.titles.begin(), ent.titles.end(), same)) ent.titles.push_back(text);
    for (uint32_t t = first; t < end; ++t) affiliate(e, t);
  }

  // The organisation or country that token t of a title names.
  void affiliate(std::size_t e, uint32_t t) {
    std::string id;
    const int o = entity_of_[t];
    if (o >= 0 && static_cast<std::size_t>(o) != e && doc_.entities[static_cast<std::size_t>(o)].type != "person") {
      id = doc_.entities[static_cast<std::size_t>(o)].id;
    } else if (capitalised(t)) {
      const int d = kGazDemonyms.find(word(t));
      const int c = d >= 0 ? doc_.country_entity(kGazDemonyms.canonical(d)) : -1;
      if (c >= 0) id = doc_.entities[static_cast<std::size_t>(c)].id;
    }
    if (id.empty()) return;
    std::vector<std::string>& a = doc_.entities[e].affiliations;
    if (std::find(a.begin(), a.end(), id) == a.end()) a.push_back(id);
  }

  bool possessive(uint32_t t) const { return word(t) == "'s" || word(t) == "\xE2\x80\x99s"; }
  // "of", "at", "for", "to" (and "the") inside a title: "Head of the World Food Programme",
  // "Britain's Ambassador to the United Nations"
  bool title_link(uint32_t t) const {
    const std::string w = lower_ascii(word(t));
    return w == "of" || w == "at" || w == "for" || w == "to" || w == "the";
  }

  // "Malaysia's Prime Minister, Najib Razak, said", "Head of the World Food Programme,
  // Cindy McCain": a title (a role word last, or a role word "of/at/for" an
  // organisation), a comma, the name.
  bool title_before_comma(std::size_t e, uint32_t a, uint32_t first) {
    if (a < first + 2 || word(a - 1) != ",") return false;
    uint32_t x = a - 2;
    uint32_t role_at = 0;  // the role word of "captain of the U.S. Invictus team", if any
    // "U.S. Army veteran and captain of the U.S. Invictus team, Will Reynolds,", "the head
    // of the agency, Nora Quinn,": a role word "of" a noun phrase the tagger left untagged
    // that ends in a lower-case noun (up to four words, none a link, a determiner or a
    // person's). EXAMPLE: -> "captain of the U.S. Invictus team"; "the son of the farmer,
    // Bob" -> none (kinship); "a friend of the family, Bob" -> none (no role word).
    if (!role_word(x) && !capitalised(x) && doc_.tokens[x].kind == TokenKind::Word && entity_of_[x] < 0 &&
        !title_link(x) && !determiner(lower_ascii(word(x))) && !tail_stop(lower_ascii(word(x)))) {
      uint32_t y = x;
      while (y > first && y + 4 > x && doc_.tokens[y - 1].kind == TokenKind::Word && !title_link(y - 1) &&
             !determiner(lower_ascii(word(y - 1))) && !tail_stop(lower_ascii(word(y - 1))) && !person_at(y - 1)) {
        --y;
      }
      if (y > first + 1 && lower_ascii(word(y - 1)) == "the") --y;
      if (y > first + 1) {
        const std::string l = lower_ascii(word(y - 1));
        if ((l == "of" || l == "for" || l == "at") && role_word(y - 2) && !kKinshipNouns.contains(word(y - 2))) role_at = y - 1;
      }
    }
    if (!role_word(x) && !role_at) {
      const int o = entity_of_[x];
      // "A spokesman for Cannon, Mark Smith,", "an aide to Netanyahu, Ron Dermer,": a role
      // "for", "to" or "of" another person, a comma, the name (no kinship: "the son of Sam
      // Brown, Bob" no). EXAMPLE: -> "spokesman for Cannon".
      if (o >= 0 && static_cast<std::size_t>(o) != e && doc_.entities[static_cast<std::size_t>(o)].type == "person") {
        uint32_t y = x;
        while (y > first && entity_of_[y - 1] == o) --y;
        if (y < first + 2) return false;
        const std::string l = lower_ascii(word(y - 1));
        if ((l != "for" && l != "to" && l != "of") || !role_word(y - 2) || kKinshipNouns.contains(word(y - 2))) return false;
        uint32_t t = y - 2;
        while (t > first && title_part(t - 1)) --t;
        if (t > first && capitalised(t - 1) && !determiner(lower_ascii(word(t - 1))) && t - 1 != first) return false;
        add_title(e, t, a - 1);
        return true;
      }
      if (o >= 0 && doc_.entities[static_cast<std::size_t>(o)].type == "person") return false;
      if (o >= 0) {
        while (x > first && entity_of_[x - 1] == o) --x;
        // "The Minister for Central Asia, Tobias Ellwood,": up to two untagged capitalised
        // words of the office before the tagged name, when a link comes before them.
        // EXAMPLE: -> "The Minister for Central Asia"; "the Asia expert, X" none (no link).
        uint32_t y = x;
        while (y > first && x - y < 2 && capitalised(y - 1) && entity_of_[y - 1] < 0 && !role_word(y - 1)) --y;
        if (y < x && y > first + 1) {
          const std::string l = lower_ascii(word(y - 1));
          if ((title_link(y - 1) && l != "the") || (l == "the" && y > first + 2 && title_link(y - 2))) x = y;
        }
      } else {
        // "the Commander-in-Chief of the Polish Army, Edward Rydz-Smigly": up to five
        // capitalised words of the office the tagger left untagged.
        // EXAMPLE: -> "the Commander-in-Chief of the Polish Army"; "the son of Sam Brown,
        //          Bob" -> none (a person's name there).
        if (!capitalised(x)) return false;
        while (x > first && x + 5 > a - 2 && capitalised(x - 1) && !role_word(x - 1) && entity_of_[x - 1] < 0) --x;
      }
      if (x > first && lower_ascii(word(x - 1)) == "the") --x;
      if (x < first + 2 || !title_link(x - 1) || lower_ascii(word(x - 1)) == "the" || !role_word(x - 2)) return false;
      // (the office's untagged capitals are no title words: the title is read back from
      // its role word. EXAMPLE: "The head of the WHO, Tedros," -> "head of the WHO")
      if (o < 0) role_at = x - 1;
    }
    uint32_t t = role_at ? role_at : a - 1;
    while (t > first && (title_part(t - 1) || possessive(t - 1) || (title_link(t - 1) && t - 1 > first && t < a - 1))) --t;
    // "Labour's shadow home secretary, Yvette Cooper,": up to two lower-case words between a
    // possessive and the role words are the title's. EXAMPLE: -> "Labour's shadow home
    // secretary"; "the shadow home secretary, X" -> "secretary" (no possessive).
    if (t > first + 2 && !possessive(t - 1)) {
      uint32_t q = t;
      while (q > first + 1 && q + 2 > t && doc_.tokens[q - 1].kind == TokenKind::Word && !capitalised(q - 1) &&
             !title_link(q - 1) && !determiner(lower_ascii(word(q - 1))) && !tail_stop(lower_ascii(word(q - 1)))) {
        --q;
      }
      if (q < t && possessive(q - 1)) t = q - 1;
    }
    // "the Afghan team's coach, Alireza Mehraban", "Paris's father, Albert Jaquier": the
    // possessor's noun phrase is part of the title.
    // EXAMPLE: "According to the Afghan team's coach, Alireza Mehraban, ..." -> "the Afghan
    //          team's coach"; not "... with his mother, Montalvo was put through" (below).
    if (possessive(t) && t > first && word(t - 1) != ",") {
      --t;
      // "Mark Twain's biographer, Ron Powers,": a person's name before the possessive is
      // the title's whole. EXAMPLE: -> "Mark Twain's biographer".
      if (person_at(t) && entity_of_[t] != static_cast<int>(e)) {
        while (t > first && entity_of_[t - 1] == entity_of_[t]) --t;
      } else {
        while (t > first && (title_part(t - 1) || lower_ascii(word(t - 1)) == "the")) --t;
      }
    }
    // "in the words of the Crown prosecutor, Mark Tedeschi,": the title starts after the
    // link that took it in. EXAMPLE: -> "the Crown prosecutor", not "of the Crown prosecutor".
    while (t + 1 < a - 1 && title_link(t) && lower_ascii(word(t)) != "the") ++t;
    // "The Prime Minister, Robert Menzies,": a capitalised article before the title is no
    // name. EXAMPLE: -> "Prime Minister"; "Labor Party Prime Minister, X" stays none.
    // "Our NASA Administrator, Bill Nelson,", "the Office of Science and Technology Policy
    // Acting Director, Dr. Alondra Nelson": capitalised words the tagger left untagged
    // (with "of", "and", "for" between them) after a determiner name the office.
    // EXAMPLE: -> "NASA Administrator"; "Labor Party Prime Minister, X" (no determiner
    //          before the capitals) stays none.
    if (t > first && capitalised(t - 1) && entity_of_[t - 1] < 0 && !possessive(t)) {
      uint32_t q = t;
      while (q > first && q + 8 > t && !person_at(q - 1) &&
             (capitalised(q - 1) || ((word(q - 1) == "of" || word(q - 1) == "and" || word(q - 1) == "for") &&
                                     q - 1 > first && capitalised(q - 2)))) {
        --q;
      }
      if (q > first && determiner(lower_ascii(word(q - 1))) && !capitalised(q - 1)) {
        t = q;
      } else if (q == first && q + 1 < t && determiner(lower_ascii(word(q)))) {
        t = q + 1;
      }
    }
    const std::string before_title = t > first ? lower_ascii(word(t - 1)) : std::string();
    const bool speaker_own = before_title == "our" || before_title == "my" || before_title == "your";
    // (a sentence's opening word is no name: "And the head of NATO, Hoop Scheffer, ...")
    const bool opener = t == first + 1 && kSentenceStarters.contains(word(first)) && !determiner(before_title);
    // "His biographer, Anne Loomis, wrote": a possessive pronoun opening the sentence is
    // capitalised there (read below as "his"). EXAMPLE: -> "His biographer"; "His mother,
    // Ann Lee, said" -> none (kinship, below).
    const bool pronoun_opener = t == first + 1 && possessive_pronoun(word(first));
    if (t == a - 1 || possessive(t) ||
        (t > first && capitalised(t - 1) && before_title != "the" && !speaker_own && !opener && !pronoun_opener)) {
      return false;
    }
    // "Andrei Gromyko the Minister of Foreign Affairs, Defence Minister Dmitriy Ustinov": a
    // title right after another person's name is that person's apposition.
    // EXAMPLE: -> no "Minister of Foreign Affairs" for Dmitriy Ustinov.
    if (t > first && (person_at(t - 1) || (lower_ascii(word(t - 1)) == "the" && t > first + 1 && person_at(t - 2)))) {
      return false;
    }
    // "with Joschka Fischer as foreign minister, Renate Kuenast as ...": the role after
    // "as" is the person's before it. EXAMPLE: -> no "foreign minister" for Renate Kuenast.
    if (t > first + 1 && lower_ascii(word(t - 1)) == "as" && person_at(t - 2)) return false;
    // "to speak with his mother, Montalvo was ...": a role another person holds
    // ... but "our President, Joe Biden," / "Our NASA Administrator, Bill Nelson," in a
    // speech: the speaker's own office holder. EXAMPLE: -> "President" for Joe Biden.
    // ... unless the role is no kinship and the name is set off as an apposition: "his
    // running mate, Al Gore, defeated", "his assistant secretary, John Hay."
    // EXAMPLE: -> "assistant secretary" for John Hay; "with his mother, Montalvo was" none.
    if (t > first && possessive_pronoun(word(t - 1)) && !speaker_own) {
      uint32_t b = a;
      while (b < doc_.tokens.size() && entity_of_[b] == static_cast<int>(e)) ++b;
      const bool closed = b < doc_.tokens.size() && (word(b) == "," || word(b) == "." || word(b) == ";" || word(b) == ")");
      bool kin = false;
      for (uint32_t k = t; k + 1 < a; ++k) kin = kin || kKinshipNouns.contains(word(k));
      if (!closed || kin) return false;
    }
    add_title(e, t, a - 1);
    return true;
  }

  // "Israeli Prime Minister Benjamin Netanyahu", "Gen. Herzi Halevi": title words up to
  // the name, the last of them a role word.
  // The title words right before token a, as [first token, one past the role word
  // nearest the name), or {a, 0} where there is none.
  std::pair<uint32_t, uint32_t> title_before(uint32_t a, uint32_t first) const {
    uint32_t t = a;
    uint32_t role_end = 0;  // one past the role word nearest the name
    int extra = 0;          // capitalised office words taken before the role words
    while (t > first) {
      const uint32_t p = t - 1;
      if (word(p) == "." && p > first && kAbbrevTitle.contains(word(p - 1))) {
        if (!role_end) role_end = t;
        t = p - 1;
        continue;
      }
      if (!role_end && !role_word(p)) {
        // "US Secretary of State John Kerry", "Minister for Water Resources Jane Doe": a
        // capitalised role word, "of" or "for", up to four capitalised words of the office.
        // EXAMPLE: "US Secretary of State John Kerry" -> "US Secretary of State"; not
        //          "the sister of Anna Jones" (no capitalised role word before "of").
        uint32_t q = t;
        while (q > first && q + 4 > t && capitalised(q - 1) && !role_word(q - 1) && !person_at(q - 1)) --q;
        // "Obama's chief of staff Rahm Emanuel", "member of parliament Jo Cox": a role word,
        // "of" and one lower-case noun right before the name. EXAMPLE: -> "chief of staff";
        // "the son of farmer Bob Hill" -> none (kinship); "the killing of protester X" -> none
        // (no role word before "of").
        if (q == t && t >= first + 3 && !capitalised(t - 1) && doc_.tokens[t - 1].kind == TokenKind::Word &&
            !role_word(t - 1) && !tail_stop(lower_ascii(word(t - 1))) && !determiner(lower_ascii(word(t - 1))) &&
            lower_ascii(word(t - 2)) == "of" && role_word(t - 3) && !kKinshipNouns.contains(word(t - 3)) &&
            !(kTitleCapitalOnly.contains(word(t - 3)) && !capitalised(t - 3))) {
          role_end = t;
          t -= 2;
          continue;
        }
        if (q == t || q < first + 2) return {a, 0};
        if (q > first + 2 && lower_ascii(word(q - 1)) == "the") --q;  // "Minister for the Middle East X"
        // ("U.S. Ambassador to the United Nations Samantha Power": "to" too)
        const std::string l = lower_ascii(word(q - 1));
        if ((l != "of" && l != "for" && l != "to") || !role_word(q - 2) || !capitalised(q - 2)) return {a, 0};
        role_end = t;
        t = q - 1;
        continue;
      }
      if (!title_part(p)) {
        // "Senate Majority Leader Harry Reid", "Opposition leader Tony Abbott": up to two
        // capitalised words of an office the tagger left untagged before the role words,
        // none a sentence's opener, a month, a weekday or a time word.
        // EXAMPLE: -> "Senate Majority Leader"; "On Monday Health Minister X" -> "Health
        //          Minister"; "said Reid Leader" no (a person's name).
        if (role_end && extra < 2 && office_word(p)) {
          ++extra;
          t = p;
          continue;
        }
        break;
      }
      if (!role_end) {
        if (!role_word(p)) return {a, 0};  // "... said Netanyahu": the word before is no title
        // "a major Warhol donor program": data/title_capital_only.txt's words in lower case
        // are no title. EXAMPLE: -> none; "Major Tom Smith" -> "Major"; "Major general Fuad
        //          Basya", "party secretary general X" -> titles (a role word before it).
        if (!capitalised(p) && kTitleCapitalOnly.contains(word(p)) && !(p > first && role_word(p - 1))) {
          return {a, 0};
        }
        role_end = t;
      }
      t = p;
    }
    return {t, role_end};
  }

  // "24-year-old": an age written as one adjective.
  bool age_adjective(uint32_t t) const {
    const std::string_view w = word(t);
    const std::size_t h = w.find('-');
    if (h == 0 || h == std::string_view::npos || w.size() < h + 9 || w.substr(h) != "-year-old") return false;
    return std::all_of(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(h), [](char c) { return c >= '0' && c <= '9'; });
  }

  void before(std::size_t e, uint32_t a, uint32_t first) {
    if (title_before_comma(e, a, first)) return;
    // "The suspect, 24-year-old Tom Hill, was charged": an age between the comma and the
    // name. EXAMPLE: -> "suspect"; "named the victim as 34-year-old Tom Hill" -> none.
    if (a >= first + 3 && age_adjective(a - 1) && word(a - 2) == "," && title_before_comma(e, a - 1, first)) return;
    // "a professor called Abraham Perold", "an engineer named Ann Lee": a role phrase, then
    // "called" or "named", the name. EXAMPLE: -> "professor"; "a man named Ann Lee" -> none
    // (no role word); "the prize named after Ann Lee" -> none.
    if (a >= first + 2 && (word(a - 1) == "called" || word(a - 1) == "named") && role_word(a - 2) &&
        !kKinshipNouns.contains(word(a - 2))) {
      uint32_t t = a - 2;
      while (t > first && title_part(t - 1)) --t;
      add_title(e, t, a - 1);
      return;
    }
    auto [t, role_end] = title_before(a, first);
    // "U.S. Presidents Richard Nixon and Gerald Ford", "Generals Jan Smuts and Louis
    // Botha": a plural role before the name before "and" is this name's too.
    // EXAMPLE: -> "U.S. Presidents" for Gerald Ford; "President Obama and Michelle
    //          Obama" -> none for Michelle Obama (a singular role).
    // The same for every name of a list: "Congress members Tom Lantos, Jim Saxton, ... and
    // Robert Wexler", "Six other Republican senators - Wayne Morse, Irving Ives, ...".
    // EXAMPLE: "Senators Fritz Hollings, Slade Gorton and Al Gore" -> "Senators" for all
    //          three; "President Obama, John Smith and Al Gore" -> none for the other two.
    if (!role_end) {
      uint32_t p = a;
      // "With fellow U.S. senators A, B, and C, Ashcroft formed ...": an "and" joins the
      // last item only, so a name after the item it joined is past the list.
      bool list = true;
      for (int items = 0; items < 12; ++items) {
        uint32_t q = p;
        if (q > first + 1 && word(q - 1) == "and") {
          --q;
          if (items > 0) list = false;
        }
        if (q > first + 1 && (word(q - 1) == "," || word(q - 1) == ";")) --q;
        // an item's parenthesis or organisation after its name: "athletes Vitas Gerulaitis
        // (tennis) and Jack Nicklaus (golf)", "publishers Jann Wenner of Rolling Stone and
        // Carlo De Benedetti of la Repubblica"
        // EXAMPLE: -> "athletes" for Jack Nicklaus; "President Obama (left) and Michelle
        //          Obama" -> none (a singular role).
        if (q != p && q > first + 1 && word(q - 1) == ")") {
          uint32_t k = q - 1;
          while (k > first && k + 6 > q && word(k) != "(") --k;
          if (word(k) == "(") q = k;
        } else if (q != p && q > first + 1 && entity_of_[q - 1] >= 0 && !person_at(q - 1)) {
          uint32_t k = q - 1;
          while (k > first && entity_of_[k - 1] == entity_of_[q - 1]) --k;
          if (k > first + 1 && lower_ascii(word(k - 1)) == "the") --k;
          if (k > first + 1 && (word(k - 1) == "of" || word(k - 1) == "from")) q = k - 1;
        }
        if (q == p || q <= first || !person_at(q - 1) || entity_of_[q - 1] == static_cast<int>(e) || !list) break;
        p = q - 1;
        while (p > first && entity_of_[p - 1] == entity_of_[q - 1]) --p;
      }
      uint32_t at = p;
      if (at > first + 1 && (word(at - 1) == "-" || word(at - 1) == "\xE2\x80\x93" || word(at - 1) == "\xE2\x80\x94")) --at;
      if (list && (p != a || at != a)) {
        const auto [u, end] = title_before(at, first);
        if (end && end == at && word(end - 1).size() > 3 && word(end - 1).back() == 's') {
          add_title(e, u, end);
          return;
        }
      }
    }
    if (!role_end) return;
    // "Acme's chief executive Peter Brown", "Hamas's Qatar-based political chief Ismail
    // Haniyeh": a named possessor before the role words is the title's (and the person's
    // affiliation). EXAMPLE: -> "Hamas's Qatar-based political chief"; "his chief of staff
    // X" keeps "chief of staff" (no name before the possessive).
    // (not before an abbreviated style: "CLEMENT's St. Methodius")
    if (t >= first + 2 && possessive(t - 1) && entity_of_[t - 2] >= 0 && entity_of_[t - 2] != static_cast<int>(e) &&
        !kAbbrevTitle.contains(word(t))) {
      uint32_t u = t - 2;
      while (u > first && entity_of_[u - 1] == entity_of_[t - 2]) --u;
      t = u;
    }
    add_title(e, t, role_end);
    // "The CJTF-OIR commanding general, Lt. Gen. Stephen J. Townsend,": a title, a comma,
    // then the rank before the name.
    // EXAMPLE: "the Minister of Foreign Affairs of Iraq, HE Dr Ibrahim al-Jaafari" -> both.
    // (also "radical third-party nominee, veteran Wisconsin Senator Robert M. La Follette")
    if (t > first + 1 && word(t - 1) == "," && (capitalised(t) || title_part(t))) title_before_comma(e, t, first);
  }

  static bool determiner(std::string_view w) {
    return w == "a" || w == "an" || w == "the" || w == "our" || w == "his" || w == "her" || w == "their" || w == "its";
  }

  // The title phrase a role word heads from token s: an optional determiner, title words
  // (the role word among them, capitalised where `capital_role`), then "of", "for" or "at",
  // an optional "the" and capitalised words. Returns its end, or s where there is none.
  // EXAMPLE: "as Minister for Water Resources." -> "Minister for Water Resources";
  //          "who is our editor and" -> "our editor"; "as a result" -> none.
  uint32_t role_phrase(uint32_t s, uint32_t end, bool capital_role, bool lower_tail = false) const {
    uint32_t t = s;
    if (t < end && determiner(lower_ascii(word(t)))) ++t;
    bool role = false;
    // "as Postmaster General", "as Labour MP": with lower_tail, up to three capitalised
    // words before a capitalised role word. EXAMPLE: -> "Postmaster General"; "as Hurricane
    // Katrina hit" -> none (no role word).
    // "as party leader", "as team captain": one lower-case noun before a role word.
    // EXAMPLE: -> "party leader"; "as well as officials" -> none.
    if (lower_tail) {
      uint32_t q = t;
      while (q < end && q < t + 3 && capitalised(q) && !title_part(q) && !person_at(q)) ++q;
      if (q > t && q < end && role_word(q) && capitalised(q)) {
        t = q;
      } else if (q == t && t + 1 < end && doc_.tokens[t].kind == TokenKind::Word && !capitalised(t) &&
                 !title_part(t) && !tail_stop(lower_ascii(word(t))) && lower_ascii(word(t)) != "well" &&
                 !determiner(lower_ascii(word(t))) && role_word(t + 1)) {
        t = t + 1;
        return role_phrase(t, end, capital_role) > t ? role_phrase(t, end, capital_role) : s;
      }
    }
    while (t < end && title_part(t)) {
      role = role || (role_word(t) && (!capital_role || capitalised(t)));
      ++t;
    }
    if (!role) return s;
    if (t + 1 < end && title_link(t) && lower_ascii(word(t)) != "the") {
      uint32_t u = t + 1;
      if (u < end && lower_ascii(word(u)) == "the") ++u;
      uint32_t v = u;
      while (v < end && v < u + 6 && capitalised(v)) ++v;
      // "as minister for the environment,": with lower_tail, up to three lower-case words
      // that end the clause. EXAMPLE: -> "minister for the environment"; "as head of the
      // team that won" -> "head" (the words run on into a clause).
      if (v == u && lower_tail) {
        while (v < end && v < u + 3 && doc_.tokens[v].kind == TokenKind::Word && !capitalised(v) &&
               !tail_stop(lower_ascii(word(v)))) {
          ++v;
        }
        if (v < end && doc_.tokens[v].kind == TokenKind::Word) v = u;
      }
      if (v > u) t = v;
    }
    return t;
  }

  // Past an "a" or "an" that opens [s, t): "as a delegate of ..." -> "delegate of ...".
  uint32_t without_article(uint32_t s, uint32_t t) const {
    const std::string w = lower_ascii(word(s));
    return s + 1 < t && (w == "a" || w == "an") ? s + 1 : s;
  }

  static bool tail_stop(std::string_view w) {
    return w == "and" || w == "or" || w == "that" || w == "which" || w == "who" || w == "in" || w == "on" ||
           w == "at" || w == "to" || w == "by" || w == "with" || w == "from" || w == "of" || w == "for";
  }

  // "Eugenio Calabi (born 1923) is an Italian-American mathematician", "Joschka Fischer
  // became Vice-Chancellor of Germany": the role a copula gives the name right before it
  // (a parenthesis between is skipped). With an article, the words up to the first role
  // noun within six, none a link or clause word; without one, a role noun right after.
  // EXAMPLE: "X was an American film director and producer" -> "American film director";
  //          "X was arrested by police officers" -> none; "X is a good friend" -> none;
  //          "X was the last Democrat until Y to carry Z" -> none.
  bool predicate_role(std::size_t e, uint32_t c, uint32_t end) {
    if (c < end && word(c) == "(") {
      uint32_t k = c + 1;
      while (k < end && k < c + 25 && word(k) != ")") ++k;
      if (k >= end || word(k) != ")") return false;
      c = k + 1;
    }
    if (c + 1 >= end) return false;
    // ("Archibald had been a lieutenant": "has been", "had been" too)
    // EXAMPLE: -> "lieutenant"; "X had a lieutenant" -> none.
    if (c + 2 < end && (word(c) == "has" || word(c) == "had") && word(c + 1) == "been") ++c;
    const std::string_view v = word(c);
    // ("Bezos remains executive chairman of the company": "remains" too)
    if (!(v == "is" || v == "was" || v == "became" || v == "becomes" || v == "been" || v == "remains" ||
          v == "remained")) {
      return false;
    }
    // "Paul Smith was named the team's new head coach", "X has been appointed chief
    // executive", "X was elected as president of the union": a verb of
    // data/role_appoint_verbs.txt after the copula (an optional "as"), then a role phrase:
    // words up to a role noun within five (no link, clause word or person), or a role noun
    // at once. EXAMPLE: -> "the team's new head coach", "chief executive"; "X was named
    // after his grandfather" -> none; "X was named in the report" -> none.
    if (v != "became" && v != "becomes" && c + 2 < end && kRoleAppointVerbs.contains(word(c + 1)) && !capitalised(c + 1)) {
      uint32_t s = c + 2;
      if (s + 1 < end && word(s) == "as") ++s;
      for (uint32_t k = s; k < end && k < s + 6; ++k) {
        const std::string lw = lower_ascii(word(k));
        if (doc_.tokens[k].kind != TokenKind::Word || tail_stop(lw) || lw == "after" || person_at(k)) return false;
        if (role_word(k)) {
          if (kKinshipNouns.contains(word(k)) || plural_role(k)) return false;
          // ("was named defensive player of the year": an award, no role)
          if (k + 3 < end && word(k + 1) == "of" && lower_ascii(word(k + 2)) == "the" && kTimeUnits.contains(word(k + 3))) {
            return false;
          }
          add_title(e, without_article(s, k + 1), std::max(role_phrase(k, end, false), k + 1));
          return true;
        }
      }
      return false;
    }
    uint32_t s = c + 1;
    // ("Warhol was both an artist and a businessperson")
    while (s < end && (word(s) == "also" || word(s) == "now" || word(s) == "later" || word(s) == "already" ||
                       word(s) == "still" || word(s) == "currently" || word(s) == "both")) {
      ++s;
    }
    if (s >= end) return false;
    const std::string d = lower_ascii(word(s));
    if (d == "a" || d == "an" || d == "the") {
      ++s;
      // "Davis was the last Democrat until Jerry Brown to carry ...": a record, no role
      if (d == "the" && s < end && (lower_ascii(word(s)) == "last" || lower_ascii(word(s)) == "only")) return false;
      for (uint32_t t = s; t < end && t < s + 6; ++t) {
        const std::string_view w = word(t);
        if (w == "-" && t > s && t + 1 < end) continue;  // "Italian - American", as some texts space it
        const std::string lw = lower_ascii(w);
        if (doc_.tokens[t].kind != TokenKind::Word || tail_stop(lower_ascii(w)) || person_at(t)) return false;
        if (lw == "most" || lw == "least" || lw == "best" || lw == "worst") return false;  // "the eighth most cited scholar"
        if (role_word(t)) {
          if (kKinshipNouns.contains(w)) return false;  // "Daniel was a son of Johann Bernoulli"
          const uint32_t u = std::max(role_phrase(t, end, false), t + 1);
          add_title(e, s, u);
          // "Gustavo Reyes is the mayor of Valparaiso and a former member of the Chilean
          // Senate": a second role joined by "and" and its own article.
          // EXAMPLE: -> both; "X is the mayor and the city's fire chief" -> both; "X is the
          //          mayor and a good friend" -> the mayor only (no role word).
          if (u + 2 < end && word(u) == "and") {
            const std::string d2 = lower_ascii(word(u + 1));
            if (d2 == "a" || d2 == "an" || d2 == "the") {
              for (uint32_t k = u + 2; k < end && k < u + 8; ++k) {
                if (doc_.tokens[k].kind != TokenKind::Word || tail_stop(lower_ascii(word(k))) || person_at(k)) break;
                if (role_word(k)) {
                  if (!kKinshipNouns.contains(word(k))) add_title(e, u + 1, std::max(role_phrase(k, end, false), k + 1));
                  break;
                }
              }
            }
          }
          return true;
        }
      }
      return false;
    }
    // "Rulan Chao Pian was Professor of East Asian Studies": a capitalised role noun right
    // after "is"/"was" (without an article) is an office too.
    if (v == "became" || v == "becomes" || (role_word(s) && capitalised(s) && !kKinshipNouns.contains(word(s)))) {
      const uint32_t t = role_phrase(s, end, false);
      if (t > s) {
        add_title(e, s, t);
        return true;
      }
    }
    // "Bezos remains executive chairman of the company", "Smith was head of security at
    // X": lower-case title words (a role word last, up to three) without an article
    // right before "of" or "at" are an office too.
    // EXAMPLE: -> "executive chairman"; "X is proud of" -> none (no role word); "X was
    //          son of a farmer" -> none (kinship); "X was leaders of" -> none (a plural).
    {
      uint32_t k = s;
      while (k < end && k < s + 3 && doc_.tokens[k].kind == TokenKind::Word && !capitalised(k) && title_part(k)) ++k;
      if (k > s && k < end && role_word(k - 1) && !plural_role(k - 1) && !kKinshipNouns.contains(word(k - 1)) &&
          !kTitleCapitalOnly.contains(word(k - 1)) && (word(k) == "of" || word(k) == "at")) {
        add_title(e, s, std::max(role_phrase(s, end, false), k));
        return true;
      }
    }
    return false;
  }

  // ", who is our editor", ", who heads the International Brotherhood of Magicians": the
  // role a relative clause gives right after the name; "heads", "leads", "chairs" and
  // "runs" with the capitalised name of what is led.
  // EXAMPLE: "Jason, who is our editor and ..." -> "our editor"; "X, who heads the World
  //          Food Programme," -> "heads the World Food Programme"; "X, who is 45," none.
  void who_role(std::size_t e, uint32_t s, uint32_t end) {
    while (s < end && (word(s) == "also" || word(s) == "now" || word(s) == "currently" || word(s) == "still")) ++s;
    if (s + 1 >= end) return;
    // ", who works as a nurse", ", who serves as the city's fire chief": up to three words
    // of data/role_as_verbs.txt, then "as" and a role. EXAMPLE: -> "nurse", "city's fire
    // chief"; ", who works as hard as anyone" -> none (no role word).
    {
      uint32_t u = s;
      while (u < end && u < s + 3 && kRoleAsVerbs.contains(word(u)) && !capitalised(u)) ++u;
      if (u > s && u + 1 < end && word(u) == "as") {
        const uint32_t t = role_phrase(u + 1, end, false, true);
        if (t > u + 1 && !plural_role(t - 1)) add_title(e, without_article(u + 1, t), t);
        return;
      }
    }
    const std::string_view v = word(s);
    if (v == "is" || v == "was") {
      // (one lower-case word before the role noun: ", who is a clinical professor of
      // medicine at ..." -> "a clinical professor"; ", who is a good friend" none)
      const uint32_t t = role_phrase(s + 1, end, false, true);
      if (t > s + 1) add_title(e, s + 1, t);
      return;
    }
    if (!(v == "heads" || v == "leads" || v == "chairs" || v == "runs" || v == "headed" || v == "led" || v == "chaired")) return;
    uint32_t u = s + 1;
    if (u < end && lower_ascii(word(u)) == "the") ++u;
    uint32_t t = u;
    while (t < end && t < u + 8 && (capitalised(t) || (t > u && title_link(t) && t + 1 < end && capitalised(t + 1)))) ++t;
    if (t > u && !person_at(u)) add_title(e, s, t);
  }

  // ", a brigade commander," ", head of the U.N. agency for Palestinian refugees,": a
  // comma, an optional article, and a phrase a role word heads, up to the next comma.
  // Also ", QC," (data/title_postnominals.txt), ", who is our editor" (who_role), and
  // " as Minister for Agriculture" (a capitalised role word right after the name).
  // EXAMPLE: "Mark Tedeschi, QC, said" -> "QC"; "Thomas Sam, 42, and his wife Manju Sam"
  //          -> no title (a phrase that opens with "and" is no apposition);
  //          "with Bridget McKenzie as Minister for Agriculture" -> "Minister for Agriculture".
  void after(std::size_t e, uint32_t b, uint32_t end) {
    // "Harry West of the UUP", "William Craig for the UUP", "Jane Doe from the Red Cross":
    // the organisation named after "of", "for" or "from" (or the country after "of") is
    // the person's affiliation (no title).
    // EXAMPLE: "Peter Robinson of the Democratic Unionist Party" -> affiliated to the
    //          party; "John Smith of Texas" (a state) -> none.
    const bool of = b + 1 < end && word(b) == "of";
    if (of || (b + 1 < end && (word(b) == "for" || word(b) == "from"))) {
      const uint32_t u = lower_ascii(word(b + 1)) == "the" ? b + 2 : b + 1;
      const int o = u < end ? entity_of_[u] : -1;
      if (o >= 0 && static_cast<std::size_t>(o) != e) {
        const Entity& x = doc_.entities[static_cast<std::size_t>(o)];
        if (x.type == "organization" || (of && x.type == "location" && x.has_place && x.place.kind == "country")) affiliate(e, u);
      }
      return;
    }
    if (predicate_role(e, b, end)) return;
    // "James Jones former Marine commandant is on record": "former" right after the name
    // with no comma, title words or capitalised words with a role word among them, then a
    // lower-case word, a comma or the sentence's end.
    // EXAMPLE: -> "former Marine commandant"; "Smith former colleagues say" -> none (a
    //          plural); "Smith former Yankees" -> none (no role word).
    if (b + 2 < end && word(b) == "former") {
      uint32_t t = b + 1, last = 0;
      while (t < end && t < b + 6 && (title_part(t) || (capitalised(t) && doc_.tokens[t].kind == TokenKind::Word)) &&
             !person_at(t)) {
        if (role_word(t)) last = t + 1;
        ++t;
      }
      if (last == t && !plural_role(t - 1) &&
          (t == end || word(t) == "," || word(t) == "." ||
           (doc_.tokens[t].kind == TokenKind::Word && !capitalised(t) && !title_link(t)))) {
        add_title(e, b, t);
      }
      return;
    }
    // "Alex Broun playwright and Nicole Campbell", "Ronna Romney radio talk show host and
    // former ...": up to three lower-case words right after the name, the last a role noun,
    // then "and", a comma, a bracket or the sentence's end. Not after a determiner or
    // before a possessive ("said a Biden spokesman.": Biden's spokesman is someone else).
    // EXAMPLE: -> "playwright", "radio talk show host"; "said a Biden spokesman." -> none;
    //          "Smith head to Paris" -> none (no stop after the role).
    if (b + 1 < end && !title_link(b) && noun_like(b)) {
      uint32_t a = b;
      while (a > 0 && entity_of_[a - 1] == static_cast<int>(e)) --a;
      const std::string pre = a > 0 ? lower_ascii(word(a - 1)) : std::string();
      uint32_t t = b;
      while (t < end && t < b + 4 && noun_like(t) && !role_word(t)) ++t;
      if (t < end && role_word(t) && !capitalised(t) && !plural_role(t) && !kKinshipNouns.contains(word(t)) &&
          !kTitleCapitalOnly.contains(word(t)) && !determiner(pre) && !possessive(a > 0 ? a - 1 : a) && pre != "a" &&
          pre != "an" && (t + 1 == end || word(t + 1) == "and" || word(t + 1) == "," || word(t + 1) == "." ||
                          word(t + 1) == ")" || word(t + 1) == ";")) {
        add_title(e, b, t + 1);
        return;
      }
    }
    // "Yuri Andropov the KGB chairman, Andrei Gromyko the Minister of Foreign Affairs,": an
    // apposition the writer set off with no comma: "the", a role phrase, then a comma, a
    // semicolon, a bracket or the sentence's end.
    // EXAMPLE: -> "KGB chairman"; "told Smith the president would" -> none (no stop after).
    if (b + 2 < end && word(b) == "the") {
      const uint32_t t = role_phrase(b, end, false);
      if (t > b + 1 && (t == end || word(t) == "," || word(t) == ";" || word(t) == ")" || word(t) == ".")) {
        add_title(e, b + 1, t);
        return;
      }
    }
    // "Westerwelle stepped down as party leader", "Smith served as mayor": up to three
    // words of data/role_as_verbs.txt, then "as" and a role. EXAMPLE: -> "party leader";
    // "Bush named Smith as ..." gives Bush nothing ("named" is not in the list).
    {
      uint32_t u = b;
      while (u < end && u < b + 3 && kRoleAsVerbs.contains(word(u)) && !capitalised(u)) ++u;
      if (u > b && u + 1 < end && word(u) == "as") {
        const uint32_t t = role_phrase(u + 1, end, false, true);
        if (t > u + 1) add_title(e, without_article(u + 1, t), t);
        return;
      }
    }
    if (b < end && word(b) == "as") {
      const uint32_t t = role_phrase(b + 1, end, false, true);
      // "to refer to fans of Saddam, Arafat or Bin Laden as peace activists": a plural role
      // is no one person's. EXAMPLE: -> none for Bin Laden; "X as party leader" -> a title.
      if (t > b + 1 && !plural_role(t - 1)) add_title(e, without_article(b + 1, t), t);
      return;
    }
    // "Margo Kingston (journalist)", "John Valder (previous president of the party)": a
    // role phrase in parentheses right after the name.
    // EXAMPLE: "Brian Deegan (former magistrate, who ...)" -> "former magistrate"; "Amarah
    //          (Arabic: ...)" -> none; "Stanley (then known as the Honourable Edward
    //          Stanley)" -> none (a person's name inside).
    if (b + 1 < end && word(b) == "(") {
      uint32_t t = b + 1;
      bool role = false;
      bool person = false;  // "Stanley (then known as the Honourable Edward Stanley)": the name again, no role
      // "Elia Kazan (The Last Tycoon)", "Carl Foreman (Champion and The Victors)": a
      // capitalised article inside names a work, no role.
      // EXAMPLE: -> none; "Margo Kingston (journalist)" -> "journalist".
      bool work = false;
      while (t < end && t - b <= kMaxApposition && word(t) != ")" && word(t) != "," && word(t) != ";") {
        work = work || word(t) == "The" || word(t) == "A" || word(t) == "An";
        role = role || (t - b <= 6 && role_word(t));
        person = person || (person_at(t) && entity_of_[t] == static_cast<int>(e));
        ++t;
      }
      if (person || work) return;
      if (role && t < end && (word(t) == ")" || word(t) == ",")) add_title(e, b + 1, t);
      return;
    }
    // "Gen. Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff,": past "Jr." / "Sr."
    // EXAMPLE: -> "chairman of the Joint Chiefs of Staff".
    if (b + 1 < end && (word(b) == "Jr" || word(b) == "Jr." || word(b) == "Sr" || word(b) == "Sr.")) {
      ++b;
      if (b < end && word(b) == "." && word(b - 1).back() != '.') ++b;
    } else if (b + 1 < end && word(b) == "." && kNameSuffixes.contains(word(b - 1))) {
      // ... and past the stop of a suffix the name holds: "Robert F. Kennedy Jr., the
      // health secretary," EXAMPLE: -> "health secretary".
      ++b;
    }
    for (int tries = 0; tries < 3; ++tries) {  // later tries: after an age (", 45,") or an honour (", QC,")
      if (b >= end || word(b) != ",") return;
      uint32_t s = b + 1;
      if (s < end && kTitlePostnominals.contains(word(s)) &&
          (s + 1 == end || doc_.tokens[s + 1].kind != TokenKind::Word)) {
        add_title(e, s, s + 1);
        b = s + 1;
        continue;
      }
      if (s < end && word(s) == "who") {
        who_role(e, s + 1, end);
        return;
      }
      // an apposition opens with a noun phrase, not a conjunction or a preposition:
      // "television presenter Sally Meen, from his mother's previous marriage." -> none
      if (s < end && (word(s) == "and" || word(s) == "or" || word(s) == "but" || word(s) == "to" || word(s) == "from" ||
                      word(s) == "in" || word(s) == "on" || word(s) == "with" || word(s) == "by" || word(s) == "after" ||
                      word(s) == "before" || word(s) == "during" || word(s) == "since")) {
        return;
      }
      if (s < end && (word(s) == "is" || word(s) == "was")) {  // ", best known as Ben Stoloff, was an ..."
        predicate_role(e, s, end);
        return;
      }
      // ", as envoy,": the role without its "as". EXAMPLE: "hired Ron Dermer, as envoy," ->
      // "envoy"; ", as well as officials" -> none (no role word up front).
      if (s + 1 < end && word(s) == "as") {
        if (word(s + 1) == "well") return;  // ", as well as officials," joins others
        ++s;
      }
      // ("Susan Bailey, another paralegal in our Group,")
      if (s < end && (word(s) == "a" || word(s) == "an" || word(s) == "the" || word(s) == "another")) ++s;
      uint32_t t = s;
      bool role = false, clause = false;
      while (t < end && t - s < kMaxApposition) {
        const std::string_view w = word(t);
        if (w == "," || w == ";" || w == "(" || w == ")" || w == "\"" || w == "\xE2\x80\x9C" ||
            w == "\xE2\x80\x9D" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93") {
          break;
        }
        // "Gen. Joseph Votel, commander of U.S. Central Command said, ...": an apposition
        // the writer did not close ends at its speech verb.
        // EXAMPLE: -> "commander of U.S. Central Command"; ", who said" stays no title.
        if (kSpeechVerbs.contains(w) && role && t > s + 1 && !clause && doc_.tokens[t].kind == TokenKind::Word &&
            !capitalised(t) && t + 1 < end && (word(t + 1) == "," || word(t + 1) == ":" || word(t + 1) == ".")) {
          break;
        }
        // "Rachel Kessler, a senior fellow at the Brookings Institution in Washington,": "in"
        // and a place after the role phrase say where it is, no part of the role.
        // EXAMPLE: -> "senior fellow at the Brookings Institution"; ", a fellow in
        //          economics at X," keeps "in economics" (no place after "in").
        if (w == "in" && role && t > s + 1 && !clause && t + 1 < end) {
          const uint32_t k = lower_ascii(word(t + 1)) == "the" && t + 2 < end ? t + 2 : t + 1;
          const int o = entity_of_[k];
          if (o >= 0 && doc_.entities[static_cast<std::size_t>(o)].type == "location") break;
        }
        // "Haley Barbour, a political operative who campaigned for ...": a relative clause
        // after the role phrase ends it. EXAMPLE: -> "political operative"; ", who said"
        //          (no role before it) stays no title.
        if ((w == "who" || w == "whose") && role && t > s + 1 && !clause) break;
        // ", Federation of the Greens leader Alfonso Pecoraro Scanio and ...": a role before
        // another person's name is that person's. EXAMPLE: -> no title for the name before.
        // "Special Advisor to Ambassador Saperstein" stays a title (the role after "to").
        // (not a possessor: "Jake Sullivan, Mr. Biden's national security adviser,")
        bool other = t > s && person_at(t) && entity_of_[t] != static_cast<int>(e) &&
                     (t == s + 1 || entity_of_[t - 1] != entity_of_[t]);
        if (other) {
          uint32_t k = t;
          while (k < end && entity_of_[k] == entity_of_[t]) ++k;
          if (k < end && possessive(k)) other = false;
        }
        // "Howie Payne, the frontman of now defunct band The Stands and Sean Payne, the
        // drummer": an "and" before another person's name ends this name's role phrase.
        // EXAMPLE: -> "frontman of now defunct band The Stands"; "adviser to Smith and
        //          Jones" -> "adviser to Smith".
        if (other && role && !clause && t > s + 2 && word(t - 1) == "and" && title_before(t, s).second == 0) {
          uint32_t u = t - 1;
          while (u > s + 1 && title_link(u - 1)) --u;
          add_title(e, s, u);
          return;
        }
        const uint32_t r = other ? title_before(t, s).first : t;
        if (other && r < t) {
          if (r == s || lower_ascii(word(r - 1)) != "to") {
            // "... the nephew of long-time Prime Minister and President Konstantinos
            // Karamanlis", ", Italy of Values leader and former magistrate Antonio Di Pietro":
            // roles joined by "and" to the other's are the other's too.
            if (r > s && (word(r - 1) == "and" || word(r - 1) == "or" || word(r - 1) == "&")) return;
            // "Jack Lesmana, a jazz maestro and father of jazz musician Indra Lesmana,": the
            // phrase up to its last role word before the other's title is this name's.
            // EXAMPLE: -> "jazz maestro and father"; ", Federation of the Greens leader
            //          Alfonso Scanio" -> none (no role word before).
            uint32_t last = r;
            while (last > s && !role_word(last - 1)) --last;
            if (last > s && !clause) add_title(e, s, last);
            return;
          }
        }
        if (t - s < 6 && role_word(t)) role = true;
        // a capitalised speech verb is a name's word: ", President of the United States,"
        // a copula makes it a clause: ", Hay's highest office was United States Secretary"
        if ((kSpeechVerbs.contains(w) && !capitalised(t)) || w == "who" || w == "which" || w == "that" || w == "was" ||
            w == "is" || w == "were" || w == "are") {
          clause = true;
        }
        ++t;
      }
      if (t == s) return;
      const bool capped = t - s >= kMaxApposition;
      if (t == s + 1 && doc_.tokens[s].kind == TokenKind::Number) {
        b = t;  // ", 45," then maybe ", a teacher,"
        continue;
      }
      // the sentence's full stop is no part of it: ", mayor of Rome." -> "mayor of Rome"
      while (t > s + 1 && (word(t - 1) == "." || word(t - 1) == "!" || word(t - 1) == "?")) --t;
      // nor a link a quotation mark cut off: ', curator of "Andy Warhol: ..."' -> "curator"
      // EXAMPLE: -> "curator"; ", head of the U.N. agency," keeps its "of".
      while (t > s + 1 && title_link(t - 1)) --t;
      if (role && !clause && !capped) {
        add_title(e, s, t);
      } else if (role && capped) {
        // "Tobias Ellwood, Minister for the Middle East welcomes the liberation of ...": an
        // apposition the writer never closed is its role phrase alone, when a capitalised
        // role word heads it (a lower-case one may open the next clause: "According to
        // Rathbun, a detective for the Los Angeles Sheriff's office was provided with ...").
        // EXAMPLE: -> "Minister for the Middle East"; "Rathbun, a detective for ..." -> none.
        const uint32_t u = role_phrase(s, end, true);
        if (u > s) add_title(e, s, u);
      }
      return;
    }
  }
};

}  // namespace

void find_roles(Document& doc) { RoleFinder(doc).run(); }

}  // namespace nf
