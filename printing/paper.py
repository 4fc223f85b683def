"""The paper a document needs and the paper a printer offers: a pure decision with reason codes.

Every document carries its stock (A4 sheets, 62 × 100 mm roll labels…). Printing selects the printer's paper of
that size; when the printer has none, the caller asks (print unscaled on the printer's paper, or another printer):
a label is never enlarged onto A4 behind anyone's back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from printing.stocks import A4, stock

POINT_MM = 25.4 / 72
TOLERANCE_MM = 1.5  # PPD sizes are rounded to whole points (62 mm -> 176 pt = 62.09 mm)

# Names printers commonly give their papers (PPD and PWG), in millimetres (portrait).
NAMED_SIZES: dict[str, tuple[float, float]] = {
    "a3": (297.0, 420.0), "a4": A4, "a5": (148.0, 210.0), "a6": (105.0, 148.0),
    "letter": (215.9, 279.4), "legal": (215.9, 355.6), "env10": (104.8, 241.3), "dl": (110.0, 220.0),
}
_POINTS_NAME = re.compile(r"^w(\d+(?:\.\d+)?)h(\d+(?:\.\d+)?)$", re.IGNORECASE)  # PPD: w176h283
_PWG_NAME = re.compile(r"_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$", re.IGNORECASE)  # iso_a4_210x297mm
_CUSTOM_NAME = re.compile(r"^custom\.(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in|pt)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Paper:
    """A page size in millimetres, portrait as the document draws it."""

    width: float
    height: float
    name: str = ""

    def matches(self, other: Paper) -> bool:
        return abs(self.width - other.width) <= TOLERANCE_MM and abs(self.height - other.height) <= TOLERANCE_MM

    @property
    def label(self) -> str:
        """62 × 100 mm; A4 for A4."""
        if self.matches(Paper(*A4)):
            return "A4"
        return f"{_number(self.width)} × {_number(self.height)} mm"

    @property
    def custom_media(self) -> str:
        """The CUPS name of this size as a custom paper."""
        return f"Custom.{_number(self.width, '.')}x{_number(self.height, '.')}mm"


def _number(value: float, comma: str = ",") -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", comma)


def size_of_media(name: str) -> Paper | None:
    """The size behind a printer's paper name (A4, w176h283, iso_a6_105x148mm, Custom.62x100mm), None if unknown."""
    key = name.strip()
    lowered = key.lower().removesuffix(".fullbleed")
    if lowered in NAMED_SIZES:
        return Paper(*NAMED_SIZES[lowered], name=key)
    if found := _POINTS_NAME.match(lowered):
        return Paper(float(found[1]) * POINT_MM, float(found[2]) * POINT_MM, key)
    for pattern in (_PWG_NAME, _CUSTOM_NAME):
        if found := pattern.search(lowered):
            unit = {"in": 25.4, "pt": POINT_MM}.get(found[3] or "mm", 1.0)
            return Paper(float(found[1]) * unit, float(found[2]) * unit, key)
    return None


def paper_of(document: str, stock_key: str = "a4-8") -> Paper:
    """The paper a document is drawn on: its stock's page for badges and calibration, A4 otherwise."""
    if document in ("badges", "calibration"):
        chosen = stock(stock_key)
        return Paper(chosen.page_width, chosen.page_height, chosen.key)
    return Paper(*A4, name="A4")


class MediaReason(StrEnum):
    MATCHED = "matched"  # the printer has this paper
    NO_MATCHING_PAPER = "no_matching_paper"  # ask: print unscaled on the printer's paper, or another printer
    UNKNOWN_PRINTER_PAPER = "unknown_printer_paper"  # the printer does not list its papers: send the size as is


@dataclass(frozen=True, slots=True)
class MediaChoice:
    reason: MediaReason
    media: str | None  # the printer's name of the paper to use (None: the printer's own default)
    paper: Paper
    printer_paper: Paper | None = None  # what the printer would use instead (NO_MATCHING_PAPER)

    @property
    def needs_asking(self) -> bool:
        return self.reason == MediaReason.NO_MATCHING_PAPER


def choose_media(paper: Paper, offered: tuple[str, ...], default: str | None, accepts_custom: bool) -> MediaChoice:
    """Which of the printer's papers fits the document; the default paper first when it fits."""
    ordered = ([default] if default else []) + [m for m in offered if m != default]
    for name in ordered:
        size = size_of_media(name)
        if size is not None and size.matches(paper):
            return MediaChoice(MediaReason.MATCHED, name, paper)
    if not ordered:
        return MediaChoice(MediaReason.UNKNOWN_PRINTER_PAPER, paper.custom_media if accepts_custom else None, paper)
    fallback = size_of_media(default) if default else None
    return MediaChoice(MediaReason.NO_MATCHING_PAPER, None, paper, fallback)


def unscaled(choice: MediaChoice, accepts_custom: bool) -> MediaChoice:
    """The answer "print anyway, without enlarging": the document's own size where the printer takes custom sizes
    (the page comes out at its true size, on whatever paper is loaded), else the printer's paper, unscaled."""
    return MediaChoice(choice.reason, choice.paper.custom_media if accepts_custom else None, choice.paper,
                       choice.printer_paper)
