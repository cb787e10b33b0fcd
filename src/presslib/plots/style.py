"""The one style of presslib's charts: colours by role, kind and medium, and matplotlib settings
applied around each chart, never to matplotlib as a whole.

Every ``plot_*`` function is decorated with :func:`styled`: it draws inside
``matplotlib.rc_context(STYLE)``, so its figure is created with :data:`STYLE` and matplotlib's
settings are as they were once it returns. Draw your own figure in the same style with
``with matplotlib.rc_context(STYLE): ...``.
"""

from __future__ import annotations

import functools

import matplotlib
import matplotlib.pyplot as plt

#: matplotlib settings every chart is drawn (and saved) with. Math text is off, so a ``$`` in a
#: speaker's name or a word is drawn as printed instead of being parsed as TeX; SVG output has a
#: fixed hash salt (element ids) and text as paths, so the same chart gives the same bytes.
STYLE = {
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "text.parse_math": False,
    "svg.hashsalt": "presslib",
    "svg.fonttype": "path",
}

#: One colour per role, in every chart that colours speakers, turns or lines by role.
ROLE_COLORS = {
    "principal": "#1f4e79",
    "moderator": "#9e9e9e",
    "journalist": "#d9822b",
    "other": "#6a9f58",
}
KIND_COLORS = {
    "statement": "#1f4e79",
    "answer": "#5b8db8",
    "call": "#bdbdbd",
    "question": "#d9822b",
    "follow_up": "#f0b27a",
    "closing": "#757575",
    "other": "#6a9f58",
}
#: One colour per medium, in every chart that colours outlets or exchanges by medium.
MEDIUM_COLORS = {
    "wire agency": "#1f4e79",
    "newspaper": "#d9822b",
    "television": "#6a9f58",
    "radio": "#a05195",
    "online": "#2a9d8f",
    "unknown": "#9e9e9e",
}


def styled(plot):
    """Decorate a ``plot_*`` function so that it draws inside ``matplotlib.rc_context(STYLE)``."""

    @functools.wraps(plot)
    def draw(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return plot(*args, **kwargs)

    return draw


def get_axes(ax, size):
    """``ax``, or the Axes of a new figure of ``size`` inches when ``ax`` is None."""
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def show_empty(ax, message: str, *, title: str = ""):
    """Say in the Axes that there is nothing to draw (``message``), without ticks; return ``ax``.

    A chart given an empty table draws this instead of raising, so a notebook on a transcript
    without (say) any topic hit still runs and its figure says why it is blank.
    """
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, wrap=True,
            fontsize=10, color="#555")
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    if title:
        ax.set_title(title)
    return ax


def several_documents(table) -> bool:
    """Whether ``table`` holds rows of more than one transcript (its ``doc_id`` column)."""
    return "doc_id" in getattr(table, "columns", ()) and table["doc_id"].nunique() > 1


def exchange_key_labels(table, base: list[str]) -> list[str]:
    """``base`` labels (one per row of ``table``), prefixed with the row's ``doc_id`` when the
    table holds several transcripts, so that exchange 1 of one is not read as exchange 1 of
    another."""
    if several_documents(table):
        return [f"{d}: {b}" for d, b in zip(table["doc_id"], base)]
    return list(base)


def mark_documents(ax, doc_ids, positions) -> None:
    """Solid lines and names where each transcript of a corpus starts along the x axis.

    ``doc_ids`` and ``positions`` run in parallel (one per plotted item, in order); nothing is
    drawn for a single transcript."""
    doc_ids, positions = list(doc_ids), list(positions)
    if len(set(doc_ids)) < 2:
        return
    previous = object()
    for doc, x in zip(doc_ids, positions):
        if doc != previous:
            ax.axvline(x, color="#333", linewidth=1)
            ax.annotate(str(doc), (x, 1), xycoords=("data", "axes fraction"), xytext=(2, 2),
                        textcoords="offset points", fontsize=7, color="#333", rotation=0)
            previous = doc
