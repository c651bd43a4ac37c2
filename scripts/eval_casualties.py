#!/usr/bin/env python3
"""Casualty figures against hand-annotated paragraphs.

Input: JSON lines {"id"?, "text", "date"?, "killed": N|null, "wounded": N|null}, the
figures a careful ACLED-style coder writes for the paragraph (null: the text gives no
figure). The extractor's figure for a paragraph is the killed (wounded) value of its
first casualty record that is not a cumulative toll, else of its first cumulative one,
else null.

Measures, per figure: exact-match accuracy over all lines (a null must meet a null), and
"invented": predicted figures that appear nowhere in the text (as digits, a number word,
a vague count word such as "dozens", or a number written with words and scale words:
"eight million", "1.2 million", "two dozen", "half a dozen", "one hundred and twenty"). ACLED's rule: no number in the text, no number
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


SMALL = {w: i for i, w in enumerate(ONES)}
SMALL.update({w: 10 * i for i, w in enumerate(TENS) if w})
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
# A number followed by a scale word is part of a larger number: "eight" in "eight million"
# does not stand for 8.
NOT_SCALED = r"(?![\s-]*(?:hundred|thousand|million|billion|dozen)s?\b)"
NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+")


def written_numbers(text):
    """Values of the numbers written with words or scale words: "eight million" 8000000,
    "1.2 million" 1200000, "two dozen" 24, "half a dozen" 6, "a dozen" 12, "one hundred and
    twenty" 120, "twenty-one" 21, "3 thousand" 3000. One value per run of number words."""
    toks = NUMBER_TOKEN.findall(text.lower())
    values = set()
    i, n = 0, len(toks)
    while i < n:
        total, cur, seen, j = 0, None, False, i
        while j < n:
            t = toks[j]
            if t[0].isdigit() and cur is None and not seen:
                try:
                    cur = float(t.replace(",", ""))
                except ValueError:
                    break
                seen = True
            elif t in SMALL and (cur is None or cur == 0 and seen or                 # "million twenty"
                                 (cur % 100 == 0 and cur > 0 and SMALL[t] < 100) or   # "hundred and five"
                                 (cur % 100 in range(20, 100, 10) and SMALL[t] < 10)):  # "twenty-one"
                cur = (cur or 0) + SMALL[t]
                seen = True
            elif t in ("a", "an") and j + 1 < n and (toks[j + 1] in SCALES or toks[j + 1] == "dozen") and cur is None:
                cur = 1
            elif t == "half" and cur is None and j + 2 < n and toks[j + 1] == "a" and toks[j + 2] == "dozen":
                values.add(6)
                j += 3
                seen = False
                break
            elif t == "dozen" and cur is not None:
                cur *= 12
                seen = True
            elif t == "hundred" and cur is not None and cur < 100:
                cur *= 100
                seen = True
            elif t in SCALES and t != "hundred" and cur is not None:
                total += cur * SCALES[t]
                cur = 0
                seen = True
            elif t == "and" and seen and cur is not None and j + 1 < n and toks[j + 1] in SMALL and (total or cur >= 100):
                pass
            else:
                break
            j += 1
        if seen:
            v = total + (cur or 0)
            values.add(int(v) if float(v).is_integer() else v)
        i = max(j, i + 1)
    return values


def figure_in_text(value, text):
    """True if the number appears in the text in some written form."""
    if value is None:
        return True
    low = text.lower()
    v = int(value) if float(value).is_integer() else value
    digits = re.sub(r"[,\s]", "", low)
    if isinstance(v, int):
        for form in (str(v), f"{v:,}"):
            if re.search(r"(?<![\d.])" + re.escape(form) + r"(?![\d])" + NOT_SCALED, low):
                return True
        if str(v) in digits and v >= 1000:
            return True
    else:
        if str(v) in low:
            return True
    if v in written_numbers(text):
        return True
    for w in WORDS.get(v, []) + number_words(v):
        if re.search(r"\b" + re.escape(w) + r"\b" + (NOT_SCALED if w not in ("a", "an") else ""), low):
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
