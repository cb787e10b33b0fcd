#!/usr/bin/env bash
# Render a report page in headless Chromium and save a screenshot, to look at a page as a
# reader's browser draws it (offline: the pages load nothing from the network).
#
#   scripts/screenshot.sh reports/nato_2023-02-13_pre-ministerial/00-overview.html [out.png]
#
# Needs chromium (Debian: apt install chromium) or google-chrome on PATH; CHROMIUM=... names
# another. The window is 1280 px wide and 2400 px tall (HEIGHT=... for more of the page).
set -euo pipefail
page=${1:?usage: scripts/screenshot.sh PAGE.html [OUT.png]}
out=${2:-${page%.html}.png}
[ -f "$page" ] || { echo "screenshot.sh: $page: no such page" >&2; exit 2; }
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$browser" ] || { echo "screenshot.sh: no chromium or google-chrome on PATH (set CHROMIUM)" >&2; exit 2; }
# --no-sandbox: Chromium refuses to run as root with its sandbox (containers, CI)
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --window-size=1280,"${HEIGHT:-2400}" --screenshot="$(realpath -m "$out")" \
  "file://$(realpath "$page")" >/dev/null 2>&1
[ -s "$out" ] || { echo "screenshot.sh: chromium wrote no screenshot of $page" >&2; exit 1; }
echo "$out"
