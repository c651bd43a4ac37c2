"""Unit tests of scripts/eval_quotes.py's scorer (no CLI involved)."""
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
import eval_quotes as eq  # noqa: E402


class ScoreDoc(unittest.TestCase):
    def test_found_right_scare_spurious(self):
        gold = [(10, 40, "quote"), (50, 60, "q"), (100, 130, "quote")]
        ours = [(11, 39), (51, 59), (70, 80)]
        c, errors = eq.score_doc(gold, ours)
        self.assertEqual(c, {"gold": 2, "found": 1, "ours": 3, "right": 1, "q": 1, "scare": 1})
        kinds = sorted(k for k, _ in errors)
        self.assertEqual(kinds, ["missed", "scare", "spurious"])
        p, r, f = eq.prf(c)
        self.assertAlmostEqual(p, 1 / 3)
        self.assertAlmostEqual(r, 1 / 2)
        self.assertAlmostEqual(f, 0.4)

    def test_nothing(self):
        c, errors = eq.score_doc([], [])
        self.assertEqual(eq.prf(c), (0.0, 0.0, 0.0))
        self.assertEqual(errors, [])


class Speakers(unittest.TestCase):
    def test_articles_and_marks_aside(self):
        self.assertEqual(eq.strip_article("A Hamas official"), "hamas official")
        self.assertEqual(eq.strip_article("another Hamas figure"), "hamas figure")
        self.assertEqual(eq.norm("\u201CFine\u201D"), "fine")


if __name__ == "__main__":
    unittest.main()
