"""Unit tests of scripts/eval_entities.py's scoring (no CLI involved)."""
import pathlib
import sys
import unittest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
import eval_entities as ee  # noqa: E402

KEYS = ("people", "people_found", "split", "titles", "titles_found", "our_titles", "our_titles_right",
        "our_persons", "our_persons_right", "orgs", "orgs_found", "orgs_typed", "places", "places_found",
        "with_country", "country")


def ent(i, typ, name, mentions=(), titles=(), country=None, unnamed=False):
    e = {"id": f"e{i}", "type": typ, "name": name, "mentions": [{"text": m} for m in (name, *mentions)],
         "titles": list(titles)}
    if country:
        e["place"] = {"country": country}
    if unnamed:
        e["unnamed"] = True
    return e


class Names(unittest.TestCase):
    def test_folding(self):
        self.assertEqual(ee.norm_name("The Health Ministry's"), "health ministry")
        self.assertEqual(ee.norm_name("Al-Qassam  Brigades"), "al-qassam brigades")
        self.assertEqual(ee.norm_name("Émile Zola"), "emile zola")
        self.assertEqual(ee.norm_name("U.S."), "u.s")

    def test_titles_match_when_one_contains_the_other(self):
        self.assertTrue(ee.title_match("Israeli Prime Minister", "prime minister"))
        self.assertFalse(ee.title_match("brigade commander", "Prime Minister"))


class Scoring(unittest.TestCase):
    def run_score(self, gold, entities):
        c = dict.fromkeys(KEYS, 0)
        errors = []
        ee.score(gold, {"entities": entities}, c, errors)
        return c, errors

    def test_people_titles_split_and_precision(self):
        gold = {"people": [{"name": "Mohammed Deif", "aliases": ["Deif"], "titles": ["commander", "head of the brigades"]},
                           {"name": "Rafa Salama", "aliases": [], "titles": []}]}
        ours = [ent(1, "person", "Mohammed Deif", titles=["the group's commander"]), ent(2, "person", "Deif"),
                ent(3, "person", "Mr Nobody"), ent(4, "person", "a Hamas official", unnamed=True)]
        c, errors = self.run_score(gold, ours)
        self.assertEqual((c["people"], c["people_found"], c["split"]), (2, 1, 1))
        self.assertEqual((c["titles"], c["titles_found"]), (2, 1))
        self.assertEqual((c["our_persons"], c["our_persons_right"]), (3, 2))  # the unnamed source left out
        self.assertTrue(any("Mr Nobody" in e for e in errors))

    def test_organisations_and_places(self):
        gold = {"organizations": [{"name": "UNRWA", "aliases": ["U.N. agency for Palestinian refugees"]},
                                  {"name": "AFP", "aliases": []}],
                "locations": [{"name": "Rafah", "kind": "city", "country": "PS"},
                              {"name": "Tripoli", "kind": "city", "country": "LY"}]}
        ours = [ent(1, "location", "UNRWA"), ent(2, "location", "Rafah", country="PS"),
                ent(3, "location", "Tripoli", country="LB")]
        c, _ = self.run_score(gold, ours)
        self.assertEqual((c["orgs_found"], c["orgs_typed"]), (1, 0))
        self.assertEqual((c["places_found"], c["with_country"], c["country"]), (2, 2, 1))


if __name__ == "__main__":
    unittest.main()
