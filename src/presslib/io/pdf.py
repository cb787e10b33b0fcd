"""The text of a PDF transcript, as ``pypdf`` extracts it page by page.

Press offices and central banks publish many transcripts as PDF (the Federal Reserve's FOMC
press conferences, for one). The text is each page's, in order, pages joined by a line end; a
page's running header and footer ("Page 3 of 24") stay in it, and the parser sets them aside.
The lines that presslib reports for a PDF (``line_start``, ``line_end``, warnings) are lines of
this text, which ``presslib text FILE`` prints.
"""

from __future__ import annotations

import io
import logging

from ..errors import PresslibError


def pdf_to_text(raw: bytes, *, path: str | None = None) -> str:
    """The text of the PDF ``raw``: each page's, pages joined by a line end."""
    try:
        import pypdf
    except ImportError:  # pragma: no cover - a dependency, but say so if it is missing
        raise PresslibError("is a PDF, and reading PDFs needs the pypdf package", path=path) from None
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)  # its notes on odd fonts are not the reader's concern
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):  # (most are locked for editing only)
            raise PresslibError("is an encrypted PDF, expected one whose text can be read", path=path)
        pages = [page.extract_text() or "" for page in reader.pages]
    except PresslibError:
        raise
    except Exception as err:  # pypdf raises many kinds for a broken file
        raise PresslibError(f"is not a readable PDF ({type(err).__name__}), expected a transcript",
                            path=path) from None
    finally:
        logger.setLevel(level)
    text = "\n".join(p.rstrip("\n") for p in pages)
    if not text.strip():
        raise PresslibError("is a PDF without text (a scan?), expected a transcript", path=path)
    return text.replace("\r\n", "\n").replace("\r", "\n") + "\n"
