"""Reading a transcript file into text: regular files only, any of UTF-8, UTF-16 (with its byte
order mark) or, line by line where UTF-8 fails, Windows-1252; HTML, XML and PDF reduced to
their text.

Reading is strict and says what it did: a file that is missing, not a regular file, empty,
binary or undecodable raises :class:`~presslib.errors.PresslibError` naming the file and, where
it applies, the line; lines read as Windows-1252 are named in a
:class:`~presslib.errors.DecodingWarning`. The text has its byte order mark removed and CRLF/CR
line ends turned into LF, so that every later step sees one form; the bytes are kept for the
checksum.
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DecodingWarning, PresslibError
from .markup import looks_like_markup, markup_to_text

_BOM = "\ufeff"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class Source:
    """A transcript's text and where it came from.

    ``line_map`` gives, for a page or record reduced to text (HTML, XML), the 1-based line of
    the file that each line of ``text`` came from (``None``: the lines are the file's own).
    ``fields`` holds what the markup says of the document (``title``, ``date``; an XML
    record's short fields). ``form`` is ``"text"``, ``"html"``, ``"xml"``, ``"pdf"``, or
    ``"numbered"`` for a court reporter's transcript whose margin numbers were taken off.
    """

    text: str
    raw: bytes
    path: str | None = None
    form: str = "text"
    line_map: list[int] | None = None
    fields: dict[str, str] = field(default_factory=dict)

    def source_line(self, line: int) -> int:
        """The file's line for ``line`` of the text (the same unless the text came from markup)."""
        if self.line_map is None or not self.line_map:
            return line
        return self.line_map[min(max(line, 1), len(self.line_map)) - 1]


def read_source(path: str | Path) -> Source:
    """Read the transcript at ``path`` into a :class:`Source` (see the module's rules)."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise PresslibError("no such file", path=path) from None
    except OSError as err:
        raise PresslibError(f"cannot be read ({err.strerror})", path=path) from None
    if stat.S_ISDIR(info.st_mode):
        raise PresslibError("is a folder, expected a transcript file", path=path)
    if not stat.S_ISREG(info.st_mode):
        # a named pipe or a device would block or never end
        raise PresslibError("is not a regular file, expected a transcript file", path=path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as err:
        raise PresslibError(f"cannot be read ({err.strerror})", path=path) from None
    return decode_source(raw, path=path)


def read_text(path: str | Path) -> tuple[str, bytes]:
    """``(text, bytes)`` of the transcript at ``path``."""
    source = read_source(path)
    return source.text, source.raw


def decode_source(raw: bytes, *, path: str | Path | None = None) -> Source:
    """A :class:`Source` from a transcript's bytes, with the checks :func:`read_source` makes."""
    where = None if path is None else str(path)
    suffix = os.path.splitext(where)[1].lower() if where else ""
    if not raw or raw.isspace():  # (strip() would copy the file)
        raise PresslibError("file is empty, expected a transcript", path=where)
    if raw.startswith(b"%PDF-") or suffix == ".pdf":
        from .pdf import pdf_to_text

        return Source(pdf_to_text(raw, path=where), raw, where, "pdf")
    text = decode(raw, path=where)
    form = looks_like_markup(text, suffix=suffix)
    if not form:
        if _numbered(text):
            return Source(_MARGIN.sub("", text), raw, where, "numbered")
        return Source(text, raw, where)
    markup = markup_to_text(text, form)
    if not markup.text.strip():
        raise PresslibError(f"{form.upper()} with no text in it, expected a transcript", path=where)
    return Source(markup.text, raw, where, form, markup.line_map, markup.fields)


# A court reporter's margin: each line's number (1 to 25 a page) and the white space around it
_MARGIN = re.compile(r"^[^\S\n]*+(?:\d{1,2}(?=[^\S\n]|$))?[^\S\n]*+", re.M)
_NUMBERED_LINE = re.compile(r"[^\S\n]{0,10}+\d{1,2}(?:[^\S\n]|$)")
_NUMBERED_SHARE = 0.6


def _numbered(text: str) -> bool:
    """Are most of the first 300 non-blank lines numbered in the margin, as a court reporter's
    transcript is (then the numbers are taken off every line, which keep their places)?"""
    lines = [line for line in text[:40_000].split("\n") if line.strip()][:300]
    if len(lines) < 50:
        return False
    return sum(1 for line in lines if _NUMBERED_LINE.match(line)) >= _NUMBERED_SHARE * len(lines)


def decode(raw: bytes, *, path: str | Path | None = None) -> str:
    """The text of transcript bytes: UTF-16 where a byte order mark says so, else UTF-8, and
    where a line is not UTF-8, that line as Windows-1252 (with a warning naming the lines).

    >>> decode("Max Delany, AFP:\\r\\nHello".encode("utf-8"))
    'Max Delany, AFP:\\nHello'
    """
    where = None if path is None else str(path)
    if raw.startswith(_UTF16_BOMS):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as err:
            raise PresslibError(f"broken UTF-16 at byte {err.start}, expected text",
                                path=where) from None
    else:
        nul = raw.find(b"\x00")
        if nul >= 0:
            line = raw.count(b"\n", 0, nul) + 1
            raise PresslibError("binary data (a NUL byte), expected text", path=where, line=line)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode_by_line(raw, where)
    if text.startswith(_BOM):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _decode_by_line(raw: bytes, where: str | None) -> str:
    """UTF-8 where each line is UTF-8, Windows-1252 where it is not; a warning names those lines."""
    lines = raw.split(b"\n")
    fallback: list[int] = []
    out = []
    for number, line in enumerate(lines, 1):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            try:
                out.append(line.decode("cp1252"))
            except UnicodeDecodeError as err2:
                raise PresslibError(
                    f"byte 0x{line[err2.start]:02x} is neither UTF-8 nor Windows-1252, expected text",
                    path=where, line=number) from None
            if not fallback:
                first_byte = line[err.start]
            fallback.append(number)
    shown = ", ".join(map(str, fallback[:10])) + (", ..." if len(fallback) > 10 else "")
    warnings.warn(
        f"{where or '<text>'}:{fallback[0]}: byte 0x{first_byte:02x} is not UTF-8; "
        f"read {len(fallback)} line(s) as Windows-1252 (lines {shown})",
        DecodingWarning, stacklevel=4,
    )
    return "\n".join(out)
