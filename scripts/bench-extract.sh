#!/usr/bin/env bash
# Times `geokg extract` over the BBC corpus (2,095 articles) on two cores (the
# target machine's; extraction runs on every core, output in input order) and
# reports articles per second and peak memory. Usage:
#   scripts/bench-extract.sh [CORPUS_DIR]   (default ../shared/corpora/bbc-news/news)
# The Go benchmark of the extractor alone is:
#   go test ./extract -run '^$' -bench Corpus -benchtime 3x
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc-news/news}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
bin=$(mktemp -d)/geokg
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/geokg
n=$(find "$corpus" -type f -name '*.txt' | wc -l)
best=""
for run in 1 2 3; do
	# GOMAXPROCS=2 and taskset: two cores, as the target says.
	out=$( { GOMAXPROCS=2 taskset -c 0,1 /usr/bin/time -f '%e %U %S %M' "$bin" --quiet extract --format jsonl "$corpus" > /dev/null || echo FAILED; } 2>&1 | tail -1)
	case $out in *FAILED*) echo "geokg extract failed: $out" >&2; exit 1;; esac
	read -r wall user sys rss <<<"$out"
	cpu=$(echo "$user + $sys" | bc)
	echo "run $run: $n articles, wall ${wall}s, cpu ${cpu}s, peak RSS $((rss / 1024)) MiB"
	if [ -z "$best" ] || (( $(echo "$wall < $best" | bc) )); then best=$wall; bestrss=$rss; bestcpu=$cpu; fi
done
echo "best: $(echo "$n / $best" | bc) articles/s wall ($(echo "$n / $bestcpu" | bc) articles/s of CPU), peak RSS $((bestrss / 1024)) MiB"
