#!/usr/bin/env python3
"""Time-expression evaluation: newsfacts' `times` against TimeML, GUM and Duckling gold.

Usage (or through the dispatcher: scripts/eval time MODE ...):
  python3 scripts/eval_time.py tml FILE_OR_DIR... [--json] [--show N]
  python3 scripts/eval_time.py gum [--all-types] [--json] [--show N]
  python3 scripts/eval_time.py duckling [--file F.jsonl ...] [--json] [--show N]
Every mode takes --cli PATH (default build/native/newsfacts) and sends all its texts
through ONE `newsfacts --jsonl --offsets codepoint` process (offsets = Python str indices).

Matching (all modes). A system timex and a gold timex "overlap" when their character
ranges share at least one character. Pairs are one-to-one: first every exact-offset pair,
then the remaining overlapping pairs, largest overlap first (ties: earlier gold first).
A gold timex left unpaired is "missed", a system timex left unpaired is "spurious". This
is what TempEval-3's id normalisation produces for ordinary data, where one gold timex
overlaps at most one system timex.

`tml` -- TempEval-3 measures, as its official scorer (evaluate_entities.py) computes them,
micro-averaged over all files (G = gold timexes in <TEXT>, the DCT excluded; S = system
timexes; strict = paired with exactly the same offsets; relaxed = paired):
  strict  P = strict / S      R = strict / G      F1 = 2PR / (P + R)
  relaxed P = relaxed / S     R = relaxed / G     F1 likewise
  type accuracy  = relaxed pairs with the same type  / relaxed pairs (case-insensitive)
  value accuracy = relaxed pairs with the same value / relaxed pairs (exact string)
  value F1: P = value-correct pairs / S, R = value-correct pairs / G, F1 of those; this
    equals the official "Attribute F1 Value" = value accuracy x relaxed F1.
  Conventions of the official scorer kept: P = 0 when S = 0, R = 0 when G = 0, F1 = 0
  when P + R = 0, and every measure is 1 when both G and S are 0.

`gum` -- GUM news + interviews (../shared/corpus/gum/), documents of each genre sorted by
doc_id, first half "dev", second half "test" (held out: do not tune on its errors; --show
prints dev errors only). Strict/relaxed span P/R/F1 as above over all gold <date>/<time>
elements; GUM marks no durations or sets, so ours that overlap no gold element are left
out rather than counted spurious (--all-types counts them). Value accuracy is taken on
the relaxed pairs whose gold is normalised (see `gum_value_correct`):
  `when`: must equal our value (seconds ":00" dropped); a time-only "15:11:00" is
    compared with our value's time of day; a yearless "--10" with our month whatever
    our year; GUM's typo "-2009-03-13" is read as "2009-03-13".
  `from`/`to` (inclusive; a yearless one takes our value's year): our value is correct
    when (1) the interval it denotes is exactly from..to ("196" = 1960-01-01..1969-12-31,
    "2015-W38-WE" = Sat..Sun), or (2) it is the unit covering from..to: the ISO week
    "YYYY-Www" if from and to fall in one Monday-Sunday week (2017-07-10..2017-07-16 <->
    "2017-W28"; a Sunday-based week of 7 or 8 days is the ISO week of its Monday),
    otherwise the month "YYYY-MM" if they fall in one month ("late September"
    2013-09-15..30 <-> "2013-09"), or (3) it is a season "YYYY-SP|SU|FA|WI" starting in
    from's month (Mar, Jun, Sep, Dec) of from's year ("summer of 2012" <-> "2012-SU").
  notBefore/notAfter gold (vague ranges such as "the past few days") counts for spans only.

`duckling` -- Duckling's English time corpus (../shared/corpus/time/duckling/time_en*.jsonl).
Each case's text is the whole input, --date is the date of Duckling's reference time
(2013-02-12, a Tuesday; its clock time 04:30 cannot be passed, so "in 2 hours" cannot
pass). Outcomes, one per case (see `classify`):
  pass    the expressions found cover the text and the value matches: ONE expression
          for a point or an open interval, one or two (a range "3-4pm") for an
          interval. "Cover" = exactly the text trimmed of spaces and punctuation,
          with or without one leading preposition TimeML leaves outside a TIMEX3
          ("on 2/15", "at 3pm", "until 2pm").
          A point matches at Duckling's grain: our value equals, or starts with
          (then - T or :), YYYY / YYYY-MM / YYYY-MM-DD / ...THH / ...THH:MM /
          ...THH:MM:SS (":00" seconds optional), YYYY-Www for grain week, YYYY-Qn
          for quarter. Duckling's "now" matches PRESENT_REF (open intervals from
          now: FUTURE_REF / PAST_REF); our "T24:00" is the next day's "T00:00".
          An interval [start, end) (Duckling's end is exclusive) matches when the
          interval our value denotes is the same; for two expressions, when the
          first starts at start and the last in the final unit of Duckling's grain
          before end ("3-4pm" = 15:00-17:00 <-> "T15:00" + "T16:00"). Also accepted:
          our YYYY-Www-WE for Duckling's weekend (Fri 18:00 - Mon 00:00), and our
          YYYY-SP|SU|FA|WI for Duckling's astronomical season (an interval of 80-100
          days whose middle falls in that season).
  bias    covered, the value is wrong, but it matches once Duckling's value is moved
          back by the period the text leaves open: Duckling picks the next
          occurrence, a news reader the last one. Only when the text has no explicit
          direction (next, last, past, previous, coming, ago, from now, in N):
            a weekday name -> 7 days;
            a month name, a season, a quarter or a numeric month/day ("2/15")
            without a year -> 1 year;
            a bare day of month ("the 24th", no month or weekday) -> 1 month;
            a clock time alone (grain hour/minute/second; no weekday, month, day of
            month, year, today/tonight/tomorrow/yesterday) -> 1 day;
            a holiday without a year -> a day of the year before within 7 days of
            Duckling's month/day (nth-weekday holidays move by up to 6 days).
  partial something found, but not covering the text or with a wrong value.
  miss    nothing found.
Negative cases (section negativeCorpus, no value) pass when nothing is found, else
"spurious". Rates are reported overall and by file, section, grain and kind.
"""
import argparse
import datetime as dt
import json
import pathlib
import re
import signal
import sys
import xml.etree.ElementTree as ET
from typing import NamedTuple, Optional

