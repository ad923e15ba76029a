#!/usr/bin/env bash
# bench/scaling.sh: how `sitegen build` grows with the size of the course. Generates courses of 1, 2, 5, 10
# and 20 tracks of LESSONS lessons (bench/gen-course.py), times one build of each with hyperfine and prints
# wall time, CPU time and CPU milliseconds per page. Constant ms/page means linear growth. A benchmark, not a
# test: it exits non-zero only when something is broken.
#
# Usage: bench/scaling.sh
# Environment: SIZES ("1 2 5 10 20" tracks), LESSONS (20), RUNS (3), SITEGEN=/path/to/binary skips the build.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sizes="${SIZES:-1 2 5 10 20}"
lessons="${LESSONS:-20}"
runs="${RUNS:-3}"

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

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'tracks\tpages\tsite MB\tmean ± σ (ms)\tuser+sys (ms)\tCPU ms/page\n' >"$work/table"
for tracks in $sizes; do
    dir="$work/course-$tracks"
    python3 "$repo/bench/gen-course.py" "$dir" --tracks "$tracks" --lessons "$lessons" >/dev/null
    if ! out="$(cd "$dir" && "$binary" build 2>&1)"; then
        echo "error: sitegen build failed for $tracks tracks:" >&2; echo "$out" >&2; exit 1
    fi
    pages="$(sed -n 's/^built \([0-9]*\) pages.*/\1/p' <<<"$out" | tail -1)"
    megabytes="$(du -sk "$dir/site" | awk '{ printf "%.1f", $1 / 1024 }')"
    echo "== $tracks tracks x $lessons lessons ($pages pages)"
    (cd "$dir" && hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$work/$tracks.json" \
        -- "$binary build")
    python3 - "$work/$tracks.json" "$tracks" "$pages" "$megabytes" >>"$work/table" <<'EOF'
import json, sys
path, tracks, pages, megabytes = sys.argv[1:]
r = json.load(open(path))["results"][0]
cpu = (r["user"] + r["system"]) * 1000
print(f"{tracks}\t{pages}\t{megabytes}\t{r['mean'] * 1000:.0f} ± {(r['stddev'] or 0) * 1000:.0f}\t{cpu:.0f}\t"
      f"{cpu / int(pages):.1f}")
EOF
    rm -rf "$dir"
done
echo
echo "== summary (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
column -t -s $'\t' "$work/table"
