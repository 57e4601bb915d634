#!/usr/bin/env bash
# tests/robustness/cases.sh: the bad-input battery (issue 8), one bash function per case.
#
# Usage: cases.sh CASE ACTORGRAPH SCRATCH_DIR
#
# A case makes its inputs in SCRATCH_DIR (big files too: nothing large is committed), runs the
# `actorgraph` executable and checks three things: it did not crash (no signal, no sanitizer
# report, no hang), it exited with the code README.md documents ("Exit codes"), and its message
# names the file and the line or byte offset. tests/robustness/CMakeLists.txt declares one ctest
# per case. Exit 77 means the case cannot be checked here (ctest reports it as skipped).
set -euo pipefail

case_name=$1
AG=$2
WORK=$3
FIXTURES=$(cd "$(dirname "$0")" && pwd)/fixtures
RULES=$(cd "$(dirname "$0")/../.." && pwd)/rules
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"

fail() {
  echo "FAIL [$case_name]: $*" >&2
  if [ -s err ]; then
    echo "--- stderr of the last run:" >&2
    head -c 3000 err >&2
  fi
  exit 1
}

# run EXPECTED_EXIT ARGS...: runs actorgraph (stdout in ./out, stderr in ./err) and checks that it
# exited normally with EXPECTED_EXIT and without a sanitizer report.
run() {
  local want=$1 code=0
  shift
  timeout 600 "$AG" "$@" >out 2>err || code=$?
  check_exit "$code" "$want" "$*"
}

check_exit() {
  local code=$1 want=$2 what=$3
  [ "$code" -ne 124 ] || fail "hung (killed after 600 s): actorgraph $what"
  if grep -Eq 'ERROR: (Address|Leak)Sanitizer|runtime error:|^terminate called' err 2>/dev/null; then
    fail "sanitizer report or uncaught exception: actorgraph $what"
  fi
  if [ "$code" -ge 128 ] && [ "$want" -lt 128 ]; then
    fail "crashed (exit $code = signal $((code - 128))): actorgraph $what"
  fi
  [ "$code" -eq "$want" ] || fail "exit $code, expected $want: actorgraph $what"
}

# stderr_has REGEX: stderr matches the extended regular expression.
stderr_has() { grep -Eq -- "$1" err || fail "stderr does not match /$1/"; }
stderr_empty() { [ ! -s err ] || fail "stderr is not empty"; }
# out_lines N: stdout has N lines; out_has REGEX: stdout matches.
out_has() { grep -Eq -- "$1" out || fail "stdout does not match /$1/"; }

# make_text FILE BYTES TEXT: TEXT repeated to exactly BYTES bytes, without a newline.
make_text() {
  python3 -c '
import sys
path, size, text = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode()
chunk = text * (1 << 20 // len(text) + 1)
with open(path, "wb") as f:
    while size > 0:
        piece = chunk[:size]
        f.write(piece)
        size -= len(piece)
' "$@"
}

# same_bytes FILE COPY: FILE still holds the bytes saved in COPY.
same_bytes() { cmp -s "$1" "$2" || fail "$1 changed (the previous output was lost)"; }
# no_temp_files DIR: no temporary file of an atomic write is left in DIR.
no_temp_files() {
  local left
  left=$(find "$1" -name '*.tmp*' | head -3)
  [ -z "$left" ] || fail "temporary files left behind: $left"
}

# as_unprivileged CMD...: runs CMD as user nobody when we are root (for permission cases).
can_drop_root() { [ "$(id -u)" -ne 0 ] || command -v setpriv >/dev/null; }
unprivileged() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}

# ---- text input --------------------------------------------------------------------------------

case_invalid_utf8() {
  printf 'Russia and China met.\n\xff\xfe are not UTF-8.\n' >bad.txt
  run 0 extract bad.txt
  stderr_has 'warning: bad\.txt \(byte 22\): invalid UTF-8'
  run 3 extract --strict bad.txt
  stderr_has 'error: bad\.txt \(byte 22\): invalid UTF-8'
  # Truncated sequences at the very end, overlong forms, surrogates: still no crash.
  printf 'Russia \xe2\x80 China \xc0\xaf Iran \xed\xa0\x80 end \xf0\x9f' >edges.txt
  run 0 actors edges.txt
  stderr_has 'edges\.txt \(byte 7\): invalid UTF-8'
}

