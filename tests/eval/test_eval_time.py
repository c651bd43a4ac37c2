"""Tests of the time scorer (scripts/eval_time.py) on hand-made gold and system timexes.

No CLI is run: every expected number below was worked out by hand from the annotations.
Run with: python3 -m unittest discover -s tests/eval -v
"""
import datetime as dt
import importlib.util
import pathlib
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("eval_time", ROOT / "scripts" / "eval_time.py")
E = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(E)
T = E.Timex
REF = "2013-02-12T04:30:00-02:00"  # Duckling's reference time, a Tuesday


class TempEval3Scores(unittest.TestCase):
    def assertPRF(self, m, p, r, f):
        self.assertAlmostEqual(m["p"], p)
        self.assertAlmostEqual(m["r"], r)
        self.assertAlmostEqual(m["f1"], f)

    def test_strict_relaxed_wrong_value_spurious_missed(self):
        gold = [T(0, 10, "", "DATE", "2024-07-13"),
                T(20, 30, "", "DURATION", "P3Y"),
                T(40, 50, "", "DATE", "2024-07-12"),
                T(60, 70, "", "SET", "XXXX-WXX-5")]        # missed
        system = [T(0, 10, "", "date", "2024-07-13"),      # strict, type and value right
                  T(22, 30, "", "duration", "P3Y"),        # relaxed only, value right
                  T(40, 50, "", "time", "2024-07-11"),     # strict, type and value wrong
                  T(80, 90, "", "date", "2024-07-01")]     # spurious
        s = E.te3_scores([(gold, system)])
        self.assertEqual((s["gold"], s["system"]), (4, 4))
        self.assertEqual((s["strict_matches"], s["relaxed_matches"]), (2, 3))
        self.assertPRF(s["strict"], 0.5, 0.5, 0.5)          # 2/4, 2/4
        self.assertPRF(s["relaxed"], 0.75, 0.75, 0.75)      # 3/4, 3/4
        self.assertAlmostEqual(s["type_accuracy"], 2 / 3)   # DATE~date, DURATION~duration
        self.assertAlmostEqual(s["value_accuracy"], 2 / 3)
        self.assertPRF(s["value"], 0.5, 0.5, 0.5)           # 2/4, 2/4
        # The official "Attribute F1 Value" = value accuracy x relaxed F1.
        self.assertAlmostEqual(s["value"]["f1"], s["value_accuracy"] * s["relaxed"]["f1"])

    def test_micro_average_over_documents_with_unequal_counts(self):
        doc_a = ([T(0, 5, "", "DATE", "2020"),
                  T(10, 20, "", "DATE", "2020-05"),
                  T(30, 40, "", "TIME", "2020-05-01T10:00")],
                 [T(10, 15, "", "date", "2020-05")])                   # relaxed, value right
        doc_b = ([T(0, 12, "", "DATE", "PAST_REF")],
                 [T(0, 6, "", "date", "PAST_REF"),                     # paired (tie: first)
                  T(6, 12, "", "date", "PRESENT_REF")])                # spurious: gold taken
        s = E.te3_scores([doc_a, doc_b])
        self.assertEqual((s["gold"], s["system"], s["relaxed_matches"]), (4, 3, 2))
        self.assertPRF(s["strict"], 0.0, 0.0, 0.0)
        self.assertPRF(s["relaxed"], 2 / 3, 0.5, 4 / 7)     # F1 = 2(2/3)(1/2) / (7/6)
        self.assertAlmostEqual(s["value_accuracy"], 1.0)
        self.assertPRF(s["value"], 2 / 3, 0.5, 4 / 7)

    def test_exact_span_wins_over_a_partial_one(self):
        gold = [T(0, 10, "", "DATE", "2024-07")]
        system = [T(0, 4, "", "date", "2024-07"), T(0, 10, "", "date", "2024-06")]
        self.assertEqual(E.pair_up(gold, system), {0: 1})
        s = E.te3_scores([(gold, system)])
        self.assertPRF(s["strict"], 0.5, 1.0, 2 / 3)
        self.assertPRF(s["relaxed"], 0.5, 1.0, 2 / 3)
        self.assertAlmostEqual(s["value_accuracy"], 0.0)    # the exact one has the wrong value

    def test_larger_overlap_is_paired_first(self):
        gold = [T(0, 10, "", "DATE", "a"), T(12, 20, "", "DATE", "b")]
        system = [T(8, 16, "", "date", "b")]     # 2 chars of the first, 4 of the second
        self.assertEqual(E.pair_up(gold, system), {1: 0})

    def test_empty_conventions_of_the_official_scorer(self):
        s = E.te3_scores([([], [])])
        self.assertPRF(s["relaxed"], 1.0, 1.0, 1.0)
        self.assertEqual(s["value_accuracy"], 1.0)
        s = E.te3_scores([([T(0, 4, "", "DATE", "2024")], [])])
        self.assertPRF(s["strict"], 0.0, 0.0, 0.0)
        self.assertPRF(s["relaxed"], 0.0, 0.0, 0.0)
        self.assertEqual(s["value_accuracy"], 0.0)

    def test_null_value_is_wrong_unless_gold_has_none(self):
        s = E.te3_scores([([T(0, 4, "", "DATE", "2024")], [T(0, 4, "", "date", None)])])
        self.assertEqual(s["value_matches"], 0)


