"""The sentences of a journalist's turn, each with what it does: :func:`classify_sentence`.

Sentences are those of :mod:`presslib.text`, a quotation kept whole (:func:`split_sentences`).
Each gets one ``part``:

- ``direct``: a question sentence, one whose final punctuation holds ``?`` (``..?`` too). A
  question mark inside a quotation that the sentence reports (``He asked "why now?" and left.``,
  ``They say "why now?"``) does not make the journalist's sentence a question.
- ``indirect``: a request for information without ``?`` (``I wonder if you ...``, ``my question
  is whether ...``, ``could you tell us ...``); cues in :data:`INDIRECT_CUES`.
- ``preface``: an announcement of a question (``my second question is about X``, ``I wanted to
  ask about X``); cues in :data:`PREFACE_CUES`.
- ``courtesy``: thanks, greetings and forms of address only (``Thank you very much.``,
  ``Secretary General,``; see :data:`COURTESY_PHRASES`), and what asks nothing though it may
  end in "?" (:func:`is_minimal`): a minimal response (``Yes?``, ``Anyway, all right.``; see
  :data:`MINIMAL_WORDS`) or a stage direction printed in the turn (``(Laughter.)``).
- ``self_identification``: the journalist naming themselves or their outlet (``Max Delany,
  AFP.``, ``My name is ..., I'm from ...``, ``Florian Neuhann from ZDF, German TV.``); the
  speaker's own name and outlet help (:func:`speaker_names`).
- ``context``: everything else (the background a journalist gives before asking).

This is the first step only: :mod:`presslib.design.pieces` cuts a sentence that holds several
questions and :mod:`presslib.design.units` groups the pieces into question units, the one
count of questions presslib uses. The cue lists are module constants so that a user can read
and extend them.
"""

from __future__ import annotations

import re

from ..outlets import OUTLET_SEPARATOR, alias_index
from ..text import WORD_RE, sentence_spans


