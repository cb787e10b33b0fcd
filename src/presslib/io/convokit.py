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
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

_NEEDED = ("doc_id", "turn", "speaker", "label", "role", "affiliation", "outlet", "kind",
           "exchange", "text")
_ASKING = ("question", "follow_up")


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
        if kind in _ASKING:
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


def write_convokit(turns: pd.DataFrame, folder: str | Path, *, meta: pd.DataFrame | None = None,
                   name: str = "presslib-corpus") -> Path:
    """Write ``turns`` (and the metadata table ``meta``) as a ConvoKit corpus folder; return it.

    Load it with ``convokit.Corpus(filename=str(folder))``.
    """
    missing = [c for c in _NEEDED if c not in turns.columns]
    if missing:
        raise KeyError(f"turns table lacks columns {missing}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    utt = convokit_utterances(turns)
    extra = [c for c in turns.columns if c not in ("text", "speaker")]
    utt_metas, speakers, convs = [], {}, {}
    with open(folder / "utterances.jsonl", "w", encoding="utf-8") as f:
        for (_, row), (_, u) in zip(turns.iterrows(), utt.iterrows()):
            m = {c: _plain(row[c]) for c in extra}
            utt_metas.append(m)
            record = {"id": u["id"], "speaker": u["speaker"], "conversation_id": u["conversation_id"],
                      "reply_to": _plain(u["reply_to"]), "timestamp": int(row["turn"]), "text": row["text"],
                      "meta": m, "vectors": []}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            speakers.setdefault(u["speaker"], {"role": row["role"], "affiliation": row["affiliation"]})
            convs.setdefault(u["conversation_id"], {"doc_id": row["doc_id"],
                                                    "exchange": _plain(row["exchange"])})
    docs = {}
    if meta is not None:
        keep = [c for c in ("title", "date", "principal", "organisation", "convention", "source",
                            "source_url") if c in meta.columns]
        docs = {r["doc_id"]: {k: _plain(r[k]) for k in keep} for r in meta.to_dict("records")}
    corpus = {"name": name, "transcripts": docs}
    files = {
        "speakers.json": {k: {"meta": v, "vectors": []} for k, v in speakers.items()},
        "conversations.json": {k: {"meta": v, "vectors": []} for k, v in convs.items()},
        "corpus.json": corpus,
        "index.json": {"utterances-index": _index(utt_metas), "speakers-index": _index(list(speakers.values())),
                       "conversations-index": _index(list(convs.values())),
                       "overall-index": _index([corpus]), "version": 1, "vectors": []},
    }
    for filename, data in files.items():
        (folder / filename).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder
