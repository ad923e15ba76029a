#!/bin/sh
# Screenshots built pages of site/ at desktop and phone widths, in light and dark themes, for review.
#
#   scripts/screenshot.sh [-s SITE_DIR] [-o OUT_DIR] [-H HEIGHT] [--no-dark] [PAGE ...]
#
# PAGE is a path inside the site folder: "index.html", "track-11/cheatsheet/" or "track-11/cheatsheet"
# (a folder means its index.html). Without pages it takes the home page, the first track page, the
# first lesson page and 404.html. For each page it writes OUT_DIR/<name>-desktop.png (1280×900),
# <name>-phone.png (390×844) and the same with -dark, where <name> is the page path with "/" as "_".
# -H sets a taller window (e.g. -H 3000) to see more of a long page; the width stays the same.
# Needs Debian's chromium (apt-get install -y chromium). Pages are opened as file:// URLs, which works
# because every link in the built site is relative.
set -eu

site_dir=site
out_dir=screenshots
height=""
dark=yes

usage() {
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
    case "$1" in
        -s) site_dir=${2:?-s needs a folder}; shift 2 ;;
        -o) out_dir=${2:?-o needs a folder}; shift 2 ;;
        -H) height=${2:?-H needs a number}; shift 2 ;;
        --no-dark) dark=no; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        -*) echo "screenshot.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
        *) break ;;
    esac
done

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
    echo "screenshot.sh: chromium not found; install it with: sudo apt-get install -y chromium" >&2
    exit 1
fi
if [ ! -d "$site_dir" ]; then
    echo "screenshot.sh: no site folder '$site_dir'; build the site first (sitegen build)" >&2
    exit 1
fi
site_abs=$(cd "$site_dir" && pwd)

if [ $# -eq 0 ]; then
    set -- index.html
    first_track=$(find "$site_abs" -mindepth 2 -maxdepth 2 -name index.html ! -path '*/assets/*' | sort | head -n 1)
    first_lesson=$(find "$site_abs" -mindepth 3 -maxdepth 3 -name index.html | sort | head -n 1)
    [ -n "$first_track" ] && set -- "$@" "${first_track#"$site_abs"/}"
    [ -n "$first_lesson" ] && set -- "$@" "${first_lesson#"$site_abs"/}"
    [ -f "$site_abs/404.html" ] && set -- "$@" 404.html
fi

mkdir -p "$out_dir"
out_abs=$(cd "$out_dir" && pwd)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM

# shot FILE PNG WIDTH HEIGHT [EXTRA_FLAG]
shot() {
    # The Debian wrapper script prints a harmless shell warning on stderr; keep only real failures.
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$profile" --window-size="$3,$4" ${5:+"$5"} \
        --screenshot="$2" "file://$1" >/dev/null 2>&1 || true
    if [ -s "$2" ]; then
        echo "  $2"
    else
        echo "screenshot.sh: chromium wrote no screenshot for $1" >&2
        status=1
    fi
}

status=0
for page in "$@"; do
    page=${page#./}
    file="$site_abs/$page"
    if [ -d "$file" ]; then file="${file%/}/index.html"; fi
    if [ ! -f "$file" ]; then
        echo "screenshot.sh: no page '$page' in $site_dir" >&2
        status=1
        continue
    fi
    name=${file#"$site_abs"/}
    name=${name%index.html}
    name=${name%/}
    name=${name%.html}
    [ -n "$name" ] || name=home
    name=$(printf '%s' "$name" | tr '/' '_')
    echo "$page"
    shot "$file" "$out_abs/$name-desktop.png" 1280 "${height:-900}"
    shot "$file" "$out_abs/$name-phone.png" 390 "${height:-844}"
    if [ "$dark" = yes ]; then
        shot "$file" "$out_abs/$name-desktop-dark.png" 1280 "${height:-900}" --force-dark-mode
        shot "$file" "$out_abs/$name-phone-dark.png" 390 "${height:-844}" --force-dark-mode
    fi
done
exit $status
