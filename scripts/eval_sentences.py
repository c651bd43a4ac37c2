#!/usr/bin/env python3
"""Sentence-boundary accuracy on GUM news and interviews (../shared/corpus/gum/).

GUM gives one sentence a line. We keep the first two lines (headline, date line) as lines
and join every body sentence with a space into ONE paragraph, so that every boundary
must be found by the splitter, not by a line break. A boundary is the start offset of a
body sentence after the first. Reports precision / recall / F1 of boundaries per split:
documents sorted by id, the first half of each genre "dev" (may be looked at when
tuning rules), the second half "test" (held out: never looked at while tuning).

Usage: python3 scripts/eval_sentences.py [--cli build/native/newsfacts] [--show N]
"""
import argparse
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
GUM = ROOT.parent / "shared" / "corpus" / "gum"


def evaluate(cli, docs, show, punctuated):
    tp = fp = fn = 0
    shown = 0
    for d in docs:
        text = d["text"]
        first_nl = text.find("\n")
        second_nl = text.find("\n", first_nl + 1)
        body_start = second_nl + 1
        # Same length as the original: offsets keep their meaning.
        joined = text[:body_start] + text[body_start:].replace("\n", " ")
        gold = {s["start"] for s in d["sentences"] if s["start"] > body_start}
        if punctuated:
            # Only boundaries a splitter can see: the previous sentence ends in . ! ? or …,
            # possibly followed by closing quotes or brackets.
            ends = {s["start"]: text[:s["start"]].rstrip() for s in d["sentences"]}
            gold = {g for g in gold if ends[g].rstrip("\"'\u201d\u2019)]").endswith((".", "!", "?", "\u2026"))}
        out = subprocess.run([cli, "--offsets", "codepoint", "--date", d["dct"]],
                             input=joined.encode("utf-8"), capture_output=True, check=True)
        r = json.loads(out.stdout)
        pred = {s["start"] for s in r["sentences"] if s["start"] > body_start}
        if punctuated:
            pred = {x for x in pred if x in gold or joined[:x].rstrip().rstrip("\"'\u201d\u2019)]").endswith((".", "!", "?", "\u2026"))}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if show and shown < show:
            for off in sorted((pred - gold) | (gold - pred)):
                kind = "extra" if off in pred else "missed"
                print(f"  {d['doc_id']} {kind}: ...{joined[max(0, off - 50):off]!r} | {joined[off:off + 30]!r}")
                shown += 1
                if shown >= show:
                    break
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return tp, fp, fn, p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    ap.add_argument("--show", type=int, default=0, help="print up to N errors (dev only)")
    args = ap.parse_args()
    if not GUM.exists():
        print("no ../shared/corpus/gum here: nothing to measure")
        return 0
    for punctuated in (False, True):
        print("all boundaries (a sentence with no final stop must be found mid-paragraph)" if not punctuated
              else "boundaries after . ! ? … (the previous sentence ends in terminal punctuation)")
        report(args, punctuated)
    return 0


def report(args, punctuated):
    print(f"{'set':24} {'docs':>4} {'bounds':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for genre in ("news", "interview"):
        docs = sorted((json.loads(l) for l in open(GUM / f"gum_{genre}.jsonl", encoding="utf-8")),
                      key=lambda d: d["doc_id"])
        half = len(docs) // 2
        for split, part in (("dev", docs[:half]), ("test", docs[half:])):
            tp, fp, fn, p, r, f = evaluate(args.cli, part, args.show if split == "dev" else 0, punctuated)
            print(f"{'gum_' + genre + ' ' + split:24} {len(part):4} {tp + fn:6} {p:6.3f} {r:6.3f} {f:6.3f}")


if __name__ == "__main__":
    sys.exit(main())
