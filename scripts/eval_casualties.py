#!/usr/bin/env python3
"""Casualty figures against hand-annotated paragraphs.

Input: JSON lines {"id"?, "text", "date"?, "killed": N|null, "wounded": N|null}, the
figures a careful ACLED-style coder writes for the paragraph (null: the text gives no
figure). The extractor's figure for a paragraph is the killed (wounded) value of its
first casualty record that is not a cumulative toll, else of its first cumulative one,
else null.

Measures, per figure: exact-match accuracy over all lines (a null must meet a null), and
"invented": predicted figures that appear nowhere in the text (as digits, a number word
or a vague count word such as "dozens"). ACLED's rule: no number in the text, no number
in the output.

Usage: python3 scripts/eval_casualties.py FILE.jsonl... [--cli build/native/newsfacts] [--show N]
"""
import argparse
import json
import pathlib
import re
import sys

from cli_jsonl import run_jsonl

ROOT = pathlib.Path(__file__).resolve().parent.parent

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# Other ways of writing a number: vague counts at ACLED's values, "a", "no one" ...
WORDS = {0: ["no", "none", "nobody", "no one"], 1: ["a", "an"], 10: ["tens"], 12: ["dozen", "dozens"],
         20: ["scores"], 100: ["hundred", "hundreds"], 1000: ["thousand", "thousands"],
         10000: ["tens of thousands"], 100000: ["hundreds of thousands"]}


def number_words(v):
    """English spellings of an integer below 100 ("eighteen", "twenty-one", "twenty one")."""
    if not isinstance(v, int) or v < 0 or v >= 100:
        return []
    if v < 20:
        return [ONES[v]]
    t, o = divmod(v, 10)
    return [TENS[t]] if o == 0 else [f"{TENS[t]}-{ONES[o]}", f"{TENS[t]} {ONES[o]}"]


def figure_in_text(value, text):
    """True if the number appears in the text in some written form."""
    if value is None:
        return True
    low = text.lower()
    v = int(value) if float(value).is_integer() else value
    digits = re.sub(r"[,\s]", "", low)
    if isinstance(v, int):
        for form in (str(v), f"{v:,}"):
            if re.search(r"(?<![\d.])" + re.escape(form) + r"(?![\d])", low):
                return True
        if str(v) in digits and v >= 1000:
            return True
    else:
        if str(v) in low:
            return True
    for w in WORDS.get(v, []) + number_words(v):
        if re.search(r"\b" + re.escape(w) + r"\b", low):
            return True
    return False


def predicted(result, kind):
    """The first incident figure of the kind, else the first cumulative one."""
    records = result.get("casualties", [])
    for cumulative in (False, True):
        for c in records:
            if bool(c.get("cumulative")) == cumulative and c.get(kind):
                return c[kind]["value"]
    return None


def evaluate(lines, cli, show):
    found = run_jsonl(cli, [(i, l["text"], l.get("date")) for i, l in enumerate(lines)])
    results = {i: found[str(i)] for i in range(len(lines))}
    stats = {k: {"right": 0, "n": 0, "invented": 0, "predicted": 0} for k in ("killed", "wounded")}
    shown = 0
    for i, l in enumerate(lines):
        for kind in ("killed", "wounded"):
            gold = l.get(kind)
            got = predicted(results[i], kind)
            s = stats[kind]
            s["n"] += 1
            same = (gold is None and got is None) or (gold is not None and got is not None and float(gold) == float(got))
            s["right"] += same
            if got is not None:
                s["predicted"] += 1
                if not figure_in_text(got, l["text"]):
                    s["invented"] += 1
            if not same and shown < show:
                print(f"  {l.get('id', i)} {kind}: gold {gold} ours {got} | {l['text'][:140]}")
                shown += 1
    return stats


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    lines = []
    for f in args.files:
        lines += [json.loads(x) for x in open(f, encoding="utf-8") if x.strip()]
    stats = evaluate(lines, args.cli, args.show)
    print(f"{len(lines)} paragraphs")
    print(f"{'figure':8} {'exact':>7} {'right/n':>9} {'predicted':>9} {'invented':>8}")
    for kind, s in stats.items():
        acc = s["right"] / s["n"] if s["n"] else 0
        print(f"{kind:8} {acc:7.3f} {s['right']:>4}/{s['n']:<4} {s['predicted']:9} {s['invented']:8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