from cli_jsonl import run_jsonl

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GUM = CORPUS / "gum"
DUCKLING = CORPUS / "time" / "duckling"
DEFAULT_CLI = ROOT / "build" / "native" / "newsfacts"


class Timex(NamedTuple):
    start: int
    end: int
    text: str
    type: str = ""
    value: Optional[str] = None


# --------------------------------------------------------------------------- the CLI

def run_cli(cli, items):
    """items: [(id, text, date or None)] -> {id: [Timex]} via one `--jsonl` process."""
    found = run_jsonl(cli, items)
    return {key: [timex_from_json(t) for t in result.get("times", [])] for key, result in found.items()}


def timex_from_json(t):
    return Timex(t["start"], t["end"], t.get("text", ""), t.get("type") or "", t.get("value"))


# --------------------------------------------------------------------------- matching

def overlap(a, b):
    return min(a.end, b.end) - max(a.start, b.start)


def pair_up(gold, system):
    """One-to-one pairs {gold index: system index}: exact offsets first, then by overlap."""
    pairs, used = {}, set()
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and (s.start, s.end) == (g.start, g.end):
                pairs[gi] = si
                used.add(si)
                break
    candidates = [(-overlap(g, s), gi, si) for gi, g in enumerate(gold) if gi not in pairs
                  for si, s in enumerate(system) if si not in used and overlap(g, s) > 0]
    for _, gi, si in sorted(candidates):
        if gi not in pairs and si not in used:
            pairs[gi] = si
            used.add(si)
    return pairs


def prf(hits, n_system, n_gold):
    """Precision, recall, F1 with the official TempEval-3 conventions."""
    p = hits / n_system if n_system else 0.0
    r = hits / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def same_value(g, s):
    return (g.value or "") == (s.value or "")


