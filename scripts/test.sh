#!/usr/bin/env bash
# Sets everything up, then runs every quality gate: ruff, mypy, the import contracts of
# DESIGN.md section 1, and the whole pytest suite (PostgreSQL started if needed). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/postgres.sh   # the tests of the central server and of sync need it
v=.venv/bin
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}   # the desktop tests run without a screen
echo "== ruff";          $v/ruff check src tests benchmarks
                         $v/ruff format --check src tests benchmarks
echo "== mypy";          $v/mypy
echo "== import contracts"; $v/lint-imports
echo "== pytest";        $v/pytest "$@"
