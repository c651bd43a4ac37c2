"""Unit tests of scripts/eval_ner.py's helpers (no CLI involved)."""
import pathlib
import sys
import tempfile
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
import eval_ner as en  # noqa: E402


class Tags(unittest.TestCase):
    def test_iob1_becomes_iob2(self):
        s = en.to_iob2([("Mr", "O"), ("Deif", "I-PER"), ("Hamas", "I-ORG"), ("Gaza", "I-LOC"), ("City", "I-LOC")])
        self.assertEqual([t for _, t in s], ["O", "B-PER", "B-ORG", "B-LOC", "I-LOC"])

    def test_spans(self):
        self.assertEqual(en.spans_of(["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]),
                         [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")])


class Reading(unittest.TestCase):
    def test_conll_columns_and_docstart(self):
        text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP I-PER\n"
        with tempfile.NamedTemporaryFile("w", suffix=".conll", delete=False) as f:
            f.write(text)
        try:
            docs = en.read_tokens(f.name)
        finally:
            pathlib.Path(f.name).unlink()
        self.assertEqual(len(docs), 2)
        self.assertEqual(docs[0], [[("EU", "B-ORG"), ("rejects", "O")]])
        self.assertEqual(docs[1], [[("Peter", "B-PER")]])

    def test_rebuild_offsets(self):
        text, offs = en.rebuild([[("Hamas", "B-ORG"), ("'s", "O"), ("chief", "O"), (",", "O")], [("(", "O"), ("AP", "B-ORG"), (")", "O")]])
        self.assertEqual(text, "Hamas's chief,\n(AP)")
        self.assertEqual([text[a:b] for a, b in offs], ["Hamas", "'s", "chief", ",", "(", "AP", ")"])


class Scoring(unittest.TestCase):
    def test_exact_span_and_type(self):
        s = en.Score()
        s.add([(0, 2, "PER"), (3, 4, "LOC"), (5, 6, "MISC")], [(0, 2, "PER"), (3, 4, "ORG"), (7, 8, "LOC")])
        p, r, f = s.micro()  # MISC is outside the micro figure
        self.assertAlmostEqual(p, 1 / 3)
        self.assertAlmostEqual(r, 1 / 2)
        self.assertAlmostEqual(f, 0.4)


class Convention(unittest.TestCase):
    def test_titles_off_people_and_nationalities_out(self):
        toks = ["Professor", "Cres", "Eastman", "and", "Vice", "President", "Bush", "met", "the", "Secretary",
                "and", "Americans", "in", "Mr", ".", "Kelly", "'s", "Paris"]
        gold = [(0, 3, "PER"), (4, 7, "PER"), (9, 10, "PER"), (11, 12, "PER"), (13, 16, "PER"), (17, 18, "LOC")]
        self.assertEqual(en.conll_gold(toks, gold), [(1, 3, "PER"), (6, 7, "PER"), (15, 16, "PER"), (17, 18, "LOC")])

    def test_names_without_titles_stay(self):
        toks = ["John", "Major", "and", "Israel"]
        self.assertEqual(en.conll_gold(toks, [(0, 2, "PER"), (3, 4, "LOC")]), [(0, 2, "PER"), (3, 4, "LOC")])

if __name__ == "__main__":
    unittest.main()
