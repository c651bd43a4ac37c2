"""Unit tests of scripts/eval_quotes.py's brat reader and scorer, and of
scripts/brat_from_lines.py (no CLI involved)."""
import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
import brat_from_lines as bl  # noqa: E402
import eval_quotes as eq  # noqa: E402

TEXT = 'Mr. Quiros denied it. "We did nothing," said Ann Lee, a lawyer. Police said two men fled.'


def at(words, n=0):
    i = -1
    for _ in range(n + 1):
        i = TEXT.index(words, i + 1)
    return i, i + len(words)


Q1, SAID1, ANN_LEE = at('"We did nothing,"'), at("said"), at("Ann Lee")
POLICE, SAID2, FLED, MR = at("Police"), at("said", 1), at("two men fled"), at("Mr.")
ANN = f"""T1\tSource {ANN_LEE[0]} {ANN_LEE[1]}\tAnn Lee
T2\tCue {SAID1[0]} {SAID1[1]}\tsaid
T3\tContent {Q1[0]} {Q1[1]}\t"We did nothing,"
T4\tAttribution {SAID1[0]} {SAID1[1]}\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource {POLICE[0]} {POLICE[1]}\tPolice
T6\tCue {SAID2[0]} {SAID2[1]}\tsaid
T7\tContent {FLED[0]} {FLED[1]};{MR[0]} {MR[1]}\ttwo men fled Mr.
T8\tAttribution-no-source {SAID2[0]} {SAID2[1]}\tsaid
E2\tAttribution-no-source:T8 Cue2:T6 Content:T7
T9\tDiscuss 0 10\tMr. Quiros
"""


class Reading(unittest.TestCase):
    def test_events_roles_and_discontinuous_spans(self):
        gold = eq.parse_ann(ANN)
        self.assertEqual(len(gold), 2)
        self.assertEqual(gold[0], {"content": [Q1], "cue": [SAID1], "source": [ANN_LEE]})
        self.assertEqual(gold[1]["content"], [FLED, MR])
        self.assertEqual(gold[1]["cue"], [SAID2])  # "Cue2" is a cue
        self.assertEqual(gold[1]["source"], [])

    def test_direct_is_a_content_opening_with_a_mark(self):
        gold = eq.parse_ann(ANN)
        self.assertTrue(eq.is_direct(TEXT, gold[0]["content"]))
        self.assertFalse(eq.is_direct(TEXT, gold[1]["content"]))

    def test_polnear_layout(self):
        with tempfile.TemporaryDirectory() as d:
            root = pathlib.Path(d)
            (root / "text").mkdir()
            (root / "attributions").mkdir()
            (root / "text" / "nyt_2016-09-12_visa.txt").write_text(TEXT, encoding="utf-8")
            (root / "attributions" / "nyt_2016-09-12_visa_4b22.ann").write_text(ANN, encoding="utf-8")
            docs = eq.brat_docs([str(root / "attributions")])
        self.assertEqual(len(docs), 1)
        self.assertEqual(docs[0]["date"], "2016-09-12")
        self.assertEqual(docs[0]["text"], TEXT)


def quote(s, e, kind, speaker_span=None, cue_span=None):
    return {"start": s, "end": e, "text": TEXT[s:e], "kind": kind, "speaker": None, "speaker_text": None,
            "speaker_span": {"start": speaker_span[0], "end": speaker_span[1]} if speaker_span else None,
            "cue": None, "cue_span": {"start": cue_span[0], "end": cue_span[1]} if cue_span else None}


class Scoring(unittest.TestCase):
    def score(self, ours):
        gold = eq.parse_ann(ANN)
        keys = ("gold", "ours", "right", "found", "exact", "tokf1", "with_source", "speaker", "with_cue", "cue")
        c = dict.fromkeys(keys, 0)
        errors = []
        eq.score_brat_row({"text": TEXT}, {"entities": []}, gold, ours, gold, c, errors)
        return c, errors

    def test_right_speaker_and_cue(self):
        inside = (Q1[0] + 1, Q1[1] - 2)  # ours is inside the marks, without the comma
        c, errors = self.score([quote(*inside, "direct", ANN_LEE, SAID1), quote(*FLED, "indirect", None, SAID2)])
        self.assertEqual((c["found"], c["right"], c["exact"]), (2, 2, 1))  # the second lacks "Mr."
        self.assertEqual((c["speaker"], c["with_source"], c["cue"], c["with_cue"]), (1, 1, 2, 2))
        self.assertEqual(errors, [])

    def test_wrong_speaker_missed_and_spurious(self):
        c, errors = self.score([quote(*Q1, "direct", POLICE, SAID2), quote(*at("Quiros"), "partial")])
        self.assertEqual((c["found"], c["right"], c["ours"]), (1, 1, 2))  # "Quiros" is outside every content
        self.assertEqual(c["speaker"], 0)
        self.assertEqual(c["cue"], 0)
        self.assertTrue(any(e.startswith("speaker:") for e in errors))

    def test_rows_split_direct_and_reported(self):
        gold = eq.parse_ann(ANN)
        ours = [quote(*Q1, "direct"), quote(*at("Quiros"), "partial"), quote(*FLED, "indirect")]
        rows = eq.row_sets(TEXT, gold, ours)
        self.assertEqual([len(rows[r][0]) for r in ("direct", "reported", "all")], [1, 1, 2])
        self.assertEqual([len(rows[r][1]) for r in ("direct", "reported", "all")], [2, 1, 3])
        self.assertEqual(rows["reported"][0][0]["content"], [FLED, MR])
        self.assertEqual(rows["reported"][1][0]["kind"], "indirect")

    def test_one_to_one(self):
        c, _ = self.score([quote(Q1[0], Q1[0] + 6, "partial"), quote(Q1[0] + 7, Q1[1], "partial")])
        self.assertEqual((c["found"], c["right"]), (1, 2))  # both are real, one pairs
        c, errors = self.score([quote(*at("a lawyer"), "indirect")])
        self.assertEqual((c["found"], c["right"]), (0, 0))
        self.assertEqual(sum(e.startswith("missed") for e in errors), 2)
        self.assertEqual(sum(e.startswith("spurious") for e in errors), 1)


class Lines(unittest.TestCase):
    def test_whole_words_and_gum_clitics(self):
        self.assertEqual(bl.occurrences("the he then he", "he"), [4, 12])
        self.assertEqual(bl.detokenise("Mecca 's mosque, I 'll go, do n't"), "Mecca's mosque, I'll go, don't")

    def test_content_then_nearest_source_and_cue(self):
        text = 'He said no. Ann said "yes," and Bob said "no".'
        spans = bl.locate_content(text, '"no"', 0, "t")
        self.assertEqual(text[spans[0][0]:spans[0][1]], '"no"')
        self.assertEqual(bl.nearest(text, "said", spans, "t"), (36, 40))
        pieces = bl.locate_content(text, 'Ann ... "yes,"', 0, "t")
        self.assertEqual([text[a:b] for a, b in pieces], ["Ann", '"yes,"'])


if __name__ == "__main__":
    unittest.main()
