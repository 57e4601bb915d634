#!/usr/bin/env bash
# bench/bench.sh: how fast actorgraph is on a corpus, against grep in the same run.
# Prints figures as a Markdown table; never fails on speed (only when a command itself fails).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/bench.sh [OPTIONS] CORPUS         a directory, a text file or a JSON Lines file
       bench/bench.sh [OPTIONS] --generate MB  a news-like corpus from bench/gen_corpus.py
       bench/bench.sh [OPTIONS] --replicate SRC MB
                                               SRC's documents repeated to MB (bench/replicate.py)
       bench/bench.sh [OPTIONS] --graph-1m     a synthetic graph of 50k actors and 1M edges
                                               (bench/synth_graph.py): graph figures only

For a corpus it reports, in one Markdown table:
  - input MB and documents;
  - build (`actorgraph build -q -j N`, N = 1 and 2): best wall time of --runs runs (the thread
    counts take turns, so that the machine's drift hits both alike), MB/s,
    documents/s and peak memory (RSS); the -j 2 speed-up; whether both graphs are byte-identical;
  - the speed reference: `grep -c -F -w -f ALIASES CORPUS` (LC_ALL=C, -r for a directory), ALIASES
    = every actor name the rule pack searches for (`actorgraph check --list-names`), and the ratio
    build -j 1 time / grep time;
  - on the built graph: load time and `neighbors` latency measured inside one process
    (bench/graph_bench: the highest-degree actor and the median of a sample), in-process GEXF
    export, and the wall time of the commands (`stats`, `query neighbors`, `export --format gexf`,
    `render -o graph.svg`) with the time of the same command on a one-document graph (start-up).
With --small MB it also builds a corpus of MB of the same text (same generator and seed, same
source replicated, or the first MB of CORPUS) with -j 1 and compares peak memory; then builds both
once more with no memory budget (`--memory 0`: nothing spilled to disk), for the cost and the
effect of the budget.

--graph-1m writes a graph file of --nodes actors and --edges edges (one short evidence each) in
the graph format, and reports its load time, neighbors latency, GEXF export and the commands' times.

Options:
  --runs N             runs per timed command, best kept (default 2)
  --threads "1 2"      thread counts to build with (default "1 2")
  --small MB           also measure peak memory on MB of the same text (e.g. 20 for a 200 MB corpus)
  --nodes N --edges M  size of the --graph-1m graph (default 50000 and 1000000)
  --no-render          skip the render timing
  --idle-wait S        before each timed run, wait up to S seconds for the CPUs to be 90% idle
                       (default 60; 0 = do not wait): for shared machines
  --actorgraph PATH    the binary (default: $ACTORGRAPH, else build/src/cli/actorgraph)
  --graph-bench PATH   default: bench/graph_bench next to the binary's build tree; without it the
                       in-process rows are left out
  --work DIR           keep corpora, graphs and exports in DIR (default: a temporary directory,
                       removed at the end)
  -h, --help           this text

Examples:
  bench/bench.sh --generate 200 --small 20
  bench/bench.sh --replicate ../shared/seeds 200 --small 20
  bench/bench.sh --graph-1m
  bench/bench.sh --runs 3 path/to/news/
Wall times are for the whole process (reading the rules included); peak memory comes from GNU time
(/usr/bin/time) when installed, else from os.wait4 (see bench/measure.py).
EOF
}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
runs=2
threads="1 2"
small=""
nodes=50000
edges=1000000
render=1
idle_wait=60
ag=${ACTORGRAPH:-$root/build/src/cli/actorgraph}
gb=""
work=""
mode=""
corpus=""
gen_mb=""
rep_src=""
while [ $# -gt 0 ]; do
  case $1 in
    -h|--help) usage; exit 0 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --small) small=$2; shift 2 ;;
    --nodes) nodes=$2; shift 2 ;;
    --edges) edges=$2; shift 2 ;;
    --no-render) render=0; shift ;;
    --idle-wait) idle_wait=$2; shift 2 ;;
    --actorgraph) ag=$2; shift 2 ;;
    --graph-bench) gb=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --generate) mode=generate; gen_mb=$2; shift 2 ;;
    --replicate) mode=replicate; rep_src=$2; gen_mb=$3; shift 3 ;;
    --graph-1m) mode=graph; shift ;;
    -*) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) mode=corpus; corpus=$1; shift ;;
  esac
