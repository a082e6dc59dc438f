#!/usr/bin/env bash
# Install the Debian/Ubuntu packages forumdesk needs, if any is missing.
#   scripts/system-deps.sh run    - the libraries Qt (PySide6) needs, even offscreen
#   scripts/system-deps.sh test   - those plus Chromium (phone-page tests), poppler (PDF checks), Xvfb
set -euo pipefail

RUN_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0)
TEST_PACKAGES=(chromium poppler-utils xvfb fonts-dejavu-core)

wanted=("${RUN_PACKAGES[@]}")
if [ "${1:-run}" = "test" ]; then
  wanted+=("${TEST_PACKAGES[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian/Ubuntu system: install the equivalents of these packages yourself: ${wanted[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Please install these packages as root: ${missing[*]}" >&2; exit 1
  fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
