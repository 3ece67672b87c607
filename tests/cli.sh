#!/bin/sh
# The command line on bad input: one clear line per problem, the rest of the
# run goes on, and the exit code says whether anything failed.
set -u
exe=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "$0")/lib.sh"
run() { # run ARGS... : sets out, err, rc
    "$exe" "$@" > "$tmp/out" 2> "$tmp/err"; rc=$?
    out=$(cat "$tmp/out"); err=$(cat "$tmp/err")
}

printf '' > "$tmp/empty.txt"
run analyze --format json "$tmp/empty.txt"
check "empty file: exit 0" [ "$rc" -eq 0 ]
check "empty file: no attributions" sh -c "printf '%s' '$out' | grep -q '\"attributions\": \[\]'"

printf 'abc\000def' > "$tmp/binary.bin"
run analyze --format json "$tmp/binary.bin"
check "binary file: exit 1" [ "$rc" -eq 1 ]
check "binary file: one-line error" [ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]
check "binary file: says why" sh -c "printf '%s' '$err' | grep -q 'binary.bin: error: binary data'"

# invalid UTF-8 is analysed as it is: a warning, offsets in bytes, U+FFFD in the output
printf 'Bad \303\050 byte, Ann Roe said.' > "$tmp/bad.txt"
printf '"We won," she said.' > "$tmp/good.txt"
run analyze --format jsonl "$tmp/bad.txt" "$tmp/good.txt"
check "invalid UTF-8: exit 0" [ "$rc" -eq 0 ]
check "invalid UTF-8: a warning that says where" sh -c "printf '%s' '$err' | grep -q 'bad.txt: warning: invalid UTF-8 at byte 4'"
check "invalid UTF-8: analysed, byte offsets, U+FFFD in the JSON" python3 -c "
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
c = lines[0]['attributions'][0]['content']
assert (c['start'], c['end'], c['text']) == (0, 11, 'Bad \ufffd( byte'), c
" "$tmp/out"
check "invalid UTF-8: the next file is analysed too" sh -c "grep -q '\"id\":\"good\"' '$tmp/out'"

run analyze --format json "$tmp/missing.txt"
check "missing file: exit 1" [ "$rc" -eq 1 ]
check "missing file: one-line error" sh -c "printf '%s' '$err' | grep -q 'missing.txt: error: cannot open'"

