"""What notebook 06 says in words, computed from its tables so that it stays true on any
transcript: :func:`summarise_units`, :func:`design_findings`, :func:`agreement_findings`; and
the small pieces the notebook needs: :func:`example_parts`, :func:`hand_coding_for`,
:func:`read_agreement_example`, :func:`design_rates`."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import paths
from ..parse.conventions import DEFAULT_COLLECTIVE
from ..table import exchange_rows, need_columns
from ..text import plural
from .coding import CODE_COLUMNS, KEY, match_coding, read_coding
from .cues import design_file
from .indicators import DIMENSIONS, INDICATORS
from .uncertainty import bootstrap_rate
from .units import ASKED, worked_exchange

#: Speaker names that stand for an unnamed journalist: the labels the parser reads as every
#: journalist ("Q", "J", "JOURNALIST", "PREGUNTA"; :data:`presslib.parse.conventions.DEFAULT_COLLECTIVE`)
#: and numbered or unidentified voices ("Speaker 4", "Unidentified Participant").
UNNAMED = re.compile(rf"{DEFAULT_COLLECTIVE}|^(?:PRESS|AUDIENCE|Speaker \d{{1,4}}|Unidentified\b.{{0,40}}|"
                     rf"Participant\b.{{0,40}}|)$", re.I)


def journalist_key(units: pd.DataFrame) -> pd.Series:
    """Who asked each unit, for counting and resampling by journalist: ``doc_id/speaker``, or
    ``doc_id/turn N`` when the transcript does not name the journalist ("Q"), so that unnamed
    questioners are not counted as one person."""
    named = ~units["speaker"].fillna("").astype(str).str.strip().str.match(UNNAMED)
    return pd.Series([f"{d}/{s}" if n else f"{d}/turn {t}" for d, s, t, n in
                      zip(units["doc_id"], units["speaker"], units["turn"], named)], index=units.index)


def example_parts(parts: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``parts`` (:func:`~presslib.design.units.unit_parts`) of the worked exchange,
    chosen by :func:`~presslib.design.units.worked_exchange` from the units asked for the
    first time (the questions table's rows), so that notebooks 03 and 06 read the same exchange
    closely; in one transcript only; no rows when no question was asked."""
    need_columns(units, ("doc_id", "exchange", "source"), what="the units table")
    return exchange_rows(parts, worked_exchange(units[units["source"].isin(ASKED)]))


def summarise_units(units: pd.DataFrame) -> pd.DataFrame:
    """One row per document: ``journalists`` (named journalists who asked), ``unnamed``
    (questions from turns that do not name the journalist, :data:`UNNAMED`), ``questions``
    (units asked for the first time: from a question or the journalist's own follow-up),
    ``several`` (named journalists asking more than one), ``with_variants`` (questions asked in more than one form),
    ``prefaced``, ``follow_ups``, ``re_asks`` (requested by the principal) and
    ``interjections`` (apparent, unrecorded)."""
    need_columns(units, ("doc_id", "speaker", "source", "n_variants", "prefaced"), what="the units table")
    rows = []
    for doc_id, u in units.groupby("doc_id", sort=False):
        asked = u[u["source"].isin(ASKED)]
        named = asked[~asked["speaker"].fillna("").astype(str).str.strip().str.match(UNNAMED)]
        per = named.groupby("speaker").size()
        rows.append({"doc_id": doc_id, "journalists": int(named["speaker"].nunique()),
                     "unnamed": len(asked) - len(named),
                     "questions": len(asked), "several": int((per > 1).sum()),
                     "with_variants": int((asked["n_variants"] > 0).sum()),
                     "prefaced": int(asked["prefaced"].sum()),
                     "follow_ups": int((u["source"] == "follow_up").sum()),
                     "re_asks": int((u["source"] == "re_ask").sum()),
                     "interjections": int((u["source"] == "interjection").sum())})
    return pd.DataFrame(rows, columns=["doc_id", "journalists", "unnamed", "questions", "several",
                                       "with_variants", "prefaced", "follow_ups", "re_asks", "interjections"])


