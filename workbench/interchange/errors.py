"""The one error every reader raises: it names the file, the place and what was expected."""

from __future__ import annotations


class InterchangeError(Exception):
    """A file that cannot be imported; ``str()`` is the whole message for the user."""

    def __init__(self, source: str, where: str, message: str) -> None:
        self.source = source
        self.where = where
        self.message = message
        super().__init__(f"{source}: {where}: {message}" if where else f"{source}: {message}")
