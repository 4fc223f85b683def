"""Repair what a barcode scanner types when it believes the keyboard is QWERTY and the system says AZERTY.

A keyboard-wedge scanner sends key positions. On a French AZERTY layout the digit row without Shift
gives `&é"'(-è_çà` instead of `1234567890`, and the QWERTY `-` key gives `)`. Letters of tokens and
codes are upper case, sent with Shift, and come through unchanged except A/Q, Z/W and M, which are
swapped by position too: a second, full-layout candidate covers scanners that garble those.
"""

from __future__ import annotations

AZERTY_DIGITS = '&é"\'(-è_çà'
_DIGIT_REPAIR = str.maketrans({**{c: str((i + 1) % 10) for i, c in enumerate(AZERTY_DIGITS)}, ")": "-"})
# Shifted letters by key position: QWERTY A is where AZERTY has Q, Z is W, M is the `?` (Shift+,) key.
_LETTER_REPAIR = str.maketrans({"Q": "A", "A": "Q", "W": "Z", "Z": "W", "?": "M", "q": "a", "a": "q",
                                "w": "z", "z": "w", ",": "m"})
_GARBLED = frozenset(AZERTY_DIGITS)


def repair_azerty(text: str) -> str:
    """Digits typed as `&é"'(-è_çà` become digits again (and `)` the dash)."""
    return text.translate(_DIGIT_REPAIR)


def input_candidates(text: str, *, max_length: int = 512) -> list[str]:
    """The readings of a scan worth trying, most likely first, without duplicates.

    Trying several is safe: a token must still carry a valid signature, a code must still exist.
    """
    text = "".join(text[:max_length].split())
    candidates = [text]
    if any(c in _GARBLED for c in text):
        candidates.append(repair_azerty(text))
    candidates += [c.translate(_LETTER_REPAIR) for c in list(candidates)]
    seen: list[str] = []
    for candidate in candidates:
        if candidate and candidate not in seen:
            seen.append(candidate)
    return seen
