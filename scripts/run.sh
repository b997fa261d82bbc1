#!/usr/bin/env bash
# Sets everything up, then runs the workstation against the embedded default: a local
# central server (SQLite, demo users and applications in every status) on loopback, with
# the data folder .demo-data enrolled, the demo officer logged in and everything pulled.
# Serves until Ctrl+C; meanwhile other commands can use the folder, e.g.
#   .venv/bin/workstation --data-dir .demo-data status
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/workstation --data-dir "${WORKSTATION_DEMO_DIR:-.demo-data}" demo "$@"
