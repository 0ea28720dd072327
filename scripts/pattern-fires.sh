#!/usr/bin/env bash
# pattern-fires.sh: does every event pattern and trigger frame earn its place?
#
# For each line of extract/dict/verbs.tsv, nouns.tsv and frames.tsv, counts
# the distinct sentences on which it makes an event (`geokg fires`, before
# repeated reports are merged) in three sets nobody here wrote:
#   plv   ../shared/eval/plv-dev.jsonl
#   plover ../shared/eval/plover-dev.jsonl
#   bbc   ../shared/corpora/bbc-news/news
# and prints the table, the distribution (0, 1, 2-4, 5+ sentences), the lines
# under 2 sentences in all and the lines that fire on the dev sets only
# (never on BBC). A frame is one line: its fires are those of all its verbs
# and nouns; with -m the script also lists each frame's verbs that never fire.
#
# Usage (from the repository root):
#   scripts/pattern-fires.sh [-m] [-o DIR]
# GEOKG=path/to/geokg uses that binary instead of building one; SHARED=dir
# points at the shared data (default ../shared). -o keeps the raw fires and
# the table in DIR (default: a temporary directory, removed).
# Exit status: 0, also when some lines fire under twice (the table says so).
set -euo pipefail

members=0
out=""
while getopts "mo:" opt; do
	case $opt in
	m) members=1 ;;
	o) out=$OPTARG ;;
	*) echo "usage: $0 [-m] [-o DIR]" >&2; exit 2 ;;
	esac
done

shared=${SHARED:-../shared}
for f in "$shared/eval/plv-dev.jsonl" "$shared/eval/plover-dev.jsonl" "$shared/corpora/bbc-news/news"; do
	[ -e "$f" ] || { echo "$0: $f not found (set SHARED)" >&2; exit 1; }
done

if [ -n "$out" ]; then
	mkdir -p "$out"
	tmp=$out
else
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
fi
bin=${GEOKG:-}
if [ -z "$bin" ]; then
	bin=$tmp/geokg
	go build -o "$bin" ./cmd/geokg
fi

"$bin" -q fires "$shared/eval/plv-dev.jsonl" >"$tmp/fires-plv.tsv"
"$bin" -q fires "$shared/eval/plover-dev.jsonl" >"$tmp/fires-plover.tsv"
"$bin" -q fires "$shared/corpora/bbc-news/news" >"$tmp/fires-bbc.tsv"

# Every pattern line: FILE:LINE, code, pattern (for frames "verbs class").
# The header is the first line that is neither blank nor a comment, as the
# loader reads it (extract/dict.go parseFile).
for f in verbs nouns frames; do
	awk -F'\t' -v file="extract/dict/$f.tsv" -v frames=$([ $f = frames ] && echo 1 || echo 0) '
		/^[ \t]*$/ || /^#/ { next }
		!hdr { hdr = 1; next }
		{ print file ":" NR "\t" $1 "\t" (frames ? $2 " | " $3 : $2) }' "extract/dict/$f.tsv"
done >"$tmp/patterns.tsv"

# The table: FILE:LINE code pattern plv plover bbc total. Lines of one file
# with the same code and words are one pattern, counted together: a line
# flagged org or actor is the same words read with the type of what follows
# ("withdraw from" before an organization), tried before its untyped twin.
awk -F'\t' '
	FNR == 1 { set++ }
	set == 1 { f = $1; sub(/:[0-9]+$/, "", f); key[$1] = f "\t" $2 "\t" $3; next }
	set <= 4 { k = key[$1]; if (k == "") k = $1; if (!seen[set, k, $5]++) n[set - 1, k]++; next }
	{ k = key[$1]; t = n[1, k] + n[2, k] + n[3, k]
	  printf "%s\t%s\t%s\t%d\t%d\t%d\t%d\n", $1, $2, $3, n[1, k], n[2, k], n[3, k], t }
' "$tmp/patterns.tsv" "$tmp/fires-plv.tsv" "$tmp/fires-plover.tsv" "$tmp/fires-bbc.tsv" "$tmp/patterns.tsv" >"$tmp/table.tsv"

printf 'line\tcode\tpattern\tplv\tplover\tbbc\ttotal\n'
cat "$tmp/table.tsv"
echo
echo "distribution (distinct sentences a line makes events on, the three sets together):"
awk -F'\t' '
	{ f = $1; sub(/:.*/, "", f); sub(/.*\//, "", f); files[f] = 1
	  b = $7 == 0 ? "0" : $7 == 1 ? "1" : $7 <= 4 ? "2-4" : "5+"
	  c[f, b]++; c["all", b]++; c[f, "n"]++; c["all", "n"]++
	  if ($7 > 0 && $6 == 0) { c[f, "dev"]++; c["all", "dev"]++ } }
	END {
		printf "  %-11s %6s %6s %6s %6s %6s %9s\n", "file", "lines", "0", "1", "2-4", "5+", "dev-only"
		n = split("verbs.tsv nouns.tsv frames.tsv all", fs, " ")
		for (i = 1; i <= n; i++) { f = fs[i]
			printf "  %-11s %6d %6d %6d %6d %6d %9d\n", f, c[f, "n"], c[f, "0"], c[f, "1"], c[f, "2-4"], c[f, "5+"], c[f, "dev"] }
		print "  (dev-only: fires on plv-dev or PLOVER dev, never on BBC)"
	}' "$tmp/table.tsv"
echo
echo "under 2 sentences in all:"
awk -F'\t' '$7 < 2 { printf "  %s\t%s\t%s\tplv %d plover %d bbc %d\n", $1, $2, $3, $4, $5, $6 }' "$tmp/table.tsv"
echo
echo "on the dev sets only (never on BBC), 2 or more:"
awk -F'\t' '$7 >= 2 && $6 == 0 { printf "  %s\t%s\t%s\tplv %d plover %d\n", $1, $2, $3, $4, $5 }' "$tmp/table.tsv"

if [ $members = 1 ]; then
	echo
	echo "frame verbs that never fire (line, verb):"
	awk -F'\t' '
		FILENAME ~ /fires-/ { if ($1 ~ /frames\.tsv/) { split($2, w, " \\* "); v = w[1]; sub(/ of$/, "", v); fired[$1, v] = 1 }; next }
		$1 ~ /frames\.tsv/ { split($3, p, " \\| "); nv = split(p[1], vs, "|")
			for (i = 1; i <= nv; i++) if (!fired[$1, vs[i]]) printf "  %s\t%s\t%s\n", $1, $2, vs[i] }
	' "$tmp/fires-plv.tsv" "$tmp/fires-plover.tsv" "$tmp/fires-bbc.tsv" "$tmp/table.tsv"
fi
