#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/web/test_browser.py), which Playwright drives at
# /usr/bin/chromium. Playwright itself never downloads a browser here. Needs root or sudo; CI runs it.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    echo "chromium is installed"
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -q chromium >/dev/null || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q chromium >/dev/null; }
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
