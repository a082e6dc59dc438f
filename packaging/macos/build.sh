#!/usr/bin/env bash
# Build dist/forumdesk.app (and a .dmg when hdiutil is available). Run on macOS from the
# repository root with Python 3.11+ installed. Signing and notarisation need an Apple developer
# identity: set CODESIGN_IDENTITY to sign.
set -euo pipefail
python3 -m venv .venv
.venv/bin/python -m pip install --upgrade pip
.venv/bin/python -m pip install -e ".[bundle]"
.venv/bin/python packaging/make_icons.py build/icons
.venv/bin/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/forumdesk.spec
QT_QPA_PLATFORM=offscreen dist/forumdesk/forumdesk --self-test
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" dist/forumdesk.app
fi
hdiutil create -volname forumdesk -srcfolder dist/forumdesk.app -ov -format UDZO dist/forumdesk.dmg
