#!/usr/bin/env bash
# CI: builds the Linux desktop bundle from a clean lean venv, then runs `--version` and
# `--self-test` from it offscreen; fails on a non-zero exit or on anything unexpected on
# standard error. Prints the build time, the bundle's size and the self-test's wall time.
# Also validates the .desktop file. Called by .ci/run after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
if ! command -v desktop-file-validate >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends desktop-file-utils
  else
    echo "ci_bundle_check: please install desktop-file-utils" >&2; exit 1
  fi
fi
desktop-file-validate installer/linux/workstation.desktop

bash installer/build_linux.sh
built=$(( $(date +%s) - start ))
exe=dist/workstation/workstation
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring
export WORKSTATION_DATA_DIR="$work/untouched" HOME="$work/home"
mkdir -p "$HOME"

check_stderr() {  # $1: what ran, $2: its stderr file
  if [ -s "$2" ]; then
    echo "ci_bundle_check: $1 wrote to standard error:" >&2; cat "$2" >&2; exit 1
  fi
}
"$exe" --version >"$work/version.out" 2>"$work/version.err"
check_stderr "--version" "$work/version.err"
grep -q '^workstation [0-9]' "$work/version.out" || { echo "ci_bundle_check: bad --version: $(cat "$work/version.out")" >&2; exit 1; }

t0=$(date +%s.%N)
"$exe" --self-test >"$work/self-test.out" 2>"$work/self-test.err"
t1=$(date +%s.%N)
cat "$work/self-test.out"
check_stderr "--self-test" "$work/self-test.err"
grep -q '^self-test passed' "$work/self-test.out"
test ! -e "$WORKSTATION_DATA_DIR"  # the officer's data folder was never touched

echo "bundle check: $(cat "$work/version.out"); built in ${built} s; size $(du -sh dist/workstation | cut -f1); self-test wall $(python3 -c "print(f\"{$t1 - $t0:.1f}\")") s"
