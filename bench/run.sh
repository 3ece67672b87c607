#!/bin/sh
# Throughput and memory of `quotegraph batch`, measured in one run against
# `wc -w` and the npm peer compromise on the same bytes.
#
#   bench/run.sh [CORPUS.jsonl] [MB]
#
# Builds a corpus of at least MB megabytes (default 50) by repeating the
# lines of CORPUS.jsonl (ids made unique), or of samples/*.txt when none is
# given; then, three runs each (the median is reported; the machines are
# shared and noisy):
#   - wc -w over the corpus;
#   - quotegraph batch with 1 and with 2 jobs (wall time, peak RSS from
#     /usr/bin/time -v), from the file and from stdin (the form it takes as a
#     Hadoop Streaming or Spark mapper);
#   - compromise's quotations() (bench/compromise_quotes.js) and quotegraph
#     -j1 on the same slice of the corpus (compromise is too slow for all of it);
#   - quotegraph on no input: the start (loading the rules), which every
#     run above includes.
# MB/s counts every byte of the JSONL lines; a line after the table gives
# the rate over the texts' bytes alone. Prints a Markdown table. Needs a built quotegraph (scripts/setup) and, for
# the peer, node and npm (installs compromise under bench/node_modules).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
exe=$root/build/src/quotegraph
src=${1:-}
mb=${2:-50}
slice_mb=${SLICE_MB:-2}
work=${BENCH_DIR:-/tmp/quotegraph-bench}
mkdir -p "$work"
[ -x "$exe" ] || { echo "bench: build first (scripts/setup)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# the corpus
seed=$work/seed.jsonl
if [ -n "$src" ]; then
    grep -v '^[[:space:]]*$' "$src" > "$seed"
else
    python3 "$root/bench/samples_jsonl.py" "$root/samples" > "$seed"
fi
corpus=$work/corpus.jsonl
python3 - "$seed" "$corpus" "$mb" <<'EOF'
import json, sys
seed, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
lines = [json.loads(l) for l in open(seed, encoding="utf-8") if l.strip()]
with open(out, "w", encoding="utf-8") as f:
    size, rep = 0, 0
    while size < mb * 1e6:
        for d in lines:
            d = dict(d, id=f"{d.get('id', 'doc')}#{rep}")
            s = json.dumps(d, ensure_ascii=False) + "\n"
            f.write(s)
            size += len(s.encode("utf-8"))
        rep += 1
EOF
bytes=$(wc -c < "$corpus")
docs=$(wc -l < "$corpus")
slice=$work/slice.jsonl
python3 - "$corpus" "$slice" "$slice_mb" <<'EOF'
import sys
src, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
size = 0
with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
    for line in f:
        if size >= mb * 1e6: break
        o.write(line); size += len(line.encode("utf-8"))
EOF
slice_bytes=$(wc -c < "$slice")
# the bytes of the articles' texts alone: a line may carry other fields
# (the development set's gold annotations) that the analyser only skips
text_bytes=$(python3 - "$corpus" <<'EOF'
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line).get("text")
    if isinstance(t, str): n += len(t.encode("utf-8"))
print(n)
EOF
)

# median wall seconds and max peak RSS (KB) of three runs of a command
# (the wall time from the clock in nanoseconds around each run: /usr/bin/time
# gives hundredths, which read 0.00 for a small corpus)
measure() { # measure OUT_FILE CMD...
    out=$1; shift
    for i in 1 2 3; do
        start=$(date +%s%N)
        /usr/bin/time -v -o "$work/time.$i" "$@" > "$out" 2> /dev/null
        echo $(( $(date +%s%N) - start )) > "$work/wall.$i"
    done
    python3 - "$work" <<'EOF'
import re, sys, statistics
work = sys.argv[1]
walls = [int(open(f"{work}/wall.{i}").read()) / 1e9 for i in (1, 2, 3)]
rss = [int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{work}/time.{i}").read()).group(1))
       for i in (1, 2, 3)]
print(f"{statistics.median(walls):.4f} {max(rss)}")
EOF
}

