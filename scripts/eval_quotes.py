#!/usr/bin/env python3
"""Quotation and attribution evaluation: newsfacts' `quotes` against GUM, the seed and brat.

Usage (or through the dispatcher: scripts/eval quotes MODE ...):
  python3 scripts/eval_quotes.py gum [--show N] [--cli PATH]
  python3 scripts/eval_quotes.py seed [--show N] [--cli PATH]
  python3 scripts/eval_quotes.py DIR... [--show N] [--cli PATH]     (brat standoff)

DIR -- brat standoff attribution annotation as PolNeAR and PARC 3.0 (brat edition) use it:
every NAME.ann under DIR (searched recursively) with its text NAME.txt beside it, or, in
PolNeAR's layout (text/ and attributions/ side by side, the .ann named NAME_<annotator>),
../text/NAME.txt. A date YYYY-MM-DD in the file name is passed as the article date.
  .ann lines read: text-bound `T<n> TAB <Type> <start> <end>[;<start> <end>...] TAB text`
  (types Source, Cue, Content; others ignored) and events `E<n> TAB Attribution:T<k>
  Content:T<i> Cue:T<j> [Source:T<m>]` (trigger type Attribution or Attribution-no-source;
  a role may repeat as Cue2, Content2, ...). One event = one gold attribution, its content
  the union of its Content spans. Offsets are character (code point) offsets.
  Kinds: a gold attribution is DIRECT when its content's first non-space character is a
  quotation mark (PolNeAR keeps the marks inside Content); ours are direct when kind is
  direct or partial.
  Matching: gold and our attributions are paired one to one by content overlap (largest
  character overlap first); a pair needs at least one shared character.
  Rows: "direct" pairs gold direct attributions with our direct/partial quotes;
  "reported" pairs the other gold attributions (reported speech) with our indirect ones;
  "all" pairs every gold attribution with every quote of ours.
    recall     = paired gold / gold
    precision  = ours whose content overlaps ANY gold content of the row's gold set
                 (for "direct": any gold attribution, direct or not: a partial quote
                 inside reported speech is a real quote) / ours
    content exact = pairs whose spans are equal once spaces, punctuation and quotation
                 marks at either end are trimmed / pairs; content token F1 = mean over
                 pairs of the word-overlap F1 of the two contents (as PARC's soft score)
    speaker    = pairs whose gold has a Source where our speaker_span, or a mention of
                 our speaker entity, overlaps a gold Source span / pairs with a gold Source
    cue        = pairs whose our cue_span overlaps a gold Cue span / pairs with a gold Cue

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
mention), equals our speaker words (articles aside), or describes our unnamed source in
other words (see `unnamed_match`). Extra = our quotes matching no
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


def unnamed_match(gold, e, entities):
    """An unnamed source described in other words: "another senior Hamas official" is our
    unnamed "senior official from the Iran-backed Islamist group" tied to Hamas (same
    head word; every other gold word in its name or in an affiliation's name)."""
    if not e or not e.get("unnamed"):
        return False
    want = strip_article(gold).split()
    have = set(strip_article(e["name"]).split())
    for a in e.get("affiliations", []):
        if a in entities:
            have.update(norm(entities[a]["name"]).split())
    return bool(want) and want[-1] == strip_article(e["name"]).split()[-1] and all(w in have for w in want)


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
        ok = strip_article(g["speaker"]) in names or unnamed_match(g["speaker"], e, entities)
        speaker_ok += ok
        if not ok:
            print(f"  speaker: {g['start_words']!r}: gold {g['speaker']!r}, ours {q['speaker_text']!r}")
    extra = [q for i, q in enumerate(ours) if i not in used]
    for q in extra[:args.show]:
        print(f"  extra: {q['kind']} {q['text'][:60]!r} ({q['speaker_text']})")
    n = len(gold["quotes"])
    print(f"seed: {found}/{n} found, kind right {kind_ok}/{found}, speaker right {speaker_ok}/{found}, "
          f"extra {len(extra)} of {len(ours)} ours")


QUOTE_MARKS = "\"“”„‘’'«»‹›"


def parse_spans(field):
    """'33 47;50 60' -> [(33, 47), (50, 60)]"""
    spans = []
    for piece in field.split(";"):
        a, b = piece.split()
        spans.append((int(a), int(b)))
    return spans


def parse_ann(text):
    """brat .ann text -> [{"content": [(s, e)], "cue": [...], "source": [...]}]"""
    bound, events = {}, []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line[0] not in "TE":
            continue
        cols = line.split("\t")
        if line[0] == "T":
            if len(cols) < 2:
                raise ValueError(f"line {n}: a text-bound annotation needs an id, type and spans")
            kind, _, spans = cols[1].partition(" ")
            bound[cols[0]] = (kind, parse_spans(spans))
        else:
            args = cols[1].split() if len(cols) > 1 else []
            if not args:
                continue
            trigger = args[0].split(":")[0]
            if trigger not in ("Attribution", "Attribution-no-source"):
                continue
            roles = {"content": [], "cue": [], "source": []}
            for arg in args[1:]:
                role, _, ref = arg.partition(":")
                role = re.sub(r"\d+$", "", role).lower()
                if role in roles and ref in bound:
                    roles[role].extend(bound[ref][1])
            if roles["content"]:
                events.append(roles)
    return events


def find_text(ann):
    here = ann.with_suffix(".txt")
    if here.exists():
        return here
    stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
    for cand in (ann.parent / (stem + ".txt"), ann.parent.parent / "text" / (stem + ".txt")):
        if cand.exists():
            return cand
    return None


def brat_docs(dirs):
    docs = []
    for d in dirs:
        root = pathlib.Path(d)
        anns = sorted(root.rglob("*.ann")) if root.is_dir() else [root]
        if not anns:
            sys.exit(f"{d}: no .ann files")
        for ann in anns:
            txt = find_text(ann)
            if txt is None:
                print(f"warning: {ann}: no text file found; skipped", file=sys.stderr)
                continue
            m = re.search(r"\d{4}-\d{2}-\d{2}", ann.name)
            docs.append({"id": str(ann), "text": txt.read_text(encoding="utf-8"),
                         "date": m.group(0) if m else None,
                         "gold": parse_ann(ann.read_text(encoding="utf-8"))})
    return docs


def span_overlap(spans, s, e):
    return sum(max(0, min(b, e) - max(a, s)) for a, b in spans)


def trimmed(text, s, e):
    strip = " \t\n.,;:!?" + QUOTE_MARKS
    s, e = max(0, s), min(e, len(text))
    while s < e and text[s] in strip:
        s += 1
    while e > s and text[e - 1] in strip:
        e -= 1
    return s, e


def words(text, spans):
    return re.findall(r"\w+", " ".join(text[a:b] for a, b in spans).lower())


def token_f1(a, b):
    from collections import Counter
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def is_direct(text, spans):
    first = min(spans)[0]
    rest = text[first:max(b for _, b in spans)].lstrip()
    return bool(rest) and rest[0] in QUOTE_MARKS


def row_sets(text, gold_all, quotes):
    """The rows' (gold, ours): direct, reported (gold not direct, ours indirect), all."""
    direct = [g for g in gold_all if is_direct(text, g["content"])]
    return {"direct": (direct, [q for q in quotes if q["kind"] != "indirect"]),
            "reported": ([g for g in gold_all if g not in direct], [q for q in quotes if q["kind"] == "indirect"]),
            "all": (gold_all, quotes)}


def score_brat_row(doc, result, gold, ours, any_gold, counts, errors):
    entities = {e["id"]: e for e in result.get("entities", [])}
    text = doc["text"]
    counts["gold"] += len(gold)
    counts["ours"] += len(ours)
    counts["right"] += sum(1 for q in ours if any(span_overlap(g["content"], q["start"], q["end"]) for g in any_gold))
    pairs = sorted(((span_overlap(g["content"], q["start"], q["end"]), gi, qi)
                    for gi, g in enumerate(gold) for qi, q in enumerate(ours)), reverse=True)
    used_g, used_q = set(), set()
    for ov, gi, qi in pairs:
        if ov <= 0 or gi in used_g or qi in used_q:
            continue
        used_g.add(gi)
        used_q.add(qi)
        g, q = gold[gi], ours[qi]
        counts["found"] += 1
        gs = trimmed(text, min(g["content"])[0], max(b for _, b in g["content"]))
        counts["exact"] += gs == trimmed(text, q["start"], q["end"])
        counts["tokf1"] += token_f1(words(text, g["content"]), words(text, [(q["start"], q["end"])]))
        if g["source"]:
            counts["with_source"] += 1
            spans = []
            if q.get("speaker_span"):
                spans.append((q["speaker_span"]["start"], q["speaker_span"]["end"]))
            e = entities.get(q.get("speaker"))
            if e:
                spans.extend((m["start"], m["end"]) for m in e.get("mentions", []))
            ok = any(span_overlap(g["source"], a, b) for a, b in spans)
            counts["speaker"] += ok
            if not ok:
                src = " / ".join(text[a:b] for a, b in g["source"])
                errors.append(f"speaker: gold {src!r}, ours {q.get('speaker_text')!r}: {q['text'][:60]!r}")
        if g["cue"]:
            counts["with_cue"] += 1
            ok = bool(q.get("cue_span")) and span_overlap(g["cue"], q["cue_span"]["start"], q["cue_span"]["end"]) > 0
            counts["cue"] += ok
            if not ok:
                cue = " / ".join(text[a:b] for a, b in g["cue"])
                errors.append(f"cue: gold {cue!r}, ours {q.get('cue')!r}: {q['text'][:60]!r}")
    for gi, g in enumerate(gold):
        if gi not in used_g:
            errors.append(f"missed: {' ... '.join(text[a:b] for a, b in g['content'])[:100]!r}")
    for qi, q in enumerate(ours):
        if not any(span_overlap(g["content"], q["start"], q["end"]) for g in any_gold):
            errors.append(f"spurious {q['kind']}: {q['text'][:100]!r}")


def brat(args):
    docs = brat_docs(args.mode)
    results = run_jsonl(args.cli, [(d["id"], d["text"], d["date"]) for d in docs])
    keys = ("gold", "ours", "right", "found", "exact", "tokf1", "with_source", "speaker", "with_cue", "cue")
    rows = {name: dict.fromkeys(keys, 0) for name in ("direct", "reported", "all")}
    shown = 0
    for d in docs:
        result = results[d["id"]]
        quotes = result.get("quotes", [])
        gold_all = d["gold"]
        errors = []
        for name, (gold, ours) in row_sets(d["text"], gold_all, quotes).items():
            score_brat_row(d, result, gold, ours, gold_all, rows[name], errors if name == "all" else [])
        for e in errors:
            if shown < args.show:
                shown += 1
                print(f"  {pathlib.Path(d['id']).stem}: {e}", file=sys.stderr)
    print(f"{len(docs)} documents")
    print(f"{'row':8} {'gold':>5} {'ours':>5}   {'recall':>6} {'prec':>6} {'F1':>6}   "
          f"{'exact':>6} {'tokF1':>6}   {'speaker':>7} {'(n)':>5}   {'cue':>6} {'(n)':>5}")
    for name, c in rows.items():
        r = c["found"] / c["gold"] if c["gold"] else 0.0
        p = c["right"] / c["ours"] if c["ours"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ex = c["exact"] / c["found"] if c["found"] else 0.0
        tf = c["tokf1"] / c["found"] if c["found"] else 0.0
        sp = c["speaker"] / c["with_source"] if c["with_source"] else 0.0
        cu = c["cue"] / c["with_cue"] if c["with_cue"] else 0.0
        print(f"{name:8} {c['gold']:>5} {c['ours']:>5}   {r:6.3f} {p:6.3f} {f:6.3f}   {ex:6.3f} {tf:6.3f}"
              f"   {sp:7.3f} {c['with_source']:>5}   {cu:6.3f} {c['with_cue']:>5}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", nargs="+", help="gum, seed, or brat directories / .ann files")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    args = ap.parse_args()
    if args.mode == ["gum"]:
        gum(args)
    elif args.mode == ["seed"]:
        seed(args)
    else:
        brat(args)


if __name__ == "__main__":
    main()
