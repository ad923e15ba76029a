#!/usr/bin/env bash
# One command from a fresh clone to a built site in site/: system libraries, compile, build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product sitegen
.build/release/sitegen build "$@"
