#!/bin/sh
# Lists capitalised names the extractor gives no entity to in 2+ non-blind
# BBC articles: multi-word names anywhere ("League Against Cruel Sports"),
# one-word names in an actor position (before "said", "has", "'s", ...;
# after "by", "from", "with", ...), that no entity mention of the article
# covers whole and that no entity anywhere in the corpus is named. Most rows
# are places, titles, works and noise: the list is read by hand, for
# dictionary candidates (ent72 found the British unions and charities that
# way). Columns: articles, occurrences, name, first article, context.
#   scripts/unrecognised-names.sh BIN [BLIND_LIST] > names.tsv
# BLIND_LIST as in entity-diff.sh (default: the articles of bbc-gold-b.jsonl).
set -eu
cd "$(dirname "$0")/.."
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
scripts/bbc-input.sh ${2:+"$2"} > "$tmp/in.jsonl"
"$bin" --quiet extract --format jsonl "$tmp/in.jsonl" > "$tmp/out.jsonl"
python3 - "$tmp/in.jsonl" "$tmp/out.jsonl" <<'PY'
import collections, json, re, sys
texts = {}
for l in open(sys.argv[1]):
    d = json.loads(l)
    texts[d["id"]] = d["text"]
cov, names = {}, set()
for l in open(sys.argv[2]):
    d = json.loads(l)
    cov[d["article"]["id"]] = [(m["start"], m["end"]) for e in d["entities"] for m in e.get("mentions") or []]
    for e in d["entities"]:
        names.add(e["name"].lower())
        names.update(a.lower() for a in e.get("aliases") or [])
CAP = r"[A-Z][a-zA-Z'&\-]+"
CONN = r"(?:of|for|the|and|on|in|Against|against|&)"
rules = [
    (re.compile(rf"\b{CAP}(?:\s+(?:{CONN}\s+)*{CAP})+"), 0),
    (re.compile(rf"\b({CAP})(?=\s+(?:said|says|has|have|had|will|would|is|are|was|were|warned|called|urged|wants|claimed|added|argued|accused|welcomed|criticised|condemned|spokesman|spokeswoman|members|leader|chief|general secretary)\b|'s\b)"), 1),
    (re.compile(rf"(?:by|from|with|against|to|of|at|for|told|and)\s+({CAP})\b(?!\s+{CAP})"), 1),
]
stop = set("""The A An In On At But And He She It They We I This That There These Those If As When While Mr Mrs Ms
Dr Sir Lord Lady Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December""".split())
found = collections.defaultdict(collections.Counter)
first = {}
for aid, t in texts.items():
    spans = cov.get(aid, [])
    for rx, g in rules:
        for m in rx.finditer(t):
            s, e = m.span(g)
            words = m.group(g).split()
            while words and words[0] in stop:
                words = words[1:]
            name = " ".join(words)
            if len(name) < 3 or name.lower().removesuffix("'s") in names:
                continue
            # A name counts as covered when a mention (offsets in
            # characters) spans all of it.
            if any(a <= s and e <= b for a, b in spans):
                continue
            found[name][aid] += 1
            first.setdefault(name, (aid, t[max(0, s - 60):e + 60].replace("\n", " ")))
rows = sorted(((len(a), sum(a.values()), n) for n, a in found.items() if len(a) >= 2), reverse=True)
for na, nm, n in rows:
    print(na, nm, n, *first[n], sep="\t")
PY
