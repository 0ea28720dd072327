#!/usr/bin/env bash
# Writes synthetic copy K (K >= 2) of a corpus of text files into OUT_DIR:
# every year shifted by 30*(K-1), a list of country names rotated K-1
# places, and " (K)" added to each first line (the headline), so that every
# article of the copy is new (new text, new id) and its events fall
# elsewhere in time and between other countries. Used by bench-scale.sh and
# bench-corpus.sh. Usage:
#   scripts/synth-copy.sh CORPUS_DIR K OUT_DIR
set -euo pipefail
corpus=${1:?usage: scripts/synth-copy.sh CORPUS_DIR K OUT_DIR}
k=${2:?usage: scripts/synth-copy.sh CORPUS_DIR K OUT_DIR}
out=${3:?usage: scripts/synth-copy.sh CORPUS_DIR K OUT_DIR}
countries="France Germany Spain Italy Japan China India Brazil Russia Iran Iraq Egypt Israel Syria Turkey Pakistan"
mkdir -p "$out"
cp -r "$corpus"/. "$out"/
find "$out" -type f -print0 | xargs -0 perl -pi -e '
	BEGIN { $k = '"$k"' - 1; @c = qw('"$countries"'); %rot = map { $c[$_] => $c[($_ + $k) % @c] } 0..$#c; $re = join "|", @c }
	s/\b(19[0-9][0-9]|20[0-9][0-9])\b/$1 + 30 * $k/ge;
	s/\b($re)\b/$rot{$1}/g;
	s/$/ ('"$k"')/ if $. == 1;
	close ARGV if eof;'
