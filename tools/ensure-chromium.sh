#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests (installs it when run as root); prints its path.
set -euo pipefail
for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
  [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; exit 0; }
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium package…" >&2
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }) || true
fi
[ -x /usr/bin/chromium ] && { echo /usr/bin/chromium; exit 0; }
echo "ensure-chromium: Chromium not found; install the 'chromium' package or set CHROMIUM_PATH" >&2
exit 1