def te3_scores(docs):
    """docs: [(gold [Timex], system [Timex])] -> TempEval-3 measures (micro-averaged)."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    for gold, system in docs:
        pairs = pair_up(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        relaxed += len(pairs)
        for gi, si in pairs.items():
            g, s = gold[gi], system[si]
            strict += (g.start, g.end) == (s.start, s.end)
            type_ok += g.type.upper() == s.type.upper()
            value_ok += same_value(g, s)
    out = {"gold": n_gold, "system": n_sys, "strict_matches": strict, "relaxed_matches": relaxed,
           "type_matches": type_ok, "value_matches": value_ok}
    if n_gold == 0 and n_sys == 0:
        ones = dict.fromkeys(("p", "r", "f1"), 1.0)
        out.update(strict=ones, relaxed=ones, value=ones, type_accuracy=1.0, value_accuracy=1.0)
        return out
    for name, hits in (("strict", strict), ("relaxed", relaxed), ("value", value_ok)):
        out[name] = dict(zip(("p", "r", "f1"), prf(hits, n_sys, n_gold)))
    out["type_accuracy"] = type_ok / relaxed if relaxed else 0.0
    out["value_accuracy"] = value_ok / relaxed if relaxed else 0.0
    return out


def span_errors(text, gold, system, value_correct):
    """[(kind, Timex gold or None, Timex system or None)]: missed, spurious, value, span."""
    pairs = pair_up(gold, system)
    paired = set(pairs.values())
    errors = [("missed", g, None) for gi, g in enumerate(gold) if gi not in pairs]
    errors += [("spurious", None, s) for si, s in enumerate(system) if si not in paired]
    for gi, si in pairs.items():
        g, s = gold[gi], system[si]
        ok = value_correct(g, s)
        if ok is False:
            errors.append(("value", g, s))
        elif (g.start, g.end) != (s.start, s.end):
            errors.append(("span", g, s))
    return sorted(errors, key=lambda e: (e[1] or e[2]).start)


def context(text, start, end, width=40):
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def describe(t):
    return f"{t.text!r} {t.type or '?'} {t.value}" if t else "-"


def print_errors(name, text, errors, limit):
    """Prints up to `limit` errors, returns how many it printed."""
    for kind, g, s in errors[:limit]:
        anchor = g or s
        print(f"  {name} {kind}: gold {describe(g)} | ours {describe(s)}")
        print(f"      {context(text, anchor.start, anchor.end)}")
    return min(len(errors), limit)


# --------------------------------------------------------------------------- TimeML files

def parse_tml(path):
    """A TimeML file -> (dct 'YYYY-MM-DD' or None, plain text of <TEXT>, [Timex] gold)."""
    root = ET.parse(path).getroot()
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME" and timex.get("value"):
            dct = iso_date(timex.get("value"))
            break
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT>")
    pieces, spans = [], []
    flatten(text_el, pieces, spans, [0])
    text = "".join(pieces)
    gold = [Timex(a, b, text[a:b], el.get("type", ""), el.get("value"))
            for a, b, el in spans if a < b]
    return dct, text, sorted(gold)


def iso_date(value):
    """'1998-01-08T18:30:00' or '19980108' -> '1998-01-08' (None if not a date)."""
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    return f"{m[1]}-{m[2]}-{m[3]}" if m else None


def flatten(el, pieces, spans, pos):
    """Appends el's text to pieces (tags dropped, entities already decoded by the XML
    parser), recording (start, end, element) of each TIMEX3 but the DCT in spans;
    pos[0] = length of the text so far."""
    start = pos[0]
    add(pieces, pos, el.text)
    for child in el:
        flatten(child, pieces, spans, pos)
        add(pieces, pos, child.tail)
    if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
        spans.append((start, pos[0], el))


def add(pieces, pos, s):
    if s:
        pieces.append(s)
        pos[0] += len(s)


def tml_files(args):
    for arg in args:
        p = pathlib.Path(arg)
        yield from (sorted(p.rglob("*.tml")) if p.is_dir() else [p])


def mode_tml(args):
    files = list(tml_files(args.paths))
    docs = {}
    for i, f in enumerate(files):
        try:
            docs[str(i)] = (f, *parse_tml(f))
        except (OSError, ET.ParseError, ValueError) as e:
            sys.exit(f"eval_time: cannot read {f}: {e}")
    found = run_cli(args.cli, [(k, text, dct) for k, (_, dct, text, _) in docs.items()])
    scored = [(gold, found[k]) for k, (_, _, _, gold) in docs.items()]
    scores = te3_scores(scored)
    scores["files"] = len(files)
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        print_te3_table(scores)
    shown = 0
    for k, (f, _, text, gold) in docs.items():
        if shown >= args.show:
            break
        errors = span_errors(text, gold, found[k], same_value)
        shown += print_errors(f.name, text, errors, args.show - shown)
    return 0


def print_te3_table(s):
    print(f"{s['files']} file(s): {s['gold']} gold timexes (DCT excluded), "
          f"{s['system']} system timexes")
    print(f"{'measure':16} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("strict", "relaxed", "value"):
        m = s[name]
        label = name + (" span" if name != "value" else " (F1)")
        print(f"{label:16} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f}")
    n = s["relaxed_matches"]
    print(f"type accuracy  {s['type_accuracy']:6.3f}  ({s['type_matches']}/{n} relaxed matches)")
    print(f"value accuracy {s['value_accuracy']:6.3f}  ({s['value_matches']}/{n} relaxed matches)")


# --------------------------------------------------------------------------- TIMEX3 values

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Hours as Duckling defines the parts of the day (TimeML gives none).
PART_OF_DAY = {"MO": (0, 12), "AF": (12, 19), "EV": (18, 24), "NI": (18, 24)}


def add_months(d, n):
    """d moved n months, or None if that day does not exist (Jan 31 + 1 month)."""
    y, m = divmod(d.month - 1 + n, 12)
    try:
        return d.replace(year=d.year + y, month=m + 1)
    except ValueError:
        return None


def midnight(y, m=1, d=1):
    return dt.datetime(y, m, d)


def timex_interval(value):
    """The half-open [start, end) datetimes a TIMEX3 date/time value denotes, or None
    (durations, sets, REF values, values with X). "196" is the 1960s, "19" the 1900s,
    seasons are meteorological (SU = June-August), weekends Saturday-Sunday."""
    if not value:
        return None
    try:
        return interval_of(strip_zone(value))
    except ValueError:  # out-of-range fields: "2024-13", "2024-W60"
        return None


def interval_of(v):
    if re.fullmatch(r"\d{2}", v):
        y = int(v) * 100
        return midnight(max(y, 1)), midnight(y + 100)
    if re.fullmatch(r"\d{3}", v):
        y = int(v) * 10
        return midnight(max(y, 1)), midnight(y + 10)
    if re.fullmatch(r"\d{4}", v):
        return midnight(int(v)), midnight(int(v) + 1)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        start = midnight(int(m[1]), int(m[2]))
        return start, add_months(start, 1)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        start = midnight(int(m[1]), int(m[2]), int(m[3]))
        return start, start + dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-(WE|\d))?", v):
        monday = dt.datetime.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3] is None:
            return monday, monday + dt.timedelta(days=7)
        if m[3] == "WE":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
        day = monday + dt.timedelta(days=int(m[3]) - 1)
        return day, day + dt.timedelta(days=1)
    if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", v):
        size = 3 if m[2] == "Q" else 6
        start = midnight(int(m[1]), (int(m[3]) - 1) * size + 1)
        return start, add_months(start, size)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        start = midnight(int(m[1]), SEASON_START[m[2]])
        return start, add_months(start, 3)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)", v):
        day = dt.datetime.fromisoformat(m[1])
        lo, hi = PART_OF_DAY[m[2]]
        return day + dt.timedelta(hours=lo), day + dt.timedelta(hours=hi)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2})(?::(\d{2})(?::(\d{2}))?)?", v):
        start = dt.datetime.fromisoformat(m[1]) + dt.timedelta(
            hours=int(m[2]), minutes=int(m[3] or 0), seconds=int(m[4] or 0))
        unit = "seconds" if m[4] else "minutes" if m[3] else "hours"
        return start, start + dt.timedelta(**{unit: 1})
    return None


def strip_zone(v):
    """A time value without its zone: "2024-07-13T15:00Z" -> "2024-07-13T15:00"."""
    return re.sub(r"(?<=\d)(Z|[+-]\d\d(:?\d\d)?)$", "", v) if "T" in v else v


def midnight_as_next_day(v):
    """TimeML's end-of-day "2013-02-12T24:00" as "2013-02-13T00:00"."""
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T24(:00)?", v)
    if not m:
        return v
    day = dt.date.fromisoformat(m[1]) + dt.timedelta(days=1)
    return f"{day.isoformat()}T00" + (m[2] or "")


