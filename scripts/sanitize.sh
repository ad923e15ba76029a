#!/usr/bin/env bash
# Memory checks for developers (not part of CI; slow: a full AddressSanitizer build plus a valgrind run).
#
#   scripts/sanitize.sh            both checks
#   scripts/sanitize.sh asan       every XCTest suite built with -sanitize=address
#   scripts/sanitize.sh valgrind   the release `sitegen build` of the real project under valgrind
#
# The ASan build lives in .build/asan so it never clobbers the normal debug build. The valgrind run
# builds a copy of content/, templates/ and site/ in a temporary folder (the worktree is not touched)
# and then checks the copy's site/ is byte-identical to the committed one.
#
# What is not counted, and why:
#   - valgrind: only "definitely lost" blocks are leak errors (--errors-for-leak-kinds=definite). The Swift
#     runtime keeps type metadata, conformance caches and Foundation singletons until exit and points into
#     the middle of some of them, which valgrind lists as "possibly lost" (a few hundred bytes) or
#     "still reachable"; neither is a leak of sitegen's.
#   - valgrind: scripts/valgrind-swift.supp holds one entry, a compare of a Swift multi-payload enum's
#     spare-bit case tag in Mustache's release code (the file explains it; the debug build runs clean).
#   - ASan: LeakSanitizer is off unless SANITIZE_LEAKS=1. In the XCTest process it reports XCTest's own
#     blocks: a weak-reference side table of its async-test bridge (awaitUsingExpectation), whose address the
#     Swift runtime keeps only shifted inside a reference count, and ~240 "indirect" blocks under it and
#     under the test-case instances (fixtures, temp-folder URLs, DevServer hubs of the async tests). Leaks
#     of sitegen itself are valgrind's part below, on the real binary. Every ASan error (overflow, use after
#     free, double free) fails the run.
# Invalid reads and writes, and any other use of uninitialised values, are never suppressed.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
status=0

if [[ $what == all || $what == asan ]]; then
    echo "== AddressSanitizer: swift test (scratch path .build/asan)"
    if ASAN_OPTIONS=detect_leaks=${SANITIZE_LEAKS:-0}:halt_on_error=1 \
        swift test -Xswiftc -sanitize=address --disable-swift-testing --scratch-path .build/asan; then
        echo "asan: no errors"
    else
        echo "asan: FAILED"
        status=1
    fi
fi

if [[ $what == all || $what == valgrind ]]; then
    command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)"; exit 1; }
    echo "== valgrind: release sitegen build of the real project"
    swift build -c release --product sitegen
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cp -R content templates site "$work/"
    if valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --suppressions=scripts/valgrind-swift.supp --num-callers=30 \
        .build/release/sitegen build --root "$work"; then
        echo "valgrind: no errors"
    else
        echo "valgrind: FAILED"
        status=1
    fi
    if diff -r site "$work/site" >/dev/null; then
        echo "valgrind run wrote the same site/ as the committed one"
    else
        echo "valgrind run wrote a different site/ (is the committed site/ stale?)"
        status=1
    fi
    # The error paths free C memory too (libyaml's parser after a syntax error, cmark-gfm documents of pages
    # that fail): break a chain and a template, expect sitegen's status 1 and no valgrind error.
    echo "== valgrind: a failing build of the same project"
    printf '\n```{chain} broken\ninput: [1,\n```\n' >>"$work/content/track-11/cheatsheet.md"
    printf '{{#nav}}\n' >"$work/templates/partials/broken.html"
    set +e
    valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite \
        --suppressions=scripts/valgrind-swift.supp --num-callers=30 .build/release/sitegen build --root "$work"
    code=$?
    set -e
    if [[ $code == 1 ]]; then echo "valgrind: no errors (sitegen failed as it should, status 1)"; else
        echo "valgrind: FAILED (exit status $code; 99 = valgrind errors)"
        status=1
    fi
fi
exit $status
