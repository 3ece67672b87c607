#!/bin/sh
# Runs the real CLI on every sample and compares with tests/golden/NAME.json.
# UPDATE_GOLDEN=1 rewrites the expected files (review the diff before committing).
set -u
exe=$1
root=$2
status=0
for f in "$root"/samples/*.txt; do
    name=$(basename "$f" .txt)
    expected="$root/tests/golden/$name.json"
    actual=$(mktemp)
    "$exe" analyze --format json "$f" > "$actual" || { echo "FAIL $name: exit $?"; status=1; continue; }
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$actual" "$expected"
        echo "updated $expected"
    elif ! diff -u "$expected" "$actual"; then
        echo "FAIL $name: output differs from $expected"
        status=1
    else
        echo "ok $name"
    fi
    rm -f "$actual"
done
exit $status
