#!/usr/bin/env python3
"""Writes a TimeML file from time expressions annotated by hand in the sentences of an NER
corpus in ../shared/corpus/ner: Universal NER's PUD (uner_pud_test.iob2: news and
Wikipedia sentences, CC BY-SA 3.0), with --re3d re3d (re3d_permissive.iob2: government
releases on Iraq and Syria), or with --crossner CrossNER's politics dev sentences. The text stays in ../shared; only the annotation
is in the project. With --own the sentences are the project's own, written in the
annotation file itself as "> N | sentence" lines (numbered 1, 2, ... in order).

Usage: python3 scripts/tml_from_pud.py [--re3d|--crossner|--own] ANNOTATIONS.txt OUT.tml

  # dct: YYYY-MM-DD                the reference date the values were written against
  # sentences: FIRST-LAST          the sentences annotated (1-based, in file order)
  N | words | TYPE | VALUE [| mod]  one TIMEX3 in sentence N, words as they stand in the
                                   detokenised sentence; rows in text order

The sentences are detokenised ("two - year - old" -> "two-year-old", "Clinton 's" ->
"Clinton's") and written one paragraph each after a dummy headline, so a relative
expression has its own sentence (not the one before it) as context. A row whose words
are not in its sentence stops the tool.
"""
import pathlib
import re
import sys
from xml.sax.saxutils import escape, quoteattr

NER = pathlib.Path(__file__).resolve().parent.parent.parent / "shared/corpus/ner"
CORPORA = {"pud": ("uner_pud_test.iob2", "UD English PUD", "CC BY-SA 3.0"),
           "re3d": ("re3d_permissive.iob2", "re3d", "public domain / OGL v3 / CC BY 3.0 AU"),
           "crossner": ("crossner_politics_dev.iob2", "CrossNER politics dev", "CC BY-SA (Wikipedia text)"),
           "own": (None, "the project's own news", "written for the project")}
JOIN_LEFT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|so|in|pro|co|non|anti|self|well|far|"
             r"deeply|first|third|low|high|long|short|mid|late|early)")
JOIN_RIGHT = (r"(?:old|long|year|month|week|day|based|like|only|up|off|out|fired|time|party|in|offset|capped|"
              r"tapper|nut|inmate|accentuating|altering|point|bore|chief)")


def sentences(corpus):
    out, cur = [], []
    for line in (NER / CORPORA[corpus][0]).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
        elif not line.startswith("#"):
            cur.append(line.split("\t")[0])
    if cur:
        out.append(cur)
    return out


def detokenise(tokens):
    s = " ".join(tokens)
    s = re.sub(r"(?<!\w)(" + JOIN_LEFT + r") - (?=\w)", r"\1-", s, flags=re.I)
    s = re.sub(r"(\w) - (" + JOIN_RIGHT + r")\b", r"\1-\2", s)
    s = re.sub(r" ([,.;:?!%)\]”])", r"\1", s)
    s = re.sub(r"([(\[“$£€]) ", r"\1", s)
    return re.sub(r" ([’']s|n[’']t|[’']re|[’']ve|[’']ll|[’']d|[’']m)\b", r"\1", s)


def main():
    args = sys.argv[1:]
    corpus = "pud"
    if args[:1] in (["--re3d"], ["--crossner"], ["--own"]):
        corpus, args = args[0][2:], args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    src, out = pathlib.Path(args[0]), pathlib.Path(args[1])
    dct, first, last, rows, own = None, None, None, [], []
    for n, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("> "):
            k, _, sentence = line[2:].partition(" | ")
            if int(k) != len(own) + 1:
                sys.exit(f"{src}:{n}: sentence {k} out of order")
            own.append(sentence.strip().split(" "))
        elif line.startswith("# dct:"):
            dct = line.split(":", 1)[1].strip()
        elif line.startswith("# sentences:"):
            first, last = (int(x) for x in line.split(":", 1)[1].strip().split("-"))
        elif line.strip() and not line.startswith("#"):
            parts = [p.strip() for p in line.split(" | ")]
            if len(parts) not in (4, 5):
                sys.exit(f"{src}:{n}: expected 'N | words | TYPE | VALUE [| mod]'")
            rows.append((n, int(parts[0]), parts[1], parts[2], parts[3], parts[4] if len(parts) == 5 else ""))
    if not dct or not first:
        sys.exit(f"{src}: needs '# dct:' and '# sentences:' lines")
    sents = own if corpus == "own" else sentences(corpus)
    text, starts = "x\n\n", {}
    for k in range(first, last + 1):
        starts[k] = len(text)
        text += detokenise(sents[k - 1]) + "\n\n"
    parts, pos = [], 0
    for tid, (n, k, words, typ, value, mod) in enumerate(rows, 1):
        if k not in starts:
            sys.exit(f"{src}:{n}: sentence {k} is outside {first}-{last}")
        end = starts[k] + len(detokenise(sents[k - 1]))
        m = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)").search(text, max(pos, starts[k]), end)
        if not m:
            sys.exit(f"{src}:{n}: {words!r} is not in sentence {k} after the row before")
        attrs = f'tid="t{tid}" type="{typ}" value={quoteattr(value)}' + (f" mod={quoteattr(mod)}" if mod else "")
        parts += [escape(text[pos:m.start()]), f"<TIMEX3 {attrs}>{escape(words)}</TIMEX3>"]
        pos = m.end()
    parts.append(escape(text[pos:]))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<!-- {CORPORA[corpus][1]} sentences {first}-{last} ({CORPORA[corpus][2]}); TIMEX3 annotated\n"
        "     by hand by the developers from the text alone, TimeML 1.2.1 conventions. -->\n"
        f"<DOCID>{corpus}_{first}_{last}</DOCID>\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>\n'
        "<TEXT>" + "".join(parts) + "</TEXT>\n</TimeML>\n", encoding="utf-8")
    print(f"sentences {first}-{last}, {len(rows)} TIMEX3 -> {out}")


if __name__ == "__main__":
    main()
