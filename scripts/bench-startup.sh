#!/usr/bin/env bash
# Start-up time of geokg's query and report commands, p50 over RUNS runs:
#   - `geokg query --help` and `geokg report --help`: exec to exit (wall ms),
#     and the Go package inits' own clock time and allocation
#     (GODEBUG=inittrace=1, summed over packages), plus the heaviest init;
#   - a real canned `geokg query` against Dgraph: exec to the first Dgraph
#     request and exec to the answer (GEOKG_TIMING=1 milestones).
# Usage: scripts/bench-startup.sh [ALPHA_GRPC] [RUNS]
# Without ALPHA_GRPC it starts a managed Dgraph (--port-offset $PORT_OFFSET,
# default 450; data in a temporary directory), loads examples/articles into
# it, and stops it at the end. Wall times on a busy machine are noisy; the
# CPU figure (user+system per run, from /usr/bin/time, 10 ms ticks, so a
# mean) is steadier. GEOKG_BIN=path benchmarks that binary instead of
# building this checkout (to compare with an older build).
set -euo pipefail
cd "$(dirname "$0")/.."
alpha=${1:-}
runs=${2:-20}
tmp=$(mktemp -d /tmp/bench-startup.XXXXXX)
bin=${GEOKG_BIN:-$tmp/geokg}
if [ -z "${GEOKG_BIN:-}" ]; then
	go build -o "$bin" ./cmd/geokg
fi
cleanup() {
	if [ -n "${managed:-}" ]; then
		"$bin" -q --data-dir "$tmp/dgraph" --port-offset "$offset" dgraph down >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

p50() { sort -n | awk '{v[NR]=$1} END {if (NR==0) {print "n/a"; exit} i=int((NR+1)/2); print v[i]}'; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f\n", (b-a)*1000}'; }

bench_help() { # name args...
	local name=$1
	shift
	local walls=() inits=() allocs=() cpus=()
	for _ in $(seq "$runs"); do
		t0=$EPOCHREALTIME
		"$bin" "$@" >/dev/null 2>&1
		t1=$EPOCHREALTIME
		walls+=("$(ms "$t0" "$t1")")
		GODEBUG=inittrace=1 "$bin" "$@" 2>"$tmp/trace" >/dev/null
		inits+=("$(awk '$1=="init" {s+=$5} END {printf "%.1f\n", s}' "$tmp/trace")")
		allocs+=("$(awk '$1=="init" {s+=$8} END {printf "%.1f\n", s/1e6}' "$tmp/trace")")
		/usr/bin/time -f '%U %S' -o "$tmp/cpu" "$bin" "$@" >/dev/null 2>&1
		cpus+=("$(awk '{printf "%.0f\n", ($1+$2)*1000}' "$tmp/cpu")")
	done
	heavy=$(awk '$1=="init" {printf "%s %.1f ms %.1f MB\n", $2, $5, $8/1e6}' "$tmp/trace" | sort -k2 -n -r | head -1)
	cpu_mean=$(printf '%s\n' "${cpus[@]}" | awk '{s+=$1} END {printf "%.0f", s/NR}')
	printf '%-22s start-up p50 %6s ms wall | inits p50 %5s ms, %5s MB | cpu mean %s ms/run | heaviest init: %s\n' \
		"$name" "$(printf '%s\n' "${walls[@]}" | p50)" "$(printf '%s\n' "${inits[@]}" | p50)" \
		"$(printf '%s\n' "${allocs[@]}" | p50)" "$cpu_mean" "$heavy"
}

echo "geokg start-up, p50 of $runs runs ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
bench_help "geokg query --help" query --help
bench_help "geokg report --help" report --help

if [ -z "$alpha" ]; then
	offset=${PORT_OFFSET:-450}
	managed=1
	"$bin" -q --data-dir "$tmp/dgraph" --port-offset "$offset" dgraph up >/dev/null
	alpha=127.0.0.1:$((9080 + offset))
	"$bin" -q --alpha "$alpha" load examples/articles >/dev/null
fi
first=() answer=() exits=()
for _ in $(seq "$runs"); do
	t0=$EPOCHREALTIME
	GEOKG_TIMING=1 "$bin" -q --alpha "$alpha" query dyad --var a="United States" --var b=Russia 2>"$tmp/timing" >/dev/null
	exits+=("$(ms "$t0" "$EPOCHREALTIME")")
	t0us=$(awk -v t="$t0" 'BEGIN {printf "%.0f", t*1e6}')
	first+=("$(awk -v t="$t0us" '$3=="first-request" {printf "%.1f\n", ($4-t)/1000}' "$tmp/timing")")
	answer+=("$(awk -v t="$t0us" '$3=="answered" {printf "%.1f\n", ($4-t)/1000}' "$tmp/timing")")
done
printf '%-22s exec to first Dgraph request p50 %s ms | to answer p50 %s ms | to exit p50 %s ms (alpha %s)\n' "geokg query dyad" \
	"$(printf '%s\n' "${first[@]}" | p50)" "$(printf '%s\n' "${answer[@]}" | p50)" "$(printf '%s\n' "${exits[@]}" | p50)" "$alpha"