def drop_zero_seconds(v):
    return re.sub(r"(T\d{2}:\d{2}):00$", r"\1", v)


# --------------------------------------------------------------------------- GUM

def gum_docs():
    """{genre: [doc]} sorted by doc_id."""
    out = {}
    for genre in ("news", "interview"):
        path = GUM / f"gum_{genre}.jsonl"
        docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
        out[genre] = sorted(docs, key=lambda d: d["doc_id"])
    return out


def split_docs(docs):
    """First half of a genre (sorted by doc_id) "dev", second half "test"."""
    half = len(docs) // 2
    return {"dev": docs[:half], "test": docs[half:]}


def gum_gold(doc):
    return [Timex(x["start"], x["end"], x["text"], x["tag"].upper(), None) for x in doc["dates"]]


def gum_has_value(x):
    return "when" in x or ("from" in x and "to" in x)


def gum_value_correct(x, ours):
    """Is our value right for a GUM date element x (see the module docstring)?
    None when x carries no normalised value (notBefore/notAfter)."""
    if not ours:
        return False if gum_has_value(x) else None
    if "when" in x:
        return when_correct(x["when"], ours)
    if "from" in x and "to" in x:
        return from_to_correct(x["from"], x["to"], ours)
    return None


def when_correct(when, ours):
    if re.fullmatch(r"-\d{4}-.*", when):          # GUM typo: "-2009-03-13"
        when = when[1:]
    ours_n = drop_zero_seconds(strip_zone(ours))
    if re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", when):  # time of day only
        return "T" in ours_n and ours_n.split("T", 1)[1] == drop_zero_seconds("T" + when)[1:]
    if when.startswith("--"):                      # month (and day) without a year
        return re.fullmatch(r"(\d{4}|XXXX)" + re.escape(when[1:]), ours_n) is not None
    return ours_n == drop_zero_seconds(when)


