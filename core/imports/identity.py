"""Who is who: the rules an import follows to decide that a row is a person already known, or a new one.

One pure function, `decide`, with a reason code for every outcome. The rules, and why:

1. Same platform ticket number -> same registration (SAME_TICKET). A ticket number is the platform's own
   identity for one attendee; a re-exported or updated file brings it back unchanged.
2. Same e-mail and a compatible name -> same person (SAME_EMAIL, or CLOSE_NAME when the names differ by
   accents, case, hyphens, a missing or initial first name, first and last name swapped, or one typo).
   CLOSE_NAME is an automatic merge: it is recorded and listed for review.
3. Same e-mail, different names -> two people (SHARED_EMAIL). In ESS structures one address often serves
   several people (contact@…, a director registering colleagues): merging them would make one of them
   vanish. Both are imported and listed together for review as possible duplicates.
4. Same name and same structure, different e-mails -> the same person only if nothing contradicts it
   (SAME_NAME_STRUCTURE: a person with a personal and a work address); a different phone number, or another
   ticket number for the same event, contradicts it (NAME_CONTRADICTED: two people). Listed for review either
   way. Without a structure a shared name proves nothing (two Marie Martin): two people.
5. Same name and structure where one side has no e-mail (a sheet re-imported, a walk-in typed at the desk)
   -> same person (SAME_NAME_NO_EMAIL): nothing contradicts it, and re-importing a sheet must add nobody.
6. Otherwise a new person (NEW).

Everything is compared on keys that forgive accents and case (`core.validation.search_key`).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from core.validation import search_key


class Identity(StrEnum):
    SAME_TICKET = "same_ticket"
    SAME_EMAIL = "same_email"
    CLOSE_NAME = "close_name"
    SAME_NAME_NO_EMAIL = "same_name_no_email"
    SAME_NAME_STRUCTURE = "same_name_structure"
    SHARED_EMAIL = "shared_email"
    NAME_CONTRADICTED = "name_contradicted"
    NEW = "new"


# Outcomes where two records became one without certainty: recorded in the person's history and listed.
AUTOMATIC_MERGES = frozenset({Identity.CLOSE_NAME, Identity.SAME_NAME_STRUCTURE})
# Outcomes where a new person was created beside a look-alike: listed together for review.
SEPARATED = frozenset({Identity.SHARED_EMAIL, Identity.NAME_CONTRADICTED})


@dataclass(frozen=True, slots=True)
class Known:
    """A person as the import sees them (already in the workspace, or planned earlier in the same file)."""

    id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    organisation_id: uuid.UUID | None
    reference: str | None = None  # ticket number of their registration to the event being imported


@dataclass(frozen=True, slots=True)
class Incoming:
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    organisation_id: uuid.UUID | None
    reference: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    person_id: uuid.UUID | None  # None: a new person
    reason: Identity
    look_alike: uuid.UUID | None = None  # the person it was merged into or kept apart from

    @property
    def automatic_merge(self) -> bool:
        return self.reason in AUTOMATIC_MERGES


def decide(row: Incoming, by_ticket: Known | None, same_email: Iterable[Known],
           same_name: Iterable[Known]) -> Decision:
    """The identity of `row`, given the people known with its ticket number, its e-mail, or its name key."""
    if by_ticket is not None:
        return Decision(by_ticket.id, Identity.SAME_TICKET)
    sharing = list(same_email) if row.email else []
    for known in sharing:
        if name_parts_key(known.first_name, known.last_name) == name_parts_key(row.first_name, row.last_name):
            return Decision(known.id, Identity.SAME_EMAIL)
    for known in sharing:
        if names_compatible(row.first_name, row.last_name, known.first_name, known.last_name):
            return Decision(known.id, Identity.CLOSE_NAME, known.id)
    namesakes = [k for k in same_name if k.organisation_id == row.organisation_id]
    for known in namesakes:
        if not row.email or not known.email:
            return Decision(known.id, Identity.SAME_NAME_NO_EMAIL)
    if sharing:
        return Decision(None, Identity.SHARED_EMAIL, sharing[0].id)
    for known in namesakes:
        if row.organisation_id is None:
            return Decision(None, Identity.NAME_CONTRADICTED, known.id)
        if _contradicts(row, known):
            return Decision(None, Identity.NAME_CONTRADICTED, known.id)
        return Decision(known.id, Identity.SAME_NAME_STRUCTURE, known.id)
    return Decision(None, Identity.NEW)


def _contradicts(row: Incoming, known: Known) -> bool:
    if row.phone and known.phone and _digits(row.phone)[-9:] != _digits(known.phone)[-9:]:
        return True
    return bool(row.reference and known.reference and row.reference != known.reference)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# --- names

def part_key(text: str) -> str:
    """One name part without accents, case, hyphens or punctuation: "Jean-Noël" -> "jean noel"."""
    return " ".join(re.sub(r"[^\w]+", " ", search_key(text)).split())


def name_parts_key(first: str, last: str) -> tuple[str, str]:
    return part_key(first), part_key(last)


def names_compatible(first_a: str, last_a: str, first_b: str, last_b: str) -> bool:
    """Same name up to accents, case, hyphens, a missing or initial first name, swapped parts, or one typo."""
    fa, la, fb, lb = part_key(first_a), part_key(last_a), part_key(first_b), part_key(last_b)
    if _same_part(la, lb) and _same_first(fa, fb):
        return True
    return bool(fa and fb) and fa == lb and la == fb  # first and last name typed in each other's box


def _same_first(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if len(a) == 1 or len(b) == 1:  # an initial: "J." and "Jean"
        return a[0] == b[0]
    return _same_part(a, b)


def _same_part(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4:  # "Li" and "Le" are two names, not a typo
        return False
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """At most one substitution, insertion, deletion or swap of two neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) <= 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def better_name(current: str, offered: str) -> bool:
    """True when `offered` is a better spelling of the same name than `current`: never the reverse.

    Better means the same letters with more accents ("Francois" -> "François"), proper case instead of
    capitals or lower case ("NOEL" -> "Noël"), or the full name where an initial was ("J." -> "Jean").
    A different name (a typo either way) is never "better": the first spelling stays.
    """
    if not offered or offered == current:
        return False
    a, b = part_key(current), part_key(offered)
    if a == b:
        return _quality(offered) > _quality(current)
    return len(a) <= 1 and len(b) > 1 and b.startswith(a)  # "" or "J" -> "Jean"


def _quality(text: str) -> tuple[int, int, int]:
    accents = sum(1 for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c))
    cased = 0 if text.isupper() or text.islower() else 1
    hyphens = text.count("-")  # "Jean-Noël" rather than "Jean Noël": the form the person chose
    return accents, cased, hyphens
