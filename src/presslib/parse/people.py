"""Step 6 of parsing: who each turn's speaker is (one spelling per person) and their role.

Roles come from three sources, the first that speaks deciding:

1. **What the labels and the convention say.** A label standing for journalists ("Q",
   "QUESTION", "Speaker 4"), the ``Name, Outlet`` shape and an analyst's ``Name -- Firm --
   Analyst`` are journalists; a moderator's title ("Spokesperson", "Moderator", "Operator")
   or a convention's ``moderator`` pattern makes a moderator; a convention's ``principal`` and
   ``journalist`` patterns say who answers and who asks.
2. **The header.** Who the event is by is a principal; a label that names them by full name,
   by surname ("MS. JEAN-PIERRE") or by office ("THE PRESIDENT") is the same person. A joint
   press conference names several.
3. **Behaviour**, for the people neither says anything about:
   - who mostly asks (at least half their turns hold a question, and their turns are short
     beside the answers), and did not open the event with a statement of 100 words or more
     before anyone asked, is a journalist: a named reporter, an analyst, a committee member
     (a request to hear something again, "Can you re-ask?", is no question: :mod:`presslib.repairs`);
   - who mostly gives the floor (short turns, most followed by a journalist) is the moderator;
   - who only hands over at the start ("I'll turn the call over to Satya") or only closes
     ("That's all we've got time for") moderates;
   - those the moderator calls on by name ("Greg.") ask;
   - who answers journalists is a principal: the one who speaks most in answers, anyone whose
     answers reach a quarter of theirs or who answers twice, or answers once at length when
     handed the floor by name (several principals are normal), and anyone who makes a
     statement of 100 words or more before the questions;
   - anyone else whose turns are mostly answered by a principal at length asks;
   - anyone else is ``other``.

Where no principal is found any other way, the official who speaks most is it.

A role is a person's, for all their turns, with one exception turn by turn: under a room label
that stands for anyone present ("PARTICIPANT", "Audience member"), a turn that only asks to
hear something again is a bystander's, role ``other``, whatever the label's role
(:func:`room_repairs`; the parser applies it).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..repairs import only_repairs
from .conventions import ROOM_LABELS, Convention
from .header import Header
from .attribution import gives_floor, last_sentence
from .labels import Hit
from .names import ABBREVIATED_OFFICES, EXECUTIVE_WORDS, Label, bare_name, edit_distance, name_key, organisation, parse_label

_MODERATOR_TURN_WORDS = 40  # a turn that gives the floor is this short
_ANSWER_SHARE = 0.25  # a second principal answers at least this share of the first's words
_STATEMENT_WORDS = 100  # a statement before the questions this long makes a principal
_ANSWER_WORDS = 50  # ... and so does one answer this long
_QUESTION_WORDS = 250  # a journalist's turns are no longer than this on average
_AFTER_QUESTION_WORDS = 40  # a question followed by more than this is not what the turn does
_ASKING_WORDS = 15  # ... and one that asks without a question mark at least this long
_CLOSING = re.compile(
    r"(?i:that'?s all (?:we'?ve got|we have) time for|(?:that|this) (?:concludes|ends)|no (?:more|further) questions|"
    r"thank you (?:all|everyone|everybody|very much,? everyone)[.!]?\s*$)")
_DASHED = re.compile(r"--|–|—")
_ROOM_LABEL = re.compile(rf"^(?:{ROOM_LABELS})$")
_FLOOR_START = re.compile(r"\b(?:next|first|last|final) question\b|\bwe will now (?:move|go)\b")


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str
    affiliation: str


def make_label(hit: Hit, conv: Convention) -> Label:
    """The :class:`Label` of a label under ``conv``."""
    if conv.matches("collective_journalist", hit.name) or conv.matches("anonymous_journalist", hit.name):
        return Label(hit.printed, hit.name, "", "", is_journalist=True)
    if conv.label_re is None or _DASHED.search(hit.printed):  # ("Name -- Firm -- Analyst": all of it)
        return parse_label(hit.printed)
    lab = parse_label(hit.printed, hit.name)
    if conv.names != "title-case" and lab.name != hit.name and not lab.title and "," not in hit.name:
        return Label(hit.printed, hit.name, lab.title, lab.affiliation, lab.is_journalist)
    return lab


class People:
    """Canonical names and roles of a transcript's speakers."""

    def __init__(self, header: Header, conv: Convention, *, header_words: frozenset[str] = frozenset()):
        self.header = header
        self.conv = conv
        self.header_words = header_words  # the words of the header's lines, case-folded
        self.name: dict[str, str] = {}  # person key -> name as first spelled
        self.role: dict[str, str] = {}
        self.org: dict[str, str] = {}
        self.alias: dict[str, str] = {}  # a label's name key -> the person's key
        self.principals: list[str] = []
        self.collective: set[str] = set()
        self.offices: dict[str, str] = {}  # an office as a label prints it -> who holds it
        self.officials: set[str] = set()  # people whose label gives an executive office
        for title, person in ((header.principal_title, header.principal), *header.others):
            if person:
                key = name_key(person)
                self.principals.append(key)
                self.name.setdefault(key, person)
                self.org.setdefault(key, organisation(title) or header.organisation)
                self.role[key] = "principal"

    # -- who a label names
    def key(self, lab: Label) -> str:
        key = name_key(lab.name)
        return self.alias.get(key, key)

    def _principal_named(self, lab: Label) -> str | None:
        """The header's principal that ``lab`` names by full name, surname or office, if any."""
        if lab.is_journalist:
            return None
        bare = name_key(bare_name(lab.name))
        bare = ABBREVIATED_OFFICES.get(bare.upper(), bare)  # "PM" is the Prime Minister
        office_only = name_key(lab.name) == name_key(lab.title) or not lab.name or bare != name_key(bare_name(lab.name))
        titles = [self.header.principal_title, *(t for t, _ in self.header.others)]
        for key, title in zip(self.principals, titles):
            surname = key.split()[-1] if key.split() else ""
            office = name_key(title).split()
            if bare == key or (" " not in bare and bare == surname):
                return key
            if office and (office_only or not lab.title) and bare in (" ".join(office), office[-1]):
                return key  # "THE PRESIDENT" for "President Biden"
        return None

    def add(self, lab: Label) -> None:
        key = name_key(lab.name)
        principal = self._principal_named(lab)
        if principal and key != principal:
            self.alias[key] = principal
            key = principal
        if lab.title and name_key(lab.title) != key and not lab.is_journalist:
            self.offices.setdefault(name_key(lab.title), key)  # "Name, Title": who holds the office
        self.name.setdefault(key, " ".join(lab.name.split()))
        if not lab.is_journalist and lab.affiliation:
            self.org.setdefault(key, lab.affiliation)
        conv = self.conv
        collective = conv.matches("collective_journalist", lab.name)
        if collective:
            self.collective.add(key)
        if key in self.principals:
            role = "principal"
        elif lab.is_journalist or collective or conv.matches("anonymous_journalist", lab.name) \
                or conv.matches("journalist", lab.name):
            role = "journalist"
        elif lab.is_moderator or conv.matches("moderator", lab.name):
            role = "moderator"
        elif conv.matches("other", lab.name) or "interpreter" in name_key(lab.title):
            role = "other"
        elif conv.matches("principal", lab.name):
            role = "principal"
        else:
            role = None  # decided by behaviour
        if role and self.role.get(key) is None:
            self.role[key] = role
        if lab.title and set(lab.title.lower().split()) & EXECUTIVE_WORDS:
            self.officials.add(key)  # an office that answers: no journalist, whatever it asks

    def merge_spellings(self, labels: dict[str, Label], counts: Counter) -> None:
        """One person under several labels: a label that prints only an office another label
        gives a person ("PRIME MINISTER OF NEW ZEALAND" after "JACINDA ARDERN MP, PRIME MINISTER
        OF NEW ZEALAND"); a one-word name that is the surname of exactly one other person
        ("BOWEN" after "CHRIS BOWEN"); a name one letter off another's, both of six letters or
        more ("ZELENSKKY", "ZELENSKYY")."""
        for lab in labels.values():
            key = name_key(lab.name)
            whole = name_key(f"{lab.title} {lab.name}" if lab.title and lab.name != lab.title else lab.name)
            holder = self.offices.get(whole) or self.offices.get(name_key(lab.name))
            if holder and holder != self.alias.get(key, key) and key not in self.collective:
                self._merge(key, holder)
        people = [k for k in self.name if k not in self.alias and k not in self.collective]
        by_surname = defaultdict(list)
        for k in people:
            words = k.split()
            if len(words) > 1:
                by_surname[words[-1]].append(k)
        for k in people:
            if " " not in k and len(by_surname.get(k, [])) == 1:
                self._merge(*_by_turns(k, by_surname[k][0], counts))
        people = [k for k in self.name if k not in self.alias and k not in self.collective]
        for i, a in enumerate(people):
            for b in people[i + 1:]:
                if _misspelt(a, b):
                    self._merge(*_by_turns(a, b, counts))

    def _merge(self, key: str, into: str) -> None:
        """Make ``key``'s person ``into``'s, keeping the first known role."""
        into = self.alias.get(into, into)
        if key == into:
            return
        if key in self.principals and into not in self.principals:
            key, into = into, key
        self._join(key, into)

    def _join(self, key: str, into: str) -> None:
        self.alias[key] = into
        for k, v in self.alias.items():
            if v == key:
                self.alias[k] = into
        if self.role.get(key) and not self.role.get(into):
            self.role[into] = self.role[key]

    # -- behaviour
    def settle(self, keys: list[str | None], texts: list[str], sizes: list[int]) -> None:
        """Give roles to the people whose labels and the header say nothing (see the module)."""
        keys = [self.alias.get(k, k) if k else k for k in keys]
        undecided = [k for k in dict.fromkeys(keys) if k and not self.role.get(k)]
        if undecided:
            self._by_behaviour(keys, texts, sizes, undecided)
        undecided = [k for k in undecided if not self.role.get(k)]
        if not any(r == "principal" for r in self.role.values()):
            spoken = Counter()
            for key, size in zip(keys, sizes):
                if key and self.role.get(key) in ("other", None):
                    spoken[key] += size
            if spoken:
                self.role[spoken.most_common(1)[0][0]] = "principal"
        for key in self.name:
            if not self.role.get(key):
                self.role[key] = "other"
        org = next((self.org.get(k) for k in self.principals if self.org.get(k)), "") or self.header.organisation
        for key, role in self.role.items():  # officials without an organisation of their own
            if role in ("principal", "moderator") and not self.org.get(key):
                self.org[key] = org

    def _by_behaviour(self, keys, texts, sizes, undecided) -> None:
        """Roles for the ``undecided`` people from what their turns do (see the module), in
        rounds: who asks; who gives the floor; who is called on by the moderator; who answers."""
        n = len(keys)
        turns, words, asks, hands = Counter(), Counter(), Counter(), Counter()
        closing = [bool(_CLOSING.search(t[-200:])) for t in texts]
        asks_at = [_asks(t) for t in texts]
        for i, key in enumerate(keys):
            if key:
                turns[key] += 1
                words[key] += sizes[i]
                asks[key] += asks_at[i]
                if key in undecided and (_hands_over(texts[i]) or closing[i]):
                    hands[key] += 1  # what they say gives the floor, or closes the event
        mean = {k: words[k] / turns[k] for k in turns}
        share = {k: asks[k] / turns[k] for k in turns}
        role = self.role.get
        # 1. who asks: most of their turns ask, or many do and they are brief beside those who
        #    seldom ask; and they do not mostly give the floor
        brief = max((mean[k] for k in turns if share[k] < 0.3), default=0)
        # who speaks most of those not known to ask: someone must answer
        answerer = max((k for k in turns if role(k) not in ("journalist", "moderator")),
                       key=lambda k: words[k], default=None) if not any(
            r == "principal" for r in self.role.values()) else None
        # (one who opens the event with a statement before anyone asks is no journalist, though
        # their later turns hand over with a question: "Dr. Walensky?", "Kevin?")
        first_ask = next((i for i in range(n) if asks_at[i]), n)
        opened = Counter()
        for i in range(first_ask):
            opened[keys[i]] += sizes[i]
        for key in undecided:
            if key in self.officials or key == answerer or opened[key] >= _STATEMENT_WORDS:
                continue
            if hands[key] * 2 < turns[key] and mean[key] <= _QUESTION_WORDS and \
                    (share[key] >= 0.5 or (share[key] >= 0.4 and mean[key] <= 0.5 * brief)):
                self.role[key] = "journalist"
        # 2. who gives the floor: short turns before a journalist's, or words that give it
        asking = {k for k in turns if role(k) == "journalist"}
        floor = Counter()
        gives = [False] * n  # turns that give the floor or close: no answers
        for i, key in enumerate(keys):
            if key in undecided and not role(key):
                # (a short turn between two journalists' is an answer, not a call)
                short_call = i + 1 < n and keys[i + 1] in asking and sizes[i] <= _MODERATOR_TURN_WORDS \
                    and not (i and keys[i - 1] in asking)
                gives[i] = bool(short_call or _hands_over(texts[i]) or closing[i])
                floor[key] += gives[i]
        answered, answers, statement = self._answers(keys, sizes, asking, gives, texts)
        top = max(answered.values(), default=0)
        for key in undecided:
            if not role(key) and answered[key] < _ANSWER_SHARE * top and floor[key] * 2 >= turns[key] \
                    and (floor[key] >= 2 or (turns[key] == 1 and hands[key] and not answers[key])):
                self.role[key] = "moderator"  # gives the floor (or only hands over, or closes)
        # 3. who is called on by name ("Greg.", "... from Keith Weiss with Morgan Stanley")
        called = Counter()
        for i, key in enumerate(keys):
            if key in undecided and not role(key) and i and keys[i - 1] != key \
                    and role(keys[i - 1]) in ("moderator", "principal"):
                call = last_sentence(texts[i - 1]) if role(keys[i - 1]) == "principal" else texts[i - 1]
                called[key] += any(w in call for w in _name_words(self.name.get(key, key)))
        for key in undecided:
            if not role(key) and key not in self.officials and called[key] * 2 >= turns[key] \
                    and answered[key] < _ANSWER_SHARE * top \
                    and mean[key] <= _QUESTION_WORDS and not statement[key]:
                self.role[key] = "journalist"
        # 4. who answers, or makes a statement before the questions
        asking = {k for k in turns if role(k) == "journalist"}
        if not asking and not any(statement.values()):
            return  # no one asks: answers cannot be told
        answered, answers, statement = self._answers(keys, sizes, asking, gives, texts)
        top = max(answered.values(), default=0)
        for key in undecided:
            if not role(key) and ((top and (answered[key] >= _ANSWER_SHARE * top or answers[key] >= 2))
                                  or statement[key] >= _STATEMENT_WORDS):
                self.role[key] = "principal"
        # ... or answers once at length, as an official, when a principal hands them the floor,
        # or after a question the moderator reads out (only officials answer those)
        principals = {k for k in turns if role(k) == "principal"}
        handed = Counter(k for i, k in enumerate(keys) if k in undecided and i and (
            (keys[i - 1] in principals
             and any(w in last_sentence(texts[i - 1]) for w in _name_words(self.name.get(k, k))))
            or (role(keys[i - 1]) == "moderator" and "?" in texts[i - 1])))
        for key in undecided:
            if not role(key) and answers[key] and answered[key] >= _ANSWER_WORDS and \
                    (handed[key] or key in self.officials or self._introduced(key, keys, texts)):
                self.role[key] = "principal"
        # 5. who else speaks to be answered: most of their turns are followed by a principal's
        #    answer, at least twice as long (a reporter who asks without a question mark)
        principals = {k for k in turns if role(k) == "principal"}
        answered_by = Counter(k for i, k in enumerate(keys[:-1]) if k in undecided and not role(k)
                              and sizes[i] >= _ASKING_WORDS and keys[i + 1] in principals
                              and sizes[i + 1] >= 2 * sizes[i])
        for key in undecided:
            if not role(key):
                self.role[key] = "journalist" if answered_by[key] * 2 > turns[key] and \
                    key not in self.officials and mean[key] <= _QUESTION_WORDS else "other"

    def _introduced(self, key: str, keys, texts) -> bool:
        """Is this person named in the header or before the first question ("On the call with
        me are Satya Nadella, ..."): an official, where reporters seldom are?"""
        words = _name_words(self.name.get(key, key))
        before = [t for k, t in zip(keys, texts) if self.role.get(k) != "journalist"][:3]
        said = " ".join([self.header.title, *before])[:20_000]
        return any(w in said for w in words) or any(w.casefold() in self.header_words for w in words)

    def _answers(self, keys, sizes, asking, gives, texts):
        """Words and turns of each official after a question (until the next one; several
        may answer it), and their words before the first question."""
        answered, answers, statement = Counter(), Counter(), Counter()
        asked = False
        for i, key in enumerate(keys):
            if key in asking or (self.role.get(key) == "moderator" and "?" in texts[i]):
                asked = True  # (a moderator may read out a question sent in)
            elif key and self.role.get(key) not in ("journalist", "moderator"):
                if asked and not gives[i]:
                    answered[key] += sizes[i]
                    answers[key] += 1
                elif not asked:
                    statement[key] += sizes[i]
        return answered, answers, statement

    def of(self, key: str | None) -> Person:
        """The person behind a label's name key (``None``: the unlabeled opening statement)."""
        if key is None:
            key = self.principals[0] if self.principals else None
            if key is None:
                return Person("", "", "other", "")
        key = self.alias.get(key, key)
        return Person(key, self.name.get(key, key), self.role.get(key, "other"), self.org.get(key, ""))


