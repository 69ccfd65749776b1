"""Errors that reach the user as one line, never as a traceback."""


class CheckupError(Exception):
    """Something the user can fix; str(error) is the whole message."""


class UsageError(CheckupError):
    """A bad argument: an unknown guide, region, surface or date (exit status 2)."""
