// Stage 8, times: every rule's example, positive cases with their resolved values, and
// negative cases that must not match. Strict: a case fails on no result, a different
// span, a different value, or an extra expression.
#include "test_util.h"

#include "times.h"

using nft::json;

namespace {

// The times of one sentence, as "text=value" strings, with article date dct.
std::string times_of(const std::string& sentence, const std::string& dct = "2024-07-14") {
  nf::Options o;
  o.date = dct;
  o.offsets = nf::OffsetUnit::Utf8;
  const std::string text = "x\n\n" + sentence;
  const json r = nft::run(text, o);
  std::string out;
  for (const auto& t : r["times"]) {
    if (!out.empty()) out += "; ";
    out += t["text"].get<std::string>() + "=" + (t["value"].is_null() ? "null" : t["value"].get<std::string>());
  }
  return out;
}

nf::Document doc_of(const std::string& sentence, const std::string& dct = "2024-07-14") {
  nf::Options o;
  o.date = dct;
  return nf::extract("x\n\n" + sentence, o);
}

}  // namespace

TEST_CASE("every time rule matches its own example") {
  for (const auto& r : nf::time_rules()) {
    CAPTURE(std::string(r.name));
    const nf::Document d = doc_of(std::string("It happened ") + r.example + ".");
    bool found = false;
    for (const auto& t : d.times) found = found || std::string(t.rule) == r.name;
    CHECK(found);
  }
}

TEST_CASE("the seed's expressions, in a past-tense report dated Sunday 2024-07-14") {
  CHECK(times_of("A Hamas official said Sunday that the group is pulling out.") == "Sunday=2024-07-14");
  CHECK(times_of("Israel staged a raid on July 13 that it said was an attempt.") == "July 13=2024-07-13");
  CHECK(times_of("The group has been fighting a nine-month-long war.") == "nine-month-long=P9M");
  CHECK(times_of("Talks have for months tried but failed.") == "for months=PXM");
  CHECK(times_of("The area had in May been declared a safe zone.") == "May=2024-05");
  CHECK(times_of("He has been among the most wanted men for decades.") == "for decades=PXDE");
  CHECK(times_of("He announced the start of the Oct. 7 attack, which sparked the war.") == "Oct. 7=2023-10-07");
  CHECK(times_of("Rescuers also said yesterday at least eight people were killed.") == "yesterday=2024-07-13");
  const nf::Document d = doc_of("Netanyahu said late on July 13 there was no certainty.");
  REQUIRE(d.times.size() == 1);
  CHECK(d.times[0].value == "2024-07-13");
  CHECK(d.times[0].mod == "END");
}

TEST_CASE("dates: full, partial, numeric, ranges") {
  CHECK(times_of("It was signed on 13 July 2024.") == "13 July 2024=2024-07-13");
  CHECK(times_of("It was signed on July 13, 2021.") == "July 13, 2021=2021-07-13");
  CHECK(times_of("The vote was held on 7/13/2024.") == "7/13/2024=2024-07-13");
  CHECK(times_of("The vote was held on 13/7/2024.") == "13/7/2024=2024-07-13");
  CHECK(times_of("The vote was held on 6/7/2024.") == "6/7/2024=2024-06-07");  // month first
  CHECK(times_of("The vote was held on 13.07.2024.") == "13.07.2024=2024-07-13");
  CHECK(times_of("The vote was held on 2024-07-13.") == "2024-07-13=2024-07-13");
  CHECK(times_of("The festival ran May 3-5.") == "May 3-5=2024-05-03");
  CHECK(times_of("Prices rose between May and July.") == "May=2024-05; July=2024-07");
  CHECK(times_of("It opened in July 2019.") == "July 2019=2019-07");
  CHECK(times_of("It opened on Friday, July 21, 2017.") == "Friday, July 21, 2017=2017-07-21");
  CHECK(times_of("The Oct. 7 attack killed many.") == "Oct. 7=2023-10-07");
  CHECK(times_of("The July 13 strike hit a camp.") == "July 13=2024-07-13");
}

TEST_CASE("a date without a year follows the tense") {
  CHECK(times_of("The summit will open on Oct. 7.") == "Oct. 7=2024-10-07");
  CHECK(times_of("Elections are scheduled for March 3.", "2024-11-20") == "March 3=2025-03-03");
  CHECK(times_of("He was arrested on Dec. 24.", "2024-01-05") == "Dec. 24=2023-12-24");
  CHECK(times_of("The hearing is on July 16.") == "July 16=2024-07-16");  // within a week: kept
}

TEST_CASE("weekdays look back in past-tense reports and forward with future cues") {
  // 2024-07-14 is a Sunday.
  CHECK(times_of("Officials said on Thursday the port was closed.") == "Thursday=2024-07-11");
  CHECK(times_of("Talks will resume on Tuesday.") == "Tuesday=2024-07-16");
  CHECK(times_of("The ministers met last Sunday.") == "last Sunday=2024-07-07");
  CHECK(times_of("They meet next Friday.") == "next Friday=2024-07-19");
  CHECK(times_of("The raid came late on Monday.") == "Monday=2024-07-08");
  CHECK(times_of("Shelling resumed Saturday night.") == "Saturday night=2024-07-13TNI");
}

TEST_CASE("relative days and periods") {
  CHECK(times_of("The blast happened today.") == "today=2024-07-14");
  CHECK(times_of("The results come tomorrow.") == "tomorrow=2024-07-15");
  CHECK(times_of("Sirens sounded last night.") == "last night=2024-07-13TNI");
  CHECK(times_of("Prices fell last week.") == "last week=2024-W27");
  CHECK(times_of("Prices fell last month.") == "last month=2024-06");
  CHECK(times_of("Prices fell last year.") == "last year=2023");
  CHECK(times_of("The law passes next year.") == "next year=2025");
  CHECK(times_of("He left two days ago.") == "two days ago=2024-07-12");
  CHECK(times_of("She left three years ago.") == "three years ago=2021");
  CHECK(times_of("It shipped nearly a decade ago.") == "nearly a decade ago=201");  // a decade: the 2010s
  CHECK(times_of("The vote is to be held from November 20.", "2015-05-07") == "November 20=2015-11-20");
  CHECK(times_of("Crowds came to Fan Expo Canada 2016 in Toronto.") == "2016=2016");
  CHECK(times_of("It was announced earlier this month.") == "earlier this month=2024-07");
  CHECK(times_of("Dozens died in the past 24 hours.") == "the past 24 hours=PT24H");
  CHECK(times_of("Fighting grew in recent weeks.") == "recent weeks=PAST_REF");
  CHECK(times_of("Fighting has recently intensified.") == "recently=PAST_REF");
  CHECK(times_of("They met this weekend.") == "this weekend=2024-W28-WE");  // a Sunday: this one
  CHECK(times_of("They met this weekend.", "2024-07-16") == "this weekend=2024-W28-WE");  // Tuesday: the last
  CHECK(times_of("They will meet this weekend.", "2024-07-16") == "this weekend=2024-W29-WE");
  CHECK(times_of("The fair ran throughout the weekend.", "2024-07-16") == "the weekend=2024-W28-WE");
  CHECK(times_of("The bridge will reopen on Monday, officials said yesterday.") ==
        "Monday=2024-07-15; yesterday=2024-07-13");
  CHECK(times_of("On Wednesday, the two are to travel to Rome.") == "Wednesday=2024-07-17");
  CHECK(times_of("Sirens sounded every now and again.") == "");
  CHECK(times_of("The last ballot was cast the next day.") == "");  // no day named to count from
  CHECK(times_of("Polls opened on July 3. The last ballot was cast the next day.") ==
        "July 3=2024-07-03; the next day=2024-07-04");
  CHECK(times_of("He was arrested on May 3, 2019. Two days later he was released.") ==
        "May 3, 2019=2019-05-03; Two days later=2019-05-05");
  CHECK(times_of("She was born in 1990 and moved to Paris the following year.") == "1990=1990; the following year=1991");
  CHECK(times_of("This is a decrease from the year before.") == "the year before=2023");
  CHECK(times_of("Two days after the attack, police arrived.") == "Two days=P2D");
  CHECK(times_of("The book is by illustrator Johnnie Christmas.") == "");  // a surname
  CHECK(times_of("After nearly half an hour, play resumed.") == "nearly half an hour=PT30M");
  CHECK(times_of("Half the people left.") == "");
  CHECK(times_of("The festival opened on Saturday Night.") == "Saturday Night=2024-07-13TNI");
  CHECK(times_of("Saturday Night Live aired a sketch.") == "");  // a name goes on
  CHECK(times_of("In the past, the river flooded; the future is uncertain.") ==
        "the past=PAST_REF; the future=FUTURE_REF");
  CHECK(times_of("The Future Group said so.") == "");
  CHECK(times_of("Lines can be hours long.") == "hours=PTXH");
  CHECK(times_of("Avoid the crowds on weekends.") == "weekends=XXXX-WXX-WE");
  CHECK(times_of("The annual pilgrimage began.") == "annual=P1Y");
  CHECK(times_of("Merry Christmas to all.") == "Christmas=2023-12-25");
  CHECK(times_of("It was the first vote since the 2014 protests.") == "2014=2014");
  CHECK(times_of("He said so in a 2011 radio interview.") == "2011=2011");
  CHECK(times_of("A return trip is planned for 2015.") == "2015=2015");
  CHECK(times_of("Unions grew in the 1930\u2019s.") == "the 1930\u2019s=193");
  CHECK(times_of("It was created a few months ago.") == "a few months ago=PAST_REF");
  CHECK(times_of("They met on monday in july.") == "monday=2024-07-08; july=2024-07");
}

