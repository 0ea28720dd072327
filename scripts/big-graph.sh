#!/usr/bin/env bash
# Builds the large synthetic graph of docs/query-speed.md in
# a managed Dgraph of its own and leaves it running: COPIES copies of an RDF
# export (scripts/synth-graph.sh), loaded with dgraph bulk. Usage:
#   scripts/big-graph.sh IN.rdf[.gz] COPIES DATA_DIR PORT_OFFSET
# e.g. scripts/big-graph.sh bbc.rdf 48 /tmp/big 410, then
#   ALPHA_PID=$(jq .alpha.pid /tmp/big/geokg-dgraph.json) scripts/bench-queries.sh 127.0.0.1:9490 127.0.0.1:8490 20
# and stop it with: geokg --data-dir /tmp/big --port-offset 410 dgraph down
# DATA_DIR must not hold a graph yet.
set -euo pipefail
cd "$(dirname "$0")/.."
in=${1:?usage: big-graph.sh IN.rdf[.gz] COPIES DATA_DIR PORT_OFFSET}
copies=${2:?usage: big-graph.sh IN.rdf[.gz] COPIES DATA_DIR PORT_OFFSET}
dir=${3:?usage: big-graph.sh IN.rdf[.gz] COPIES DATA_DIR PORT_OFFSET}
off=${4:?usage: big-graph.sh IN.rdf[.gz] COPIES DATA_DIR PORT_OFFSET}
if [ -e "$dir/p" ]; then
	echo "big-graph.sh: $dir already holds a Dgraph (p/); give an empty or new DATA_DIR" >&2
	exit 2
fi
mkdir -p "$dir"
work=$(mktemp -d "$dir/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
bin=$work/geokg
go build -o "$bin" ./cmd/geokg
dgraph=$("$bin" dgraph build)
scripts/synth-graph.sh "$in" "$copies" "$work/graph.rdf.gz"
"$bin" schema > "$work/geokg.schema"
"$bin" --data-dir "$dir" --port-offset "$off" dgraph up
# bulk leases its uids from the managed zero; the alpha then serves bulk's output.
# Its pprof server moves to 4080+offset, a port no Dgraph of ours uses (its default,
# localhost:8080, is often another Dgraph's HTTP port on a shared machine).
/usr/bin/time -f 'dgraph bulk: %e s wall %U+%S cpu %M KB' "$dgraph" bulk -f "$work/graph.rdf.gz" -s "$work/geokg.schema" \
	--zero "127.0.0.1:$((5080 + off))" --http "127.0.0.1:$((4080 + off))" --map_shards 1 --reduce_shards 1 --out "$work/out" --tmp "$work/tmp" >"$work/bulk.log" 2>&1 ||
	{ tail -20 "$work/bulk.log" >&2; exit 1; }
"$bin" --data-dir "$dir" --port-offset "$off" dgraph down
rm -rf "${dir:?}/p"
mv "$work/out/0/p" "$dir/p"
"$bin" --data-dir "$dir" --port-offset "$off" dgraph up
tail -1 "$work/bulk.log"
curl -fsS -H 'Content-Type: application/dql' "http://127.0.0.1:$((8080 + off))/query" \
	-d '{ nodes(func: has(dgraph.type)) { count(uid) } articles(func: type(Article)) { count(uid) } events(func: type(Event)) { count(uid) } }' |
	jq -c '.data'
