#!/usr/bin/env bash
# Actors under two ids after loading a corpus: loads CORPUS_DIR (default the
# BBC corpus) with ONE `geokg load` into a fresh managed Dgraph and counts
#  - organizations whose names are one name written another way: the same
#    words once case, "the", "of", "for", "and", "on", "in", apostrophes and
#    plural endings are left out ("Office for National Statistics" and
#    "Office of National Statistics"), listed by group;
#  - acronym-only organizations (a name in capitals, no country or code) beside
#    a full name whose initials spell it, not joined (some are other bodies:
#    the check cannot tell);
#  - persons named by one word (a surname alone) beside one, or several, full
#    names ending in it (kept apart by design: docs/over-time.md).
# Usage: scripts/check-actor-duplicates.sh [CORPUS_DIR] [PORT_OFFSET] [KEEP_DIR]
# (defaults ../shared/corpora/bbc-news/news, 760). With KEEP_DIR the Dgraph
# data is kept there and Dgraph left running. Needs jq.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpora/bbc-news/news}
off=${2:-760}
keep=${3:-}
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 2; }
work=${keep:-$(mktemp -d)}
mkdir -p "$work"
bin=$work/geokg
if [ -z "$keep" ]; then
	trap '"$bin" --quiet --data-dir "$work/d" --port-offset "$off" dgraph down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fi
go build -o "$bin" ./cmd/geokg
g() { "$bin" --quiet --data-dir "$work/d" --port-offset "$off" "$@"; }
g load "$corpus" >&2
g query '{ o(func: type(Actor)) @filter(eq(kind, "organization")) { xid name country actor_code }
  p(func: type(Actor)) @filter(eq(kind, "person")) { xid name } }' > "$work/actors.json"
jq -r '
def fw: IN("the", "of", "for", "and", "on", "in");
def sig: ascii_downcase | gsub("['\''\u2019]"; "") | [splits("[^a-z0-9&]+")]
  | map(select(length > 0 and (fw | not)))
  | map(if endswith("ies") then .[:-3] + "y" elif endswith("s") and (endswith("ss") | not) and length > 3 then .[:-1] else . end)
  | join(" ");
def initials: [splits("[ -]+")] | map(select(length > 0 and (ascii_downcase | fw | not)))
  | if length < 2 then "" else map(.[:1]) | join("") end;
def caps: test("^[A-Z]{2,8}$");
.o as $o | .p as $p
| ($o | map(select(.name | sig | contains(" "))) | group_by(.name | sig) | map(select(length > 1))) as $same
| ($o | map(select((.name | caps) and .country == null and .actor_code == null)) | map(.name)) as $acros
| ($o | map(select((.name | caps | not) and ((.name | initials) as $i | $acros | index($i))))) as $spelt
| ($p | map(select(.name | contains(" ")) | .name | split(" ") | last | ascii_downcase) | group_by(.) | map({key: .[0], value: length}) | from_entries) as $surnames
| ($p | map(select(.name | contains(" ") | not) | $surnames[.name | ascii_downcase] // 0)) as $one
| "organizations: \($o | length)",
  "  one name written two ways, under two ids or more: \($same | length) groups",
  ($same[] | "    " + (map(.xid) | join(" "))),
  "  acronym-only beside a full name it spells: \($spelt | length)",
  ($spelt[] | "    \(.name | initials) \(.xid)"),
  "persons: \($p | length)",
  "  a surname alone: \($one | length); beside exactly one full name of it: \($one | map(select(. == 1)) | length); beside several: \($one | map(select(. > 1)) | length)"
' "$work/actors.json"