TEST_CASE("years, decades, seasons, quarters") {
  CHECK(times_of("The war began in 2014.") == "2014=2014");
  CHECK(times_of("Refugees since 1948 have waited.") == "1948=1948");
  CHECK(times_of("Turnout was high in the 2024 election.") == "2024=2024");
  CHECK(times_of("Growth slowed in mid-2023.") == "mid-2023=2023");
  CHECK(times_of("The conflict of the 1990s left scars.") == "the 1990s=199");
  CHECK(times_of("Output fell in the first quarter of 2024.") == "the first quarter of 2024=2024-Q1");
  CHECK(times_of("Output fell last quarter.") == "last quarter=2024-Q2");
  CHECK(times_of("It opened in summer 2023.") == "summer 2023=2023-SU");
  CHECK(times_of("Rains came last winter.") == "last winter=2023-WI");
  CHECK(times_of("Fires broke out in the spring.") == "the spring=2024-SP");
}

TEST_CASE("clock times take the sentence's date, else the article's") {
  CHECK(times_of("Sirens sounded at 3 p.m. local time (1200 GMT).") ==
        "3 p.m. local time=2024-07-14T15:00; 1200 GMT=2024-07-14T12:00");
  // with "on" between, one TIME (session 28, rule clock_on_day: news_dev.txt's convention)
  CHECK(times_of("The blast came at 10:30 a.m. on July 13.") == "10:30 a.m. on July 13=2024-07-13T10:30");
  CHECK(times_of("On July 13 the blast came at 10:30 a.m.") == "July 13=2024-07-13; 10:30 a.m.=2024-07-13T10:30");
  CHECK(times_of("The curfew starts at midnight.") == "midnight=2024-07-14T24:00");
  // No date in the sentence: the last one earlier in the paragraph.
  CHECK(times_of("The vote was on July 9. Polls closed at 22:30.") == "July 9=2024-07-09; 22:30=2024-07-09T22:30");
}

TEST_CASE("holidays") {
  CHECK(times_of("Shops closed on Christmas Day.") == "Christmas Day=2023-12-25");
  CHECK(times_of("Families will gather at Thanksgiving.") == "Thanksgiving=2024-11-28");
  CHECK(times_of("It happened on Thanksgiving 2013.") == "Thanksgiving 2013=2013-11-28");
  CHECK(times_of("Churches were full at Easter.") == "Easter=2024-03-31");
  CHECK(times_of("Fireworks lit up New Year's Eve.", "2025-01-02") == "New Year's Eve=2024-12-31");
}

TEST_CASE("durations and sets") {
  CHECK(times_of("It ended a three-and-a-half year war.") == "three-and-a-half year=P3.5Y");
  CHECK(times_of("He spent two years in prison.") == "two years=P2Y");
  CHECK(times_of("They agreed a 24-hour truce.") == "24-hour=PT24H");
  CHECK(times_of("After a decade of talks, nothing.") == "a decade=P1DE");
  CHECK(times_of("The months-long siege ended.") == "months-long=PXM");
  CHECK(times_of("Protesters gather every Friday.") == "every Friday=XXXX-WXX-5");
  CHECK(times_of("The paper is published weekly.") == "weekly=P1W");
  CHECK(times_of("Markets open on Fridays.") == "Fridays=XXXX-WXX-5");
  CHECK(times_of("The census is held every ten years.") == "every ten years=P10Y");
}

TEST_CASE("negative cases match nothing") {
  for (const char* s : {"The bill may pass.", "May I ask a question?", "They will march on the capital.",
                        "The Sunday Times reported it.", "Rescuers found 7 people.", "Photo: Reuters/7 dead.",
                        "He paid $2000 for it.", "Some 2000 soldiers crossed the border.", "April Ryan asked.",
                        "June Carter sang.", "The fall of Kabul shocked many.", "Page 2014 of the report.",
                        "Room 3 is open.", "They won 3-1.", "Read First Corinthians 9:25 aloud.",
                        "A cartoon by Saturday Morning Breakfast Cereal.", "Aid for 2000 families came."}) {
    CAPTURE(std::string(s));
    CHECK(times_of(s) == "");
  }
}

TEST_CASE("with no article date, relative values stay unresolved") {
  nf::Options o;
  const json r = nft::run("x\n\nThe strike came on Sunday, on July 13 and yesterday.", o);
  REQUIRE(r["times"].size() == 3);
  CHECK(r["times"][0]["value"] == "XXXX-WXX-7");
  CHECK(r["times"][0]["anchor"] == "unresolved");
  CHECK(r["times"][1]["value"] == "XXXX-07-13");
  CHECK(r["times"][2]["value"] == "PAST_REF");
  CHECK(r["times"][2]["anchor"] == "unresolved");
}

TEST_CASE("times report what was inferred and what they were resolved against") {
  const nf::Document d = doc_of("It began on July 13, 2021 and ended on Oct. 7.");
  REQUIRE(d.times.size() == 2);
  CHECK(d.times[0].anchor == "absolute");
  CHECK(d.times[0].inferred.empty());
  CHECK(d.times[1].anchor == "article");
  CHECK(d.times[1].inferred == std::vector<std::string>{"year"});
}

TEST_CASE("modifiers: approximate and bounded durations, in the span") {
  const nf::Document d = doc_of("The war has lasted nearly two decades, and more than three years ago it spread.");
  REQUIRE(d.times.size() == 2);
  CHECK(d.times[0].value == "P2DE");
  CHECK(d.times[0].mod == "LESS_THAN");
  CHECK(d.times[1].value == "2021");
  CHECK(d.times[1].mod == "MORE_THAN");
  CHECK(times_of("They talked for about three hours.") == "about three hours=PT3H");
  CHECK(times_of("Talks lasted at least two weeks.") == "at least two weeks=P2W");
  // only before a duration or "... ago": "about Monday's vote" is no approximate Monday
  CHECK(times_of("He spoke about Monday's vote.") == "Monday=2024-07-08");
  CHECK(times_of("Nearly 300 people came.") == "");
}

TEST_CASE("session 7 dev rules: ages, periods, names, 9/11, decades") {
  CHECK(times_of("I signed my first autograph when I was 25 years old.") == "25 years old=P25Y");
  CHECK(times_of("It is not difficult with a 19 year old who knows nothing.") == "19 year old=P19Y");
  CHECK(times_of("Over the years I have performed in 32 countries.") == "the years=PXY");
  CHECK(times_of("We make many trips throughout the year.") == "the year=P1Y");
  CHECK(times_of("Over the year of the war, prices rose.") == "");
  CHECK(times_of("We know what is happening right now.") == "right now=PRESENT_REF");
  CHECK(times_of("This past week marked the opening.", "2014-01-28") == "This past week=2014-W04");
  CHECK(times_of("He was aware of it even in the sixties.") == "the sixties=196");
  CHECK(times_of("She is in her sixties.") == "");
  CHECK(times_of("It was the 20th century's centre.") == "the 20th century=19");
  // "9/11" names a day
  CHECK(times_of("He volunteered during 9/11 at the site.") == "9/11=2001-09-11");
  CHECK(times_of("My 9/11-related poems were about adversity.") == "9/11-related=2001-09-11");
  // a year before an event's name; not a count before a nationality or a plural
  CHECK(times_of("No, I captained in 2010. So 2009, 2010 World Cup.") == "2010=2010; 2009=2009; 2010=2010");
  CHECK(times_of("We won bronze at the 2002 World Cup.") == "2002=2002");
  CHECK(times_of("About 1500 Israeli soldiers joined.") == "");
  CHECK(times_of("Some 2000 Palestinians fled.") == "");
  // "Weekly", "Daily" inside a name are no sets; "every day" after a possessive is "everyday"
  CHECK(times_of("Whitmore told LA Weekly in a statement that it was closed.") == "");
  CHECK(times_of("The Daily Mail reported it.") == "");
  CHECK(times_of("The paper is published weekly.") == "weekly=P1W");
  CHECK(times_of("It is so different from most people's every day lives.") == "");
  CHECK(times_of("She runs every day.") == "every day=P1D");
}

TEST_CASE("a future date a few days before the article's date stays in its year") {
  CHECK(times_of("The exhibit is to run from January 23 through March 9.", "2014-01-28") ==
        "January 23=2014-01-23; March 9=2014-03-09");
  CHECK(times_of("The vote will be held on January 5.", "2014-01-28") == "January 5=2015-01-05");
}

TEST_CASE("session 21 dev rules: bare periods ago, quarters, decades, future periods, generic today") {
  CHECK(times_of("Years ago, the factory closed.") == "Years ago=PAST_REF");
  CHECK(times_of("The plant closed decades ago.") == "decades ago=PAST_REF");
  CHECK(times_of("Two decades ago, it began.") == "Two decades ago=200");
  CHECK(times_of("Profit rose in the prior year.") == "the prior year=2023");
  CHECK(times_of("I had seen some tricks a few years earlier.") == "a few years earlier=PAST_REF");
  CHECK(times_of("The mayor in past years received refusals.") == "past years=PAST_REF");
  CHECK(times_of("The attention you have had as of late is new.") == "late=PAST_REF");
  CHECK(times_of("He arrived late and left early.") == "");
  // hyphenated quarters; in the past tense a quarter not yet over is last year's
  CHECK(times_of("The company reported fourth-quarter earnings.") == "fourth-quarter=2023-Q4");
  CHECK(times_of("Third-quarter profit fell.") == "Third-quarter=2023-Q3");
  CHECK(times_of("Second-quarter profit fell.") == "Second-quarter=2024-Q2");
  CHECK(times_of("He finished fourth-place.") == "");
  const nf::Document mid = doc_of("It was built in the mid-1990s.");
  REQUIRE(mid.times.size() == 1);
  CHECK(mid.times[0].value == "199");
  CHECK(mid.times[0].mod == "MID");
  CHECK(times_of("Prices will rise in coming months.") == "coming months=FUTURE_REF");
  CHECK(times_of("In the days ahead, the vote will come.") == "the days ahead=FUTURE_REF");
  CHECK(times_of("It will matter for the years to come.") == "the years to come=FUTURE_REF");
  CHECK(times_of("They met at 10 o'clock.") == "10 o'clock=2024-07-14T10:00");
  CHECK(times_of("Room 10 is open.") == "");
  // "today" as "nowadays" in the present tense; the article's day otherwise
  CHECK(times_of("Today, about 100,000 Greeks worship the old gods.") == "Today=PRESENT_REF");
  CHECK(times_of("There are more magicians working today than ever before.") == "today=PRESENT_REF");
  CHECK(times_of("Today, the army said it had withdrawn.") == "Today=2024-07-14");
  CHECK(times_of("The rally will be held today as planned.") == "today=2024-07-14");
  // an hour later: the duration (the hypothetical time has no date)
  CHECK(times_of("Had it happened an hour later it would have been worse.") == "an hour=PT1H");
  CHECK(times_of("If you want to avoid the crowds, avoid the weekends.") == "the weekends=XXXX-WXX-WE");
  CHECK(times_of("Mr Key promoted it on Waitangi Day this year.") == "Waitangi Day=2024-02-06; this year=2024");
}

TEST_CASE("session 21 dev rules: weekday abbreviations, years beside years, parts of day, tense in lists") {
  CHECK(times_of("The Sun reported it.") == "");
  CHECK(times_of("It ran in the Edmonton Sun, August 16, 2008.") == "August 16, 2008=2008-08-16");
  CHECK(times_of("It was filed Sat, 13 July 2024.") == "Sat, 13 July 2024=2024-07-13");
  CHECK(times_of("The database was unveiled in 1999 as a system.") == "1999=1999");
  CHECK(times_of("Yields fell over 2000 - 2050 on average.") == "2000=2000; 2050=2050");
  CHECK(times_of("Between 1500 and 2000 people came.") == "");
  CHECK(times_of("United beat City 2-1 on Saturday.") == "Saturday=2024-07-13");
  CHECK(times_of("He scored twice in 10 minutes.") == "10 minutes=PT10M");
  // a part of the day makes the expression a TIME
  const nf::Document night = doc_of("Shelling resumed Saturday night and yesterday afternoon.");
  REQUIRE(night.times.size() == 2);
  CHECK(night.times[0].type == "time");
  CHECK(night.times[1].type == "time");
  CHECK(night.times[1].value == "2024-07-13TAF");
  // an expression with no tense cue of its own takes the one before it in the sentence
  CHECK(times_of("I am going to Rome next month, then Italy in November, back to Las Vegas in December, "
                 "Mexico in January, Peru in February and Chile in March.", "2013-10-09") ==
        "next month=2013-11; November=2013-11; December=2013-12; January=2014-01; February=2014-02; March=2014-03");
}

TEST_CASE("session 21 PUD dev rules: anaphoric years, present references, bare seasons, rates, tense cues") {
  // "that year", "the same year": the time the text last named, else nothing
  CHECK(times_of("Russia annexed Crimea in 2014. He played a concert there the same year.") ==
        "2014=2014; the same year=2014");
  CHECK(times_of("The total that year was $1.5 million.") == "");
  CHECK(times_of("The vote was on May 3, 2019. Turnout that day was low.") == "May 3, 2019=2019-05-03; that day=2019-05-03");
  CHECK(times_of("Phones are much more than phones these days.") == "these days=PRESENT_REF");
  CHECK(times_of("Their contributions at the moment are small.") == "the moment=PRESENT_REF");
  CHECK(times_of("He was sober at the moment of the crash.") == "");
  CHECK(times_of("The price is expected to rise in winter.") == "winter=2024-WI");
  CHECK(times_of("Winter is coming.") == "");
  CHECK(times_of("Investors receive prizes per year.") == "per year=P1Y");
  CHECK(times_of("Winds reached 190 kilometres per hour.") == "");
  CHECK(times_of("She started out in the mid-Sixties.") == "the mid-Sixties=196");
  // "had expected" looks back; "likely to be" is no future
  CHECK(times_of("Businesses had expected to start contracting in July.", "2016-11-10") == "July=2016-07");
  CHECK(times_of("The events are likely to be the attacks of 21 October.", "2016-11-10") == "21 October=2016-10-21");
}

