#!/usr/bin/env bash
# A large synthetic corpus in one command: writes ARTICLES articles (default
# 100,000) as copies of a corpus (default the 2,095 BBC articles; copy 1 is
# the corpus, the others made by synth-copy.sh), loads them all with ONE
# `geokg load` into a fresh Dgraph, and prints the loading rate per 2,000
# articles (from the Article count, read every 5 seconds), the whole run's
# time and geokg's peak RSS. Then the canned queries' latencies on the
# result (bench-queries.sh) unless NO_QUERIES is set. Usage:
#   scripts/bench-corpus.sh [ARTICLES] [CORPUS_DIR] [PORT_OFFSET] [KEEP_DIR]
# (defaults 100000, ../shared/corpora/bbc-news/news, 260). With KEEP_DIR
# the Dgraph data and the copies are kept there, and Dgraph left running.
# Needs perl, curl, jq; disk: about 1.5 GB for 100,000 articles and their graph.
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-100000}
corpus=${2:-../shared/corpora/bbc-news/news}
off=${3:-260}
keep=${4:-}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
work=${keep:-$(mktemp -d)}
mkdir -p "$work"
bin=$work/geokg
if [ -z "$keep" ]; then
	trap '"$bin" --quiet --data-dir "$work/d" --port-offset "$off" dgraph down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi
go build -o "$bin" ./cmd/geokg
per=$(find "$corpus" -type f | wc -l)
copies=$(((want + per - 1) / per))
mkdir -p "$work/corpus"
ln -sfn "$(realpath "$corpus")" "$work/corpus/copy1"
for k in $(seq 2 "$copies"); do
	[ -d "$work/corpus/copy$k" ] || scripts/synth-copy.sh "$corpus" "$k" "$work/corpus/copy$k"
done
total=$(find -L "$work/corpus" -type f | wc -l)
echo "corpus: $total articles in $copies copies under $work/corpus"

"$bin" --quiet --data-dir "$work/d" --port-offset "$off" dgraph up
alpha=127.0.0.1:$((9080 + off))
http=http://127.0.0.1:$((8080 + off))
articles() {
	curl -fsS -H 'Content-Type: application/dql' "$http/query" -d '{ a(func: type(Article)) { count(uid) } }' |
		jq -r '.data.a[0].count // 0'
}

start=$(date +%s.%N)
/usr/bin/time -f '%e %M %U %S' -o "$work/time" "$bin" --quiet --alpha "$alpha" load "$work/corpus" >"$work/out" 2>"$work/err" &
loader=$!
step=2000 next=2000 last_n=0 last_t=$start
echo "articles  seconds  articles/s in the last $step"
while kill -0 "$loader" 2>/dev/null; do
	sleep 5
	n=$(articles || echo "$last_n")
	now=$(date +%s.%N)
	while [ "$n" -ge "$next" ]; do
		# the rate over the articles since the last mark, at this poll
		rate=$(echo "scale=1; ($n - $last_n) / ($now - $last_t)" | bc)
		printf '%8d  %7.0f  %s\n' "$next" "$(echo "$now - $start" | bc)" "$rate"
		next=$((next + step))
		last_n=$n last_t=$now
	done
done
code=0
wait "$loader" || code=$?
read -r wall rss usr sys <"$work/time"
echo "geokg load: exit $code, $total articles in ${wall}s = $(echo "scale=1; $total / $wall" | bc) articles/s, peak RSS $((rss / 1024)) MiB, CPU $(echo "$usr + $sys" | bc)s: $(cat "$work/out")"
[ "$code" -le 3 ] || tail -5 "$work/err" >&2
[ -n "${NO_QUERIES:-}" ] || scripts/bench-queries.sh "$alpha" "${http#http://}"
