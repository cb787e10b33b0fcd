"""Short summaries of a parsed transcript: turns and words by role and speaker (notebooks 00 and
03), and text for the terminal (``presslib info``, ``presslib check``)."""

from __future__ import annotations

import pandas as pd

from ..outlets import OUTLET_SEPARATOR, unknown_outlets
from ..parse.reading import TIE
from ..table import Transcript, need_columns
from ..text import plural


def summarise_roles(turns: pd.DataFrame) -> pd.DataFrame:
    """Turns, speakers and words per role, in the order principal, moderator, journalist, other.

    >>> t = pd.DataFrame({"role": ["principal", "journalist", "principal"], "speaker": list("ABA"),
    ...                   "n_words": [10, 5, 20]})
    >>> summarise_roles(t).to_dict("index")["principal"]
    {'turns': 2, 'speakers': 1, 'words': 30, 'share_of_words': 0.857}
    """
    need_columns(turns, ("role", "speaker", "n_words"), what="the turns table")
    order = [r for r in ("principal", "moderator", "journalist", "other") if r in set(turns["role"])]
    out = turns.groupby("role").agg(
        turns=("speaker", "size"), speakers=("speaker", "nunique"), words=("n_words", "sum")
    )
    out = out.reindex(order)
    out["share_of_words"] = (out["words"] / out["words"].sum()).round(3)
    return out


def summarise_speakers(turns: pd.DataFrame) -> pd.DataFrame:
    """Turns and words per speaker, with role and affiliation, most words first."""
    need_columns(turns, ("role", "speaker", "n_words", "affiliation"), what="the turns table")
    out = (
        turns.groupby("speaker", sort=False)
        .agg(role=("role", "first"), affiliation=("affiliation", "first"),
             turns=("role", "size"), words=("n_words", "sum"))
        .sort_values(["words", "turns"], ascending=False, kind="stable")
    )
    return out


def describe(transcript: Transcript) -> str:
    """A few lines for the terminal: metadata, turns per role, exchanges, outlets."""
    m, turns = transcript.meta, transcript.turns
    lines = [
        f"{m.title or m.doc_id}",
        f"  source        {m.source}  (sha256 {m.sha256[:12]}…, {m.n_lines} lines)",
        f"  principal     {m.principal or '?'}" + (f", {m.principal_title}" if m.principal_title else ""),
        f"  occasion      {m.occasion or '-'}",
        f"  date          {m.date or '?'}" + (f"  (last updated {m.last_updated})" if m.last_updated else ""),
        f"  delivery      {m.delivery or '-'}",
        f"  convention    {m.convention or '-'}" + (f"  ({m.start_time} to {m.end_time})" if m.start_time else ""),
        "",
        f"  turns         {len(turns)}",
    ]
    for row in summarise_roles(turns).itertuples():
        lines.append(f"    {row.Index:<12}{plural(row.turns, 'turn'):>9}  {plural(row.speakers, 'speaker'):>11}  "
                     f"{plural(row.words, 'word'):>12}")
    n_exchanges = turns["exchange"].dropna()
    n_exchanges = int(n_exchanges.max()) if len(n_exchanges) else 0
    lines.append(f"  exchanges     {n_exchanges} (after the opening statement)")
    outlets = [o for v in turns["outlet"].dropna() for o in str(v).split(OUTLET_SEPARATOR)]
    lines.append(f"  outlets       {len(dict.fromkeys(outlets))}: {', '.join(dict.fromkeys(outlets)) or '-'}")
    unknown = unknown_outlets(turns)
    lines.append(
        f"  unknown       {', '.join(unknown)}  (add them to data/outlets.csv)" if unknown
        else "  unknown       none (every outlet is in the registry)"
    )
    lines += ["", *describe_quality(transcript).split("\n")[1:]]
    return "\n".join(lines)


def _chosen_note(m) -> str:
    """Why the reading chosen is not the first listed (the highest score), if it is not."""
    first = (m.readings or "").split(" ", 1)[0]
    if not first or first == m.convention:
        return ""
    return (f"\n                chosen: {m.convention}: scores within {TIE:.2f} of the best are told apart "
            f"by the labels they find, not by the score (presslib.parse.reading)")


def describe_quality(transcript: Transcript, *, brief: bool = False) -> str:
    """How well a transcript was read, for the terminal (``presslib check``, ``presslib info``):
    the convention, where the words went, labels, speakers and roles, warnings with lines."""
    m, turns = transcript.meta, transcript.turns
    words = m.words or 1
    share = lambda n: f"{n / words:.1%}"  # noqa: E731
    asking = turns[turns["role"].eq("journalist")]
    exchanges = turns["exchange"].dropna()
    head = (f"{m.source or m.doc_id}: {m.convention}; {m.words:,} words, {share(m.words_turns + m.words_labels)} "
            f"in turns; {plural(len(turns), 'turn')}, {plural(m.n_labels, 'label')}, "
            f"{plural(len(asking), 'question turn')}, "
            f"{plural(int(exchanges.max()) if len(exchanges) else 0, 'exchange')}; "
            f"{plural(len(m.warnings), 'warning')}")
    if brief:
        return head
    lines = [head,
             f"  words         turns {share(m.words_turns)}, labels {share(m.words_labels)}, "
             f"header {share(m.words_header)} ({plural(len(m.header_lines), 'line')}), "
             f"asides {share(m.words_asides)} ({plural(len(m.asides), 'line')})",
             f"  readings      {m.readings}" + _chosen_note(m),
             "  speakers"]
    by = turns.groupby(["speaker", "role"], sort=False).agg(turns=("turn", "size"), words=("n_words", "sum"))
    for (speaker, role), row in by.sort_values("words", ascending=False).iterrows():
        lines.append(f"    {speaker[:34]:<35}{role:<11}{plural(row.turns, 'turn'):>10} "
                     f"{plural(row.words, 'word'):>13}")
    lines.append("  warnings" + ("      none" if not m.warnings else ""))
    lines += [f"    {w}" for w in m.warnings]
    return "\n".join(lines)