TEST_CASE("session 21 PUD dev rules: 'the Nth of Month', years relative to the article's, glued ages, '60s', dotted clocks") {
  CHECK(times_of("The appeal was thrown out on the 12th of October.") == "the 12th of October=2023-10-12");
  CHECK(times_of("She was born on the 25th of March, 1927 in Castelfranco.") == "the 25th of March, 1927=1927-03-25");
  CHECK(times_of("On Thursday, the 3rd of November, the mayor decided.", "2016-11-10") ==
        "Thursday, the 3rd of November=2016-11-03");
  // "the 24th of October last year": the date takes last year; "last year" stays its own expression
  CHECK(times_of("The figures relate to the 24th of October last year.", "2016-11-10") ==
        "the 24th of October=2015-10-24; last year=2015");
  CHECK(times_of("The festival ends on March 11 this year.", "2007-03-05") == "March 11=2007-03-11; this year=2007");
  CHECK(times_of("The 28 year-old lost in the final.") == "28 year-old=P28Y");
  CHECK(times_of("It was the 60s hit Monster Mash.") == "the 60s=196");
  CHECK(times_of("She is in her 60s.") == "");
  CHECK(times_of("She will speak at 23.45.") == "23.45=2024-07-14T23:45");
  CHECK(times_of("It cost 23.45 euros.") == "");
  CHECK(times_of("Voting closed at 23.45 euros a share.") == "");
}

TEST_CASE("session 21 PUD dev rules: month ranges with one year, early years, vague multitudes, 'a Friday'") {
  CHECK(times_of("In June to August 2010 famine struck the Sahel.") == "June=2010-06; August 2010=2010-08");
  CHECK(times_of("Prices rose between May and July 2019.") == "May=2019-05; July 2019=2019-07");
  CHECK(times_of("Columbus sailed to the West Indies in 1492, sparking a period of exploration.") == "1492=1492");
  CHECK(times_of("By 1340, Cairo had half a million people.") == "1340=1340");
  CHECK(times_of("It was seen in 1500 cases.") == "");
  CHECK(times_of("Room 1200 is upstairs.") == "");
  CHECK(times_of("1987 was proclaimed the Year of the River.") == "1987=1987");
  CHECK(times_of("1987 people were proclaimed winners.") == "");
  CHECK(times_of("Peoples occupied Alaska for thousands of years.") == "thousands of years=PXY");
  CHECK(times_of("Thousands of people came.") == "");
  CHECK(times_of("We read the ideas on a Monday.") == "Monday=XXXX-WXX-1");
  CHECK(times_of("Churches used willow branches on Palm Sunday.") == "Palm Sunday=2024-03-24");
  const nf::Document d = doc_of("It had not been seen since almost 120 years earlier.");
  REQUIRE(d.times.size() == 1);
  CHECK(d.times[0].mod == "LESS_THAN");
}

TEST_CASE("session 21 re3d dev rules: last December, day ranges before the month, weeks of, parts of the day") {
  CHECK(times_of("The French led the task force last December.", "2016-12-30") == "last December=2015-12");
  CHECK(times_of("The French led the task force last December.", "2017-01-11") == "last December=2016-12");
  CHECK(times_of("The exercise returns next March.") == "next March=2025-03");
  CHECK(times_of("They seized the tanks between 11-13 Dec.", "2016-12-16") == "11-13 Dec.=2016-12-11");
  CHECK(times_of("The SDF made progress over the past 20-plus months.") == "the past 20-plus months=P20M");
  CHECK(times_of("After weeks of fighting, the town fell.") == "weeks=PXW");
  CHECK(times_of("Years of war left the city in ruins.") == "Years=PXY");
  CHECK(times_of("It started in the early hours of Sunday.") == "Sunday=2024-07-14");
  CHECK(times_of("In the first weeks of the war, prices rose.") == "");
  CHECK(times_of("The attacks occurred from late morning to early evening on Thursday.") ==
        "late morning=2024-07-11TMO; early evening=2024-07-11TEV; Thursday=2024-07-11");
  CHECK(times_of("It was an early morning of the war.") == "");
}

TEST_CASE("session 21 business-news forms: fiscal years, year-earlier periods, season ranges, halves") {
  CHECK(times_of("Profit rose in fiscal 1989.") == "fiscal 1989=FY1989");
  CHECK(times_of("Sales rose from the year-earlier period.") == "year-earlier=2023");
  CHECK(times_of("The 1990-91 recession hurt sales.") == "1990-91=1990");
  CHECK(times_of("The 1990-93 plan failed.") == "");
  CHECK(times_of("The firm pays a semiannual dividend.") == "semiannual=P6M");
  CHECK(times_of("The meeting is set for mid-March.") == "mid-March=2025-03");
  CHECK(times_of("The lull lasted a year and a half.") == "a year and a half=P1.5Y");
  CHECK(times_of("We worked on it for a couple of years.") == "a couple of years=P2Y");
  CHECK(times_of("A couple of people came.") == "");
  // a relative expression with no date in its paragraph counts from the last one named before
  CHECK(times_of("He was arrested on May 3, 2019.\n\nTwo weeks earlier he had been warned.") ==
        "May 3, 2019=2019-05-03; Two weeks earlier=2019-W16");
}

TEST_CASE("session 21 re3d dev rules: earlier today, the end of the year, cues inside another expression") {
  CHECK(times_of("He condemned the attack at al-Hilla earlier today.") == "earlier today=2024-07-14");
  CHECK(times_of("The talks ended before the end of the year.") == "the end of the year=2024");
  CHECK(times_of("The year before the war was calm.") == "");
  CHECK(times_of("The EU will be hosting a conference, follow-up to last year's conference, in spring.", "2017-01-11") ==
        "last year=2016; spring=2017-SP");
}

TEST_CASE("session 21 precision on PUD and re3d sentences 641-1000 / 421-718: names, 'N more days'") {
  CHECK(times_of("The ruins were refurbished after the Thirty Years' War.") == "");
  CHECK(times_of("She starred in the 2012 film The Five-Year Engagement, directed by him.") == "2012=2012");
  CHECK(times_of("Two Years of war left the city in ruins.") == "Two Years=P2Y");  // a sentence's first words
  CHECK(times_of("He has contributed $4 million to the Future of Babylon project.") == "");
  CHECK(times_of("After four more days of fighting, the town fell.") == "four more days=P4D");
  CHECK(times_of("Image: Daily et al. shows the anemone.") == "");
}

TEST_CASE("session 21 clock forms from Duckling's misses: 3PM, in the morning, 24-hour colons") {
  CHECK(times_of("The blast came at 3PM.") == "3PM=2024-07-14T15:00");
  CHECK(times_of("The blast came at 3 in the morning.") == "3 in the morning=2024-07-14T03:00");
  CHECK(times_of("Polls closed at 10 in the evening.") == "10 in the evening=2024-07-14T22:00");
  CHECK(times_of("The train left 15:15 sharp.") == "15:15=2024-07-14T15:15");
  CHECK(times_of("Read John 3:16 aloud.") == "");
  CHECK(times_of("He scored 3 in the final.") == "");
}

TEST_CASE("session 21: the end of the month or week (Duckling's misses)") {
  CHECK(times_of("The rent is due at the end of the month.") == "the end of the month=2024-07");
  CHECK(times_of("Talks resume at the beginning of the week.") == "the beginning of the week=2024-W28");
  CHECK(times_of("At the end of the month before, prices rose.") == "the end of the month before=2024-06");
}