# Requests for information that carry no question mark. Sources: Bull (1994, "On identifying
# questions, replies and non-replies in political interviews", J. Lang. Soc. Psych. 13(2)) on
# questions posed without interrogative syntax; Clayman & Heritage (2002, "Questioning
# presidents", J. Communication 52(4)) on the "other-referencing" frames of indirect questions
# ("I wonder whether", "can you tell us"); the forms met in the NATO transcript.
_WH = r"(?:whether|if|what|when|where|which|who|whom|whose|why|how)"
INDIRECT_CUES: tuple[str, ...] = (
    rf"\bI\s+(?:was\s+|am\s+|'m\s+|’m\s+)?wonder(?:ing)?\s+{_WH}\b",
    rf"\b(?:my|the|one|another|a)\s+(?:\w+\s+)?question\s+(?:today\s+)?(?:is|was|would\s+be)\s*[,:]?\s*[\"“‘']?\s*"
    rf"(?:{_WH}|do|does|did|is|are|was|were|will|would|can|could|should|has|have)\b",
    rf"\bI(?:'d|’d|\s+would|\s+want|\s+wanted)\s+(?:like\s+)?to\s+(?:ask|know)\s+(?:you\s+)?{_WH}\b",
    r"\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:tell|explain|comment|say|give|update|clarify)\b",
    r"\bplease\s+(?:tell|explain|comment|give|clarify|update)\b",
    rf"\btell\s+us\s+(?:more\s+)?(?:{_WH}|about)\b",
    r"\bI(?:'m|’m|\s+am)\s+(?:curious|interested\s+to\s+(?:know|hear))\b",
    r"\b(?:any|your)\s+(?:comment|comments|reaction|response|thoughts|view|views)\s+on\b",
)
# Announcements of a question to come (Clayman & Heritage 2002 on question prefaces; the NATO
# transcript: "I wanted to ask about the ammunition.", "my second question is about ...").
PREFACE_CUES: tuple[str, ...] = (
    r"\b(?:my|the|one|another|a)\s+(?:\w+\s+)?question\s+(?:is\s+|was\s+)?(?:about|on|regarding|concerns)\b",
    r"\bI(?:'d|’d|\s+would|\s+want|\s+wanted)\s+(?:like\s+)?to\s+ask\s+(?:you\s+)?(?:about|on|regarding)\b",
    r"^(?:\W*\w+\W+){0,2}(?:a|one|two|three|four|several)\s+(?:quick\s+|short\s+)?"
    r"(?:questions?|issues|things|points)\s*:",
    r"\b(?:my|the)\s+(?:first|second|third|next|last|final|other)\s+question\s*[,:]",
    r"\b(?:a\s+)?(?:quick\s+|short\s+)?follow[\s-]?up\s+(?:on|to|about)\b",
)
# Thanks, greetings, apologies and forms of address: a sentence made only of these (and of a
# name) is courtesy. Compiled for presslib from the openings and closings of the NATO questions.
COURTESY_PHRASES: tuple[str, ...] = (
    r"thank(?:s|\s+you)(?:\s+(?:very|so)\s+much)?(?:\s+(?:for|to)(?:\s+(?:the|this|giving\s+me\s+the|"
    r"taking\s+my))?\s+(?:floor|question|questions|opportunity))?",
    r"(?:i'm|i’m|i\s+am)?\s*sorry(?:\s+to\s+be\s+a\s+pain)?", r"excuse\s+me",
    r"good\s+(?:morning|afternoon|evening)", r"hello", r"hi", r"ok(?:ay)?", r"please", r"yes",
    r"(?:mr\.?|madam|madame|mister)?\s*secretary[\s-]+general", r"(?:mr|mrs|ms|dr)\.",
    r"(?:prime\s+)?minister", r"president", r"sir", r"madam", r"again",
)
# Self-identification: "My name is X", "I'm X from Y", "This is X with Y" (NATO transcript).
SELF_ID_CUES: tuple[str, ...] = (
    r"\b(?i:my\s+name\s+is)\b",
    r"^(?:[^,]{0,40},\s*)?(?:I\s+am|I'm|I’m|[Tt]his\s+is)\s+[A-Z][\w’'-]+.*\b(?:from|with)\b",
)
#: Words of a minimal response: a sentence of these only asks nothing ("Yes?", "Okay.",
#: "Anyway, all right.", "Sorry?"). Written for presslib from the White House transcripts' "Q"
#: turns that hold no question.
#: ("So?", "Well?" and "Right?" press for an answer: they are not here.)
MINIMAL_WORDS = frozenset("yes yeah yep yup no nope okay ok alright sure anyway sorry pardon great "
                          "good fine oh um uh hmm huh".split())
_STAGE = re.compile(r"\s*[(\[][^()\[\]]{1,200}[)\]]\s*")  # "(Laughter.)", "[inaudible]"
#: Words a self-identification may hold in lower case ("X from News Agency of Ukraine").
LINKERS = frozenset("from of the and with for at de del der van von la le di da du y und et in".split())
_INTERROGATIVE = re.compile(
    r"^(?:(?:and|so|but|or|then|now|also|well)\W+)*"
    r"(?:what|when|where|which|who|whom|whose|why|how|is|are|was|were|do|does|did|will|would|can|"
    r"could|should|shall|may|might|have|has|had|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|"
    r"can't|couldn't|shouldn't)\b", re.I)
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"'“‘]")
_QUOTE_END = re.compile(r"\?[.!?…]*[\"'”’]+[)\]]*\s*$")
_ENDS_ASKING = re.compile(r"\?[.!?…]*[\"'”’)\]]*\s*$")  # the final run of . ! ? … holds a "?"


def _any(patterns, flags=re.I):
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


_INDIRECT = _any(INDIRECT_CUES)
_PREFACE = _any(PREFACE_CUES)
_SELF_ID = _any(SELF_ID_CUES, 0)
_COURTESY = re.compile(r"\b(?:" + "|".join(COURTESY_PHRASES) + r")\b", re.I)


def split_sentences(text: str) -> list[tuple[int, int, bool]]:
    """``(start, end, ends_with_question_mark)`` of each sentence, quotations kept whole.

    Starts are moved past leading white space. A sentence that ends inside a quotation and goes
    on in lower case (``He asked "why?" and left.``) is joined with what follows.

    >>> t = 'He asked "why?" and left. Fine..?'
    >>> [(t[s:e], q) for s, e, q in split_sentences(t)]
    [('He asked "why?" and left.', False), ('Fine..?', True)]
    """
    out: list[list] = []
    for start, end, question in sentence_spans(text):
        while start < end and text[start].isspace():
            start += 1
        first = WORD_RE.search(text, start, end)
        if out and text[out[-1][1] - 1] in "\"'”’" and first and text[first.start()].islower() \
                and not text[out[-1][1]:start].count("\n"):
            out[-1][1:] = [end, question]
        else:
            out.append([start, end, question])
    return [tuple(s) for s in out]


