"""The facilitator's windows (PySide6 widgets). Talks to services only; never to the server directly."""

from forumdesk.ui import _none_refcount

_none_refcount.apply()
