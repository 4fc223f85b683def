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


def _landscape(w: float, h: float) -> BadgeLayout:
    m = 4.0
    band = h * 0.16
    qr = min(h - band - 2 * m - 4.5, w * 0.36)
    text_w = w - 3 * m - qr
    y = band + m
    first_h, last_h, org_h = h * 0.16, h * 0.22, h * 0.2
    return BadgeLayout(w, h, (
        RoleBand(0, 0, w, band),
        TextBox("first_name", m, y, text_w, first_h, CONDENSED_BOLD, 20, 7),
        TextBox("last_name", m, y + first_h, text_w, last_h, CONDENSED_BOLD, 20, 6, max_lines=2),
        TextBox("organisation", m, y + first_h + last_h + 1, text_w, org_h, CONDENSED, 11, 6, max_lines=3),
        QrBox(w - m - qr, y, qr),
        TextBox("code", w - m - qr, y + qr, qr, 4.0, REGULAR, 7, 5, align="centre", colour="#444444"),
        LogoBox(m, h - m - 7, 16, 7),
        TextBox("event", m + 18, h - m - 5, text_w - 18, 5, REGULAR, 7, 5, colour="#444444"),
    ))


def _portrait(w: float, h: float) -> BadgeLayout:
    m = 4.0
    band = h * 0.11
    qr = min(w - 2 * m, h * 0.36)
    inner = w - 2 * m
    y = band + m
    return BadgeLayout(w, h, (
        RoleBand(0, 0, w, band),
        TextBox("first_name", m, y, inner, h * 0.1, CONDENSED_BOLD, 24, 7, align="centre"),
        TextBox("last_name", m, y + h * 0.1, inner, h * 0.14, CONDENSED_BOLD, 24, 6, max_lines=2, align="centre"),
        TextBox("organisation", m, y + h * 0.25, inner, h * 0.12, CONDENSED, 12, 6, max_lines=3, align="centre"),
        QrBox((w - qr) / 2, y + h * 0.38, qr),
        TextBox("code", m, y + h * 0.38 + qr, inner, 4.0, REGULAR, 7, 5, align="centre", colour="#444444"),
        LogoBox(m, h - m - 7, 16, 7),
        TextBox("event", m + 18, h - m - 5, inner - 18, 5, REGULAR, 7, 5, colour="#444444"),
    ))
