"""What we found: each notebook's findings as plain sentences, computed from its tables.

One function per notebook, each true on any transcript: :func:`overview_findings` (00),
:func:`topic_findings` (01), :func:`outlet_findings` (02), :func:`answer_length_findings` (03),
:func:`marker_findings` and :func:`sentiment_findings` (04), :func:`keyness_findings` (05).

Sentences give counts beside rates and shares ("12 of 40 questions (30%)"), and say what a
measure cannot tell (one conference is not a sample; a lexicon finds only its words; small
counts make rates jumpy), so that they can be quoted as they stand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import paths
from ..answers.exchanges import WORDS_PER_MINUTE
from ..answers.lengths import short_outlet_name
from ..discourse.keywords import top_key_words
from ..discourse.sentiment import summarise_sentiment
from ..floor.calls import calls_table
from ..floor.order import summarise_floor
from ..floor.outlet_tables import NO_OUTLET, UNKNOWN, explode_outlets, summarise_outlets
from ..table import need_columns
from ..text import plural
from ..topics.tables import compare_asked_answered, count_topics_by


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.0%}" if whole else "n/a"


def overview_findings(turns: pd.DataFrame) -> list[str]:
    """Plain sentences on who held the floor, computed from the turns table."""
    need_columns(turns, ("role", "speaker", "kind", "n_words", "exchange"), what="the turns table")
    words = turns.groupby("role")["n_words"].sum()
    total = int(words.sum())
    if not total:
        return ["The transcript holds no words."]
    out = []
    n_docs = turns["doc_id"].nunique() if "doc_id" in turns else 1
    if n_docs > 1:
        out.append(f"The corpus holds {n_docs} transcripts and {plural(len(turns), 'turn')}; "
                   "the sentences below pool them.")
    if "principal" in words:
        names = list(dict.fromkeys(turns.loc[turns["role"].eq("principal"), "speaker"]))
        who = ("The principal" if len(names) == 1 else
               f"The {len(names)} principals ({', '.join(names[:4])}{', ...' if len(names) > 4 else ''})")
        out.append(f"{who} spoke {int(words['principal']):,} of {total:,} words "
                   f"({_share(words['principal'], total)}).")
    else:
        out.append("No speaker was read as the principal (the one who answers).")
    opening = int(turns.loc[turns["kind"].eq("statement"), "n_words"].sum())
    out.append(f"The opening statement ran to {opening:,} words ({_share(opening, total)})." if opening
               else "There was no opening statement before the questions.")
    if "journalist" in words:
        asked = turns[turns["role"].eq("journalist")]
        out.append(
            f"{plural(asked['speaker'].nunique(), 'journalist')} (as labelled) spoke "
            f"{int(words['journalist']):,} words ({_share(words['journalist'], total)}) in "
            f"{plural(len(asked), 'turn')}."
        )
    if "moderator" not in words:
        out.append("No one was read as a moderator giving the floor.")
    exchanges = turns.groupby("doc_id")["exchange"].max().fillna(0).sum() if "doc_id" in turns \
        else turns["exchange"].max()
    exchanges = int(exchanges) if exchanges == exchanges else 0
    out.append(f"There {'was' if exchanges == 1 else 'were'} {plural(exchanges, 'question-and-answer exchange')}.")
    answers = turns[turns["kind"].eq("answer")]
    if len(answers):
        longest = answers.loc[answers["n_words"].idxmax()]
        where = f"exchange {int(longest['exchange'])}" if longest["exchange"] == longest["exchange"] else "no exchange"
        if n_docs > 1:
            where += f" of {longest['doc_id']}"
        out.append(
            f"{plural(len(answers), 'answer turn')} averaged {answers['n_words'].mean():.0f} words "
            f"(median {answers['n_words'].median():.0f}); the longest answer turn ({where}) ran to "
            f"{int(longest['n_words']):,} (an exchange's answer, all its answer turns together, is "
            f"measured in 03-answer-lengths)."
        )
    return out


def topic_findings(
    turns: pd.DataFrame, hits: pd.DataFrame, *, labels: dict | None = None, lexicon=None,
    in_questions: pd.DataFrame | None = None,
) -> list[str]:
    """Plain sentences on what the conference was about, computed from the turns and hits tables.

    ``labels`` maps topic ids to readable names (``lexicon.labels``); ids are used otherwise.
    ``lexicon``: the lexicon counted; when it is the default one (written for the bundled
    transcript) and the turns are of other transcripts, one sentence says so, and no finding is
    drawn from its matches.
    ``in_questions``: :func:`~presslib.topics.tables.topics_in_questions`, to say what the
    questions proper asked about beside what the whole question turns mention.
    """
    name = (lambda t: labels.get(t, t)) if labels else (lambda t: t)
    if lexicon is not None and _default_lexicon_elsewhere(lexicon, turns):
        # its topics are another conference's: which came first, or was asked, says nothing here
        return ["The topic lexicon is the default one, written for the subjects of the bundled "
                "transcript: on another conference its hits are the words the two happen to share "
                f"({plural(int(hits['hits'].sum()) if len(hits) else 0, 'match', 'matches')} here), so no "
                "finding is drawn from them. Write topics of your own (LEXICON) and rerun; until then "
                "read the tables and charts below as that lexicon's matches, not this conference's "
                "subjects."]
    out = []
    if hits.empty:
        return out + ["No turn mentions any topic of the lexicon."]
    total = (
        hits.groupby("topic", sort=False)["hits"].sum().sort_values(ascending=False, kind="stable")
    )
    words = int(turns["n_words"].sum())
    top = total.index[0]
    rate = f", {1000 * total.sum() / words:.1f} per 1,000 words" if words else ""
    out.append(
        f"The lexicon found {plural(int(total.sum()), 'topic mention')} in {words:,} words{rate}; the most "
        f"frequent topic was {name(top)} ({plural(int(total.iloc[0]), 'mention')})."
    )
    by_side = count_topics_by(turns, hits, by="side")
    asked = (
        by_side[by_side["side"].eq("question")]
        .groupby("topic")["hits"]
        .sum()
        .sort_values(ascending=False, kind="stable")
    )
    if len(asked):
        out.append(
            f"Journalists' questions raised {plural(len(asked), 'topic')}; the most asked about "
            f"{_most(asked, name, extra=' in question turns')}."
        )
    if in_questions is not None and len(in_questions):
        counts = in_questions.set_index("topic")
        aside = int(in_questions["set_aside"].sum())  # never negative (topics_in_questions)
        if counts["in_questions"].max() > 0:
            top = counts.index[counts["in_questions"].eq(counts["in_questions"].max())]
            whole = _names([f"{int(counts.loc[t, 'in_turns'])}" for t in top])
            out.append(
                f"Counting only the questions proper (prefaces, context and reported speech set aside, "
                f"a requested re-ask counted once), the most asked about "
                f"{_most(counts['in_questions'], name, extra=f', of {whole} in the whole question turns')}; "
                f"{aside} of the {int(counts['in_turns'].sum())} mentions in question turns "
                f"{'was' if aside == 1 else 'were'} not in "
                f"the questions proper."
            )
        else:
            where = "the one mention" if aside == 1 else f"all {plural(aside, 'mention')}"
            out.append(f"The questions proper mention no topic of the lexicon: {where} in question turns "
                       f"{'was' if aside == 1 else 'were'} in prefaces, context or reported speech.")
    opening = by_side[by_side["side"].eq("statement")]
    if len(opening) and len(asked):
        unasked = [
            t
            for t in opening.sort_values("hits", ascending=False, kind="stable")["topic"]
            if t not in asked.index
        ]
        if unasked:
            out.append(
                "Topics of the opening statement that no question took up: "
                + ", ".join(name(t) for t in unasked)
                + "."
            )
    pairs = compare_asked_answered(turns, hits)
    pairs = pairs[pairs["n_asked"] > 0]
    if len(pairs):
        full = int((pairs["coverage"] == 1).sum())
        out.append(
            f"In {full} of {len(pairs)} exchanges the answer took up every topic the question "
            f"raised; on average answers covered {pairs['coverage'].mean():.0%} of the "
            f"question's topics, and {pairs['focus'].mean():.0%} of an answer's topics had been asked."
        )
        missed = pairs[pairs["n_shared"] == 0]
        if len(missed):
            keys = [f"{d}: {int(e)}" if pairs["doc_id"].nunique() > 1 else str(int(e))
                    for d, e in zip(missed["doc_id"], missed["exchange"])]
            out.append(("Answers that shared no topic with their question: exchange " if len(keys) == 1 else
                        "Answers that shared no topic with their question: exchanges ") + ", ".join(keys) + ".")
    out.append("A lexicon finds only the words it lists: a topic discussed in other words counts as "
               "absent, so read the matches before the counts.")
    return out


def _most(counts: pd.Series, name, extra: str = "") -> str:
    """'was “X” (n mentions)', or with a tie 'were “X” and “Y” (n mentions each)', from counts
    by topic; ``extra`` goes inside the brackets, after the count. Names are quoted, one or
    several: a topic's name may hold an "and" of its own.

    >>> _most(pd.Series({"a": 3, "b": 1}), str.upper), _most(pd.Series({"a": 2, "b": 2}), str.upper)
    ('was “A” (3 mentions)', 'were “A” and “B” (2 mentions each)')
    """
    top = counts.max()
    tied = [f"“{name(t)}”" for t in counts.index if counts[t] == top]
    n = plural(int(top), "mention")
    if len(tied) == 1:
        return f"was {tied[0]} ({n}{extra})"
    return f"were {_names(tied)} ({n} each{extra})"


def _default_lexicon_elsewhere(lexicon, turns: pd.DataFrame) -> bool:
    source = getattr(lexicon, "source", None)
    if not source:
        return False
    default = {paths.DATA_DIR / "topics.toml", paths.packaged_file("topics.toml")}
    if Path(source).resolve() not in {p.resolve() for p in default}:
        return False
    return set(turns["doc_id"].astype(str)) != {paths.DEFAULT_TRANSCRIPT.stem}


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def outlet_findings(
    turns: pd.DataFrame,
    *,
    questions: pd.DataFrame | None = None,
    registry: str | Path | None = None,
) -> list[str]:
    """Plain sentences on who got the floor, computed from the tables (true on any transcript)."""
    per = summarise_outlets(turns, questions=questions, registry=registry)
    if per.empty:
        return ["No journalist asked a question."]
    rows = explode_outlets(turns)
    calls = calls_table(turns, registry=registry)
    floor = summarise_floor(turns, registry=registry)
    source = per.attrs["questions_from"]
    named = per[per["outlet"].ne(NO_OUTLET)]
    unnamed = rows.loc[rows["outlet"].eq(NO_OUTLET), "speaker"].nunique()
    whom = (f"from {plural(len(named), 'outlet')}" if len(named) else "whose labels named no outlet")
    if len(named) and unnamed:
        whom += f" ({plural(unnamed, 'journalist')} named none)"
    out = [
        f"{plural(rows['speaker'].nunique(), 'journalist')} {whom} asked in "
        f"{plural(len(floor), 'exchange')} ({plural(int(per['follow_ups'].sum()), 'follow-up turn')})."
    ]
    taken = calls[calls["taken_up"]]
    counts = taken["result"].value_counts()
    if len(calls):
        untaken = int((~calls["taken_up"]).sum())
        out.append(
            f"The moderator's calls named the asking outlet in {counts.get('named the asker', 0)} "
            f"of {len(floor)} exchanges, another outlet in {counts.get('named another outlet', 0)}, "
            f"and no outlet in {counts.get('named no outlet', 0)}; "
            f"{plural(untaken, 'call')} {'was' if untaken == 1 else 'were'} not taken up."
        )
    else:
        out.append("No moderator gave the floor: no call was read.")
    known = floor.dropna(subset=["name"])
    if len(known):
        which = ("The only exchange" if len(known) == 1 else f"The {len(known)} exchanges" if len(known) <= 3
                 else "The first 3 exchanges")
        out.append(f"{which} with a known outlet went to {_names(list(known['name'].head(3)))}.")
    fractional = dict(questions=questions, split="fractional", registry=registry)
    media = summarise_outlets(turns, by="medium", **fractional)
    total = media["questions"].sum()  # fractional counts add up to the conference's total
    media = media[media["medium"].ne(UNKNOWN)]
    if total and not len(media):
        out.append("No asking outlet is in the outlet registry, so there is nothing to say by medium, "
                   "country or public service (add the outlets to OUTLETS to see them).")
    elif total:
        top = media.iloc[0]
        out.append(
            f"By medium, {top['medium']} outlets asked the most: {top['questions']:g} of {total:g} "
            f"questions ({top['questions'] / total:.0%}, from {plural(int(top['outlets']), 'outlet')}, "
            f"{top['questions'] / top['outlets']:.1f} each; counted from {source}; "
            f"two-outlet questions split between them). One conference's floor is one moderator's "
            f"choices on one day, not a measure of access in general."
        )
        public = summarise_outlets(turns, by="public_service", **fractional).set_index("public_service")
        if "public service" in public.index:
            share = public.loc["public service", "questions"] / total
            out.append(f"Public-service media asked {public.loc['public service', 'questions']:g} of "
                       f"{total:g} questions ({share:.0%}).")
        countries = summarise_outlets(turns, by="country", **fractional)
        countries = countries[countries["country"].ne(UNKNOWN)]
        if len(countries):
            top = countries.iloc[0]
            out.append(
                f"Outlets from {plural(len(countries), 'country', 'countries')} asked; the most questions "
                f"came from {top['country']} ({top['questions']:g} of {total:g}, from "
                f"{plural(int(top['outlets']), 'outlet')}: a country with more outlets in the room has more "
                f"chances to be called)."
            )
    if len(floor):
        longest = floor.loc[floor["words"].idxmax()]
        where = f" of {longest['doc_id']}" if floor["doc_id"].nunique() > 1 else ""
        named = longest["name"] if isinstance(longest["name"], str) else "no known outlet"
        out.append(
            f"The longest exchange was number {int(longest['exchange'])}{where} ({named}), "
            f"{int(longest['words']):,} words with its answers."
        )
    return out


def answer_length_findings(turns: pd.DataFrame, exchanges: pd.DataFrame,
                           responsiveness: pd.DataFrame | None = None,
                           non_answers: pd.DataFrame | None = None) -> list[str]:
    """Plain sentences on answer lengths (and, if given, responsiveness), computed from the tables."""
    need_columns(turns, ("role", "kind", "n_words"), what="the turns table")
    out = []
    total = int(turns["n_words"].sum())
    principal = int(turns.loc[turns["role"].eq("principal"), "n_words"].sum())
    opening = int(turns.loc[turns["kind"].eq("statement"), "n_words"].sum())
    if total:
        out.append(f"The principal spoke {principal:,} of {total:,} words ({principal / total:.0%}); "
                   + (f"the opening statement alone was {opening:,} words." if opening
                      else "there was no opening statement."))
    if not len(exchanges):
        out.append("There was no question-and-answer exchange to measure.")
    else:
        ans = exchanges["answer_words"]
        out.append(f"{plural(len(exchanges), 'exchange')} drew {int(ans.sum()):,} words of answers: a median of "
                   f"{ans.median():.0f} words (about {ans.median() / WORDS_PER_MINUTE:.1f} minutes at "
                   f"{WORDS_PER_MINUTE} words a minute, an assumed rate) per exchange, from {int(ans.min()):,} "
                   f"to {int(ans.max()):,}.")
        ratio = exchanges["answer_question_ratio"].median()
        out.append(f"Answers ran to a median of {ratio:.1f} words for every word of the question.")
        longest = exchanges.loc[ans.idxmax()]
        where = f" of {longest['doc_id']}" if "doc_id" in exchanges and exchanges["doc_id"].nunique() > 1 else ""
        out.append(f"The longest answer went to {short_outlet_name(longest['outlet']) or 'an unnamed outlet'} "
                   f"(exchange {int(longest['exchange'])}{where}, {int(longest['answer_words']):,} words"
                   + (", continuation included" if longest["continuation"] else "") + ").")
        asked = int(exchanges["questions"].sum())
        multi = int((exchanges["questions"] > 1).sum())
        out.append(f"Journalists asked {plural(asked, 'question')}, counted as question units (a question and "
                   f"its reformulations once, two questions joined in one sentence twice, a re-ask the "
                   f"principal requested not again); {multi} of {len(exchanges)} exchanges "
                   f"({_share(multi, len(exchanges))}) held more than one.")
    if responsiveness is not None and len(responsiveness):
        hit = int(responsiveness["addressed"].sum())
        out.append(f"By the exploratory overlap measure, {hit} of {len(responsiveness)} questions "
                   f"({_share(hit, len(responsiveness))}) were evidently taken up by some answer paragraph, "
                   f"each measured by its question proper (thanks, names, prefaces and reported speech set "
                   f"aside); the measure counts shared words, so an answer in other words scores low and "
                   f"one that repeats the question's words while evading it scores high.")
    if non_answers is not None and len(non_answers):
        n = int(non_answers["non_answers"].sum())
        where = int((non_answers["non_answers"] > 0).sum())
        out.append(f"Non-answer or deflection phrases of the list occurred {plural(n, 'time')}, in {where} of "
                   f"{len(non_answers)} answers; the list is short, so none found is not no evasion.")
    return out


def marker_findings(rates: pd.DataFrame, *, by: str = "role", a: str = "principal",
                    b: str = "journalist", categories=("hedge", "booster", "we", "you", "institution")) -> list[str]:
    """Plain sentences comparing two values of ``by`` on a few categories, from
    :func:`summarise_markers`' long table (categories missing from it are skipped).

    >>> r = pd.DataFrame({"role": ["principal", "journalist"], "category": ["we", "we"],
    ...                   "per_1000": [40.0, 10.0]})
    >>> marker_findings(r)
    ['we: principal 40.0 per 1,000 words, journalist 10.0 (principal 4.0 times as often).']
    >>> marker_findings(r.assign(hits=[40, 3], words=[1000, 300]))[0]
    'we: principal 40.0 per 1,000 words (40 in 1,000 words), journalist 10.0 (3 in 300) (principal 4.0 times as often). Few occurrences: the rates can move a lot with a handful of words.'
    """
    need_columns(rates, (by, "category", "per_1000"), what="the marker rates")
    out = []
    counted = {"hits", "words"} <= set(rates.columns)
    for category in categories:
        rows = rates[rates["category"] == category].set_index(by)
        if a not in rows.index or b not in rows.index:
            continue
        x, y = float(rows.loc[a, "per_1000"]), float(rows.loc[b, "per_1000"])
        if x != x or y != y:  # a side without words
            continue
        if y > 0 and x > 0:
            ratio = f" ({a} {x / y:.1f} times as often)" if x >= y else f" ({b} {y / x:.1f} times as often)"
        else:
            ratio = ""
        if counted:
            ha, hb = int(rows.loc[a, "hits"]), int(rows.loc[b, "hits"])
            counts = f" ({ha} in {int(rows.loc[a, 'words']):,} words)", f" ({hb} in {int(rows.loc[b, 'words']):,})"
            small = " Few occurrences: the rates can move a lot with a handful of words." if min(ha, hb) < 5 else ""
        else:
            counts, small = ("", ""), ""
        out.append(f"{category}: {a} {x:.1f} per 1,000 words{counts[0]}, {b} {y:.1f}{counts[1]}{ratio}.{small}")
    return out


def sentiment_findings(sentences: pd.DataFrame, turns: pd.DataFrame, *, by: str = "role") -> list[str]:
    """Plain sentences: for each value of ``by``, the mean compound and the shares of positive
    and negative sentences; then the most positive and the most negative sentence."""
    out = []
    for row in summarise_sentiment(sentences, turns, by=by).itertuples(index=False):
        if row.sentences:
            out.append(f"{getattr(row, by)}: {row.sentences} sentences, mean compound "
                       f"{row.mean_compound:+.2f}, {row.share_positive:.0%} positive, "
                       f"{row.share_negative:.0%} negative.")
    if len(sentences):
        ranked = sentences.sort_values(["compound", "turn", "sentence"], kind="stable")
        for label, row in (("Most negative", ranked.iloc[0]), ("Most positive", ranked.iloc[-1])):
            out.append(f"{label} ({row['compound']:+.2f}, turn {row['turn']}): \"{row['text']}\"")
        out.append("VADER scores the feeling of English words rated out of context, not the speaker's "
                   "stance: read the sentences before quoting a score.")
    return out


def keyness_findings(table: pd.DataFrame, *, target: str = "target", reference: str = "reference",
                     n: int = 5) -> list[str]:
    """Plain sentences naming the strongest key words each way, with LL and Log Ratio."""
    if table.empty:
        return [f"No word occurs often enough in {target} and {reference} together to compare."]
    out = []
    for direction, name, other in (("target", target, reference), ("reference", reference, target)):
        top = top_key_words(table, n=n, direction=direction)
        if len(top):
            words = ", ".join(f"{r.word} ({r.freq_target}/{r.freq_reference}, LL {r.ll:.1f}, Log Ratio "
                              f"{r.log_ratio:+.1f})" for r in top.itertuples())
            out.append(f"Most key in {name} against {other} (frequencies {target}/{reference}): {words}.")
        else:
            out.append(f"No word is significantly more frequent in {name} (LL >= 3.84, p < 0.05).")
    out.append(f"{int((table['ll'] >= 3.84).sum())} of {len(table)} words compared reach LL 3.84 (p < 0.05), "
               f"without correction for testing {len(table)} words at once, so expect about "
               f"{0.05 * len(table):.0f} by chance; {int((~table['reliable']).sum())} have small expected "
               f"counts (see 'reliable').")
    return out
