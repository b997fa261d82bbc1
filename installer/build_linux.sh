#!/usr/bin/env bash
# Builds the Linux desktop bundle: dist/workstation/ (one folder, `workstation` inside),
# from a LEAN virtual environment (build/bundle-venv: the project without extras, plus
# PyInstaller), so that test and development tools never get into the bundle.
#
#   bash installer/build_linux.sh          # -> dist/workstation/
#   bash installer/build_deb.sh            # then: a .deb of it (installer/linux/)
#
# Environment: PYTHON (default python3; must be a Python built with a shared libpython,
# as Debian's and pyenv's --enable-shared are), BUNDLE_VENV (default build/bundle-venv).
# Nothing is cached between runs: the venv is made afresh each time unless KEEP_VENV=1.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${BUNDLE_VENV:-build/bundle-venv}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-pyinstaller>=6.10}
start=$(date +%s)

if [ "${KEEP_VENV:-0}" != 1 ] || [ ! -x "$VENV/bin/python" ]; then
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  # Non-editable, no extras: exactly the runtime dependencies of pyproject.toml.
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check . "$PYINSTALLER_SPEC"
fi
echo "bundle: venv ready after $(( $(date +%s) - start )) s"

# Translations compiled at build time (never committed): runtime.i18n takes a shipped .qm
# whose name carries the hash of its .ts, so a stale one is never loaded.
qm_dir=build/qm
rm -rf "$qm_dir" && mkdir -p "$qm_dir"
"$VENV/bin/python" - "$qm_dir" <<'PY'
import sys
from pathlib import Path

from workstation.runtime import i18n

out = Path(sys.argv[1])
for language in i18n.LANGUAGES:
    qm = i18n.compiled_qm(language, cache=out)
    print(f"bundle: compiled {qm.name}")
PY

WORKSTATION_QM_DIR="$PWD/$qm_dir" "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/workstation.spec

bundle=dist/workstation
test -x "$bundle/workstation"
echo "bundle: $(du -sh "$bundle" | cut -f1) in $bundle ($(find "$bundle" -type f | wc -l) files)"
echo "bundle: built in $(( $(date +%s) - start )) s"
