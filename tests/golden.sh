#!/bin/sh
# Runs the real CLI on every sample and compares each output format with
# tests/golden/NAME.EXT (json, csv, dot). UPDATE_GOLDEN=1 rewrites the
# expected files (review the diff before committing).
set -u
exe=$1
root=$2
status=0
for f in "$root"/samples/*.txt; do
    name=$(basename "$f" .txt)
    for ext in json csv dot; do
        expected="$root/tests/golden/$name.$ext"
        actual=$(mktemp)
        "$exe" analyze --format "$ext" "$f" > "$actual" || { echo "FAIL $name.$ext: exit $?"; status=1; continue; }
        if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
            cp "$actual" "$expected"
            echo "updated $expected"
        elif ! diff -u "$expected" "$actual"; then
            echo "FAIL $name.$ext: output differs from $expected"
            status=1
        else
            echo "ok $name.$ext"
        fi
        rm -f "$actual"
    done
done
exit $status
