#!/bin/sh
# Counts the sentences on which the late-agent tree rule of extract/passive.go
# fires: a passive verb with no "by" phrase of its own, and a "by" phrase the
# parse hangs on a name or date of one of its oblique phrases ("signed at the
# United Nations in New York in April 2016 by ..."). Prints each sentence and
# the count. With no argument it parses the BBC corpus and scans the gold
# trees of UD English EWT (where the count should be 0: a name or a date
# takes no agent).
#   scripts/count-late-agents.sh [FILE.conllu ...]
set -eu
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
	go run ./cmd/geokg parse -q "$shared/corpora/bbc-news/news" > "$tmp/bbc.conllu"
	set -- "$tmp/bbc.conllu" "$shared"/treebanks/ud-english-ewt/*.conllu
fi
python3 - "$@" <<'PY'
import sys

def sentences(path):
    words, text = [], ""
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# text = "):
            text = line[9:]
        elif not line:
            if words:
                yield text, words
            words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                words.append(cols)
    if words:
        yield text, words

for path in sys.argv[1:]:
    n = 0
    for text, ws in sentences(path):
        kids = {}
        for i, w in enumerate(ws):
            kids.setdefault(int(w[6]) - 1, []).append(i)
        rel = lambda i: ws[i][7].split(":")[0]
        def case(i):
            for k in kids.get(i, []):
                if ws[k][7] == "case" or ws[k][7] == "mark" and ws[k][3] == "ADP":
                    return ws[k][1].lower()
            return ""
        name_or_date = lambda i: ws[i][3] in ("PROPN", "NUM")
        def under(h, depth):
            for k in kids.get(h, []):
                if rel(k) != "nmod":
                    continue
                if case(k) == "by":
                    return k
                if depth > 1 and name_or_date(k):
                    a = under(k, depth - 1)
                    if a is not None:
                        return a
            return None
        for v in range(len(ws)):
            ks = kids.get(v, [])
            if not any(ws[k][7] in ("nsubj:pass", "aux:pass") for k in ks):
                continue
            if any(rel(k) in ("obl", "nmod") and case(k) == "by" for k in ks):
                continue
            hit = next((under(k, 3) for k in ks if rel(k) == "obl" and name_or_date(k) and under(k, 3) is not None), None)
            if hit is not None:
                n += 1
                print(f"  {ws[v][1]} ... by {ws[hit][1]}: {text}")
                break
    print(f"{path}: {n} sentences")
PY
