"""What a facilitator types, checked: empty entries are refused, long ones trimmed (and said so), repeats refused.

Pure functions; the capture service calls them before writing anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.checkin.spelling import fold
from core.errors import ValidationError

TITLE_MAX = 200
TEXT_MAX = 2000
NOTE_MAX = 500


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    trimmed: bool  # the entry was longer than allowed and was cut


def clean_entry(value: str | None, field: str, limit: int, *, required: bool = True) -> Cleaned:
    """Whitespace folded, control characters dropped; refused when empty (if required), cut at limit."""
    raw = unicodedata.normalize("NFC", value or "")
    text = " ".join("".join(c for c in raw if c in "\n\t" or unicodedata.category(c)[0] != "C").split())
    if not text and required:
        raise ValidationError("exchange_empty", f"{field} is empty", field=field)
    if len(text) > limit:
        return Cleaned(text[:limit - 1].rstrip() + "…", True)
    return Cleaned(text, False)


def same_words(a: str, b: str) -> bool:
    """Two entries say the same thing: equal once case, accents and spacing are folded."""
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


_EMAIL = re.compile(r"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}")
_PHONE = re.compile(r"(?<!\w)(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\w)")


def mask_contacts(text: str) -> str:
    """The text with any e-mail address or French phone number typed into it hidden (for the wall)."""
    return _PHONE.sub("☎ …", _EMAIL.sub("✉ …", text))