done
[ -n "$mode" ] || { usage >&2; exit 2; }
[ -x "$ag" ] || { echo "bench.sh: no actorgraph at $ag: build it or pass --actorgraph" >&2; exit 2; }
ag=$(cd "$(dirname "$ag")" && pwd)/$(basename "$ag")
[ -n "$gb" ] || gb=$(dirname "$ag")/../../bench/graph_bench
[ -x "$gb" ] || { echo "bench.sh: no graph_bench at $gb (make graph_bench): in-process rows left out" >&2; gb=""; }
if [ -z "$work" ]; then
  work=$(mktemp -d -t actorgraph-bench.XXXXXX)
  trap 'rm -rf "$work"' EXIT
else
  mkdir -p "$work"
fi
export LC_ALL=C
# A one-document graph: what the commands cost without a corpus or a graph (start-up, rules).
echo "Russia and China signed a trade agreement in Moscow." >"$work/tiny.txt"
"$ag" build -q -j 1 "$work/tiny.txt" -o "$work/tiny.json"

# --- measuring ----------------------------------------------------------------------------------
# idle: writes what earlier steps left in the page cache to disk (`sync`: on a virtual machine
# the kernel's late writeback of a 1 GB export otherwise slows the next timed command, by 2x
# seen), then waits (at most $idle_wait seconds) until the CPUs are at least 90% idle over one
# second, so that other work on a shared machine disturbs the timings less.
idle() {
  sync
  local waited=0 a b
  while [ "$waited" -lt "$idle_wait" ]; do
    a=$(head -1 /proc/stat)
    sleep 1
    b=$(head -1 /proc/stat)
    if awk -v a="$a" -v b="$b" 'BEGIN {
         n = split(a, x); split(b, y); total = 0
         for (i = 2; i <= n; i++) total += y[i] - x[i]
         exit !(total > 0 && (y[5] + y[6] - x[5] - x[6]) / total >= 0.9) }'; then
      return 0
    fi
    waited=$((waited + 1))
  done
  [ "$idle_wait" = 0 ] || echo "bench.sh: the machine stayed busy for ${idle_wait}s; timing anyway" >&2
}

# best CMD...: runs CMD $runs times; sets WALL (best), CPU (of that run), RSS (KB, the largest);
# fails if CMD does.
best() {
  WALL="" CPU="" RSS=0
  local i out w r code c
  for ((i = 0; i < runs; i++)); do
    idle
    out=$(python3 "$here/measure.py" ${TIMEOUT:+--timeout $TIMEOUT} -- "$@" 2>"$work/stderr.txt")
    read -r w r code c <<<"$out"
    if [ "$code" != 0 ]; then
      if [ "$code" = timeout ]; then WALL=timeout; return 0; fi
      cat "$work/stderr.txt" >&2
      echo "bench.sh: '$*' failed (exit $code)" >&2
      exit 1
    fi
    if [ -z "$WALL" ] || awk -v a="$w" -v b="$WALL" 'BEGIN { exit !(a < b) }'; then WALL=$w CPU=$c; fi
    if [ "$r" -gt "$RSS" ]; then RSS=$r; fi
  done
}
# calc EXPR FORMAT: EXPR (awk syntax) printed with printf FORMAT, e.g. calc "1 / 3" %.2f
calc() { awk "BEGIN { printf \"$2\", $1 }"; }
mb_of() { calc "$1 / 1048576" %.1f; }
row() { printf '| %s | %s |\n' "$1" "$2"; }
secs() { if [ "$1" = timeout ]; then echo timeout; else calc "$1" %.3f; fi; }

