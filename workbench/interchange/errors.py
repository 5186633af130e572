"""The one error every reader and writer raises: it names the file, the place and what was
expected, and says which kind of problem it is (``reason``).

``str()`` is the command line's one concise English line. The window does not show it:
it says the ``reason`` in its own words and language (``workbench.ui.messages``), naming
the file and, for a problem at a place in the file, the place (``where``) and ``message``.

Reasons for reading: ``missing``, ``unreadable`` (not allowed or the system cannot read
it), ``unsupported`` (a file type Voelspriet does not import), ``folder``, ``too_large``,
``empty``, ``not_xlsx`` (not an Excel workbook, or a damaged one), ``locked_xlsx``
(password-protected, or an old .xls), ``not_csv``, ``not_json``, ``not_graphml``,
``no_tables`` (a workbook without a sheet of elements or connections), ``content`` (a
place in the file, ``where``, holds something wrong) and ``invalid`` (the file as a whole
breaks a rule). For writing: ``unsupported_export``, ``no_folder``, ``folder``,
``no_permission``, ``disk_full``, ``cannot_write``.
"""

from __future__ import annotations

#: Reasons known from the message, for readers that do not name one: (text in the
#: message, reason, whether it holds only for the file as a whole, i.e. without a place).
_BY_MESSAGE: tuple[tuple[str, str, bool], ...] = (
    ("password-protected", "locked_xlsx", False),
    ("not an .xlsx", "not_xlsx", False),
    ("not an Excel workbook", "not_xlsx", False),
    ("workbook is damaged", "not_xlsx", False),
    ("damaged or truncated", "not_xlsx", False),
    ("no sheet of elements or connections", "no_tables", False),
    ("expected a CSV table", "not_csv", False),
    ("not valid JSON", "not_json", False),
    ("expected UTF-8 JSON", "not_json", False),
    ("to be a Voelspriet file", "not_json", False),
    ("not a GraphML file", "not_graphml", False),
    ("has no <graph> element", "not_graphml", False),
    ("unpacks to more than", "too_large", True),
    ("Voelspriet imports files up to", "too_large", True),
    ("is empty", "empty", True),
    ("does not exist", "missing", True),
    ("is a folder", "folder", True),
)


def reason_of(where: str, message: str) -> str:
    """The reason of an error that does not name one, from its place and message."""
    for fragment, reason, whole_file in _BY_MESSAGE:
        if fragment in message and not (whole_file and where):
            return reason
    return "content" if where else "invalid"


class InterchangeError(Exception):
    """A file that cannot be imported or written; ``str()`` is the command line's message,
    ``reason`` the kind of problem (see the module's docstring)."""

    def __init__(self, source: str, where: str, message: str, reason: str = "") -> None:
        self.source = source
        self.where = where
        self.message = message
        self.reason = reason or reason_of(where, message)
        super().__init__(f"{source}: {where}: {message}" if where else f"{source}: {message}")
