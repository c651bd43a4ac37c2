#!/usr/bin/env python3
"""Quotation and attribution evaluation: newsfacts' `quotes` against GUM and the seed.

Usage (or through the dispatcher: scripts/eval quotes MODE ...):
  python3 scripts/eval_quotes.py gum [--show N] [--cli PATH]
  python3 scripts/eval_quotes.py seed [--show N] [--cli PATH]

`gum` -- GUM news (../shared/corpus/gum/gum_news.jsonl), documents sorted by doc_id, first
half "dev", second half "test" (held out: --show prints dev errors only). GUM marks
quotation spans as speech (`quote`) or as quoted words that are not speech (`q`: scare
quotes, titles); it names no speakers. Ours are the quotes of kind direct or partial. A
gold quote is found when one of ours overlaps it; one of ours is right when it overlaps
a gold `quote`, "scare" when it overlaps only a `q`, spurious otherwise.
  recall = found / gold quotes;  precision = right / ours;  F1 of those;
  scare = ours on `q` spans / gold `q` spans (lower is better: quoted words taken for speech)

`seed` -- ../shared/corpus/seed/seed.gold.json `quotes` ({start_words, speaker, direct}):
a gold attribution is found when one of our quotes starts with its start_words (case and
quotation marks aside); its kind is right when direct is (our kind != indirect); its
speaker is right when the gold speaker names the same entity as ours (entity name or
mention) or equals our speaker words (articles aside). Extra = our quotes matching no
gold attribution.
"""
import argparse
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from cli_jsonl import run_jsonl  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score_doc(gold, ours):
    """gold: [(start, end, tag)], ours: [(start, end)] -> counts and errors."""
    speech = [g for g in gold if g[2] == "quote"]
    scare = [g for g in gold if g[2] == "q"]
    found = sum(1 for g in speech if any(overlaps(g, o) for o in ours))
    right = scare_hits = 0
    errors = []
    for o in ours:
        if any(overlaps(g, o) for g in speech):
            right += 1
        elif any(overlaps(g, o) for g in scare):
            scare_hits += 1
            errors.append(("scare", o))
        else:
            errors.append(("spurious", o))
    for g in speech:
        if not any(overlaps(g, o) for o in ours):
            errors.append(("missed", g))
    return {"gold": len(speech), "found": found, "ours": len(ours), "right": right,
            "q": len(scare), "scare": scare_hits}, errors


def prf(c):
    p = c["right"] / c["ours"] if c["ours"] else 0.0
    r = c["found"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def gum(args):
    path = SHARED / "gum" / "gum_news.jsonl"
    if not path.exists():
        sys.exit(f"{path} is not here (it comes with ../shared)")
    docs = sorted((json.loads(l) for l in path.open(encoding="utf-8") if l.strip()), key=lambda d: d["doc_id"])
    half = len(docs) // 2
    splits = {"dev": docs[:half], "test": docs[half:]}
    results = run_jsonl(args.cli, [(d["doc_id"], d["text"], d.get("dct")) for d in docs])
    print(f"{'split':10} {'docs':>4} {'gold':>5} {'ours':>5}   {'P':>6} {'R':>6} {'F1':>6}   scare")
    shown = 0
    for name, ds in splits.items():
        total = {"gold": 0, "found": 0, "ours": 0, "right": 0, "q": 0, "scare": 0}
        for d in ds:
            gold = [(q["start"], q["end"], q["tag"]) for q in d["quotes"]]
            ours = [(q["start"], q["end"]) for q in results[d["doc_id"]].get("quotes", [])
                    if q["kind"] != "indirect"]
            c, errors = score_doc(gold, ours)
            for k in total:
                total[k] += c[k]
            if name == "dev":
                for kind, (s, e, *_) in errors:
                    if shown < args.show:
                        shown += 1
                        print(f"  {d['doc_id']} {kind}: {d['text'][s:e][:100]!r}", file=sys.stderr)
        p, r, f = prf(total)
        print(f"gum_news {name:4} {len(ds):>4} {total['gold']:>5} {total['ours']:>5}   {p:6.3f} {r:6.3f} {f:6.3f}"
              f"   {total['scare']}/{total['q']}")


def norm(s):
    s = re.sub(r"[\"“”‘’']", "", s.lower())
    return " ".join(s.split())


def strip_article(s):
    return re.sub(r"^(a|an|the|another)\s+", "", norm(s))


def seed(args):
    d = SHARED / "seed"
    if not (d / "seed.gold.json").exists():
        sys.exit(f"{d} is not here (it comes with ../shared)")
    gold = json.loads((d / "seed.gold.json").read_text(encoding="utf-8"))
    text = (d / "seed.txt").read_text(encoding="utf-8")
    result = run_jsonl(args.cli, [("seed", text, None)])["seed"]
    entities = {e["id"]: e for e in result.get("entities", [])}
    ours = result.get("quotes", [])
    used = set()
    found = kind_ok = speaker_ok = 0
    for g in gold["quotes"]:
        want = norm(g["start_words"])
        hit = next((i for i, q in enumerate(ours) if i not in used and norm(q["text"]).startswith(want)), None)
        if hit is None:
            print(f"  missed: {g['start_words']!r} ({g['speaker']})")
            continue
        used.add(hit)
        q = ours[hit]
        found += 1
        kind_ok += (q["kind"] != "indirect") == g["direct"]
        names = set()
        e = entities.get(q["speaker"])
        if e:
            names.add(strip_article(e["name"]))
            names.update(strip_article(m["text"]) for m in e["mentions"])
        if q["speaker_text"]:
            names.add(strip_article(q["speaker_text"]))
        ok = strip_article(g["speaker"]) in names
        speaker_ok += ok
        if not ok:
            print(f"  speaker: {g['start_words']!r}: gold {g['speaker']!r}, ours {q['speaker_text']!r}")
    extra = [q for i, q in enumerate(ours) if i not in used]
    for q in extra[:args.show]:
        print(f"  extra: {q['kind']} {q['text'][:60]!r} ({q['speaker_text']})")
    n = len(gold["quotes"])
    print(f"seed: {found}/{n} found, kind right {kind_ok}/{found}, speaker right {speaker_ok}/{found}, "
          f"extra {len(extra)} of {len(ours)} ours")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["gum", "seed"])
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    args = ap.parse_args()
    {"gum": gum, "seed": seed}[args.mode](args)


if __name__ == "__main__":
    main()
