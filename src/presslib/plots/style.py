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

#: matplotlib settings every chart is drawn with.
STYLE = {"figure.dpi": 100, "axes.spines.top": False, "axes.spines.right": False}

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