case_nul_bytes() {
  printf 'Russia and China\0 signed a deal.\n' >nul.txt
  run 0 extract nul.txt
  stderr_has 'warning: nul\.txt \(byte 16\): binary file \(NUL byte\); skipped'
  run 3 extract --strict nul.txt
  stderr_has 'error: nul\.txt \(byte 16\): binary file'
  # A NUL byte past the first 8 KiB: the file is text (binary files are told by their start);
  # the document is read with the byte in it.
  make_text late-nul.txt 9000 'Russia and China held talks. '
  printf '\0 Iran.\n' >>late-nul.txt
  run 0 extract late-nul.txt
  stderr_empty
}

case_binary_file() {
  cp "$AG" program.bin
  run 0 extract program.bin
  stderr_has 'warning: program\.bin \(byte [0-9]+\): binary file \(NUL byte\); skipped'
  run 3 actors --strict program.bin
  stderr_has 'error: program\.bin \(byte [0-9]+\): binary file'
  # Random bytes without a NUL: text with invalid UTF-8, read with a warning.
  python3 -c 'import random, sys; r = random.Random(8); sys.stdout.buffer.write(bytes(r.randint(1, 255) for _ in range(200000)))' >noise.bin
  run 0 extract noise.bin
  stderr_has 'noise\.bin \(byte [0-9]+\): invalid UTF-8'
}

case_empty_file() {
  : >empty.txt
  printf ' \n\t\r\n' >blank.txt
  run 0 extract empty.txt blank.txt
  stderr_has 'warning: empty\.txt: empty file; skipped'
  stderr_has 'warning: blank\.txt: empty file; skipped'
  [ ! -s out ] || fail "output from empty files"
  run 3 extract --strict empty.txt
  stderr_has 'error: empty\.txt: empty file'
  : >empty.jsonl
  run 0 extract empty.jsonl
  stderr_empty
}

# ACTORGRAPH_BIG_MB (default 100) sizes the big file: scripts/sanitize.sh makes it smaller, since
# under AddressSanitizer the point is memory errors on the same paths, not the size.
case_huge_file_no_newline() {
  local mb=${ACTORGRAPH_BIG_MB:-100}
  make_text big.txt $((mb * 1024 * 1024)) 'Russia and China signed a trade deal in Moscow. '
  run 0 extract -o big.jsonl big.txt
  [ "$(wc -l <big.jsonl)" -gt 1000 ] || fail "too few relations from the $mb MB file"
  # One $mb MB word: no sentence end, no space to cut at.
  make_text word.txt $((mb * 1024 * 1024)) 'x'
  run 0 actors word.txt
}

case_long_sentence() {
  # 4 MB without a sentence end: cut into pieces of at most 4096 bytes, each searched.
  make_text long.txt $((4 * 1024 * 1024)) 'Russia and China and Iran signed a trade deal with India and '
  run 0 extract -o long.jsonl long.txt
  [ -s long.jsonl ] || fail "no relations in the long sentence"
  make_text brackets.txt $((1024 * 1024)) '(['
  run 0 extract brackets.txt
}

# ---- JSON Lines ----------------------------------------------------------------------------------

case_malformed_jsonl() {
  {
    echo '{"id": "a", "text": "Russia and China held joint naval drills."}'
    echo '{"id": "b", "text": "unterminated'
    echo '[1, 2, 3]'
    echo '{"id": "c"}'
    echo '{"id": 7, "text": "Russia visited China."}'
    echo '{"id": "d", "text": "Russia imposed sanctions on Iran.", "date": 2024}'
  } >bad.jsonl
  run 0 extract bad.jsonl
  stderr_has 'warning: bad\.jsonl:2:[0-9]+: malformed JSON'
  stderr_has 'warning: bad\.jsonl:3: a JSON Lines document must be an object'
  stderr_has 'warning: bad\.jsonl:4: missing "text"'
  stderr_has 'warning: bad\.jsonl:5: "id" is not a string'
  stderr_has 'warning: bad\.jsonl:6: "date" is not a string'
  out_has '"doc": ?"a"'
  out_has '"doc": ?"d"'
  run 3 extract --strict bad.jsonl
  stderr_has 'error: bad\.jsonl:2:[0-9]+: malformed JSON'
  # Deep nesting cannot overflow the stack.
  python3 -c 'print("[" * 1000000)' >deep.jsonl
  run 0 extract deep.jsonl
  stderr_has 'deep\.jsonl:1:[0-9]+: malformed JSON'
}

