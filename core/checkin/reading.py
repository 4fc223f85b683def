"""What a scan can be: a signed token, a short code, the form platform's own barcode, or nothing readable.

Reading is pure: it never looks anything up. It lists every plausible interpretation (raw, AZERTY-repaired)
and the service looks each one up; a token still needs its signature, a code still needs to exist.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from core.tickets import DecodedToken, TokenError, decode_token, input_candidates, normalise_code
from core.tickets.tokens import looks_like_token

MAX_INPUT = 512  # anything longer is not a ticket; we still record a truncated copy
MAX_REFERENCE = 100  # Registration.source_reference


class ReadingKind(enum.StrEnum):
    TOKEN = "token"
    TEXT = "text"  # a short code or a form platform's reference: to be looked up
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class Reading:
    kind: ReadingKind
    raw: str  # what was typed, truncated to MAX_INPUT
    tokens: tuple[DecodedToken, ...] = ()
    codes: tuple[str, ...] = ()  # normalised short codes to look up
    references: tuple[str, ...] = ()  # form platform references to look up


def storable(text: str) -> str:
    """The text with what UTF-8 cannot hold (lone surrogates: bytes a badly configured scanner sent, decoded with
    surrogateescape) replaced by U+FFFD: it can be stored, shown and synced like any other scan."""
    return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def read_scan(text: str) -> Reading:
    text = storable(text or "")
    raw = text[:MAX_INPUT]
    if len(text or "") > MAX_INPUT or not raw.strip() or any(ord(c) < 32 and c not in "\r\n\t" for c in raw):
        return Reading(ReadingKind.UNREADABLE, raw)
    candidates = input_candidates(raw, max_length=MAX_INPUT)
    if looks_like_token(candidates[0]):
        tokens: list[DecodedToken] = []
        for candidate in candidates:
            try:
                tokens.append(decode_token(candidate))
            except TokenError:
                continue
        if not tokens:
            return Reading(ReadingKind.UNREADABLE, raw)  # truncated, altered or not a token at all
        return Reading(ReadingKind.TOKEN, raw, tokens=tuple(tokens))
    codes = tuple(dict.fromkeys(c for c in (normalise_code(x) for x in candidates) if c))
    references = tuple(dict.fromkeys(x for x in candidates if len(x) <= MAX_REFERENCE))
    if not codes and not references:
        return Reading(ReadingKind.UNREADABLE, raw)
    return Reading(ReadingKind.TEXT, raw, codes=codes, references=references)


class Shape(enum.StrEnum):
    """What a typed or scanned text looks like, before anything is looked up."""

    TOKEN = "token"  # a signed ticket token (the QR code): only a scanner or a camera types it
    CODE = "code"  # a short code « K7P-4QX », typed by a person (any case, with or without dash)
    REFERENCE = "reference"  # a form platform's ticket number or barcode: digits, no spaces
    TEXT = "text"  # words: a name, a structure, an e-mail to search


_REFERENCE = re.compile(rf"[A-Za-z0-9\-_.:/]{{6,{MAX_REFERENCE}}}")


def shape_of(text: str) -> Shape:
    """Scan or search, decided by what was typed: the shapes of tokens, short codes and platform barcodes are known,
    and a name has none of them (a space, no digits, an @). Timing can only hint at a scanner; the shape decides."""
    stripped = (text or "").strip()
    if not stripped or len(stripped) > MAX_INPUT:
        return Shape.TEXT
    candidates = input_candidates(stripped, max_length=MAX_INPUT)
    if looks_like_token(candidates[0]):
        return Shape.TOKEN
    if any(normalise_code(c) for c in candidates):
        return Shape.CODE
    if not any(c.isspace() or c == "@" for c in stripped) and any(
            _REFERENCE.fullmatch(c) and sum(ch.isdigit() for ch in c) >= 4 for c in candidates):
        return Shape.REFERENCE
    return Shape.TEXT
