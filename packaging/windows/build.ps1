# Build the Windows installer: run from the repository root in PowerShell, with Python 3.11+
# and Inno Setup 6 (iscc.exe on PATH) installed.
$ErrorActionPreference = "Stop"
python -m venv .venv
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -e ".[bundle]"
.venv\Scripts\python packaging\make_icons.py build\icons
.venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\forumdesk.spec
$env:QT_QPA_PLATFORM = "offscreen"
dist\forumdesk\forumdesk.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }
$env:FORUMDESK_VERSION = (.venv\Scripts\python -c "import forumdesk; print(forumdesk.__version__)")
iscc packaging\windows\forumdesk.iss
