#!/usr/bin/env bash
# Install everything and run the main job on the bundled examples.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec .venv/bin/stationwatch extract examples/
