"""Shared building blocks of the printed documents: who issues them (Branding), images that may be missing,
French dates, page numbers, progress and cancellation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image

from core import typography
from core.services.organiser import Identity
from printing.fonts import REGULAR

log = logging.getLogger(__name__)

ImageSource = str | bytes  # a file's path (command line) or the image itself (workspace data)
MISSING = "……………………"  # a blank to fill in by hand, where the organiser's identity lacks something

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class RenderCancelled(Exception):  # noqa: N818 - reads as what happened
    """The person cancelled a long rendering; nothing is returned."""


@dataclass(frozen=True, slots=True)
class Branding:
    """Who issues the documents: the organiser's identity (workspace data, see core.services.organiser),
    possibly overridden on the command line. Images are paths or bytes; what is missing is left blank to fill
    in by hand, with a word saying what goes there (never "None")."""

    organiser: str = ""
    signatory: str | None = None
    signatory_title: str | None = None
    place: str | None = None  # "Fait à …"
    signature_image: ImageSource | None = None
    logo: ImageSource | None = None
    funder_logos: tuple[ImageSource, ...] = ()
    address: str = ""
    funding_mention: str = ""  # "Action cofinancée par …"
    action_title: str = ""  # the "intitulé de l'action" funders know it by; empty: the event's name

    @classmethod
    def of(cls, identity: Identity, **overrides: Any) -> Branding:
        """The workspace's identity, with what the command line gives instead (None: keep the identity's)."""
        values: dict[str, Any] = {
            "organiser": identity.name, "address": identity.address, "place": identity.place or None,
            "signatory": identity.signatory_name or None, "signatory_title": identity.signatory_role or None,
            "signature_image": identity.signature, "logo": identity.logo, "funder_logos": identity.funder_logos,
            "funding_mention": identity.funding_mention, "action_title": identity.action_title,
        }
        values.update({k: v for k, v in overrides.items() if v is not None and v != ()})
        return cls(**values)

    @property
    def author(self) -> str:
        return self.organiser.strip() or "Envol"


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
    return typography.long_date(day, weekday=weekday)


def duration_text(minutes: int) -> str:
    return typography.duration(minutes)


def _load(source: ImageSource) -> ImageReader:
    if isinstance(source, bytes):
        return ImageReader(BytesIO(source))
    if not Path(source).is_file():
        raise FileNotFoundError(source)
    return ImageReader(source)


@lru_cache(maxsize=64)
def image(source: ImageSource | None) -> ImageReader | None:
    """The image, or None (logged) when it is missing or unreadable: the document is still drawn. Images given
    by a person are checked before (core.services.organiser.check_image) and refused with a message."""
    if not source:
        return None
    try:
        reader = _load(source)
        reader.getSize()
        return reader
    except Exception as error:  # noqa: BLE001 - any unreadable image is left out, never a broken PDF
        log.warning("image left out of the document: %s (%s)", source if isinstance(source, str) else "bytes",
                    error)
        return None


def flowable_image(source: ImageSource | None, width: float, height: float, h_align: str = "LEFT") -> Image | None:
    """A platypus Image that fits width × height keeping its proportions (platypus wants a file or a stream,
    not an ImageReader)."""
    reader = image(source)
    if reader is None or source is None:
        return None
    iw, ih = reader.getSize()
    scale = min(width / iw, height / ih)
    stream: str | BytesIO = BytesIO(source) if isinstance(source, bytes) else source
    return Image(stream, iw * scale, ih * scale, hAlign=h_align)


def draw_image_fit(canvas: Canvas, reader: ImageReader, x: float, y: float, width: float, height: float) -> None:
    """Draw the image inside the box, keeping its proportions, centred."""
    iw, ih = reader.getSize()
    scale = min(width / iw, height / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(reader, x + (width - w) / 2, y + (height - h) / 2, w, h, mask="auto")


def numbered_canvas(footer: str, margin: float = 28) -> type[Canvas]:
    """A canvas class that writes "page X / Y" on each page once the total is known (two-pass pattern).
    The footer is shortened at a word (never mid-word) to leave room for the page number."""

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
                pages = f"page {number} / {total}"
                room = width - 2 * margin - self.stringWidth(pages, REGULAR, 8) - 12
                self.drawString(margin, 20, shorten(footer, REGULAR, 8, room))
                self.drawRightString(width - margin, 20, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def shorten(text: str, font: str, size: float, width: float) -> str:
    """The text cut at a word boundary with an ellipsis when wider than width (points): never mid-word."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and stringWidth(" ".join(words) + " …", font, size) > width:
        words.pop()
    return " ".join(words).rstrip(" ,;:–-") + " …"
