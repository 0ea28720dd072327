#!/usr/bin/env bash
# Length of the chain a version of path.dql finds for each pair of actors
# read from stdin ("A|B" a line), for comparing two bounds of the search on
# one graph: prints "A|B|steps|uids" (steps 0 when no chain is found within
# the bound; uids: the chain's nodes from A to B, as queries.Shape orders
# them) and, on stderr, how many pairs got a chain of each length. Usage:
#   scripts/path-lengths.sh PATH_DQL ALPHA_HTTP < pairs.txt
# e.g. scripts/path-lengths.sh queries/dql/path.dql 127.0.0.1:8080 < pairs.txt
set -euo pipefail
dql=${1:?usage: path-lengths.sh PATH_DQL ALPHA_HTTP < pairs.txt}
http=${2:?usage: path-lengths.sh PATH_DQL ALPHA_HTTP < pairs.txt}
while IFS='|' read -r a b; do
	[ -z "$a" ] && continue
	jq -n --rawfile q "$dql" --arg a "$a" --arg b "$b" '{query: $q, variables: {"$a": $a, "$b": $b}}' |
		curl -fsS -H 'Content-Type: application/json' "http://$http/query" -d @- |
		jq -r --arg a "$a" --arg b "$b" '.data as $d
			| def has($k): ($d[$k] // []) | length > 0;
			def chain: [.[] as $k | $d[$k][0].uid] | join(" ");
			(if has("l2") then [2, (["a", "l2", "b"] | chain)]
			 elif has("l4a") and has("m4") and has("l4b") then [4, (["a", "l4a", "m4", "l4b", "b"] | chain)]
			 elif has("l6a") and has("x6") and has("m6") and has("y6") and has("l6b") then [6, (["a", "l6a", "x6", "m6", "y6", "l6b", "b"] | chain)]
			 else [0, ""] end) as $r
			| "\($a)|\($b)|\($r[0])|\($r[1])"'
done | tee >(awk -F'|' '{n[$3]++} END {for (k in n) printf "steps %s: %d pairs\n", k, n[k] > "/dev/stderr"}')
