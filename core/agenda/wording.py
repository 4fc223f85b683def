"""French words for the agenda's enumerations in documents made without Qt (calendar files, printed programme)."""

from __future__ import annotations

from datetime import date, datetime

from core import typography
from core.models import Audience, SessionKind

KINDS = {
    SessionKind.ATELIER: "Atelier",
    SessionKind.PLENIERE: "Plénière",
    SessionKind.RENDEZ_VOUS: "Rendez-vous",
    SessionKind.VISITE: "Visite",
    SessionKind.ATELIER_ECHANGES: "Atelier d'échanges",
    SessionKind.AUTRE: "Autre",
}
AUDIENCES = {
    Audience.OPEN: "Ouvert à tous",
    Audience.LAUREATES: "Réservé aux lauréats",
    Audience.INVITATION: "Sur invitation",
}


def long_date(day: date) -> str:
    """« jeudi 12 novembre 2026 » without depending on the machine's locale (core.typography writes it)."""
    return typography.long_date(day)


def clock(moment: datetime) -> str:
    """« 14 h », « 9 h 30 »: the French typographic way of writing a time (core.typography)."""
    return typography.hour(moment)
