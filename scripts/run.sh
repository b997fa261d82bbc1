#!/usr/bin/env bash
# Sets everything up, then runs the workstation against the embedded default: a local
# central server (SQLite, demo users and applications in every status) on loopback, with
# the data folder .demo-data enrolled and everything pulled, and the desktop open, logged
# in as the demo officer. Closing the window stops the demo.
# Without a display (no DISPLAY/WAYLAND_DISPLAY and QT_QPA_PLATFORM unset) it serves
# headless until Ctrl+C; meanwhile other commands can use the folder, e.g.
#   .venv/bin/workstation --data-dir .demo-data status
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
args=("$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" \
      && " ${args[*]-} " != *" --headless "* ]]; then
  echo "run.sh: no display (DISPLAY/WAYLAND_DISPLAY unset, QT_QPA_PLATFORM unset): serving the demo headless" >&2
  args+=(--headless)
fi
# The demo folder's data key goes to the OS keyring; where there is none it is wrapped
# with a passphrase, which for the demo's generated data is "demo-password".
export WORKSTATION_PASSPHRASE="${WORKSTATION_PASSPHRASE:-demo-password}"
exec .venv/bin/workstation --data-dir "${WORKSTATION_DEMO_DIR:-.demo-data}" demo "${args[@]}"
