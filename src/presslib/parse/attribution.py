"""Who asked, when the label does not say: names and outlets of anonymous journalists.

Some transcripts print every journalist as ``Q``, or as a numbered voice (``Speaker 4:``). Who
asked is often stated all the same, in the question ("Jeff Mason, Reuters. Mr. President...")
or in the call that gave the floor ("Reuters, Jeff Mason.", "we'll go to Judy Woodruff from
PBS", "Go ahead, Zeke."). :func:`attribute` recovers them, turn by turn, and says where each
came from (``source``): ``question`` (the turn's own text), ``call`` (the turn before it),
``exchange`` (a follow-up inherits its exchange's first question), ``same label`` (a numbered
voice named in another of its turns) or ``none``. Outlets count only when the outlet registry
knows them (or follow a titled name in a call: "Mr. Garrison, USA Today."), so that "Thank
you, Mr. President" is not read as a journalist's name and outlet.

For ``Q`` the recovered name becomes the turn's ``speaker`` (``Q`` when none is stated), and an
official's turn that ends by giving the floor ("Go ahead, Jeff.", "Yes, in the back.") tells
the parser that the next ``Q`` opens a new exchange; a bare "Yes." or "Yeah." agrees, it does
not give the floor. So does a principal's answer that ends by naming the next reporter ("Mr.
Garrison, USA Today."; :func:`person_called`): the turn stays an answer (a turn that does no
more than name them is a call), and the name is that
``Q``'s only, not its follow-ups' (which may be others' shouted questions), and no later turn
rewrites it: a follow-up that states another name ("Jim Acosta, CNN.") is a new asker. A ``Q`` after an
answer that does not give the floor is a follow-up by the same journalist when it is short or
starts as a follow-up does ("So ...", "What about ..."; :func:`follows_up`), else a new
question. These are rules of thumb, stated here so that a
reader can check them; which questions are follow-ups is, in the end, a reading.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..outlets import alias_index, outlet_key, resolve_outlets
from ..table import need_columns
from ..text import is_abbreviation, sentence_spans
from .names import TITLE_WORDS

# Jean-Pierre, O'Donnell, Barrón-López, Álvarez
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:['’][A-Z])?[a-zß-öø-ÿ'’]{1,30}+(?:-[A-ZÀ-ÖØ-Þa-zß-öø-ÿ][a-zß-öø-ÿ'’]{1,30}+)?"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}"
_OUTLET = r"[A-Z][\w.&'’\-]{0,30}+(?: (?:[A-Z][\w.&'’\-]{0,30}+|of|de|the)){0,6}"
_PATTERNS = [
    re.compile(rf"(?P<name>{_NAME}),? (?:from|with|of|at) (?:the )?(?P<outlet>{_OUTLET})"),
    re.compile(rf"(?P<name>{_NAME}), (?:the )?(?P<outlet>{_OUTLET})"),
    re.compile(rf"(?P<outlet>{_OUTLET}), (?P<name>{_NAME})\b"),
]
# A first name that gives the floor: "Go ahead, Zeke.", "Yes, April?", "Jeff, go ahead." The
# name is whole ("Go ahead, Za- — Zeke" names no "Za"). After "go ahead" it ends its clause
# ("Go ahead, Jacqui and then Franco.", "Go ahead, Phil —"); after "yes", "sure" and the like,
# which open many a sentence, it follows a comma and ends the sentence ("make sure Congress
# acts", "yes, Hamas —" and "yeah, Dodgers or Mets" call no one).
_FIRST = r"[A-Z][a-z]{1,30}+(?:-[A-Z][a-z]{1,30}+)?(?![\w'’-])"
_FIRST_NAME = re.compile(
    rf"(?:\b(?i:go ahead),? (?P<a>{_FIRST})(?=[^\S\n]*(?:[.?!,]|$| (?:—|-|and\b|\\?\[|\()))"
    rf"|\b(?i:yes|yeah|okay|ok|sure|please), (?P<c>{_FIRST})(?=[^\S\n]*(?:[.?!,]|$))"
    rf"|^(?P<b>{_FIRST})(?:,| —| -) (?i:go ahead))"
)
# "I'm Kelsey Snell", "It's Justin Sink", "Is Sheryl Stolberg, New York Times": the name after
_LEAD_IN = re.compile(r"^(?:I['’]m|It['’]s|Is) (?=\S)")
# Words that open a sentence, a call or a greeting and are no one's name ("Oh, go ahead.",
# "No, go ahead.", "Happy Fourth of July", "Next, CNN.", "Okay, Everyone.", "Hi, AP.")
_NOT_NAMES = frozenset("I We You The And So But Or Thank Thanks Mr Ms Mrs Sir Madam Go Yes Yeah Yep "
                       "No Nope Oh Okay Ok Sure Please Sorry Well Alright Right Um Uh All Give "
                       "To For From With At On In Of Our Your Over Back Now Then "
                       "God Happy Merry Good Welcome Congratulations Dear "
                       "Next Finally Last Lastly Great Everyone Everybody Hi Hello Hey".split())
# matched on the lower-cased sentence; a bare "yes." agrees, "yes?" or "yes, sir" calls
_FLOOR = re.compile(
    r"\b(?:go ahead|next question|first question|let'?s go to|we'?ll go to|we will go to|over to|"
    r"turn to|in the back|you'?re up|your line is open|hand (?:it )?(?:back )?to|pass (?:it )?to|"
    r"(?:like|want) to (?:invite|welcome|introduce|call (?:on|upon))|now call (?:on|upon)|"
    r"operator,? (?:can|could|would|will|please|next|we))\b"
    r"|^(?:yes|yeah|please|sure|okay)(?:[^\S\n]{0,3}\?|,[^\S\n]{0,3}\w)"
)
_FOLLOW_UP = re.compile(
    r"(?i:so|and|but|also|just to|just on|to follow|following up|follow-up|a follow|on that|"
    r"what about|how about|sorry|then|if I could just|can I just follow)\b")
_FOLLOW_UP_WORDS = 8
_ANNOUNCES = re.compile(r"\b(?i:I have a question|I would like to ask|I['’]d like to ask|I want to ask)\b")
_ANSWERED_WORDS = 40  # ... after an answer this long (not "Sure." or "Okay.", which let them go on)
_FOLLOW_UP_WORD = re.compile(r"(?i:\bfollow(?:[- ]?up|ing up)\b)")
_ANNOUNCE_HEAD = 200
_ASKS_BACK_WORDS = 25
_QUESTION_HEAD = 300
_TITLED = r"(?:Mr|Ms|Mrs|Miss|Dr)\."
# a sentence that only names who asks next: "Mr. Garrison, USA Today."; "Ms. — Ms. Lopez.";
# "Jennifer Jacobs, Bloomberg."; "Zeke, AP."; "Mr. Shimizu, please." (see person_called)
_PERSON_CALL = re.compile(
    rf"(?:{_TITLED}[^\S\n]{{0,3}}(?:—|–|--)[^\S\n]{{0,3}})?"
    rf"(?P<name>{_TITLED} {_NAME_WORD}(?: {_NAME_WORD})?|{_NAME}|{_NAME_WORD})"
    rf"(?:,? (?:(?:from|with|of|at) )?(?:the )?(?!(?i:please)\b)(?P<outlet>{_OUTLET}))?(?:,? (?i:please))?[.?!]?")
_BARE_NAME = re.compile(r"[A-Z][a-z'’\-]{1,30}+(?: [A-Z][a-z'’\-]{1,30}+)?\.?")  # "Laura." after a call
_LABEL_NAME = re.compile(r"^\s*(.*?)\s*:?\s*(?:\(\d[\d:]*\))?\s*$")
_CALL_TAIL = 200


class Attribution(NamedTuple):
    name: str  #: the journalist's name as stated ("" if not)
    outlet: str  #: the outlet as stated ("" if not)
    source: str  #: question, call, exchange, same label or none
    evidence: str  #: the words it was read from


_BY_LABEL = Attribution("", "", "label", "")  # a named journalist's turn
_UNNAMED = Attribution("", "", "", "")  # anyone else's
_NONE = Attribution("", "", "none", "")  # an anonymous journalist's, no name stated


@lru_cache(maxsize=8192)
def _outlet_at(words: str) -> str:
    """The longest leading run of ``words`` that the outlet registry knows ("" if none)."""
    index = alias_index()
    tokens = words.split()
    for n in range(min(len(tokens), 6), 0, -1):
        candidate = " ".join(tokens[:n]).rstrip(".,")
        if outlet_key(candidate) in index:
            return candidate
    return ""


_SELF = 4  # words at most of an unknown outlet in a self-introduction


# what may open the sentence of a self-introduction ("Yeah, Geoff Chambers from The Australian."),
# and is no name in a call ("Yeah, go ahead.")
_INTERJECTION = re.compile(
    r"(?:(?i:yeah|yep|yes|hi|hello|hey|okay|ok|sure|well|so|sorry|please|thanks|thank you)[,\s]{1,3}){1,3}")


def _introduced(text: str, m: re.Match) -> str:
    """The outlet of "Name from Outlet." when it is a sentence of its own, perhaps after an
    interjection ("Yeah, ..."; "" if not)."""
    before = text[:m.start()].rstrip()
    if before[-1:] not in ("", ".", "!", "?"):
        opening = re.split(r"[.!?]\s", before)[-1]
        if not _INTERJECTION.fullmatch(opening + " "):
            return ""
    words = m["outlet"].split()
    for n, word in enumerate(words[:_SELF], 1):
        if word.endswith("."):
            return " ".join(words[:n])[:-1]
    rest = text[m.end():].lstrip(" \t\xa0")
    if len(words) <= _SELF and (not rest or rest[0] in ".\n"):
        return " ".join(words)
    return ""


def stated(text: str) -> tuple[str, str, str]:
    """``(name, outlet, evidence)`` stated in ``text`` ("Jeff Mason, Reuters"); empties if none.

    The earliest match of the three shapes wins ("Name from Outlet", "Name, Outlet", "Outlet,
    Name"), and only with an outlet the registry knows, unless the journalist introduces
    themselves in a sentence of its own ("Chris Smyth from The Times.").

    >>> stated("Thank you, Karine. Jeff Mason, Reuters. Mr. President said...")[:2]
    ('Jeff Mason', 'Reuters')
    >>> stated("We'll go to Judy Woodruff from PBS.")[:2]
    ('Judy Woodruff', 'PBS')
    >>> stated("Thank you.  Chris Smyth from The Times.  Prime Minister, you...")[:2]
    ('Chris Smyth', 'The Times')
    >>> stated("Hi, Jen.  It’s Vanessa Tyler from the Black Information Network.")[:2]
    ('Vanessa Tyler', 'Black Information Network')
    >>> stated("Thank you, Mr. President.")
    ('', '', '')
    """
    if ", " not in text and " from " not in text and " with " not in text and " of " not in text \
            and " at " not in text:
        return "", "", ""  # every shape joins a name and an outlet with one of these
    best = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best[2]:
                break
            outlet = _outlet_at(m["outlet"])
            if not outlet and pattern is _PATTERNS[0]:
                outlet = _introduced(text, m)
            name = _LEAD_IN.sub("", m["name"])
            if outlet and name.split()[0] not in _NOT_NAMES:
                end_at = max(m.end("name"), m.start("outlet") + len(outlet))
                best = (name, outlet, m.start(), text[m.start():end_at])
                break
    if best:
        return best[0], best[1], best[3]
    return "", "", ""


def last_sentence(text: str) -> str:
    """The turn's last sentence (its last 200 characters at most)."""
    tail = text[-_CALL_TAIL:].strip()
    # it starts after the last sentence end that is not part of the tail's closing run ("..?")
    body = tail.rstrip(".?!…")
    cut = max(body.rfind("."), body.rfind("?"), body.rfind("!"), body.rfind("…"))
    return tail[cut + 1:].strip()


@lru_cache(maxsize=2048)  # (asked of one turn up to three times: by the roles, the calls, attribute)
def gives_floor(text: str) -> bool:
    """Does an official's turn end by giving the floor ("Go ahead, Jeff.", "Yes, in the back.")?

    >>> gives_floor("That's what we'll do. Go ahead, Zeke."), gives_floor("We will see.")
    (True, False)
    >>> gives_floor("Yeah."), gives_floor("Yes, ma'am.")
    (False, True)

    A bare name, or a word such as "Sorry." or "Yep.", after the call counts with the sentence
    before it:

    >>> gives_floor("The next question from the PBS NewsHour.  Laura.")
    True
    >>> gives_floor("Go ahead.  Sorry."), gives_floor("We will see.  Yep.")
    (True, False)
    """
    last = last_sentence(text)
    if _calls(last):
        return True
    if _BARE_NAME.fullmatch(last):
        before = text.rstrip()[:-len(last)].rstrip()
        if before.endswith(".") and is_abbreviation(before, len(before) - 1):
            return False  # "... over to Dr. Fauci.": a colleague's name, not a call
        return bool(before) and _calls(last_sentence(before))
    return False


def _calls(sentence: str) -> bool:
    return bool(_FLOOR.search(sentence.lower()) or (sentence and _outlet_at(sentence) == sentence.rstrip(".?!"))
                or _called_name(sentence) or stated(sentence)[0])


def person_called(text: str, *, others: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """``(name, outlet, evidence)`` when an official's turn ends by naming who asks next, in a
    sentence that is nothing but the name, perhaps with the outlet ("... Thank you.  Mr.
    Garrison, USA Today."; "Zeke, AP."), or after a sentence that is only the outlet ("PBS.  Ms.
    — Ms. Lopez."), or a first name after a sentence that states the name in full ("... from
    Nandita Bose from Reuters.  Nandita."); empties if not. A titled name ("Mr.", "Ms.", "Dr.")
    takes its outlet as printed; any other counts only with an outlet the registry knows
    (alone, "Federal Reserve." and "North Korea?" are as name-shaped as "Seung Min."). No name
    may hold an office's word ("Mr. President") or be one of ``others`` (the names of the labels
    that name someone, from :func:`label_names`: "Dr. Fauci?" hands over to a colleague who
    speaks under the label DR. FAUCI; "Ms. Lee" is not PRIME MINISTER LEE).

    Unlike :func:`gives_floor`, this does not make an answer a call: a principal who ends an
    answer by naming the next reporter has answered (a turn that only names them, "Zeke, AP.",
    is a call all the same).

    >>> person_called("That's where we are.  Thank you.  Mr. Garrison, USA Today.")[:2]
    ('Mr. Garrison', 'USA Today')
    >>> person_called("Okay.  PBS.  Ms. — Ms. Lopez.")[:2]
    ('Ms. Lopez', 'PBS')
    >>> person_called("It will pass.  Thank you, Mr. President."), person_called("Mr. President.")
    (('', '', ''), ('', '', ''))
    >>> person_called("We'll see.  Next, CNN.")  # the floor to an outlet, no one named
    ('', 'CNN', 'Next, CNN.')
    """
    tail = text[-_CALL_TAIL:]
    spans = sentence_spans(tail)
    if not spans:
        return "", "", ""
    last = tail[spans[-1][0]:spans[-1][1]].strip()
    m = _PERSON_CALL.fullmatch(last)
    if not m:
        return "", "", ""
    if len(spans) > 1 and m["name"] == last.rstrip(".?!"):  # "Nandita Bose from Reuters.  Nandita."
        before = tail[spans[-2][0]:spans[-2][1]].strip()
        name, outlet, evidence = stated(before)
        if name.split(" ")[0] == m["name"] and before.endswith((".", "?")):
            return name, outlet, _last_two(tail, spans)
    name, printed = m["name"], (m["outlet"] or "").rstrip(".")
    if printed in _NOT_NAMES:  # "Ms. Psaki, Thanks.": a courtesy, no outlet ("Ms. Lopez, Please." is a call)
        return "", "", ""
    titled = bool(re.match(_TITLED, name))
    words = name.split()[1:] if titled else name.split()
    registry = bool(printed) and _outlet_at(printed) == printed
    if _no_name(words[0]) or any(w.lower() in TITLE_WORDS for w in words) or _label_key(name) in others:
        # no one named; "Next, CNN." still gives the floor to the outlet
        return ("", printed, last) if registry and not titled else ("", "", "")
    if not titled and not registry:
        return "", "", ""
    outlet = printed
    evidence = last
    if not printed and len(spans) > 1:  # "PBS.  Ms. Lopez."
        before = tail[spans[-2][0]:spans[-2][1]].strip()
        if before.endswith(".") and _outlet_at(before) == before[:-1]:
            outlet, evidence = before[:-1], _last_two(tail, spans)
    return name, outlet, evidence


def _last_two(tail: str, spans) -> str:
    """The last two sentences of ``tail`` as printed, the space between them included (so
    that evidence is a piece of the turn's text)."""
    return tail[spans[-2][0]:spans[-1][1]].strip()


def _fuller(name: str, before: Attribution) -> bool:
    """Does a name the asker states now say more than what was known of them ("Laura" from
    the call, "Laura Barrón-López" now)?"""
    if before.source in ("none", ""):
        return True
    return bool(name) and len(name) > len(before.name) and name.startswith(before.name.split(" ")[0])


def _same_person(name: str, called: str) -> bool:
    """Can a name an asker states be the one a call gave ("Tom Garrison" after "Mr.
    Garrison"; "Zeke Miller" after "Zeke")? A first or last word must be the call's."""
    words = set(re.sub(_TITLED, "", called).split())
    parts = name.split()
    return bool(parts) and (parts[0] in words or parts[-1] in words)


def _asks_back(text: str) -> bool:
    """Does an answerer's turn ask the journalist something: does it end with a question, or
    is it short and hold one ("What's the last part of your question?  I'm sorry.")?"""
    text = text.rstrip()
    return text.endswith("?") or ("?" in text and len(text.split()) <= _ASKS_BACK_WORDS)


def announces_question(text: str) -> bool:
    """Does a turn open by announcing a question ("... and so I have a question for both
    leaders", "I would like to ask ..."), as one who has just been given the floor does, rather
    than pursue a point (a "follow-up question" is no announcement; "my question is" often
    restates one)?

    >>> announces_question("Syria has been mentioned, and so I have a question for both leaders. What ...")
    True
    >>> announces_question("I have a follow-up question on that.")
    False
    >>> announces_question("I’d like to ask about the following weeks.")  # curly, and no follow-up
    True
    """
    head = text[:_ANNOUNCE_HEAD]
    return bool(_ANNOUNCES.search(head)) and not _FOLLOW_UP_WORD.search(head)


def follows_up(text: str) -> bool:
    """Does an anonymous journalist's turn pursue the answer before it, rather than ask anew: is
    it short (eight words at most: "What's a realistic timeframe?") or does it start as a
    follow-up does ("So ...", "And ...", "What about ...")? A rule of thumb, no more.

    >>> follows_up("So less comfortable than Christmas Island?")
    True
    >>> follows_up("How did you choose those particular men to go first to Nauru?")
    False
    """
    return len(text.split()) <= _FOLLOW_UP_WORDS or bool(_FOLLOW_UP.match(text))


def _called_name(sentence: str) -> str:
    """The first name a call gives the floor to ("Go ahead, Jeff."; "Jeff, go ahead."), but not
    an interjection ("Yeah, go ahead.")."""
    m = _FIRST_NAME.search(sentence)
    name = (m["a"] or m["b"] or m["c"]) if m else ""
    return "" if _no_name(name) else name


def _no_name(word: str) -> bool:
    """Is the first word of what a call gives the floor to no one's name: a word that opens a
    sentence or a greeting ("Next, CNN.", "Okay, Everyone.") or an office's ("Yes, Senator.")?"""
    return word in _NOT_NAMES or word.lower() in TITLE_WORDS


def label_names(names, collective, anonymous) -> frozenset[str]:
    """The names of the labels that name someone (not "Q", not "Speaker 4"), each whole, as
    :func:`_label_key` writes it: no call names them, they have labels of their own
    (``others`` of :func:`person_called`)."""
    keys = {_label_key(name) for name, coll, anon in zip(names, collective, anonymous) if not (coll or anon)}
    # ... and an honorific with the surname ("DR. ANTHONY FAUCI" is the "Dr. Fauci" called)
    return frozenset(keys | {f"{k.split()[0]} {k.split()[-1]}" for k in keys if re.match(_TITLED, k, re.I)})


def _label_key(name: str) -> str:
    """A name lower-cased, without office words but with its honorific ("DR. FAUCI" and
    "Dr. Fauci" -> "dr. fauci"; "PRIME MINISTER LEE" -> "lee", which "Ms. Lee" is not)."""
    return " ".join(w for w in name.lower().split() if w not in TITLE_WORDS)


def attribute(names, roles, texts, *, collective, anonymous) -> tuple[list[Attribution], list[str]]:
    """Attributions of one transcript's turns, and a per-turn id of who asks, for the sequence.

    ``names`` are the labels' person parts ("Q", "Speaker 4"); ``collective[i]`` marks a label
    that stands for every journalist ("Q"), ``anonymous[i]`` one that stands for one unnamed
    person ("Speaker 4"). Other journalists' turns get ``source`` "label".
    The ids: a ``Q`` after a moderator, after an official's turn that gives the floor, or
    after a principal's turn that names the next asker (:func:`person_called`) opens a new id
    (``"Q#3"``), and so does a ``Q`` that states a name other than the one that call gave;
    otherwise a ``Q`` keeps the previous ``Q``'s id (a follow-up) unless it is long and asks
    anew after an answer (see the module's rules).
    """
    n = min(len(names), len(roles), len(texts))  # as zip(names, roles, texts)
    out = [_BY_LABEL if role == "journalist" else _UNNAMED for role in roles[:n]]
    ids = [""] * n
    asker, n_askers, current, asked = "", 0, None, False
    called_turn, called_name = -1, ""  # the current asker's first turn, when a call named it
    by_label: dict[str, Attribution] = {}
    labelled = label_names(names[:n], collective, anonymous)
    for i in range(n):
        if not (collective[i] or anonymous[i]):
            continue
        label, text = names[i], texts[i]
        prev_text = texts[i - 1] if i else ""
        prev_role = roles[i - 1] if i else ""
        name, outlet, evidence = stated(text[:_QUESTION_HEAD])
        source = "question" if (name or outlet) else ""
        new = True
        handed = person_called(prev_text, others=labelled) if prev_role not in ("journalist", "") \
            else ("", "", "")
        if collective[i]:
            called = not asker or prev_role == "moderator" or (
                prev_role not in ("journalist", "") and (gives_floor(prev_text) or any(handed[:2])))
            # a long question after an answer is someone else's, unless the asker before has
            # not asked yet ("Thank you, Mr. President." / a quip from the podium / the question)
            # ... or when the answerer has just asked them something ("What's the last part of
            # your question?"): the reply is theirs
            new = called or (prev_role != "journalist" and not follows_up(text)
                             and (asked or (announces_question(text) and len(prev_text.split()) >= _ANSWERED_WORDS))
                             and not _asks_back(prev_text))
        named_here = False  # a name that holds for this turn only
        if not source and new and i and prev_role != "journalist":  # a follow-up's call is not read
            call = last_sentence(prev_text)
            name, outlet, evidence = stated(call)
            if not (name or outlet):
                name, outlet, evidence = handed
                named_here = bool(name)
            if not (name or outlet):
                outlet = _outlet_at(call)
                name, outlet = _called_name(call), outlet if outlet == call.rstrip(".?!") else ""
                evidence = call if (name or outlet) else ""
            source = "call" if (name or outlet) else ""
        known = called_name or (current.name if current is not None else "")
        if collective[i] and not new and source == "question" and known and not _same_person(name, known):
            new = True  # "Jim Acosta, CNN." after Mr. Garrison was called, or Jeff asked: someone else asks
        if collective[i]:
            if new:
                n_askers += 1
                asker = f"Q#{n_askers}"
                # (a name read from "Mr. Garrison." is the called turn's; the turns read as
                # their follow-ups may be others' shouted questions, so they do not inherit it)
                current = _NONE if named_here else Attribution(name, outlet, source or "none", evidence)
                called_turn, called_name = (i, name) if named_here else (-1, "")
                asked = False
            elif not source and current is not None:
                name, outlet, evidence = current.name, current.outlet, current.evidence
                source = "exchange" if (name or outlet) else ""
            elif source == "question" and current is not None and _fuller(name, current):
                # the asker names themselves only now: their earlier turns are theirs too
                current = Attribution(name, outlet, "question", evidence)
                for j in range(i):
                    if ids[j] == asker and j != called_turn:  # (the call's name stays)
                        out[j] = Attribution(name, outlet, "exchange", evidence)
            asked = asked or "?" in text
            ids[i] = asker
        else:
            key = label
            if not source and key in by_label:
                name, outlet, evidence = by_label[key][:2] + (by_label[key].evidence,)
                source = "same label"
            if source in ("question", "call"):
                by_label.setdefault(key, Attribution(name, outlet, source, evidence))
            ids[i] = label
        out[i] = Attribution(name, outlet, source or "none", evidence)
    return out, ids


def attribution_table(turns: pd.DataFrame) -> pd.DataFrame:
    """Journalists' turns with the name and outlet stated for them, and where each came from.

    One row per journalist turn: ``doc_id``, ``turn``, ``label``, ``speaker``, ``name`` and
    ``outlet_printed`` as stated, ``outlet`` (registry ids), ``source`` (``label`` for a named
    label; else ``question``, ``call``, ``exchange``, ``same label`` or ``none``), ``evidence``.
    Labels are anonymous when a bundled convention says so ("Q", "Speaker 4") and the turn is
    a journalist's: a room label's turn that only asks to hear something again, which the parse
    made role ``other`` (:func:`~presslib.parse.people.room_repairs`), is not. Joins back to
    the turns table on ``doc_id`` and ``turn``.
    """
    from .conventions import conventions

    need_columns(turns, ("doc_id", "turn", "label", "role", "text", "speaker", "affiliation"),
                 what="the turns table")
    convs = list(conventions().values())
    rows = []
    for doc_id, doc in turns.groupby("doc_id", sort=False):
        names = [_LABEL_NAME.match(str(lab).replace("**", "")).group(1) for lab in doc["label"]]
        roles, texts = doc["role"].tolist(), doc["text"].tolist()
        coll = [role == "journalist" and any(c.matches("collective_journalist", n) for c in convs)
                for n, role in zip(names, roles)]
        anon = [any(c.matches("anonymous_journalist", n) for c in convs) for n in names]
        found, _ = attribute(names, roles, texts, collective=coll, anonymous=anon)
        for row, a in zip(doc.itertuples(index=False), found):
            if row.role != "journalist":
                continue
            printed = a.outlet if a.source != "label" else row.affiliation
            ids = "|".join(resolve_outlets(printed)) if printed else None
            rows.append((doc_id, row.turn, row.label, row.speaker, a.name, printed or "", ids,
                         a.source, a.evidence))
    cols = ["doc_id", "turn", "label", "speaker", "name", "outlet_printed", "outlet", "source", "evidence"]
    return pd.DataFrame(rows, columns=cols)