def is_reported_question(sentence: str) -> bool:
    """Is the sentence's ``?`` inside a quotation it reports, rather than the speaker's own?

    >>> is_reported_question('They keep asking "what is NATO for?"')
    True
    >>> is_reported_question('Is it true, as they ask, "what is NATO for?"')
    False
    """
    if not _QUOTE_END.search(sentence):
        return False
    opening = [m.start() for m in _OPEN_QUOTE.finditer(sentence)]
    return bool(opening) and opening[-1] > 0 and not _INTERROGATIVE.match(sentence.lstrip())


def is_minimal(sentence: str) -> bool:
    """Does ``sentence`` ask nothing, whatever its final mark: a minimal response or a stage
    direction alone?

    >>> [is_minimal(s) for s in ["Yes?", "Anyway, all right.", "(Laughter.)", "Why not?", "So?"]]
    [True, True, True, False, False]
    """
    if _STAGE.fullmatch(sentence):
        return True
    words = WORD_RE.findall(sentence.lower().replace("all right", "alright"))
    return bool(words) and all(w in MINIMAL_WORDS for w in words)


def _is_courtesy(sentence: str) -> bool:
    rest, found = _COURTESY.subn(" ", sentence)
    if not found:
        return False
    words = WORD_RE.findall(rest)
    return len(words) <= 2 and all(w[0].isupper() for w in words)


def _is_self_identification(sentence: str, names: frozenset[str]) -> bool:
    if _SELF_ID.search(sentence):
        return True
    words = WORD_RE.findall(sentence)
    if not words or len(words) > 12 or sentence.rstrip().endswith(("?", "!")):
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in LINKERS for w in words):
        return False
    # Capitalised words alone could be a heading ("Ukraine."): ask for a name, an outlet or "from".
    lower = {w.lower() for w in words}
    return not names or bool(lower & names) or "from" in lower or "," in sentence


def classify_sentence(sentence: str, *, names: frozenset[str] = frozenset()) -> str:
    """The part (see the module's docstring) of one sentence of a journalist's turn.

    ``names``: lower-cased words of the speaker's name and outlet, which help recognise a
    self-identification. A preface is returned as ``preface`` whether or not a question
    follows it (the question units decide what it is: :mod:`presslib.design.units`).

    >>> [classify_sentence(s) for s in ["Max Delany, AFP.", "Thank you very much.",
    ...  "I wonder if you agree.", "My question is about ships.", "Why..?", "It rained."]]
    ['self_identification', 'courtesy', 'indirect', 'preface', 'direct', 'context']
    """
    text = sentence.strip()
    if not WORD_RE.search(text):
        return "context"
    if is_minimal(text):
        return "courtesy"
    if _ENDS_ASKING.search(text) and not is_reported_question(text):
        return "direct"
    if _INDIRECT.search(text):
        return "indirect"
    if _PREFACE.search(text):
        return "preface"
    if _is_courtesy(text):
        return "courtesy"
    if _is_self_identification(text, names):
        return "self_identification"
    return "context"


def speaker_names(speaker, affiliation, outlet) -> frozenset[str]:
    """Lower-cased words of a journalist's name, outlet as printed, and outlet's registry names,
    without the linking words a name may hold (:data:`LINKERS`): what a self-identification is
    recognised by.

    >>> sorted(speaker_names("Ann Lee", "News Agency of Ukraine", None))
    ['agency', 'ann', 'lee', 'news', 'ukraine']
    """
    values = [speaker, affiliation]
    if isinstance(outlet, str) and outlet:
        ids = set(outlet.split(OUTLET_SEPARATOR))
        values += [key for key, id_ in alias_index().items() if id_ in ids]
    words = set()
    for value in values:
        if isinstance(value, str):
            words.update(w.lower() for w in WORD_RE.findall(value))
    return frozenset(words - LINKERS)
