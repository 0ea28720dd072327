#!/usr/bin/env bash
# Times `geokg load` of a corpus (default: the 2,095 BBC articles) into a
# fresh Dgraph, exports the graph it built with Dgraph's own export (RDF),
# then times `dgraph live --upsertPredicate xid` loading that same graph into
# another fresh Dgraph, and prints both times and their ratio. Then it loads
# the corpus again into the first graph (a reload of unchanged input) and
# times that too. Usage:
#   scripts/bench-load.sh [CORPUS_DIR] [PORT_OFFSET]
# (defaults ../shared/corpora/bbc-news/news and 200; the second Dgraph uses
# PORT_OFFSET+10). Needs curl; the Dgraph binary is found or built as
# `geokg dgraph build` does. Everything lives in a temporary directory that
# is removed at the end, the Dgraphs it started stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc-news/news}
off=${2:-200}
off2=$((off + 10))
[ -e "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
work=$(mktemp -d)
bin=$work/geokg
cleanup() {
	"$bin" --quiet --data-dir "$work/a" --port-offset "$off" dgraph down >/dev/null 2>&1 || true
	"$bin" --quiet --data-dir "$work/b" --port-offset "$off2" dgraph down >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
go build -o "$bin" ./cmd/geokg
dgraph=$("$bin" --quiet dgraph build)

"$bin" --quiet --data-dir "$work/a" --port-offset "$off" dgraph up
alpha=127.0.0.1:$((9080 + off))

# timed runs: wall seconds, peak RSS and CPU seconds of the process.
timed() { /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@"; read -r wall rss usr sys <"$work/time"; cpu=$(echo "$usr + $sys" | bc); }
# dgraph_cpu DIR: CPU seconds the Dgraph (zero and alpha) with data in DIR
# has used so far. On a busy machine wall times swing with the load; the
# CPU seconds of both sides (loader + Dgraph) are the steadier comparison.
dgraph_cpu() {
	local t=0 pid
	for pid in $(pgrep -f -- "=$1/"); do
		t=$((t + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
	done
	echo "scale=1; $t / $(getconf CLK_TCK)" | bc
}

code=0
d0=$(dgraph_cpu "$work/a")
timed "$bin" --quiet --alpha "$alpha" load "$corpus" >"$work/load.out" 2>"$work/load.err" || code=$?
geokg_wall=$wall geokg_rss=$rss geokg_cpu=$cpu geokg_dcpu=$(echo "$(dgraph_cpu "$work/a") - $d0" | bc)
[ "$code" -le 3 ] || { echo "geokg load failed (exit $code):" >&2; tail -5 "$work/load.err" >&2; exit 1; }
echo "geokg load:    ${geokg_wall}s, peak RSS $((geokg_rss / 1024)) MiB, CPU: geokg ${geokg_cpu}s + Dgraph ${geokg_dcpu}s (exit $code): $(cat "$work/load.out")"

curl -fsS -H 'Content-Type: application/json' "http://127.0.0.1:$((8080 + off))/admin" \
	-d '{"query":"mutation { export(input: {format: \"rdf\"}) { response { code message } } }"}' >"$work/export.json"
grep -q Success "$work/export.json" || { echo "export failed: $(cat "$work/export.json")" >&2; exit 1; }
# The export call may return before the files are complete: wait until both
# are whole gzip streams.
for _ in $(seq 120); do
	rdf=$(find "$work/a" -path '*export*' -name '*.rdf.gz' | head -1)
	schema=$(find "$work/a" -path '*export*' -name '*.schema.gz' | head -1)
	if [ -n "$rdf" ] && [ -n "$schema" ] && gzip -t "$rdf" 2>/dev/null && gzip -t "$schema" 2>/dev/null; then break; fi
	sleep 1
done
gzip -t "$rdf" && gzip -t "$schema" || { echo "export under $work/a is incomplete" >&2; exit 1; }
nquads=$(zcat "$rdf" | wc -l)

code=0
timed "$bin" --quiet --alpha "$alpha" load "$corpus" >"$work/reload.out" 2>"$work/reload.err" || code=$?
reload_wall=$wall
echo "geokg reload:  ${reload_wall}s (exit $code): $(cat "$work/reload.out")"
"$bin" --quiet --data-dir "$work/a" --port-offset "$off" dgraph down >/dev/null

"$bin" --quiet --data-dir "$work/b" --port-offset "$off2" dgraph up
d0=$(dgraph_cpu "$work/b")
timed "$dgraph" live --files "$rdf" --schema "$schema" --alpha "127.0.0.1:$((9080 + off2))" \
	--zero "127.0.0.1:$((5080 + off2))" --upsertPredicate xid >"$work/live.out" 2>&1 ||
	{ echo "dgraph live failed:" >&2; tail -20 "$work/live.out" >&2; exit 1; }
live_wall=$wall live_cpu=$cpu live_dcpu=$(echo "$(dgraph_cpu "$work/b") - $d0" | bc)
echo "dgraph live --upsertPredicate xid: ${live_wall}s, CPU: live ${live_cpu}s + Dgraph ${live_dcpu}s, for the same graph ($nquads N-Quads from Dgraph's export)"
echo "ratio geokg/live: wall $(echo "scale=1; $geokg_wall / $live_wall" | bc)x, CPU seconds $(echo "scale=1; ($geokg_cpu + $geokg_dcpu) / ($live_cpu + $live_dcpu)" | bc)x  (reload/first load: $(echo "scale=2; $reload_wall / $geokg_wall" | bc)x)"
