#!/usr/bin/env bash
# bench/callgrind.sh: count the instructions of one `sitegen build` of the shipped site with valgrind's
# callgrind and print where they go. Unlike wall time, the instruction count barely moves when other
# processes share the machine, so it is the figure to compare before and after a change. A benchmark,
# not a test: it exits non-zero only when something is broken (the build, valgrind).
#
# Usage: bench/callgrind.sh [PROJECT_DIR]
#   PROJECT_DIR  the project to build (default: a temporary copy of this repository's content/,
#                templates/ and site/, so the real site/ is never rewritten)
# Environment: TOP (10) functions to list; SITEGEN=/path/to/binary skips the release build;
# KEEP=FILE keeps the raw callgrind output there (open it with callgrind_annotate or kcachegrind).
#
# Prints the total instruction count (Ir), then the TOP functions by inclusive cost (the function and
# everything it calls, the process's own wrappers such as main left out) and by self cost. Swift's
# per-process hash seed is fixed (SWIFT_DETERMINISTIC_HASHING=1) so dictionary iteration does the same
# work on every run and the count repeats.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
top="${TOP:-10}"

command -v valgrind >/dev/null || "$repo/scripts/install-deps.sh" valgrind
command -v callgrind_annotate >/dev/null || { echo "error: valgrind (callgrind_annotate) is missing" >&2; exit 1; }

if [[ -n "${SITEGEN:-}" ]]; then
    binary="$(cd "$(dirname "$SITEGEN")" && pwd)/$(basename "$SITEGEN")"
else
    echo "== building the release binary"
    (cd "$repo" && swift build -c release --product sitegen)
    binary="$repo/.build/release/sitegen"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -n "${1:-}" ]]; then
    project="$(cd "$1" && pwd)"
else
    project="$work/shipped"
    mkdir -p "$project"
    cp -R "$repo/content" "$repo/templates" "$project/"
    [[ -d "$repo/site" ]] && cp -R "$repo/site" "$project/"
fi
out="${KEEP:-$work/callgrind.out}"

echo "== valgrind --tool=callgrind $binary build (in $project)"
if ! (cd "$project" && SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$out" \
    "$binary" build) >"$work/log" 2>&1; then
    echo "error: the build under callgrind failed:" >&2; tail -20 "$work/log" >&2; exit 1
fi
grep '^built ' "$work/log" || true

demangle() { if command -v swift >/dev/null; then swift demangle --simplified; else cat; fi; }

# callgrind_annotate lines look like "  12,345 (3.90%)  /path/File.swift:function [/path/binary]".
# Keep "Ir  (share)  File.swift: function"; drop the object file, the folders, compiler-generated entries and
# the second entry of a function that callgrind lists twice (once per inlined context; the first is the larger).
tidy() {
    sed -E 's/ \[[^]]*\]$//; s#^( *[0-9,]+ \( *[0-9.]+%\))  (.*/)?([^/:]*):#\1  \3: #' \
        | grep -v '<compiler-generated>' | demangle | awk '{ key = $0; sub(/^ *[0-9,]+ \( *[0-9.]+%\) +/, "", key) }
            !seen[key]++'
}
# The process's own wrappers around the build, which include everything and say nothing.
wrappers='PROGRAM TOTALS|ld-linux|\(below main\)|libc-start|libc_start|sitegen_main|CLI\.run|Commands\.build|\?\?\?: 0x'

callgrind_annotate --inclusive=yes --threshold=100 "$out" >"$work/inclusive" 2>/dev/null
callgrind_annotate --threshold=100 "$out" >"$work/self" 2>/dev/null
total="$(sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' "$work/self" | head -1)"
echo
echo "instructions (Ir) for one build: ${total:-unknown}"
for kind in inclusive self; do
    echo
    echo "== top $top functions by $kind cost (Ir, share of the whole run, file: function)"
    grep -E '^ *[0-9,]+ \(' "$work/$kind" | tidy | grep -Ev "$wrappers" | head -n "$top" || true
done