class HandmadeTimeML(unittest.TestCase):
    # (text, type, value) of every TIMEX3 in tests/timeml/handmade.tml, copied by hand.
    EXPECTED = [
        ("three years", "DURATION", "P3Y"),
        ("July 13", "DATE", "2024-07-13"),
        ("Monday", "DATE", "2024-07-15"),
        ("yesterday", "DATE", "2024-07-12"),
        ("three years", "DURATION", "P3Y"),
        ("Thursday", "DATE", "2024-07-11"),
        ("3 p.m.", "TIME", "2024-07-11T15:00"),
        ("Friday morning", "TIME", "2024-07-12TMO"),
        ("March 2021", "DATE", "2021-03"),
        ("nine months", "DURATION", "P9M"),
        ("this spring", "DATE", "2024-SP"),
        ("recently", "DATE", "PAST_REF"),
        ("every Friday", "SET", "XXXX-WXX-5"),
        ("the first month", "DURATION", "P1M"),
        ("the end of August", "DATE", "2024-08"),
        ("the third quarter of 2024", "DATE", "2024-Q3"),
        ("4 October 1998", "DATE", "1998-10-04"),
        ("the next decade", "DURATION", "P10Y"),
    ]

    @classmethod
    def setUpClass(cls):
        cls.dct, cls.text, cls.gold = E.parse_tml(ROOT / "tests" / "timeml" / "handmade.tml")

    def test_dct_is_read_and_excluded(self):
        self.assertEqual(self.dct, "2024-07-13")
        self.assertNotIn("2024-07-13", [g.text for g in self.gold])

    def test_every_slice_is_the_tagged_text(self):
        self.assertEqual(len(self.gold), len(self.EXPECTED))
        for g, (text, type_, value) in zip(self.gold, self.EXPECTED):
            self.assertEqual(self.text[g.start:g.end], text)
            self.assertEqual((g.text, g.type, g.value), (text, type_, value))

    def test_tags_stripped_and_entities_decoded(self):
        self.assertNotIn("<", self.text)
        self.assertIn("Keel & Span Engineering finished", self.text)
        self.assertIn("will reopen to traffic on Monday, city officials said yesterday", self.text)

    def test_gold_against_itself_is_perfect(self):
        system = [g._replace(type=g.type.lower()) for g in self.gold]
        s = E.te3_scores([(self.gold, system)])
        for name in ("strict", "relaxed", "value"):
            self.assertEqual(s[name]["f1"], 1.0)


