"""The outlet registry (``outlets.csv``) and resolving printed outlet names through it.

A journalist's label prints an outlet as the journalist likes ("AFP", "Agence France-Press",
"Deutsche Welle/NPR"). :func:`resolve_outlets` turns that into canonical ids ("afp";
"dw|npr"), matching names and aliases without regard to case, punctuation or a leading "The".
A name the registry does not know is kept as printed, never dropped, and
:func:`unknown_outlets` lists such names so that a user can add them to the registry.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import paths
from .errors import PresslibError
from .io.write import read_data_csv

#: Separator between ids when a label names several outlets ("dw|npr").
OUTLET_SEPARATOR = "|"
MEDIA = ("wire agency", "newspaper", "television", "radio", "online")
REGISTRY_COLUMNS = ("id", "name", "aliases", "country", "medium", "public_service", "source")
_SPLIT = re.compile(r"\s*(?:/|,|;|&|\band\b|\+)\s*")
_PUNCT = re.compile(r"[.'’`\"“”()\-–]")


def outlet_key(name: str) -> str:
    """The form under which outlet spellings are compared.

    >>> outlet_key("The Associated Press."), outlet_key("Agence France-Press")
    ('associated press', 'agence france press')
    """
    key = _PUNCT.sub(" ", name.casefold())
    key = " ".join(key.split())
    return key[4:] if key.startswith("the ") else key


def read_registry(path: str | Path | None = None) -> pd.DataFrame:
    """The outlet registry as a DataFrame, checked; one row per outlet.

    ``path`` defaults to :func:`presslib.paths.data_file` ``("outlets.csv")``; the table's
    ``attrs["source"]`` names the file read. ``aliases`` stays the ``|``-separated string of
    the file; ``public_service`` is boolean.
    """
    path = Path(path) if path is not None else paths.data_file("outlets.csv")
    reg = read_data_csv(path, REGISTRY_COLUMNS, what="outlet registry")
    for i, row in reg.iterrows():
        line = i + 2
        if not row["id"] or not row["name"]:
            raise PresslibError("expected an id and a name", path=path, line=line)
        if row["medium"] not in MEDIA:
            raise PresslibError(
                f"medium {row['medium']!r} for {row['id']!r}, expected one of {', '.join(MEDIA)}",
                path=path, line=line,
            )
        if row["public_service"] not in ("true", "false"):
            raise PresslibError("public_service must be true or false", path=path, line=line)
    dup = reg["id"][reg["id"].duplicated()]
    if len(dup):
        raise PresslibError(f"outlet id {dup.iloc[0]!r} appears twice", path=path)
    reg["public_service"] = reg["public_service"] == "true"
    reg.attrs["source"] = str(path)
    return reg


@lru_cache(maxsize=8)
def _alias_index(path: str) -> dict[str, str]:
    reg = read_registry(path)
    index: dict[str, str] = {}
    for row in reg.itertuples():
        for name in [row.id, row.name, *filter(None, row.aliases.split("|"))]:
            key = outlet_key(name)
            if index.setdefault(key, row.id) != row.id:
                raise PresslibError(
                    f"alias {name!r} names both {index[key]!r} and {row.id!r}", path=path
                )
    return index


def alias_index(registry: str | Path | None = None) -> dict[str, str]:
    """``{normalised name or alias: outlet id}`` for the registry."""
    return _alias_index(str(registry or paths.data_file("outlets.csv")))


def resolve_outlets(printed: str, *, registry: str | Path | None = None) -> list[str]:
    """Canonical ids for an outlet name as printed; unknown parts are kept as printed.

    >>> resolve_outlets("Deutsche Welle/NPR"), resolve_outlets("Daily Planet")
    (['dw', 'npr'], ['Daily Planet'])
    """
    return list(_resolve(printed, str(registry or paths.data_file("outlets.csv"))))


@lru_cache(maxsize=4096)
def _resolve(printed: str, registry: str) -> tuple[str, ...]:
    index = _alias_index(registry)
    whole = index.get(outlet_key(printed))
    if whole or not printed.strip():
        return (whole,) if whole else ()
    parts = [p for p in _SPLIT.split(printed) if p.strip()]
    return tuple(index.get(outlet_key(p), p.strip()) for p in parts)


def unknown_outlets(turns: pd.DataFrame, *, registry: str | Path | None = None) -> list[str]:
    """Outlet names in ``turns["outlet"]`` that the registry does not know, in first-seen order."""
    known = set(alias_index(registry).values())
    seen: dict[str, None] = {}
    for value in turns["outlet"].dropna():
        for part in str(value).split(OUTLET_SEPARATOR):
            if part and part not in known:
                seen.setdefault(part)
    return list(seen)
