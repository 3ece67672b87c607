#!/bin/sh
# The hostile-input suite (docs/SECURITY.md has the table): each input that
# could crash, hang or break an output gets a sound answer, and nothing from
# the input escapes into JSON, CSV, DOT or HTML. Shapes come from
# tests/hostile_shapes.py; names are made up.
set -u
exe=$1
here=$(cd "$(dirname "$0")" && pwd)
gen="python3 $here/hostile_shapes.py"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$here/lib.sh"
run() { # run ARGS... : sets rc; output in $tmp/out, $tmp/err
    "$exe" "$@" > "$tmp/out" 2> "$tmp/err"; rc=$?
}
# valid_json FILE [N]: every line (or the whole file) is strict JSON in UTF-8;
# with N, the document has N attributions
valid_json() {
    python3 - "$@" <<'PY'
import json, sys
data = open(sys.argv[1], 'rb').read().decode('utf-8')  # strict: fails on invalid UTF-8
docs = [json.loads(l) for l in data.splitlines() if l.strip()] if data.lstrip().startswith('{"') else [json.loads(data)]
if len(sys.argv) > 2:
    assert len(docs[0]['attributions']) == int(sys.argv[2]), len(docs[0]['attributions'])
PY
}
# same_attributions A B SHIFT: B's attributions are A's, offsets moved by SHIFT
same_attributions() {
    python3 - "$@" <<'PY'
import json, sys
a, b = (json.load(open(p))['attributions'] for p in sys.argv[1:3])
shift = int(sys.argv[3])
key = lambda x: (x['content'][0]['text'] if isinstance(x['content'], list) else x['content']['text'], x.get('speaker', {}).get('name'))
assert [key(x) for x in a] == [key(x) for x in b], ([key(x) for x in a], [key(x) for x in b])
starts = lambda xs: [(x['content'][0] if isinstance(x['content'], list) else x['content'])['start'] for x in xs]
assert [s + shift for s in starts(a)] == starts(b), (starts(a), starts(b))
PY
}

# --- encodings and line ends -------------------------------------------------
$gen invalid_utf8 50 > "$tmp/bad.txt"
run analyze --format json "$tmp/bad.txt"
check "invalid UTF-8: analysed, exit 0" [ "$rc" -eq 0 ]
check "invalid UTF-8: the JSON is strict UTF-8" valid_json "$tmp/out"
check "invalid UTF-8: offsets count the input's bytes" python3 -c "
import json, sys
raw = open(sys.argv[1], 'rb').read()
for a in json.load(open(sys.argv[2]))['attributions']:
    c = a['content'][0] if isinstance(a['content'], list) else a['content']
    assert raw[c['start']:c['end']].decode('utf-8', 'replace') == c['text'], c
" "$tmp/bad.txt" "$tmp/out"
for f in csv dot html; do
    run analyze --format $f "$tmp/bad.txt"
    check "invalid UTF-8: the $f output is UTF-8" python3 -c "open('$tmp/out', 'rb').read().decode('utf-8')"
done

printf 'Ann Roe said\000 the plan works.\n' > "$tmp/nul.txt"
run analyze --format json "$tmp/nul.txt"
check "NUL byte: refused, exit 1" [ "$rc" -eq 1 ]
check "NUL byte: one line that says where" grep -q 'nul.txt: error: binary data (NUL byte at offset 12)' "$tmp/err"
printf '{"id":"n","text":"a\\u0000b"}\n{"id":"ok","text":"Ann Roe said it works."}\n' > "$tmp/nul.jsonl"
run batch "$tmp/nul.jsonl"
check "NUL in JSONL: the line is reported, the next analysed" sh -c "grep -q 'nul.jsonl:1: error: binary data' '$tmp/err' && grep -q '\"id\":\"ok\"' '$tmp/out'"

article='Ann Roe, the mayor, said the bridge would open in May. "It is safe," she said.\n\nBob Lee said the cost rose.\n'
printf "$article" > "$tmp/lf.txt"
printf '\357\273\277'"$article" > "$tmp/bom.txt"
run analyze --format json "$tmp/lf.txt"; cp "$tmp/out" "$tmp/lf.json"
run analyze --format json "$tmp/bom.txt"; cp "$tmp/out" "$tmp/bom.json"
check "BOM: the same attributions, offsets after the mark" same_attributions "$tmp/lf.json" "$tmp/bom.json" 3
printf "$article" | tr '\n' '\r' > "$tmp/cr.txt"
run analyze --format json "$tmp/cr.txt"; cp "$tmp/out" "$tmp/cr.json"
check "CR line ends: as with LF" same_attributions "$tmp/lf.json" "$tmp/cr.json" 0
run analyze --format text "$tmp/cr.txt"
check "CR line ends: line numbers count CR" grep -q 'line 3, column 1' "$tmp/out"
printf "$article" | sed 's/$/\r/' > "$tmp/crlf.txt"
run analyze --format json "$tmp/crlf.txt"; cp "$tmp/out" "$tmp/crlf.json"
check "CRLF line ends: the same attributions" python3 -c "
import json
t = lambda p: [a['content'][0]['text'] if isinstance(a['content'], list) else a['content']['text'] for a in json.load(open(p))['attributions']]
assert t('$tmp/lf.json') == t('$tmp/crlf.json')
"

