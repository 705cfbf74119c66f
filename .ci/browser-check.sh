#!/usr/bin/env bash
# Opens report.html of the main job in headless Chromium and checks it renders without script errors and shows the
# national totals of report.json. Installs Debian's chromium when missing. Needs the jar built (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar examples/target/desconcentra.jar run --quiet --out "$work/report" > /dev/null
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --enable-logging=stderr --v=0 --virtual-time-budget=5000 \
  --dump-dom "file://$work/report/report.html" > "$work/dom.html" 2> "$work/chromium.log" || {
    echo "browser check: chromium failed"; tail -20 "$work/chromium.log"; exit 1; }
java -cp "examples/target/lib/*" .ci/BrowserCheck.java "$work/report/report.json" "$work/dom.html" \
  "$work/chromium.log"