# Sizes of a corpus: bytes of input files (hidden entries skipped, as the reader does).
input_bytes() {
  python3 - "$1" <<'PY'
import os, sys
p = sys.argv[1]
if os.path.isfile(p):
    print(os.path.getsize(p)); sys.exit()
total = 0
for root, dirs, files in os.walk(p):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    total += sum(os.path.getsize(os.path.join(root, f)) for f in files if not f.startswith("."))
print(total)
PY
}

# The first MB megabytes of documents of a corpus, as JSON Lines (for --small on a given corpus).
corpus_prefix() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, os, sys
src, limit, out = sys.argv[1], float(sys.argv[2]) * 2**20, sys.argv[3]
def files(p):
    if os.path.isfile(p):
        yield p, os.path.basename(p); return
    for root, dirs, names in os.walk(p):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            if not n.startswith("."):
                yield os.path.join(root, n), os.path.relpath(os.path.join(root, n), p)
done = 0
with open(out, "w", encoding="utf-8") as o:
    for path, rel in files(src):
        if done >= limit: break
        if path.endswith((".jsonl", ".ndjson")):
            with open(path, encoding="utf-8", errors="replace") as f:
                for line in f:
                    if done >= limit: break
                    o.write(line); done += len(line.encode())
        else:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            o.write(json.dumps({"id": rel, "text": text}) + "\n"); done += len(text.encode())
PY
}

# Graph figures: in-process (graph_bench) and the commands' wall times against a tiny graph.
graph_rows() {
  local graph=$1 gbytes
  gbytes=$(stat -c %s "$graph")
  local top=""
  if [ -n "$gb" ]; then
    local gb_rss gb_code
    idle
    read -r _ gb_rss gb_code _ < <(python3 "$here/measure.py" --stdout "$work/gb.txt" -- "$gb" "$graph" --gexf "$work/inproc.gexf")
    [ "$gb_code" = 0 ] || { echo "bench.sh: graph_bench failed (exit $gb_code)" >&2; exit 1; }
    val() { awk -v k="$1" '$1 == k { print $2 }' "$work/gb.txt"; }
    top=$(val neighbors_top_actor)
    row "graph" "$(val nodes) actors, $(val edges) edges, $(mb_of "$gbytes") MB file"
    row "graph load (in process); peak RSS of graph_bench" "$(secs "$(val load_s)") s; $(mb_of $((gb_rss * 1024))) MB"
    row "neighbors after loading, highest-degree actor ($top, $(val neighbors_top_rows) rows)" "$(calc "$(val neighbors_top_ms)" %.3f) ms"
    row "neighbors after loading, median of a sample of actors" "$(calc "$(val neighbors_median_ms)" %.3f) ms"
    row "GEXF export after loading (in process)" "$(secs "$(val gexf_s)") s ($(mb_of "$(stat -c %s "$work/inproc.gexf")") MB)"
  fi
  [ -n "$top" ] || top=$(head -c 2000000 "$graph" | grep -o '"source":"[^"]*"' | head -1 | cut -d'"' -f4)
  local tiny_actor=RUS
  best "$ag" stats "$graph"; local w=$WALL r=$RSS
  best "$ag" stats "$work/tiny.json"
  row "\`stats\` (load + counts), wall; tiny graph" "$(secs "$w") s, peak $(mb_of $((r * 1024))) MB; $(secs "$WALL") s"
  best "$ag" query "$graph" neighbors "$top"; w=$WALL
  best "$ag" query "$work/tiny.json" neighbors "$tiny_actor"
  row "\`query neighbors $top\`, wall; tiny graph" "$(secs "$w") s; $(secs "$WALL") s"
  best "$ag" export "$graph" --format gexf -o "$work/graph.gexf"; w=$WALL
  best "$ag" export "$work/tiny.json" --format gexf -o "$work/tiny.gexf"
  row "\`export --format gexf\`, wall; tiny graph" "$(secs "$w") s; $(secs "$WALL") s"
  if [ "$render" = 1 ]; then
    TIMEOUT=600 best "$ag" render -q "$graph" -o "$work/graph.svg"; w=$WALL
    best "$ag" render -q "$work/tiny.json" -o "$work/tiny.svg"
    row "\`render -o graph.svg\` (150 actors at most), wall; tiny graph" "$(secs "$w") s; $(secs "$WALL") s"
  fi
}

