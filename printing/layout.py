"""Badge layouts as data: elements placed in millimetres from the label's top-left corner.

One renderer (printing.badges) draws any layout; default_layout() derives a sensible one for any label size,
landscape (sheets) or portrait (label roll, A6).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from core.models import BadgeRole
from printing.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR

Field = Literal["first_name", "last_name", "organisation", "event", "code"]
Align = Literal["left", "centre"]

ROLE_COLOURS: dict[BadgeRole, str] = {
    BadgeRole.PARTICIPANT: "#1565C0",
    BadgeRole.INTERVENANT: "#E65100",
    BadgeRole.ORGANISATION: "#6A1B9A",
    BadgeRole.ENTREPRISE_PARTENAIRE: "#00695C",
    BadgeRole.BENEVOLE: "#C2185B",
}
ROLE_LABELS: dict[BadgeRole, str] = {
    BadgeRole.PARTICIPANT: "PARTICIPANT·E",
    BadgeRole.INTERVENANT: "INTERVENANT·E",
    BadgeRole.ORGANISATION: "ORGANISATION",
    BadgeRole.ENTREPRISE_PARTENAIRE: "ENTREPRISE PARTENAIRE",
    BadgeRole.BENEVOLE: "BÉNÉVOLE",
}


@dataclass(frozen=True, slots=True)
class RoleBand:
    x: float
    y: float
    width: float
    height: float
    font: str = BOLD


@dataclass(frozen=True, slots=True)
class TextBox:
    field: Field
    x: float
    y: float
    width: float
    height: float
    font: str = REGULAR
    max_size: float = 12.0
    min_size: float = 6.0
    max_lines: int = 1
    align: Align = "left"
    colour: str = "#000000"


@dataclass(frozen=True, slots=True)
class QrBox:
    x: float
    y: float
    size: float


@dataclass(frozen=True, slots=True)
class LogoBox:
    x: float
    y: float
    width: float
    height: float


Element = RoleBand | TextBox | QrBox | LogoBox


@dataclass(frozen=True, slots=True)
class BadgeLayout:
    width: float
    height: float
    elements: tuple[Element, ...]


def default_layout(width: float, height: float) -> BadgeLayout:
    return _landscape(width, height) if width >= height else _portrait(width, height)


FOOTER = 7.0  # mm: the event's name and date, on up to two lines, never below 6 pt


def _landscape(w: float, h: float) -> BadgeLayout:
    """Sheets (99 × 68, 99 × 57, 90 × 60 mm): names left, QR code right, the event across the bottom."""
    m = 4.0
    band = h * 0.16
    y = band + m
    footer_top = h - m - FOOTER
    qr = min(w * 0.36, footer_top - 1 - 4.5 - y)
    text_w = w - 3 * m - qr
    room = footer_top - 1 - y - 1
    first_h, last_h, org_h = room * 0.27, room * 0.38, room * 0.35
    return BadgeLayout(w, h, (
        RoleBand(0, 0, w, band),
        TextBox("first_name", m, y, text_w, first_h, CONDENSED_BOLD, 20, 7, max_lines=2),
        TextBox("last_name", m, y + first_h, text_w, last_h, CONDENSED_BOLD, 20, 6, max_lines=2),
        TextBox("organisation", m, y + first_h + last_h + 1, text_w, org_h, CONDENSED, 11, 6, max_lines=3),
        QrBox(w - m - qr, y, qr),
        TextBox("code", w - m - qr, y + qr + 0.5, qr, 4.0, REGULAR, 7, 5, align="centre", colour="#444444"),
        LogoBox(m, footer_top, 16, FOOTER),
        TextBox("event", m + 18, footer_top, w - 2 * m - 18, FOOTER, REGULAR, 8, 6, max_lines=2,
                colour="#333333"),
    ))


def _portrait(w: float, h: float) -> BadgeLayout:
    """Label roll (62 × 100 mm) and A6: everything centred, top to bottom, the event's line at the foot.
    A6 keeps 5 mm margins for office printers, which cannot print to the edge."""
    office = w >= 100  # A6 on an office printer, which cannot print the last 4-5 mm of the sheet
    m = 5.0 if office else 4.0
    band = h * 0.11
    inner = w - 2 * m
    top = m if office else 0.0  # the roll prints to its edges; A6's band keeps the margin too
    y = top + band + m
    first_h, last_h, org_h = h * 0.09, h * 0.13, h * 0.11
    footer_top = h - m - FOOTER
    logo_h = 9.0 if h >= 120 else 0.0  # the roll has no room for a logo
    code_top = footer_top - (logo_h + 1 if logo_h else 0) - 4.5
    qr_top = y + first_h + last_h + org_h + 1
    qr = min(inner, code_top - 0.5 - qr_top)
    elements: list[Element] = [
        RoleBand(m, m, inner, band) if office else RoleBand(0, 0, w, band),
        TextBox("first_name", m, y, inner, first_h, CONDENSED_BOLD, 24, 7, max_lines=2, align="centre"),
        TextBox("last_name", m, y + first_h, inner, last_h, CONDENSED_BOLD, 24, 6, max_lines=2, align="centre"),
        TextBox("organisation", m, y + first_h + last_h, inner, org_h, CONDENSED, 12, 6, max_lines=3,
                align="centre"),
        QrBox((w - qr) / 2, qr_top, qr),
        TextBox("code", m, code_top, inner, 4.0, REGULAR, 7, 5, align="centre", colour="#444444"),
        TextBox("event", m, footer_top, inner, FOOTER, REGULAR, 8, 6, max_lines=2, align="centre",
                colour="#333333"),
    ]
    if logo_h:
        elements.append(LogoBox((w - 30) / 2, footer_top - logo_h - 1, 30, logo_h))
    return BadgeLayout(w, h, tuple(elements))
