#!/usr/bin/env bash
# The end-to-end check of the seed article, as a new user would run it:
# extract it, load it twice into a throwaway managed Dgraph (its own data dir
# and ports, stopped at the end), count nodes after each load, and ask the
# dyad query for the US and Ukraine. Usage: scripts/check-seed.sh [ARTICLE]
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-../shared/articles/seed-ukraine-jccc.txt}
tmp=$(mktemp -d)
bin=$tmp/geokg
go build -o "$bin" ./cmd/geokg

export GEOKG_DATA_DIR=$tmp/dgraph
# A free port offset so that a Dgraph already running on the default ports is left alone.
off=$(( (RANDOM % 200) + 300 ))
cleanup() { GEOKG_ALPHA= "$bin" --port-offset "$off" dgraph down >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT

echo "== extract"
"$bin" extract --published 2017-12-28 --format jsonl "$article" > "$tmp/seed.jsonl"
python3 - "$tmp/seed.jsonl" <<'PY'
import json, sys
d = json.loads(open(sys.argv[1]).readline())
names = {e["id"]: e["name"] for e in d["entities"]}
print("entities (%d):" % len(d["entities"]), ", ".join(sorted(names.values())))
for e in d["events"]:
    print("  event %-5s %-9s %s -> %s  %s (%s) [%s]" % (e["cameo"], e["plover"], names.get(e["source"]), names.get(e.get("target"), "-"),
          e.get("date", "-"), e.get("date_precision", "-"), e["trigger"]))
for r in d["relations"]:
    print("  relation %-10s %s -> %s %s %s" % (r["type"], names.get(r["head"]), names.get(r["tail"]), r.get("label", ""),
          ("since " + r["since"]) if r.get("since") else "") + (("until " + r["until"]) if r.get("until") else ""))
PY

echo "== dgraph up (offset $off)"
"$bin" --port-offset "$off" dgraph up
export GEOKG_ALPHA=127.0.0.1:$((9080 + off))
count='{ n(func: has(dgraph.type)) { count(uid) } }'
for run in 1 2; do
	"$bin" load --published 2017-12-28 "$article"
	echo "nodes after load $run: $("$bin" query "$count" | tr -d ' \n')"
done
echo "== dyad US / Ukraine"
"$bin" report dyad --actor US --with Ukraine