def inclusive_interval(lo, hi):
    """GUM from/to (inclusive ISO dates, months or years) -> [start, end) or None."""
    a, b = timex_interval(lo), timex_interval(hi)
    return (a[0], b[1]) if a and b and a[0] < b[1] else None


def from_to_correct(lo, hi, ours):
    if lo.startswith("--") or hi.startswith("--"):
        year = re.match(r"\d{4}", ours)
        y = int(year[0]) if year else 2000
        lo, hi = f"{y}{lo[1:]}", f"{y}{hi[1:]}"
        if hi < lo:  # Winter --12..--03
            hi = f"{y + 1}{hi[4:]}"
        ours = re.sub(r"^XXXX", str(y), ours)
    gold = inclusive_interval(lo, hi)
    if gold is None:
        return False
    if timex_interval(ours) == gold:
        return True
    if ours == covering_unit(*gold):
        return True
    season = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", ours)
    return bool(season) and \
        (int(season[1]), SEASON_START[season[2]]) == (gold[0].year, gold[0].month)


def covering_unit(start, end):
    """The ISO week holding [start, end), else the month, else None. A week from a
    Sunday (Sunday-Saturday, or GUM's Sunday-Sunday) counts as the ISO week of its Monday."""
    last = end - dt.timedelta(microseconds=1)
    if start.weekday() == 6 and 7 <= (end - start).days <= 8:
        start, last = start + dt.timedelta(days=1), start + dt.timedelta(days=1)
    a, b = start.isocalendar(), last.isocalendar()
    if (a.year, a.week) == (b.year, b.week):
        return f"{a.year:04d}-W{a.week:02d}"
    if (start.year, start.month) == (last.year, last.month):
        return f"{start.year:04d}-{start.month:02d}"
    return None


def gum_system(gold, system, all_types=False):
    """Our timexes to score: GUM marks dates and times, so (unless all_types) a duration
    or set overlapping no gold element is dropped instead of counted spurious."""
    if all_types:
        return system
    return [s for s in system
            if s.type in ("date", "time") or any(overlap(g, s) > 0 for g in gold)]


def gum_score(docs, found):
    """Span measures and value accuracy over docs; found: {doc_id: [Timex]} (already
    passed through gum_system)."""
    spans = te3_scores([(gum_gold(d), found[d["doc_id"]]) for d in docs])
    n = ok = vague = 0
    for d in docs:
        gold = gum_gold(d)
        system = found[d["doc_id"]]
        for gi, si in pair_up(gold, system).items():
            verdict = gum_value_correct(d["dates"][gi], system[si].value)
            if verdict is None:
                vague += 1
            else:
                n += 1
                ok += verdict
    return {"docs": len(docs), "gold": spans["gold"], "system": spans["system"],
            "strict": spans["strict"], "relaxed": spans["relaxed"],
            "value_checked": n, "value_correct": ok, "matched_without_value": vague,
            "value_accuracy": ok / n if n else 0.0}


def mode_gum(args):
    if not GUM.exists():
        print("no ../shared/corpus/gum here: nothing to measure")
        return 0
    by_genre = gum_docs()
    everything = [d for docs in by_genre.values() for d in docs]
    found = run_cli(args.cli, [(d["doc_id"], d["text"], d["dct"]) for d in everything])
    found = {d["doc_id"]: gum_system(gum_gold(d), found[d["doc_id"]], args.all_types)
             for d in everything}
    rows = {}
    for genre, docs in by_genre.items():
        for split, part in split_docs(docs).items():
            rows[f"gum_{genre} {split}"] = gum_score(part, found)
    for split in ("dev", "test"):
        part = [d for docs in by_genre.values() for d in split_docs(docs)[split]]
        rows[f"gum all {split}"] = gum_score(part, found)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print_gum_table(rows)
    if args.show:
        show_gum_errors(by_genre, found, args.show)
    return 0


def print_gum_table(rows):
    print(f"{'set':20} {'docs':>4} {'gold':>4} {'sys':>4}  {'strict P/R/F1':^20}  "
          f"{'relaxed P/R/F1':^20}  {'value acc':>9} {'(n)':>5}")
    for name, r in rows.items():
        st, rl = r["strict"], r["relaxed"]
        print(f"{name:20} {r['docs']:4} {r['gold']:4} {r['system']:4}  "
              f"{st['p']:6.3f}{st['r']:7.3f}{st['f1']:7.3f}  "
              f"{rl['p']:6.3f}{rl['r']:7.3f}{rl['f1']:7.3f}  "
              f"{r['value_accuracy']:9.3f} {r['value_checked']:5}")
    print("value acc: on relaxed matches whose gold has when or from/to "
          "(notBefore/notAfter gold: spans only)")
    print("our durations/sets overlapping no GUM date are left out (--all-types counts them)")


