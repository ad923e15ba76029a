#!/usr/bin/env bash
# Every test: system libraries, formatting, unit and whole-site tests, then `sitegen check` on the committed site/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Style first: the formatter ships with the toolchain; `swift format -i -r Sources Tests` fixes it.
swift format lint --strict -r Sources Tests Package.swift
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# The suites are XCTest; Swift Testing would only add a "0 tests" line.
swift test --skip-build --disable-swift-testing 2>&1 | tee "$log"
swift run sitegen check
summary=$(grep -E "^[[:space:]]+Executed [0-9]+ tests?, with [0-9]+ failures?" "$log" | tail -n 1)
total=$(sed -E 's/.*Executed ([0-9]+) tests?.*/\1/' <<<"$summary")
failed=$(sed -E 's/.*with ([0-9]+) failures?.*/\1/' <<<"$summary")
echo "tests: $((total - failed)) passed, $failed failed"
