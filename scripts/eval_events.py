#!/usr/bin/env python3
"""Events against hand-coded fact files.

Input: fact files in the format of ../shared/corpus/seed/seed.gold.json (the text is the
.txt beside it: seed.gold.json -> seed.txt) or JSON lines with the text inline
({"id", "dct", "text", "events": [...]}). Each gold event: {"type", "date", "location",
"actors", "targets", "killed", "evidence_words"}; "type" is SPEC's subtype ("air/drone
strike") or type, with the seed's spellings "talks/negotiation" and "attack (on
civilians)" read as SPEC's "talks" and "attack".

A gold event matches one of ours of the same type that mentions the gold evidence's
sentence (any of our event's mentions), or failing that agrees with it on two of date,
place and toll; each of ours matches at most one gold event (best agreement first; at equal
agreement, ours with a mention inside the gold evidence words first).
Reported: precision, recall and F1 of events, and over matched events the accuracy of
date, location, fatalities and actors (the set of names, each compared with the names
and mentions of our entity), target recall (gold targets that name an entity), and the
events without a trigger or evidence (must be 0).

Usage: python3 scripts/eval_events.py seed|FILE... [--cli build/native/newsfacts] [--show N]
"""
import argparse
import json
import pathlib
import sys

from cli_jsonl import run_jsonl

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "seed.gold.json"
ALIASES = {"talks/negotiation": "talks", "attack (on civilians)": "attack"}


def norm_type(t):
    t = (t or "").strip().lower()
    return ALIASES.get(t, t)


def norm_name(s):
    s = (s or "").strip().lower().replace("\u2019", "'")
    for art in ("the ",):
        if s.startswith(art):
            s = s[len(art):]
    return s


def load(paths):
    """[(id, text, date, gold_events)]"""
    docs = []
    for p in paths:
        p = SEED if p == "seed" else pathlib.Path(p)
        if p.suffix == ".jsonl":
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    d = json.loads(line)
                    docs.append((d.get("id", f"{p.stem}-{i}"), d["text"], d.get("dct"), d.get("events", [])))
        else:
            d = json.loads(p.read_text(encoding="utf-8"))
            text_path = p.with_name(p.name.replace(".gold.json", ".txt"))
            text = d.get("text") or text_path.read_text(encoding="utf-8")
            docs.append((d.get("id", p.stem), text, d.get("dct"), d.get("events", [])))
    return docs


def sentence_of(result, offset):
    for i, s in enumerate(result.get("sentences", [])):
        if s["start"] <= offset < s["end"]:
            return i
    return None


def names_of(entity):
    if not entity:
        return set()
    return {norm_name(entity["name"])} | {norm_name(m["text"]) for m in entity.get("mentions", [])}


def agrees(gold_value, ours, entities):
    """A gold place / actor name against one of our entity ids."""
    if gold_value is None:
        return ours is None
    return ours is not None and norm_name(gold_value) in names_of(entities.get(ours))


