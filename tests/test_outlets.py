"""The outlet registry and resolving printed outlet names."""

import pytest

import presslib
from presslib.outlets import read_registry, resolve_outlets, unknown_outlets


@pytest.mark.parametrize("printed, ids", [
    ("AFP", ["afp"]),
    ("Agence France-Press", ["afp"]),
    ("agence france-presse", ["afp"]),
    ("The Associated Press", ["ap"]),
    ("AP", ["ap"]),
    ("Deutsche Welle/NPR", ["dw", "npr"]),
    ("Deutsche Welle, NPR", ["dw", "npr"]),
    ("Frankfurter Allgemeine", ["faz"]),
    ("Frankfurter Allgemeine Zeitung", ["faz"]),
    ("Ansa", ["ansa"]),
    ("Belsat", ["belsat"]),
    ("Radio Free Europe/Radio Liberty", ["rferl"]),
    ("Daily Planet", ["Daily Planet"]),
    ("Reuters/Daily Planet", ["reuters", "Daily Planet"]),
])
def test_resolve(printed, ids):
    assert resolve_outlets(printed) == ids


def test_registry_is_well_formed():
    reg = read_registry()
    assert reg["id"].is_unique
    assert reg["source"].str.startswith("https://").all()
    nato_outlets = {"afp", "reuters", "dw", "npr", "ukrinform", "faz", "ntv-tr", "ap", "zdf", "ft",
                    "belsat", "vg", "ansa"}
    assert nato_outlets <= set(reg["id"])


def test_bad_registry_names_file_and_line(tmp_path):
    path = tmp_path / "outlets.csv"
    path.write_text("id,name,aliases,country,medium,public_service,source\n"
                    "x,X,,Nowhere,carrier pigeon,false,https://example.org\n", encoding="utf-8")
    with pytest.raises(presslib.PresslibError) as info:
        read_registry(path)
    assert str(info.value).startswith(f"{path}:2: medium 'carrier pigeon'")


def test_unknown_outlet_is_kept_and_reported():
    t = presslib.parse_text("Ann Lee, Daily Planet:\nWhy?\n\nJens Stoltenberg:\nBecause.\n")
    assert t.turns.loc[0, "outlet"] == "Daily Planet"
    assert unknown_outlets(t.turns) == ["Daily Planet"]
