"""Allow ``python -m forumdesk``."""

import sys

from forumdesk.app.cli import main

sys.exit(main())
