#!/usr/bin/env python3
"""Writes the texts of tests/quotes/pud_dev/ from ../shared's UNER PUD sentences.

Usage: python3 scripts/quotes_from_pud.py [OUTDIR [FIRST END [--quoted FILE]]]
  (default tests/quotes/pud_dev 0 250; tests/quotes/pud_dev2 is 250 500; tests/quotes/ewt_dev
  is 0 2001 --quoted uner_ewt_dev.iob2; tests/quotes/re3d_dev is 0 100 --from re3d_permissive.iob2)

--from FILE: every sentence FIRST..END-1 of ../shared/corpus/ner/FILE instead of PUD's, GROUP
to a text named FILE's stem and the first sentence's index (tests/quotes/re3d_dev is
0 100 --from re3d_permissive.iob2).

--quoted FILE: from ../shared/corpus/ner/FILE instead, only the sentences with a quotation
mark and those in gaps of at most two sentences between them (a quotation over several
sentences stays whole), in texts named FILE's stem and the first sentence's index.

../shared/corpus/ner/uner_pud_test.iob2 holds the 1,000 sentences of the Universal
Dependencies PUD treebank (the first 500 news, the rest Wikipedia; CC BY-SA 3.0), one
token a line. Its news sentences FIRST..END-1 are detokenised (quotation
marks joined to the words they enclose, "'s" and punctuation to the word before, " - "
between two words to a hyphen) and written GROUP to a file, one sentence a paragraph,
after a first line that names them (the headline): OUTDIR/pud_NNN.txt, NNN the first
sentence's index. The attributions are written by hand in tests/quotes/pud_dev.txt and
turned into brat by scripts/brat_from_lines.py, which finds these texts in OUTDIR.
"""
import pathlib
import sys

from eval_ner import read_tokens

ROOT = pathlib.Path(__file__).resolve().parent.parent
PUD = ROOT.parent / "shared" / "corpus" / "ner" / "uner_pud_test.iob2"
FIRST, END, GROUP = 0, 250, 25

NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "%", "'s", "’s", "n't", "n’t", "'re", "’re", "'ll", "’ll",
                   "'ve", "’ve", "'m", "’m", "'d", "’d", "”"}


def sentences(path=None):
    """The corpus's sentences as token lists (eval_ner's reader, documents flattened)."""
    return [[token for token, _ in sent] for doc in read_tokens(path or PUD) for sent in doc]


def detokenise(tokens, straight_open=False, state=None):
    """state: a list that receives whether a straight mark is left open at the end."""
    s, glue = "", False
    for i, t in enumerate(tokens):
        if t == '"':
            if straight_open:
                s += t
            else:
                s += (" " if s else "") + t
                glue = True
            straight_open = not straight_open
            continue
        if t == "“":
            s += (" " if s else "") + t
            glue = True
            continue
        if t == "-" and 0 < i < len(tokens) - 1 and tokens[i - 1][-1:].isalnum() and tokens[i + 1][:1].isalnum():
            s += t
            glue = True
            continue
        if s and not glue and t not in NO_SPACE_BEFORE and not s.endswith("("):
            s += " "
        s += t
        glue = False
    if state is not None:
        state.append(straight_open)
    return s


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "quotes" / "pud_dev"
    first, end = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (FIRST, END)
    out.mkdir(parents=True, exist_ok=True)
    if "--quoted" in sys.argv:
        name = sys.argv[sys.argv.index("--quoted") + 1]
        sents = sentences(PUD.with_name(name))[first:end]
        marked = [i for i, s in enumerate(sents) if any(m in s for m in ('"', "“", "”"))]
        keep = set(marked)
        for a, b in zip(marked, marked[1:]):
            if b - a <= 3:
                keep.update(range(a, b))
        keep = sorted(keep)
        stem = pathlib.Path(name).stem
        groups, cur = [], []
        for i in keep:  # about GROUP sentences a text, cut where the sentences are not consecutive
            if cur and len(cur) >= GROUP and i != cur[-1] + 1:
                groups.append(cur)
                cur = []
            cur.append(i)
        groups.append(cur)
        for idx in groups:
            lines = [f"{stem} sentences {idx[0] + first} to {idx[-1] + first}"]
            # a straight mark left open carries over to the next sentence when it follows
            open_, prev = False, None
            for i in idx:
                state = []
                lines.append(detokenise(sents[i], open_ if prev == i - 1 else False, state))
                open_, prev = state[0], i
            (out / f"{stem}_{idx[0] + first:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(groups)} texts, {len(keep)} sentences -> {out}")
        return
    name = sys.argv[sys.argv.index("--from") + 1] if "--from" in sys.argv else None
    sents = sentences(PUD.with_name(name) if name else None)
    stem, label = (pathlib.Path(name).stem, pathlib.Path(name).stem) if name else ("pud", "PUD news")
    for g in range(first, end, GROUP):
        lines = [f"{label} sentences {g} to {min(g + GROUP, end) - 1}"]
        lines += [detokenise(s) for s in sents[g:min(g + GROUP, end)]]
        (out / f"{stem}_{g:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{(end - first + GROUP - 1) // GROUP} texts -> {out}")


if __name__ == "__main__":
    main()
