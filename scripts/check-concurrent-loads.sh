#!/usr/bin/env bash
# Many loaders at once: loads a corpus (default the BBC articles, whose five
# sections are its subdirectories) once into one fresh Dgraph, then with four
# separate `geokg load` processes at once on overlapping parts of it (each
# part loaded by two of them) into a second fresh Dgraph; prints each
# loader's exit code and time, and compares the two graphs node by node
# (export's TestCompareGraphs: counts and a canonical dump by xid).
# Usage:
#   scripts/check-concurrent-loads.sh [CORPUS_DIR] [PORT_OFFSET]
# (defaults ../shared/corpora/bbc-news/news and 240; the second Dgraph uses
# PORT_OFFSET+10). CORPUS_DIR needs at least two subdirectories.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc-news/news}
off=${2:-240}
off2=$((off + 10))
mapfile -t parts < <(find "$corpus" -mindepth 1 -maxdepth 1 -type d | sort)
[ "${#parts[@]}" -ge 2 ] || { echo "$corpus needs at least two subdirectories" >&2; exit 2; }
work=$(mktemp -d)
bin=$work/geokg
cleanup() {
	"$bin" --quiet --data-dir "$work/a" --port-offset "$off" dgraph down >/dev/null 2>&1 || true
	"$bin" --quiet --data-dir "$work/b" --port-offset "$off2" dgraph down >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT
go build -o "$bin" ./cmd/geokg
"$bin" --quiet --data-dir "$work/a" --port-offset "$off" dgraph up >/dev/null
"$bin" --quiet --data-dir "$work/b" --port-offset "$off2" dgraph up >/dev/null
one=127.0.0.1:$((9080 + off))
many=127.0.0.1:$((9080 + off2))

start=$(date +%s.%N)
"$bin" --quiet --alpha "$one" load "$corpus" >"$work/one.out" 2>"$work/one.err" ||
	{ echo "the single load failed:" >&2; tail -5 "$work/one.err" >&2; exit 1; }
echo "one load: $(echo "$(date +%s.%N) - $start" | bc | cut -c1-6)s: $(cat "$work/one.out")"

# Loader i takes parts i and i+1 (wrapping), split over four loaders.
n=${#parts[@]}
pids=()
start=$(date +%s.%N)
for i in 0 1 2 3; do
	mine=()
	for ((j = i; j < n; j += 4)); do mine+=("${parts[j]}" "${parts[(j + 1) % n]}"); done
	( /usr/bin/time -f '%e' -o "$work/time$i" "$bin" --quiet --alpha "$many" load "${mine[@]}" >"$work/out$i" 2>"$work/err$i"; echo $? >"$work/code$i" ) &
	pids+=($!)
	echo "loader $((i + 1)): ${mine[*]#"$corpus"/}"
done
wait "${pids[@]}"
echo "four loaders at once: $(echo "$(date +%s.%N) - $start" | bc | cut -c1-6)s"
failed=0
for i in 0 1 2 3; do
	code=$(cat "$work/code$i")
	echo "loader $((i + 1)): exit $code in $(cat "$work/time$i")s: $(cat "$work/out$i")"
	if [ "$code" -ne 0 ]; then
		failed=1
		tail -5 "$work/err$i" >&2
	fi
done
GEOKG_TIMEOUT=10m GEOKG_EXPORT_COMPARE="$one,$many" go test ./export -short -count=1 -run '^TestCompareGraphs$' -v | grep -E 'compare_test|PASS|FAIL|ok' || failed=1
exit $failed