machine() {
  local cpu
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//')
  echo "$(nproc) cores (${cpu:-unknown CPU}), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 2^20}' /proc/meminfo) RAM, $("$ag" --version)"
}

# --- the large graph ----------------------------------------------------------------------------
if [ "$mode" = graph ]; then
  echo "Synthetic graph: $nodes actors, $edges edges; $(machine)" >&2
  fp=$(sed -n 's/^"rules": *"\([^"]*\)",*$/\1/p' "$work/tiny.json")
  python3 "$here/synth_graph.py" --nodes "$nodes" --edges "$edges" --rules-fingerprint "$fp" "$work/synth.json"
  echo
  echo "| figure ($nodes actors, $edges edges) | value |"
  echo "|---|---|"
  graph_rows "$work/synth.json"
  exit 0
fi

# --- a corpus -----------------------------------------------------------------------------------
case $mode in
  generate)
    corpus=$work/corpus
    python3 "$here/gen_corpus.py" --mb "$gen_mb" "$corpus" >&2
    label="generated by bench/gen_corpus.py --mb $gen_mb"
    ;;
  replicate)
    corpus=$work/corpus.jsonl
    python3 "$here/replicate.py" "$rep_src" "$gen_mb" "$corpus"
    label="$rep_src replicated to $gen_mb MB (bench/replicate.py)"
    ;;
  corpus)
    [ -e "$corpus" ] || { echo "bench.sh: no corpus at $corpus" >&2; exit 2; }
    label=$corpus
    ;;
esac
bytes=$(input_bytes "$corpus")
mb=$(mb_of "$bytes")
echo "Corpus: $label; $(machine)" >&2

"$ag" check --list-names >"$work/aliases.txt"
names=$(wc -l <"$work/aliases.txt")

echo
echo "| figure | value |"
echo "|---|---|"
declare -A wall cpu rss
# The thread counts take turns (-j 1, -j 2, -j 1, -j 2, ...), best of --runs rounds each: this
# machine's speed drifts over minutes, and runs close in time give a fairer speed-up than a block
# of -j 1 runs followed by a block of -j 2 runs.
rounds=$runs
for ((round = 0; round < rounds; round++)); do
  for j in $threads; do
    runs=1 best "$ag" build -q -j "$j" "$corpus" -o "$work/graph-j$j.json"
    if [ -z "${wall[$j]:-}" ] || awk -v a="$WALL" -v b="${wall[$j]}" 'BEGIN { exit !(a < b) }'; then
      wall[$j]=$WALL cpu[$j]=$CPU
    fi
    if [ "$RSS" -gt "${rss[$j]:-0}" ]; then rss[$j]=$RSS; fi
  done
done
first=${threads%% *}
best "$ag" build -q -j 1 "$work/tiny.txt" -o "$work/tiny.json"
startup=$WALL
docs=$("$ag" stats --format json "$work/graph-j$first.json" | sed -n 's/^ *"documents": *\([0-9]*\),*$/\1/p')
row "input" "$mb MB, $docs documents ($label)"
for j in $threads; do
  row "build -j $j: wall (best of $runs) and CPU time, throughput, peak RSS" \
    "$(secs "${wall[$j]}") s (CPU $(secs "${cpu[$j]}") s), $(calc "$bytes / 1048576 / ${wall[$j]}" %.1f) MB/s, $(calc "$docs / ${wall[$j]}" %.0f) docs/s, $(mb_of $((rss[$j] * 1024))) MB"
