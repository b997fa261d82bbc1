#!/usr/bin/env bash
# Sets everything up, then runs the workstation against a freshly generated demo data
# folder (.demo-data): generates realistic applications, imports them and shows the status.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
ws=.venv/bin/workstation
demo=${WORKSTATION_DEMO_DIR:-.demo-data}
rm -rf "$demo"
$ws --data-dir "$demo" init
$ws sample "$demo/sample.json" --count "${DEMO_COUNT:-2000}" --seed 1
$ws --data-dir "$demo" import "$demo/sample.json"
$ws --data-dir "$demo" status
