# Builds the Windows desktop bundle (dist\workstation\: workstation.exe for the command
# line, workstation-desktop.exe for the shortcuts) from a LEAN virtual environment, runs
# its self-test, then the Inno Setup installer (dist\workstation-<version>-setup.exe).
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#
# Needs: 64-bit Python 3.11+ from python.org on PATH as `py -3.11` (or set $env:PYTHON),
# Inno Setup 6 (ISCC.exe; default path below or $env:ISCC). Not run in CI (no Windows
# machine there): see installer/README.md for what has not been tried on Windows.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$started = Get-Date
$python = if ($env:PYTHON) { $env:PYTHON } else { "py -3.11" }
$venv = if ($env:BUNDLE_VENV) { $env:BUNDLE_VENV } else { "build\bundle-venv" }

if (Test-Path $venv) { Remove-Item -Recurse -Force $venv }
Invoke-Expression "$python -m venv $venv"
$vpy = Join-Path $venv "Scripts\python.exe"
& $vpy -m pip install --quiet --disable-pip-version-check --upgrade pip
if ($LASTEXITCODE -ne 0) { throw "pip upgrade failed" }
# Non-editable, no extras: exactly the runtime dependencies of pyproject.toml.
& $vpy -m pip install --quiet --disable-pip-version-check . "pyinstaller>=6.10"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# Translations compiled at build time (runtime.i18n takes a .qm named by its .ts hash).
$qm = "build\qm"
if (Test-Path $qm) { Remove-Item -Recurse -Force $qm }
New-Item -ItemType Directory -Force $qm | Out-Null
& $vpy -c "import sys; from pathlib import Path; from workstation.runtime import i18n; [print(i18n.compiled_qm(l, cache=Path(sys.argv[1])).name) for l in i18n.LANGUAGES]" $qm
if ($LASTEXITCODE -ne 0) { throw "compiling the translations failed" }

$env:WORKSTATION_QM_DIR = (Resolve-Path $qm).Path
& (Join-Path $venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installer\workstation.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The bundle checks itself, offscreen, on a temporary data folder.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\workstation\workstation.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

$version = (& dist\workstation\workstation.exe --version).Split(" ")[1]
$iscc = if ($env:ISCC) { $env:ISCC } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\workstation.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
$seconds = [int]((Get-Date) - $started).TotalSeconds
Write-Host "built dist\workstation-$version-setup.exe in $seconds s"