done
row "build start-up: a one-document corpus (rules loaded and compiled)" "$(secs "$startup") s"
for j in $threads; do
  [ "$j" = "$first" ] && continue
  row "speed-up -j $j / -j $first" "$(calc "${wall[$first]} / ${wall[$j]}" %.2f)x"
  cmp -s "$work/graph-j$first.json" "$work/graph-j$j.json" && same=yes || same=NO
  row "graph byte-identical -j $first / -j $j" "$same"
done

grep_flags=(-c -F -w -f "$work/aliases.txt")
[ -d "$corpus" ] && grep_flags=(-r "${grep_flags[@]}")
best grep "${grep_flags[@]}" "$corpus"
grep_wall=$WALL
row "grep reference: \`grep ${grep_flags[*]/$work\//} CORPUS\` ($names names)" "$(secs "$grep_wall") s (CPU $(secs "$CPU") s), $(calc "$bytes / 1048576 / $grep_wall" %.1f) MB/s"
row "build -j $first time / grep time" "$(calc "${wall[$first]} / $grep_wall" %.1f)x"
# grep -c moves to the next line at a line's first match; with one document per line (JSON Lines)
# it reads little of each. grep -o finds every match, as the actor matcher does: for comparison.
grep_o=(-o -F -w -f "$work/aliases.txt")
if [ -d "$corpus" ]; then grep_o=(-r "${grep_o[@]}"); fi
best grep "${grep_o[@]}" "$corpus"
row "for comparison, every match: \`grep ${grep_o[*]/$work\//} CORPUS\`" "$(secs "$WALL") s, $(calc "$bytes / 1048576 / $WALL" %.1f) MB/s; build -j $first time / this: $(calc "${wall[$first]} / $WALL" %.1f)x"

if [ -n "$small" ]; then
  case $mode in
    generate) python3 "$here/gen_corpus.py" --mb "$small" "$work/small" >&2; small_corpus=$work/small ;;
    replicate) python3 "$here/replicate.py" "$rep_src" "$small" "$work/small.jsonl"; small_corpus=$work/small.jsonl ;;
    corpus) corpus_prefix "$corpus" "$small" "$work/small.jsonl"; small_corpus=$work/small.jsonl ;;
  esac
  best "$ag" build -q -j "$first" "$small_corpus" -o "$work/graph-small.json"
  edges_of() {  # every relation's edges, facts ("edges") and the unsupported ones
    "$ag" stats --format json "$1" | awk '/"(edges|unsupported)":/ { gsub(/[^0-9]/, "", $2); n += $2 } END { print n + 0 }'
  }
  row "peak RSS, build -j $first: $(mb_of "$(input_bytes "$small_corpus")") MB / $mb MB of the same text (graph edges)" \
    "$(mb_of $((RSS * 1024))) MB / $(mb_of $((rss[$first] * 1024))) MB = $(calc "${rss[$first]} / $RSS" %.2f)x ($(edges_of "$work/graph-small.json") / $(edges_of "$work/graph-j$first.json") edges)"
  # The same two builds holding the whole graph in memory (no runs spilled to disk).
  runs=1 best "$ag" build -q -j "$first" --memory 0 "$small_corpus" -o "$work/graph-small-unbudgeted.json"
  small_unbudgeted=$RSS
  runs=1 best "$ag" build -q -j "$first" --memory 0 "$corpus" -o "$work/graph-unbudgeted.json"
  cmp -s "$work/graph-j$first.json" "$work/graph-unbudgeted.json" && same=yes || same=NO
  row "no memory budget (\`--memory 0\`), build -j $first: wall (one run), peak RSS $(mb_of "$(input_bytes "$small_corpus")") MB / $mb MB; graph byte-identical to the budgeted one" \
    "$(secs "$WALL") s; $(mb_of $((small_unbudgeted * 1024))) MB / $(mb_of $((RSS * 1024))) MB = $(calc "$RSS / $small_unbudgeted" %.2f)x; $same"
fi

graph_rows "$work/graph-j$first.json"
