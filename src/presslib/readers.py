"""Reading transcript files into text, and writing tables to files.

Reading is strict: a file that is missing, empty, binary or undecodable raises
:class:`~presslib.errors.PresslibError` naming the file and, where it applies, the line. Text
that is not UTF-8 but is Windows-1252 (as older Windows tools save it) is read as such, with a
:class:`~presslib.errors.DecodingWarning` naming the file: never silently. An HTML page (saved
from a browser) is reduced to its text first (:mod:`presslib.html_text`).
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pandas as pd

from .errors import DecodingWarning, PresslibError

_BOM = "\ufeff"


def read_text(path: str | Path) -> tuple[str, bytes]:
    """Return ``(text, raw_bytes)`` of a transcript file.

    The text has a UTF-8 byte-order mark removed and CRLF/CR line endings turned into LF, so
    that every later step sees one form; the raw bytes are kept for the checksum.
    """
    path = Path(path)
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise PresslibError("no such file", path=path) from None
    except IsADirectoryError:
        raise PresslibError("is a folder, expected a transcript file", path=path) from None
    except OSError as err:
        raise PresslibError(f"cannot be read ({err.strerror})", path=path) from None
    return decode(raw, path=path), raw


def decode(raw: bytes, *, path: str | Path | None = None) -> str:
    """Decode transcript bytes with the checks :func:`read_text` promises.

    UTF-8 first; failing that Windows-1252, with a :class:`~presslib.errors.DecodingWarning`;
    failing both, a :class:`~presslib.errors.PresslibError` at the first bad byte. HTML (by
    its first tag, or a ``.html``/``.htm`` ``path``) comes back as its text.
    """
    if not raw or raw.isspace():  # (strip() would copy the file)
        raise PresslibError("file is empty, expected a transcript", path=path)
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw.count(b"\n", 0, nul) + 1
        raise PresslibError("binary data (a NUL byte), expected UTF-8 text", path=path, line=line)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as err2:
            line2 = raw.count(b"\n", 0, err2.start) + 1
            raise PresslibError(
                f"byte 0x{raw[err2.start]:02x} is not UTF-8 (nor Windows-1252), expected text",
                path=path, line=line2,
            ) from None
        warnings.warn(
            f"{path or '<text>'}:{line}: byte 0x{raw[err.start]:02x} is not UTF-8; "
            "read the file as Windows-1252",
            DecodingWarning, stacklevel=3,
        )
    if text.startswith(_BOM):
        text = text[1:]
    if b"\r" in raw:  # (found faster in the bytes; 0x0d is a carriage return in both encodings)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    suffix = os.path.splitext(path)[1].lower() if path is not None else ""
    if text[:200].lstrip()[:1] == "<" or suffix in (".html", ".htm"):
        from .html_text import html_to_text, looks_like_html

        if looks_like_html(text, suffix=suffix):
            text = html_to_text(text)
    return text


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as CSV, or as Parquet when ``path`` ends in ``.parquet``; return the path.

    CSV is written with ``\\n`` line endings and no index, so two runs give identical bytes.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in {".parquet", ".pq"}:
        df.to_parquet(path, index=False)
    elif path.suffix.lower() in {".csv", ""}:
        df.to_csv(path, index=False, lineterminator="\n")
    else:
        raise PresslibError("unknown table format, expected a .csv or .parquet name", path=path)
    return path


def read_data_csv(path: str | Path, columns, *, what: str) -> pd.DataFrame:
    """A reference-data CSV from ``data/`` (all text, empty cells as ``""``), its columns checked.

    Raises :class:`PresslibError` naming the file when it is missing, and its first line when
    it lacks one of ``columns``; ``what`` names the file for the reader ("outlet registry").
    """
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise PresslibError(f"{what} not found", path=path) from None
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise PresslibError(f"{what} lacks columns {missing}", path=path, line=1)
    return table
