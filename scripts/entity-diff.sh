#!/bin/sh
# Compares the entities two geokg binaries find in the BBC corpus (the blind
# gold articles left out): how many articles change, which entities appear or
# go (id, name, kind, code, with the number of articles), and which keep their
# id but change code or mention count. For dictionary changes: a new actor
# should show as NEW, the wrong readings it replaces as GONE.
#   scripts/entity-diff.sh OLD_BIN NEW_BIN [BLIND_LIST]
# BLIND_LIST is a file of article paths (section/name.txt), one per line;
# without it the articles of the blind gold, eval/testdata/bbc-gold-b.jsonl,
# are left out.
set -eu
cd "$(dirname "$0")/.."
old=$1 new=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/bbc-input.sh ${3:+"$3"} > "$tmp/in.jsonl"
"$old" --quiet extract --format jsonl "$tmp/in.jsonl" > "$tmp/old.jsonl"
"$new" --quiet extract --format jsonl "$tmp/in.jsonl" > "$tmp/new.jsonl"
python3 - "$tmp/old.jsonl" "$tmp/new.jsonl" <<'PY'
import collections, json, sys
def ents(f):
    out = {}
    for l in open(f):
        d = json.loads(l)
        out[d["article"]["id"]] = {e["id"]: (e["name"], e.get("kind"), e.get("code"), len(e.get("mentions") or [])) for e in d["entities"]}
    return out
a, b = ents(sys.argv[1]), ents(sys.argv[2])
docs, new, gone, moved = 0, collections.Counter(), collections.Counter(), collections.Counter()
for k in a:
    if a[k] == b[k]:
        continue
    docs += 1
    for i in set(b[k]) - set(a[k]):
        new[(i,) + b[k][i][:3]] += 1
    for i in set(a[k]) - set(b[k]):
        gone[(i,) + a[k][i][:3]] += 1
    for i in set(a[k]) & set(b[k]):
        if a[k][i] != b[k][i]:
            moved[(i, a[k][i][2], b[k][i][2])] += 1
print("articles changed", docs, "| entities new", sum(new.values()), "| gone", sum(gone.values()), "| same id, code or mentions changed", sum(moved.values()))
for title, c in (("NEW", new), ("GONE", gone), ("CHANGED (id, old code, new code)", moved)):
    print(title + ":")
    for k, n in c.most_common():
        print("  ", n, *k)
PY
