"""The error type for mistakes a user made on the command line."""


class UserError(Exception):
    """Shown as one line on stderr, with a non-zero exit and no traceback."""
