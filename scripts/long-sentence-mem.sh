#!/usr/bin/env bash
# Peak memory of `geokg extract` on one 10 MB sentence full of event phrases
# and without a full stop (an adversarial input just under --max-bytes).
# Usage: scripts/long-sentence-mem.sh [BYTES]   (default 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/geokg" ./cmd/geokg
phrases=("Russia attacked Ukraine and " "the United States condemned Russia, while " "Turkey signed an agreement with Greece and " "NATO troops withdrew from Kosovo as " "Iran threatened Israel and ")
block=$(printf '%s' "${phrases[@]}")
for ((n = 0; n < size; n += ${#block})); do printf '%s' "$block"; done | head -c "$size" > "$tmp/run.txt" || true
echo >> "$tmp/run.txt"
code=0
/usr/bin/time -f 'wall %es, peak RSS %M KiB' "$tmp/geokg" --quiet extract --format jsonl --published 2020-01-01 "$tmp/run.txt" > "$tmp/out.jsonl" 2> "$tmp/err" || code=$?
tail -1 "$tmp/err"
echo "exit $code (3: the long sentence is reported), output $(wc -c < "$tmp/out.jsonl") bytes, input $(wc -c < "$tmp/run.txt") bytes"
