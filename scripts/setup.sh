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

# Installs Debian packages as root, or through sudo; prints what is missing when neither is possible.
apt_install() {
  local runner=()
  if [ "$(id -u)" != "0" ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: missing $*; install these Debian packages (apt-get install -y $*)." >&2
      return 1
    fi
    runner=(sudo)
  fi
  "${runner[@]}" apt-get update -qq
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ "${1:-}" = "--browser" ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  missing=()
  [ -x "$chromium_path" ] || missing+=(chromium)
  # Without these fonts, Chinese text and emoji render as empty boxes in screenshots and axe runs,
  # whether or not Chromium itself was already installed.
  if command -v dpkg-query >/dev/null 2>&1; then
    for font in fonts-noto-cjk fonts-noto-color-emoji; do
      dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'ok installed' || missing+=("$font")
    done
  else
    echo "setup: not Debian; make sure Noto CJK and color emoji fonts are installed for Chromium." >&2
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
      echo "setup: missing ${missing[*]}. Install Chromium and Noto CJK + color emoji fonts, or set CHROMIUM_PATH." >&2
      exit 1
    fi
    echo "setup: installing ${missing[*]} from Debian"
    apt_install "${missing[@]}"
  fi
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile
else
  pnpm install
fi
