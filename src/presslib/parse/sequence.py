"""Step 7 of parsing: each turn's kind, its Q&A exchange, and whether it continues an earlier one.

The rules, read off how moderated press conferences run:

- Before the first question, the principal's (and any other official's) turns are the
  ``statement``; the moderator's are ``other`` (introductions). They form exchange 0.
- A moderator turn followed by a journalist is a ``call`` and opens the next exchange.
- A moderator turn followed by an official instead was not taken up: it is a ``call`` of the
  current exchange with ``continuation`` true, and so are the answers that follow it until the
  next moderator or journalist turn (the principal went back to the previous question).
- A moderator turn after which no journalist speaks is the ``closing`` (no exchange).
- A journalist's first turn in an exchange is its ``question``; the same journalist again in the
  same exchange is a ``follow_up``; another journalist without a call opens a new exchange.
  Before the first question, a journalist's turn that asks nothing and was not called on
  ("Good afternoon.") is ``other`` and stays in exchange 0.
- An official's turn inside an exchange is an ``answer``. A bystander's turn (a label the
  convention lists as ``other``: an interpreter, an announcer; or someone under a room label,
  "PARTICIPANT", who only asks to hear something again; marked in ``bystanders``) is
  ``other``, in the exchange where it falls. Once the last question is answered (after
  the last journalist's turn and a principal's after it), the turn of someone read as neither
  asking nor answering (role ``other``, no bystander: "The press conference has now
  concluded.") is the ``closing``, as a moderator's would be; an interpreter's turn there
  stays ``other``.
- Where an official chairs as well as answers (a press secretary), a short turn of theirs that
  only gives the floor ("Go ahead, Zeke."; "Zeke, AP.") and is followed by a journalist is a ``call`` like a
  moderator's; the parser marks such turns in ``calls``. Their role stays what it is.
"""

from __future__ import annotations

from collections.abc import Sequence


def assign_sequence(
    roles: Sequence[str], speakers: Sequence[str], *, calls: Sequence[bool] | None = None,
    asks: Sequence[bool] | None = None, bystanders: Sequence[bool] | None = None,
) -> tuple[list[str], list[int | None], list[bool]]:
    """``(kind, exchange, continuation)`` for turns with these roles and speakers, in order.

    ``calls`` marks officials' turns that only give the floor; ``asks`` the turns that ask a
    question (see the module's rules).

    >>> assign_sequence(["principal", "moderator", "journalist", "principal", "moderator"],
    ...                 ["P", "M", "J", "P", "M"])
    (['statement', 'call', 'question', 'answer', 'closing'], [0, 1, 1, 1, None], [False, False, False, False, False])
    >>> assign_sequence(["principal", "principal", "journalist", "principal"], ["P", "P", "J", "P"],
    ...                 calls=[False, True, False, False])[0]
    ['statement', 'call', 'question', 'answer']
    """
    n = len(roles)
    last_journalist = max((i for i, r in enumerate(roles) if r == "journalist"), default=-1)
    last_principal = max((i for i, r in enumerate(roles) if r == "principal"), default=-1)
    # the first journalist's turn that asks, or that a call gave the floor to: before it,
    # journalists only greet or interject
    first_question = next((i for i, r in enumerate(roles) if r == "journalist" and (
        asks is None or asks[i] or (i and (roles[i - 1] == "moderator" or (calls is not None and calls[i - 1]))))), n)
    kinds: list[str] = []
    exchanges: list[int | None] = []
    continuation: list[bool] = []
    exchange = 0
    asker: str | None = None  # the journalist who holds the current exchange
    called = False  # a call has opened the current exchange and no one has asked yet
    resuming = False  # answers after a call that was not taken up
    for i in range(n):
        role, speaker = roles[i], speakers[i]
        nxt = roles[i + 1] if i + 1 < n else None
        if nxt == "journalist" and i + 1 < first_question:
            nxt = "journalist, greeting"  # not a call: no question follows
        cont = False
        if calls is not None and calls[i] and role != "journalist" and nxt == "journalist":
            exchange += 1
            kind, ex, asker, called = "call", exchange, None, True
        elif role == "moderator":
            resuming = False
            if i > last_journalist:
                kind, ex = ("closing", None) if exchange > 0 else ("other", 0)
            elif nxt == "journalist":
                exchange += 1
                kind, ex, asker, called = "call", exchange, None, True
            elif exchange == 0:
                kind, ex = "other", 0
            else:
                kind, ex, cont, resuming = "call", exchange, True, True
        elif role == "journalist" and i < first_question:
            kind, ex = "other", 0  # a greeting or an aside before the first question
        elif role == "journalist":
            resuming = False
            if called:
                kind, asker, called = "question", speaker, False
            elif exchange > 0 and speaker == asker:
                kind = "follow_up"
            else:
                exchange += 1
                kind, asker = "question", speaker
            ex = exchange
        elif bystanders is not None and bystanders[i]:
            kind, ex = "other", exchange  # an interpreter, an announcer: in the exchange, no answer
        elif role == "other" and last_journalist < last_principal < i and exchange > 0:
            kind, ex = "closing", None  # the last question answered, someone else ends the event
        else:
            kind = "statement" if exchange == 0 else "answer"
            ex, cont = exchange, resuming
        kinds.append(kind)
        exchanges.append(ex)
        continuation.append(cont)
    return kinds, exchanges, continuation