def actors_agree(gold, ours, entities):
    if len(gold) != len(ours):
        return False
    left = list(ours)
    for g in gold:
        hit = next((o for o in left if norm_name(g) in names_of(entities.get(o))), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def score_doc(text, result, gold_events):
    """Counts and the (kind, detail) errors of one document."""
    entities = {e["id"]: e for e in result.get("entities", [])}
    ours = result.get("events", [])
    c = {"gold": len(gold_events), "ours": len(ours), "matched": 0, "date": 0, "location": 0, "killed": 0,
         "actors": 0, "targets_gold": 0, "targets_found": 0, "no_evidence": 0}
    errors = []
    for e in ours:
        if not e.get("trigger") or not e.get("evidence"):
            c["no_evidence"] += 1
    sentences_of = []
    for e in ours:
        ss = {sentence_of(result, m["start"]) for m in e.get("mentions", [e["trigger"]])}
        sentences_of.append(ss)
    pairs = []
    for gi, g in enumerate(gold_events):
        words = g.get("evidence_words") or "\0"
        at = text.find(words)
        gs = sentence_of(result, at) if at >= 0 else None
        for oi, o in enumerate(ours):
            if norm_type(g["type"]) not in (norm_type(o["subtype"]), norm_type(o["type"])):
                continue
            fields = (g.get("date") == o.get("date")) + agrees(g.get("location"), o.get("location"), entities) + \
                (g.get("killed") == o.get("fatalities"))
            same_sentence = gs is not None and gs in sentences_of[oi]
            # two events of one kind in one sentence: the one whose trigger is inside the
            # gold evidence words first ("X held discussions with Y, and Z held talks")
            inside = at >= 0 and any(at <= m["start"] and m["end"] <= at + len(words)
                                     for m in o.get("mentions", [o["trigger"]]))
            if same_sentence or fields >= 2:
                pairs.append((3 * same_sentence + fields, inside, gi, oi))
    used_g, used_o, match = set(), set(), {}
    for _, _, gi, oi in sorted(pairs, key=lambda p: (-p[0], -p[1], p[2], p[3])):
        if gi in used_g or oi in used_o:
            continue
        used_g.add(gi)
        used_o.add(oi)
        match[gi] = oi
    for gi, g in enumerate(gold_events):
        if gi not in match:
            errors.append(("missed", f"{g['type']}: {g.get('evidence_words')}"))
            continue
        o = ours[match[gi]]
        c["matched"] += 1
        checks = {
            "date": g.get("date") == o.get("date"),
            "location": agrees(g.get("location"), o.get("location"), entities),
            "killed": g.get("killed") == o.get("fatalities"),
            "actors": actors_agree(g.get("actors", []), o.get("actors", []), entities),
        }
        for k, ok in checks.items():
            c[k] += ok
            if not ok:
                theirs = {"date": o.get("date"), "killed": o.get("fatalities"),
                          "location": (entities.get(o.get("location")) or {}).get("name"),
                          "actors": [entities[a]["name"] for a in o.get("actors", []) if a in entities]}[k]
                want = {"date": g.get("date"), "killed": g.get("killed"), "location": g.get("location"),
                        "actors": g.get("actors", [])}[k]
                errors.append((k, f"{g['type']}: want {want!r}, got {theirs!r}"))
        for t in g.get("targets", []):
            tn = norm_name(t)
            if not any(tn in names_of(e) for e in entities.values()):
                continue  # not a name ("displaced people")
            c["targets_gold"] += 1
            c["targets_found"] += any(tn in names_of(entities.get(x)) for x in o.get("targets", []))
    for oi, o in enumerate(ours):
        if oi not in used_o:
            errors.append(("spurious", f"{o['subtype']}: {o['trigger']['text']!r} in "
                           f"{text[o['evidence']['start']:o['evidence']['end']][:90]!r}"))
    return c, errors


def prf(c):
    p = c["matched"] / c["ours"] if c["ours"] else 0.0
    r = c["matched"] / c["gold"] if c["gold"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+")
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "newsfacts"))
    ap.add_argument("--show", type=int, default=0, help="print up to N errors (dev sets only: a held-out set is scored, never read)")
    args = ap.parse_args()
    docs = load(args.files)
    results = run_jsonl(args.cli, [(d[0], d[1], d[2]) for d in docs])
    total = {}
    shown = 0
    for key, text, _, gold in docs:
        c, errors = score_doc(text, results[str(key)], gold)
        for k, v in c.items():
            total[k] = total.get(k, 0) + v
        for kind, detail in errors:
            if shown < args.show:
                print(f"  {key}: {kind}: {detail}")
                shown += 1
    p, r, f = prf(total)
    m = total["matched"] or 1
    print(f"events: {len(docs)} documents, gold {total['gold']}, ours {total['ours']}, matched {total['matched']}")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(f"  matched events: date {total['date'] / m:.3f}  location {total['location'] / m:.3f}  "
          f"fatalities {total['killed'] / m:.3f}  actors {total['actors'] / m:.3f}  "
          f"targets {total['targets_found']}/{total['targets_gold']}")
    print(f"  events without trigger or evidence: {total['no_evidence']}")


if __name__ == "__main__":
    sys.exit(main())
