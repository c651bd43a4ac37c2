#!/usr/bin/env python3
"""Writes TimeML files from time expressions written by hand as text.

Usage: python3 scripts/tml_from_lines.py ANNOTATIONS.txt OUTDIR

  = DOC_ID                        a GUM news document (../shared/corpus/gum/gum_news.jsonl)
  words | TYPE | VALUE [| mod]     one TIMEX3: its words as they stand, TimeML type
                                  (DATE, TIME, DURATION, SET) and value (and mod)
  ~ words                         no TIMEX3: moves the search past these words (a
                                  non-temporal use before a temporal one: "The future
                                  of the peace process" before "The future is peace")
  # a comment

Expressions are written in text order; each is looked for as whole words from the end
of the one before. GUM's tokenised clitics are joined first ("Mecca 's" -> "Mecca's"),
in the text and in the annotation alike. Writes OUTDIR/DOC_ID.tml: the document creation
time (GUM's dct) and the text with its TIMEX3 tags, the format `scripts/eval time tml`
reads. A string not found stops the tool.
"""
import pathlib
import sys
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from brat_from_lines import detokenise, gum_documents, occurrences, read_blocks  # noqa: E402

TYPES = ("DATE", "TIME", "DURATION", "SET")


def write(path, doc_id, text, dct, rows):
    out, pos = [], 0
    n = 0
    for where, words, typ, value, mod in rows:
        starts = [i for i in occurrences(text, words) if i >= pos]
        if not starts:
            sys.exit(f"{where}: {words!r} is not in the text after offset {pos}")
        a = starts[0]
        b = a + len(words)
        if typ is None:  # "~ words": skipped
            out.append(escape(text[pos:b]))
            pos = b
            continue
        n += 1
        attrs = f'tid="t{n}" type="{typ}" value={quoteattr(value)}'
        if mod:
            attrs += f' mod={quoteattr(mod)}'
        out.append(escape(text[pos:a]))
        out.append(f"<TIMEX3 {attrs}>{escape(text[a:b])}</TIMEX3>")
        pos = b
    out.append(escape(text[pos:]))
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<!-- {doc_id}: GUM news (Wikinews text, CC BY 2.5); TIMEX3 annotated by hand by the\n"
        "     developers, TimeML 1.2.1 conventions, from the text alone. -->\n"
        f"<DOCID>{escape(doc_id)}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        "<TEXT>" + "".join(out) + "</TEXT>\n</TimeML>\n", encoding="utf-8")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    src, outdir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    outdir.mkdir(parents=True, exist_ok=True)
    gum = gum_documents()
    docs = []
    for doc_id, lines in read_blocks(src):
        rows = []
        for where, line in lines:
            if line.startswith("~ "):
                rows.append((where, detokenise(line[2:].strip()), None, "", ""))
                continue
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) not in (3, 4) or parts[1] not in TYPES:
                sys.exit(f"{where}: expected 'words | TYPE | VALUE [| mod]'")
            rows.append((where, detokenise(parts[0]), parts[1], parts[2], parts[3] if len(parts) == 4 else ""))
        docs.append((doc_id, rows))
    for doc_id, rows in docs:
        if doc_id not in gum:
            sys.exit(f"{doc_id}: no such GUM document")
        d = gum[doc_id]
        write(outdir / f"{doc_id}.tml", doc_id, detokenise(d["text"]), d["dct"], rows)
    print(f"{len(docs)} documents, {sum(1 for _, r in docs for row in r if row[2])} TIMEX3 -> {outdir}")


if __name__ == "__main__":
    main()
