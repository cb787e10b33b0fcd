"""One style for every chart, applied around the chart and never to matplotlib as a whole."""

import subprocess
import sys

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from presslib import plots
from presslib.plots.style import STYLE, styled


def test_importing_the_plots_changes_no_matplotlib_setting():
    code = (
        "import matplotlib; before = dict(matplotlib.rcParams)\n"
        "import presslib.plots\n"
        "changed = sorted(k for k, v in matplotlib.rcParams.items() if before[k] != v)\n"
        "print(changed)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_chart_is_drawn_in_the_style_and_leaves_the_settings_as_they_were():
    before = dict(matplotlib.rcParams)
    turns = pd.DataFrame({"role": ["principal", "journalist"], "n_words": [30, 10]})
    ax = plots.plot_words_by_role(turns)
    try:
        assert ax.figure.dpi == STYLE["figure.dpi"]
        assert not ax.spines["top"].get_visible() and not ax.spines["right"].get_visible()
        assert ax.spines["left"].get_visible()
        assert {k: v for k, v in matplotlib.rcParams.items() if before[k] != v} == {}
    finally:
        plt.close(ax.figure)


def test_every_plot_function_is_styled():
    # plot_wordclouds draws nothing itself: it calls plot_wordcloud, styled, once per side
    unstyled = [name for name in plots.__all__ if name.startswith("plot_")
                and getattr(getattr(plots, name), "__wrapped__", None) is None]
    assert unstyled == ["plot_wordclouds"]


def test_styled_keeps_the_settings_even_when_the_chart_fails():
    before = dict(matplotlib.rcParams)

    @styled
    def broken():
        assert matplotlib.rcParams["axes.spines.top"] is False
        raise ValueError("no data")

    try:
        broken()
    except ValueError:
        pass
    assert dict(matplotlib.rcParams) == before
