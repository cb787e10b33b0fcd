"""The data-driven counterpart of the lexicon: NMF components of paragraphs, distinctive terms.

The lexicon (:mod:`presslib.topics.lexicon`) finds what someone decided to look for; the functions here
find what the words themselves group into, so a reader sees what the lexicon misses.

- :func:`paragraphs_table` cuts turns into paragraphs (:func:`presslib.text.paragraph_spans`).
- :func:`nmf_terms` fits TF-IDF and NMF (scikit-learn, fixed ``random_state``) on paragraphs and
  returns each component's top terms, each marked with the lexicon topics that list it.
- :func:`distinctive_terms` gives the words that set each exchange (or role, kind) apart: the
  highest TF-IDF weights when every group is one document; :func:`summarise_distinctive_terms`
  lists them on one line per group.
- :func:`count_terms` counts content words for word clouds.

Every step uses the shared text layer: words and stems from :mod:`presslib.tokens`, its stop
words left out, so the terms here are the words the rest of presslib counts. Terms are shown as
their most frequent printed form (lower case) rather than as stems (``munitions``, not ``munit``).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from ..table import need_columns
from ..text import PARAGRAPH_BREAK, count_words, paragraph_spans
from ..tokens import content_tokens
from .lexicon import Lexicon, read_lexicon


def paragraphs_table(turns: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph of every turn: ``doc_id``, ``turn``, ``paragraph`` (0-based), ``text``, ``n_words``.

    Paragraphs are :func:`presslib.text.paragraph_spans` of the turn's text (lines between
    blank lines, a line that ends mid-sentence joined to the next), as the answers' paragraphs
    are; empty ones are dropped.

    >>> t = pd.DataFrame({"doc_id": ["d"], "turn": [3], "text": ["One two.\\n\\nThree."]})
    >>> paragraphs_table(t)[["turn", "paragraph", "text", "n_words"]].values.tolist()
    [[3, 0, 'One two.', 2], [3, 1, 'Three.', 1]]
    """
    need_columns(turns, ("doc_id", "turn", "text"))
    rows = [
        (doc_id, turn, i, str(text)[start:end])
        for doc_id, turn, text in zip(turns["doc_id"], turns["turn"], turns["text"])
        for i, (start, end) in enumerate(paragraph_spans(str(text)))
    ]
    out = pd.DataFrame(rows, columns=["doc_id", "turn", "paragraph", "text"])
    out["n_words"] = count_words(list(out["text"])) if len(out) else pd.Series(dtype="int64")
    return out.astype({"turn": "int64", "paragraph": "int64", "n_words": "int64"})


def content_words(text: str, *, min_length: int = 3) -> list[tuple[str, str]]:
    """``(stem, lower-case form)`` of the words of ``text`` that are not stop words or numbers
    (:func:`presslib.tokens.content_tokens`), at least ``min_length`` characters long.

    >>> content_words("We need more munitions, and 28 more shells.")
    [('need', 'need'), ('munit', 'munitions'), ('shell', 'shells')]
    """
    return content_tokens(text, min_length=min_length, numbers=False)


def count_terms(texts, *, min_length: int = 3) -> dict[str, int]:
    """``{word: count}`` of the content words of ``texts``, most frequent first.

    Words with one stem count together, under their most frequent printed form (lower case):
    "NATO's" counts as "nato", "balloon" as "balloons" if that is the commoner form.

    >>> count_terms(["Ammunition, ammunition!", "More ammunition and tanks. A tank."])
    {'ammunition': 3, 'tank': 2}
    """
    docs, forms = _documents(texts, min_length=min_length)
    counts = Counter(s for doc in docs for s in doc)
    return dict(sorted(((forms[s], n) for s, n in counts.items()), key=lambda kv: (-kv[1], kv[0])))


