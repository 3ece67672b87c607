#!/bin/sh
# Does 10x the input cost about 10x? For each hostile shape of
# tests/hostile_shapes.py, counts the instructions `quotegraph analyze
# --format json` (or `batch` for JSONL shapes) executes on the shape at 1x
# and at 10x its base size (valgrind --tool=callgrind: instruction counts do
# not move with the load of a shared machine, wall times do).
#
#   bench/linear.sh [SHAPE...]        all shapes when none is named
#
# The fixed cost of a run (loading the rules, ~170 M instructions) is
# measured on an empty document and taken off both counts before the ratio;
# the raw counts are printed too. Prints a Markdown table; exit 1 when a
# shape's ratio is above 12.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exe=${QUOTEGRAPH:-$root/build/src/quotegraph}
gen=$root/tests/hostile_shapes.py
work=${BENCH_DIR:-/tmp/quotegraph-linear}
mkdir -p "$work"
[ -x "$exe" ] || { echo "linear: build first (scripts/setup)" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "linear: valgrind is missing (apt-get install valgrind)" >&2; exit 2; }

# base size per shape: about 50-200 KB at 1x
base() {
    case $1 in
        long_line) echo 1000 ;; long_plain) echo 2000 ;; nested_quotes|nested_ascii) echo 2000 ;;
        unpaired_quotes) echo 20000 ;; unterminated) echo 3000 ;;
        long_name) echo 10000 ;; many_names|many_pronouns) echo 1000 ;;
        many_cues|many_commas) echo 5000 ;; many_lines|cr_lines|crlf_lines) echo 2000 ;;
        invalid_utf8) echo 1000 ;; jsonl_huge_id) echo 1000 ;;
        *) echo "linear: unknown shape $1" >&2; exit 2 ;;
    esac
}

# instructions of one run over FILE
count() {
    case $1 in
        *.jsonl) set -- batch "$1" -o /dev/null -j1 --quiet ;;
        *) set -- analyze --format json "$1" ;;
    esac
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$exe" "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

shapes=${*:-$(python3 "$gen" --list | cut -f1)}
: > "$work/empty.txt"
fixed=$(count "$work/empty.txt")
echo "fixed cost (empty document): $fixed instructions"
echo
echo "| shape | 1x bytes | 10x bytes | 1x instructions | 10x instructions | ratio (fixed cost off) |"
echo "|---|---|---|---|---|---|"
worst=0
status=0
for shape in $shapes; do
    n=$(base "$shape")
    ext=txt
    case $shape in jsonl_*) ext=jsonl ;; esac
    python3 "$gen" "$shape" "$n" > "$work/$shape.1.$ext"
    python3 "$gen" "$shape" $((n * 10)) > "$work/$shape.10.$ext"
    i1=$(count "$work/$shape.1.$ext")
    i10=$(count "$work/$shape.10.$ext")
    ratio=$(python3 -c "print('%.2f' % (($i10 - $fixed) / max(1, $i1 - $fixed)))")
    echo "| $shape | $(wc -c < "$work/$shape.1.$ext") | $(wc -c < "$work/$shape.10.$ext") | $i1 | $i10 | $ratio |"
    if python3 -c "import sys; sys.exit(0 if $ratio > 12 else 1)"; then status=1; fi
done
exit $status
