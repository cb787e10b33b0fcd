"""A parsed corpus in ConvoKit's corpus layout, written by presslib (ConvoKit is not needed).

ConvoKit (Chang et al., 2020) reads a folder holding ``utterances.jsonl``, ``speakers.json``,
``conversations.json``, ``corpus.json`` and ``index.json``. :func:`write_convokit` writes one:

- an **utterance** per turn: ``id`` is ``"<doc_id>/<turn>"``, ``speaker`` the speaker's name
  (``"(unlabeled)"`` when none), ``timestamp`` the turn number, ``text`` the turn's text, and
  ``meta`` the turns table's other columns (``doc_id``, ``turn``, ``label``, ``role``, ...);
- a **conversation** per exchange of a transcript (the opening statement and the closing are
  conversations too), its id the id of its first utterance, as ConvoKit expects;
- ``reply_to`` linking each answer to the question or follow-up it answers, each question and
  follow-up to the turn before it in its exchange (the call, or the previous answer), and any
  other turn to the one before it; a conversation's first utterance replies to nothing;
- a **speaker** per name, with the role and affiliation of their first turn;
- ``corpus.json`` with the transcripts' metadata (title, date, source) by ``doc_id``.

The records are built from the table's columns in one pass (never row by row through
pandas), so that exporting costs about what parsing does; :class:`ConvoKitWriter` writes a
corpus batch by batch (``presslib parse --convokit`` on a corpus larger than memory).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..table import QUESTION_KINDS
from .write import Staging

_NEEDED = ("doc_id", "turn", "speaker", "label", "role", "affiliation", "outlet", "kind",
           "exchange", "text")


def _plain(value):
    """JSON-ready scalars: pandas' NA to None, numpy numbers to Python ones."""
    if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def convokit_utterances(turns: pd.DataFrame) -> pd.DataFrame:
    """One row per turn with ConvoKit's fields: ``id``, ``speaker``, ``conversation_id``, ``reply_to``.

    >>> t = pd.DataFrame({"doc_id": ["d"] * 4, "turn": [0, 1, 2, 3],
    ...                   "kind": ["call", "question", "answer", "answer"],
    ...                   "exchange": pd.array([1, 1, 1, 1], dtype="Int64"), "speaker": list("MJPO")})
    >>> convokit_utterances(t)[["id", "conversation_id", "reply_to"]].values.tolist()
    [['d/0', 'd/0', None], ['d/1', 'd/0', 'd/0'], ['d/2', 'd/0', 'd/1'], ['d/3', 'd/0', 'd/1']]
    """
    missing = [c for c in ("doc_id", "turn", "kind", "exchange", "speaker") if c not in turns.columns]
    if missing:
        raise KeyError(f"turns table lacks columns {missing}")
    ids, convs, replies = [], [], []
    prev = (None, None)  # (doc_id, exchange group) of the previous turn
    root = last = asked = None
    for doc_id, turn, kind, exchange in zip(turns["doc_id"], turns["turn"], turns["kind"], turns["exchange"]):
        uid = f"{doc_id}/{int(turn)}"
        group = (doc_id, "closing" if pd.isna(exchange) else int(exchange))
        if group != prev or kind == "closing":
            root, last, asked = uid, None, None
        if kind == "answer" and asked is not None:
            reply = asked
        else:
            reply = last
        if kind in QUESTION_KINDS:
            asked = uid
        ids.append(uid)
        convs.append(root)
        replies.append(reply)
        last, prev = uid, group
    out = pd.DataFrame({"id": ids, "speaker": [s or "(unlabeled)" for s in turns["speaker"]],
                        "conversation_id": convs,
                        "reply_to": pd.Series(replies, dtype=object, index=turns.index)},
                       index=turns.index)
    return out


def _index(records: list[dict]) -> dict[str, list[str]]:
    types: dict[str, list[str]] = {}
    for rec in records:
        for key, value in rec.items():
            name = f"<class '{type(value).__name__}'>"
            if name not in types.setdefault(key, []):
                types[key].append(name)
    return types


def _values(column: pd.Series) -> list:
    """A column as JSON-ready Python values, missing ones as ``None`` (what :func:`_plain`
    makes of each cell), converted in one go."""
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iub":  # never missing
        return column.tolist()
    values = column.to_numpy(dtype=object, copy=True)
    values[column.isna().to_numpy()] = None
    return values.tolist()


#: The files of a ConvoKit corpus folder (an earlier export may be replaced by a new one).
FILES = ("utterances.jsonl", "speakers.json", "conversations.json", "corpus.json", "index.json")