printf '%s\n' '{"id":"a","text":"\"Yes,\" he said."}' 'not json' '{"id":"c"}' '' '{"id":"d","text":"\"No,\" she said."}' > "$tmp/in.jsonl"
run analyze --input-format jsonl --format jsonl "$tmp/in.jsonl"
check "jsonl: exit 1 when a line fails" [ "$rc" -eq 1 ]
check "jsonl: bad line reported with its number" sh -c "grep -q 'in.jsonl:2: error: not valid JSON' '$tmp/err'"
check "jsonl: missing text reported" sh -c "grep -q 'in.jsonl:3: error: no \"text\" field' '$tmp/err'"
check "jsonl: one output line per input document, in order" \
    [ "$(sed 's/^{"id":"\([^"]*\)".*/\1/' "$tmp/out" | tr '\n' ' ')" = 'a line-2 c d ' ]
check "jsonl: from stdin too" sh -c "'$exe' analyze --input-format jsonl --format jsonl < '$tmp/in.jsonl' 2>/dev/null | grep -c '\"attributions\"' | grep -q 2"

run analyze --format json "$tmp/good.txt"
check "good file: exit 0" [ "$rc" -eq 0 ]
check "good file: one attribution" sh -c "grep -q '\"lemma\": \"say\"' '$tmp/out'"

run analyze --format nonsense "$tmp/good.txt"
check "unknown format: exit 2" [ "$rc" -eq 2 ]
run --help
check "help: exit 0" [ "$rc" -eq 0 ]
run rules check
check "rules check: default rules pass" [ "$rc" -eq 0 ]
mkdir "$tmp/rules" && printf 'kind: titles\nentries: [\n' > "$tmp/rules/bad.yaml"
run rules check "$tmp/rules"
check "rules check: broken file reported at FILE:LINE:COL" sh -c "grep -q 'bad.yaml:[0-9]*:[0-9]*: error:' '$tmp/out'"
check "rules check: exit 2" [ "$rc" -eq 2 ]

run rules test
check "rules test: the default examples hold" [ "$rc" -eq 0 ]
check "rules test: says how many" sh -c "grep -q 'examples, 0 failed' '$tmp/out'"
mkdir "$tmp/failing" && printf '%s\n' 'kind: titles' 'version: 1' 'entries: [ombudsman]' 'examples:' \
    "  - {text: 'The weather was fine.', cue: said}" > "$tmp/failing/t.yaml"
run rules test "$tmp/failing"
check "rules test: a failing example exits 1" [ "$rc" -eq 1 ]
check "rules test: the failure at FILE:LINE with expected and found" \
    sh -c "grep -q 't.yaml:5: error: example expects an attribution with cue .said. in .The weather was fine..; found: none' '$tmp/out'"

# an editor's rules change the output without recompiling
printf '%s\n' 'The deal is off, Ann Roe harrumphed.' > "$tmp/deal.txt"
run analyze --format jsonl "$tmp/deal.txt"
check "--rules: an unknown verb frames nothing" sh -c "! grep -q 'harrumph' '$tmp/out'"
mkdir "$tmp/editor" && printf '%s\n' 'kind: reporting_verbs' 'version: 1' 'entries:' '  - {lemma: harrumph}' \
    > "$tmp/editor/verbs.yaml"
printf '%s\n' 'kind: sources' 'version: 1' 'entries:' \
    '  - {name: Northern Star Gazette, aliases: [Star Gazette], type: media, state_controlled: true}' \
    > "$tmp/editor/sources.yaml"
run analyze --format jsonl --rules "$tmp/editor" "$tmp/deal.txt"
check "--rules: an added verb is a cue" sh -c "grep -q '\"lemma\":\"harrumph\"' '$tmp/out'"
printf '%s\n' 'The deal is off, the Star Gazette reported.' > "$tmp/gazette.txt"
run analyze --format jsonl --rules "$tmp/editor" "$tmp/gazette.txt"
check "--rules: an added source resolves by its alias" sh -c "grep -q '\"name\":\"Northern Star Gazette\"' '$tmp/out'"
run rules list "$tmp/editor"
check "rules list: shows where an added entry comes from" sh -c "grep -q 'reporting_verbs.harrumph.*verbs.yaml:4' '$tmp/out'"
check "rules list: and the defaults" sh -c "grep -q 'reporting_verbs.say.rules/reporting_verbs.yaml' '$tmp/out'"
tab=$(printf '\t')
check "rules list: in order of kind, then entry" sh -c "LC_ALL=C sort -c -t '$tab' -k1,1 -k2,2 '$tmp/out'"
mkdir "$tmp/off" && printf '%s\n' 'kind: reporting_verbs' 'version: 1' 'entries:' '  - {lemma: say, disabled: true}' \
    > "$tmp/off/verbs.yaml"
run analyze --format jsonl --rules "$tmp/off" "$tmp/good.txt"
check "--rules: a disabled default verb is gone" sh -c "! grep -q '\"lemma\":\"say\"' '$tmp/out'"
run analyze --format jsonl --rules "$tmp/off" --rules "$tmp/editor" "$tmp/deal.txt"
check "--rules: repeatable, each directory adds its rules" sh -c "grep -q '\"lemma\":\"harrumph\"' '$tmp/out'"

run analyze --format text --explain "$tmp/good.txt"
check "--explain: the grammar rule and the verb's file and line" \
    sh -c "grep -q 'why:   reporting verb .say. (rules/reporting_verbs.yaml:[0-9]*)' '$tmp/out'"
run analyze --format jsonl --explain "$tmp/good.txt"
check "--explain: in JSON too" sh -c "grep -q '\"explain\":\[\"grammar rule ' '$tmp/out'"

# batch: order kept with several jobs, bad lines reported with their numbers and skipped
i=0; : > "$tmp/many.jsonl"
while [ $i -lt 300 ]; do
    if [ $i -eq 57 ]; then echo 'not json' >> "$tmp/many.jsonl"
    elif [ $i -eq 190 ]; then echo '{"id":"x190"}' >> "$tmp/many.jsonl"
    else printf '{"id":"d%d","text":"\\"Line %d,\\" Ann Roe said."}\n' $i $i >> "$tmp/many.jsonl"; fi
    i=$((i + 1))
done
run batch --jobs 4 --errors "$tmp/bad.txt" "$tmp/many.jsonl"
check "batch: exit 1 when some lines are bad" [ "$rc" -eq 1 ]
check "batch: one line out per line in" [ "$(wc -l < "$tmp/out")" -eq 300 ]
check "batch: input order with 4 jobs" \
    [ "$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$tmp/out" | head -3 | tr '\n' ' ')" = 'd0 d1 d2 ' ]
check "batch: the same output as one job" sh -c "'$exe' batch --jobs 1 --quiet '$tmp/many.jsonl' | cmp -s - '$tmp/out'"
check "batch: bad lines named with their numbers" \
    sh -c "grep -q 'many.jsonl:58: error: not valid JSON' '$tmp/err' && grep -q 'many.jsonl:191: error: no \"text\" field' '$tmp/err'"
check "batch: and written to --errors" [ "$(wc -l < "$tmp/bad.txt")" -eq 2 ]
check "batch: a summary on stderr" sh -c "grep -q 'batch: 298 documents, 298 attributions, 2 bad lines' '$tmp/err'"
check "batch: from stdin" sh -c "'$exe' batch --quiet < '$tmp/many.jsonl' | cmp -s - '$tmp/out'"
split -l 100 "$tmp/many.jsonl" "$tmp/shard."
for f in "$tmp"/shard.*; do "$exe" batch --quiet --jobs 2 < "$f" > "$f.out"; done
check "batch: shards run apart and concatenated == one run" sh -c "cat '$tmp'/shard.*.out | cmp -s - '$tmp/out'"
# the graph: shards' fragments merged (in any grouping) == one run's graph
"$exe" batch --quiet -o /dev/null --graph "$tmp/whole.graph" "$tmp/many.jsonl"
for f in "$tmp"/shard.??; do "$exe" batch --quiet -o /dev/null --graph "$f.graph" "$f"; done
check "merge: shards' graphs merged == one run's graph" sh -c "'$exe' merge '$tmp'/shard.*.graph | cmp -s - '$tmp/whole.graph'"
check "merge: grouped differently, from stdin" sh -c "'$exe' merge '$tmp/shard.ab.graph' '$tmp/shard.aa.graph' > '$tmp/ab.graph' &&
    cat '$tmp/shard.ac.graph' '$tmp/ab.graph' | '$exe' merge | cmp -s - '$tmp/whole.graph'"
check "batch: --graph - writes the graph to stdout" sh -c "'$exe' batch --quiet -o /dev/null --graph - '$tmp/many.jsonl' | cmp -s - '$tmp/whole.graph'"
run batch --quiet --graph - "$tmp/many.jsonl"
check "batch: --graph - without -o is a usage error" [ "$rc" -eq 2 ]
printf '{"vertices": [], "edges": [{"from": "x", "to": "y", "kind": "cites"}]}\n' > "$tmp/bad.graph"
run merge "$tmp/bad.graph" "$tmp/shard.aa.graph"
check "merge: a bad fragment is named, the rest merged, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'bad.graph:1: error: edge 1: no vertex' '$tmp/err' && [ -s '$tmp/out' ]"
run batch --rules "$tmp/rules" "$tmp/many.jsonl"
check "batch: broken rules exit 2 before any output" sh -c "[ $rc -eq 2 ] && [ ! -s '$tmp/out' ]"
run rules test "$tmp/rules"
check "rules test: broken rules exit 2" [ "$rc" -eq 2 ]
run batch "$tmp/nothing-here.jsonl"
check "batch: a missing input exits 2" [ "$rc" -eq 2 ]

# A directory opens as a stream whose first read fails: that is no empty input.
mkdir "$tmp/dir"
run batch "$tmp/dir"
check "batch: a directory as input exits 2, and says so" \
    sh -c "[ $rc -eq 2 ] && grep -q 'dir: is a directory' '$tmp/err' && [ ! -s '$tmp/out' ]"
run analyze --input-format jsonl --format jsonl "$tmp/in.jsonl" "$tmp/dir"
check "jsonl: a directory is named, the file before it analysed, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'dir: error: is a directory' '$tmp/err' && [ \$(wc -l < '$tmp/out') -eq 4 ]"
run merge "$tmp/dir" "$tmp/shard.aa.graph"
check "merge: a directory is named, the rest merged, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'dir: error: is a directory' '$tmp/err' && [ -s '$tmp/out' ]"
# stdin that cannot be read (a directory): a read error, not an end of input
"$exe" batch < "$tmp/dir" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "batch: a read error on stdin is reported with its line, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q '^stdin:1: error: read error' '$tmp/err' && grep -q '1 bad lines' '$tmp/err'"
"$exe" batch <&- > "$tmp/out" 2> "$tmp/err"; rc=$?
check "batch: a closed stdin is a read error, exit 1" sh -c "[ $rc -eq 1 ] && grep -q '^stdin:1: error: read error' '$tmp/err'"
"$exe" analyze --input-format jsonl --format jsonl < "$tmp/dir" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "jsonl: a read error on stdin is reported, exit 1" sh -c "[ $rc -eq 1 ] && grep -q '^stdin:1: error: read error' '$tmp/err'"
"$exe" analyze --format json < "$tmp/dir" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "text: a read error on stdin is reported, exit 1" sh -c "[ $rc -eq 1 ] && grep -q '^stdin: error: read error' '$tmp/err'"

# The progress bar: on a terminal (a pty from script(1), of bsdutils, which
# Debian always has), with the share done when the size is known, a file's
# or stdin's; never when stderr is no terminal, nor with --quiet.
if command -v script > /dev/null; then
    script -qec "'$exe' batch -o /dev/null '$tmp/many.jsonl'" /dev/null > "$tmp/tty" 2>&1
    check "batch: a progress bar on a terminal, with the share done" \
        sh -c "tr '\r' '\n' < '$tmp/tty' | grep -q '^.\[K  300 documents, [0-9.]* MB/s, 100%'"
    script -qec "'$exe' batch -o /dev/null < '$tmp/many.jsonl'" /dev/null > "$tmp/tty" 2>&1
    check "batch: the share done for a file on stdin too" \
        sh -c "tr '\r' '\n' < '$tmp/tty' | grep -q '300 documents, [0-9.]* MB/s, 100%'"
    script -qec "'$exe' batch --quiet -o /dev/null '$tmp/many.jsonl'" /dev/null > "$tmp/tty" 2>&1
    check "batch: --quiet on a terminal: no bar, no summary" sh -c "! grep -q 'documents' '$tmp/tty'"
else
    echo "FAIL script(1) is missing: the progress bar is untested"; fails=$((fails + 1))
fi
"$exe" batch -o /dev/null "$tmp/many.jsonl" 2> "$tmp/err"
check "batch: no bar when stderr is no terminal, the summary still" \
    sh -c "! grep -q \"\$(printf '\\033')\" '$tmp/err' && grep -q '^batch: 298 documents' '$tmp/err'"

# An output that cannot be written (/dev/full: no space left) fails the run.
printf '%s\n' '"Yes," he said.' > "$tmp/said.txt"
printf '%s\n' '{"id":"a","text":"\"Yes,\" he said."}' 'not json' > "$tmp/two.jsonl"
full() { # full NAME ARGS...: the run exits 2 and says why
    name=$1; shift
    "$exe" "$@" > /dev/null 2> "$tmp/err"; rc=$?
    check "$name: an output that cannot be written exits 2, and says so" \
        sh -c "[ $rc -eq 2 ] && grep -q 'write error' '$tmp/err'"
}
full "batch -o" batch -q "$tmp/two.jsonl" -o /dev/full
full "batch --errors" batch -q "$tmp/two.jsonl" -o /dev/null --errors /dev/full
full "batch --graph" batch -q "$tmp/two.jsonl" -o /dev/null --graph /dev/full
full "analyze -o" analyze "$tmp/said.txt" -o /dev/full
full "merge -o" merge "$tmp/shard.aa.graph" -o /dev/full

# An output that is also an input would be emptied before it is read.
cp "$tmp/many.jsonl" "$tmp/keep.jsonl"
run batch "$tmp/keep.jsonl" -o "$tmp/keep.jsonl"
check "batch: -o the input itself exits 2, the input kept" \
    sh -c "[ $rc -eq 2 ] && grep -q 'keep.jsonl is also an input' '$tmp/err' && cmp -s '$tmp/many.jsonl' '$tmp/keep.jsonl'"
run batch "$tmp/keep.jsonl" -o /dev/null --errors "$tmp/keep.jsonl"
check "batch: --errors the input itself exits 2, the input kept" sh -c "[ $rc -eq 2 ] && cmp -s '$tmp/many.jsonl' '$tmp/keep.jsonl'"
run batch "$tmp/keep.jsonl" -o /dev/null --graph "$tmp/keep.jsonl"
check "batch: --graph the input itself exits 2, the input kept" sh -c "[ $rc -eq 2 ] && cmp -s '$tmp/many.jsonl' '$tmp/keep.jsonl'"
"$exe" batch -o "$tmp/keep.jsonl" < "$tmp/keep.jsonl" > /dev/null 2>&1; rc=$?
check "batch: -o the file on stdin exits 2, the input kept" sh -c "[ $rc -eq 2 ] && cmp -s '$tmp/many.jsonl' '$tmp/keep.jsonl'"
"$exe" batch --quiet -o /dev/null < /dev/null; rc=$?
check "batch: /dev/null may be both input and output" [ "$rc" -eq 0 ]
cp "$tmp/shard.aa.graph" "$tmp/keep.graph"
ln -s "$tmp/keep.graph" "$tmp/link.graph"
run merge "$tmp/keep.graph" -o "$tmp/link.graph"
check "merge: -o an input under another name exits 2, the input kept" \
    sh -c "[ $rc -eq 2 ] && cmp -s '$tmp/shard.aa.graph' '$tmp/keep.graph'"
run merge "$tmp/keep.graph" -o "$tmp/keep.graph"
check "merge: -o the input itself exits 2, the input kept" sh -c "[ $rc -eq 2 ] && cmp -s '$tmp/shard.aa.graph' '$tmp/keep.graph'"
cp "$tmp/said.txt" "$tmp/said.bak"
run analyze --format json "$tmp/said.txt" -o "$tmp/said.txt"
check "analyze: -o the input itself exits 2, the input kept" sh -c "[ $rc -eq 2 ] && cmp -s '$tmp/said.bak' '$tmp/said.txt'"

# Compressed input is no JSONL: one message that says what to do, not a bad
# line for every line of the compressed bytes.
gzip -c "$tmp/many.jsonl" > "$tmp/many.jsonl.gz"
run batch "$tmp/many.jsonl.gz"
check "batch: gzip input: one message naming zcat, nothing out, exit 1" \
    sh -c "[ $rc -eq 1 ] && [ \$(grep -c error '$tmp/err') -eq 1 ] && grep -q '^.*many.jsonl.gz:1: error: gzip-compressed.*zcat' '$tmp/err' && [ ! -s '$tmp/out' ]"
printf '\375''7zXZ\000\000\004\346\326\264F\n' > "$tmp/some.xz"
run analyze --input-format jsonl --format jsonl "$tmp/some.xz"
check "jsonl: xz input: one message naming xzcat, exit 1" \
    sh -c "[ $rc -eq 1 ] && grep -q 'some.xz:1: error: xz-compressed.*xzcat' '$tmp/err' && [ ! -s '$tmp/out' ]"
{ echo 'BZh9 looks like bzip2 to a loose test'; cat "$tmp/many.jsonl"; } > "$tmp/bzh.jsonl"
"$exe" batch --quiet "$tmp/bzh.jsonl" > "$tmp/out" 2> /dev/null
check "batch: a text line that opens like a magic number is one bad line" [ "$(grep -c '"attributions"' "$tmp/out")" -eq 298 ]

# The default jobs: the cores this process may use (taskset here), not the machine's.
if command -v taskset > /dev/null; then
    taskset -c 0 "$exe" batch -o /dev/null "$tmp/many.jsonl" 2> "$tmp/err"
    check "batch: one job by default on one allowed core, said in the summary" grep -q 'MB in [0-9.]* s, 1 job$' "$tmp/err"
else
    echo "FAIL taskset(1) is missing: the default jobs are untested"; fails=$((fails + 1))
fi
"$exe" batch --jobs 3 -o /dev/null "$tmp/many.jsonl" 2> "$tmp/err"
check "batch: --jobs 3 said in the summary" grep -q 'MB in [0-9.]* s, 3 jobs$' "$tmp/err"

# Two outputs in one file would write over each other.
run batch "$tmp/many.jsonl" -o "$tmp/both" --errors "$tmp/both"
check "batch: -o and --errors in one file exit 2" sh -c "[ $rc -eq 2 ] && grep -q 'both is given for two outputs' '$tmp/err'"
run batch "$tmp/many.jsonl" -o "$tmp/out2" --errors "$tmp/both" --graph "$tmp/both"
check "batch: --errors and --graph in one file exit 2" sh -c "[ $rc -eq 2 ] && grep -q 'both is given for two outputs' '$tmp/err'"
run batch --quiet "$tmp/many.jsonl" -o /dev/null --errors /dev/null --graph /dev/null
check "batch: /dev/null may take every output" [ "$rc" -eq 1 ]

echo "$fails failed"
[ "$fails" -eq 0 ]