def show_gum_errors(by_genre, found, limit):
    print(f"errors (dev documents only; up to {limit}):")
    shown = 0
    for docs in by_genre.values():
        for d in split_docs(docs)["dev"]:
            if shown >= limit:
                return
            dates = {(x["start"], x["end"]): x for x in d["dates"]}

            def correct(g, s, dates=dates):
                return gum_value_correct(dates[(g.start, g.end)], s.value)
            gold = [g._replace(value=gold_value_text(dates[(g.start, g.end)])) for g in gum_gold(d)]
            errors = span_errors(d["text"], gold, found[d["doc_id"]], correct)
            shown += print_errors(d["doc_id"], d["text"], errors, limit - shown)


def gold_value_text(x):
    if "when" in x:
        return x["when"]
    if "from" in x:
        return f"{x['from']}..{x['to']}"
    return f"[{x.get('notBefore', '')}..{x.get('notAfter', '')}]"


# --------------------------------------------------------------------------- Duckling

DUCKLING_FILES = ("time_en.jsonl", "time_en_gb.jsonl", "time_en_us.jsonl")
DUCKLING_REF = "2013-02-12T04:30:00-02:00"  # every case's reference time (negatives have none)
PREPOSITIONS = ("on", "in", "at", "by", "for", "from", "since", "until", "till", "through",
                "thru", "after", "before", "during", "within", "between")
TRIM = " \t\n.,;:!?\"'()"
RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|and|through|thru|till|until)?\s*", re.I)
EXPLICIT_DIRECTION = re.compile(
    r"\b(next|last|past|previous|coming|ago|from now|after next|before last)\b|\bin \d", re.I)
WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                     r"mon|tues?|wed|thu|thur|thurs|fri|sat|sun)s?\b", re.I)
DAY_WORD = re.compile(r"\b(today|tonight|tomorrow|yesterday)\b", re.I)
MONTH = re.compile(r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|"
                   r"sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|spring|summer|autumn|"
                   r"fall|winter)\b", re.I)
QUARTER = re.compile(r"\bq[1-4]\b|\bquarter\b", re.I)
NUMERIC_MONTH_DAY = re.compile(r"\b\d{1,2}\s*[/-]\s*\d{1,2}\b")  # 2/15, 2 - 15
YEAR = re.compile(r"\b\d{4}\b")
DAY_OF_MONTH = re.compile(r"\b\d{1,2}(st|nd|rd|th)\b|\bthe \d{1,2}\b", re.I)


class Case(NamedTuple):
    key: str
    file: str
    row: dict


def duckling_cases(files):
    """[Case] of the named files (a bare name is looked up in the Duckling folder)."""
    cases = []
    for name in files:
        path = pathlib.Path(name) if "/" in name else DUCKLING / name
        for i, line in enumerate(open(path, encoding="utf-8")):
            if line.strip():
                cases.append(Case(f"{path.stem}:{i}", path.stem, json.loads(line)))
    return cases


def is_negative(row):
    return row.get("kind") is None


def trimmed_bounds(text):
    """(set of acceptable start offsets, end offset) of the text to cover."""
    lo = len(text) - len(text.lstrip(TRIM))
    hi = len(text.rstrip(TRIM))
    starts = {lo}
    m = re.match(r"(\w+)\s+", text[lo:hi])
    if m and m[1].lower() in PREPOSITIONS:
        starts.add(lo + m.end())
    return starts, hi


def covering(text, found, kind):
    """The expressions that cover the text as a pass requires, or None."""
    starts, hi = trimmed_bounds(text)
    for t in found:
        if t.start in starts and t.end == hi:
            return [t]
    if kind == "interval" and len(found) == 2:
        a, b = sorted(found)
        if a.start in starts and b.end == hi and RANGE_GAP.fullmatch(text[a.end:b.start]):
            return [a, b]
    return None


def grain_target(when, grain):
    """Duckling's point at its grain, as the start of a TIMEX3 value."""
    if grain == "week":
        iso = when.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if grain == "quarter":
        return f"{when.year:04d}-Q{(when.month - 1) // 3 + 1}"
    fmt = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "hour": "%Y-%m-%dT%H",
           "minute": "%Y-%m-%dT%H:%M", "second": "%Y-%m-%dT%H:%M:%S"}[grain]
    return when.strftime(fmt) if when.year >= 1000 else None


def point_matches(ours, when, grain, ref, direction=None):
    if not ours or when is None:
        return False
    if when == ref and grain == "second":
        return ours == {None: "PRESENT_REF", "after": "FUTURE_REF", "before": "PAST_REF"}[direction]
    target = grain_target(when, grain)
    if target is None:
        return False
    ours = midnight_as_next_day(strip_zone(ours))
    targets = {target, drop_zero_seconds(target)}
    return any(ours == t or (ours.startswith(t) and ours[len(t)] in "-T:") for t in targets)


