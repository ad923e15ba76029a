#!/usr/bin/env bash
# Every test: system libraries, unit and whole-site tests, then `sitegen check` on the committed site/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test --skip-build
swift run sitegen check