TEST_CASE("session 21 CrossNER dev rules: years before nationalities, after possessives, in the sentence") {
  CHECK(times_of("He won the 2014 Ukrainian parliamentary election.") == "2014=2014");
  CHECK(times_of("About 2000 Israeli soldiers crossed.") == "");
  CHECK(times_of("It preceded the United States' 2003 invasion of Iraq.") == "2003=2003");
  CHECK(times_of("Groups included Not In Our Name, September Eleventh Families for Peace.") == "");
  CHECK(times_of("In September Clinton spoke.") == "September=2023-09");
  CHECK(times_of("Willkie withdrew from the 1944 Republican primaries on April 5.") == "1944=1944; April 5=1944-04-05");
}

TEST_CASE("session 21 CrossNER dev2: nineteenth-century years in lists and before names") {
  CHECK(times_of("He contested Oldham at elections in 1872, 1874 United Kingdom general election and 1880.") ==
        "1872=1872; 1874=1874; 1880=1880");
  CHECK(times_of("Between 1500 and 2000 people came.") == "");
}

TEST_CASE("session 22 dev rules: in those days, nowadays-today, season months, election years") {
  // "the future", "the past" as times (dev sets annotate "the future of Syria" too)
  CHECK(times_of("The future is only peace.") == "The future=FUTURE_REF");
  CHECK(times_of("Whoever dwells in the past does not understand the future.") ==
        "the past=PAST_REF; the future=FUTURE_REF");
  // "in those days": some time before
  CHECK(times_of("In those days it was all or nothing.") == "those days=PAST_REF");
  CHECK(times_of("Those days of the festival were busy.") == "");
  // "today" as "nowadays" after a present copula, or with "still"/a comparison, whatever
  // the sentence's other verbs; a tense cue right before it makes it the article's day
  CHECK(times_of("Tell me, what events are today important?") == "today=PRESENT_REF");
  CHECK(times_of("Kabul, which was founded long ago, is today a city of millions.") ==
        "long ago=PAST_REF; today=PRESENT_REF");
  CHECK(times_of("He is today in Geneva.") == "today=2024-07-14");
  CHECK(times_of("The deadline is today.") == "today=2024-07-14");
  CHECK(times_of("The minister is today expected to resign.") == "today=2024-07-14");
  CHECK(times_of("Dead sold me two books which I still own today.") == "today=PRESENT_REF");
  CHECK(times_of("The fighting still raged today, officials said.") == "today=2024-07-14");
  CHECK(times_of("His tie to celebrity is as strong today as it was when he lived, she said.") == "today=PRESENT_REF");
  CHECK(times_of("The rally went ahead today as planned.") == "today=2024-07-14");
  // "during the summer months": any year's season
  CHECK(times_of("Water is scarce during the summer months.") == "");
  CHECK(times_of("Water was scarce during the summer.") == "the summer=2024-SU");
  // a year before an adjective of elections, then a singular or event noun
  CHECK(times_of("He met his fellow 2012 presidential candidate.") == "2012=2012");
  CHECK(times_of("She lost her 2008 mayoral bid.") == "2008=2008");
  CHECK(times_of("Some 2000 local residents came.") == "");
  // "the hours of the day": the parts of a unit, no duration ("weeks of fighting" is one)
  CHECK(times_of("It depends on the parts or hours of the day it is shown.") == "");
  CHECK(times_of("After weeks of fighting, the town fell.") == "weeks=PXW");
  // "over" before a count: more than, at a sentence's start, after "for", before "ago"/"old"
  CHECK(times_of("He has lived there for over 50 years.") == "over 50 years=P50Y");
  CHECK(times_of("Over 50 years.") == "Over 50 years=P50Y");
  CHECK(times_of("The festival was spread over two days.") == "two days=P2D");
  CHECK(times_of("Prices rose over the years.") == "the years=PXY");
  CHECK(times_of("He faces up to 10 years in prison.") == "up to 10 years=P10Y");
  // "one day" with a modal near it: some day to come; a day's length otherwise
  CHECK(times_of("Evidence must be kept so that one day Asad can be held to account.") == "one day=FUTURE_REF");
  CHECK(times_of("One day, they will return home.") == "One day=FUTURE_REF");
  CHECK(times_of("We had only one day to test it.") == "one day=P1D");
  CHECK(times_of("The strike will last one day.") == "one day=P1D");
  CHECK(times_of("One day after the vote, results will be known.") == "One day=P1D");
  // a rate after a count: how often, a set; after a measure, "an hour" is a speed's or a dose's
  CHECK(times_of("The Air Force selected 180 Officers a year.") == "a year=P1Y");
  CHECK(doc_of("The Air Force selected 180 Officers a year.").times.at(0).type == "set");
  CHECK(times_of("We go there about 5 times a year.") == "a year=P1Y");
  CHECK(times_of("He earns $50,000 a year.") == "a year=P1Y");
  CHECK(times_of("Winds of about 240 kilometers an hour hit the coast.") == "");
  CHECK(times_of("Levels of 1.5 microsieverts an hour were measured.") == "");
  CHECK(doc_of("The two spent a year in jail.").times.at(0).type == "duration");
  CHECK(doc_of("It takes a day.").times.at(0).type == "duration");
  CHECK(times_of("He met 20 people a year ago.") == "a year ago=2023");
  // a present copula as the main verb before a weekday or a yearless date: scheduled, to come
  // (article date 2024-07-14, a Sunday)
  CHECK(times_of("The deadline is Friday.") == "Friday=2024-07-19");
  CHECK(times_of("The final is on Wednesday in Berlin.") == "Wednesday=2024-07-17");
  CHECK(times_of("Elections are in November.") == "November=2024-11");
  CHECK(times_of("Police are investigating a shooting on Friday.") == "Friday=2024-07-12");
  CHECK(times_of("The plant is stable since Friday.") == "Friday=2024-07-12");
  CHECK(times_of("The toll is higher than on Friday.") == "Friday=2024-07-12");
}

TEST_CASE("session 23 gum_dev6 rules: a couple of seconds, long ago, now that, at this point, take decades") {
  // "a couple of" counts two of any unit; "a second" alone is no duration
  CHECK(times_of("Each ant was dipped for a couple of seconds.") == "a couple of seconds=PT2S");
  CHECK(times_of("He tried a second time.") == "");
  // "(not) long ago": some time before; "how long ago" asks
  CHECK(times_of("We had a strike not long ago.") == "not long ago=PAST_REF");
  CHECK(times_of("The city was founded long ago.") == "long ago=PAST_REF");
  CHECK(times_of("How long ago did it start?") == "");
  // "now that" in a past narrative: since, no time; in the present, and "now" alone: the present
  CHECK(times_of("It was a threat to Russia now that the union was gone.") == "");
  CHECK(times_of("He now runs a blog.") == "now=PRESENT_REF");
  CHECK(times_of("Now that we are in 2011, browsers are modern.") == "Now=PRESENT_REF; 2011=2011");
  // "at this point": now, not a place on a route
  CHECK(times_of("We are moving to the Internet at this point.") == "this point=PRESENT_REF");
  CHECK(times_of("The road narrows at this point of the route.") == "");
  // a bare plural unit after a verb of duration; "a number of" units
  CHECK(times_of("This goal will take decades to achieve.") == "decades=PXDE");
  CHECK(times_of("He spent years in prison.") == "years=PXY");
  CHECK(times_of("She was a psychologist for a number of years.") == "a number of years=PXY");
  CHECK(times_of("The talks took place in recent years.") == "recent years=PAST_REF");
}

TEST_CASE("midnight told in the past began the day; ahead, it ends it") {
  CHECK(times_of("The drones hit a building shortly after midnight.") == "midnight=2024-07-14T00:00");
  CHECK(times_of("The polls close at midnight.") == "midnight=2024-07-14T24:00");
}

TEST_CASE("midnight ending a span stays the day's end") {
  CHECK(times_of("She said she worked until midnight.") == "midnight=2024-07-14T24:00");
}

