#!/usr/bin/env python3
"""Entity recognition through the whole product, scored as conlleval scores it.

Token-per-line files: `token<TAB>tag` or CoNLL-2003 columns (`token POS chunk tag`, the
tag is the last column), IOB1 or IOB2, blank lines between sentences, `-DOCSTART-`
between documents. The text is rebuilt from the tokens (one sentence a line, spaces
between tokens except where English punctuation attaches), run through the CLI, and each
entity mention is mapped back to the tokens it overlaps. Score: entity-level exact span
and type; precision, recall and F1 per type and micro over PER/ORG/LOC (gold MISC and our
`group` entities are outside the micro figure, as they are outside the targets).

Files without `-DOCSTART-` are cut into documents of 20 sentences, so that what the
pipeline does across a document (one type per name) works on them as on an article.

`gum` instead of a file scores GUM's news documents (../shared/corpus/gum/gum_news.jsonl)
by their named person, organization and place mentions: GUM's spans are whole noun phrases
("Afghan Ambassador to the United States Hamdullah Mohib"), so a gold mention counts as
found when a mention of ours of the same type lies inside it and ends where it ends or
at its last capitalised word (a head match; one of ours per gold). 20 of the 24
documents are in gum_permissive_train, which the tagger trains on: rows are printed per
split the document sits in (found by its text), and only dev and test are a measure.
`--show` prints no error of a test-split document nor of one any held-out set under tests/
uses (a `*_test*` file naming it), so that a held-out document never shows through.

`--conll` maps the gold spans of a file to the convention the product keeps (CoNLL-2003's,
as `normalise`/`conventions` in tools/train_ner.cpp map the training sets): titles of
data/title_words.txt come off the front of a person ("Professor Eastman" -> "Eastman",
GUM's convention), a title alone is no name ("the Secretary"), and a nationality word alone
("Americans", data/gaz_demonyms.txt) is no PER/ORG/LOC. It measures what the convention
costs; the figures without it are the ones to compare across sessions (scripts/heldout).

Usage: python3 scripts/eval_ner.py FILE... | gum  [--cli PATH] [--show N] [--conll]
"""
import argparse
import bisect
import collections
import json
import pathlib
import re
import sys

from cli_jsonl import run_jsonl

ROOT = pathlib.Path(__file__).resolve().parent.parent
TYPES = {"person": "PER", "organization": "ORG", "location": "LOC", "group": "GROUP"}
MICRO = ("PER", "ORG", "LOC")
NO_SPACE_BEFORE = {".", ",", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}