class ConvoKitWriter:
    """A ConvoKit corpus folder written a few transcripts at a time, for corpora larger than
    memory: :meth:`add` each batch of turns (whole transcripts, in order), then :meth:`close`
    with the metadata table. The folder's files are the same bytes as :func:`write_convokit`
    writes for the whole turns table at once. Writes into ``folder`` as it is (the caller
    makes it, and moves it into place: see :class:`presslib.io.write.Staging`).
    """

    def __init__(self, folder: str | Path, *, name: str = "presslib-corpus"):
        self.folder, self.name = Path(folder), name
        self._out = open(self.folder / "utterances.jsonl", "w", encoding="utf-8")
        self._encode = json.JSONEncoder(ensure_ascii=False).encode
        self._speakers: dict[str, dict] = {}
        self._convs: dict[str, dict] = {}
        self._types: dict[str, dict[str, None]] = {}  # each meta key's value types, in order seen

    def __enter__(self) -> ConvoKitWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self._out.close()  # (after an error: the caller discards the folder)

    def add(self, turns: pd.DataFrame) -> None:
        """Write the utterances of ``turns`` (whole transcripts) and note their speakers and
        conversations. Each row is read once, from the columns: never row by row through pandas."""
        missing = [c for c in _NEEDED if c not in turns.columns]
        if missing:
            raise KeyError(f"turns table lacks columns {missing}")
        if not len(turns):
            return
        utt = convokit_utterances(turns)
        extra = [c for c in turns.columns if c not in ("text", "speaker")]
        columns = {c: _values(turns[c]) for c in extra}
        for key, values in columns.items():
            self._types.setdefault(key, {}).update(dict.fromkeys(map(type, values)))
        metas = [dict(zip(extra, row)) for row in zip(*columns.values())]
        ids, speakers, convs = utt["id"].tolist(), utt["speaker"].tolist(), utt["conversation_id"].tolist()
        replies = _values(utt["reply_to"])
        encode = self._encode
        self._out.writelines(
            encode({"id": i, "speaker": s, "conversation_id": c, "reply_to": r, "timestamp": t,
                    "text": x, "meta": m, "vectors": []}) + "\n"
            for i, s, c, r, t, x, m in zip(ids, speakers, convs, replies, _values(turns["turn"].astype("int64")),
                                           turns["text"].tolist(), metas))
        for s, role, affiliation in zip(speakers, columns["role"], columns["affiliation"]):
            if s not in self._speakers:
                self._speakers[s] = {"role": role, "affiliation": affiliation}
        for c, doc_id, exchange in zip(convs, columns["doc_id"], columns["exchange"]):
            if c not in self._convs:
                self._convs[c] = {"doc_id": doc_id, "exchange": exchange}

    def close(self, meta: pd.DataFrame | None = None) -> Path:
        """Write the speakers, conversations, corpus (``meta``'s titles, dates and sources by
        ``doc_id``) and index files; return the folder."""
        self._out.close()
        docs = {}
        if meta is not None:
            keep = [c for c in ("title", "date", "principal", "organisation", "convention", "source",
                                "source_url") if c in meta.columns]
            docs = {r["doc_id"]: {k: _plain(r[k]) for k in keep} for r in meta.to_dict("records")}
        corpus = {"name": self.name, "transcripts": docs}
        utterance_types = {key: [f"<class '{t.__name__}'>" for t in types] for key, types in self._types.items()}
        files = {
            "speakers.json": {k: {"meta": v, "vectors": []} for k, v in self._speakers.items()},
            "conversations.json": {k: {"meta": v, "vectors": []} for k, v in self._convs.items()},
            "corpus.json": corpus,
            "index.json": {"utterances-index": utterance_types,
                           "speakers-index": _index(list(self._speakers.values())),
                           "conversations-index": _index(list(self._convs.values())),
                           "overall-index": _index([corpus]), "version": 1, "vectors": []},
        }
        for filename, data in files.items():
            (self.folder / filename).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        return self.folder


def write_convokit(turns: pd.DataFrame, folder: str | Path, *, meta: pd.DataFrame | None = None,
                   name: str = "presslib-corpus") -> Path:
    """Write ``turns`` (and the metadata table ``meta``) as a ConvoKit corpus folder; return it.

    The folder is written beside ``folder`` and then takes its place, whole: an earlier export
    there is replaced, a folder holding other files is refused
    (:class:`~presslib.errors.OutputError`). Load it with ``convokit.Corpus(filename=str(folder))``.
    """
    missing = [c for c in _NEEDED if c not in turns.columns]
    if missing:
        raise KeyError(f"turns table lacks columns {missing}")
    with Staging() as stage:
        with ConvoKitWriter(stage.folder(folder, keep=FILES), name=name) as writer:
            writer.add(turns)
            writer.close(meta)
    return Path(folder)
