#!/usr/bin/env bash
# Writes the answers of the canned queries in DQL_DIR (queries/dql, or an
# older copy: git archive main queries/dql | tar -x -C /tmp/old) to
# OUT_DIR, one JSON file per case, for comparing two versions of the DQL on
# one graph: run it with each, then diff -r the two OUT_DIRs. Usage:
#   scripts/query-answers.sh DQL_DIR OUT_DIR [geokg global flags...]
# e.g. scripts/query-answers.sh /tmp/old/queries/dql /tmp/a-old --alpha 127.0.0.1:9541
# GEOKG names the geokg binary (default: go run ./cmd/geokg). The cases
# are those of scripts/bench-queries.sh and more (other actors, windows,
# later pages), with names a BBC-derived graph has.
set -euo pipefail
cd "$(dirname "$0")/.."
dql=${1:?usage: query-answers.sh DQL_DIR OUT_DIR [geokg flags...]}
out=${2:?usage: query-answers.sh DQL_DIR OUT_DIR [geokg flags...]}
shift 2
geokg=${GEOKG:-go run ./cmd/geokg}
mkdir -p "$out"
n=0
while IFS='|' read -r name vars; do
	[ -z "$name" ] && continue
	n=$((n + 1))
	args=()
	if [ -n "$vars" ]; then
		IFS=';' read -ra kv <<<"$vars"
		for v in "${kv[@]}"; do args+=(--var "$v"); done
	fi
	$geokg "$@" --quiet query --file "$dql/$name.dql" "${args[@]}" >"$out/$(printf '%02d' "$n")-$name.json"
done <<'CASES'
actor-timeline|actor=United States
actor-timeline|actor=United States;first=500
actor-timeline|actor=Russia;offset=300
actor-timeline|actor=United Kingdom;from=2005-01-01;to=2006-12-31
agreement|agreement=Kyoto Protocol
agreement|agreement=Kyoto Protocol;first=500
agreement|agreement=Convention on Seafarers
agreement|agreement=Stability and Growth Pact
agreement|agreement=India-Russia memorandum
as-of|actor=United States;date=2005-06-01
as-of|actor=United States;date=2005-06-01;first=500
as-of|actor=European Union;date=2005-06-01
as-of|actor=United Nations;date=2008-01-01;offset=20
changes|actor=United States;from=2000-01-01;to=2010-12-31
changes|actor=Russia;from=2004-01-01;to=2006-12-31;first=500
dyad|a=United States;b=Iraq
dyad|a=United States;b=Iraq;first=500
dyad|a=United Kingdom;b=France
dyad-series|a=United States;b=Iraq
dyad-series|a=United Kingdom;b=France
path|a=Japan;b=Brazil
path|a=United States;b=Iraq
path|a=Tony Blair;b=China
withdrawals|
withdrawals|first=500
withdrawals|from=2004-01-01;to=2005-06-30
CASES
echo "query-answers.sh: $n answers in $out"