case_huge_jsonl_line() {
  python3 -c '
import json, sys
text = "Russia and China held talks. " * (65 * 1024 * 1024 // 29 + 1)
with open("huge.jsonl", "w") as f:
    f.write(json.dumps({"id": "small", "text": "Russia imposed sanctions on Iran."}) + "\n")
    f.write(json.dumps({"id": "huge", "text": text}) + "\n")
    f.write(json.dumps({"id": "after", "text": "China criticized Japan."}) + "\n")
'
  run 0 extract huge.jsonl
  stderr_has 'warning: huge\.jsonl:2: line longer than [0-9]+ bytes; skipped'
  out_has '"doc": ?"small"'
  out_has '"doc": ?"after"'
  run 3 extract --strict huge.jsonl
  stderr_has 'error: huge\.jsonl:2: line longer than'
}

# ---- files and directories ---------------------------------------------------------------------

case_missing_file() {
  run 3 extract no-such-file.txt
  stderr_has 'error: no-such-file\.txt: cannot read: No such file or directory'
  run 3 actors "$FIXTURES/news.txt" missing-dir/
  stderr_has 'missing-dir/: cannot read'
}

case_unreadable_file() {
  cp "$FIXTURES/news.txt" secret.txt
  mkdir corpus
  cp "$FIXTURES/news.txt" corpus/a.txt
  cp "$FIXTURES/news.txt" corpus/b.txt
  chmod 000 secret.txt corpus/b.txt
  if ! can_drop_root; then
    # Root reads files whatever their mode, and setpriv is missing to drop root: check only that
    # the files are read without trouble.
    run 0 extract secret.txt corpus
    echo "running as root without setpriv: the permission checks were skipped"
    exit 77
  fi
  chmod 755 "$WORK"
  local code=0
  unprivileged "$AG" extract secret.txt >out 2>err || code=$?
  check_exit "$code" 3 "extract secret.txt (unprivileged)"
  stderr_has 'error: secret\.txt: cannot read: Permission denied'
  code=0
  unprivileged "$AG" extract corpus >out 2>err || code=$?
  check_exit "$code" 0 "extract corpus (unprivileged)"
  stderr_has 'warning: corpus/b\.txt: cannot read: Permission denied; skipped'
  out_has '"doc": ?"a\.txt"'
  code=0
  unprivileged "$AG" extract --strict corpus >out 2>err || code=$?
  check_exit "$code" 3 "extract --strict corpus (unprivileged)"
  stderr_has 'error: corpus/b\.txt: cannot read: Permission denied'
}

case_symlink_loop() {
  mkdir -p corpus/sub
  cp "$FIXTURES/news.txt" corpus/a.txt
  ln -s . corpus/self          # a directory link to itself
  ln -s .. corpus/sub/up       # back to the parent
  ln -s loop2 corpus/loop1     # two links pointing at each other
  ln -s loop1 corpus/loop2
  ln -s nowhere corpus/broken
  run 0 extract corpus
  stderr_has 'warning: corpus/self: symbolic link loop'
  stderr_has 'warning: corpus/sub/up: symbolic link loop'
  stderr_has 'warning: corpus/loop1: symbolic link loop'
  stderr_has 'warning: corpus/broken: broken symbolic link; skipped'
  [ "$(grep -c '"doc": *"a\.txt"' out)" -gt 0 ] || fail "corpus/a.txt was not read"
  grep -q '"doc": *"self' out && fail "the loop was followed"
  run 3 extract --strict corpus
  stderr_has 'error: corpus/[a-z0-9/]+: (symbolic link loop|broken symbolic link)'
}

# ---- rule files ----------------------------------------------------------------------------------

case_rules_invalid_json() {
  printf '{"kind": "actors",\n "actors": [\n  {"id": "X", "label": "X", "type": "country"}\n' >bad.json
  run 4 actors --rules bad.json "$FIXTURES/news.txt"
  stderr_has 'error: bad\.json:4:1: invalid JSON: .*truncated'
  printf '{"kind": "actors", "actors": [}\n' >bad2.json
  run 4 actors --rules bad2.json "$FIXTURES/news.txt"
  stderr_has 'error: bad2\.json:1:[0-9]+: invalid JSON'
  printf '\xff\xfe{}' >bad3.json
  run 4 actors --rules bad3.json "$FIXTURES/news.txt"
  stderr_has 'error: bad3\.json:1:1: invalid JSON'
  # A million nested lists must not overflow the stack.
  python3 -c 'print("[" * 1000000)' >deep.json
  run 4 actors --rules deep.json "$FIXTURES/news.txt"
  stderr_has 'error: deep\.json:[0-9]+:[0-9]+: invalid JSON'
  : >empty.json
  run 4 actors --rules empty.json "$FIXTURES/news.txt"
  stderr_has 'error: empty\.json'
}

case_rules_schema() {
  printf '{"kind": "actors",\n "actors": [\n  {"id": "X", "label": "X", "type": "Country"}\n ]}\n' >schema.json
  run 4 actors --rules schema.json "$FIXTURES/news.txt"
  stderr_has 'error: schema\.json:3:[0-9]+ \(at /actors/0/type\): '
  printf '{"kind": "relations", "rules": [{"id": "r", "relation": "trade", "pattern": "{A}", "weight": 2}]}\n' >extra.json
  run 4 actors --rules extra.json "$FIXTURES/news.txt"
  stderr_has 'error: extra\.json:1:[0-9]+ \(at /rules/0'
  printf '{"kind": "weather"}\n' >kind.json
  run 4 actors --rules kind.json "$FIXTURES/news.txt"
  stderr_has 'error: kind\.json:1:[0-9]+ \(at /kind\): unknown kind'
}

case_rules_bad_pattern() {
  cat >pattern.json <<'EOF'
{"kind": "relations",
 "relations": [{"id": "attack", "directed": true, "polarity": "conflictual"}],
 "rules": [
   {"id": "attack.bad", "relation": "attack", "pattern": "{S} (?:strikes {T}"}
 ]}
EOF
  run 4 extract --rules "$RULES/actors" --rules pattern.json "$FIXTURES/news.txt"
  stderr_has 'error: pattern\.json:4:[0-9]+ \(at /rules/0/pattern\): pattern .* does not compile'
  cat >actor-pattern.json <<'EOF'
{"kind": "actors",
 "actors": [{"id": "X", "label": "Xland", "type": "country", "patterns": ["Xland(?P<"]}]}
EOF
  run 4 actors --rules actor-pattern.json "$FIXTURES/news.txt"
  stderr_has 'error: actor-pattern\.json:2:[0-9]+ \(at /actors/0/patterns/0\)'
  cat >lexicon.json <<'EOF'
{"kind": "relations",
 "lexicon": {"bad": {"patterns": ["a**"]}}}
EOF
  run 4 actors --rules "$RULES/actors" --rules lexicon.json "$FIXTURES/news.txt"
  stderr_has 'error: lexicon\.json:2:[0-9]+ \(at /lexicon/bad\).*does not compile'
}

case_rules_pattern_too_big() {
  # Each \pL (any letter) is a large character class: a thousand in a row exceed RE2's budget.
  cat >big.json <<'EOF'
{"kind": "relations",
 "relations": [{"id": "trade", "directed": false, "polarity": "cooperative"}],
 "rules": [
   {"id": "trade.huge", "relation": "trade", "pattern": "{S} (?:\\pL{1000}\\pN{1000}){1000} {T}"}
 ]}
EOF
  run 4 extract --rules "$RULES/actors" --rules big.json "$FIXTURES/news.txt"
  stderr_has 'error: big\.json:4:[0-9]+ \(at /rules/0/pattern\): pattern .* (exceeds RE2.s memory budget|does not compile)'
  cat >big-actor.json <<'EOF'
{"kind": "actors",
 "actors": [{"id": "X", "label": "Xland", "type": "country", "patterns": ["(?:\\pL{1000}){1000}"]}]}
EOF
  run 4 actors --rules big-actor.json "$FIXTURES/news.txt"
  stderr_has 'error: big-actor\.json:2:[0-9]+ \(at /actors/0/patterns/0\)'
}

# ---- graph files ---------------------------------------------------------------------------------

# A small graph of the fixture text, built with the default rules.
make_graph() { run 0 build -o "$1" "$FIXTURES/news.txt"; }

case_graph_truncated() {
  make_graph g.json
  head -c $(($(wc -c <g.json) / 2)) g.json >half.json
  run 5 stats half.json
  stderr_has 'error: half\.json:[0-9]+:[0-9]+: invalid JSON: .*\(the file ends early: truncated\?\)'
  : >empty.json
  run 5 stats empty.json
  stderr_has 'error: empty\.json: empty file'
  run 3 stats no-such-graph.json
  stderr_has 'error: no-such-graph\.json: cannot open'
}

case_graph_corrupted() {
  make_graph g.json
  # Bytes overwritten in the middle of the file.
  python3 -c '
data = bytearray(open("g.json", "rb").read())
mid = len(data) // 2
data[mid:mid + 8] = b"\x00\xff#@\x01}]\""
open("bad.json", "wb").write(data)'
  run 5 stats bad.json
  stderr_has 'error: bad\.json:[0-9]+:[0-9]+: invalid JSON'
  # Valid JSON, wrong content: a node without an id, an edge to an unknown actor.
  python3 -c '
import json
g = json.load(open("g.json"))
g["nodes"][0].pop("id")
json.dump(g, open("noid.json", "w"))
g = json.load(open("g.json"))
g["edges"][0]["target"] = "nobody"
json.dump(g, open("unknown.json", "w"))'
  run 5 stats noid.json
  stderr_has 'error: noid\.json:1:[0-9]+ \(at /nodes/0\): missing "id"'
  run 5 stats unknown.json
  stderr_has 'error: unknown\.json:1:[0-9]+ \(at /edges/0/target\): unknown actor'
  cp "$AG" program.json
  run 5 stats program.json
  stderr_has 'error: program\.json:1:1: invalid JSON'
  python3 -c 'print("[" * 1000000)' >deep.json
  run 5 stats deep.json
  stderr_has 'error: deep\.json:[0-9]+:[0-9]+: invalid JSON'
}

case_graph_other_version() {
  make_graph g.json
  sed 's/"version": *1,/"version": 99,/' g.json >v99.json
  run 5 stats v99.json
  stderr_has 'error: v99\.json:[0-9]+:[0-9]+ \(at /version\): graph format version 99 is not supported'
  sed 's/"format": *"actorgraph-graph"/"format": "something-else"/' g.json >other.json
  run 5 stats other.json
  stderr_has 'error: other\.json:[0-9]+:[0-9]+ \(at /format\): not an actorgraph graph file'
}

case_graph_other_rules() {
  make_graph default.json
  printf 'Trade between Russia and China grew.\n' >trade.txt
  run 0 build --rules "$FIXTURES/tiny-actors.json" --rules "$FIXTURES/tiny-relations.json" -o tiny.json trade.txt
  cp default.json before.json
  run 5 merge default.json tiny.json -o default.json
  stderr_has 'error: tiny\.json.*rules'
  same_bytes default.json before.json
  no_temp_files .
  run 0 merge --allow-different-rules default.json tiny.json -o merged.json
}

# ---- no data loss --------------------------------------------------------------------------------

# A previous output file with known bytes.
old_output() { printf 'previous output: must survive\n' >"$1"; cp "$1" "$1.saved"; }

case_output_kept_on_failure() {
  old_output g.json
  run 3 build -o g.json "$FIXTURES/news.txt" no-such-file.txt
  same_bytes g.json g.json.saved
  old_output x.jsonl
  run 3 extract -o x.jsonl "$FIXTURES/news.txt" no-such-file.txt
  same_bytes x.jsonl x.jsonl.saved
  make_graph good.json
  printf '{"format": "actorgraph-graph", "version": 1' >broken.json
  old_output m.json
  run 5 merge good.json broken.json -o m.json
  same_bytes m.json m.json.saved
  no_temp_files .
  # An output that cannot be written: exit 6 naming the file.
  run 6 build -o no-such-dir/g.json "$FIXTURES/news.txt"
  stderr_has 'error: no-such-dir/g\.json: cannot create a temporary file'
  if [ -w /dev/full ]; then
    run 6 extract -o /dev/full "$FIXTURES/news.txt"
    stderr_has 'error: /dev/full: write failed'
  fi
  # An output that is no regular file (a named pipe here; /dev/null is the usual one) is written
  # through, never replaced by a renamed temporary file.
  mkfifo out.fifo
  timeout 60 cat out.fifo >piped.txt &
  run 0 extract -o out.fifo "$FIXTURES/news.txt"
  wait
  [ -p out.fifo ] || fail "the named pipe out.fifo was replaced by a regular file"
  [ -s piped.txt ] || fail "nothing came through the named pipe"
}

# interrupt SIGNAL EXPECTED_EXIT OUTPUT ARGS...: starts actorgraph ARGS, sends SIGNAL once it is
# well into its work, and checks the exit code and that OUTPUT still holds its previous bytes.
# With FIFO=1 standard input is a pipe that stays open and empty, so a command reading "-" is
# sure to be mid-run (blocked reading) when the signal comes; otherwise it gets DELAY seconds.
interrupt() {
  local sig=$1 want=$2 output=$3 code=0 pid
  shift 3
  old_output "$output"
  if [ "${FIFO:-0}" = 1 ]; then
    rm -f in.fifo
    mkfifo in.fifo
    "$AG" "$@" <in.fifo >out 2>err &
    pid=$!
    exec 3>in.fifo
    sleep 1
  else
    "$AG" "$@" </dev/null >out 2>err &
    pid=$!
    sleep "${DELAY:-3}"
  fi
  kill -0 "$pid" 2>/dev/null || fail "actorgraph $* finished before it could be interrupted"
  kill -"$sig" "$pid"
  wait "$pid" 2>/dev/null || code=$?
  if [ "${FIFO:-0}" = 1 ]; then exec 3>&-; fi
  check_exit "$code" "$want" "$* (sent SIG$sig)"
  same_bytes "$output" "$output.saved"
}

big_corpus() {
  python3 "$(dirname "$RULES")/bench/gen_corpus.py" corpus --mb "${1:-40}" --format jsonl >/dev/null
}

# SIGINT and SIGTERM remove the temporary file; SIGKILL cannot be caught, so a temporary file
# (NAME.tmp.XXXXXX) may stay behind, but the previous output is intact all the same.
case_interrupted_build() {
  big_corpus 40
  interrupt INT 130 g.json build -j 1 -o g.json corpus
  no_temp_files .
  interrupt TERM 143 g.json build -j 1 -o g.json corpus
  no_temp_files .
  interrupt KILL 137 g.json build -j 1 -o g.json corpus
  FIFO=1 interrupt INT 130 g.json build -o g.json "$FIXTURES/news.txt" -
  no_temp_files .
}

case_interrupted_extract() {
  big_corpus 40
  interrupt INT 130 x.jsonl extract -j 1 -o x.jsonl corpus
  no_temp_files .
  interrupt TERM 143 x.jsonl extract -j 1 -o x.jsonl corpus
  no_temp_files .
  interrupt KILL 137 x.jsonl extract -j 1 -o x.jsonl corpus
}

case_interrupted_merge() {
  make_graph a.json
  FIFO=1 interrupt INT 130 m.json merge a.json - -o m.json
  no_temp_files .
  FIFO=1 interrupt TERM 143 m.json merge a.json - -o m.json
  no_temp_files .
}

case_interrupted_export() {
  FIFO=1 interrupt INT 130 out.gexf export -f gexf -o out.gexf -
  no_temp_files .
  FIFO=1 interrupt TERM 143 out.graphml export -f graphml -o out.graphml -
  no_temp_files .
}

# export: a graph that cannot be read, or an output that cannot be written, keeps the old file.
case_export_failure() {
  make_graph g.json
  head -c 100 g.json >broken.json
  local format
  for format in gexf graphml cytoscape; do
    old_output "out.$format"
    run 5 export -f "$format" -o "out.$format" broken.json
    stderr_has 'error: broken\.json:[0-9]+:[0-9]+: invalid JSON'
    same_bytes "out.$format" "out.$format.saved"
  done
  mkdir csv
  old_output csv/nodes.csv
  run 5 export -f csv -o csv broken.json
  same_bytes csv/nodes.csv csv/nodes.csv.saved
  no_temp_files .
  run 6 export -f gexf -o no-such-dir/out.gexf g.json
  stderr_has 'error: no-such-dir/out\.gexf: '
  run 0 export -f gexf -o out.gexf g.json
  grep -q '<gexf' out.gexf || fail "no GEXF written"
}

# ---- queries -------------------------------------------------------------------------------------

case_query_unknown_actor() {
  make_graph g.json
  run 2 query g.json neighbors Atlantis
  stderr_has "error: unknown actor 'Atlantis'; closest: "
  run 2 query g.json between Russia ''
  stderr_has "error: unknown actor ''"
  run 2 query g.json path Russia Russia
  stderr_has 'name the same actor'
  run 3 query no-graph.json neighbors Russia
  stderr_has 'error: no-graph\.json: cannot open'
}

"case_$case_name"
echo "ok: $case_name"
cd /
rm -rf "$WORK"  # kept only when a case fails, for a look at its files
