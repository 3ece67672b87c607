#!/bin/sh
# Where the cycles go besides instructions. This machine's CPU counters are
# not open to perf, so valgrind's simulation stands in for them: callgrind
# with --branch-sim and --cache-sim counts, over the batch worker alone (not
# the start), the instructions, the conditional branches it mispredicts and
# the first-level instruction and data cache misses, then ranks functions by
# an estimate of their cycles:
#
#   instructions / IPC + MISPREDICT x mispredicts + IMISS x I1 misses + DMISS x D1 misses
#
# The weights are guesses for a current x86 core (four instructions a cycle
# when nothing stalls, a mispredict about 12 cycles, a first-level miss that
# hits the second level about 5, partly hidden), not measurements: change them
# with the variables of the same names. To check them, the script also times
# the release build on the same slice (median of five runs, less the median
# of five runs on an empty file) and prints the cycles that is at the clock
# /proc/cpuinfo gives (docs/BENCHMARKS.md has how the two compared). The
# shares are a rough guide, not a measure. Counts of a simulation do not move
# with the load of a shared machine; wall times do.
#
#   bench/stalls.sh [JSONL [BYTES [TOP]]]
#
# JSONL defaults to ../shared/eval/polnear.dev.jsonl (samples/ when absent),
# of which the whole lines in the first BYTES (2,000,000) are run; TOP (30)
# functions are listed, by inclusive estimate. Builds build-prof (release
# with debug information) when missing.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
input=${1:-$root/../shared/eval/polnear.dev.jsonl}
bytes=${2:-2000000}
top=${3:-30}
work=${BENCH_DIR:-/tmp/quotegraph-stalls}
IPC=${IPC:-4}
MISPREDICT=${MISPREDICT:-12}
IMISS=${IMISS:-5}
DMISS=${DMISS:-5}
command -v valgrind >/dev/null || { echo "stalls: valgrind is missing (apt-get install valgrind)" >&2; exit 2; }
mkdir -p "$work"
if [ ! -f "$input" ]; then
    echo "stalls: $input not found: using samples/*.txt" >&2
    input=$work/samples.jsonl
    python3 "$root/bench/samples_jsonl.py" "$root/samples" > "$input"
fi
prof=$root/build-prof
if [ ! -f "$prof/build.ninja" ]; then
    meson setup "$prof" "$root" --buildtype=release -Ddebug=true >/dev/null
fi
ninja -C "$prof" src/quotegraph >/dev/null
slice=$work/slice.jsonl
python3 -c 'import sys; b = open(sys.argv[1], "rb").read(int(sys.argv[2])); sys.stdout.buffer.write(b[:b.rfind(b"\n") + 1] if len(b) == int(sys.argv[2]) else b)' "$input" "$bytes" > "$slice"
out=$work/callgrind.out
valgrind --tool=callgrind --branch-sim=yes --cache-sim=yes --callgrind-out-file="$out" \
    --toggle-collect='*::process(*' "$prof/src/quotegraph" batch -q -j1 "$slice" -o /dev/null 2>/dev/null
lines=$(wc -l < "$slice")
size=$(wc -c < "$slice")
echo "input: $lines lines, $size bytes ($input)"
echo "weights: $IPC instructions a cycle; mispredict $MISPREDICT, I1 miss $IMISS, D1 miss $DMISS cycles"
# the release build's wall time on the slice, its start taken off, in cycles
exe=${QUOTEGRAPH:-$root/build/src/quotegraph}
measured=
if [ -x "$exe" ]; then
    : > "$work/empty.jsonl"
    measured=$(python3 - "$exe" "$slice" "$work/empty.jsonl" <<'EOF'
import statistics, subprocess, sys, time
exe, slice_, empty = sys.argv[1:4]
def median(path):
    runs = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run([exe, "batch", "-q", "-j1", path, "-o", "/dev/null"], check=True)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)