TEST_CASE("session 24 gum_dev7 rules: a couple of years ago or back, the last couple of days") {
  // "a couple of" counts two before "ago"; "back" after a counted unit is "ago"
  CHECK(times_of("He left a couple of years ago.") == "a couple of years ago=2022");
  CHECK(times_of("We ran that article a couple of years back.") == "a couple of years back=2022");
  CHECK(times_of("They met two weeks back.") == "two weeks back=2024-W26");
  // not a setback of a clock, not a count of hours
  CHECK(times_of("He set the clocks back two hours.") == "two hours=PT2H");
  CHECK(times_of("He stood a few steps back.") == "");
  // "the last couple of days": a duration of two days
  CHECK(times_of("The editors punch it up over the last couple of days.") == "the last couple of days=P2D");
}

TEST_CASE("session 24 audit: last day is no yesterday; the Sept. 11 attacks are of 2001") {
  CHECK(times_of("It is our last day here.") == "");
  CHECK(times_of("Last night the rebels attacked.") == "Last night=2024-07-13TNI");
  CHECK(times_of("The Sept. 11 attacks changed the world.") == "Sept. 11=2001-09-11");
  CHECK(times_of("The September 11 hijackers trained in Florida.") == "September 11=2001-09-11");
  CHECK(times_of("On Sept. 11, the rebels attacked.") == "Sept. 11=2023-09-11");
  CHECK(times_of("The Sept. 11, 2011 attacks were foiled.") == "Sept. 11, 2011=2011-09-11");
}

TEST_CASE("session 24 audit: a number after a word that numbers things is no year; 'April, 2004'") {
  CHECK(times_of("Meet us at Suite 1810 Law Offices.") == "");
  CHECK(times_of("Flight 1549 landed on the river.") == "");
  CHECK(times_of("Security Council Resolution 1973 was adopted.") == "");
  CHECK(times_of("He was elected in 1990 and served.") == "1990=1990");
  CHECK(times_of("The Expo 2016 opened.") == "2016=2016");
  CHECK(times_of("Tensions are the highest since April, 2004, officials said.") == "April, 2004=2004-04");
  CHECK(times_of("In March, 2000 people marched.") == "March=2024-03");
}

TEST_CASE("session 24 audit: the 11 September attacks; a month range's year after 'of'") {
  CHECK(times_of("He was a suspect in the 11 September attacks.") == "11 September=2001-09-11");
  CHECK(times_of("In June and July of 1973, he flew often.") == "June=1973-06; July of 1973=1973-07");
}

TEST_CASE("session 24: a capitalised day word after a capitalised word, 'the' or a possessive is a name") {
  CHECK(times_of("He told USA Today that he would run.") == "");
  CHECK(times_of("She appeared on the Today show.") == "");
  CHECK(times_of("He spoke on NBC's Today show.") == "");
  CHECK(times_of("We ran an article, \"No Jennifer Lopez News Today\".") == "");
  CHECK(times_of("Today, the rebels attacked.") == "Today=2024-07-14");
  CHECK(times_of("\"Today we mourn,\" he said.") == "Today=2024-07-14");
  CHECK(times_of("The rebels attacked today.") == "today=2024-07-14");
}

TEST_CASE("session 25 wire forms: a reported clause's own tense; year-earlier compares; a fiscal year dates the sentence") {
  CHECK(times_of("The company said the results for the fourth quarter would be released in January.") ==
        "the fourth quarter=2024-Q4; January=2025-01");
  CHECK(times_of("The company said the results for the fourth quarter were weak.") == "the fourth quarter=2023-Q4");
  CHECK(times_of("The company said Friday it would cut jobs.") == "Friday=2024-07-12");
  CHECK(times_of("Net income fell from the year-earlier period. Profit rose to $45 million from $38 million a year earlier.") ==
        "year-earlier=2023; a year earlier=2023");
  CHECK(times_of("In 2019 he moved. A year earlier he had married.") == "2019=2019; A year earlier=2018");
  CHECK(times_of("Sales were $5 billion in fiscal 1988, which ended June 30.") == "fiscal 1988=FY1988; June 30=1988-06-30");
}

TEST_CASE("session 25 wire forms: a year's quarter; last season from inside it; a quarter adjective after 'said'") {
  CHECK(times_of("Oil rose 5% in 1988's fourth quarter and in the 1989 third quarter.") ==
        "1988's fourth quarter=1988-Q4; the 1989 third quarter=1989-Q3");
  CHECK(times_of("The 1989 budget passed.") == "1989=1989");
  CHECK(times_of("Last summer the company hired 200 workers.") == "Last summer=2023-SU");  // said in July
  CHECK(times_of("Last spring the company hired 200 workers.") == "Last spring=2024-SP");
  CHECK(times_of("The company said fourth-quarter sales would be strong.") == "fourth-quarter=2024-Q4");
  CHECK(times_of("The company said second-quarter sales fell.") == "second-quarter=2024-Q2");
}

TEST_CASE("session 25 wire forms: earlier in the week, later in the month, year-end, mid-year") {
  CHECK(times_of("Earlier in the week, the chairman resigned.") == "Earlier in the week=2024-W28");
  CHECK(times_of("Later in the month, the board will meet.") == "Later in the month=2024-07");
  CHECK(times_of("In 2014 he won the title. Earlier in the year he had been injured.") ==
        "2014=2014; Earlier in the year=2014");
  CHECK(times_of("At year-end, the company had $2 billion in cash.") == "year-end=2024");
  CHECK(times_of("Officials expect a decision by mid-year.") == "mid-year=2024");
  CHECK(times_of("Later in the week of talks, he left.") == "");
}

TEST_CASE("session 25 wire forms: a restating aside is passed over; a subordinate clause has its own tense") {
  CHECK(times_of("Nexora said on Thursday it would cut about 4,000 jobs, or 9% of its workforce, by the end of June "
                 "after its fourth-quarter profit fell.") == "Thursday=2024-07-11; the end of June=2025-06; fourth-quarter=2023-Q4");
  CHECK(times_of("Nexora cut 4,000 jobs, or 9% of its workforce, by the end of March.") == "the end of March=2024-03");
  CHECK(times_of("The firm will hire staff after its second-quarter sales rose.") == "second-quarter=2024-Q2");
}

TEST_CASE("session 25 wire forms: a timetable's present tense looks forward; the saying's own time before 'that'") {
  CHECK(times_of("The House returns from recess on Aug. 2.") == "Aug. 2=2024-08-02");
  CHECK(times_of("The festival opens on Friday.") == "Friday=2024-07-19");
  CHECK(times_of("The House returned from recess on Aug. 2.") == "Aug. 2=2023-08-02");
  CHECK(times_of("Johnson said in a statement Monday night that the House will act.") == "Monday night=2024-07-08TNI");
}

TEST_CASE("session 25: the day before yesterday, the day after tomorrow") {
  CHECK(times_of("The minister resigned the day before yesterday.") == "the day before yesterday=2024-07-12");
  CHECK(times_of("He flies home the day after tomorrow.") == "the day after tomorrow=2024-07-16");
  CHECK(times_of("It came the day before the vote, not yesterday.") == "yesterday=2024-07-13");
}

TEST_CASE("session 25: a day of the month alone after a preposition ('on the 20th')") {
  CHECK(times_of("Talks are set for the 20th.") == "the 20th=2024-07-20");
  CHECK(times_of("The strike began on the 2nd and ended on the 9th.") == "the 2nd=2024-07-02; the 9th=2024-07-09");
  CHECK(times_of("The strike began on the 20th.") == "the 20th=2024-06-20");  // past, after the article's day
  CHECK(times_of("We will meet on the 3rd.") == "the 3rd=2024-08-03");        // future, before it
  CHECK(times_of("The 20th century ended. He lives on the 3rd floor.") == "The 20th century=19");
  CHECK(times_of("Sonnets from the 15th to the 19th century survive.") == "the 19th century=18");
  CHECK(times_of("He was 20th in the race.") == "");
}

