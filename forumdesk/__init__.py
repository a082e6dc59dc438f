"""forumdesk: run in-person listening forums offline, with anonymous answers from phones."""

__version__ = "0.1.0"