: > "$tmp/empty.txt"
for f in json csv dot html text; do
    run analyze --format $f "$tmp/empty.txt"
    check "empty document: $f, exit 0" [ "$rc" -eq 0 ]
done
run analyze --format json "$tmp/empty.txt"
check "empty document: no attributions" valid_json "$tmp/out" 0

# --- size and shape ----------------------------------------------------------
$gen long_plain 1570000 > "$tmp/big.txt"
check "a 100 MB single-line document is 100 MB" [ "$(wc -c < "$tmp/big.txt")" -ge 100000000 ]
run analyze --format json "$tmp/big.txt"
check "a 100 MB single-line document: analysed, its one report found" valid_json "$tmp/out" 1
rm -f "$tmp/big.txt"
for shape in nested_quotes:10000 nested_ascii:10000 unpaired_quotes:1000000 unterminated:10000 long_name:10000 \
             many_names:10000 many_pronouns:10000 many_cues:10000 many_commas:10000; do
    name=${shape%%:*}; n=${shape##*:}
    $gen "$name" "$n" > "$tmp/shape.txt"
    run analyze --format json "$tmp/shape.txt"
    check "$name x$n: exit 0, valid JSON" sh -c "[ $rc -eq 0 ] && python3 -c \"import json; json.load(open('$tmp/out'))\""
done
$gen long_line 1000 > "$tmp/dense.txt"
run analyze --format html "$tmp/dense.txt"
check "HTML of a document with a large graph: a note instead of a Graphviz layout" \
    sh -c "[ $rc -eq 0 ] && grep -q 'too many to draw here' '$tmp/out' && ! grep -q '<svg' '$tmp/out'"
$gen unterminated 3 > "$tmp/open.txt"
run analyze --format json "$tmp/open.txt"
check "a quote open at the end of the file: reported to the end" python3 -c "
import json
a = json.load(open('$tmp/out'))['attributions']
c = a[0]['content'][0] if isinstance(a[0]['content'], list) else a[0]['content']
assert c['end'] == $(wc -c < "$tmp/open.txt") - 1 and a[0]['speaker']['name'] == 'Ann Roe', a
"

# --- JSONL -------------------------------------------------------------------
{
    printf '[1, 2]\n"text"\n42\nnull\n{"id": "no-text"}\n{"id": "number", "text": 5}\n{"id": "list", "text": ["a"]}\n'
    printf '{"id": "d", "text": "Ann Roe said one."}\n{"id": "d", "text": "Bob Lee said two."}\n'
    $gen jsonl_huge_id 10000
    printf '{"id": "last", "text": "Ann Roe said it works."}\n'
} > "$tmp/bad.jsonl"
run batch "$tmp/bad.jsonl" -j2
check "JSONL: exit 1 when lines are bad" [ "$rc" -eq 1 ]
check "JSONL: one output line per input line, in order" python3 -c "
import json
out = [json.loads(l) for l in open('$tmp/out')]
assert len(out) == 11, len(out)
assert [o.get('id') for o in out][7:9] == ['d', 'd'] and out[10]['id'] == 'last', [o.get('id') for o in out]
assert all('error' in o for o in out[:7]) and len(out[9]['id']) == 1000000
"
for n in 1 2 3 4; do
    check "JSONL: non-object line $n reported" grep -q "bad.jsonl:$n: error: not a JSON object" "$tmp/err"
done
check "JSONL: a missing text reported" grep -q 'bad.jsonl:5: error: no "text" field' "$tmp/err"
check "JSONL: a non-string text reported" sh -c "grep -q 'bad.jsonl:6: error: \"text\" is not a string' '$tmp/err' && grep -q 'bad.jsonl:7: error: \"text\" is not a string' '$tmp/err'"

# --- rules -------------------------------------------------------------------
mkdir -p "$tmp/rules"
printf 'kind: titles\nversion: 1\nentries: [mayor\n' > "$tmp/rules/a-bad-yaml.yaml"
printf 'kind: titles\nversion: 1\nentries: {mayor: 1}\n' > "$tmp/rules/b-wrong-type.yaml"
printf 'kind: titles\nversion: "one"\nentries: [mayor]\n' > "$tmp/rules/c-wrong-version.yaml"
run rules check "$tmp/rules"
check "rules: broken rules exit 2" [ "$rc" -eq 2 ]
check "rules: bad YAML at FILE:LINE:COL" grep -q 'a-bad-yaml.yaml:[0-9]*:[0-9]*: error:' "$tmp/out"
check "rules: a wrong type at FILE:LINE:COL" grep -q 'b-wrong-type.yaml:3:10: error:' "$tmp/out"
check "rules: a wrong version reported" grep -q 'c-wrong-version.yaml:[0-9]*:[0-9]*: error:' "$tmp/out"
rm "$tmp"/rules/*
python3 -c "
print('kind: titles\nversion: 1\nentries:')
for i in range(200000): print('  - title%d' % i)
" > "$tmp/rules/huge.yaml"
run rules check "$tmp/rules"
check "rules: a list of 200,000 entries loads" [ "$rc" -eq 0 ]

# --- names that are markup in the outputs: tests/outputs.sh ------------------
echo "$fails failed"
[ "$fails" -eq 0 ]
