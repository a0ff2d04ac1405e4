#!/usr/bin/env bash
# Install Stationwatch and its Python dependencies into ./.venv (idempotent).
# Called by demo.sh and test.sh so both set-up commands install the same way.
#   scripts/setup.sh [EXTRAS]   extras to install, default "dev"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[${1:-dev}]"
