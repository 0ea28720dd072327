#!/usr/bin/env bash
# Compares geokg's HTML reading (go-readability v2 plus input's own rules)
# with the go-trafilatura + go-htmldate reading it replaced: main-text
# recall, boilerplate dropped, output precision, titles and dates, over the
# repo's HTML fixtures and BBC News texts wrapped in eight news-site
# templates (scripts/htmlcompare/templates.go). Pages are written to a
# temporary directory (or -out DIR). Then go-trafilatura's own evaluation set
# (983 real pages from its module, with strings that must and must not be
# kept and known dates) is scored too. Usage:
#   scripts/compare-html.sh [-n ARTICLES] [-corpus DIR] [-out DIR] [-v]
# -v prints each page's lost sentences, kept boilerplate and wrong dates.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/scripts/htmlcompare"
# -mod=mod: the module follows the main one (replace ../..), whose
# requirements may have moved on since its go.mod was written.
real=$(go list -mod=mod -m -f '{{.Dir}}' github.com/markusmobius/go-trafilatura)
exec go run -mod=mod . -repo "$root" -corpus "$root/../shared/corpora/bbc-news/news" -realworld "$real" "$@"
