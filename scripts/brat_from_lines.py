#!/usr/bin/env python3
"""Writes brat standoff attribution files from attributions written by hand as text.

Usage: python3 scripts/brat_from_lines.py ANNOTATIONS.txt OUTDIR

The annotation file is for people: the attributions of each document written as the words
of the text, which this tool finds in the text and turns into offsets:

  = DOC_ID                      a GUM news document (../shared/corpus/gum/gum_news.jsonl),
                                or an OUTDIR/DOC_ID*.txt already there
  S: source words | C: cue words | Q: content words
  C: cue words | Q: content words          (no source: Attribution-no-source)
  # a comment

Content: the words as they stand; "A ... B" is two pieces (a content broken by its
sign-off), "A ~~ B" one piece from A's start to B's end (a quote over several lines).
The content is looked for from the start of the previous attribution's content on
(write them in the order their contents appear), then anywhere; the source and cue are
the occurrences nearest the content; "S: [Heald] noted" picks the "Heald" of the "Heald
noted" nearest the content, where a bare "Heald" would be another. A string that is not in the text stops the tool.
A GUM text's clitics are joined to their word ("Mecca 's" -> "Mecca's", in the text and
in the annotation alike), as news prints them. Writes OUTDIR/DOC_ID_YYYY-MM-DD.txt (the text) and .ann (T Source/Cue/Content, T and E
Attribution or Attribution-no-source), the format `scripts/eval quotes OUTDIR` reads.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
GUM = ROOT.parent / "shared" / "corpus" / "gum" / "gum_news.jsonl"


GUM_CLITICS = re.compile(r" (['’](?:s|ll|re|ve|m|d)|n't)\b")


def detokenise(s):
    """GUM writes clitics as tokens ("Mecca 's", "I 'll"); news text has "Mecca's"."""
    return GUM_CLITICS.sub(r"\1", s)


def occurrences(text, s):
    """Where s stands in text as whole words ("he" is not found inside "the")."""
    out, i = [], text.find(s)
    while i >= 0:
        j = i + len(s)
        if not (s[0].isalnum() and i > 0 and text[i - 1].isalnum()) and \
                not (s[-1].isalnum() and j < len(text) and text[j].isalnum()):
            out.append(i)
        i = text.find(s, i + 1)
    return out


def locate_content(text, field, cursor, where):
    pieces = []
    if " ~~ " in field:
        a, b = field.split(" ~~ ")
        starts = [i for i in occurrences(text, a) if i >= cursor] or occurrences(text, a)
        if not starts:
            sys.exit(f"{where}: {a!r} is not in the text")
        s = starts[0]
        e = text.find(b, s)
        if e < 0:
            sys.exit(f"{where}: {b!r} is not after {a!r}")
        return [(s, e + len(b))]
    pos = cursor
    for piece in field.split(" ... "):
        starts = [i for i in occurrences(text, piece) if i >= pos] or occurrences(text, piece)
        if not starts:
            sys.exit(f"{where}: {piece!r} is not in the text")
        pieces.append((starts[0], starts[0] + len(piece)))
        pos = starts[0] + len(piece)
    return pieces


def nearest(text, s, spans, where):
    """The occurrence of s nearest the content spans. "[Heald] noted": the occurrence of
    "Heald noted" nearest them, and of it only the bracketed words."""
    inner = None
    if "[" in s and "]" in s.split("[", 1)[1]:
        before, rest = s.split("[", 1)
        inner, after = rest.split("]", 1)
        s = before + inner + after
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    found = occurrences(text, s)
    if not found:
        sys.exit(f"{where}: {s!r} is not in the text")
    def distance(i):
        j = i + len(s)
        return 0 if i < hi and lo < j else min(abs(i - hi), abs(lo - j))
    i = min(found, key=distance)
    if inner is not None:
        i += len(before)
        return (i, i + len(inner))
    return (i, i + len(s))


def write(outdir, stem, text, rows):
    (outdir / f"{stem}.txt").write_text(text, encoding="utf-8")
    lines, t, e, cursor = [], 0, 0, 0
    for where, fields in rows:
        content = locate_content(text, fields["Q"], cursor, where)
        cursor = content[0][0]
        cue = nearest(text, fields["C"], content, where)
        ids = {}
        for role, spans in (("Source", [nearest(text, fields["S"], content, where)] if "S" in fields else None),
                            ("Cue", [cue]), ("Content", content)):
            if spans is None:
                continue
            t += 1
            ids[role] = f"T{t}"
            where_text = " ".join(text[a:b] for a, b in spans).replace("\n", " ")
            lines.append(f"T{t}\t{role} {';'.join(f'{a} {b}' for a, b in spans)}\t{where_text}")
        kind = "Attribution" if "Source" in ids else "Attribution-no-source"
        t += 1
        e += 1
        lines.append(f"T{t}\t{kind} {cue[0]} {cue[1]}\t{text[cue[0]:cue[1]]}")
        args = " ".join(f"{role}:{ids[role]}" for role in ("Content", "Cue", "Source") if role in ids)
        lines.append(f"E{e}\t{kind}:T{t} {args}")
    (outdir / f"{stem}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def gum_documents():
    """GUM news and interviews by doc_id ({} without ../shared)."""
    docs = {}
    for path in (GUM, GUM.with_name("gum_interview.jsonl")):
        if path.exists():
            docs.update((d["doc_id"], d) for d in map(json.loads, path.open(encoding="utf-8")))
    return docs


def read_blocks(src):
    """An annotation file -> [(doc_id, [(where, line)])]: '= DOC_ID' opens a document, '#'
    lines and blank lines are skipped; `where` is 'file:line' for messages."""
    docs = []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        where = f"{src}:{n}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("= "):
            docs.append((line[2:].strip(), []))
        elif not docs:
            sys.exit(f"{where}: an annotation before the first '= DOC_ID' line")
        else:
            docs[-1][1].append((where, line))
    return docs


def parse_fields(line, where):
    """'S: ... | C: ... | Q: ...' -> {"S", "C", "Q"} (S optional), GUM clitics joined."""
    fields = {}
    for part in line.split(" | "):
        key, sep, value = part.partition(": ")
        if not sep or key not in ("S", "C", "Q"):
            sys.exit(f"{where}: expected 'S: ... | C: ... | Q: ...', got {part!r}")
        fields[key] = detokenise(value)
    if "C" not in fields or "Q" not in fields:
        sys.exit(f"{where}: an attribution needs C: and Q:")
    return fields


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, outdir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    gum = gum_documents()
    docs = [(doc_id, [(where, parse_fields(line, where)) for where, line in lines])
            for doc_id, lines in read_blocks(src)]
    for doc_id, rows in docs:
        have = sorted(outdir.glob(f"{doc_id}*.txt"))
        if doc_id in gum:
            date = gum[doc_id].get("dct")
            stem, text = (f"{doc_id}_{date}" if date else doc_id), detokenise(gum[doc_id]["text"])
        elif have:
            stem, text = have[0].stem, have[0].read_text(encoding="utf-8")
        else:
            sys.exit(f"{doc_id}: no such GUM document and no {outdir}/{doc_id}*.txt")
        write(outdir, stem, text, rows)
    print(f"{len(docs)} documents, {sum(len(r) for _, r in docs)} attributions -> {outdir}")


if __name__ == "__main__":
    main()
