"""Pure checks of what people type or import. Each failure raises ValidationError with a stable code."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.errors import ValidationError

# Deliberately permissive on the local part (imports carry odd but valid addresses),
# strict on the shape: one @, a dotted domain, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$")

MAX_NAME_LENGTH = 200


def clean_text(value: str | None) -> str:
    """Trim and fold inner whitespace (imports bring non-breaking spaces and double blanks)."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", value).split())


def required_name(value: str | None, field: str) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError("empty_name", f"{field} is empty", field=field)
    if len(text) > MAX_NAME_LENGTH:
        raise ValidationError("name_too_long", f"{field} is longer than {MAX_NAME_LENGTH}", field=field)
    return text


def optional_email(value: str | None) -> str | None:
    text = clean_text(value).lower()
    if not text:
        return None
    if len(text) > 254 or not _EMAIL.match(text):
        raise ValidationError("malformed_email", f"not an e-mail address: {text!r}", value=text)
    return text


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        n = int(char)
        if position % 2 == 1:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


# La Poste's SIRETs do not follow the Luhn key; their SIREN is 356000000 and the digit sum is a multiple of 5.
_LA_POSTE_SIREN = "356000000"


def optional_siret(value: str | None) -> str | None:
    text = re.sub(r"[\s.\-]", "", value or "")
    if not text:
        return None
    if not (len(text) == 14 and text.isdigit()):
        raise ValidationError("malformed_siret", "a SIRET has 14 digits", value=value)
    if text.startswith(_LA_POSTE_SIREN):
        if sum(int(c) for c in text) % 5 == 0:
            return text
    elif luhn_ok(text):
        return text
    raise ValidationError("bad_siret_key", "the SIRET's check key is wrong", value=value)


def optional_insee(value: str | None) -> str | None:
    text = clean_text(value).upper()
    if not text:
        return None
    if not _INSEE.match(text):
        raise ValidationError("malformed_insee", "an INSEE code has 5 characters", value=value)
    return text


def capacity(value: int | None) -> int | None:
    """None means unlimited; zero or negative is refused (a closed session is cancelled, not capacity 0)."""
    if value is None:
        return None
    if value <= 0:
        raise ValidationError("bad_capacity", "capacity must be at least 1", value=value)
    return value


# Combining marks left by NFKD (accents, cedillas, Vietnamese tone marks).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Letters that NFKD does not decompose but people type without their mark.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                            "ł": "l", "Ł": "L", "ß": "ss", "ı": "i"})


def search_key(*parts: str | None) -> str:
    """Lower-case, accent-free text used to match what a person types (É → e, Œ → oe)."""
    return " ".join(_fold(p) for p in parts if p)


@lru_cache(maxsize=65536)  # names, structures and communes repeat across thousands of rows
def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return _COMBINING.sub("", text).casefold()
