#!/bin/sh
# Prints the BBC corpus as geokg JSON Lines input, one article a line with its
# path (section/name.txt) as id, leaving out the blind gold articles, so that
# the scripts that read BBC output by hand never show them.
#   scripts/bbc-input.sh [BLIND_LIST] > in.jsonl
# BLIND_LIST is a file of article paths, one per line; without it the
# articles of eval/testdata/bbc-gold-b.jsonl are left out.
set -eu
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
blind=${1:-}
if [ -z "$blind" ]; then
	blind=$(python3 -c 'import json, sys
print("\n".join(json.loads(l)["file"] for l in open(sys.argv[1])))' eval/testdata/bbc-gold-b.jsonl)
else
	blind=$(cat "$blind")
fi
BLIND="$blind" python3 - "$shared/corpora/bbc-news/news" <<'PY'
import json, os, sys
root = sys.argv[1]
skip = set(l.strip() for l in os.environ["BLIND"].splitlines())
for d in sorted(os.listdir(root)):
    for f in sorted(os.listdir(os.path.join(root, d))):
        p = d + "/" + f
        if p not in skip:
            print(json.dumps({"id": p, "text": open(os.path.join(root, p), errors="replace").read()}))
PY