def design_rates(units: pd.DataFrame, summary: pd.DataFrame, *, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Share of questions (units asked for the first time) showing each design indicator, with
    a bootstrap interval over journalists (each journalist's questions resampled together; an
    unnamed questioner's turn counts as one journalist, :func:`journalist_key`):
    ``indicator, dimension`` and the columns of :func:`~presslib.design.uncertainty.bootstrap_rate`."""
    need_columns(summary, ("doc_id", "unit", *INDICATORS), what="the design summary")
    asked = units[units["source"].isin(ASKED)]
    asked = asked[["doc_id", "unit"]].assign(journalist=journalist_key(asked).to_numpy(), one=1)
    asked = asked.merge(summary, on=["doc_id", "unit"])
    rows = []
    for name in INDICATORS:
        table = asked.assign(hit=asked[name].astype(int))
        rate = bootstrap_rate(table, count="hit", total="one", cluster="journalist", n_boot=n_boot, seed=seed)
        rows.append({"indicator": name, "dimension": DIMENSIONS[name], **rate.iloc[0].to_dict()})
    return pd.DataFrame(rows)


def top_indicator(rates: pd.DataFrame) -> str:
    """The indicator of :func:`design_rates` with the highest rate (the first in
    :data:`~presslib.design.indicators.INDICATORS` order on a tie, or when no rate exists).

    >>> top_indicator(pd.DataFrame({"indicator": ["prefaced", "tilt"], "rate": [0.2, 0.5]}))
    'tilt'
    """
    need_columns(rates, ("indicator", "rate"), what="the design rates")
    ranked = rates.assign(rate=rates["rate"].fillna(0)).sort_values("rate", ascending=False, kind="stable")
    return str(ranked["indicator"].iloc[0])


def design_findings(units: pd.DataFrame, rates: pd.DataFrame) -> list[str]:
    """Plain sentences on what the journalists asked and how, from the units table and
    :func:`design_rates`."""
    counts = summarise_units(units)
    if counts.empty or counts["questions"].sum() == 0:
        return ["No question units were found: no turn reads as a journalist's question."]
    c = counts.sum(numeric_only=True)
    named = int(c["questions"] - c["unnamed"])
    documents = len(counts)
    where = f" in {documents} transcripts" if documents > 1 else ""
    out = [f"The journalists asked {plural(int(c['questions']), 'question')}{where}, counting each once."]
    if c["journalists"]:
        who = plural(int(c["journalists"]), "named journalist")
        out.append(f"{who} asked {named} of them; {int(c['several'])} of the {int(c['journalists'])} "
                   "asked more than one." if c["journalists"] > 1 else f"{who} asked {named} of them.")
        if documents > 1:
            out[-1] += " A journalist is counted once per transcript."
    if c["unnamed"]:
        out.append(f"{plural(int(c['unnamed']), 'question')} came from turns that do not name the journalist "
                   "(such as \"Q\"): who asked them is not counted, and each such turn counts "
                   "as one journalist in the intervals below.")
    out.append(f"{int(c['with_variants'])} of the {int(c['questions'])} were put in more than one form "
               f"(a reformulation or an alternative) and are counted once; {int(c['prefaced'])} came after "
               "a preface (context or reported speech).")
    extra = []
    if c["follow_ups"]:
        extra.append(f"{int(c['follow_ups'])} came in the journalist's own follow-up turn")
    if c["re_asks"]:
        extra.append(f"{plural(int(c['re_asks']), 're-ask')} the principal requested (not counted again)")
    if c["interjections"]:
        extra.append(f"{plural(int(c['interjections']), 'apparent interjection')} not in the transcript, "
                     "seen only in the answer")
    if extra:
        out.append("Besides: " + "; ".join(extra) + ".")
    fired = rates[rates["count"] > 0].sort_values("rate", ascending=False, kind="stable")
    if len(fired):
        out.append("Design indicators, as a share of questions (95% bootstrap interval over "
                   "journalists): " + "; ".join(
                       f"{r.indicator} {int(r.count)} of {int(r.total)} ({r.rate:.0%}, {r.low:.0%}-{r.high:.0%})"
                       for r in fired.itertuples()) + ".")
    quiet = rates.loc[rates["count"] == 0, "indicator"].tolist()
    if quiet:
        out.append("No question showed: " + ", ".join(quiet) + ".")
    if (rates["small"]).any():
        out.append(f"With {plural(int(rates['clusters'].iloc[0]), 'journalist')} to resample the "
                   "intervals cannot be trusted: too few.")
    else:
        out.append("The intervals show how much the shares could move with other journalists "
                   f"asking in {'conferences like these' if documents > 1 else 'a conference like this one'}.")
    return out


def hand_coding_for(units: pd.DataFrame, coding: str | Path | None) -> pd.DataFrame:
    """The hand coding named by ``coding`` (a file packaged in ``presslib/data/design/``, or a
    path, relative to the project), keeping the rows of the documents ``units`` holds: empty
    (with the key and code columns) when it covers none or ``coding`` is None. ``attrs["source"]`` names
    the file read, ``attrs["documents"]`` the documents it codes."""
    if coding is None:
        empty = pd.DataFrame({k: pd.Series(dtype="object") for k in (*KEY, *CODE_COLUMNS)})
        empty.attrs.update(source="", documents=[])
        return empty
    name = str(coding)
    try:
        path = design_file(name) if "/" not in name and "\\" not in name else None
    except Exception:  # not a packaged file: a path of the user's
        path = None
    path = path if path is not None else paths.project_path(name)
    table = read_coding(path)
    documents = sorted(set(table["doc_id"]))
    out = table[table["doc_id"].isin(set(units["doc_id"]))].reset_index(drop=True)
    out.attrs.update(source=str(path), documents=documents)
    return out


def read_agreement_example() -> pd.DataFrame:
    """The teaching table of two coders (``item, coder_a, coder_b``): ten replies coded by two
    invented coders, to work kappa and alpha by hand. Not a real coding."""
    return pd.read_csv(design_file("agreement_example.csv"), dtype={"coder_a": str, "coder_b": str})


def agreement_findings(units: pd.DataFrame, coding: pd.DataFrame, indicator_scores: pd.DataFrame,
                       reply_summary: pd.Series, responsiveness_scores: pd.Series) -> list[str]:
    """Plain sentences on how far the tool agrees with a hand coding (the tables of
    :func:`~presslib.design.agreement.score_indicators`, ``score_replies`` and
    ``score_responsiveness``); when the coding covers nothing here, a sentence saying so."""
    matched = match_coding(units, coding) if len(coding) else coding
    if not len(matched):
        return ["No hand coding covers this transcript, so nothing here measures how far the tool "
                "agrees with a reader: write the coding sheet, code it, and set HAND_CODING to it."]
    out = [f"The hand coding ({Path(coding.attrs.get('source', '')).name}) codes {len(matched)} of "
           f"{len(units)} question units; one coder, so it is a reading to check, not a gold standard."]
    agreed = indicator_scores[(indicator_scores["hand"] + indicator_scores["tool"]) > 0]
    if len(agreed):
        out.append("Design indicators against it: " + "; ".join(
            f"{r.indicator} found {int(r.tp)} of {int(r.hand)}, {int(r.fp)} false"
            for r in agreed.itertuples()) + ".")
    if reply_summary["n"]:
        out.append(f"The suggested reply codes match the hand codes on {int(reply_summary['same'])} of "
                   f"{int(reply_summary['n'])} questions ({reply_summary['agreement']:.0%}; Cohen's kappa "
                   f"{reply_summary['kappa']:.2f}).")
    if responsiveness_scores["n"]:
        r = responsiveness_scores
        out.append(f"The word-overlap measure finds {int(r['tp'])} of the {int(r['tp'] + r['fn'])} "
                   f"questions the hand coding calls replied to (recall {r['recall']:.0%}) and calls "
                   f"{int(r['fp'])} others addressed (precision {r['precision']:.0%}): read its "
                   "'not evidently addressed' as 'worth reading', never as 'not answered'.")
    source = Path(coding.attrs.get("source", "") or ".")
    if source.parent == design_file("cues.csv").parent:  # a coding shipped with presslib, beside the cues
        out.append("The indicators' cues were written with this transcript in view, by the same "
                   "reader who coded it: their agreement here is an upper bound, not a test.")
    return out
