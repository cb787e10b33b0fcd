"""The moderator's calls: outlets named in free text, and whether the one called then asks."""

import pandas as pd
import pytest

from presslib import PresslibError
from presslib.floor.calls import RESULTS, calls_table, outlets_named
from presslib.outlets import resolve_outlets

# Exchange -> the outlet the call names, read off the transcript (lines 131-303).
NAMED = {1: "afp", 2: "reuters", 3: "dw|npr", 5: "faz", 7: "ap", 8: "zdf", 9: "ft", 10: "belsat",
         12: "ansa"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the NATO moderator's calls, as printed
        ("We will start with Agence France-Press.", ["afp"]),
        ("Ok. Reuters.", ["reuters"]),
        ("Deutsche Welle, NPR.", ["dw", "npr"]),
        ("Belsat, here, second row.", ["belsat"]),
        ("We'll go to ZDF.", ["zdf"]),
        ("Final question, Ansa.", ["ansa"]),
        ("Frankfurter Allgemeine.", ["faz"]),
        ("Associated Press.", ["ap"]),
        ("[inaudible] just behind.", []),
        ("", []),
        ("   ", []),
        # case
        ("REUTERS, please.", ["reuters"]),
        ("now reuters", ["reuters"]),
        ("deutsche welle", ["dw"]),
        # punctuation and spelling variants from the registry
        ("Agence France Presse", ["afp"]),
        ("Agence France-Presse, go ahead.", ["afp"]),
        ("F.A.Z., please", ["faz"]),
        ("NPR's Teri", ["npr"]),
        # "the"
        ("The Associated Press, then", ["ap"]),
        ("the Financial Times at the back", ["ft"]),
        # abbreviations, in capitals
        ("AFP, then FT.", ["afp", "ft"]),
        ("AP.", ["ap"]),
        ("DW and NPR", ["dw", "npr"]),
        # short abbreviations written in lower case are ordinary words, not outlets
        ("Dr. Jones, go ahead.", []),
        ("Err, the gentleman in the front.", []),
        ("ap", []),
        # two outlets in one label-like call
        ("Deutsche Welle/NPR", ["dw", "npr"]),
        # longest match first: one outlet, not two, and no double counting
        ("Deutsche Welle TV", ["dw"]),
        ("Radio Free Europe/Radio Liberty", ["rferl"]),
        ("Ansa News Agency", ["ansa"]),
        ("Dmytro from News Agency of Ukraine", ["ukrinform"]),
        ("Reuters, and Reuters again", ["reuters"]),
        # an outlet the registry does not know is not invented
        ("Daily Planet, go ahead.", []),
        # ids are keys, not names
        ("abc-us please", []),
    ],
)
def test_outlets_named_in_free_text(text, expected):
    assert outlets_named(text) == expected


@pytest.mark.parametrize(
    "printed, expected",
    [
        ("AFP", ["afp"]),
        ("agence france-press", ["afp"]),
        ("AGENCE FRANCE PRESSE", ["afp"]),
        ("The Associated Press.", ["ap"]),
        ("Frankfurter Allgemeine", ["faz"]),
        ("Ansa", ["ansa"]),
        ("Deutsche Welle/NPR", ["dw", "npr"]),
        ("Deutsche Welle, NPR", ["dw", "npr"]),
        ("Reuters & The Guardian", ["reuters", "guardian"]),
        ("Daily Planet", ["Daily Planet"]),
        ("Reuters/Daily Planet", ["reuters", "Daily Planet"]),
    ],
)
def test_labels_resolve_through_the_registry(printed, expected):
    assert resolve_outlets(printed) == expected


def test_nato_calls_name_the_asking_outlet_in_nine_exchanges(turns):
    calls = calls_table(turns)
    taken = calls[calls["taken_up"]].set_index("exchange")
    assert list(taken.index) == list(range(1, 13))
    named = taken[taken["result"].eq("named the asker")]
    assert sorted(named.index) == [1, 2, 3, 5, 7, 8, 9, 10, 12]
    assert named["called"].to_dict() == NAMED
    assert named["names_asker"].all()
    none = taken[taken["result"].eq("named no outlet")]
    assert sorted(none.index) == [4, 6, 11]
    assert none["called"].isna().all() and none["names_asker"].isna().all()
    assert list(taken.loc[[4, 6, 11], "text"]) == ["", "", "[inaudible] just behind."]


def test_nato_call_before_exchange_9_appears_twice_the_first_not_taken_up(turns):
    calls = calls_table(turns)
    ft = calls[calls["called"].eq("ft")]
    # lines 253-254 and 261-262: "Financial Times." twice
    assert list(ft["turn"]) == [27, 29]
    assert list(ft["text"]) == ["Financial Times.", "Financial Times."]
    assert list(ft["taken_up"]) == [False, True]
    first, second = ft.iloc[0], ft.iloc[1]
    assert first["result"] == "not taken up" and pd.isna(first["asker"])
    assert second["exchange"] == 9 and second["asker"] == "Henry Foy"
    assert (calls["result"] == "not taken up").sum() == 1


def test_calls_table_on_a_hand_made_conference(mini_turns):
    t = mini_turns
    assert list(t["kind"]) == ["statement", "call", "question", "answer", "call", "question", "answer",
                               "call", "answer", "call", "question", "answer", "closing"]
    calls = calls_table(t)
    assert list(calls["turn"]) == [1, 4, 7, 9]
    assert list(calls["exchange"]) == [1, 2, 2, 3]
    # the unknown outlet is kept as printed in the label, but a call cannot name it
    assert calls["asker_outlet"].tolist()[:2] == ["Daily Planet", "ap"]
    assert calls["called"].tolist()[1:] == ["reuters", "guardian", "guardian"]
    assert calls["result"].tolist() == ["named no outlet", "named another outlet", "not taken up",
                                        "named the asker"]
    assert calls["taken_up"].tolist() == [True, True, False, True]
    assert calls["asker_turn"].tolist()[:2] == [2, 5] and pd.isna(calls["asker_turn"][2])
    assert set(calls["result"]) <= set(RESULTS)


def test_calls_table_does_not_mutate_and_checks_columns(turns):
    before = turns.copy()
    calls_table(turns)
    pd.testing.assert_frame_equal(turns, before)
    with pytest.raises(PresslibError, match="continuation"):
        calls_table(turns.drop(columns=["continuation"]))