TEST_CASE("session 26: a count from a day ('a week from Friday', 'in two weeks' time')") {
  CHECK(times_of("The bank will announce its decision a week from Friday.") == "a week from Friday=2024-07-26");
  CHECK(times_of("Results are due two weeks from today.") == "two weeks from today=2024-07-28");
  CHECK(times_of("A year from now the plant will open.") == "A year from now=2025");
  CHECK(times_of("The report will be published in two weeks' time.") == "two weeks' time=2024-07-28");
  CHECK(times_of("Two days from the start of the race, he fell ill.") == "Two days=P2D");
}

TEST_CASE("session 26: the nth weekday or week of a month") {
  CHECK(times_of("Voters will go to the polls on the first Tuesday in November.") ==
        "the first Tuesday in November=2024-11-05");
  CHECK(times_of("The rally was held on the last Friday of March 2023.") == "the last Friday of March 2023=2023-03-31");
  CHECK(times_of("Camps will open in the first week of August.") == "the first week of August=2024-W31");
  CHECK(times_of("The festival takes place over the first weekend of August.") == "the first weekend of August=2024-W31-WE");
  CHECK(times_of("The fair was held on the last weekend of March.") == "the last weekend of March=2024-W13-WE");
  CHECK(times_of("He fell ill in the first week of the trial.") == "");
}

TEST_CASE("session 26: the day ending a range whose start named the month") {
  CHECK(times_of("The festival will run between Aug. 1 and 5.") == "Aug. 1=2024-08-01; 5=2024-08-05");
  CHECK(times_of("The fair will run from Aug. 3 to 7.") == "Aug. 3=2024-08-03; 7=2024-08-07");
  CHECK(times_of("It ran from July 3 to 7, 2023.") == "July 3=2023-07-03; 7, 2023=2023-07-07");
  CHECK(times_of("Between May 1 and 5 people were hurt.") == "May 1=2024-05-01");
}

TEST_CASE("session 26: period edges as data, the end of the decade, seasons of next year") {
  CHECK(times_of("Fuel prices will peak at midyear.") == "midyear=2024");
  CHECK(times_of("The payments are due at month-end.") == "month-end=2024-07");
  CHECK(times_of("The bank will report at quarter-end.") == "quarter-end=2024-Q3");
  const nf::Document d = doc_of("The government pledged to close coal plants by the end of the decade.");
  REQUIRE(d.times.size() == 1);
  CHECK(d.times[0].value == "202");
  CHECK(d.times[0].mod == "END");
  CHECK(times_of("The terminal will open in the autumn of next year.") == "the autumn of next year=2025-FA");
  CHECK(times_of("Sales will recover in the first half of next year.") == "the first half of next year=2025-H1");
  CHECK(times_of("The fall of the government came quickly.") == "");
}

TEST_CASE("session 26: how often ('twice a year', 'every other week'); counts with an adjective") {
  CHECK(times_of("Inspections are carried out twice a year.") == "twice a year=P1Y");
  CHECK(times_of("We took pictures three times per day.") == "three times per day=P1D");
  CHECK(times_of("The committee meets every other week.") == "every other week=P2W");
  CHECK(times_of("He was twice a winner.") == "");
  CHECK(times_of("Output fell for three consecutive months.") == "three consecutive months=P3M");
  CHECK(times_of("The team had two straight wins.") == "");
}

TEST_CASE("session 26: 'the late 1970s' from 'the'; the evening of a named day") {
  const nf::Document d = doc_of("By the late 1970s, the city had lost a third of its people.");
  REQUIRE(d.times.size() == 1);
  CHECK(d.times[0].value == "197");
  CHECK(d.times[0].mod == "END");
  CHECK(times_of("It was founded in the early 2000s.") == "the early 2000s=200");
  CHECK(times_of("The hostages were freed on the evening of March 2.") == "the evening of March 2=2024-03-02TEV");
  CHECK(times_of("They met on the morning of Tuesday.") == "the morning of Tuesday=2024-07-09TMO");
  CHECK(times_of("He spoke on the night of the attack.") == "");
}

TEST_CASE("session 26: a date something was put off to is ahead, whatever the tense") {
  CHECK(times_of("The court adjourned the case until July 28.") == "July 28=2024-07-28");
  CHECK(times_of("The talks were postponed to Monday.") == "Monday=2024-07-15");
  CHECK(times_of("The strike lasted until July 2.") == "July 2=2024-07-02");
  CHECK(times_of("He stayed until Monday.") == "Monday=2024-07-08");
}

TEST_CASE("session 26: a fortnight; ordinal words and digits of days and quarters") {
  CHECK(times_of("The talks lasted a fortnight.") == "a fortnight=P2W");
  CHECK(times_of("He resigned a fortnight ago.") == "a fortnight ago=2024-W26");
  CHECK(times_of("The results will be out in a fortnight's time.") == "a fortnight's time=2024-07-28");
  CHECK(times_of("The bins are emptied every fortnight.") == "every fortnight=P2W");
  CHECK(times_of("The vote was held on the first of March.") == "the first of March=2024-03-01");
  CHECK(times_of("He came first of all the runners in March.") == "March=2024-03");
  CHECK(times_of("Sales fell in the 4th quarter of 2018.") == "the 4th quarter of 2018=2018-Q4");
  CHECK(times_of("The 4th-quarter results came in 2023.") == "4th-quarter=2023-Q4; 2023=2023");
}

TEST_CASE("session 26: 'a year earlier' after a quarter is that quarter a year before") {
  CHECK(times_of("Net income in the third quarter rose to $5 million from $4.5 million a year earlier.", "1989-10-25") ==
        "the third quarter=1989-Q3; a year earlier=1988-Q3");
  CHECK(times_of("Profit rose in 2023 from a year earlier.") == "2023=2023; a year earlier=2022");
  CHECK(times_of("Profit in the third quarter rose.\n\nA year earlier, it had fallen.") ==
        "the third quarter=2023-Q3; A year earlier=2022");  // the document's year, no quarter across paragraphs
}

TEST_CASE("session 26: the rest of the year") {
  CHECK(times_of("The plant will be closed for the rest of the year.") == "the rest of the year=2024");
  CHECK(times_of("Sales should hold up for the remainder of this year.") == "the remainder of this year=2024");
  CHECK(times_of("He spent the rest of 2019 in prison.") == "the rest of 2019=2019");
  CHECK(times_of("The rest of the team stayed home.") == "");
}

TEST_CASE("session 26: the rest of the year told in the past is the year the text named") {
  CHECK(times_of("The single charted in March 1983. For the rest of the year they toured.") ==
        "March 1983=1983-03; the rest of the year=1983");
  CHECK(times_of("The plant, built in 1970, will be closed for the rest of the year.") ==
        "1970=1970; the rest of the year=2024");
}

TEST_CASE("session 26: the latest quarter, the current quarter; a rate after a scaled count") {
  CHECK(times_of("Sales in the latest quarter rose 4%.", "1989-11-02") == "the latest quarter=1989-Q3");
  CHECK(times_of("Sales in the most recent quarter rose 4%.", "1989-11-02") == "the most recent quarter=1989-Q3");
  CHECK(times_of("It expects to close the sale in the current quarter.", "1989-11-02") == "the current quarter=1989-Q4");
  CHECK(times_of("The latest figures came out.") == "");
  CHECK(times_of("Volume averaged 1.2 million shares a day.") == "a day=P1D");
  CHECK(times_of("It spends $1.5 billion a year.") == "a year=P1Y");
  CHECK(times_of("He was jailed for a year.") == "a year=P1Y");
}
TEST_CASE("session 26: a rate is a set, a stay a duration") {
  const nf::Document rate = doc_of("Volume averaged 1.2 million shares a day.");
  REQUIRE(rate.times.size() == 1);
  CHECK(std::string(rate.times[0].type) == "set");
  const nf::Document stay = doc_of("He was jailed for a year.");
  REQUIRE(stay.times.size() == 1);
  CHECK(std::string(stay.times[0].type) == "duration");
}

