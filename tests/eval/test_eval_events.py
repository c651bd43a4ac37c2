"""Unit tests of scripts/eval_events.py's scorer (no CLI involved)."""
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
import eval_events as ee  # noqa: E402

TEXT = "Israel struck Rafah on Monday. Ten died. Talks resumed."
RESULT = {
    "sentences": [{"start": 0, "end": 30}, {"start": 31, "end": 40}, {"start": 41, "end": 55}],
    "entities": [{"id": "e1", "name": "Israel", "mentions": [{"text": "Israel"}]},
                 {"id": "e2", "name": "Rafah", "mentions": [{"text": "Rafah"}]}],
    "events": [
        {"type": "explosions/remote violence", "subtype": "air/drone strike", "date": "2024-07-08",
         "location": "e2", "actors": ["e1"], "targets": [], "fatalities": 10,
         "trigger": {"start": 7, "end": 13, "text": "struck"}, "evidence": {"start": 0, "end": 30},
         "mentions": [{"start": 7, "end": 13}]},
        {"type": "politics", "subtype": "election", "date": None, "location": None, "actors": [], "targets": [],
         "fatalities": None, "trigger": {"start": 41, "end": 46, "text": "Talks"},
         "evidence": {"start": 41, "end": 55}, "mentions": [{"start": 41, "end": 46}]},
    ],
}


class ScoreDoc(unittest.TestCase):
    def test_match_by_sentence_fields_and_spurious(self):
        gold = [
            {"type": "air/drone strike", "date": "2024-07-08", "location": "Rafah", "actors": ["Israel"],
             "killed": 9, "evidence_words": "Israel struck Rafah"},
            {"type": "talks/negotiation", "date": None, "location": None, "actors": [],
             "killed": None, "evidence_words": "Talks resumed"},
        ]
        c, errors = ee.score_doc(TEXT, RESULT, gold)
        self.assertEqual((c["gold"], c["ours"], c["matched"]), (2, 2, 1))
        self.assertEqual((c["date"], c["location"], c["actors"], c["killed"]), (1, 1, 1, 0))
        kinds = sorted(k for k, _ in errors)
        self.assertEqual(kinds, ["killed", "missed", "spurious"])  # the election is not talks
        p, r, f = ee.prf(c)
        self.assertAlmostEqual(p, 0.5)
        self.assertAlmostEqual(r, 0.5)

    def test_type_aliases_and_names(self):
        self.assertEqual(ee.norm_type("Attack (on civilians)"), "attack")
        self.assertEqual(ee.norm_type("talks/negotiation"), "talks")
        self.assertTrue(ee.actors_agree(["the Israel"], ["e1"], {e["id"]: e for e in RESULT["entities"]}))
        self.assertFalse(ee.actors_agree(["Israel", "Egypt"], ["e1"], {e["id"]: e for e in RESULT["entities"]}))

    def test_subtype_case(self):
        # SPEC spells "remote explosive/landmine/IED" with capitals: both sides fold case
        text = "A roadside IED killed two."
        result = {"sentences": [{"start": 0, "end": 26}], "entities": [], "events": [
            {"type": "explosions/remote violence", "subtype": "remote explosive/landmine/IED", "date": None,
             "location": None, "actors": [], "targets": [], "fatalities": 2,
             "trigger": {"start": 11, "end": 14, "text": "IED"}, "evidence": {"start": 0, "end": 26},
             "mentions": [{"start": 11, "end": 14}]}]}
        gold = [{"type": "remote explosive/landmine/IED", "date": None, "location": None, "actors": [],
                 "killed": 2, "evidence_words": "A roadside IED"}]
        c, errors = ee.score_doc(text, result, gold)
        self.assertEqual(c["matched"], 1, errors)

    def test_same_sentence_prefers_trigger_inside_evidence(self):
        # two talks in one sentence: each gold event takes ours whose trigger its words cover
        text = "Ann held discussions with Bo, and Cy held talks with Di."
        ents = [{"id": f"e{i}", "name": n, "mentions": [{"text": n}]} for i, n in enumerate(["Ann", "Bo", "Cy", "Di"], 1)]

        def talks(start, end, actors):
            return {"type": "politics", "subtype": "talks", "date": None, "location": None, "actors": actors,
                    "targets": [], "fatalities": None, "trigger": {"start": start, "end": end, "text": ""},
                    "evidence": {"start": 0, "end": 56}, "mentions": [{"start": start, "end": end}]}
        result = {"sentences": [{"start": 0, "end": 56}], "entities": ents,
                  "events": [talks(42, 47, ["e3", "e4"]), talks(4, 20, ["e1", "e2"])]}
        gold = [{"type": "talks", "date": None, "location": None, "actors": ["Ann", "Bo"], "killed": None,
                 "evidence_words": "Ann held discussions"},
                {"type": "talks", "date": None, "location": None, "actors": ["Cy", "Di"], "killed": None,
                 "evidence_words": "Cy held talks"}]
        c, errors = ee.score_doc(text, result, gold)
        self.assertEqual((c["matched"], c["actors"]), (2, 2), errors)

    def test_nothing(self):
        c, errors = ee.score_doc("", {}, [])
        self.assertEqual(ee.prf(c), (0.0, 0.0, 0.0))
        self.assertEqual(errors, [])


if __name__ == "__main__":
    unittest.main()
