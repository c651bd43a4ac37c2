#!/usr/bin/env python3
"""One entity per real thing: newsfacts' `entities` against fact files (seed.gold.json format).

Usage (or through the dispatcher: scripts/eval entities ...):
  python3 scripts/eval_entities.py seed|FILE.jsonl|FILE.gold.json... [--show N] [--cli PATH]

Gold, per document: "people" [{name, aliases, titles}], "organizations" [{name, aliases}],
"locations" [{name, kind, country}] (the seed.gold.json format; a .jsonl file holds one
document a line with its "text" and "dct"). Names are compared folded: case, accents,
the article "the", a possessive 's and punctuation other than inner dots and hyphens
aside (norm_name).

Measures:
  people found  = gold people one of whose names (name or alias) is the name or a mention
                  of one of our person entities / gold people
  split         = found gold people whose names are spread over more than one of our
                  person entities (Deif and Mohammed Deif kept apart) / found
  person prec.  = our named person entities that are some gold person / ours ("nothing
                  else is called a person"); unnamed sources are left out
  titles        = recall: gold titles of found people that one of our titles of that
                  entity equals or contains, or is contained in (folded) / gold titles;
                  precision: our titles of found people that match a gold title / ours
  organizations = gold organisations named by one of our entities of any type / gold, and
                  how many of those we typed organization
  locations     = gold places named by one of our location entities / gold; country =
                  those whose place.country equals the gold country / those with both
"""
import argparse
import json
import pathlib
import re
import sys
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from cli_jsonl import run_jsonl  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "seed" / "seed.gold.json"


def norm_name(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s.strip())
    s = re.sub(r"[^\w.\- ]+", " ", s)
    return " ".join(s.split()).strip(" .")


def load(paths):
    docs = []
    for arg in paths:
        p = SEED if arg == "seed" else pathlib.Path(arg)
        if not p.exists():
            sys.exit(f"{p} is not here" + (" (it comes with ../shared)" if arg == "seed" else ""))
        if p.suffix == ".jsonl":
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    d = json.loads(line)
                    docs.append((d.get("id", f"{p.stem}-{i}"), d["text"], d.get("dct"), d))
        else:
            d = json.loads(p.read_text(encoding="utf-8"))
            text = d.get("text") or p.with_name(p.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
            docs.append((d.get("id", p.stem), text, d.get("dct"), d))
    return docs


def names_of(e):
    return {norm_name(e["name"])} | {norm_name(m["text"]) for m in e.get("mentions", [])}


def gold_names(g):
    return {norm_name(g["name"])} | {norm_name(a) for a in g.get("aliases", [])}


def title_match(a, b):
    a, b = norm_name(a), norm_name(b)
    return bool(a) and bool(b) and (a == b or a in b or b in a)


def score(doc, result, c, errors):
    ents = result.get("entities", [])
    persons = [e for e in ents if e["type"] == "person" and not e.get("unnamed")]
    matched_ours = set()
    for g in doc.get("people", []):
        c["people"] += 1
        want = gold_names(g)
        hits = [e for e in persons if names_of(e) & want]
        if not hits:
            errors.append(f"person missed: {g['name']}")
            continue
        c["people_found"] += 1
        matched_ours.update(e["id"] for e in hits)
        if len(hits) > 1:
            c["split"] += 1
            errors.append(f"person split: {g['name']} -> {[e['name'] for e in hits]}")
        best = max(hits, key=lambda e: len(e.get("mentions", [])))
        ours = best.get("titles", [])
        for t in g.get("titles", []):
            c["titles"] += 1
            if any(title_match(t, o) for o in ours):
                c["titles_found"] += 1
            else:
                errors.append(f"title missed: {g['name']}: {t!r} (ours {ours})")
        c["our_titles"] += len(ours)
        c["our_titles_right"] += sum(1 for o in ours if any(title_match(t, o) for t in g.get("titles", [])))
        for o in ours:
            if not any(title_match(t, o) for t in g.get("titles", [])):
                errors.append(f"title extra: {g['name']}: {o!r} (gold {g.get('titles', [])})")
    c["our_persons"] += len(persons)
    c["our_persons_right"] += len(matched_ours)
    for e in persons:
        if e["id"] not in matched_ours:
            errors.append(f"not a gold person: {e['name']}")
    for g in doc.get("organizations", []):
        c["orgs"] += 1
        want = gold_names(g)
        hits = [e for e in ents if names_of(e) & want]
        if not hits:
            errors.append(f"organization missed: {g['name']}")
            continue
        c["orgs_found"] += 1
        if any(e["type"] == "organization" for e in hits):
            c["orgs_typed"] += 1
        else:
            errors.append(f"organization typed {hits[0]['type']}: {g['name']}")
    for g in doc.get("locations", []):
        c["places"] += 1
        want = gold_names(g)
        hits = [e for e in ents if e["type"] == "location" and names_of(e) & want]
        if not hits:
            errors.append(f"place missed: {g['name']}")
            continue
        c["places_found"] += 1
        if g.get("country"):
            got = [(e.get("place") or {}).get("country") for e in hits]
            c["with_country"] += 1
            if g["country"] in got:
                c["country"] += 1
            else:
                errors.append(f"country: {g['name']}: want {g['country']}, got {got}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    args = ap.parse_args()
    docs = load(args.paths)
    results = run_jsonl(args.cli, [(d[0], d[1], d[2]) for d in docs])
    keys = ("people", "people_found", "split", "titles", "titles_found", "our_titles", "our_titles_right",
            "our_persons", "our_persons_right", "orgs", "orgs_found", "orgs_typed", "places", "places_found",
            "with_country", "country")
    c = dict.fromkeys(keys, 0)
    shown = 0
    for doc_id, _, _, gold in docs:
        errors = []
        score(gold, results[doc_id], c, errors)
        for e in errors:
            if shown < args.show:
                shown += 1
                print(f"  {doc_id}: {e}", file=sys.stderr)

    def ratio(a, b):
        return f"{c[a] / c[b]:.3f} ({c[a]}/{c[b]})" if c[b] else "- (0/0)"

    print(f"{len(docs)} documents")
    print(f"people found      {ratio('people_found', 'people')}   split {ratio('split', 'people_found')}   "
          f"person precision {ratio('our_persons_right', 'our_persons')}")
    print(f"titles            recall {ratio('titles_found', 'titles')}   precision {ratio('our_titles_right', 'our_titles')}")
    print(f"organizations     found {ratio('orgs_found', 'orgs')}   typed organization {ratio('orgs_typed', 'orgs_found')}")
    print(f"locations         found {ratio('places_found', 'places')}   country {ratio('country', 'with_country')}")


if __name__ == "__main__":
    main()
