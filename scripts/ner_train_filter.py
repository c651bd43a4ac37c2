#!/usr/bin/env python3
"""Copies NER training files without the sentences of the project's held-out documents.

GUM's and re3d's NER files hold every sentence of their corpora, and the project's held-out
sets (tests/*/..._test...: entities, quotes, times, events, casualties) are documents of
the same corpora: a tagger trained on them would score its own training text there. This
writes each TRAIN.iob2 to OUT_DIR with those sentences left out.

  scripts/ner_train_filter.py OUT_DIR TRAIN.iob2...

A sentence is left out when at least half of its 8-word shingles (lower-cased words) occur
in a held-out text; a sentence of fewer than 8 words when its words occur in a row in a
held-out text and a sentence within 3 of it was left out for its shingles (the short
lines of the same document: headings, "Sources", bylines). Prints what it left out per file.
Reads the held-out files only to compare shingles; it never prints their text.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
WORD = re.compile(r"\w+")
K = 8


def words(text):
    return WORD.findall(text.lower())


def heldout_texts():
    """The text of every held-out document under tests/ (directories and files whose
    name has 'test' in it, the data sets only)."""
    out = []
    for sub in ("entities", "quotes", "timeml", "events", "casualties"):
        for p in sorted((ROOT / "tests" / sub).rglob("*")):
            rel = p.relative_to(ROOT / "tests" / sub)
            if "test" not in str(rel) or not p.is_file():
                continue
            if p.suffix == ".jsonl":
                for line in p.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        row = json.loads(line)
                        out.append(row.get("text", ""))
            elif p.suffix in (".txt", ".tml"):
                out.append(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))
    return out


def read_sentences(path):
    """(lines of the sentence, its words) for each sentence of a token<TAB>tag file."""
    sentences, cur = [], []
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sentences.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        sentences.append(cur)
    return [(s, words(" ".join(l.split("\t")[0] for l in s))) for s in sentences]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: scripts/ner_train_filter.py OUT_DIR TRAIN.iob2...")
    out_dir = pathlib.Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = [" ".join(words(t)) for t in heldout_texts()]
    shingles = set()
    for t in texts:
        w = t.split()
        shingles.update(" ".join(w[i:i + K]) for i in range(len(w) - K + 1))
    joined = " | ".join(" " + t + " " for t in texts)
    for path in sys.argv[2:]:
        sentences = read_sentences(path)
        drop = [False] * len(sentences)
        for i, (_, w) in enumerate(sentences):
            if len(w) >= K:
                sh = [" ".join(w[j:j + K]) for j in range(len(w) - K + 1)]
                drop[i] = 2 * sum(s in shingles for s in sh) >= len(sh)
        long_drop = list(drop)
        for i, (_, w) in enumerate(sentences):
            if 0 < len(w) < K and any(long_drop[max(0, i - 3):i + 4]):
                drop[i] = (" " + " ".join(w) + " ") in joined
        kept = [s for (s, _), d in zip(sentences, drop) if not d]
        name = pathlib.Path(path).name
        (out_dir / name).write_text("".join("\n".join(s) + "\n\n" for s in kept), encoding="utf-8")
        print(f"{name}: {len(sentences)} sentences, {sum(drop)} of held-out documents left out")


if __name__ == "__main__":
    main()
