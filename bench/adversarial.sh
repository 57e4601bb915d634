#!/usr/bin/env bash
# Linear time on adversarial text: `actorgraph extract` reads a few megabytes of one repeated
# character, of one repeated alias, of nested brackets, of one endless sentence, and of generated
# news text (bench/gen_corpus.py), and prints MB/s for each. Matching is RE2 (linear in the text)
# and every stage before it is linear too, so all rows should show about the same speed as news
# text or better; a row far below it would be a superlinear blow-up. Not a test: it prints figures.
#
# Usage: bench/adversarial.sh [MB] [ACTORGRAPH]   (default: 8 MB each, build/src/cli/actorgraph)
# Runs extraction on one thread (-j 1), so figures compare across machines with any core count;
# the startup time (loading and compiling the default rule pack) is measured once on a tiny input
# and subtracted.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
mb=${1:-8}
ag=${2:-$here/../build/src/cli/actorgraph}
[ -x "$ag" ] || { echo "no actorgraph at $ag: build it first (scripts/setup.sh) or pass its path" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bytes=$((mb * 1024 * 1024))

# repeat TEXT FILE [TEXT2]: TEXT repeated to $bytes bytes, no newline (with TEXT2: half of each).
repeat() {
  python3 - "$bytes" "$@" <<'PY'
import sys
size, text, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
parts = [(text, size)] if len(sys.argv) < 5 else [(text, size // 2), (sys.argv[4], size - size // 2)]
with open(out, "w", encoding="utf-8") as f:
    for t, n in parts:
        f.write((t * (n // len(t) + 1))[:n])
PY
}

repeat "a" "$work/one-char.txt"
repeat "Russia " "$work/one-alias.txt"
repeat "(" "$work/brackets.txt" ")"
repeat "([{<Russia " "$work/mixed-brackets.txt"
repeat "Russia and China and Iran said that " "$work/one-sentence.txt"
python3 "$here/gen_corpus.py" "$work/news" --mb "$mb" --format jsonl >/dev/null
echo "Russia and China held talks." >"$work/tiny.txt"

now() { date +%s.%N; }
seconds() {  # seconds for one run of extract on $1
  local t0 t1
  t0=$(now)
  # A failed run would time nothing: say so and stop rather than print a speed.
  if ! "$ag" extract -j 1 -o /dev/null "$1" 2>"$work/stderr.txt"; then
    cat "$work/stderr.txt" >&2
    echo "adversarial.sh: '$ag extract' failed on $1" >&2
    return 1
  fi
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
}

startup=$(seconds "$work/tiny.txt") || exit 1
printf 'actorgraph extract, one thread; startup %.2f s (subtracted)\n' "$startup"
printf '%-16s %8s %9s %8s\n' input MB seconds MB/s
for name in news one-char one-alias brackets mixed-brackets one-sentence; do
  input="$work/$name"
  [ -e "$input" ] || input="$work/$name.txt"
  size=$(du -sb "$input" | cut -f1)
  total=$(seconds "$input") || exit 1
  awk -v n="$name" -v size="$size" -v t="$total" -v s="$startup" 'BEGIN {
    net = t - s; if (net < 0.001) net = 0.001
    printf "%-16s %8.1f %9.2f %8.2f\n", n, size / 1048576, net, size / 1048576 / net }'
done