def read_tokens(path):
    """Documents of sentences of (token, tag) with IOB2 tags."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    for raw in lines:
        line = raw.rstrip("\r\n")
        if not line.strip():
            if sent:
                doc.append(sent)
                sent = []
            continue
        cols = line.split("\t") if "\t" in line else line.split()
        if cols[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
                doc = []
            continue
        sent.append((cols[0], cols[-1] if len(cols) > 1 else "O"))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    if len(docs) == 1:  # no document marks: documents of 20 sentences
        docs = [docs[0][i:i + 20] for i in range(0, len(docs[0]), 20)]
    for doc in docs:
        for s in doc:
            s[:] = to_iob2(s)
    return docs


def to_iob2(sent):
    out, prev = [], "O"
    for tok, tag in sent:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        if not re.match(r"^[BI]-", tag):
            tag = "O"
        out.append((tok, tag))
        prev = tag
    return out


def spans_of(tags):
    """[(first, end, type)] of IOB2 tags."""
    out, i = [], 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            t, j = tags[i][2:], i + 1
            while j < len(tags) and tags[j] == "I-" + t:
                j += 1
            out.append((i, j, t))
            i = j
        else:
            i += 1
    return out


def rebuild(doc):
    """The document's text and each token's (start, end) in code points."""
    text, offsets = [], []
    at = 0
    for si, sent in enumerate(doc):
        if si:
            text.append("\n")
            at += 1
        for ti, (tok, _) in enumerate(sent):
            if ti and tok not in NO_SPACE_BEFORE and sent[ti - 1][0] not in NO_SPACE_AFTER:
                text.append(" ")
                at += 1
            offsets.append((at, at + len(tok)))
            text.append(tok)
            at += len(tok)
    return "".join(text), offsets


def run_cli(cli, texts):
    found = run_jsonl(cli, [(i, t, None) for i, t in enumerate(texts)])
    return [found[str(i)] for i in range(len(texts))]


def mentions(result):
    """[(start, end, TYPE)] in code points (run_cli asks for code-point offsets)."""
    out = []
    for e in result.get("entities", []):
        t = TYPES.get(e.get("type"))
        if t and not e.get("unnamed"):  # "a Hamas official" is a source, not a name
            out += [(m["start"], m["end"], t) for m in e.get("mentions", [])]
    return out


class Score:
    def __init__(self):
        self.c = collections.defaultdict(lambda: [0, 0, 0])  # type -> tp, fp, fn

    def add(self, gold, pred):
        gold, pred = set(gold), set(pred)
        for p in pred:
            self.c[p[-1]][0 if p in gold else 1] += 1
        for g in gold - pred:
            self.c[g[-1]][2] += 1

    @staticmethod
    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def micro(self):
        tp, fp, fn = (sum(self.c[t][k] for t in MICRO) for k in range(3))
        return self.prf(tp, fp, fn)

    def line(self, name):
        p, r, f = self.micro()
        per = " ".join(f"{t} {self.prf(*self.c[t])[2]:.3f}" for t in MICRO)
        gold = sum(self.c[t][0] + self.c[t][2] for t in MICRO)
        return f"{name:32} P {p:.3f} R {r:.3f} F1 {f:.3f} | {per} | gold {gold}"


def read_lexicon(name):
    """The forms of a data/ lexicon, lower-cased (canonical: value files: the forms only)."""
    forms, value = set(), False
    for line in open(ROOT / "data" / name, encoding="utf-8"):
        line = line.strip()
        if line.startswith("# canonical: value"):
            value = True
        if not line or line.startswith("#"):
            continue
        parts = line.split("|")
        forms.update(p.lower() for p in (parts[1:] if value else parts))
    return forms


def conll_gold(toks, spans):
    """Gold spans mapped to the product's convention (see --conll above)."""
    titles, demonyms = read_lexicon("title_words.txt"), read_lexicon("gaz_demonyms.txt")
    out = []
    for a, b, t in spans:
        if t == "PER":
            while a < b:
                best = 0
                for k in range(a, min(b, a + 4)):
                    cand = " ".join(w for w in toks[a:k + 1] if w != ".").replace(" - ", "-").lower()
                    if cand in titles or cand.rstrip(".") in titles:
                        best = k - a + 1
                if not best:
                    break
                a += best
                if a < b and toks[a] == ".":
                    a += 1
            if a == b:
                continue  # a title alone
        if b == a + 1 and toks[a].lower() in demonyms and t in MICRO:
            continue  # a nationality word alone
        out.append((a, b, t))
    return out


def eval_file(path, cli, show, conll=False):
    docs = read_tokens(path)
    built = [rebuild(d) for d in docs]
    results = run_cli(cli, [t for t, _ in built])
    score, shown = Score(), 0
    for doc, (text, offs), res in zip(docs, built, results):
        tags = [tag for s in doc for _, tag in s]
        toks = [tok for s in doc for tok, _ in s]
        gold = [(a, b, t) for a, b, t in spans_of(tags) if t in MICRO]
        if conll:
            gold = conll_gold(toks, gold)
        pred = set()
        ends = [e for _, e in offs]
        for ms, me, t in mentions(res):
            first = bisect.bisect_right(ends, ms)  # first token ending after the mention starts
            last = first
            while last < len(offs) and offs[last][0] < me:
                last += 1
            if last > first and t in MICRO:
                pred.add((first, last, t))
        score.add(gold, pred)
        if shown < show:
            for g in sorted(set(gold) ^ pred):
                kind = "missed" if g in gold else "extra "
                print(f"  {kind} {g[2]} {' '.join(toks[g[0]:g[1]])!r}  | {' '.join(toks[max(0, g[0] - 5):g[1] + 5])}")
                shown += 1
    return score


def gum_split(docs):
    """doc_id -> the gum_permissive split that holds its text ("?" if none does)."""
    ner = ROOT.parent / "shared" / "corpus" / "ner"
    joined = {sp: " ".join(l.split("\t")[0] for l in open(ner / f"gum_permissive_{sp}.iob2", encoding="utf-8") if "\t" in l)
              for sp in ("train", "dev", "test")}
    out = {}
    for d in docs:
        probes = [" ".join(ln.split()[:6]) for ln in d["text"].split("\n")[2:8] if len(ln.split()) >= 6]
        out[d["doc_id"]] = next((sp for sp, t in joined.items() for pr in probes if pr in t), "?")
    return out


