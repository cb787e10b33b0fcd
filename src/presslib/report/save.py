"""Saving figures and tables the same way everywhere: one folder each, one naming rule, identical
bytes on rerun."""

from __future__ import annotations

import re
from pathlib import Path

from .. import paths
from ..io.write import write_table

_NAME = re.compile(r"^\d{2}-[a-z0-9][a-z0-9-]*$")


class SavedFigure(type(Path())):
    """The path of a saved figure; a notebook displays it as the PNG that was written, with the
    chart's title as its alternative text (``alt``)."""

    alt = ""

    def _repr_png_(self):
        return self.read_bytes(), {"alt": self.alt or self.stem}


def save_figure(fig_or_ax, name: str, *, folder: str | Path | None = None, dpi: int = 150,
                vector: str | None = "report") -> SavedFigure:
    """Save a figure (or the figure of an Axes) as ``<folder>/<name>.png`` and, if ``vector``
    is ``"svg"`` or ``"pdf"``, beside it as ``<name>.svg`` or ``.pdf``; close it; return the
    PNG's path. ``vector="report"`` (the default) takes the report's choice,
    :func:`presslib.paths.vector_format` (``presslib report --vector svg``; none otherwise).

    ``name`` starts with the notebook's number (``"00-turn-sequence"``); ``folder`` defaults to
    the report's ``figures/`` (see :mod:`presslib.paths`). Files carry no software version or
    date and SVG ids come from a fixed salt (:data:`presslib.plots.style.STYLE`), so reruns give
    byte-identical files. The figure is closed, and the returned path shows as the saved image
    when it ends a notebook cell: what the reader sees is the file, drawn once.
    """
    if not _NAME.match(name):
        raise ValueError(f"figure name {name!r}: expected 'NN-words-with-dashes', e.g. '00-turn-sequence'")
    vector = paths.vector_format() if vector == "report" else paths.vector_format(vector or "none")
    import matplotlib
    import matplotlib.pyplot as plt  # imported when first used: it takes 0.3 s

    from ..plots.style import STYLE

    fig = getattr(fig_or_ax, "figure", fig_or_ax)
    folder = Path(folder) if folder is not None else paths.figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    with matplotlib.rc_context(STYLE):  # the chart's settings hold while it is drawn to files
        fig.savefig(path, dpi=dpi, bbox_inches="tight", metadata={"Software": None})
        if vector:
            fig.savefig(path.with_suffix(f".{vector}"), bbox_inches="tight", metadata=_VECTOR[vector])
    plt.close(fig)
    saved = SavedFigure(path)
    saved.alt = "; ".join(t for t in [fig._suptitle.get_text() if fig._suptitle else ""]
                          + [ax.get_title() for ax in fig.axes] if t).replace("\n", " ")
    return saved


# Metadata that would change between runs or versions, left out of vector files.
_VECTOR = {"svg": {"Date": None, "Creator": None}, "pdf": {"CreationDate": None, "Creator": None,
                                                            "Producer": None}, None: None}


def save_table(df, name: str, *, folder: str | Path | None = None) -> Path:
    """Save a table as ``<folder>/<name>.csv`` (default ``reports/tables``) and return the path."""
    if not _NAME.match(name):
        raise ValueError(f"table name {name!r}: expected 'NN-words-with-dashes', e.g. '00-turns'")
    folder = Path(folder) if folder is not None else paths.tables_dir()
    return write_table(df, folder / f"{name}.csv")