def _documents(texts, *, min_length: int = 3) -> tuple[list[list[str]], dict[str, str]]:
    """Stems per text, and each stem's most frequent printed form (ties: alphabetical)."""
    forms: Counter = Counter()
    docs = []
    for text in texts:
        words = content_words(text, min_length=min_length)
        forms.update(words)
        docs.append([s for s, _ in words])
    best: dict[str, tuple[int, str]] = {}
    for (s, lower), n in forms.items():
        if s not in best or (-n, lower) < (-best[s][0], best[s][1]):
            best[s] = (n, lower)
    return docs, {s: lower for s, (_, lower) in best.items()}


def _lexicon_topics(lexicon: Lexicon) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Stems listed as single terms, and stems inside phrases, with the topics listing them."""
    single: dict[str, list[str]] = {}
    inside: dict[str, list[str]] = {}
    for form, topics in lexicon.index().items():
        target = single if len(form) == 1 else inside
        for s in form:
            for t in topics:
                if t not in target.setdefault(s, []):
                    target[s].append(t)
    return single, inside


def nmf_terms(
    paragraphs: pd.DataFrame,
    *,
    n_components: int = 8,
    n_terms: int = 8,
    random_state: int = 0,
    min_df: int = 2,
    max_df: float = 0.5,
    lexicon: Lexicon | None = None,
) -> pd.DataFrame:
    """Top terms of each NMF component of the paragraphs' TF-IDF matrix, with the lexicon beside them.

    Fits ``TfidfVectorizer`` (stems of content words in ``min_df`` paragraphs at least,
    sublinear tf) and ``NMF(n_components, init="nndsvda", random_state)``. One row per component × rank:
    ``component`` (1-based), ``rank`` (1-based), ``term`` (most frequent printed form of the
    stem), ``stem``, ``weight`` (in the component, rounded), ``lexicon`` (``|``-joined ids of
    the topics that list the word as a term; empty: what the lexicon misses) and
    ``in_phrases`` (topics with the word inside a phrase, which alone does not count it).
    Words in more than ``max_df`` of the paragraphs (``nato``, ``allies``) are left out.
    A short text gives fewer components (no more than its paragraphs or its words), and one
    without a word in ``min_df`` paragraphs an empty table.
    """
    # scikit-learn is imported when first used: it takes 1 s.
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    need_columns(paragraphs, ("text",), what="the paragraphs table")
    columns = ["component", "rank", "term", "stem", "weight", "lexicon", "in_phrases"]
    docs, forms = _documents(paragraphs["text"])
    vectorizer = TfidfVectorizer(
        analyzer=lambda doc: doc, min_df=min_df, max_df=max_df, sublinear_tf=True
    )
    try:
        matrix = vectorizer.fit_transform(docs)
    except ValueError:  # no word left (empty vocabulary, or max_df below min_df for few paragraphs)
        return pd.DataFrame(columns=columns)
    n_components = min(n_components, *matrix.shape)
    if n_components < 1 or not matrix.nnz:
        return pd.DataFrame(columns=columns)
    model = NMF(n_components=n_components, init="nndsvda", random_state=random_state, max_iter=2000)
    model.fit(matrix)
    vocab = vectorizer.get_feature_names_out()
    single, inside = _lexicon_topics(lexicon or read_lexicon())
    rows = []
    for c, weights in enumerate(model.components_, 1):
        top = sorted(range(len(vocab)), key=lambda j: (-round(float(weights[j]), 6), vocab[j]))[
            :n_terms
        ]
        for rank, j in enumerate(top, 1):
            s = str(vocab[j])
            rows.append(
                (
                    c,
                    rank,
                    forms[s],
                    s,
                    round(float(weights[j]), 3),
                    "|".join(single.get(s, [])),
                    "|".join(inside.get(s, [])),
                )
            )
    return pd.DataFrame(rows, columns=columns)


def summarise_components(terms: pd.DataFrame) -> pd.DataFrame:
    """One row per NMF component: its top terms, the lexicon topic they point to, and the words the lexicon lacks.

    Columns: ``component``; ``top_terms`` (comma-separated, by weight); ``lexicon_topic`` (the
    topic that lists most of the top terms, as terms or else inside phrases; empty if none);
    ``share_in_lexicon`` (share of top terms in some entry); ``missed`` (top terms in no entry).
    """
    need_columns(terms, ("component", "term", "lexicon", "in_phrases"), what="the NMF terms table")
    rows = []
    for c, group in terms.groupby("component", sort=True):
        topics = Counter(t for value in group["lexicon"] for t in value.split("|") if t)
        topics = topics or Counter(
            t for value in group["in_phrases"] for t in value.split("|") if t
        )
        best = min(topics.items(), key=lambda kv: (-kv[1], kv[0]))[0] if topics else ""
        missed = group["lexicon"].eq("") & group["in_phrases"].eq("")
        rows.append(
            (
                c,
                ", ".join(group["term"]),
                best,
                round(float(1 - missed.mean()), 2),
                ", ".join(group.loc[missed, "term"]),
            )
        )
    return pd.DataFrame(
        rows, columns=["component", "top_terms", "lexicon_topic", "share_in_lexicon", "missed"]
    )


def distinctive_terms(
    turns: pd.DataFrame, *, by: str = "exchange", n_terms: int = 6, min_df: int = 1
) -> pd.DataFrame:
    """The words that set each group apart: TF-IDF with every group's turns as one document.

    One row per group × rank: ``doc_id``, ``by``, ``rank``, ``term``, ``stem``, ``count`` (times
    the stem occurs in the group), ``tfidf`` (rounded). Groups without a value (the closing has
    no exchange) are left out; terms with equal weight are listed alphabetically.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # imported when first used: 1 s

    need_columns(turns, ("doc_id", "text", by))
    groups = (
        turns.dropna(subset=[by])
        .groupby(["doc_id", by], sort=True)["text"]
        .agg(PARAGRAPH_BREAK.join)
    )
    docs, forms = _documents(groups)
    vectorizer = TfidfVectorizer(analyzer=lambda doc: doc, min_df=min_df, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(docs).toarray()
    except ValueError:  # no content word in any group
        return pd.DataFrame(columns=["doc_id", by, "rank", "term", "stem", "count", "tfidf"])
    vocab = vectorizer.get_feature_names_out()
    rows = []
    for (doc_id, key), weights, doc in zip(groups.index, matrix, docs):
        counts = Counter(doc)
        top = sorted(
            (j for j in range(len(vocab)) if weights[j] > 0),
            key=lambda j: (-round(float(weights[j]), 6), vocab[j]),
        )[:n_terms]
        for rank, j in enumerate(top, 1):
            s = str(vocab[j])
            rows.append((doc_id, key, rank, forms[s], s, counts[s], round(float(weights[j]), 3)))
    out = pd.DataFrame(rows, columns=["doc_id", by, "rank", "term", "stem", "count", "tfidf"])
    if by in turns and str(turns[by].dtype) == "Int64":
        out[by] = out[by].astype("Int64")
    return out


def summarise_distinctive_terms(distinct: pd.DataFrame, *, by: str = "exchange") -> pd.DataFrame:
    """One row per group of :func:`distinctive_terms`: ``doc_id``, ``by`` and ``terms`` (its
    terms, comma-separated, by rank). Groups stay within their transcript: in a corpus, the
    first exchanges of two transcripts are two rows.

    >>> d = pd.DataFrame({"doc_id": ["a", "a", "b"], "exchange": [1, 1, 1], "rank": [2, 1, 1],
    ...                   "term": ["tanks", "jets", "ports"]})
    >>> summarise_distinctive_terms(d).values.tolist()
    [['a', 1, 'jets, tanks'], ['b', 1, 'ports']]
    """
    need_columns(distinct, ("doc_id", by, "rank", "term"), what="the distinctive terms table")
    ordered = distinct.sort_values(["doc_id", by, "rank"], kind="stable")
    terms = ordered.groupby(["doc_id", by], sort=False)["term"].agg(", ".join)
    return terms.rename("terms").reset_index()
