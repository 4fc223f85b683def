"""Text that fits its box: names shrink before they overflow, long structure names wrap, nothing spills."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

LEADING = 1.15
_BREAKS = re.compile(r"[ \t\r\n]+")  # where a line may break: never at a non-breaking space (« 13 novembre »)
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Fitted:
    size: float
    lines: tuple[str, ...]


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the box (a 120-character name with no space) is cut at the box width."""
    parts, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            parts.append(current)
            current = char
        else:
            current += char
    if current:
        parts.append(current)
    return parts


def hyphen_parts(word: str) -> list[str]:
    """A compound word's parts, each keeping its hyphen: « Lefèvre-Delacroix » → « Lefèvre- », « Delacroix »."""
    return [part for part in re.split(r"(?<=-)(?=\w)", word) if part]


def _break_long(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the box: cut after its hyphens first, then (only if a part is still too wide) at the
    box's width."""
    lines: list[str] = []
    current = ""
    for part in hyphen_parts(word):
        if stringWidth(current + part, font, size) <= width:
            current += part
            continue
        if current:
            lines.append(current)
        if stringWidth(part, font, size) <= width:
            current = part
        else:
            *full, current = _break_word(part, font, size, width)
            lines.extend(full)
    return [*lines, current] if current else lines


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in _BREAKS.split(text.strip()):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        parts = hyphen_parts(word)
        head = ""
        while len(parts) > 1 and stringWidth(f"{current} {head}{parts[0]}" if current else head + parts[0],
                                             font, size) <= width:
            head += parts.pop(0)  # a compound name breaks after its hyphen rather than before the whole word
        if head:
            lines.append(f"{current} {head}" if current else head)
            current, word = "", "".join(parts)
            if stringWidth(word, font, size) <= width:
                current = word
                continue
        elif current:
            lines.append(current)
            current = ""
        if stringWidth(word, font, size) <= width:
            current = word
        else:
            *full, current = _break_long(word, font, size, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def _ellipsize(line: str, font: str, size: float, width: float) -> str:
    while line and stringWidth(line + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


WRAP_BELOW = 12.0  # a text that would shrink below this on one line wraps first (when it may)


def fit(text: str, font: str, width: float, height: float, max_size: float, min_size: float,
        max_lines: int = 1) -> Fitted:
    """The largest size in [min_size, max_size] at which text fits in width × height (points) within max_lines;
    a long name wraps on two lines (at a space, never inside a word) before it shrinks below 12 pt; at the
    smallest size what still does not fit is cut with an ellipsis, never drawn outside the box."""
    text = " ".join(_BREAKS.split(text.strip()))
    if not text:
        return Fitted(max_size, ())
    one_line = stringWidth(text, font, max_size)
    single = min(max_size, max_size * width / one_line, height / LEADING)
    breakable = " " in text or "-" in text
    if single >= min_size and (max_lines == 1 or not breakable or single >= min(WRAP_BELOW, max_size)):
        return Fitted(single, (text,))
    size = min(max_size, height / LEADING)
    words = text.split(" ")
    while size >= min_size and size > single:
        lines = wrap(text, font, size, width)
        if (len(lines) <= max_lines and len(lines) * size * LEADING <= height
                and all(stringWidth(part, font, size) <= width for word in words for part in hyphen_parts(word))):
            return Fitted(size, tuple(lines))
        size -= 0.5
    if single >= min_size:
        return Fitted(single, (text,))
    size = min(max_size, height / LEADING)
    while size >= min_size:
        lines = wrap(text, font, size, width)
        if len(lines) <= max_lines and len(lines) * size * LEADING <= height:
            return Fitted(size, tuple(lines))
        size -= 0.5
    size = min_size
    room = max(1, min(max_lines, int(height // (size * LEADING))))
    lines = wrap(text, font, size, width)
    if len(lines) > room:
        lines = lines[:room - 1] + [_ellipsize(lines[room - 1], font, size, width)]
    return Fitted(size, tuple(lines))
