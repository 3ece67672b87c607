#!/bin/sh
# The command line on bad input: one clear line per problem, the rest of the
# run goes on, and the exit code says whether anything failed.
set -u
exe=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() { # check NAME CONDITION...
    name=$1; shift
    if "$@"; then echo "ok $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
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

printf 'bad \303\050 byte' > "$tmp/bad.txt"
printf '"We won," she said.' > "$tmp/good.txt"
run analyze --format jsonl "$tmp/bad.txt" "$tmp/good.txt"
check "invalid UTF-8: exit 1" [ "$rc" -eq 1 ]
check "invalid UTF-8: located" sh -c "printf '%s' '$err' | grep -q 'bad.txt: error: invalid UTF-8 at byte 4'"
check "invalid UTF-8: the next file is still analysed" sh -c "grep -q '\"id\":\"good\"' '$tmp/out'"

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

echo "$fails failed"
[ "$fails" -eq 0 ]
