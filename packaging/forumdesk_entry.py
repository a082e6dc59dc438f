"""Entry point of the frozen bundle (PyInstaller)."""

import sys

from forumdesk.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
