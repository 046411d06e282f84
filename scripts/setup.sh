#!/usr/bin/env bash
# Installs what Profile Kit needs on a fresh machine: pnpm (pinned, see TOOLCHAIN notes in CONTRIBUTING.md),
# the workspace's packages and, with --browser, Debian's Chromium for the browser tests.
# Browsers are never downloaded: tests drive /usr/bin/chromium (or $CHROMIUM_PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "setup: installing pnpm $PNPM_VERSION with npm (corepack cannot verify it here)"
  npm install --global --allow-scripts=pnpm "pnpm@$PNPM_VERSION"
fi

if [ "${1:-}" = "--browser" ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing Debian's chromium and fonts for CJK and emoji"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null
    elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
      sudo apt-get update -qq
      sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-noto-color-emoji >/dev/null
    else
      echo "setup: Chromium is missing. Install Debian's 'chromium' package, or set CHROMIUM_PATH to a Chromium binary." >&2
      exit 1
    fi
  fi
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
