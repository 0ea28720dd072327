#!/usr/bin/env bash
# trigger-missed-why.sh: why did the "trigger missed" pairs of plv-dev make no event?
#
# Runs `geokg eval` on the span gold, then each sentence of a "trigger
# missed" pair alone with GEOKG_DEBUG=1, and sorts the pair into one cause:
#   no-trigger              no dictionary pattern fired (TRIG lines: none)
#   trig-not-coded          a pattern fired but was dropped before its actors
#                           were sought (no CODE line: absorbed, conditional,
#                           or an early rule such as an alleged act)
#   no-source:unknown-actor a pattern was coded with no source, and the gold
#                           source span alone names no actor geokg knows
#   no-source:known-actor   coded with no source though the span alone names
#                           a known actor: the subject finding lost it (the
#                           parse, a relative clause, reported speech, a
#                           pronoun) or the pattern that fired is not the act
#   coded-with-source       a source was found, yet no event of the type came
#                           out (no target where one is needed, another type)
# It prints one line per pair (cause, id, TRIG count, source span -> actors of
# the span alone, CODE sources/targets per trigger, the sentence's actors,
# the sentence), then the count per cause.
#
# Usage (from the repository root):
#   scripts/trigger-missed-why.sh [GOLD]
# GOLD defaults to $SHARED/eval/plv-dev.jsonl (SHARED defaults to ../shared).
# GEOKG=path/to/geokg uses that binary instead of building one. Needs jq.
set -euo pipefail

shared=${SHARED:-../shared}
gold=${1:-$shared/eval/plv-dev.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=${GEOKG:-}
if [ -z "$bin" ]; then
	bin=$tmp/geokg
	go build -o "$bin" ./cmd/geokg
fi

"$bin" eval --gold "$gold" >"$tmp/eval.txt"
grep -A1 '\[trigger missed\]' "$tmp/eval.txt" | grep -v '^--$' | paste - - |
	while IFS=$'\t' read -r head sent; do
		id=${head#"${head%%[! ]*}"}
		id=${id%% *}
		src=$(sed -E 's/.*\] "(.*)">"(.*)"  got.*/\1/' <<<"$head")
		sent=$(sed -E 's/^ +//' <<<"$sent")
		dbg=$(GEOKG_DEBUG=1 "$bin" extract - <<<"$sent" 2>&1 || true)
		ntrig=$(grep -c '^TRIG' <<<"$dbg" || true)
		codes=$(grep '^CODE' <<<"$dbg" | awk '{print $3"/"$4}' | tr '\n' ' ' || true)
		srcent=$("$bin" extract - <<<"$src." 2>/dev/null | jq -r '[.entities[]?.name]|join("|")')
		ents=$(sed -n '/^{/,$p' <<<"$dbg" | jq -r '[.entities[]?.name]|join("|")' 2>/dev/null || true)
		if [ "$ntrig" = 0 ]; then
			cause=no-trigger
		elif [ -z "$codes" ]; then
			cause=trig-not-coded
		elif grep -qv '^\(0/[0-9]* \)*$' <<<"$codes"; then
			cause=coded-with-source
		elif [ -z "$srcent" ]; then
			cause=no-source:unknown-actor
		else
			cause=no-source:known-actor
		fi
		printf '%s\t%s\t%s\tsrc=[%s]->{%s}\tcodes=%s\tents={%s}\t%s\n' "$cause" "$id" "$ntrig" "$src" "$srcent" "$codes" "$ents" "$sent"
	done | tee "$tmp/why.tsv"
echo
cut -f1 "$tmp/why.tsv" | sort | uniq -c | sort -rn
