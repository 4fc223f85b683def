"""Shared building blocks of the printed documents: images that may be missing, French dates, page numbers,
progress and cancellation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import REGULAR

log = logging.getLogger(__name__)

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class RenderCancelled(Exception):  # noqa: N818 - reads as what happened
    """The person cancelled a long rendering; nothing is returned."""


@dataclass(frozen=True, slots=True)
class Branding:
    """Who issues the documents: names, the signature image and logos (files that may be missing)."""

    organiser: str = "Paris Terres d'Envol"
    signatory: str | None = None
    signatory_title: str | None = None
    place: str | None = None  # "Fait à …"
    signature_image: str | None = None
    logo: str | None = None
    funder_logos: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Feedback:
    progress: ProgressFn | None = None
    cancelled: CancelledFn | None = None

    def step(self, done: int, total: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise RenderCancelled()
        if self.progress is not None:
            self.progress(done, total)


def french_date(day: date, *, weekday: bool = False) -> str:
    text = f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{DAYS[day.weekday()]} {text}" if weekday else text


def duration_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


@lru_cache(maxsize=64)
def image(path: str | None) -> ImageReader | None:
    """The image at path, or None (logged) when the file is missing or unreadable: the document is still drawn."""
    if not path:
        return None
    try:
        if not Path(path).is_file():
            raise FileNotFoundError(path)
        reader = ImageReader(path)
        reader.getSize()
        return reader
    except Exception as error:  # noqa: BLE001 - any unreadable image is left out, never a broken PDF
        log.warning("image left out of the document: %s (%s)", path, error)
        return None


def draw_image_fit(canvas: Canvas, reader: ImageReader, x: float, y: float, width: float, height: float) -> None:
    """Draw the image inside the box, keeping its proportions, centred."""
    iw, ih = reader.getSize()
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(reader, x + (width - w) / 2, y + (height - h) / 2, w, h, mask="auto")


def numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas class that writes "Page X / Y" on each page once the total is known (two-pass pattern)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                width = self._pagesize[0]
                self.drawString(28, 20, footer)
                self.drawRightString(width - 28, 20, f"Page {number} / {total}")
                super().showPage()
            super().save()

    return NumberedCanvas
