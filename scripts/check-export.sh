#!/usr/bin/env bash
# Exports a loaded graph in every format, with wall time and peak memory,
# then reloads the N-Quads with the real `dgraph live --upsertPredicate xid`
# into a fresh Dgraph and compares the two graphs (counts by type and edge,
# and a canonical dump of every node by xid). Usage:
#   scripts/check-export.sh SRC_ALPHA [PORT_OFFSET] [OUT_DIR]
# SRC_ALPHA is the gRPC address of the Dgraph holding the graph (e.g. one
# loaded with `geokg load ../shared/corpora/bbc-news`); the fresh Dgraph runs
# on PORT_OFFSET (default 410) with a temporary data directory and is stopped
# at the end. The exports are kept in OUT_DIR (default: a temporary one).
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:?usage: scripts/check-export.sh SRC_ALPHA [PORT_OFFSET] [OUT_DIR]}
off=${2:-410}
tmp=$(mktemp -d)
out=${3:-$tmp/out}
mkdir -p "$out"
bin=$tmp/geokg
go build -o "$bin" ./cmd/geokg
dgraph=$("$bin" dgraph build)
cleanup() {
	"$bin" --quiet --data-dir "$tmp/dgraph" --port-offset "$off" dgraph down >/dev/null 2>&1 || true
	rm -rf "$tmp/dgraph" "$tmp/live" "$bin"
}
trap cleanup EXIT

for f in rdf graphml csv events-tsv; do
	extra=()
	[ "$f" = rdf ] && extra=(--schema "$out/geokg.schema")
	t=$( { /usr/bin/time -f '%e %M' "$bin" --quiet --alpha "$src" export --format "$f" --out "$out/export.$f" "${extra[@]}"; } 2>&1 | tail -1)
	read -r wall rss <<<"$t"
	echo "export $f: wall ${wall}s, peak RSS $((rss / 1024)) MiB, $(wc -c <"$out/export.$f") bytes, $(wc -l <"$out/export.$f") lines"
done

"$bin" --quiet --data-dir "$tmp/dgraph" --port-offset "$off" dgraph up >/dev/null
dst=127.0.0.1:$((9080 + off))
mkdir -p "$tmp/live"
t=$( { cd "$tmp/live" && /usr/bin/time -f '%e %M' "$dgraph" live --alpha "$dst" --zero "127.0.0.1:$((5080 + off))" \
	-f "$out/export.rdf" -s "$out/geokg.schema" --upsertPredicate xid >"$tmp/live.log"; } 2>&1 | tail -1)
read -r wall rss <<<"$t"
echo "dgraph live --upsertPredicate xid into $dst: wall ${wall}s, $(grep -o 'N-Quads processed *: [0-9]*' "$tmp/live.log" | grep -o '[0-9]*$') N-Quads"
GEOKG_EXPORT_COMPARE="$src,$dst" go test ./export -short -count=1 -run '^TestCompareGraphs$' -v | grep -E 'compare_test|PASS|FAIL|ok'