class TimexIntervals(unittest.TestCase):
    def test_values(self):
        d = dt.datetime
        self.assertEqual(E.timex_interval("2024-W28"), (d(2024, 7, 8), d(2024, 7, 15)))
        self.assertEqual(E.timex_interval("2015-W38-WE"), (d(2015, 9, 19), d(2015, 9, 21)))
        self.assertEqual(E.timex_interval("196"), (d(1960, 1, 1), d(1970, 1, 1)))
        self.assertEqual(E.timex_interval("2024-Q3"), (d(2024, 7, 1), d(2024, 10, 1)))
        self.assertEqual(E.timex_interval("2024-07-13T15:00"), (d(2024, 7, 13, 15), d(2024, 7, 13, 15, 1)))
        self.assertEqual(E.timex_interval("2013-02-12TMO"), (d(2013, 2, 12), d(2013, 2, 12, 12)))
        for vague in ("P3Y", "PAST_REF", "XXXX-WXX-5", "2024-13", None):
            self.assertIsNone(E.timex_interval(vague))

    def test_next_unit_and_dct_dates(self):
        t = dt.datetime(2013, 5, 17, 16, 45, 30)                    # a Friday
        self.assertEqual(E.next_unit(t, "hour"), dt.datetime(2013, 5, 17, 17))
        self.assertEqual(E.next_unit(t, "week"), dt.datetime(2013, 5, 20))
        self.assertEqual(E.next_unit(t, "quarter"), dt.datetime(2013, 7, 1))
        self.assertEqual(E.iso_date("1998-01-08T18:30:00"), "1998-01-08")
        self.assertEqual(E.iso_date("19980108"), "1998-01-08")


class GumValues(unittest.TestCase):
    def ok(self, x, ours):
        return E.gum_value_correct(x, ours)

    def test_when(self):
        self.assertTrue(self.ok({"when": "2017-07-18"}, "2017-07-18"))
        self.assertFalse(self.ok({"when": "2017-07-18"}, "2017-07"))
        self.assertTrue(self.ok({"when": "2010-09-04T22:30:00"}, "2010-09-04T22:30"))
        self.assertTrue(self.ok({"when": "15:11:00"}, "2008-01-20T15:11"))
        self.assertTrue(self.ok({"when": "--10"}, "2013-10"))
        self.assertTrue(self.ok({"when": "-2009-03-13"}, "2009-03-13"))
        self.assertFalse(self.ok({"when": "2017"}, None))

    def test_from_to_week_month_exact_season(self):
        last_week = {"from": "2017-07-10", "to": "2017-07-16"}   # Monday..Sunday
        self.assertTrue(self.ok(last_week, "2017-W28"))
        self.assertFalse(self.ok(last_week, "2017-W29"))
        self.assertFalse(self.ok(last_week, "2017-07"))          # the week is the covering unit
        self.assertTrue(self.ok({"from": "2013-09-15", "to": "2013-09-30"}, "2013-09"))
        self.assertTrue(self.ok({"from": "1960-01-01", "to": "1969-12-31"}, "196"))
        self.assertTrue(self.ok({"from": "2015-09-19", "to": "2015-09-20"}, "2015-W38-WE"))
        self.assertTrue(self.ok({"from": "2015-09-19", "to": "2015-09-20"}, "2015-W38"))
        self.assertTrue(self.ok({"from": "2006-02-19", "to": "2006-02-26"}, "2006-W08"))  # from Sunday
        self.assertTrue(self.ok({"from": "2022-06-01", "to": "2022-08-31"}, "2022-SU"))
        self.assertTrue(self.ok({"from": "--12", "to": "--03"}, "2013-WI"))
        self.assertTrue(self.ok({"from": "--09-15", "to": "--09-30"}, "2007-09"))

    def test_vague_gold_has_no_value_verdict(self):
        self.assertIsNone(self.ok({"notAfter": "2015-08-02"}, "PAST_REF"))

    def test_unannotated_durations_are_left_out(self):
        gold = [T(10, 20, "", "DATE", None)]
        system = [T(0, 5, "", "duration", "P2W"), T(12, 20, "", "duration", "P3Y"),
                  T(30, 35, "", "date", "2017")]
        self.assertEqual(E.gum_system(gold, system), system[1:])
        self.assertEqual(E.gum_system(gold, system, all_types=True), system)


def point(text, value, grain, **kw):
    return {"section": "allExamples", "text": text, "ref": REF, "kind": "value",
            "value": value, "grain": grain, **kw}


