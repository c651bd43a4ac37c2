"""Unit tests of scripts/eval_casualties.py's helpers (no CLI involved)."""
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
import eval_casualties as ec  # noqa: E402


class FigureInText(unittest.TestCase):
    def test_digits_words_and_vague_counts(self):
        self.assertTrue(ec.figure_in_text(92, "at least 92 people"))
        self.assertTrue(ec.figure_in_text(21110, "the toll reached 21,110"))
        self.assertTrue(ec.figure_in_text(8, "at least eight people"))
        self.assertTrue(ec.figure_in_text(12, "dozens had been killed"))
        self.assertTrue(ec.figure_in_text(0, "there were no casualties"))
        self.assertTrue(ec.figure_in_text(18, "eighteen US troops have been killed"))
        self.assertTrue(ec.figure_in_text(21, "twenty-one people died"))
        self.assertTrue(ec.figure_in_text(10000, "tens of thousands of wounded"))
        self.assertFalse(ec.figure_in_text(18, "eight people died"))

    def test_invented(self):
        self.assertFalse(ec.figure_in_text(10, "several people died"))
        self.assertFalse(ec.figure_in_text(9, "at least 92 people"))
        self.assertFalse(ec.figure_in_text(2, "at least 92 people"))


class ScaleWords(unittest.TestCase):
    def test_written_with_scale_words(self):
        self.assertTrue(ec.figure_in_text(8000000, "some eight million people were displaced"))
        self.assertTrue(ec.figure_in_text(1200000, "1.2 million people fled"))
        self.assertTrue(ec.figure_in_text(24, "two dozen soldiers died"))
        self.assertTrue(ec.figure_in_text(6, "half a dozen civilians were killed"))
        self.assertTrue(ec.figure_in_text(120, "one hundred and twenty people died"))
        self.assertTrue(ec.figure_in_text(125, "one hundred twenty-five dead"))
        self.assertTrue(ec.figure_in_text(200000, "two hundred thousand people"))
        self.assertTrue(ec.figure_in_text(3000, "3 thousand dead"))

    def test_scale_words_do_not_excuse_other_figures(self):
        self.assertFalse(ec.figure_in_text(8, "some eight million people"))
        self.assertFalse(ec.figure_in_text(2, "two dozen soldiers died"))
        self.assertFalse(ec.figure_in_text(1200, "1.2 million people fled"))
        self.assertFalse(ec.figure_in_text(11, "five or six people"))
        self.assertFalse(ec.figure_in_text(3000, "1,000 and 2,000 people"))

    def test_runs(self):
        self.assertEqual(ec.written_numbers("five or six"), {5, 6})
        self.assertEqual(ec.written_numbers("two thousand and five"), {2005})
        self.assertEqual(ec.written_numbers("no number here"), set())


class Predicted(unittest.TestCase):
    def test_incident_before_cumulative(self):
        r = {"casualties": [{"killed": {"value": 38000}, "cumulative": True}, {"killed": {"value": 92}}]}
        self.assertEqual(ec.predicted(r, "killed"), 92)
        self.assertEqual(ec.predicted({"casualties": [r["casualties"][0]]}, "killed"), 38000)
        self.assertIsNone(ec.predicted({"casualties": []}, "wounded"))


if __name__ == "__main__":
    unittest.main()
