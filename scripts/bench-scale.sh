#!/usr/bin/env bash
# Flat cost: loads COPIES synthetic copies of a corpus (default the 2,095 BBC
# articles) one after the other into one fresh Dgraph and prints the rate of
# each (articles/s) and geokg's peak RSS, then the server latency p50/p95 of
# every canned query on the resulting graph (scripts/bench-queries.sh).
# Copy 1 is the corpus itself; copy k (k >= 2) is made by synth-copy.sh:
# every year shifted, country names rotated, every article new.
# Usage:
#   scripts/bench-scale.sh [COPIES] [CORPUS_DIR] [PORT_OFFSET]
# (defaults 3, ../shared/corpora/bbc-news/news, 220). Needs perl, curl, jq.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-3}
corpus=${2:-../shared/corpora/bbc-news/news}
off=${3:-220}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
work=$(mktemp -d)
bin=$work/geokg
trap '"$bin" --quiet --data-dir "$work/d" --port-offset "$off" dgraph down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
go build -o "$bin" ./cmd/geokg
"$bin" --quiet --data-dir "$work/d" --port-offset "$off" dgraph up
alpha=127.0.0.1:$((9080 + off))

first=""
for k in $(seq 1 "$copies"); do
	dir=$work/copy$k
	if [ "$k" -eq 1 ]; then
		dir=$corpus
	else
		scripts/synth-copy.sh "$corpus" "$k" "$dir"
	fi
	n=$(find "$dir" -type f | wc -l)
	/usr/bin/time -f '%e %M' -o "$work/time" "$bin" --quiet --alpha "$alpha" load "$dir" >"$work/out" 2>"$work/err" || true
	read -r wall rss <"$work/time"
	rate=$(echo "scale=1; $n / $wall" | bc)
	[ -n "$first" ] || first=$rate
	echo "copy $k: $n articles in ${wall}s = $rate articles/s (x$(echo "scale=2; $rate / $first" | bc) of copy 1), peak RSS $((rss / 1024)) MiB: $(cat "$work/out")"
	[ "$k" -eq 1 ] || rm -rf "$dir"
done
scripts/bench-queries.sh "$alpha" "127.0.0.1:$((8080 + off))"
