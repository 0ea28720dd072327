#!/usr/bin/env bash
# A large synthetic graph for query benchmarks, made from a real one: COPIES
# copies of an RDF export (geokg export --format rdf), each with its own
# articles, mentions, events, relations and non-country actors (xid and
# blank label suffixed "#cN", names of copied actors suffixed " #N"), while
# countries, international organizations (sector IGO), locations, agreements
# and the relations between two of those stay one shared node, as hubs of a
# real corpus do. Copy N's dates are moved N months later (a date known to
# the year moves to the year it falls in). With UNDATED=1 (the default) an
# undated event gets a day in its copy's month (date_source "report"), as if
# its article had a publication date: BBC articles have none, and queries
# over dates are the ones a larger dated corpus makes slow. Usage:
#   scripts/synth-graph.sh IN.rdf[.gz] COPIES OUT.rdf.gz
# then load OUT.rdf.gz with dgraph bulk or live and the schema (README,
# "Exports"; scripts/bench-queries.sh for the latencies).
set -euo pipefail
in=${1:?usage: synth-graph.sh IN.rdf[.gz] COPIES OUT.rdf.gz}
copies=${2:?usage: synth-graph.sh IN.rdf[.gz] COPIES OUT.rdf.gz}
out=${3:?usage: synth-graph.sh IN.rdf[.gz] COPIES OUT.rdf.gz}
UNDATED=${UNDATED:-1} python3 - "$in" "$copies" "$out" <<'PY'
import gzip, hashlib, json, os, re, sys
from datetime import date

src, copies, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3]
undated = os.environ.get("UNDATED", "1") == "1"
opener = gzip.open if src.endswith(".gz") else open
# One N-Quad: subject, predicate, object (rest of the line).
line_re = re.compile(r'^(_:\S+) <([^>]+)> (.*) \.$')
DT = '^^<http://www.w3.org/2001/XMLSchema#dateTime>'
PREC = {"date": "date_precision", "since": "since_precision", "until": "until_precision",
        "signed": "signed_precision", "status_since": "status_precision"}

quads, info = [], {}
with opener(src, "rt", encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line:
            continue
        m = line_re.match(line)
        if not m:
            sys.exit(f"{src}:{n}: not an N-Quad with a blank-node subject: {line[:80]}")
        s, p, o = m.groups()
        quads.append((s, p, o))
        d = info.setdefault(s, {})
        if p in ("dgraph.type", "kind", "sector", "head", "tail", "date", "xid") or p.endswith("_precision"):
            d[p] = o

def val(o):
    return o[1:o.index('"', 1)] if o.startswith('"') else o

def shared(s):
    d = info.get(s, {})
    t = val(d.get("dgraph.type", '""'))
    if t in ("Location", "Agreement"):
        return True
    if t == "Actor":
        return val(d.get("kind", '""')) == "country" or val(d.get("sector", '""')) == "IGO"
    if t == "Relation":
        return shared(d.get("head", "")) and shared(d.get("tail", ""))
    return False

share = {s: shared(s) for s in info}

def label(s, c):
    # The export writes '#' in an xid as _23: the copy's label is the label of its xid.
    return s if c == 0 or share.get(s, True) else s + "_23c" + str(c)

def shift(y, mo, c):
    k = y * 12 + mo - 1 + c
    return k // 12, k % 12 + 1

def shift_dt(o, prec, c):
    v = val(o)
    y, mo, dd = int(v[0:4]), int(v[5:7]), int(v[8:10])
    if prec == "year":
        y2, _ = shift(y, mo, c)
        return f'"{y2:04d}-01-01T00:00:00Z"{DT}'
    y2, mo2 = shift(y, mo, c)
    if prec == "month":
        dd = 1
    dd = min(dd, 28)
    return f'"{y2:04d}-{mo2:02d}-{dd:02d}{v[10:]}"{DT}'

w = gzip.open(dst, "wt", encoding="utf-8", compresslevel=1)
nquads = 0
for c in range(copies):
    for s, p, o in quads:
        if c > 0 and share.get(s, False) and not (p == "mentions" and not share.get(o, True)):
            continue  # a shared node is written once, by copy 0, with the reports of every copy
        if p == "date_xid":
            continue  # written with the copy's date below
        ls = label(s, c)
        if o.startswith("_:"):
            o = label(o, c)
        elif c > 0 and p == "xid":
            o = '"' + val(o) + "#c" + str(c) + '"'
        elif c > 0 and p in ("name", "aliases") and info[s].get("dgraph.type") == '"Actor"':
            o = '"' + val(o) + " #" + str(c) + '"'
        elif c > 0 and o.endswith(DT):
            prec = val(info[s].get(PREC.get(p, ""), '"day"'))
            o = shift_dt(o, prec, c)
        elif c > 0 and p == "month":
            y2, mo2 = shift(int(val(o)[:4]), int(val(o)[5:7]), c)
            o = f'"{y2:04d}-{mo2:02d}"'
        w.write(f"{ls} <{p}> {o} .\n")
        nquads += 1
        if p == "date" and info[s].get("dgraph.type") == '"Event"':
            # date_xid (graph/derive.go dateXID): the copy's date and xid.
            x = val(info[s]["xid"]) + ("#c" + str(c) if c > 0 else "")
            w.write(f'{ls} <date_xid> {json.dumps(val(o) + "|" + x)} .\n')
            nquads += 1
    for s, d in info.items():
        if d.get("dgraph.type") != '"Event"' or "date" in d or (c > 0 and share.get(s)):
            continue
        if not undated:
            # An undated event's date_xid (graph/derive.go undatedKey).
            x = val(d["xid"]) + ("#c" + str(c) if c > 0 else "")
            w.write(f'{label(s, c)} <date_xid> {json.dumps("~|" + x)} .\n')
            nquads += 1
            continue
        # Undated events get a day of their copy's month, picked by their xid.
        y, mo = shift(2001, 1, c)
        dd = int(hashlib.sha1(s.encode()).hexdigest()[:4], 16) % 28 + 1
        ls = label(s, c)
        w.write(f'{ls} <date> "{y:04d}-{mo:02d}-{dd:02d}T00:00:00Z"{DT} .\n')
        w.write(f'{ls} <date_precision> "day" .\n{ls} <date_source> "report" .\n')
        w.write(f'{ls} <month> "{y:04d}-{mo:02d}" .\n')
        x = val(d["xid"]) + ("#c" + str(c) if c > 0 else "")
        w.write(f'{ls} <date_xid> {json.dumps(f"{y:04d}-{mo:02d}-{dd:02d}T00:00:00Z|" + x)} .\n')
        nquads += 5
w.close()
nodes = sum(1 for s in info if share[s]) + copies * sum(1 for s in info if not share[s])
print(f"{dst}: {copies} copies, {nodes} nodes ({sum(share.values())} shared), {nquads} N-Quads", file=sys.stderr)
PY
