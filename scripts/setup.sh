#!/usr/bin/env bash
# Installs what a fresh machine lacks to run and test Otvori: Debian's Chromium (for the browser
# tests and screenshots) and the npm packages (which bring Node 22). The Electron binary is not
# downloaded: where it is missing, `npm start` runs Otvori in the browser instead.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browser="${OTVORI_NEED_BROWSER:-1}"
if [[ "$need_browser" == "1" && ! -x /usr/bin/chromium ]]; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    if [[ "$(id -u)" != "0" ]]; then SUDO="sudo"; fi
    echo "setup: installing Debian's chromium (for the browser tests)…"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: /usr/bin/chromium is missing and apt-get is not available; browser tests will fail." >&2
  fi
fi

# npm ci only when the installed tree is older than the lock file (fast second start).
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: installing npm packages…"
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# The Node bundles take a second to build; among them is the `otvori` command line that
# `npx otvori …` runs (package.json "bin").
npm run -s build:node