def room_repairs(names: list[str], texts: list[str]) -> list[bool]:
    """Which turns are someone in the room, under a label that stands for anyone present
    ("PARTICIPANT", "AUDIENCE MEMBER"), asking only to hear something again ("The translator
    didn't hear you.  Can you re-ask?"): a bystander's turn, as an interpreter's is, not a
    journalist's question. (A ``Q`` who asks the same stays a journalist: the label says so.)

    >>> room_repairs(["PARTICIPANT", "PARTICIPANT", "Q"], ["Can you re-ask?", "Why now?", "Can you re-ask?"])
    [True, False, False]
    """
    return [bool(_ROOM_LABEL.match(name)) and only_repairs(text) for name, text in zip(names, texts)]


def _misspelt(a: str, b: str) -> bool:
    """Is one name a misspelling of the other: as many words, all the same but one, and that
    one a single edit away (a swap of neighbours counts as one) in a word of three letters or
    more ("ban broadbent", "ben broadbent"; "zelenskky", "zelenskyy")? Numbered voices
    ("speaker 1", "speaker 2") are different people."""
    words_a, words_b = a.split(), b.split()
    if any(c.isdigit() for c in a + b):
        return False
    if len(words_a) == 1 and len(words_b) > 1:  # "buttitgieg" and "pete buttigieg"
        words_b = words_b[-1:]
    elif len(words_b) == 1 and len(words_a) > 1:
        words_a = words_a[-1:]
    if len(words_a) != len(words_b):
        return False
    differ = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= 3 and edit_distance(x, y, limit=1) <= 1


def _by_turns(a: str, b: str, counts: Counter) -> tuple[str, str]:
    """``(rarer, commoner)`` of two spellings: the commoner names the person."""
    return (a, b) if counts[a] < counts[b] else (b, a)


def _name_words(name: str) -> list[str]:
    """The words of a name that a call may use ("Greg", "Robb")."""
    return [w for w in bare_name(name).split() if len(w) >= 3 and w[0].isupper()]


def _asks(text: str) -> bool:
    """Does a turn ask a question: is there a question mark in its last 300 characters, with
    at most :data:`_AFTER_QUESTION_WORDS` words after the last one, and is not every question
    of the turn a repair request? (One who asks "Do you want me to take that one?" and then
    speaks at length is answering; one who only asks "Can you re-ask?" wants to hear the
    question, not to ask one.)"""
    tail = text[-300:]
    at = tail.rfind("?")
    return at >= 0 and len(tail[at + 1:].split()) <= _AFTER_QUESTION_WORDS and not only_repairs(text)


def _hands_over(text: str) -> bool:
    """Does a turn give the floor, at its end ("Go ahead, Jeff.") or at its start ("Thank you.
    The next question is, ...")?"""
    return gives_floor(text) or bool(_FLOOR_START.search(text[:120].lower()))
