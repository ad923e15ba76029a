#!/usr/bin/env bash
# bench/build.sh: time `sitegen build`, `check` and `eval` with hyperfine. A benchmark, not a test: it prints
# figures and never fails because something is slow. It exits non-zero only when something is broken (the
# compiler, a sitegen command, hyperfine, the generator).
#
# Usage: bench/build.sh
# Environment: RUNS (10) and WARMUP (2) per hyperfine measurement; TRACKS (10) and LESSONS (20) for the
# generated course; SITEGEN=/path/to/binary skips the release build and times that binary instead.
#
# What it times, each in a temporary copy so the repository's site/ is never rewritten:
#   shipped   content/ + templates/ of this repository: `sitegen build`, `sitegen check`,
#             `sitegen eval content/track-11/cheatsheet.md`
#   generated bench/gen-course.py (TRACKS x LESSONS lessons, each one chain and all five views):
#             `sitegen build`, `sitegen check`
# and prints mean ± σ (hyperfine's standard deviation over RUNS runs), min…max and pages per second
# (pages written by one build divided by the mean), plus the mean CPU time (user + system), which moves less
# than wall time when other processes share the machine. Needs python3 (for the generator and to read
# hyperfine's JSON); installs hyperfine with scripts/install-deps.sh when it is missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-10}"
warmup="${WARMUP:-2}"
tracks="${TRACKS:-10}"
lessons="${LESSONS:-20}"

command -v python3 >/dev/null || { echo "error: python3 is needed (generator, JSON)" >&2; exit 1; }
command -v hyperfine >/dev/null || "$repo/scripts/install-deps.sh" hyperfine
command -v hyperfine >/dev/null || { echo "error: hyperfine is not installed" >&2; exit 1; }

if [[ -n "${SITEGEN:-}" ]]; then
    binary="$(cd "$(dirname "$SITEGEN")" && pwd)/$(basename "$SITEGEN")"
else
    echo "== building the release binary"
    (cd "$repo" && swift build -c release --product sitegen)
    binary="$repo/.build/release/sitegen"
fi
[[ -x "$binary" ]] || { echo "error: $binary is not an executable" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
: >"$results"

# A plain build once, outside hyperfine, so a failure shows sitegen's own diagnostics; prints the page count.
pages_of_build() {
    local out
    if ! out="$(cd "$1" && "$binary" build 2>&1)"; then
        echo "error: sitegen build failed in $1:" >&2; echo "$out" >&2; return 1
    fi
    sed -n 's/^built \([0-9]*\) pages.*/\1/p' <<<"$out" | tail -1
}

# A plain check once: the timed checks must be of a site that passes.
check_passes() {
    local out
    if ! out="$(cd "$1" && "$binary" check 2>&1)"; then
        echo "error: sitegen check failed in $1:" >&2; echo "$out" | grep -v ': warning: ' | tail -20 >&2; return 1
    fi
}

# measure LABEL DIR PAGES COMMAND...: hyperfine COMMAND inside DIR, then append a row to $results.
measure() {
    local label="$1" dir="$2" pages="$3"; shift 3
    local json="$work/$(tr -c 'a-z0-9' '-' <<<"$label").json"
    echo
    echo "== $label: $*"
    (cd "$dir" && hyperfine -N --style basic --warmup "$warmup" --runs "$runs" --export-json "$json" -- "$*")
    python3 - "$json" "$label" "$pages" >>"$results" <<'EOF'
import json, sys
path, label, pages = sys.argv[1], sys.argv[2], sys.argv[3]
r = json.load(open(path))["results"][0]
mean, sd = r["mean"] * 1000, (r["stddev"] or 0) * 1000
rate = f"{int(pages) / r['mean']:.0f}" if pages.isdigit() else "-"
cpu = (r["user"] + r["system"]) * 1000
print(f"{label}\t{mean:.1f} ± {sd:.1f}\t{r['min'] * 1000:.1f} … {r['max'] * 1000:.1f}\t{cpu:.1f}\t{pages}\t{rate}")
EOF
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
cpu_model="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
echo "== machine: $(nproc) cores, ${cpu_model:-unknown CPU}; load average $(load)"

shipped="$work/shipped"
mkdir -p "$shipped"
cp -R "$repo/content" "$repo/templates" "$shipped/"
[[ -d "$repo/site" ]] && cp -R "$repo/site" "$shipped/"
shipped_pages="$(pages_of_build "$shipped")"
check_passes "$shipped"
measure "shipped build" "$shipped" "$shipped_pages" "$binary" build
measure "shipped check" "$shipped" "$shipped_pages" "$binary" check
measure "shipped eval cheatsheet" "$shipped" "-" "$binary" eval content/track-11/cheatsheet.md

generated="$work/generated"
python3 "$repo/bench/gen-course.py" "$generated" --tracks "$tracks" --lessons "$lessons"
generated_pages="$(pages_of_build "$generated")"
check_passes "$generated"
measure "generated ${tracks}x${lessons} build" "$generated" "$generated_pages" "$binary" build
measure "generated ${tracks}x${lessons} check" "$generated" "$generated_pages" "$binary" check

echo
echo "== summary ($runs runs after $warmup warm-up runs each; times in ms; load average now $(load))"
{
    printf 'benchmark\tmean ± σ\tmin … max\tuser+sys\tpages\tpages/s\n'
    cat "$results"
} | column -t -s $'\t'
