#!/usr/bin/env bash
# Opens report.html of the main job in headless Chromium, drives it through the DevTools protocol and checks it (see
# .ci/BrowserCheck.java). Installs Debian's chromium when missing. Needs the jar built (mvn package). Screenshots
# (desktop.png, narrow.png) and the printed report.pdf are left in target/browser-check/.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=target/browser-check
rm -rf "$out"
mkdir -p "$out"
java -jar examples/target/desconcentra.jar run --quiet --out "$work/report" > /dev/null
timeout 300 java -cp "examples/target/lib/*" .ci/BrowserCheck.java "$(command -v chromium)" "$work/report" "$out"
