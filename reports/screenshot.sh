#!/usr/bin/env bash
# Renders the dashboard in headless chromium (Debian's, offline) and saves a PNG, e.g. for the README.
#
#   reports/screenshot.sh [--page PATH] [--out PNG] [--width PX] [--height PX]
#
# Defaults: --page reports/target/dashboard/index.html, --out reports/target/dashboard-screenshot.png,
#           --width 1400, --height 2200 (chromium captures the window, not the whole page: raise --height for more).
# Build the page first (mvn -q -pl reports -Pdashboard process-classes, or any JMH/Gatling run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
page="$here/target/dashboard/index.html"
out="$here/target/dashboard-screenshot.png"
width=1400
height=2200
chromium="${CHROMIUM:-/usr/bin/chromium}"

die() { echo "screenshot.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
  case "$1" in
    --page)   [ $# -ge 2 ] || die "--page needs a value"; page="$2"; shift 2 ;;
    --out)    [ $# -ge 2 ] || die "--out needs a value"; out="$2"; shift 2 ;;
    --width)  [ $# -ge 2 ] || die "--width needs a value"; width="$2"; shift 2 ;;
    --height) [ $# -ge 2 ] || die "--height needs a value"; height="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done

[[ "$width" =~ ^[1-9][0-9]{2,3}$ ]] || die "--width must be 100..9999 pixels, got '$width'"
[[ "$height" =~ ^[1-9][0-9]{2,4}$ ]] || die "--height must be 100..99999 pixels, got '$height'"
[ -f "$page" ] || die "no page at $page (build it first: mvn -q -pl reports -Pdashboard process-classes)"
[ -x "$chromium" ] || die "chromium not found at $chromium (apt-get install -y chromium)"
mkdir -p "$(dirname "$out")"
page="$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --virtual-time-budget lets the page's scripts finish drawing before the capture.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --virtual-time-budget=5000 \
  --window-size="$width,$height" --screenshot="$out" "file://$page" >/dev/null 2>&1 \
  || die "chromium failed to render $page"
[ -s "$out" ] || die "chromium wrote no screenshot to $out"
echo "screenshot: $out"