TEST_CASE("session 28: years with their era, BC as TimeML writes it") {
  CHECK(times_of("The temple was built around 450 BC and restored in AD 1200.", "2025-02-06") ==
        "around 450 BC=BC0450; AD 1200=1200");
  CHECK(times_of("The city was founded in 753 B.C. by legend.", "2025-02-06") == "753 B.C.=BC0753");
  CHECK(times_of("Rome fell in 476 AD, historians say.", "2025-02-06") == "476 AD=0476");
  CHECK(times_of("The 5th century BC saw many wars.", "2025-02-06") == "The 5th century BC=BC04");
  CHECK(times_of("The ad ran 450 times.", "2025-02-06") == "");  // no era, no year
}

TEST_CASE("session 28: a clock time, 'on' and its day are one TIME") {
  CHECK(times_of("The explosion happened at 3:30 p.m. local time on Saturday near the port.", "2025-02-06") ==
        "3:30 p.m. local time on Saturday=2025-02-01T15:30");
  CHECK(times_of("The ceasefire came into force at noon on Sunday.", "2025-02-06") == "noon on Sunday=2025-02-02T12:00");
  // a clock time and a day apart stay two
  CHECK(times_of("On Sunday the ceasefire came into force at noon.", "2025-02-06") ==
        "Sunday=2025-02-02; noon=2025-02-02T12:00");
}

TEST_CASE("session 28: fiscal year N, the end of the century, a decade later") {
  CHECK(times_of("The company expects revenue to grow in fiscal year 2026.", "2025-02-06") == "fiscal year 2026=FY2026");
  CHECK(times_of("Scientists say the glacier could disappear by the end of the century.", "2025-02-06") ==
        "the end of the century=20");
  CHECK(times_of("The company was founded in 1998 and listed a decade later.", "2025-02-06") ==
        "1998=1998; a decade later=2008");
  CHECK(times_of("The war ended in 1945; two decades earlier it had begun.", "2025-02-06") ==
        "1945=1945; two decades earlier=1925");
}

TEST_CASE("session 28: 'today' after a pronoun's present copula ending its clause is nowadays") {
  CHECK(times_of("How did you grow the site to the size it is today?", "2025-02-06") == "today=PRESENT_REF");
  CHECK(times_of("The vote is today.", "2025-02-06") == "today=2025-02-06");
}

TEST_CASE("session 28: 'today' ending a question of a present copula, or a modal's 'be', and its complement is nowadays") {
  CHECK(times_of("Do you think magic is alive as a viable form of entertainment today?", "2025-02-06") ==
        "today=PRESENT_REF");
  CHECK(times_of("He would be a Libertarian today.", "2025-02-06") == "today=PRESENT_REF");
  // an event of the day, a place, a participle: the article's day
  CHECK(times_of("The vote will be held today.", "2025-02-06") == "today=2025-02-06");
  CHECK(times_of("The ministers are in Geneva today.", "2025-02-06") == "today=2025-02-06");
  CHECK(times_of("The two leaders are meeting in Geneva today.", "2025-02-06") == "today=2025-02-06");
  CHECK(times_of("He said he would be available today.", "2025-02-06") == "today=2025-02-06");
  // a statement's state is the day's: only a question's or a modal's is nowadays
  CHECK(times_of("Thousands of people are without power today.", "2025-02-06") == "today=2025-02-06");
  CHECK(times_of("Schools are shut across the region today.", "2025-02-06") == "today=2025-02-06");
  CHECK(times_of("Is the president on a visit to Kenya today?", "2025-02-06") == "today=2025-02-06");
}

TEST_CASE("session 28: an approximate year with its era, a BC range; 'a second' after a comparison") {
  CHECK(times_of("The temple was built around 450 BC.", "2025-02-06") == "around 450 BC=BC0450");
  CHECK(doc_of("The temple was built around 450 BC.", "2025-02-06").times.at(0).mod == "APPROX");
  CHECK(times_of("Work began in 512-511 BC.", "2025-02-06") == "512-511 BC=BC0512");
  CHECK(times_of("The sprinter finished less than a second behind the winner.", "2025-02-06") ==
        "less than a second=PT1S");
  CHECK(times_of("It took nearly a minute.", "2025-02-06") == "nearly a minute=PT1M");
  CHECK(times_of("The court ordered a second trial.", "2025-02-06") == "");
  CHECK(times_of("More than a second trial was held.", "2025-02-06") == "");
}

TEST_CASE("session 28: a past form that is also the base, after a modal or 'to', is no past") {
  CHECK(times_of("The storm will hit the coast on Saturday.", "2025-02-06") == "Saturday=2025-02-08");
  CHECK(times_of("The storm is expected to hit the coast by Saturday night.", "2025-02-06") ==
        "Saturday night=2025-02-08TNI");
  CHECK(times_of("The storm hit the coast on Saturday.", "2025-02-06") == "Saturday=2025-02-01");
}

TEST_CASE("session 28: a bare plural unit after a superlative and 'in' is a duration") {
  CHECK(times_of("It is the worst drought in decades.", "2025-02-06") == "decades=PXDE");
  CHECK(times_of("It was the first time in years that the team won.", "2025-02-06") == "years=PXY");
  CHECK(times_of("Shares posted their biggest fall in months.", "2025-02-06") == "months=PXM");
  CHECK(times_of("He will return in years to come.", "2025-02-06") == "");
  CHECK(times_of("Her new film will be out in months.", "2025-02-06") == "");
}

TEST_CASE("session 28: every summer; around a clock time; the 1800s; the mid-19th century") {
  CHECK(times_of("The festival takes place every summer.", "2025-02-06") == "every summer=XXXX-SU");
  CHECK(times_of("Every summer camp was closed.", "2025-02-06") == "");
  CHECK(times_of("Police said the incident occurred at around 11 p.m.", "2025-02-06") == "around 11 p.m.=2025-02-06T23:00");
  CHECK(times_of("Around 300 people attended.", "2025-02-06") == "");
  CHECK(times_of("The plane left at about 10:45 local time on Monday.", "2025-02-06") ==
        "about 10:45 local time on Monday=2025-02-03T10:45");
  CHECK(times_of("Scientists first described the species in the 1800s.", "2025-02-06") == "the 1800s=18");
  CHECK(times_of("The 1900s saw two world wars.", "2025-02-06") == "The 1900s=190");
  CHECK(times_of("The company was established in the mid-19th century.", "2025-02-06") == "the mid-19th century=18");
}

TEST_CASE("session 28: a clock time with minutes, then the part of the day") {
  CHECK(times_of("The attack began at 3:15 in the afternoon.", "2025-02-06") == "3:15 in the afternoon=2025-02-06T15:15");
  CHECK(times_of("The score was 2:1 in the end.", "2025-02-06") == "");
}

TEST_CASE("session 28: a British clock with a stop before the minutes; the year 2000") {
  CHECK(times_of("The incident took place at 9.30pm on Friday.", "2025-02-06") == "9.30pm on Friday=2025-01-31T21:30");
  CHECK(times_of("The train left at 10.15 a.m. yesterday.", "2025-02-06") ==
        "10.15 a.m.=2025-02-05T10:15; yesterday=2025-02-05");
  CHECK(times_of("Shares rose 9.30 percent.", "2025-02-06") == "");
  CHECK(times_of("The year 2000 was a turning point.", "2025-02-06") == "2000=2000");
}

TEST_CASE("session 28: several times a day") {
  CHECK(times_of("Half of those surveyed said they check the news several times a day.", "2025-02-06") ==
        "several times a day=P1D");
  CHECK(times_of("He said it many times.", "2025-02-06") == "");
}