mhz = 0.0
for line in open("/proc/cpuinfo"):
    if line.startswith("cpu MHz"):
        mhz = float(line.split(":")[1])
        break
seconds = median(slice_) - median(empty)
print(f"{seconds * mhz * 1e6:.0f} {seconds * 1e3:.1f} {mhz:.0f}")
EOF
)
fi
echo
callgrind_annotate --inclusive=yes --show=Ir,Bc,Bcm,I1mr,D1mr,D1mw --threshold=100 "$out" 2>/dev/null |
    python3 -c '
import re, sys
mis, imiss, dmiss, size, top = (int(a) for a in sys.argv[1:6])
ipc = float(sys.argv[6])
measured = sys.argv[7].split()
rows = []
for line in sys.stdin:
    # six counts (each maybe with a percentage), then file:function
    m = re.match(r"\s*((?:[\d,.]+\s+(?:\([^)]*\)\s+)?){6})(\S.*)", line)
    if not m or m.group(2).startswith("=>"):
        continue
    counts = [0 if c == "." else int(c.replace(",", "")) for c in re.findall(r"([\d,.]+)(?=\s|$)", re.sub(r"\([^)]*\)", "", m.group(1)))]
    if len(counts) != 6:
        continue
    ir, bc, bcm, i1, d1r, d1w = counts
    rows.append((ir / ipc + mis * bcm + imiss * i1 + dmiss * (d1r + d1w), counts, m.group(2)))
total = next((r for r in rows if "PROGRAM TOTALS" in r[2]), None)
if not total:
    sys.exit("stalls: no totals in the callgrind output")
est, (ir, bc, bcm, i1, d1r, d1w), _ = total
print(f"instructions      {ir:>14,}  {ir / size:7.1f} a byte")
print(f"branches          {bc:>14,}  mispredicted {bcm:,} ({100 * bcm / max(bc, 1):.1f}%), {bcm / size:.2f} a byte")
print(f"I1 misses         {i1:>14,}  {i1 / size:7.2f} a byte")
print(f"D1 misses         {d1r + d1w:>14,}  {(d1r + d1w) / size:7.2f} a byte")
print(f"estimated cycles  {est:>14,.0f}  instructions {100 * ir / ipc / est:.0f}%, mispredicts {100 * mis * bcm / est:.0f}%, "
      f"I1 misses {100 * imiss * i1 / est:.0f}%, D1 misses {100 * dmiss * (d1r + d1w) / est:.0f}%")
if measured:
    cycles, ms, mhz = measured
    print(f"measured cycles   {int(cycles):>14,}  ({ms} ms at {mhz} MHz, release build, start taken off)")
print()
print(f"| estimate | share | instructions | mispredicts | I1 misses | function (inclusive) |")
print(f"|---:|---:|---:|---:|---:|---|")
seen = set()
for e, (ir, bc, bcm, i1, d1r, d1w), name in sorted(rows, key=lambda r: -r[0]):
    if "PROGRAM TOTALS" in name or "events annotated" in name:
        continue
    name = re.sub(r" \[/.*", "", name).replace("(anonymous namespace)::", "")
    name = name.replace("std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string")
    name = re.sub(r"^.*?:", "", name, count=1) if ":" in name else name
    short = re.sub(r"\(.*", "", name)[:90]
    # (the frames of the worker thread, which hold everything)
    if short in seen or re.match(r"(clone|start_thread|std::thread|0x|quotegraph::process$|quotegraph::run_batch)", short):
        continue
    seen.add(short)
    print(f"| {e / 1e6:.1f} M | {100 * e / est:.1f}% | {ir / 1e6:.1f} M | {bcm / 1e3:.0f} k | {i1 / 1e3:.0f} k | `{short}` |")
    if len(seen) >= top:
        break
' "$MISPREDICT" "$IMISS" "$DMISS" "$size" "$top" "$IPC" "$measured"
