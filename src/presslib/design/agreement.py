"""Agreement: between two coders (:func:`cohen_kappa`, :func:`krippendorff_alpha`,
:func:`agreement_summary`), and between a tool and a hand coding (:func:`confusion_table`,
:func:`binary_scores`, :func:`score_indicators`, :func:`score_replies`,
:func:`reply_disagreements`, :func:`score_responsiveness`, :func:`score_responsiveness_readings`).

**Cohen's kappa** (Cohen 1960) for two coders: ``(p_o - p_e) / (1 - p_e)``, the observed
agreement ``p_o`` corrected by the agreement ``p_e`` expected from each coder's own
distribution of codes. Written here in a few lines: scikit-learn's ``cohen_kappa_score``
gives the same values (a property test compares them) but costs a notebook 1.2 s to import.

**Krippendorff's alpha** (Krippendorff 2004, 2011) for any number of coders, with missing
codes: ``1 - (n - 1) * sum_{c != k} o_ck * d_ck / sum_{c != k} n_c * n_k * d_ck``, from the
coincidence matrix ``o`` (each unit with ``m`` codes adds ``1 / (m - 1)`` for every ordered
pair of codes from different coders), ``n_c`` its margins, ``n`` the codes that can be paired,
and ``d`` the distance (0 or 1 for nominal codes, the squared difference for interval ones).
Written here in a few lines rather than taken from the ``krippendorff`` package: the
arithmetic is short and checked against values worked by hand (tests/design), and presslib
keeps to the dependencies it has.

References: J. Cohen (1960), A coefficient of agreement for nominal scales, *Educational and
Psychological Measurement* 20(1). K. Krippendorff (2004), *Content Analysis: An Introduction to
Its Methodology*, 2nd ed., Sage; (2011) Computing Krippendorff's alpha-reliability,
Annenberg School for Communication, University of Pennsylvania.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd

from ..table import need_columns
from .coding import match_coding
from .indicators import INDICATORS
from .replies import CODES

SCORE_FIELDS = ("n", "tp", "fp", "fn", "tn", "precision", "recall", "f1", "accuracy", "kappa")
#: The hand codes that count as "answered" when the overlap measure is scored strictly (a reply
#: only) and leniently (an intermediate reply too): :func:`score_responsiveness_readings`.
OVERLAP_READINGS = {"strict": ("reply",), "lenient": ("reply", "intermediate")}


def _present(value) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) \
        and value is not pd.NA and value != ""


def cohen_kappa(a, b) -> float:
    """Cohen's kappa of two coders' codes for the same items (pairs with a missing code are
    left out). NaN when fewer than two items remain or both coders used one code only.

    >>> cohen_kappa(["y", "y", "n", "n"], ["y", "n", "n", "n"])  # p_o 3/4, p_e 1/2
    0.5
    """
    pairs = [(str(x), str(y)) for x, y in zip(a, b, strict=True) if _present(x) and _present(y)]
    if len(pairs) < 2 or len({v for p in pairs for v in p}) < 2:
        return float("nan")
    n = len(pairs)
    first = Counter(x for x, _ in pairs)
    second = Counter(y for _, y in pairs)
    observed = sum(x == y for x, y in pairs) / n
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(codes, *, level: str = "nominal") -> float:
    """Krippendorff's alpha of a table with one row per unit and one column per coder
    (a DataFrame or a list of rows); a missing code is None, NaN or "".

    ``level``: ``"nominal"`` (codes are names) or ``"interval"`` (codes are numbers). NaN when
    fewer than two codes can be paired or every code is the same.

    >>> krippendorff_alpha([["a", "a"], ["b", "b"], ["a", "b"]])
    0.4444444444444444
    """
    if level not in ("nominal", "interval"):
        raise ValueError(f"level={level!r}: expected 'nominal' or 'interval'")
    rows = codes.to_numpy(dtype=object).tolist() if isinstance(codes, pd.DataFrame) else codes
    coincidence: Counter = Counter()
    for row in rows:
        values = [v for v in row if _present(v)]
        m = len(values)
        if m < 2:
            continue
        for i, c in enumerate(values):
            for j, k in enumerate(values):
                if i != j:
                    coincidence[(c, k)] += 1 / (m - 1)
    margins: Counter = Counter()
    for (c, _), weight in coincidence.items():
        margins[c] += weight
    n = sum(margins.values())
    if n < 2 or len(margins) < 2:
        return float("nan")

    def distance(c, k) -> float:
        return float(c != k) if level == "nominal" else (float(c) - float(k)) ** 2

    observed = sum(w * distance(c, k) for (c, k), w in coincidence.items())
    expected = sum(margins[c] * margins[k] * distance(c, k) for c in margins for k in margins)
    return 1 - (n - 1) * observed / expected


def agreement_summary(codes: pd.DataFrame) -> pd.Series:
    """For a table of codes (one column per coder): ``units`` (rows coded by at least two),
    ``coders``, ``agreement`` (share of those units where all codes agree), ``kappa`` (Cohen's,
    for exactly two coders; NaN otherwise) and ``alpha`` (Krippendorff's, nominal)."""
    rows = codes.to_numpy(dtype=object).tolist()
    paired = [[v for v in r if _present(v)] for r in rows]
    paired = [r for r in paired if len(r) >= 2]
    kappa = cohen_kappa(codes.iloc[:, 0], codes.iloc[:, 1]) if codes.shape[1] == 2 else float("nan")
    return pd.Series({
        "units": len(paired), "coders": codes.shape[1],
        "agreement": (sum(len(set(r)) == 1 for r in paired) / len(paired)) if paired else float("nan"),
        "kappa": kappa, "alpha": krippendorff_alpha(codes),
    })


def confusion_table(hand, tool, *, labels=None, names: tuple[str, str] = ("hand", "tool")) -> pd.DataFrame:
    """Counts of (hand code, tool's code): hand codes in rows, the tool's in columns, with
    ``total`` margins. ``labels`` fixes the order (and shows codes nobody used); ``names``
    names the rows and columns (two coders: ``("coder_a", "coder_b")``)."""
    hand, tool = pd.Series(list(hand), dtype=object), pd.Series(list(tool), dtype=object)
    labels = list(labels) if labels is not None else sorted(set(hand.dropna()) | set(tool.dropna()), key=str)
    table = pd.crosstab(pd.Categorical(hand, categories=labels), pd.Categorical(tool, categories=labels),
                        rownames=[names[0]], colnames=[names[1]], dropna=False)
    table = table.reindex(index=labels, columns=labels, fill_value=0)
    table["total"] = table.sum(axis=1)
    table.loc["total"] = table.sum(axis=0)
    return table.astype("int64")


def binary_scores(hand, tool) -> pd.Series:
    """How far a yes/no tool agrees with a yes/no hand coding (missing pairs left out):
    ``n, tp, fp, fn, tn``, ``precision`` (of the tool's yeses, the share the hand coding says
    yes to), ``recall`` (of the hand coding's yeses, the share the tool found), ``f1``,
    ``accuracy`` and Cohen's ``kappa``. A ratio with nothing to divide is NaN.

    >>> binary_scores([1, 1, 0, 0], [1, 0, 1, 0])[["tp", "fp", "fn", "tn", "precision"]].tolist()
    [1.0, 1.0, 1.0, 1.0, 0.5]
    """
    pairs = [(bool(h), bool(t)) for h, t in zip(hand, tool, strict=True) if _present(h) and _present(t)]
    tp = sum(h and t for h, t in pairs)
    fp = sum(t and not h for h, t in pairs)
    fn = sum(h and not t for h, t in pairs)
    tn = sum(not h and not t for h, t in pairs)

    def ratio(a, b):
        return a / b if b else float("nan")

    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = ratio(2 * precision * recall, precision + recall) if tp else (0.0 if (fp or fn) else float("nan"))
    kappa = cohen_kappa([h for h, _ in pairs], [t for _, t in pairs])
    return pd.Series(dict(zip(SCORE_FIELDS, (len(pairs), tp, fp, fn, tn, precision, recall, f1,
                                             ratio(tp + tn, len(pairs)), kappa))), dtype="float64")


def score_indicators(summary: pd.DataFrame, coding: pd.DataFrame, units: pd.DataFrame, *,
                     exclude: tuple[str, ...] = ("re_ask",)) -> pd.DataFrame:
    """Each design indicator (:func:`~presslib.design.indicators.summarise_design`) against
    a hand coding (:func:`~presslib.design.coding.read_coding`): one row per indicator with
    its dimension, ``hand`` and ``tool`` (units each says yes to) and the
    :func:`binary_scores`. Only units the coding covers count, less those whose ``source`` is
    in ``exclude`` (re-asks: the question was counted once already)."""
    need_columns(summary, ("doc_id", "unit", *INDICATORS), what="the design summary")
    coded = _coded(units, coding, exclude)
    both = coded[["doc_id", "unit", *[c for c in INDICATORS if c in coded]]].merge(
        summary, on=["doc_id", "unit"], suffixes=("_hand", ""))
    from .indicators import DIMENSIONS

    rows = []
    for name in INDICATORS:
        if f"{name}_hand" not in both or not len(both):
            continue
        scores = binary_scores(both[f"{name}_hand"].astype(object).where(both[f"{name}_hand"].notna(), None),
                               both[name])
        rows.append({"indicator": name, "dimension": DIMENSIONS[name],
                     "hand": int((both[f"{name}_hand"] == 1).sum()), "tool": int(both[name].sum()),
                     **scores.to_dict()})
    out = pd.DataFrame(rows, columns=["indicator", "dimension", "hand", "tool", *SCORE_FIELDS])
    return out.astype({c: "int64" for c in ("hand", "tool", "n", "tp", "fp", "fn", "tn")})


def score_replies(suggested: pd.DataFrame, coding: pd.DataFrame, units: pd.DataFrame, *,
                  exclude: tuple[str, ...] = ("re_ask",)) -> tuple[pd.DataFrame, pd.Series]:
    """The suggested reply codes (:func:`~presslib.design.replies.suggest_replies`) against a
    hand coding: ``(confusion table, summary)``; the summary holds ``n``, ``same`` (units given
    the same code), ``agreement`` (their share) and Cohen's ``kappa``. Units whose ``source`` is in
    ``exclude`` (re-asks, by default: the question was counted once already) are left out."""
    both = _replies_coded(suggested, coding, units, exclude)
    table = confusion_table(both["reply"], both["auto_reply"], labels=CODES)
    n, same = len(both), int((both["reply"] == both["auto_reply"]).sum())
    return table, pd.Series({"n": n, "same": same, "agreement": same / n if n else float("nan"),
                             "kappa": cohen_kappa(both["reply"], both["auto_reply"])})


def _coded(units, coding, exclude) -> pd.DataFrame:
    coded = match_coding(units, coding)
    return coded[~coded["source"].isin(exclude)]


def _replies_coded(suggested, coding, units, exclude) -> pd.DataFrame:
    """The units the coding gives a reply code (less ``exclude``), with the suggested codes."""
    both = _coded(units, coding, exclude).merge(suggested, on=["doc_id", "unit"])
    return both[both["reply"] != ""]


def reply_disagreements(suggested: pd.DataFrame, coding: pd.DataFrame, units: pd.DataFrame, *,
                        exclude: tuple[str, ...] = ("re_ask",)) -> pd.DataFrame:
    """The units whose suggested reply code differs from the hand code, one row each to read:
    the units' columns with the coding's codes (``reply``) and the suggestion's (``auto_reply``,
    ``auto_cue``, ``auto_line``). They are the cells off the diagonal of :func:`score_replies`'
    confusion table, counted over the same units (re-asks left out by default)."""
    both = _replies_coded(suggested, coding, units, exclude)
    return both[both["reply"] != both["auto_reply"]].reset_index(drop=True)


def addressed_by_unit(responsiveness: pd.DataFrame, units: pd.DataFrame) -> pd.DataFrame:
    """The exploratory overlap measure (:func:`presslib.answers.responsiveness_table`) per
    question unit: ``doc_id, unit, rows`` (its rows: the questions-table sentences that hold the
    unit's question or a variant, or lie inside it) and ``addressed`` (any of them addressed;
    missing when no row matches, as for an unrecorded interjection)."""
    need_columns(responsiveness, ("doc_id", "turn", "text", "addressed"), what="the responsiveness table")

    def norm(s: str) -> str:
        return " ".join(s.split()).strip(" ,;:").casefold()

    by_turn = {k: g for k, g in responsiveness.groupby(["doc_id", "turn"], sort=False)}
    rows = []
    for u in units.itertuples(index=False):
        pieces = [norm(p) for p in [u.question, *u.variants.split(" | ")] if p.strip()]
        mine = by_turn.get((u.doc_id, u.turn))
        hits = [] if mine is None or not pieces else [
            r for r in mine.itertuples(index=False)
            if any(p in norm(r.text) or norm(r.text) in p for p in pieces)]
        rows.append((u.doc_id, u.unit, len(hits), any(r.addressed for r in hits) if hits else None))
    out = pd.DataFrame(rows, columns=["doc_id", "unit", "rows", "addressed"])
    out["addressed"] = out["addressed"].astype("boolean")
    return out


def score_responsiveness(responsiveness: pd.DataFrame, coding: pd.DataFrame, units: pd.DataFrame, *,
                         positive: tuple[str, ...] = ("reply",),
                         exclude: tuple[str, ...] = ("re_ask",)) -> tuple[pd.DataFrame, pd.Series]:
    """The overlap measure's ``addressed`` against a hand coding's replies: ``(confusion
    table, scores)``. The hand coding says "answered" for the codes in ``positive`` (``reply``;
    add ``"intermediate"`` for a lenient reading); scores are :func:`binary_scores`. Units the
    measure has no row for are left out."""
    measured = addressed_by_unit(responsiveness, units)
    both = _coded(units, coding, exclude).merge(measured, on=["doc_id", "unit"])
    both = both[(both["reply"] != "") & both["addressed"].notna()]
    hand = both["reply"].isin(positive)
    labels = ["answered", "not answered"]
    table = confusion_table(np.where(hand, "answered", "not answered"),
                            np.where(both["addressed"].astype(bool), "answered", "not answered"), labels=labels)
    return table, binary_scores(hand.tolist(), both["addressed"].astype(bool).tolist())


def score_responsiveness_readings(responsiveness: pd.DataFrame, coding: pd.DataFrame,
                                  units: pd.DataFrame, *, readings: dict | None = None,
                                  exclude: tuple[str, ...] = ("re_ask",)) -> pd.DataFrame:
    """The overlap measure's :func:`score_responsiveness` scores under each reading of the hand
    coding, side by side: one column per reading (default :data:`OVERLAP_READINGS`: ``strict``,
    ``lenient``), one row per score (:data:`SCORE_FIELDS`)."""
    readings = OVERLAP_READINGS if readings is None else readings
    return pd.DataFrame({
        name: score_responsiveness(responsiveness, coding, units, positive=tuple(codes), exclude=exclude)[1]
        for name, codes in readings.items()})


def combine_scores(indicator_scores: pd.DataFrame, **measures: pd.Series) -> pd.DataFrame:
    """The indicators' scores (:func:`score_indicators`) with one more row per named measure
    (a :func:`binary_scores` Series, such as the overlap measure's from
    :func:`score_responsiveness`), for one chart: ``indicator`` is the name given,
    ``dimension`` is ``"replies"``, ``hand`` and ``tool`` its positives (``tp + fn``,
    ``tp + fp``)."""
    rows = [{"indicator": name.replace("_", " "), "dimension": "replies",
             "hand": int(m["tp"] + m["fn"]), "tool": int(m["tp"] + m["fp"]), **m.to_dict()}
            for name, m in measures.items() if m.get("n", 0)]
    extra = pd.DataFrame(rows, columns=indicator_scores.columns)
    if not len(extra):
        return indicator_scores.reset_index(drop=True)
    out = pd.concat([indicator_scores, extra], ignore_index=True) if len(indicator_scores) else extra
    return out.astype({c: "int64" for c in ("hand", "tool", "n", "tp", "fp", "fn", "tn")})


def count_matches(codes, other) -> int:
    """How many positions of ``codes`` hold the same code as ``other`` at the same position
    (``other`` may be longer: it is cut to ``codes``); a missing code matches nothing.

    >>> count_matches(["reply", None, "non_reply"], ["reply", "reply", "intermediate", "reply"])
    1
    """
    return sum(_present(a) and _present(b) and a == b for a, b in zip(list(codes), list(other)))
