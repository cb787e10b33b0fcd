"""What `presslib check` and `info` print about how a transcript was read (report.summary)."""

from types import SimpleNamespace

from presslib.parse.reading import TIE
from presslib.report.summary import _chosen_note


def _meta(readings, convention):
    return SimpleNamespace(readings=readings, convention=convention)


def test_the_reading_chosen_below_the_best_score_is_explained():
    # Biden–Albanese, 25 Oct 2023: caps-stop scores 1.00 with 29 labels, caps 0.99 with 50
    note = _chosen_note(_meta("caps-stop 1.00 (29); caps 0.99 (50); name-colon 0.98 (30)", "caps"))
    assert "chosen: caps" in note and f"within {TIE:.2f} of the best" in note and "labels they find" in note
    assert _chosen_note(_meta("nato 1.00 (41); name-colon 0.84 (39)", "nato")) == ""  # the best: nothing to say
    assert _chosen_note(_meta("", "caps")) == ""