def held_out_gum_ids():
    """GUM documents some held-out set of the project uses (a file under tests/ whose path
    holds "_test"): their errors are never printed, whatever their NER split."""
    ids = set()
    for p in (ROOT / "tests").rglob("*"):
        if p.is_file() and "_test" in str(p.relative_to(ROOT)):
            ids |= set(re.findall(r"GUM_(?:news|interview)_[a-z0-9]+", p.name))
            ids |= set(re.findall(r"GUM_(?:news|interview)_[a-z0-9]+", p.read_text(encoding="utf-8", errors="ignore")))
    return ids


def eval_gum(cli, show):
    path = ROOT.parent / "shared" / "corpus" / "gum" / "gum_news.jsonl"
    docs = [json.loads(l) for l in open(path, encoding="utf-8")]
    results = run_cli(cli, [d["text"] for d in docs])
    split = gum_split(docs)
    held_out = held_out_gum_ids()
    gtypes = {"person": "PER", "organization": "ORG", "place": "LOC"}
    scores, shown = collections.defaultdict(Score), 0
    links = collections.defaultdict(lambda: [0, 0, 0])  # split -> people with 2+ found mentions, split, merged
    for d, res in zip(docs, results):
        score = scores[split[d["doc_id"]]]
        entity_of = {(m["start"], m["end"]): e["id"] for e in res.get("entities", []) for m in e.get("mentions", [])}
        text = d["text"]
        gold = [(e["start"], e["end"], gtypes[e["etype"]]) for e in d["entities"]
                if e.get("named") and e["etype"] in gtypes]
        # Nested named mentions ("Washington" inside "Washington D.C."): the outer one.
        gold = [g for g in gold if not any(o != g and o[0] <= g[0] and g[1] <= o[1] for o in gold)]
        pred = sorted({p for p in mentions(res) if p[2] in MICRO})
        used, tp_pairs = set(), []
        for g in gold:
            words = list(re.finditer(r"\S+", text[g[0]:g[1]]))
            caps = [g[0] + m.end() for m in words if m.group()[0].isupper()]
            ends = {g[1]} | ({caps[-1]} if caps else set())
            hit = next((p for p in pred if p not in used and p[2] == g[2] and g[0] <= p[0] and p[1] <= g[1]
                        and (p[1] in ends or text[p[1]:g[1]].strip(" .,'\")") == "")), None)
            if hit:
                used.add(hit)
                tp_pairs.append((g, hit))
        hits = {g for g, _ in tp_pairs}
        # One person, one entity: GUM's identity (Wikipedia name) of each found person mention.
        identity = {(e["start"], e["end"]): e["identity"] for e in d["entities"]
                    if e.get("named") and e["etype"] == "person" and e.get("identity")}
        ours_of = collections.defaultdict(set)  # identity -> our entity ids
        for g, p in tp_pairs:
            if g[2] == "PER" and (g[0], g[1]) in identity:
                ours_of[identity[(g[0], g[1])]].add(entity_of.get((p[0], p[1])))
        people = {i: ids for i, ids in ours_of.items()
                  if sum(1 for g, _ in tp_pairs if identity.get((g[0], g[1])) == i) >= 2}
        owners = collections.Counter(x for ids in ours_of.values() for x in ids)
        row = links[split[d["doc_id"]]]
        row[0] += len(people)
        row[1] += sum(1 for ids in people.values() if len(ids) > 1)
        row[2] += sum(1 for ids in ours_of.values() if any(owners[x] > 1 for x in ids))
        # Score with matched predictions standing in for their gold spans.
        score.add(gold, [g for g, _ in tp_pairs] + [p for p in pred if p not in used])
        if shown < show and split[d["doc_id"]] != "test" and d["doc_id"] not in held_out:
            for g in gold:
                if g not in hits:
                    print(f"  missed {g[2]} {text[g[0]:g[1]]!r}")
                    shown += 1
            for p in pred:
                if p not in used:
                    print(f"  extra  {p[2]} {text[p[0]:p[1]]!r}")
                    shown += 1
    eval_gum.links = links
    return scores


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--conll", action="store_true", help="gold mapped to the product's convention")
    args = ap.parse_args()
    for f in args.files:
        if f == "gum":
            for sp, sc in sorted(eval_gum(args.cli, args.show).items()):
                print(sc.line(f"gum_news {sp} (head match)"))
            for sp, (n, split_, merged) in sorted(eval_gum.links.items()):
                print(f"gum_news {sp} person links: {n} people with 2+ found mentions, {split_} split over "
                      f"entities ({split_ / n if n else 0:.1%}); {merged} people sharing an entity with another")
        else:
            name = pathlib.Path(f).name + (" (--conll)" if args.conll else "")
            print(eval_file(f, args.cli, args.show, args.conll).line(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