def intervals_for(value):
    """The [start, end) intervals a value may mean in Duckling's terms."""
    out = []
    if (iv := timex_interval(value)) is not None:
        out.append(iv)
    if value and value.endswith("-WE") and iv:
        out.append((iv[0] - dt.timedelta(hours=6), iv[1]))   # Friday 18:00 - Monday 00:00
    return out


def season_codes(start, end):
    """TimeML season values for a Duckling season interval (80-100 days), by its middle."""
    if not 80 <= (end - start).days <= 100:
        return set()
    mid = start + (end - start) / 2
    code = ("WI", "SP", "SU", "FA")[mid.month % 12 // 3]
    if code == "WI":
        y = mid.year - 1 if mid.month <= 2 else mid.year
        return {f"{y}-WI", f"{y + 1}-WI"}
    return {f"{mid.year}-{code}"}


def interval_matches(exprs, start, end, grain):
    """One expression: the interval it denotes is [start, end). A range of two: the first
    starts at start, the last starts in the final `grain` unit before end ("4pm" written
    "T16:00" ends 3-4pm at hour grain)."""
    if len(exprs) == 1:
        v = exprs[0].value
        return (start, end) in intervals_for(v) or (v or "") in season_codes(start, end)
    a, b = (timex_interval(e.value) for e in exprs)
    return bool(a and b) and a[0] == start and next_unit(b[0], grain) == end


def next_unit(t, grain):
    """The start of the `grain` unit after the one holding t."""
    day = dt.datetime(t.year, t.month, t.day)
    if grain == "year":
        return dt.datetime(t.year + 1, 1, 1)
    if grain in ("quarter", "month"):
        months = 3 if grain == "quarter" else 1
        first = dt.datetime(t.year, t.month - (t.month - 1) % months, 1)
        return add_months(first, months)
    if grain == "week":
        return day + dt.timedelta(days=7 - t.weekday())
    if grain == "day":
        return day + dt.timedelta(days=1)
    step = {"hour": dt.timedelta(hours=1), "minute": dt.timedelta(minutes=1),
            "second": dt.timedelta(seconds=1)}[grain]
    return t - (t - day) % step + step


def value_matches(row, exprs, ref, shift=None):
    """Do exprs carry Duckling's value (moved back by `shift`, a function, if given)?"""
    move = shift or (lambda x: x)
    kind, grain = row["kind"], row["grain"]
    if kind == "interval":
        start, end = move(parse_dt(row["start"])), move(parse_dt(row["end"]))
        return start is not None and end is not None and interval_matches(exprs, start, end, grain)
    if len(exprs) != 1:
        return False
    if row["value"].startswith("-"):  # a year BC, "-2014-01-01T00:00:00": TimeML's BC2014
        return grain == "year" and exprs[0].value == "BC" + row["value"][1:5]
    return point_matches(exprs[0].value, move(parse_dt(row["value"])), grain, ref,
                         row.get("direction") if kind == "open_interval" else None)


def parse_dt(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=None)


def bias_shifts(row):
    """The backward moves the text leaves open (see the module docstring)."""
    text = row["text"]
    if EXPLICIT_DIRECTION.search(text):
        return []
    shifts = []
    if WEEKDAY.search(text):
        shifts.append(lambda x: x - dt.timedelta(days=7))
    if (MONTH.search(text) or QUARTER.search(text) or NUMERIC_MONTH_DAY.search(text)) \
            and not YEAR.search(text):
        shifts.append(lambda x: add_months(x, -12))
    if DAY_OF_MONTH.search(text) and not MONTH.search(text) and not WEEKDAY.search(text):
        shifts.append(lambda x: add_months(x, -1))
    dated = WEEKDAY.search(text) or MONTH.search(text) or DAY_OF_MONTH.search(text) or \
        YEAR.search(text) or DAY_WORD.search(text)
    if row.get("grain") in ("hour", "minute", "second") and not dated:
        shifts.append(lambda x: x - dt.timedelta(days=1))
    return shifts


def holiday_bias(row, exprs):
    """A holiday resolved to its occurrence a year before Duckling's (same month/day +-7)."""
    if "holiday" not in row or row["kind"] != "value" or len(exprs) != 1 \
            or YEAR.search(row["text"]):
        return False
    iv = timex_interval(exprs[0].value)
    duck = parse_dt(row["value"])
    year_before = add_months(duck, -12) or duck - dt.timedelta(days=365)  # Feb 29
    one_day = bool(iv) and iv[1] - iv[0] == dt.timedelta(days=1)
    return one_day and abs(iv[0] - year_before) <= dt.timedelta(days=7)


def classify(row, found, ref=None):
    """pass | bias | partial | miss for a positive case, pass | spurious for a negative."""
    if is_negative(row):
        return "pass" if not found else "spurious"
    if not found:
        return "miss"
    ref = ref or parse_dt(row.get("ref") or DUCKLING_REF)
    exprs = covering(row["text"], found, row["kind"])
    if exprs is None:
        return "partial"
    if value_matches(row, exprs, ref):
        return "pass"
    if any(value_matches(row, exprs, ref, s) for s in bias_shifts(row)) or holiday_bias(row, exprs):
        return "bias"
    return "partial"


OUTCOMES = ("pass", "bias", "partial", "miss", "spurious")


def tally(results, key):
    """{category: {outcome: count}} for results [(Case, outcome)]."""
    table = {}
    for case, outcome in results:
        row = table.setdefault(key(case), dict.fromkeys(OUTCOMES, 0))
        row[outcome] += 1
    return dict(sorted(table.items()))


def mode_duckling(args):
    if not DUCKLING.exists() and not any("/" in f for f in args.file):
        print("no ../shared/corpus/time/duckling here: nothing to measure")
        return 0
    cases = duckling_cases(args.file)
    found = run_cli(args.cli, [(c.key, c.row["text"], (c.row.get("ref") or DUCKLING_REF)[:10])
                               for c in cases])
    results = [(c, classify(c.row, found[c.key])) for c in cases]
    groups = {
        "overall": tally(results, lambda c: "all"),
        "file": tally(results, lambda c: c.file),
        "section": tally(results, lambda c: c.row["section"]),
        "grain": tally(results, lambda c: c.row.get("grain") or "(negative)"),
        "kind": tally(results, lambda c: c.row.get("kind") or "(negative)"),
    }
    if args.json:
        print(json.dumps(groups, indent=2))
    else:
        print_duckling_tables(groups)
    if args.show:
        show_duckling_errors(results, found, args.show)
    return 0


def print_duckling_tables(groups):
    for title, table in groups.items():
        print(f"{'by ' + title if title != 'overall' else 'overall':22} {'cases':>5} " +
              " ".join(f"{o:>8}" for o in OUTCOMES) + f" {'pass%':>6} {'+bias%':>6}")
        for name, row in table.items():
            n = sum(row.values())
            rate = row["pass"] / n if n else 0.0
            biased = (row["pass"] + row["bias"]) / n if n else 0.0
            print(f"  {name:20} {n:5} " + " ".join(f"{row[o]:8}" for o in OUTCOMES) +
                  f" {100 * rate:6.1f} {100 * biased:6.1f}")
        print()
    print("bias = right span, value off by the period the text leaves open "
          "(Duckling: the next one, ours: the last one)")


def show_duckling_errors(results, found, limit):
    print(f"failures (up to {limit}):")
    shown = 0
    for case, outcome in results:
        if outcome == "pass" or shown >= limit:
            continue
        row = case.row
        want = row.get("value") or (f"{row['start']}..{row['end']}" if "start" in row
                                    else "nothing")
        got = "; ".join(f"{t.text!r} {t.value}" for t in found[case.key]) or "nothing"
        print(f"  {case.key} {outcome}: {row['text']!r} want {want} ({row.get('grain')}) got {got}")
        shown += 1


# --------------------------------------------------------------------------- main

def main(argv=None):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    ap = argparse.ArgumentParser(
        description="Evaluate newsfacts' time expressions.",
        epilog="The measures are defined at the top of scripts/eval_time.py.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--cli", default=str(DEFAULT_CLI), help="the newsfacts binary")
    common.add_argument("--json", action="store_true", help="print the numbers as JSON")
    common.add_argument("--show", type=int, default=0, metavar="N", help="print up to N errors")
    sub = ap.add_subparsers(dest="mode", required=True)
    tml = sub.add_parser("tml", parents=[common], help="TempEval-3 TimeML files")
    tml.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    gum = sub.add_parser("gum", parents=[common], help="GUM news and interviews")
    gum.add_argument("--all-types", action="store_true",
                     help="also count our durations and sets that overlap no GUM date as spurious")
    duck = sub.add_parser("duckling", parents=[common], help="Duckling's time corpus")
    duck.add_argument("--file", action="append", default=None,
                      help=f"corpus file (repeatable; default {', '.join(DUCKLING_FILES)})")
    args = ap.parse_args(argv)
    if args.mode == "duckling" and not args.file:
        args.file = list(DUCKLING_FILES)
    if not pathlib.Path(args.cli).exists():
        print(f"no CLI at {args.cli}: build it with `ninja -C build/native`", file=sys.stderr)
        return 2
    return {"tml": mode_tml, "gum": mode_gum, "duckling": mode_duckling}[args.mode](args)


if __name__ == "__main__":
    sys.exit(main())
