"""The exceptions presslib raises for bad input and for outputs it cannot write, and how they
read on one line."""

from __future__ import annotations

from pathlib import Path


def shown(path: str | Path) -> str:
    """``path`` as it can be printed on one line: as it is, or quoted as Python writes it
    (``'a\\nb.txt'``) when it holds a newline, another control character or a byte that was
    not valid in the file system's encoding, so that an error about it stays one line.

    >>> shown("data/raw/x.txt"), shown("a\\nb.txt")
    ('data/raw/x.txt', "'a\\\\nb.txt'")
    """
    text = str(path)
    return text if text.isprintable() else repr(text)


def one_line(text: str) -> str:
    """``text`` with every character that would break or garble a terminal line (newlines,
    other control characters, lone surrogates) written as its escape (``\\n``)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


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
        return (_rebuild, (type(self), self.message, self.path, self.line))

    def __str__(self) -> str:
        if self.path is None and self.line is None:
            return one_line(self.message)  # not about a file (a table, an option)
        where = "<text>" if self.path is None else shown(self.path)
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {one_line(self.message)}"


def _rebuild(cls, message, path, line) -> PresslibError:
    return cls(message, path=path, line=line)


class OutputError(PresslibError):
    """An output could not be written: ``-o`` names a folder, a path under a regular file, a
    folder without write permission, or the disk is full. Nothing was written in its place
    (the command line exits with status 3)."""


class PresslibWarning(UserWarning):
    """Something presslib did for you that you should know about (never silently)."""


class DecodingWarning(PresslibWarning):
    """A transcript was not UTF-8 and was read as Windows-1252."""
