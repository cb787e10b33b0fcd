"""Saving figures and tables: names, folders, identical bytes on rerun."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from presslib.errors import PresslibError
from presslib.report.save import save_figure, save_table


@pytest.fixture(autouse=True)
def _no_vector_setting(monkeypatch):
    monkeypatch.delenv("PRESSLIB_VECTOR", raising=False)  # each test says what it wants


def _figure():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.bar(["a", "b"], [1, 2])
    ax.set_title("t")
    return ax


def test_save_figure_writes_closes_and_shows_the_file(tmp_path):
    ax = _figure()
    path = save_figure(ax, "00-test", folder=tmp_path)
    assert path == tmp_path / "00-test.png" and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not plt.fignum_exists(ax.figure.number)  # closed: not drawn a second time inline
    assert path._repr_png_() == (path.read_bytes(), {"alt": "t"})  # the PNG, the chart's title as alt text


def test_same_figure_same_bytes(tmp_path):
    a = save_figure(_figure(), "00-a", folder=tmp_path)
    b = save_figure(_figure(), "00-b", folder=tmp_path)
    assert a.read_bytes() == b.read_bytes()
    assert b"Matplotlib" not in a.read_bytes()  # no version stamp


def test_an_svg_beside_the_png_when_asked_same_bytes_without_date_or_version(tmp_path):
    a = save_figure(_figure(), "00-a", folder=tmp_path, vector="svg").with_suffix(".svg")
    b = save_figure(_figure(), "00-b", folder=tmp_path, vector="svg").with_suffix(".svg")
    assert a.read_bytes().startswith(b"<?xml") and a.read_bytes() == b.read_bytes()
    assert b"<dc:date>" not in a.read_bytes() and b"Matplotlib v" not in a.read_bytes()
    pdf = save_figure(_figure(), "00-c", folder=tmp_path, vector="pdf").with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and b"CreationDate" not in pdf.read_bytes()
    save_figure(_figure(), "00-d", folder=tmp_path, vector=None)
    assert not (tmp_path / "00-d.svg").exists()


def test_a_dollar_sign_in_a_label_is_drawn_as_printed(tmp_path):
    # math text is off in presslib's style: "$x$" in a speaker's name must not reach TeX parsing
    from presslib import plots

    turns = pd.DataFrame({"speaker": ["$x$ Smith", "Ann $5"], "role": ["principal", "journalist"],
                          "n_words": [30, 10]})
    ax = plots.plot_words_by_speaker(turns)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["$x$ Smith", "Ann $5"]
    path = save_figure(ax, "00-dollars", folder=tmp_path, vector="svg")
    assert path.exists() and path.with_suffix(".svg").exists()
    broken = pd.DataFrame({"speaker": [r"$\frac{$"], "role": ["principal"], "n_words": [3]})
    save_figure(plots.plot_words_by_speaker(broken), "00-broken-tex", folder=tmp_path, vector="svg")


def test_the_vector_copy_is_the_report_s_choice(tmp_path, monkeypatch):
    save_figure(_figure(), "00-a", folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["00-a.png"]  # PNG only by default
    monkeypatch.setenv("PRESSLIB_VECTOR", "pdf")  # as `presslib report --vector pdf` sets it
    save_figure(_figure(), "00-b", folder=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["00-a.png", "00-b.pdf", "00-b.png"]
    monkeypatch.setenv("PRESSLIB_VECTOR", "eps")
    with pytest.raises(PresslibError, match="PRESSLIB_VECTOR='eps': expected one of svg, pdf or none"):
        save_figure(_figure(), "00-c", folder=tmp_path)


@pytest.mark.parametrize("name", ["turns", "0-x", "00_turns", "00-Turns", "00-"])
def test_names_start_with_the_notebook_number(tmp_path, name):
    with pytest.raises(ValueError, match="NN-words-with-dashes"):
        save_figure(_figure(), name, folder=tmp_path)
    with pytest.raises(ValueError, match="NN-words-with-dashes"):
        save_table(pd.DataFrame({"a": [1]}), name, folder=tmp_path)


def test_save_table_writes_csv_with_lf(tmp_path):
    path = save_table(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), "00-t", folder=tmp_path)
    assert path.read_bytes() == b"a,b\n1,x\n2,y\n"


def test_the_report_s_kernels_get_the_vector_format_asked_for_or_the_environment_s(tmp_path, monkeypatch):
    from presslib.report.run import kernel_environment

    assert kernel_environment(tmp_path)["PRESSLIB_VECTOR"] == "none"
    assert kernel_environment(tmp_path, vector="svg")["PRESSLIB_VECTOR"] == "svg"
    monkeypatch.setenv("PRESSLIB_VECTOR", "pdf")  # PRESSLIB_VECTOR=pdf make report
    assert kernel_environment(tmp_path)["PRESSLIB_VECTOR"] == "pdf"
    assert kernel_environment(tmp_path, vector="svg")["PRESSLIB_VECTOR"] == "svg"
    with pytest.raises(PresslibError, match="vector='eps'"):
        kernel_environment(tmp_path, vector="eps")


def test_a_vector_format_named_by_hand_is_checked_the_same_way(tmp_path):
    with pytest.raises(PresslibError, match="vector='eps': expected one of svg, pdf or none"):
        save_figure(_figure(), "00-e", folder=tmp_path, vector="eps")
