#!/usr/bin/env bash
# Server latency p50/p95 of every canned query (queries/dql) against a running
# Dgraph, as Dgraph reports it (extensions.server_latency.total_ns), over RUNS
# runs each, with example values a BBC-derived graph can answer. Usage:
#   scripts/bench-queries.sh ALPHA_GRPC ALPHA_HTTP [RUNS]
# e.g. scripts/bench-queries.sh 127.0.0.1:9080 127.0.0.1:8080 20.
# path is bounded by the query itself (see queries/dql/path.dql).
# With ALPHA_PID set to the alpha's process id (on this machine), each line
# also gives the alpha's CPU time per run, which a busy machine inflates
# less than latency. QUERIES="dyad path" runs only those.
set -euo pipefail
cd "$(dirname "$0")/.."
http=${2:?usage: bench-queries.sh ALPHA_GRPC ALPHA_HTTP [RUNS]}
runs=${3:-20}
declare -A vars=(
	[actor-timeline]='{"$actor":"United States"}'
	[agreement]='{"$agreement":"Kyoto Protocol"}'
	[as-of]='{"$actor":"United States","$date":"2005-06-01"}'
	[changes]='{"$actor":"United States","$from":"2000-01-01","$to":"2010-12-31"}'
	[dyad-series]='{"$a":"United States","$b":"Iraq"}'
	[dyad]='{"$a":"United States","$b":"Iraq"}'
	[path]='{"$a":"Japan","$b":"Brazil"}'
	[withdrawals]='{}'
)
cpu() { if [ -n "${ALPHA_PID:-}" ]; then awk '{print $14+$15}' "/proc/$ALPHA_PID/stat"; else echo 0; fi; }
tck=$(getconf CLK_TCK)
for f in queries/dql/*.dql; do
	name=$(basename "$f" .dql)
	if [ -n "${QUERIES:-}" ] && [[ " $QUERIES " != *" $name "* ]]; then
		continue
	fi
	v=${vars[$name]:-'{}'}
	body=$(jq -n --rawfile q "$f" --argjson v "$v" '{query: $q, variables: $v}')
	lat=()
	c0=$(cpu)
	for _ in $(seq "$runs"); do
		ns=$(curl -fsS -H 'Content-Type: application/json' "http://$http/query" -d "$body" | jq '.extensions.server_latency.total_ns')
		lat+=("$ns")
	done
	cpums=$(( ($(cpu) - c0) * 1000 / tck / runs ))
	printf '%s\n' "${lat[@]}" | sort -n | awk -v name="$name" -v cpums="$cpums" -v pid="${ALPHA_PID:-}" '{a[NR]=$1} END {
		p50=a[int((NR+1)*0.5)]; p95=a[int(NR*0.95+0.5)]; if (p95=="") p95=a[NR];
		printf "%-15s p50 %7.1f ms  p95 %7.1f ms  (%d runs)", name, p50/1e6, p95/1e6, NR
		if (pid != "") printf "  alpha cpu %d ms/run", cpums
		printf "\n" }'
done
