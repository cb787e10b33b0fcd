"""The one exception presslib raises for bad input, and how it reads on one line."""

from __future__ import annotations

from pathlib import Path


class PresslibError(Exception):
    """Bad input: names the file, the line (when one applies) and what was expected.

    ``str(err)`` is a single line, ready for a terminal::

        data/raw/x.txt:12: expected a speaker label such as 'Name, Outlet:', found none
    """

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self.__str__())

    def __reduce__(self):  # keep path and line across processes (corpus workers)
        return (_rebuild, (self.message, self.path, self.line))

    def __str__(self) -> str:
        if self.path is None and self.line is None:
            return self.message  # not about a file (a table, an option)
        where = self.path or "<text>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


def _rebuild(message, path, line) -> PresslibError:
    return PresslibError(message, path=path, line=line)


class PresslibWarning(UserWarning):
    """Something presslib did for you that you should know about (never silently)."""


class DecodingWarning(PresslibWarning):
    """A transcript was not UTF-8 and was read as Windows-1252."""
