# What the shell tests share: `check NAME CONDITION...` prints "ok NAME" or
# "FAIL NAME" and counts the failures in $fails.
fails=0
check() {
    name=$1; shift
    if "$@"; then echo "ok $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