set -- $(measure /dev/null wc -w "$corpus"); wc_s=$1
set -- $(measure "$work/out1.jsonl" "$exe" batch --quiet --jobs 1 "$corpus"); q1_s=$1; q1_rss=$2
set -- $(measure "$work/out2.jsonl" "$exe" batch --quiet --jobs 2 "$corpus"); q2_s=$1; q2_rss=$2
set -- $(measure "$work/in1.jsonl" sh -c '"$1" batch --quiet --jobs 1 < "$2"' - "$exe" "$corpus"); i1_s=$1; i1_rss=$2
set -- $(measure "$work/in2.jsonl" sh -c '"$1" batch --quiet --jobs 2 < "$2"' - "$exe" "$corpus"); i2_s=$1; i2_rss=$2
: > "$work/empty.jsonl"
set -- $(measure /dev/null "$exe" batch --quiet --jobs 1 "$work/empty.jsonl"); q0_s=$1
for f in out2 in1 in2; do
    cmp -s "$work/out1.jsonl" "$work/$f.jsonl" || echo "bench: WARNING: $f.jsonl differs from one job's output" >&2
done

peer="not run (node/npm missing)"
if command -v node > /dev/null && command -v npm > /dev/null; then
    [ -d "$root/bench/node_modules/compromise" ] ||
        (cd "$root/bench" && npm install --no-audit --no-fund --silent > /dev/null 2>&1)
    set -- $(measure /dev/null node "$root/bench/compromise_quotes.js" "$slice"); cp_s=$1
    set -- $(measure /dev/null "$exe" batch --quiet --jobs 1 "$slice"); qs_s=$1
    peer=ok
fi

python3 - <<EOF
b, docs, sb, tb = $bytes, $docs, $slice_bytes, $text_bytes
wc, q1, q2, r1, r2, q0 = $wc_s, $q1_s, $q2_s, $q1_rss, $q2_rss, $q0_s
i1, i2, ri1, ri2 = $i1_s, $i2_s, $i1_rss, $i2_rss
mbs = lambda s, n=b: n / 1e6 / s
print(f"corpus: {b/1e6:.1f} MB, {docs} documents (slice for the peer: {sb/1e6:.1f} MB);"
      f" the texts are {tb/1e6:.1f} MB of it ({100*tb/b:.0f}%)")
print()
print("| run | median wall s | MB/s | docs/s | peak RSS MB |")
print("|---|---|---|---|---|")
print(f"| wc -w | {wc:.3f} | {mbs(wc):.1f} | | |")
print(f"| quotegraph batch -j1 | {q1:.3f} | {mbs(q1):.1f} | {docs/q1:.0f} | {r1/1024:.1f} |")
print(f"| quotegraph batch -j2 | {q2:.3f} | {mbs(q2):.1f} | {docs/q2:.0f} | {r2/1024:.1f} |")
print(f"| quotegraph batch -j1 < stdin | {i1:.3f} | {mbs(i1):.1f} | {docs/i1:.0f} | {ri1/1024:.1f} |")
print(f"| quotegraph batch -j2 < stdin | {i2:.3f} | {mbs(i2):.1f} | {docs/i2:.0f} | {ri2/1024:.1f} |")
print()
print(f"- 2 jobs / 1 job: {q1/q2:.2f}x")
print(f"- the texts alone (MB/s above counts every byte of the lines): -j1 {mbs(q1, tb):.1f} MB/s, -j2 {mbs(q2, tb):.1f} MB/s")
print(f"- quotegraph -j1 / wc -w time: {q1/wc:.1f}x slower")
print(f"- the start (the rules loaded, no input), part of every run here: {q0*1000:.1f} ms")
if "$peer" == "ok":
    cp, qs = ${cp_s:-0}, ${qs_s:-0}
    print(f"- compromise on the {sb/1e6:.1f} MB slice: {cp:.2f} s ({mbs(cp, sb):.2f} MB/s); quotegraph -j1 on it: {qs:.3f} s;"
          f" quotegraph is {cp/qs:.0f}x faster")
else:
    print("- compromise: $peer")
EOF
