#!/usr/bin/env bash
# Installs the headless browser the dashboard tests drive (Debian's chromium). Idempotent: does nothing when
# /usr/bin/chromium is already there. The tests skip cleanly when it is absent, so this is needed only for them.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo unknown version)"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version
