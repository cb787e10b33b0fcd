"""Who the labels name: one canonical spelling per person, and each person's role.

:class:`People` is filled with a transcript's labels and header, then :meth:`People.settle`
infers what titles and the header do not say: the moderator is the official who most often
gives the floor to a journalist, the principal the one the header names, else the official
named in the header's lines, else the one who speaks most. All-caps labels
("MS. JEAN-PIERRE:") are read by :func:`caps_label`; a label that names the header's principal
by surname ("MS. JEAN-PIERRE") or by office ("THE PRESIDENT") is that person.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .conventions import Convention
from .header import Header
from .speakers import Label, name_key, organisation, parse_label, split_title

_HONORIFIC = re.compile(r"^(?:the|mr|ms|mrs|dr|miss|sir|dame|madam)\.?\s+", re.I)


@lru_cache(maxsize=4096)
def caps_label(printed: str, name: str) -> Label:
    """Read an all-caps label into a :class:`~presslib.speakers.Label` with the name in title case.

    >>> caps_label("MS. JEAN-PIERRE:", "MS. JEAN-PIERRE").name
    'Ms. Jean-Pierre'
    >>> lab = caps_label("PRIME MINISTER SUNAK:", "PRIME MINISTER SUNAK")
    >>> lab.name, lab.title
    ('Sunak', 'Prime Minister')
    """
    shown = " ".join(_title_word(w, k) for k, w in enumerate(name.split()))
    bare = _HONORIFIC.sub("", shown)
    title, person = split_title(bare)
    if title and person:
        return Label(printed, person, title, organisation(title))
    return Label(printed, shown, title, organisation(title))


def _title_word(word: str, position: int) -> str:
    if position and word.upper() in ("OF", "THE", "AND", "FOR"):
        return word.lower()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def make_label(printed: str, name: str, conv: Convention) -> Label:
    """The :class:`Label` of a label line under ``conv``."""
    anonymous = conv.matches("collective_journalist", name) or conv.matches("anonymous_journalist", name)
    if anonymous:
        return Label(printed, name, "", "", is_journalist=True)
    if conv.label_re is None:
        return parse_label(printed)
    if conv.names == "title-case":
        return caps_label(printed, name)
    lab = parse_label(name)
    return Label(printed, lab.name, lab.title, lab.affiliation, lab.is_journalist)


class People:
    """Canonical names and roles of a transcript's speakers."""

    def __init__(self, header: Header, conv: Convention | None = None):
        self.header = header
        self.conv = conv
        self.name: dict[str, str] = {}  # name key -> first spelling
        self.role: dict[str, str] = {}
        self.org: dict[str, str] = {}
        self.alias: dict[str, str] = {}  # label's name key -> the principal's key
        self.principal = name_key(header.principal) if header.principal else ""
        if header.principal:
            self.name[self.principal] = header.principal
            self.org[self.principal] = header.organisation

    def key(self, lab: Label) -> str:
        key = name_key(lab.name)
        return self.alias.get(key, key)

    def _is_principal(self, lab: Label) -> bool:
        if not self.principal or lab.is_journalist:
            return False
        bare = name_key(_HONORIFIC.sub("", lab.name))
        surname = self.principal.split()[-1] if self.principal.split() else ""
        office = name_key(self.header.principal_title).split()
        return bare == self.principal or (" " not in bare and bare == surname) or (
            not lab.title and bare in (" ".join(office), office[-1] if office else None))

    def add(self, lab: Label) -> None:
        key = name_key(lab.name)
        if key != self.principal and self._is_principal(lab):
            self.alias[key] = self.principal
            key = self.principal
        self.name.setdefault(key, " ".join(lab.name.split()))
        if not lab.is_journalist and lab.affiliation:
            self.org.setdefault(key, lab.affiliation)
        conv = self.conv
        if key == self.principal:
            role = "principal"
        elif lab.is_journalist:
            role = "journalist"
        elif lab.is_moderator or (conv is not None and conv.matches("moderator", lab.name)):
            role = "moderator"
        else:
            role = "other"
        if self.role.get(key) in (None, "other"):
            self.role[key] = role

    def settle(self, labels: list[Label | None], sizes) -> None:
        """Infer a moderator and a principal where titles and the header do not say."""
        distinct = {id(lab): lab for lab in labels if lab}  # turns share their Label objects
        of_label = {i: self.key(lab) for i, lab in distinct.items()}
        keys = [of_label[id(lab)] if lab else None for lab in labels]
        roles = self.role
        if "moderator" not in roles.values():
            givers = Counter(
                keys[i]
                for i in range(len(keys) - 1)
                if keys[i] and roles.get(keys[i]) == "other" and roles.get(keys[i + 1]) == "journalist"
            )
            if givers:
                candidate = givers.most_common(1)[0][0]
                # One who gives the floor but also answers most is a principal who chairs.
                answered = sum(1 for i in range(1, len(keys)) if keys[i] == candidate
                               and roles.get(keys[i - 1]) == "journalist")
                if answered * 2 <= givers[candidate]:
                    roles[candidate] = "moderator"
        if not self.principal:
            h = self.header
            named = f"{h.title} {h.occasion}".casefold() if h.lines else ""
            others = [k for k in dict.fromkeys(keys) if k and roles.get(k) == "other"]
            in_header = [k for k in others if named and k in named]
            if in_header:
                self.principal = in_header[0]
            else:
                spoken = Counter()
                for key, size in zip(keys, sizes()):
                    if key and roles.get(key) == "other":
                        spoken[key] += size
                if spoken:
                    self.principal = spoken.most_common(1)[0][0]
        if self.principal:
            roles[self.principal] = "principal"
            org = self.org.get(self.principal) or self.header.organisation
            for key, role in roles.items():  # officials without an organisation of their own
                if role in ("principal", "moderator") and not self.org.get(key):
                    self.org[key] = org

    def of(self, lab: Label | None) -> tuple[str, str, str]:
        """``(speaker, role, affiliation)`` of a turn with this label (``None``: unlabeled)."""
        if lab is None:
            key = self.principal
            if not key:
                return "", "other", ""
            return self.name[key], "principal", self.org.get(key, "")
        key = self.key(lab)
        role = self.role[key]
        affiliation = lab.affiliation if role == "journalist" else self.org.get(key, "")
        return self.name[key], role, affiliation