class DucklingOutcomes(unittest.TestCase):
    def test_pass_at_grain_with_leading_preposition(self):
        row = point("on 2/15", "2013-02-15T00:00:00", "day")
        self.assertEqual(E.classify(row, [T(3, 7, "2/15", "date", "2013-02-15")]), "pass")
        self.assertEqual(E.classify(row, [T(0, 7, "on 2/15", "date", "2013-02-15")]), "pass")

    def test_weekday_bias_miss_partial(self):
        row = point("Friday", "2013-02-15T00:00:00", "day")
        self.assertEqual(E.classify(row, [T(0, 6, "Friday", "date", "2013-02-15")]), "pass")
        self.assertEqual(E.classify(row, [T(0, 6, "Friday", "date", "2013-02-08")]), "bias")
        self.assertEqual(E.classify(row, [T(0, 6, "Friday", "date", "2013-02-01")]), "partial")
        self.assertEqual(E.classify(row, [T(0, 3, "Fri", "date", "2013-02-15")]), "partial")
        self.assertEqual(E.classify(row, []), "miss")

    def test_explicit_direction_is_not_bias(self):
        row = point("next friday", "2013-02-15T00:00:00", "day")
        self.assertEqual(E.classify(row, [T(0, 11, "", "date", "2013-02-08")]), "partial")

    def test_month_day_and_clock_bias(self):
        row = point("March 3", "2013-03-03T00:00:00", "day")
        self.assertEqual(E.classify(row, [T(0, 7, "", "date", "2012-03-03")]), "bias")
        row = point("at 3am", "2013-02-13T03:00:00", "hour")
        self.assertEqual(E.classify(row, [T(3, 6, "3am", "time", "2013-02-12T03:00")]), "bias")
        self.assertEqual(E.classify(row, [T(3, 6, "3am", "time", "2013-02-13T03:00")]), "pass")

    def test_now_midnight_and_grains(self):
        self.assertEqual(E.classify(point("now", "2013-02-12T04:30:00", "second"),
                                    [T(0, 3, "now", "date", "PRESENT_REF")]), "pass")
        self.assertEqual(E.classify(point("at midnight", "2013-02-13T00:00:00", "hour"),
                                    [T(3, 11, "midnight", "time", "2013-02-12T24:00")]), "pass")
        self.assertEqual(E.classify(point("last week", "2013-02-04T00:00:00", "week"),
                                    [T(0, 9, "", "date", "2013-W06")]), "pass")
        self.assertEqual(E.classify(point("next quarter", "2013-04-01T00:00:00", "quarter"),
                                    [T(0, 12, "", "date", "2013-Q2")]), "pass")
        self.assertEqual(E.classify(point("1974", "1974-01-01T00:00:00", "year"),
                                    [T(0, 4, "", "date", "1974-06")]), "pass")   # at grain year

    def test_intervals(self):
        row = {"section": "allExamples", "text": "3-4pm", "ref": REF, "kind": "interval",
               "start": "2013-02-12T15:00:00", "end": "2013-02-12T17:00:00", "grain": "hour"}
        two = [T(0, 1, "3", "time", "2013-02-12T15"), T(2, 5, "4pm", "time", "2013-02-12T16:00")]
        self.assertEqual(E.classify(row, two), "pass")
        self.assertEqual(E.classify(row, two[1:]), "partial")
        row = {"section": "latentCorpus", "text": "morning", "ref": REF, "kind": "interval",
               "start": "2013-02-12T00:00:00", "end": "2013-02-12T12:00:00", "grain": "hour"}
        self.assertEqual(E.classify(row, [T(0, 7, "", "time", "2013-02-12TMO")]), "pass")
        row = {"section": "allExamples", "text": "this Summer", "ref": REF, "kind": "interval",
               "start": "2013-06-21T00:00:00", "end": "2013-09-24T00:00:00", "grain": "day"}
        self.assertEqual(E.classify(row, [T(0, 11, "", "date", "2013-SU")]), "pass")

    def test_negative(self):
        row = {"section": "negativeCorpus", "text": "laughing out loud", "expected_raw": "NO_MATCH"}
        self.assertEqual(E.classify(row, []), "pass")
        self.assertEqual(E.classify(row, [T(0, 3, "", "date", "X")]), "spurious")

    def test_trimmed_bounds(self):
        self.assertEqual(E.trimmed_bounds(" on 2/15."), ({1, 4}, 8))


class DucklingBC(unittest.TestCase):
    def test_year_bc_is_timeml_bc(self):
        row = {"kind": "value", "grain": "year", "value": "-2014-01-01T00:00:00"}
        self.assertTrue(E.value_matches(row, [T(0, 10, "", "date", "BC2014")], REF))
        self.assertFalse(E.value_matches(row, [T(0, 10, "", "date", "2014")], REF))


if __name__ == "__main__":
    unittest.main()
